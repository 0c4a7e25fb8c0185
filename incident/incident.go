// Package incident links events about the same real-world occurrence across
// articles into incidents, and derives each incident's casualty range and
// attribution status from its reports. docs/incidents.md states the rules.
//
// Linking is incremental: a Linker holds the incidents seen so far and takes
// documents one at a time, in arrival order. Given the same documents in the
// same order it makes the same incidents. Alongside, it clusters the
// articles themselves into stories by report-level similarity (names
// weighted by rarity, places, content words, dates; see story.go), and a
// shared story is evidence that two events are one incident.
package incident

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
)

// Config tunes linking. The zero value uses the defaults in docs/incidents.md.
type Config struct {
	// RadiusKm is the largest distance between two places of town
	// precision; coarser precisions widen it (see radius). 0 means 25.
	RadiusKm float64
	// WindowDays is the largest gap in days between two day-precise
	// dates; coarser precisions widen it (see window). 0 means 1.
	WindowDays int
	// StoryThreshold is the report similarity in [0, 1] at which an
	// article joins a story (docs/incidents.md, "Stories"). 0 means 0.175.
	StoryThreshold float64
}

func (c Config) withDefaults() Config {
	if c.RadiusKm <= 0 {
		c.RadiusKm = 25
	}
	if c.WindowDays <= 0 {
		c.WindowDays = 1
	}
	if c.StoryThreshold <= 0 {
		c.StoryThreshold = 0.175
	}
	return c
}

// A Linker assigns events to incidents. It is not safe for concurrent use.
type Linker struct {
	cfg     Config
	entries []*entry // in ID order
	// byPlace and byParty find the incidents a dated event may join: those
	// with a dated report in the same category and week, placed in the
	// same country (byPlace) or naming the same party (byParty, which a
	// report without a place needs to link; see pair).
	byPlace map[weekKey]*bucket
	byParty map[weekKey]*bucket
	// undated holds the incidents that have undated reports, by category
	// and by each word of their parties' names, since an undated event can
	// only join through a shared named party.
	undated map[partyKey][]*entry
	nextID  int64
	// matching counts the events matched, marking the entries compared.
	matching uint64
	stories  *stories
	// byStory lists the incidents that have a report from each story.
	byStory map[int64]*bucket
	// restored finds the reports of incidents a Linker was created with,
	// by document, for Replay.
	restored map[string][]reportRef
	// last is the article Link handled last, for Story.
	last struct {
		doc     string
		story   int64
		report  report
		profile []byte // report encoded, if Prepare did it
	}
}

// reportRef is one report of an incident: its index in inc.Reports, which
// is also its index in the entry's features.
type reportRef struct {
	e *entry
	i int
}

// weekKey buckets incidents by category, week, and a country or party
// word: linking never crosses categories, so an event looks only in its
// own.
type weekKey struct {
	category sitrep.Category
	week     int
	key      string
}

// week numbers 7-day periods.
func week(day int) int {
	if day < 0 {
		return (day - 6) / 7
	}
	return day / 7
}

// countryKey is the byPlace key of a report with a place: its country,
// or "?" for a place in none (at sea). A report placed in one country
// does not link with one placed in another, even within the town radius
// across a border.
func countryKey(f features) string {
	if f.country == "" {
		return "?"
	}
	return f.country
}

type partyKey struct {
	category sitrep.Category
	word     string
}

// entry is an incident and what linking compares it by.
type entry struct {
	inc      *sitrep.Incident
	features []features // one per report, in report order
	docs     map[string]bool
	listed   map[string]bool // party words under which Linker.undated lists it
	stories  []int64         // the stories under which Linker.byStory lists it
	// considered is the Linker.matching it was last compared in, so that
	// an incident listed under several keys is compared once.
	considered uint64
}

// features are what linking compares between two events.
type features struct {
	category  sitrep.Category
	mode      string
	day       int // days since 1970-01-01; valid if hasDay
	hasDay    bool
	window    int // days either side, from the time precision
	hasPlace  bool
	lat, lon  float64
	precision sitrep.GeoPrecision
	country   string
	admin1    string
	actor     string // actor code, else lower-case name; "" if unknown
	target    string
	dead      *sitrep.Count // nil if the report gives none
	// story is the story of the event's article (see story.go); 0 for a
	// report restored from a store, whose story is not known.
	story int64
}

