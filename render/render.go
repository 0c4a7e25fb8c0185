// Package render writes annotated Documents for people and programs: JSON
// following docs/schema.md, and a readable text summary.
//
// The JSON repeats the covered text beside every span ("evidence"), so that a
// reader or a diff never has to count bytes, and it names entities beside
// their indexes, so each record can be read on its own.
package render

import (
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Evidence is a span of the document with the text it covers.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

func evidence(doc *sitrep.Document, s sitrep.Span) *Evidence {
	if s.IsEmpty() {
		return nil
	}
	return &Evidence{Start: s.Start, End: s.End, Text: s.Text(doc)}
}

// Output is the JSON form of one Document; see docs/schema.md.
type Output struct {
	SchemaVersion string        `json:"schema_version"`
	ID            string        `json:"id"`
	Hash          string        `json:"hash"`
	Meta          Meta          `json:"meta"`
	Focus         *Focus        `json:"focus,omitempty"`
	Entities      []Entity      `json:"entities"`
	Places        []Place       `json:"places"`
	Times         []Time        `json:"times"`
	Figures       []Figure      `json:"figures"`
	Attributions  []Attribution `json:"attributions"`
	Events        []Event       `json:"events"`
	Diagnostics   []Diagnostic  `json:"diagnostics,omitempty"`
}

// Meta is a document's metadata.
type Meta struct {
	Source    string     `json:"source"`
	URL       string     `json:"url,omitempty"`
	Title     string     `json:"title,omitempty"`
	Published *time.Time `json:"published"`
	Language  string     `json:"language,omitempty"`
	Dateline  *Dateline  `json:"dateline,omitempty"`
	Bytes     int        `json:"bytes"`
	Sentences int        `json:"sentences"`
	Tokens    int        `json:"tokens"`
}

// Dateline is a wire dateline and its parts.
type Dateline struct {
	Evidence
	Place  *Evidence `json:"place,omitempty"`
	Date   *Evidence `json:"date,omitempty"`
	Source *Evidence `json:"source,omitempty"`
}

// Focus is the document's main country and city.
type Focus struct {
	Country string `json:"country,omitempty"`
	City    *int   `json:"city,omitempty"` // index into places
}

// Mention is one span of an entity.
type Mention struct {
	Evidence
	Kind string `json:"kind"` // name, nominal, pronoun
}

// Entity is a canonical entity and its mentions.
type Entity struct {
	ID          int       `json:"id"`
	Type        string    `json:"type"`
	Name        string    `json:"name"`
	Actor       string    `json:"actor,omitempty"`
	Role        *Evidence `json:"role,omitempty"`
	Affiliation *Ref      `json:"affiliation,omitempty"`
	Mentions    []Mention `json:"mentions"`
}

// Ref names an entity by index and canonical name.
type Ref struct {
	Entity int    `json:"entity"`
	Name   string `json:"name"`
	Actor  string `json:"actor,omitempty"`
}

// Place is a toponym resolved to the gazetteer.
type Place struct {
	Evidence
	Kind       string  `json:"kind"`
	GeonameID  int     `json:"geonameid,omitempty"`
	Name       string  `json:"name"`
	Country    string  `json:"country"`
	Admin1     string  `json:"admin1,omitempty"`
	Admin1Name string  `json:"admin1_name,omitempty"`
	Lat        float64 `json:"lat"`
	Lon        float64 `json:"lon"`
	Feature    string  `json:"feature,omitempty"`
	Population int     `json:"population,omitempty"`
	Precision  int     `json:"precision"`
	Score      float64 `json:"score"`
	Entity     *int    `json:"entity,omitempty"`
}

// Time is a normalized time expression.
type Time struct {
	Evidence
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Figure is a casualty figure with its range.
type Figure struct {
	Evidence
	Unit      string    `json:"unit"`
	Victim    string    `json:"victim,omitempty"`
	Min       int       `json:"min"`
	Max       *int      `json:"max"` // null: open ("at least")
	Qualifier string    `json:"qualifier,omitempty"`
	Vague     bool      `json:"vague,omitempty"`
	UnitCue   *Evidence `json:"unit_cue,omitempty"`
	VictimCue *Evidence `json:"victim_cue,omitempty"`
	Total     bool      `json:"total,omitempty"`
	PartOf    *int      `json:"part_of,omitempty"`
}

// Link is one step of a reporting chain.
type Link struct {
	Role     string    `json:"role"` // speaker, via, publisher
	Name     string    `json:"name"`
	Entity   *int      `json:"entity,omitempty"`
	Evidence *Evidence `json:"evidence,omitempty"`
}

// Attribution is reported speech with its reporting chain.
type Attribution struct {
	ID      int    `json:"id"`
	Direct  bool   `json:"direct"`
	Stance  string `json:"stance,omitempty"`
	Speaker *Ref   `json:"speaker"`
	// CoSpeakers are the others a coordinated source names ("Russia and
	// Syria"), in text order.
	CoSpeakers []*Ref    `json:"co_speakers,omitempty"`
	Source     *Evidence `json:"source"`
	Cue        *Evidence `json:"cue"`
	Content    *Evidence `json:"content"`
	// Quoted are the quotations inside a content that is not one: the
	// verbatim words of a partial quotation.
	Quoted []*Evidence `json:"quoted,omitempty"`
	Chain  []Link      `json:"chain"`
}

// Argument is an event's actor or target.
type Argument struct {
	Name     string    `json:"name"`
	Entity   *int      `json:"entity,omitempty"`
	Actor    string    `json:"actor,omitempty"`
	Evidence *Evidence `json:"evidence,omitempty"`
}

// Date is when an event happened.
type Date struct {
	Value     string    `json:"value"`
	Precision int       `json:"precision"`
	Evidence  *Evidence `json:"evidence,omitempty"` // nil: from the publication date
}

// Count is a figure attached to an event.
type Count struct {
	Figure int       `json:"figure"`
	Min    int       `json:"min"`
	Max    *int      `json:"max"`
	Victim string    `json:"victim,omitempty"`
	Evid   *Evidence `json:"evidence"`
}

// Claim is a stance someone takes toward an event.
type Claim struct {
	Stance      string    `json:"stance"`
	Attribution int       `json:"attribution"`
	By          *Ref      `json:"by"`
	Actor       *Ref      `json:"actor,omitempty"`
	Cue         *Evidence `json:"cue,omitempty"`
}

// Event is a PLOVER event with its arguments.
type Event struct {
	ID        int        `json:"id"`
	Category  string     `json:"category"`
	Mode      string     `json:"mode,omitempty"`
	Modality  string     `json:"modality"`
	Trigger   Evidence   `json:"trigger"`
	Actor     *Argument  `json:"actor"`
	Target    *Argument  `json:"target"`
	Place     *int       `json:"place"` // index into places
	PlaceName string     `json:"place_name,omitempty"`
	Date      *Date      `json:"date"`
	Dead      *Count     `json:"dead"`
	Injured   *Count     `json:"injured"`
	Figures   []int      `json:"figures,omitempty"`
	Sources   []int      `json:"sources"` // indexes into attributions
	Claims    []Claim    `json:"claims"`
	Evidence  []Evidence `json:"evidence"`
	CAMEO     string     `json:"cameo,omitempty"`
	QuadClass int        `json:"quad_class,omitempty"`
	ACLED     *ACLED     `json:"acled,omitempty"`
}

// ACLED is an event's ACLED event type and sub-event type.
type ACLED struct {
	EventType    string `json:"event_type"`
	SubEventType string `json:"sub_event_type,omitempty"`
}

// Diagnostic is a stage's note about a span.
type Diagnostic struct {
	Evidence
	Layer string `json:"layer"`
	Msg   string `json:"msg"`
}
