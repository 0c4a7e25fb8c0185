// Package place finds the places a document names and resolves them to the
// gazetteer.
//
// A place is a toponym of any length ("Deir ez-Zor", "Dayr az Zawr"), a
// demonym or adjectival form ("Syrian", "US-led", "UK-based",
// "Egyptian-US"), a US state abbreviation ("Alexandria, La."), or the
// dateline's place. Toponyms inside an organization's name ("Syrian
// Observatory for Human Rights") are kept, marked PlaceInName, so that no
// event is placed there; a one-word one that resolves to a small place in
// a country none of the document's toponyms lie in ("Boko" of "Boko
// Haram", a village in Kazakhstan) is the name's word, and dropped.
//
// Recognition is gazetteer-driven: capitalized token runs are matched,
// longest first, against the gazetteer's folded names (which drop a
// leading article, so "El Fasher" is read past "El"), then filtered by
// capitalization, the entity stage's mentions when there are any, person
// cues, and a common-word guard ("Reading", "Mobile", "Best" need a
// locative cue where their capital letter proves nothing: at the start of
// a sentence or clause, in a headline, after a determiner; and a common
// word spelled like no place's own name, "Stay" for "Ștei", is none).
// Folding must not make names of words that are none: single letters and
// initials ("I", "N."), Roman numerals ("II"), contractions ("We're"),
// titles ("Vice", "Sens."). A surname is a person's where the entity stage
// names the person in full or after a title ("Ted Cruz", "President
// Obama"), unless a locative cue says otherwise ("in Jackson"). A name
// before a street or park word ("Hunting Park") is part of that name. The
// word lists are in lexicon.txt.
//
// Resolution ranks each name's candidates by a prior (feature: capital >
// admin seat > populated place; population; preferred over alternate name)
// plus local evidence (a region word, "Deir ez-Zor province", or
// "territory", which asks for a region of either level; a qualifier,
// "Alexandria, La."; the level shared by an enumeration) plus document
// context, recomputed over a few rounds: the country focus (from the other
// places, demonyms and the dateline), the countries of the other names in
// the mention's sentence ("Cairo airport ... in Egypt"), regions named and
// regions containing other places, and nearness to the other places. A
// name that a region or large town bears as its own is not read as another
// place's alternate name ("Philadelphia" is not Amman). A name of two
// countries ("Congo") goes to the one the context supports, else the more
// populous. A candidate that folding alone joins to the name ("Gubbio" for
// "Gubio") yields to one spelled as written, in another country. A place
// the text puts in another ("Lido beach in Mogadishu", "Ain al-Asad air
// base in Iraq") is no small place abroad: without a candidate in the
// container's country, it falls back like a name the gazetteer lacks. Every
// mention of a name
// gets one resolution (one sense per discourse). A GPE or LOC mention the
// gazetteer lacks falls back to the region named in its sentence. The
// focus city is the focus country's most mentioned town, a dateline counting
// for more than one mention and less than two.
package place

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/gazetteer"
	"github.com/sitrep-dev/sitrep/internal/cardinal"
	"github.com/sitrep-dev/sitrep/internal/wordfilter"
)

// Config configures the place stage. The zero value uses the embedded
// gazetteer.
type Config struct {
	// Gazetteer resolves names; nil means gazetteer.Default().
	Gazetteer *gazetteer.Gazetteer
}

// Stage is the place stage. It is safe for concurrent use.
type Stage struct {
	gaz *gazetteer.Gazetteer
	lx  *lexicon
	// scratch pools per-run memory (*scratch), for reuse by later runs.
	scratch sync.Pool
	// abbrevs maps lowercase region abbreviations ("la.", "nsw") to their
	// first-level regions.
	abbrevs map[string]gazetteer.Entry
	// maxAbbrev is the length of the longest abbreviation in bytes.
	maxAbbrev int
	// abbrevFilter holds the keys of abbrevs: most words are none.
	abbrevFilter wordfilter.Filter
	// countries holds, by ISO code, what a mention of the country as a
	// demonym or adjective is made of, built on first use.
	countriesMu sync.RWMutex
	countries   map[string]*countryRef
}

// countryRef is a country as a mention's key and only candidate: demonyms
// and adjectival forms name a few countries over and over, and the one
// shared, read-only candidate slice spares an allocation for each.
type countryRef struct {
	key   string
	cands []gazetteer.Candidate
}