// New returns a Linker that continues from existing incidents, as a store
// returns them; new incidents get IDs above theirs. It knows no stories
// until the stored articles are replayed (see Replay).
func New(cfg Config, existing []*sitrep.Incident) *Linker {
	l := &Linker{cfg: cfg.withDefaults(), byPlace: map[weekKey]*bucket{}, byParty: map[weekKey]*bucket{},
		undated: map[partyKey][]*entry{}, nextID: 1}
	l.stories = newStories(l.cfg.StoryThreshold)
	l.byStory = map[int64]*bucket{}
	l.restored = map[string][]reportRef{}
	for _, inc := range existing {
		e := &entry{inc: inc, docs: map[string]bool{}}
		for i, r := range inc.Reports {
			e.docs[r.Document] = true
			e.features = append(e.features, reportFeatures(inc, r))
			l.restored[r.Document] = append(l.restored[r.Document], reportRef{e, i})
		}
		l.entries = append(l.entries, e)
		l.index(e)
		if inc.ID >= l.nextID {
			l.nextID = inc.ID + 1
		}
	}
	return l
}

// reportFeatures rebuilds the features of a stored report. A report keeps
// its own date, actor and target; for its place it has the incident's.
func reportFeatures(inc *sitrep.Incident, r sitrep.Report) features {
	f := features{category: inc.Category, mode: inc.Mode, actor: r.Actor, target: r.Target,
		window: windowFor(inc.TimePrecision), dead: r.Dead}
	if d, ok := sitrep.DayNumber(r.Date); ok && len(r.Date) > 4 {
		f.day, f.hasDay = d, true
	} else if !r.Published.IsZero() {
		f.day, f.hasDay, f.window = publishedDay(r.Published), true, windowFor(0)
	}
	if inc.GeoPrecision != 0 {
		f.hasPlace, f.lat, f.lon, f.precision, f.country = true, inc.Lat, inc.Lon, inc.GeoPrecision, inc.Country
	}
	return f
}

// Incidents returns every incident, in ID order.
func (l *Linker) Incidents() []*sitrep.Incident {
	out := make([]*sitrep.Incident, len(l.entries))
	for i, e := range l.entries {
		out[i] = e.inc
	}
	return out
}

// Replay adds an already linked document to the stories without linking
// its events again. A Linker made by New from stored incidents, replayed
// the stored documents in the order they were first linked, has the
// stories it had, and its restored reports join them. Restore does the
// same from stored story records, without the documents.
func (l *Linker) Replay(doc *sitrep.Document) {
	l.replay(doc.ID, makeStoryReport(&l.stories.bag, doc))
}

// Restore adds an article to the stories from its story record, as Story
// returned it when the article was linked, without linking its events
// again: records restored in the order they were made give the stories
// one uninterrupted run has. The story is found again, not taken from the
// record, so it is the record's as long as the linker is configured alike.
func (l *Linker) Restore(rec sitrep.StoryRecord) error {
	r, err := l.stories.decodeProfile(rec.Profile)
	if err != nil {
		return fmt.Errorf("incident: story of %s: %w", rec.Document, err)
	}
	l.replay(rec.Document, r)
	return nil
}

func (l *Linker) replay(docID string, r report) {
	st, _, _ := l.stories.add(docID, r)
	for _, ref := range l.restored[docID] {
		ref.e.features[ref.i].story = st.id
		l.addToStory(st.id, ref.e)
	}
	delete(l.restored, docID)
}

// Story returns the story record of the article Link handled last, if its
// ID is docID, for the caller to store with the article (see Restore).
func (l *Linker) Story(docID string) (sitrep.StoryRecord, bool) {
	if l.last.doc != docID || l.last.doc == "" {
		return sitrep.StoryRecord{}, false
	}
	profile := l.last.profile
	if profile == nil {
		var err error
		if profile, err = encodeProfile(&l.last.report); err != nil {
			return sitrep.StoryRecord{}, false
		}
	}
	return sitrep.StoryRecord{Document: docID, Story: l.last.story, Profile: profile}, true
}

