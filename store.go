package sitrep

import (
	"context"
	"errors"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// ErrNotFound is returned by a Store when no document, event or incident has
// the requested ID.
var ErrNotFound = errors.New("sitrep: not found")

// A Store persists documents with their annotations, and the incidents that
// link their events across documents. The sqlite package implements it; the
// conformance suite in internal/storetest checks any implementation.
//
// A Store is safe for concurrent use, but Commit calls must not overlap:
// ingest has one writer.
type Store interface {
	// HasDocument reports whether a document with this content hash, or
	// with this URL once canonicalized (see CanonicalURL), is stored.
	// An empty url matches nothing.
	HasDocument(ctx context.Context, hash, url string) (bool, error)

	// Commit stores b atomically: all of it, or, on error, none of it.
	// A document that is already stored (same hash or canonical URL) is
	// skipped, so committing the same batch twice changes nothing.
	Commit(ctx context.Context, b *Batch) error

	// Document returns the stored document with its annotations (but no
	// tokens), or ErrNotFound.
	Document(ctx context.Context, id string) (*Document, error)

	// FindEvents returns the events that match f, newest first (by event
	// date, else publication date; undated last), then most recently
	// stored first.
	FindEvents(ctx context.Context, f EventFilter) ([]EventRecord, error)

	// Incident returns the incident with every report, or ErrNotFound.
	Incident(ctx context.Context, id int64) (*Incident, error)

	// FindIncidents returns the incidents that match f, with their
	// reports, ordered by ID.
	FindIncidents(ctx context.Context, f IncidentFilter) ([]*Incident, error)

	// Stats counts what the store holds.
	Stats(ctx context.Context) (Stats, error)

	// Stories calls fn with every stored story record, in the order they
	// were committed, and stops at fn's first error, which it returns.
	Stories(ctx context.Context, fn func(StoryRecord) error) error

	Close() error
}

// A Batch is what a Store commits in one transaction: new documents, and the
// incidents that linking their events created or changed.
type Batch struct {
	// Documents are stored with their annotations. A document whose
	// Meta.Language is neither "en" nor "" is stored and marked as not
	// extracted: its annotations are expected to be empty.
	Documents []*Document
	// Incidents replace the stored incidents with the same ID, with all
	// their reports, or are added if new.
	Incidents []*Incident
	// Stories are the story records of the linked documents, in the order
	// they were linked. A record for a document that has one is skipped.
	Stories []StoryRecord
}

// A StoryRecord is the story an article joined when its events were linked,
// with the profile story linking compared it by, so that a later run can
// restore the stories without the articles (see incident.Linker.Restore).
type StoryRecord struct {
	Document string // Document.ID
	Story    int64
	Profile  []byte // opaque to a Store: the linker's encoding
}

// Stats counts what a Store holds.
type Stats struct {
	Documents    int // every stored document
	NotExtracted int // documents stored but not extracted (not English)
	Events       int
	Incidents    int
}

// An EventRecord is one stored event, flattened with its document's metadata
// and resolved arguments, as queries and exports need it.
type EventRecord struct {
	Document string // Document.ID
	Index    int    // index into that document's Events
	Incident int64  // 0 if not linked

	Category     Category
	Mode         string
	Modality     Modality
	Date         string        // "2017-10-23"; "" if unknown
	Precision    TimePrecision // 0 if Date is ""
	Actor        string        // the actor's name as written; "" if unknown
	ActorCode    string        // CAMEO-style code; "" if unknown
	Target       string
	TargetCode   string
	Place        string // gazetteer name; "" if unknown
	Admin1       string // admin1 name; "" if unknown
	Country      string // ISO 3166-1 alpha-2; "" if unknown
	Lat, Lon     float64
	GeoPrecision GeoPrecision // 0 if the place is unknown
	Dead         *Count       // nil if not reported
	Injured      *Count       // nil if not reported
	CAMEO        string
	QuadClass    int
	ACLEDType    string
	ACLEDSubType string

	Source    string
	Title     string
	URL       string
	Published time.Time // zero if unknown
	Trigger   string    // the trigger text: "airstrikes"
	Evidence  string    // the sentence holding the trigger
	Span      Span      // the trigger's span in the document text
}

// An EventFilter selects events. Zero fields select everything.
type EventFilter struct {
	From, To time.Time // event date (or publication date if unknown), inclusive days
	BBox     *BBox
	Country  string // ISO 3166-1 alpha-2
	Category Category
	Mode     string
	Actor    string // an actor code ("SYRGOV"), or a word of the actor's name
	Source   string // the publisher, case-insensitive
	Text     string // full-text query over title and text (FTS5 syntax in sqlite)
	Document string // Document.ID
	Incident int64
	Limit    int // 0 means no limit
}

// A BBox is a rectangle of latitude and longitude in degrees.
type BBox struct {
	MinLat, MinLon, MaxLat, MaxLon float64
}

// Contains reports whether the point lies inside b, edges included.
func (b BBox) Contains(lat, lon float64) bool {
	return b.MinLat <= lat && lat <= b.MaxLat && b.MinLon <= lon && lon <= b.MaxLon
}

// An IncidentFilter selects incidents. Zero fields select everything.
type IncidentFilter struct {
	From, To   time.Time // incidents whose first..last days overlap [From, To]
	BBox       *BBox
	Country    string
	Category   Category
	MinReports int // at least this many reports
	Limit      int // 0 means no limit
}

// An AttributionStatus says who is held responsible for an incident, and
// whether that is disputed. docs/incidents.md gives the rule.
type AttributionStatus string

// Attribution statuses of incidents, from the claims of every report.
const (
	Unattributed AttributionStatus = ""          // no report carries a claim about who did it
	Declared     AttributionStatus = "declared"  // the actor itself claims it
	Alleged      AttributionStatus = "alleged"   // others accuse or assert an actor, unanswered
	Contested    AttributionStatus = "contested" // alleged, and denied
	Confirmed    AttributionStatus = "confirmed" // alleged or declared, and confirmed, and not denied
)

// A CasualtyRange is an incident's derived count of people: low, best and
// high, computed from every report by the rule in docs/incidents.md.
type CasualtyRange struct {
	Low, Best, High int
	Reports         int // how many reports gave a figure; 0 means unknown
}

// An Incident is one real-world occurrence, as reported across articles: a
// cluster of events from different documents.
type Incident struct {
	ID            int64
	Category      Category
	Mode          string
	Place         string // the most precise place among the reports
	Country       string
	Lat, Lon      float64
	GeoPrecision  GeoPrecision // 0 if no report gives a place
	First, Last   string       // earliest and latest event date, "2017-10-23"; "" if unknown
	TimePrecision TimePrecision
	Actors        []string // actor codes, or names, sorted
	Targets       []string
	Dead, Injured CasualtyRange
	Status        AttributionStatus
	Reports       []Report // in the order they were linked
}

// A Report is one document's contribution to an incident: one of its events,
// with the figures and claims that document gives.
type Report struct {
	Document  string        `json:"document"` // Document.ID
	Event     int           `json:"event"`    // index into the document's Events
	Source    string        `json:"source"`   // the publisher
	Published time.Time     `json:"published"`
	Reason    string        `json:"reason"` // why it was linked: "new incident", or what matched
	Date      string        `json:"date"`   // the event's date; "" if unknown
	Place     string        `json:"place"`  // the event's place; "" if unknown
	Actor     string        `json:"actor"`  // the event's actor: its code, else its name
	Target    string        `json:"target"`
	Dead      *Count        `json:"dead"` // nil if this report gives none
	Injured   *Count        `json:"injured"`
	Claims    []ReportClaim `json:"claims"`
	Evidence  string        `json:"evidence"` // the text of the event's first evidence span
}

// A ReportClaim is a claim one report carries about who did it.
type ReportClaim struct {
	Stance Stance `json:"stance"`
	By     string `json:"by"`   // who takes the stance: actor code, else name; "" if unresolved
	Self   bool   `json:"self"` // By is the event's actor, speaking of its own action
	Text   string `json:"text"` // the attribution's text

	// Actor is who the claim says did it, for a denial whose involvement
	// it denies: actor code, else name; "" if unnamed.
	Actor string `json:"actor,omitempty"`
}

// CanonicalURL returns u in the form used to find duplicates: lower-case
// scheme and host without "www.", no fragment, no default port, no trailing
// slash, and no tracking parameters (utm_*, fbclid, gclid), the others sorted.
// It returns "" for an empty or unparsable URL.
func CanonicalURL(u string) string {
	u = strings.TrimSpace(u)
	if u == "" {
		return ""
	}
	p, err := url.Parse(u)
	if err != nil || p.Host == "" {
		return ""
	}
	p.Scheme = strings.ToLower(p.Scheme)
	if p.Scheme == "http" {
		p.Scheme = "https" // the same page is served on both
	}
	host := strings.ToLower(p.Hostname())
	host = strings.TrimPrefix(host, "www.")
	if port := p.Port(); port != "" && port != "80" && port != "443" {
		host += ":" + port
	}
	p.Host = host
	p.User = nil
	p.Fragment, p.RawFragment = "", ""
	p.Path = strings.TrimRight(p.Path, "/")
	p.RawPath = ""
	q := p.Query()
	for k := range q {
		lk := strings.ToLower(k)
		if strings.HasPrefix(lk, "utm_") || lk == "fbclid" || lk == "gclid" {
			q.Del(k)
		}
	}
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		for _, v := range q[k] {
			if b.Len() > 0 {
				b.WriteByte('&')
			}
			b.WriteString(url.QueryEscape(k) + "=" + url.QueryEscape(v))
		}
	}
	p.RawQuery = b.String()
	p.ForceQuery = false
	return p.String()
}