// country returns the countryRef of ISO code iso, or nil if the gazetteer
// has no such country.
func (s *Stage) country(iso string) *countryRef {
	s.countriesMu.RLock()
	ref, ok := s.countries[iso]
	s.countriesMu.RUnlock()
	if ok {
		return ref
	}
	if c, found := s.gaz.Country(iso); found {
		ref = &countryRef{key: "\x00" + iso, cands: []gazetteer.Candidate{{Entry: c, Ref: -1}}}
	}
	s.countriesMu.Lock()
	if len(s.countries) < maxCountryRefs {
		s.countries[iso] = ref
	}
	s.countriesMu.Unlock()
	return ref
}

// maxCountryRefs bounds Stage.countries: ISO codes are a few hundred, but
// a caller may ask about any string.
const maxCountryRefs = 1024

// New returns a place stage.
func New(cfg Config) (*Stage, error) {
	g := cfg.Gazetteer
	if g == nil {
		var err error
		if g, err = gazetteer.Default(); err != nil {
			return nil, fmt.Errorf("place: %w", err)
		}
	}
	lx, err := parseLexicon(lexiconText)
	if err != nil {
		return nil, err
	}
	s := &Stage{gaz: g, lx: lx, abbrevs: map[string]gazetteer.Entry{}, countries: map[string]*countryRef{}}
	s.scratch.New = newScratch
	for abbr, code := range lx.usStates {
		if e, ok := g.Admin1("US", code); ok {
			s.abbrevs[abbr] = e
		}
	}
	for abbr, rn := range lx.regionAbbrevs {
		for _, c := range g.Lookup(rn.name) {
			if c.Level == gazetteer.LevelAdmin1 && c.Country == rn.country {
				s.abbrevs[abbr] = c.Entry
				break
			}
		}
	}
	for abbr := range s.abbrevs {
		s.maxAbbrev = max(s.maxAbbrev, len(abbr))
		s.abbrevFilter.Add(abbr)
	}
	return s, nil
}

// Name returns "place".
func (*Stage) Name() string { return "place" }

// Needs returns the token, sentence and entity layers. Entity mentions are
// used when present (ORG mentions mark places inside names, PERSON mentions
// veto places, GPE and LOC mentions confirm them); the stage also works on
// an empty entity layer.
func (*Stage) Needs() []sitrep.Layer {
	return []sitrep.Layer{sitrep.LayerTokens, sitrep.LayerSentences, sitrep.LayerEntities}
}

// Adds returns the place layer: Document.Places and Document.Focus.
func (*Stage) Adds() []sitrep.Layer { return []sitrep.Layer{sitrep.LayerPlaces} }

// Run finds and resolves the places of doc.
func (s *Stage) Run(ctx context.Context, doc *sitrep.Document) error {
	sc := s.scratch.Get().(*scratch)
	defer s.scratch.Put(sc)
	sc.reset()
	lower, lowerOK := doc.LowerText()
	if !lowerOK {
		sc.lows = append(sc.lows, make([]string, len(doc.Tokens))...)
	}
	r := &run{lower: lower, lowerOK: lowerOK, s: s, doc: doc, scratch: sc, lows: sc.lows, mentions: sc.mentions[:0], groups: sc.groups[:0],
		nameWords: sc.nameWords, placeVotes: sc.placeVotes, lowercase: sc.lowercase, sentShare: sc.sentShare[:0]}
	defer r.keep()
	r.recognize()
	if err := ctx.Err(); err != nil {
		return err
	}
	r.resolve()
	r.emit()
	return nil
}

// keep hands the run's slices back to its scratch, for the next run to
// reuse their memory.
func (r *run) keep() {
	sc := r.scratch
	sc.mentions = r.mentions[:0]
	sc.groups = r.groups[:cap(r.groups)] // with their idx slices: see run.group
	if r.own != nil {
		sc.regions, sc.within, sc.own = r.regions[:0], r.within[:0], r.own[:0]
		sc.points, sc.countries = r.points[:0], r.countries[:0]
	}
	if r.sentCountries != nil {
		sc.sentCountries = r.sentCountries[:cap(r.sentCountries)]
	}
	if r.support.admin2Named != nil {
		sc.admin2Named, sc.placesIn2 = r.support.admin2Named[:cap(r.support.admin2Named)], r.support.placesIn2[:cap(r.support.placesIn2)]
	}
	sc.sentShare = r.sentShare[:0]
}