// Stories returns the story of every article linked so far: article ID to
// story ID. Articles in one story report the same incident, by report-level
// similarity (docs/incidents.md, "Stories").
func (l *Linker) Stories() map[string]int64 {
	out := make(map[string]int64, len(l.stories.byDoc))
	for doc, id := range l.stories.byDoc {
		out[doc] = id
	}
	return out
}

// Linkable reports whether an event describes something that happened, and
// so may belong to an incident: not negated, hypothetical or future.
func Linkable(e *sitrep.Event) bool {
	return e.Modality == sitrep.Asserted || e.Modality == sitrep.Denied || e.Modality == ""
}

// Link links every linkable event of doc to an incident, creating one when
// none matches, and returns the incidents it created or changed, in the
// order of doc's events.
func (l *Linker) Link(doc *sitrep.Document) []*sitrep.Incident {
	return l.link(doc, l.prepare(doc, &l.stories.bag))
}

// A prepared article is what linking compares about it, which depends on
// the article alone: its story report and each linkable event's features
// and report.
type prepared struct {
	doc     string // Document.ID
	report  report
	profile []byte // the report encoded for Story; nil until needed
	events  []preparedEvent
}

type preparedEvent struct {
	f      features
	report sitrep.Report
}

// Prepare does the share of linking doc that depends on doc alone, for
// LinkPrepared: it is safe for concurrent use, so that many articles are
// prepared in parallel while one goroutine links them in order.
func (l *Linker) Prepare(doc *sitrep.Document) any {
	b := bags.Get().(*bag)
	p := l.prepare(doc, b)
	bags.Put(b)
	p.profile, _ = encodeProfile(&p.report) // nil on error: Story encodes again, and reports it
	return p
}

// bags are the scratch bags of Prepare.
var bags = sync.Pool{New: func() any { return &bag{index: map[uint64]int32{}} }}

// LinkPrepared is Link of an article that Prepare prepared; what it
// returns and the incidents it makes are Link's.
func (l *Linker) LinkPrepared(doc *sitrep.Document, prep any) []*sitrep.Incident {
	p, ok := prep.(*prepared)
	if !ok || p.doc != doc.ID {
		return l.Link(doc)
	}
	return l.link(doc, p)
}

func (l *Linker) prepare(doc *sitrep.Document, b *bag) *prepared {
	p := &prepared{doc: doc.ID, report: makeStoryReport(b, doc)}
	for i := range doc.Events {
		ev := &doc.Events[i]
		if Linkable(ev) {
			p.events = append(p.events, preparedEvent{f: eventFeatures(doc, ev), report: makeReport(doc, i)})
		}
	}
	return p
}

func (l *Linker) link(doc *sitrep.Document, p *prepared) []*sitrep.Incident {
	st, _, _ := l.stories.add(doc.ID, p.report)
	l.last.doc, l.last.story, l.last.report, l.last.profile = doc.ID, st.id, p.report, p.profile
	var changed []*sitrep.Incident
	seen := map[int64]bool{}
	for _, pe := range p.events {
		f, report := pe.f, pe.report
		ev := &doc.Events[report.Event]
		f.story = st.id
		best, reason := l.match(f, doc.ID)
		if best == nil {
			best = &entry{inc: &sitrep.Incident{ID: l.nextID, Category: f.category, Mode: f.mode}, docs: map[string]bool{}}
			l.nextID++
			l.entries = append(l.entries, best)
			reason = "new incident"
		} else {
			l.unindex(best)
		}
		report.Reason = reason
		best.add(f, report, doc, ev)
		l.index(best)
		l.addToStory(st.id, best)
		if !seen[best.inc.ID] {
			seen[best.inc.ID] = true
			changed = append(changed, best.inc)
		}
	}
	return changed
}

