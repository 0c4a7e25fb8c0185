package sitrep

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/sitrep-dev/sitrep/internal/cardinal"
)

// SchemaVersion is the version of the JSON output documented in docs/schema.md.
// It changes whenever a field is renamed, removed or changes meaning.
const SchemaVersion = "1"

// A Document is an article and the annotations that stages have added to it.
// Text never changes after NewDocument; every annotation points into it.
type Document struct {
	ID   string // first 16 hex digits of Hash; stable across runs
	Hash string // SHA-256 of Text, hex
	Meta Metadata
	Text string // NFC, LF line endings, valid UTF-8; never modified

	Tokens        []Token        // LayerTokens
	Sentences     []Sentence     // LayerSentences
	Mentions      []Mention      // LayerEntities, sorted by Start
	Entities      []Entity       // LayerEntities, canonical entities (not spans)
	Places        []Place        // LayerPlaces
	Focus         Focus          // LayerPlaces: the document's focus country and city
	Times         []Time         // LayerTimes
	SentenceDates []SentenceDate // LayerTimes, one per sentence
	Numbers       []Number       // LayerNumbers
	Figures       []Figure       // LayerNumbers
	Attributions  []Attribution  // LayerAttributions
	Events        []Event        // LayerEvents

	Diagnostics []Diagnostic // findings about the text, not failures

	lowered lowerMemo // see LowerText
}

// PlaceAt returns the index of the place whose span is sp, or -1. Places
// are sorted by span (see Check).
func (d *Document) PlaceAt(sp Span) int {
	k := sort.Search(len(d.Places), func(k int) bool { return d.Places[k].Start >= sp.Start })
	for ; k < len(d.Places) && d.Places[k].Start == sp.Start; k++ {
		if d.Places[k].End == sp.End {
			return k
		}
	}
	return -1
}

// LowerText returns the document's text lower-cased and whether every rune
// kept its byte length, so that stages can slice lower-cased tokens from it
// with their own offsets (see cardinal.LowerText; "", false otherwise).
// It is computed once per document by cardinal.LowerText and remembered for
// the next stage; like the rest of a Document, the memo is meant for one
// goroutine at a time.
func (d *Document) LowerText() (lower string, sameOffsets bool) {
	m := &d.lowered
	// Text is not supposed to change, but a Document built field by field
	// may get another one: the memo answers only for the text it lowered
	// (comparing a string with itself stops at its pointer).
	if !m.done || m.text != d.Text {
		lower, ok := cardinal.LowerText(d.Text)
		*m = lowerMemo{text: d.Text, lower: lower, sameOffsets: ok, done: true}
	}
	return m.lower, m.sameOffsets
}

// A lowerMemo is the answer of Document.LowerText for text.
type lowerMemo struct {
	text, lower       string
	sameOffsets, done bool
}

// Metadata describes where a document comes from.
type Metadata struct {
	Source    string    // the publisher, e.g. "Reuters"; "" if unknown
	URL       string    // "" if unknown
	Title     string    // "" if unknown
	Published time.Time // zero if unknown; anchors relative dates
	Language  string    // ISO 639-1, e.g. "en"; "" if not detected
	Dateline  Dateline  // zero if the text has none
}

// Fill returns m with its empty fields taken from def, so that what a caller
// gives wins over what the input itself says. The dateline is not filled: it
// points into one document's text.
func (m Metadata) Fill(def Metadata) Metadata {
	if m.Source == "" {
		m.Source = def.Source
	}
	if m.URL == "" {
		m.URL = def.URL
	}
	if m.Title == "" {
		m.Title = def.Title
	}
	if m.Published.IsZero() {
		m.Published = def.Published
	}
	if m.Language == "" {
		m.Language = def.Language
	}
	return m
}

// A Dateline is the lead-in of a wire story, "BEIRUT, Oct 24 (Reuters) -".
type Dateline struct {
	Span        // the whole dateline, including its closing dash
	Place  Span // "BEIRUT"; empty if absent
	Source Span // "Reuters"; empty if absent
	Date   Span // "Oct 24"; empty if absent
}

// NewDocument returns a Document holding text normalized to NFC, LF line
// endings and valid UTF-8 (invalid bytes become U+FFFD), with its hash and ID.
func NewDocument(text string, meta Metadata) *Document {
	text = NormalizeText(text)
	sum := sha256.Sum256([]byte(text))
	h := hex.EncodeToString(sum[:])
	return &Document{ID: h[:16], Hash: h, Meta: meta, Text: text, Focus: Focus{City: -1}}
}