// scratch is memory that one run uses and the next one reuses: maps keep
// their buckets when cleared, which spares building them anew for every
// document.
type scratch struct {
	byKey map[string]int
	// The maps of run of these names, empty.
	nameWords  map[string]bool
	placeVotes map[string]int
	lowercase  map[string]bool
	regionIDs  regionTable
	infos      []candInfo
	priors     []float64
	lows       []string // by token: see run.low
	scores     []float64
	locals     []float64
	// The slices of the last run, kept for their memory: see run.keep.
	mentions      []mention
	groups        []group
	countries     countryWeights
	regions       []int
	within        []int
	own           []contribution
	sentCountries [][]countryVote
	points        []point
	sentShare     []countryShare
	capitals      []int // see run.capitalWords
	respelled     []int // see run.countRespellings
	spelled       []bool
	respellings   []bool
	bounds        [][2]int        // see run.applyEntities
	spans         []sitrep.Span   // see run.keptSpans
	sentRegions   []int           // see run.sentenceRegions
	focusWeights  countryWeights  // see run.focus
	cityCounts    map[int]float64 // see run.focus; cleared before use
	admin2Named   [][]int         // see support; kept with their inner slices
	placesIn2     [][]int
}

func newScratch() any {
	return &scratch{byKey: map[string]int{}, nameWords: map[string]bool{}, placeVotes: map[string]int{}, lowercase: map[string]bool{},
		cityCounts: map[int]float64{}}
}

// reset empties sc for a new document. Maps grown by a huge document are
// dropped rather than kept.
func (sc *scratch) reset() {
	const maxKept = 1 << 14
	for _, m := range []int{len(sc.byKey), len(sc.nameWords), len(sc.placeVotes), len(sc.lowercase), sc.regionIDs.n, cap(sc.lows) / 16, cap(sc.mentions), cap(sc.sentCountries), cap(sc.admin2Named), len(sc.cityCounts), cap(sc.capitals)} {
		if m > maxKept {
			*sc = *newScratch().(*scratch)
			return
		}
	}
	clear(sc.byKey)
	clear(sc.nameWords)
	clear(sc.placeVotes)
	clear(sc.lowercase)
	sc.regionIDs.reset()
	clear(sc.lows) // drops the last document's text
	sc.lows = sc.lows[:0]
}

// A mention is a recognized place name before and during resolution.
type mention struct {
	span                    sitrep.Span
	nameEnd                 int // the byte end of the name before a region word; 0 if it ends the span
	kind                    sitrep.PlaceKind
	key                     string // Fold key; mentions with one key get one resolution
	cands                   []gazetteer.Candidate
	wantLevel               gazetteer.Level // from a region word after the name, perhaps levelRegion; 0 if none
	listLevel               gazetteer.Level // the level of the enumeration it is in; 0 if none
	qualCountry, qualAdmin1 string          // from "Alexandria, La." or "Homs, Syria"
	qualRegion              regionID        // the qualifier's admin1 region; 0 if none
	group                   int             // index into run.groups; -1 if no candidates
	sentence                int             // index into Document.Sentences; -1 if none holds it
	cue                     bool            // a locative cue or a GPE/LOC mention supports it
	placeCue                bool            // a strong locative cue precedes it: "in", "near"
	single                  bool            // one word
	tokEnd                  int             // for a state abbreviation: the token after it
	inTok                   int             // the token after "in" before a place containing it ("Lido beach in Mogadishu"); 0 if none
	container               int             // index into run.mentions of that place, once linked; -1 if none
	best                    int             // index into cands after resolution; -1 if none
	score                   float64
}

// run holds one document's state.
type run struct {
	s        *Stage
	doc      *sitrep.Document
	scratch  *scratch
	mentions []mention
	groups   []group // mentions by key, for resolution
	// sentRegions holds, by sentence, the mention of its finest region,
	// once fallback has needed it: see sentenceRegions.
	sentRegions []int
	// sentCountries lists, by sentence, the countries its names resolved in.
	sentCountries [][]countryVote
	sentShare     []countryShare // for the group being scored: see shareSentences
	lows          []string       // by token: see low
	lower         string         // the text lower-cased, if lowerOK: see low
	lowerOK       bool
	// locals holds, by candidate of each group in turn, its prior and
	// local evidence, once localsKept: see pick.
	locals     []float64
	localsKept bool
	// nameWords are words seen inside person-like capitalized runs; a lone
	// mention of one ("Henry" after "Chiquita Raquel Henry") is no place.
	nameWords map[string]bool
	// placeVotes counts, by key, the mentions that follow a strong locative
	// cue, less those the entity stage tags PERSON: a positive count makes
	// the name a place in this document. (The tagger's GPE tags do not
	// count: it gives them to surnames as readily.)
	placeVotes map[string]int
	lowercase  map[string]bool // by lowercase word asked about: whether the document has it
	countries  countryWeights  // focus weight by ISO code
	total      float64         // sum of countries
	regionIDs  *regionTable    // the regions of all candidates and qualifiers
	regions    []int           // by region: how many names name it
	within     []int           // by region: how many resolved places lie in it
	own        []contribution  // by group: its part of the above
	points     []point         // where towns and counties resolved
	support    support
}