// match returns the best incident the event may join, and why, or nil.
// Candidates are incidents with a report dated within the event's window;
// the best has the smallest distance, then date gap, then ID.
func (l *Linker) match(f features, docID string) (*entry, string) {
	var (
		best      *entry
		bestScore = math.Inf(1)
		bestWhy   pairing
	)
	l.matching++
	consider := func(e *entry) {
		if e.considered == l.matching || e.docs[docID] {
			return
		}
		e.considered = l.matching
		score, why, ok := l.compatible(f, e)
		if ok && (best == nil || score < bestScore || score == bestScore && e.inc.ID < best.inc.ID) {
			best, bestScore, bestWhy = e, score, why
		}
	}
	if f.story != 0 {
		for _, e := range l.byStory[f.story].withoutOwn(docID) {
			if e.inc.Category == f.category {
				consider(e)
			}
		}
	}
	if !f.hasDay {
		// Neither the text nor the publication gives a date: only other
		// undated reports can match, on a shared named party (see pair).
		for _, w := range partyWords(f) {
			for _, e := range l.undated[partyKey{f.category, w}] {
				consider(e)
			}
		}
		return best, bestWhy.String()
	}
	// The widest gap pair allows with any other report's window.
	reach := max(f.window, windowFor(sitrep.TimeMonth)) * l.cfg.WindowDays
	words := partyWords(f)
	for w := week(f.day - reach); w <= week(f.day+reach); w++ {
		if f.hasPlace {
			for _, e := range l.byPlace[weekKey{f.category, w, countryKey(f)}].withoutOwn(docID) {
				consider(e)
			}
		}
		for _, word := range words {
			for _, e := range l.byParty[weekKey{f.category, w, word}].withoutOwn(docID) {
				consider(e)
			}
		}
	}
	return best, bestWhy.String()
}

// A bucket lists incidents under one key of byPlace, byParty or byStory, in
// the order they were added: index moves an incident to the end of its
// byPlace and byParty buckets whenever it gains a report, and byStory adds
// it once, when it gains the story's first. Those from ownFrom on were
// added as they gained a report from document ownDoc, so ownDoc is among
// their documents.
type bucket struct {
	entries []*entry
	ownDoc  string
	ownFrom int
}

// add appends e, which has just gained a report (or, replayed, last
// gained one) from document e.lastDoc().
func (b *bucket) add(e *entry) {
	if doc := e.lastDoc(); b.ownDoc != doc {
		b.ownDoc, b.ownFrom = doc, len(b.entries)
	}
	b.entries = append(b.entries, e)
}

// addTo adds e to the bucket of key k in m, making the bucket if need be.
func addTo[K comparable](m map[K]*bucket, k K, e *entry) {
	b := m[k]
	if b == nil {
		b = &bucket{}
		m[k] = b
	}
	b.add(e)
}

// remove takes e out of the bucket, if it is there.
func (b *bucket) remove(e *entry) {
	if b == nil {
		return
	}
	for i, x := range b.entries {
		if x == e {
			b.entries = append(b.entries[:i:i], b.entries[i+1:]...)
			if i < b.ownFrom {
				b.ownFrom--
			}
			return
		}
	}
}

// withoutOwn returns the bucket's incidents without those at its end that
// document docID has made or joined, which match would pass over anyway
// (an article's events do not join each other's incidents). Without this,
// a long article compared each event with all of them, the square of its
// events: 12-18 s of linking a 15.5 MB text's 39,144 events with the docs
// map, then 3 s with a walk back over the run of them at each lookup.
func (b *bucket) withoutOwn(docID string) []*entry {
	if b == nil {
		return nil
	}
	if b.ownDoc == docID {
		return b.entries[:b.ownFrom]
	}
	return b.entries
}

// compatible compares an event with every report of an incident; it joins
// if it is compatible with at least half of them, so that an incident
// cannot drift through a chain of reports each like only the previous one.
// The score, lower for closer matches, is that of the closest report.
func (l *Linker) compatible(f features, e *entry) (score float64, why pairing, ok bool) {
	score = math.Inf(1)
	good := 0
	for _, g := range e.features {
		s, w, pairOK := l.pair(f, g)
		if !pairOK {
			continue
		}
		good++
		if s < score {
			score, why = s, w
		}
	}
	return score, why, good > 0 && 2*good >= len(e.features)
}

// pairing is why two events may be one incident, formatted by String
// only for the match chosen.
type pairing struct {
	category   sitrep.Category
	km         float64
	hasPlaces  bool // both have a place, km apart
	gap        int  // days apart
	fDay, gDay bool // each is dated
	named      shared
	together   bool // same story
	known      bool // a pairing was made
}