// NormalizeText returns text as a Document holds it: valid UTF-8, CRLF and CR
// line endings turned into LF, and Unicode NFC.
func NormalizeText(text string) string {
	if !utf8.ValidString(text) { // which checks ASCII eight bytes at a time; ToValidUTF8 decodes every rune
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	if isNFC(text) {
		return text
	}
	return norm.NFC.String(text)
}

// isNFC reports whether text is in NFC, as norm.NFC.IsNormalString does,
// at a fraction of its cost on news text, which is mostly ASCII: it asks
// the norm package only about each run of non-ASCII bytes, together with
// the ASCII character before it, which a combining mark may compose with.
// An ASCII character has no decomposition and is a starter that nothing
// before it composes with, so a text is in NFC exactly when each such
// piece is.
func isNFC(text string) bool {
	for i := 0; i < len(text); {
		j := i + asciiPrefix(text[i:])
		if j == len(text) {
			return true
		}
		k := j + 1
		for k < len(text) && text[k] >= utf8.RuneSelf {
			k++
		}
		if !norm.NFC.IsNormalString(text[max(j-1, 0):k]) {
			return false
		}
		i = k
	}
	return true
}

// asciiPrefix returns the length of the ASCII prefix of s, which it reads
// eight bytes at a time.
func asciiPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// A TokenKind classifies a token.
type TokenKind uint8

const (
	TokenWord   TokenKind = iota + 1 // letters, possibly with inner hyphens or apostrophes
	TokenNumber                      // digits, possibly with separators: "1,200", "23/10/2017"
	TokenPunct                       // punctuation, including quotation marks
	TokenSymbol                      // anything else: "$", "%", emoji
)

// A Token is a word, number or punctuation mark.
type Token struct {
	Span
	Kind TokenKind
}

// FirstTokenFrom returns the index of the first of toks to start at or
// after byte offset off, len(toks) if none; toks ascend by Start, as a
// Document's do. It is sort.Search written out, for the stages' loops:
// sort.Search would call a closure at each step.
func FirstTokenFrom(toks []Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1) // unsigned: no rounding toward zero to fix up
		if toks[mid].Start < off {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// A TokenIndex answers FirstTokenFrom in constant time, for a stage that
// asks it thousands of times a document: the attrib stage spent a third
// of its time in FirstTokenFrom's binary search before it had one. It
// keeps, for every block of tokenBlock bytes of the text, the first token
// from that block's start; an offset then steps over the few tokens that
// start earlier in its block. The zero TokenIndex is empty; Reset fills it.
type TokenIndex struct {
	toks  []Token
	first []int32 // first[b]: the first token starting at or after byte b*tokenBlock
}

// tokenBlock is a power of two: an offset's block is a shift away. At 8
// bytes a block holds one or two tokens of prose, and the index takes half
// a byte of memory per byte of text.
const tokenBlockShift = 3

// Reset readies ix for toks, the tokens of a text of textLen bytes,
// reusing its memory.
func (ix *TokenIndex) Reset(toks []Token, textLen int) {
	n := textLen>>tokenBlockShift + 2 // a block past the text's end, for offsets at it
	ix.toks = toks
	ix.first = slices.Grow(ix.first[:0], n)[:n]
	t := 0
	for b := range ix.first {
		off := b << tokenBlockShift
		for t < len(toks) && toks[t].Start < off {
			t++
		}
		ix.first[b] = int32(t)
	}
}

// FirstFrom returns FirstTokenFrom(toks, off) for the tokens of Reset.
func (ix *TokenIndex) FirstFrom(off int) int {
	if off <= 0 {
		return 0
	}
	b := off >> tokenBlockShift
	if b >= len(ix.first) {
		return FirstTokenFrom(ix.toks, off) // past the text: tokens that do not fit it
	}
	i := int(ix.first[b])
	for i < len(ix.toks) && ix.toks[i].Start < off {
		i++
	}
	return i
}

// A Sentence is a run of tokens that ends with terminal punctuation or a
// paragraph break.
type Sentence struct {
	Span
	Tokens    Range // indexes into Document.Tokens
	Paragraph int   // 0-based paragraph number; paragraphs are split by blank lines or single newlines
}

// An EntityType is the type of a named or described thing.
type EntityType string

// The entity types of DOMAIN.md.
const (
	PERSON EntityType = "PERSON"
	ORG    EntityType = "ORG"
	GPE    EntityType = "GPE" // countries, cities, states: places with a government
	LOC    EntityType = "LOC" // other places: rivers, regions, mountains
	NORP   EntityType = "NORP"
	FAC    EntityType = "FAC"
	WEAPON EntityType = "WEAPON"
	EVENT  EntityType = "EVENT" // a named event: "the Korean War", "the Geneva talks"
	OTHER  EntityType = "OTHER" // any other named thing: a law, a product, a title
)

// A MentionKind says how a mention refers to its entity.
type MentionKind uint8

const (
	MentionName    MentionKind = iota + 1 // a proper name: "Ryan Dillon", "OIR"
	MentionNominal                        // a description: "the ministry", "civilians"
	MentionPronoun                        // "he", "they"
)

// A Mention is a span naming or describing an entity.
type Mention struct {
	Span
	Type   EntityType
	Kind   MentionKind
	Entity int // index into Document.Entities; -1 if unresolved
}

// An Entity is one person, organization, place or group, as the mentions
// that corefer to it in one document.
type Entity struct {
	Type        EntityType
	Name        int    // index into Document.Mentions of its most complete name
	Mentions    []int  // indexes into Document.Mentions, ascending
	Actor       string // CAMEO-style actor code such as "SYRGOV"; "" if unknown
	Role        Span   // for persons: "the spokesman for ..."; empty if none
	Affiliation int    // index into Document.Entities of the person's organization; -1 if none
}

// A GeoPrecision is how exactly a place is known, following ACLED's
// geo_precision and UCDP's where_prec.
type GeoPrecision uint8

const (
	PrecisionTown    GeoPrecision = 1 // the town or exact place
	PrecisionNear    GeoPrecision = 2 // near a town, or part of a region
	PrecisionAdmin1  GeoPrecision = 3 // a province, governorate or state
	PrecisionCountry GeoPrecision = 4 // only the country
)

// A PlaceKind says what kind of text a place was found in.
type PlaceKind uint8

const (
	PlaceToponym      PlaceKind = iota + 1 // a place name: "Deir ez-Zor"
	PlaceAdjectival                        // a demonym or adjectival form: "Syrian", "US-led"
	PlaceInName                            // a place inside an organization's name; never an event place
	PlaceDatelineName                      // the dateline's place, where the reporter files from
)

// A Place is a toponym resolved to the gazetteer.
type Place struct {
	Span
	Kind       PlaceKind
	Mention    int    // index into Document.Mentions; -1 if no entity mention covers it
	GeonameID  int    // GeoNames id; 0 if the gazetteer has none for it (a second-level region of the embedded one)
	Name       string // the gazetteer's name
	Country    string // ISO 3166-1 alpha-2
	Admin1     string // GeoNames admin1 code; "" if unknown
	Admin1Name string
	Lat, Lon   float64
	Feature    string // GeoNames feature class and code, "P.PPLA"
	Population int
	Precision  GeoPrecision
	Score      float64 // ranking score of the chosen candidate, 0..1
}

// Focus is a document's main country and city.
type Focus struct {
	Country string // ISO code; "" if none
	City    int    // index into Document.Places; -1 if none
}

// A TimeType is the TIMEX3 type of a time expression.
type TimeType string

// TIMEX3 types.
const (
	TimeDate     TimeType = "DATE"
	TimeTime     TimeType = "TIME"
	TimeDuration TimeType = "DURATION"
	TimeSet      TimeType = "SET"
)

// A Time is a time expression normalized against the publication date.
type Time struct {
	Span
	Type  TimeType
	Value string // TIMEX3 value: "2017-10-23", "2017-W43", "P3D", "PRESENT_REF"
}

// TimePrecision follows ACLED's time_precision.
type TimePrecision uint8

const (
	TimeDay   TimePrecision = 1 // the day is known
	TimeWeek  TimePrecision = 2 // a week or a range of days
	TimeMonth TimePrecision = 3 // a month or coarser
)

// A SentenceDate is when a sentence's events happened: its governing date.
type SentenceDate struct {
	Time      int           // index into Document.Times; -1 if taken from the publication date
	Value     string        // "2017-10-23"; "" if nothing anchors the sentence
	Precision TimePrecision // 0 if Value is ""
}

// A Count is a range of people: Min, and Max unless Open.
type Count struct {
	Min  int
	Max  int  // meaningful only if !Open
	Open bool // no upper bound: "at least 14"
}

// A Number is a cardinal quantity in the text, with its qualifier.
type Number struct {
	Span
	Value     Count
	Qualifier string // normalized: "at least", "more than", "about", "up to", "between"; "" if none
	Vague     bool   // a word such as "dozens" mapped by convention
}

// A FigureUnit is what happened to the people a figure counts.
type FigureUnit string

// Figure units; see DOMAIN.md.
const (
	UnitKilled    FigureUnit = "killed"
	UnitInjured   FigureUnit = "injured"
	UnitMissing   FigureUnit = "missing"
	UnitArrested  FigureUnit = "arrested"
	UnitKidnapped FigureUnit = "kidnapped"
	UnitDisplaced FigureUnit = "displaced"
)

// A Figure is a count of people affected: "at least 14 civilians killed".
type Figure struct {
	Span            // the quantity and victims: "at least 14 civilians"
	Number    int   // index into Document.Numbers; -1 for "a volunteer", "no casualties"
	Count     Count // the range
	Unit      FigureUnit
	UnitCue   Span   // the word giving the unit: "killing"; empty if implied
	Victim    string // victim category: "civilians", "children", ...; "" if unstated
	VictimCue Span   // the word giving the category; empty if none
	Total     bool   // a running total: "a death toll that rose to 112"
	PartOf    int    // index into Document.Figures this is a part of ("including a child"); -1 if none
}

// A Stance is the position an attribution takes toward what it reports.
type Stance string

// Stances of claims; see DOMAIN.md.
const (
	StanceAssert   Stance = "assert"
	StanceAccuse   Stance = "accuse"
	StanceDeny     Stance = "deny"
	StanceConfirm  Stance = "confirm"
	StanceQuestion Stance = "question"
)

// An Attribution is reported speech in the PARC/PolNeAR model.
type Attribution struct {
	Span         // covers source, cue and content
	Source  Span // who: "Army Col. Ryan Dillon"; empty if unstated
	Cue     Span // "has denied", "according to"
	Content Span // what is reported
	Direct  bool // a quotation
	// Quoted are the quotations inside a content that is not one, in
	// text order, their marks included: the verbatim words of a partial
	// quotation, "its forces had “eliminated five terrorists”". PARC
	// calls such an attribution mixed. Nil when Direct or quoting nothing.
	Quoted  []Span
	Speaker int // index into Document.Entities; -1 if unresolved
	// CoSpeakers are the other entities a coordinated source names, in
	// text order: "Russia and Syria denied" has Speaker Syria and
	// CoSpeakers [Russia]. Nil when the source names one.
	CoSpeakers []int
	Via        []Link // intermediaries between speaker and publisher, nearest first
	Stance     Stance // toward the content
}

// A Link is one relay in a reporting chain: "SANA", "several media outlets".
type Link struct {
	Span
	Entity int // index into Document.Entities; -1 if not an entity
}

// A Category is a PLOVER 2021 event category.
type Category string

// The sixteen PLOVER categories.
const (
	AGREE     Category = "AGREE"
	CONSULT   Category = "CONSULT"
	SUPPORT   Category = "SUPPORT"
	CONCEDE   Category = "CONCEDE"
	COOPERATE Category = "COOPERATE"
	AID       Category = "AID"
	RETREAT   Category = "RETREAT"
	REQUEST   Category = "REQUEST"
	ACCUSE    Category = "ACCUSE"
	REJECT    Category = "REJECT"
	THREATEN  Category = "THREATEN"
	PROTEST   Category = "PROTEST"
	SANCTION  Category = "SANCTION"
	MOBILIZE  Category = "MOBILIZE"
	COERCE    Category = "COERCE"
	ASSAULT   Category = "ASSAULT"
)

// Categories lists the PLOVER categories in the manual's order.
func Categories() []Category {
	return []Category{AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT,
		REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT}
}

// A Modality says how an event is asserted.
type Modality string

// Modalities of events; see DOMAIN.md.
const (
	Asserted     Modality = "asserted"
	Negated      Modality = "negated"
	Hypothetical Modality = "hypothetical"
	Future       Modality = "future"
	Denied       Modality = "denied" // reported, and denied by a source
)

// An Argument is an event's actor or target.
type Argument struct {
	Span        // the text naming it; empty if unknown
	Mention int // index into Document.Mentions; -1 if none
	Entity  int // index into Document.Entities; -1 if unknown
}

// A Claim is a stance that someone takes toward an event.
type Claim struct {
	Stance      Stance
	Attribution int // index into Document.Attributions
	By          int // index into Document.Entities of who takes the stance; -1 if unresolved
	Actor       int // index into Document.Entities of who they say did it; -1 if unnamed
}

// An Event is one real-world action as one article reports it.
type Event struct {
	Span         // the first trigger: "airstrikes"
	Category     Category
	Mode         string // PLOVER mode: "aerial"; "" if none applies
	Modality     Modality
	Actor        Argument
	Target       Argument
	Place        int          // index into Document.Places; -1 if unknown
	Date         SentenceDate // when it happened
	Dead         int          // index into Document.Figures; -1 if not reported
	Injured      int          // index into Document.Figures; -1 if not reported
	Figures      []int        // every figure reported for the event
	Sources      []int        // indexes into Document.Attributions that report it
	Claims       []Claim
	Evidence     []Span // every trigger and sentence span that describes it, ascending
	CAMEO        string // CAMEO root code, "19"
	QuadClass    int    // 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict
	ACLEDType    string // ACLED event type, "Explosions/Remote violence"; "" if none applies
	ACLEDSubType string // ACLED sub-event type, "Air/drone strike"; "" if none applies
}

// A Diagnostic is a stage's note about a span it could not annotate confidently.
type Diagnostic struct {
	Span
	Layer Layer
	Msg   string
}