// DayNumber returns the number of days since 1970-01-01 of a date value as
// events carry it: "2017-10-23", or for coarser values their first day:
// "2017-W43" (its Monday), "2017-10", "2017". It reports false for anything
// else, such as "" or "PRESENT_REF".
func DayNumber(value string) (int, bool) {
	var t time.Time
	var err error
	switch {
	case len(value) >= 10 && value[4] == '-' && value[7] == '-':
		t, err = time.Parse("2006-01-02", value[:10])
	case len(value) >= 8 && value[4] == '-' && value[5] == 'W':
		var year, week int
		year, err = strconv.Atoi(value[:4])
		if err == nil {
			week, err = strconv.Atoi(value[6:8])
		}
		if err == nil && (week < 1 || week > 53) {
			err = errors.New("week out of range")
		}
		if err == nil {
			// ISO week 1 holds January 4th.
			jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
			monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
			t = monday.AddDate(0, 0, 7*(week-1))
		}
	case len(value) == 7 && value[4] == '-':
		t, err = time.Parse("2006-01", value)
	case len(value) == 4:
		t, err = time.Parse("2006", value)
	default:
		return 0, false
	}
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

// EventSentence returns the text of the sentence that holds e's trigger:
// what an analyst reads to check the event (ACLED's "notes"). Without
// sentences it returns the event's first evidence span, or its trigger.
func EventSentence(doc *Document, e *Event) string {
	i := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].End > e.Start })
	if i < len(doc.Sentences) && doc.Sentences[i].Start <= e.Start && doc.Sentences[i].valid(doc.Text) {
		return doc.Sentences[i].Text(doc)
	}
	for _, s := range append(e.Evidence[:len(e.Evidence):len(e.Evidence)], e.Span) {
		if !s.IsEmpty() && s.valid(doc.Text) {
			return s.Text(doc)
		}
	}
	return ""
}