// String says why, as Report.Reason does.
func (p pairing) String() string {
	if !p.known {
		return ""
	}
	where := "no place on one side"
	if p.hasPlaces {
		where = fmt.Sprintf("%.0f km apart", p.km)
	}
	when := fmt.Sprintf("%d days apart", p.gap)
	switch {
	case !p.fDay && !p.gDay:
		when = "both undated"
	case !p.fDay || !p.gDay:
		when = "undated on one side"
	}
	why := fmt.Sprintf("same category %s, %s, %s", p.category, where, when)
	if p.named.how != "" {
		why += ", " + p.named.String()
	}
	if p.together {
		why += ", same story"
	}
	return why
}

// pair decides whether two events may be one incident: compatible category
// and mode, dates within the coarser precision's window, places within the
// coarser precision's radius, and compatible actors and targets.
func (l *Linker) pair(f, g features) (float64, pairing, bool) {
	if f.category != g.category || f.mode != "" && g.mode != "" && f.mode != g.mode {
		return 0, pairing{}, false
	}
	actorsOK, actorsWhy, actorStrong := sameParty(f.actor, g.actor)
	targetsOK, targetsWhy, targetStrong := sameParty(f.target, g.target)
	if actorsOK && !targetsOK && actorStrong && contestedVictims(f.target, g.target) && countsOverlap(f.dead, g.dead) {
		// The named actor's own version has fighters hit where others
		// count civilians: one incident, whose claims disagree, if the
		// dead they count can be the same ("a house in Rafah killed 12
		// civilians" and "a Hamas command post in Rafah, killing three
		// militants" are two strikes).
		targetsOK = true
	}
	if !actorsOK || !targetsOK {
		return 0, pairing{}, false
	}
	named := actorsWhy
	if named.how == "" {
		named = targetsWhy
	}
	// Articles of one story report one incident (story.go): that stands in
	// for a missing date, or for a named party when both give places, but
	// never against a conflicting date, place or party, and never for both
	// a place and a party: a story can be as broad as a primary campaign,
	// and a category as broad as AGREE.
	together := f.story != 0 && f.story == g.story
	// Only the same named party, not merely the same country, may stand in
	// for a missing date or place.
	var strong shared
	switch {
	case actorStrong:
		strong = actorsWhy
	case targetStrong:
		strong = targetsWhy
	}
	gap := 0
	switch {
	case f.hasDay && g.hasDay:
		gap = abs(f.day - g.day)
		if gap > max(f.window, g.window)*l.cfg.WindowDays {
			return 0, pairing{}, false
		}
	case f.hasDay != g.hasDay:
		if !together {
			return 0, pairing{}, false
		}
	default:
		// Both undated: a shared named party, or the same story, and
		// places within reach (below) must stand in for the date.
		if strong.how == "" && !together || !f.hasPlace || !g.hasPlace {
			return 0, pairing{}, false
		}
		// The story alone, with places known only to the country, would
		// tie every undated statement of a national campaign together.
		if strong.how == "" && max(f.precision, g.precision) == sitrep.PrecisionCountry {
			return 0, pairing{}, false
		}
	}
	var (
		km      float64
		placeOK bool
	)
	switch {
	case f.hasPlace && g.hasPlace:
		km = Distance(f.lat, f.lon, g.lat, g.lon)
		limit := l.radius(max(f.precision, g.precision))
		switch max(f.precision, g.precision) {
		case sitrep.PrecisionCountry:
			placeOK = f.country == g.country
		case sitrep.PrecisionAdmin1:
			placeOK = f.country == g.country && km <= limit
		default:
			// Reports placed in different countries do not link, even
			// across a border: the index finds candidates by country, and
			// the rule must not depend on how a candidate was found.
			placeOK = f.country == g.country && km <= limit
		}
	default:
		// Without a place on one side, only a named party shared by both
		// can tie the events together.
		placeOK = strong.how != ""
		km = 3 * l.cfg.RadiusKm // ranks below any match by place
	}
	if !placeOK {
		return 0, pairing{}, false
	}
	why := pairing{category: f.category, km: km, hasPlaces: f.hasPlace && g.hasPlace, gap: gap,
		fDay: f.hasDay, gDay: g.hasDay, named: named, together: together, known: true}
	return km/l.cfg.RadiusKm + float64(gap), why, true
}