// lookup returns the candidates of a folded name: the gazetteer caches
// them, shared by all documents, so a cache of the run's own would only
// hash the key again.
func (r *run) lookup(key string) []gazetteer.Candidate {
	return r.s.gaz.Candidates(key) // shared and read-only: resolution copies before it truncates
}

func (r *run) text(s sitrep.Span) string { return r.doc.Text[s.Start:s.End] }

func (r *run) tok(i int) string { t := r.doc.Tokens[i]; return r.doc.Text[t.Start:t.End] }

// low returns token i lower-cased: sliced from the lower-cased text, which
// an earlier stage has usually made already (see Document.LowerText), or
// else lowered at most once a document, as recognition asks about the words
// around every name.
func (r *run) low(i int) string {
	if r.lowerOK {
		t := &r.doc.Tokens[i]
		return r.lower[t.Start:t.End]
	}
	return r.lowerToken(i)
}

// lowerToken returns token i lower-cased from r.lows, lowering it there
// at most once a document: low's path for text that LowerText cannot
// lower in place.
func (r *run) lowerToken(i int) string {
	if w := r.lows[i]; w != "" {
		return w // tokens are never empty, so "" means not lowered yet
	}
	w := cardinal.Lower(r.tok(i))
	r.lows[i] = w
	return w
}

// lowSpan returns the text of s lower-cased, as strings.ToLower does.
func (r *run) lowSpan(s sitrep.Span) string {
	if r.lowerOK {
		return r.lower[s.Start:s.End]
	}
	return strings.ToLower(r.text(s))
}

// adjacent reports whether tokens i and i+1 are separated only by spaces on one line.
func (r *run) adjacent(i int) bool {
	if i+1 >= len(r.doc.Tokens) || i < 0 {
		return false
	}
	gap := r.doc.Text[r.doc.Tokens[i].End:r.doc.Tokens[i+1].Start]
	// One space, the common case, without a loop.
	return len(gap) == 1 && (gap[0] == ' ' || gap[0] == '\t') || isBlankGap(gap)
}

// isBlankGap reports whether gap is not empty and made of spaces, tabs and
// no-break spaces only.
func isBlankGap(gap string) bool {
	for _, c := range gap {
		if c != ' ' && c != '\t' && c != '\u00a0' {
			return false
		}
	}
	return len(gap) > 0
}

func isCapitalized(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		return w[0]-'A' < 26 // inlined, without the table search
	}
	return startsUpper(w)
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// hasUpper reports whether w has an uppercase letter: "ez-Zor", "al-Nu'man".
func hasUpper(w string) bool {
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				return true
			}
			continue
		}
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// softmax returns the probability of scores[best] among scores.
func softmax(scores []float64, best int) float64 {
	sum := 0.0
	for _, s := range scores {
		if d := s - scores[best]; d == 0 {
			sum++ // the best score, and any equal to it: math.Exp(0) is 1
		} else {
			sum += math.Exp(d)
		}
	}
	return 1 / sum
}

// sortMentions orders mentions by start and drops any that overlap an earlier one.
func (r *run) sortMentions() {
	ms := r.mentions
	// Recognition finds them in text order, mostly: a mention is large,
	// and sorting moves it even where it stays.
	for i := 1; i < len(ms); i++ {
		if ms[i].span.Start < ms[i-1].span.Start {
			slices.SortStableFunc(ms, func(a, b mention) int { return a.span.Start - b.span.Start })
			break
		}
	}
	n, end := 0, -1
	for i := range ms {
		if ms[i].span.Start < end {
			continue
		}
		end = ms[i].span.End
		if n < i {
			ms[n] = ms[i]
		}
		n++
	}
	r.mentions = ms[:n]
}