// radius is the linking distance for a geo precision: the town radius for
// a town, twice it near a town, six times for a province, and any distance
// within the country.
func (l *Linker) radius(p sitrep.GeoPrecision) float64 {
	switch p {
	case sitrep.PrecisionTown:
		return l.cfg.RadiusKm
	case sitrep.PrecisionNear:
		return 2 * l.cfg.RadiusKm
	case sitrep.PrecisionAdmin1:
		return 6 * l.cfg.RadiusKm
	}
	return math.Inf(1)
}

// windowFor is the number of days either side that a date of precision p
// may be from another: 1 for a day (reports say "on Monday" of a strike late
// on Sunday), 7 for a week, 31 for a month.
func windowFor(p sitrep.TimePrecision) int {
	switch p {
	case sitrep.TimeDay:
		return 1
	case sitrep.TimeWeek:
		return 7
	case sitrep.TimeMonth:
		return 31
	}
	return 7 // from the publication date alone
}

// contestedVictims reports whether two targets are civilians and an armed
// party, as an attacker and the attacked side describe one strike: "the
// strike hit a weapons depot used by the Houthis" and "killed 20 civilians".
func contestedVictims(a, b string) bool {
	civilian := func(c string) bool { return isCode(c) && actor.SectorOf(c) == "CVL" }
	armed := func(c string) bool { return isCode(c) && actor.Armed(c) }
	return civilian(a) && armed(b) || armed(a) && civilian(b)
}

// countsOverlap reports whether two death counts can be of the same dead:
// one is missing, or their ranges overlap.
func countsOverlap(a, b *sitrep.Count) bool {
	if a == nil || b == nil {
		return true
	}
	return (a.Open || b.Min <= a.Max) && (b.Open || a.Min <= b.Max)
}

// sameParty reports whether two actors (or targets) may be the same party:
// either is unknown, they are equal, their codes share a country, or their
// names share a word of four letters or more. why says what they share, if
// anything; strong reports that it is a named party itself, not only its
// country or a kind of party: a code with a country ("USAMIL", not "CVL"),
// or a shared capitalized word ("Reid" in "Tara Reid" and "Reid").
func sameParty(a, b string) (ok bool, why shared, strong bool) {
	if a == "" || b == "" {
		return true, shared{}, false
	}
	aCode, bCode := isCode(a), isCode(b)
	if aCode && bCode {
		if a == b {
			return true, shared{"same party", a}, len(a) >= 6
		}
		if len(a) >= 3 && len(b) >= 3 && a[:3] == b[:3] {
			return true, shared{"same country", a[:3]}, false
		}
		return false, shared{}, false
	}
	if aCode != bCode {
		return true, shared{}, false // a code and a name cannot be compared
	}
	if strings.EqualFold(a, b) {
		return true, shared{"same name", a}, capitalized(a)
	}
	for w := range strings.FieldsSeq(a) {
		if len(w) <= 3 {
			continue
		}
		for v := range strings.FieldsSeq(b) {
			if strings.EqualFold(w, v) {
				return true, shared{"both name", w}, capitalized(w) && capitalized(v)
			}
		}
	}
	return false, shared{}, false
}

// shared is what two parties share, as sameParty finds it: "same party
// USAMIL", "both name Reid"; zero if nothing.
type shared struct{ how, what string }

func (s shared) String() string {
	if s.how == "" {
		return ""
	}
	return s.how + " " + s.what
}

// capitalized reports whether s starts with an upper-case letter.
func capitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isCode reports whether s is an actor code: no space, no lower-case
// letter.
func isCode(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			// ASCII, as codes and most names are: linking compares every
			// report's parties with each new one's.
			if r == ' ' || 'a' <= r && r <= 'z' {
				return false
			}
		} else if unicode.ToUpper(r) != r {
			return false
		}
	}
	return s != ""
}

func (l *Linker) index(e *entry) {
	for _, k := range e.keys() {
		m := l.byParty
		if k.place {
			m = l.byPlace
		}
		addTo(m, k.weekKey, e)
	}
	for _, f := range e.features {
		if f.hasDay {
			continue
		}
		for _, w := range partyWords(f) {
			if e.listed == nil {
				e.listed = map[string]bool{}
			}
			if !e.listed[w] {
				e.listed[w] = true
				k := partyKey{e.inc.Category, w}
				list := append(l.undated[k], e)
				// The most recent maxUndated: an undated report is
				// compared with a bounded number of others, however
				// common its party's name.
				if len(list) > 2*maxUndated {
					list = append(list[:0:0], list[len(list)-maxUndated:]...)
				}
				l.undated[k] = list
			}
		}
	}
}

// maxUndated bounds how many incidents Linker.undated keeps for a party.
const maxUndated = 64

func (l *Linker) unindex(e *entry) {
	for _, k := range e.keys() {
		m := l.byParty
		if k.place {
			m = l.byPlace
		}
		m[k.weekKey].remove(e)
	}
}

// indexKey is where Linker.index lists an incident.
type indexKey struct {
	weekKey
	place bool // in byPlace, else in byParty
}

// keys returns the distinct byPlace and byParty keys of the entry's dated
// reports.
func (e *entry) keys() []indexKey {
	var out []indexKey
	add := func(k indexKey) {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	for _, f := range e.features {
		if !f.hasDay {
			continue
		}
		w := week(f.day)
		if f.hasPlace {
			add(indexKey{weekKey{e.inc.Category, w, countryKey(f)}, true})
		}
		for _, word := range partyWords(f) {
			add(indexKey{weekKey{e.inc.Category, w, word}, false})
		}
	}
	return out
}

// partyWords returns the keys by which a shared named party can be found,
// as sameParty compares parties strongly: a code with a country whole, a
// name by its capitalized words of four letters or more, and a capitalized
// name also whole (sameParty accepts an exact match of any name: "Abu Ali").
func partyWords(f features) []string {
	var out []string
	for _, p := range []string{f.actor, f.target} {
		switch {
		case p == "":
		case isCode(p):
			if len(p) >= 6 {
				out = append(out, p)
			}
		default:
			for _, w := range strings.Fields(p) {
				if len(w) > 3 && capitalized(w) {
					out = append(out, strings.ToLower(w))
				}
			}
			if capitalized(p) && (strings.ContainsRune(p, ' ') || len(p) <= 3) {
				out = append(out, strings.ToLower(p))
			}
		}
	}
	return out
}

// lastDoc returns the document of e's latest report.
func (e *entry) lastDoc() string {
	if n := len(e.inc.Reports); n > 0 {
		return e.inc.Reports[n-1].Document
	}
	return ""
}

// addToStory lists incident e under story id, once.
func (l *Linker) addToStory(id int64, e *entry) {
	if slices.Contains(e.stories, id) {
		return
	}
	e.stories = append(e.stories, id)
	addTo(l.byStory, id, e)
}

func containsInt(s []int, x int) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// add appends a report to the incident and updates what it derives.
func (e *entry) add(f features, r sitrep.Report, doc *sitrep.Document, ev *sitrep.Event) {
	inc := e.inc
	e.features = append(e.features, f)
	e.docs[r.Document] = true
	inc.Reports = append(inc.Reports, r)
	if inc.Mode == "" {
		inc.Mode = f.mode
	}
	if f.hasPlace && (inc.GeoPrecision == 0 || f.precision < inc.GeoPrecision) {
		p := doc.Places[ev.Place]
		inc.Place, inc.Country, inc.Lat, inc.Lon, inc.GeoPrecision = p.Name, p.Country, p.Lat, p.Lon, p.Precision
	}
	if f.hasDay {
		day := dayString(f.day)
		if inc.First == "" || day < inc.First {
			inc.First = day
		}
		if inc.Last == "" || day > inc.Last {
			inc.Last = day
		}
		if p := ev.Date.Precision; p != 0 && (inc.TimePrecision == 0 || p < inc.TimePrecision) {
			inc.TimePrecision = p
		}
	}
	inc.Actors = addParty(inc.Actors, f.actor)
	inc.Targets = addParty(inc.Targets, f.target)
	inc.Dead = Casualties(inc.Reports, func(r *sitrep.Report) *sitrep.Count { return r.Dead })
	inc.Injured = Casualties(inc.Reports, func(r *sitrep.Report) *sitrep.Count { return r.Injured })
	inc.Status = Status(inc.Reports)
}

func addParty(list []string, p string) []string {
	if p == "" {
		return list
	}
	for _, x := range list {
		if x == p {
			return list
		}
	}
	list = append(list, p)
	sort.Strings(list)
	return list
}

func dayString(d int) string {
	return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02")
}

func eventFeatures(doc *sitrep.Document, ev *sitrep.Event) features {
	f := features{category: ev.Category, mode: ev.Mode, window: windowFor(ev.Date.Precision),
		actor: party(doc, ev.Actor), target: party(doc, ev.Target), dead: figure(doc, ev.Dead)}
	// A bare year is too coarse to tell incidents apart.
	if d, ok := sitrep.DayNumber(ev.Date.Value); ok && len(ev.Date.Value) > 4 {
		f.day, f.hasDay = d, true
	} else if !doc.Meta.Published.IsZero() {
		f.day, f.hasDay, f.window = publishedDay(doc.Meta.Published), true, windowFor(0)
	}
	if ev.Place >= 0 && ev.Place < len(doc.Places) {
		p := doc.Places[ev.Place]
		f.hasPlace, f.lat, f.lon, f.precision, f.country, f.admin1 = true, p.Lat, p.Lon, p.Precision, p.Country, p.Admin1
		if f.precision == 0 {
			f.precision = sitrep.PrecisionCountry
		}
	}
	return f
}

// publishedDay is the day number of a publication time, in UTC.
func publishedDay(t time.Time) int {
	t = t.UTC()
	return int(time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// party names an event argument for comparison: its entity's actor code,
// else its name as written, white space normalized.
func party(doc *sitrep.Document, a sitrep.Argument) string {
	if a.Entity >= 0 && a.Entity < len(doc.Entities) && doc.Entities[a.Entity].Actor != "" {
		return doc.Entities[a.Entity].Actor
	}
	name := ""
	if a.Entity >= 0 && a.Entity < len(doc.Entities) {
		if m := doc.Entities[a.Entity].Name; m >= 0 && m < len(doc.Mentions) {
			name = doc.Mentions[m].Text(doc)
		}
	}
	if name == "" && !a.IsEmpty() && a.End <= len(doc.Text) {
		name = a.Text(doc)
	}
	return strings.Join(strings.Fields(name), " ")
}

// makeReport records what document doc says about its event i.
func makeReport(doc *sitrep.Document, i int) sitrep.Report {
	ev := &doc.Events[i]
	r := sitrep.Report{Document: doc.ID, Event: i, Source: doc.Meta.Source, Published: doc.Meta.Published,
		Date: ev.Date.Value, Actor: party(doc, ev.Actor), Target: party(doc, ev.Target),
		Dead: figure(doc, ev.Dead), Injured: figure(doc, ev.Injured)}
	if ev.Place >= 0 && ev.Place < len(doc.Places) {
		r.Place = doc.Places[ev.Place].Name
	}
	r.Evidence = clip(sitrep.EventSentence(doc, ev), 400)
	for _, c := range ev.Claims {
		rc := sitrep.ReportClaim{Stance: c.Stance}
		if c.By >= 0 && c.By < len(doc.Entities) {
			rc.By = party(doc, sitrep.Argument{Entity: c.By, Mention: -1})
			// Claiming oneself the actor is the actor's own word too: the
			// second of "Hezbollah and Hamas claimed responsibility".
			rc.Self = c.By == ev.Actor.Entity || rc.By != "" && rc.By == r.Actor ||
				c.Stance == sitrep.StanceConfirm && c.By == c.Actor
		}
		if c.Actor >= 0 && c.Actor < len(doc.Entities) {
			rc.Actor = party(doc, sitrep.Argument{Entity: c.Actor, Mention: -1})
		}
		if c.Attribution >= 0 && c.Attribution < len(doc.Attributions) {
			rc.Text = clip(doc.Attributions[c.Attribution].Text(doc), 400)
		}
		r.Claims = append(r.Claims, rc)
	}
	return r
}

func figure(doc *sitrep.Document, i int) *sitrep.Count {
	if i < 0 || i >= len(doc.Figures) {
		return nil
	}
	c := doc.Figures[i].Count
	return &c
}

// clip shortens s to at most n bytes, on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Distance returns the great-circle distance in km between two points given
// in degrees.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const earthKm = 6371.0
	rad := math.Pi / 180
	dLat, dLon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthKm * math.Asin(math.Min(1, math.Sqrt(a)))
}
