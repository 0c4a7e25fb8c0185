package incident

import (
	"cmp"
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// A story is a cluster of articles that report the same incident, found by
// report-level similarity (docs/incidents.md, "Stories"): the names they
// share, weighted by rarity, their places, their content words, their
// dates and figures, and the events they report. Stories link articles
// even when the event stage finds no event in them, or types the same
// action differently in each.
type story struct {
	id      int64
	members []*report // the most recent maxMembers articles, oldest first
	days    []int     // day-precise dates of its articles' linkable events
}

// maxMembers bounds how many of a story's articles a new one is compared
// with: the most recent ones, as a story's reports cluster in time.
const maxMembers = 10

// linkage is how many of those an article's similarity to a story
// averages: its best matches. One (single linkage) lets one stray member
// pull in another incident, and a story drift through a chain of articles
// each like only the previous one; all ten (average linkage) keeps out a
// report of a side of the incident the story has not covered yet.
// Chosen on ECB+ topics 1–17 (docs/incidents.md, "Measured").
const linkage = 3

// A termKind is a block of the report vector, each compared by its own
// cosine and weighted in the score.
type termKind byte

const (
	kindName    termKind = iota // a named party's name, or a word of a person's name
	kindPlace                   // a GeoNames id
	kindContent                 // a content word of the text
	kindDate                    // a calendar date or year the text names
	kindNumber                  // a quantity the text gives: a toll, a sum, a score
	kindEvent                   // an event the article reports: its category and trigger
	numKinds
)

// kindWeight weighs each block's cosine in the report similarity.
// Similarity divides by the weights of the blocks both articles have, so
// the score is in [0, 1].
var kindWeight = [numKinds]float64{kindName: 0.45, kindPlace: 0.15, kindContent: 0.3, kindDate: 0.1,
	kindNumber: 0.1, kindEvent: 0.1}

// report is what story linking compares about one article.
type report struct {
	// terms counts each kind's terms, in the order the article first has
	// them; an article in a story keeps only the keptTerms heaviest.
	terms [numKinds][]termCount
	// text is the text of each term, in the order of terms, for the
	// article's story record (Linker.Story); nil once in a story, so that
	// a story does not keep its articles' texts.
	text [numKinds][]string
	days []int // day-precise dates of its linkable events, ascending
	// vec is terms weighted by TF-IDF and normalized to unit length per
	// kind, as of when weightedAt articles had been seen; it is weighed
	// again when the corpus has doubled since.
	vec        vector
	weightedAt int
}

// A term is a hash of its kind and text (termHash): story linking
// compares terms, and counts their document frequencies, by number.
type termCount struct {
	term uint64
	slot uint32 // of its document frequency in stories.df, set by stories.add
	c    float64
}

// vector holds the weights of an article's terms, each kind's sorted by
// term, in one slice: kind k's are w[at[k]:at[k+1]].
type vector struct {
	w  []weight
	at [numKinds + 1]int32
}

// kind returns the weights of kind k.
func (v *vector) kind(k termKind) []weight { return v.w[v.at[k]:v.at[k+1]] }

type weight struct {
	term uint64
	w    float64
}

// stories holds the story clusters and the document frequencies they are
// weighted by. Not safe for concurrent use.
type stories struct {
	threshold float64
	byDoc     map[string]int64 // article ID → story ID
	// byTerm lists the most recent maxPerKey stories holding each name or
	// place term: the candidates an article is compared with. Older
	// stories drop out of it, and out of memory.
	byTerm map[uint64][]*story
	slots  map[uint64]uint32 // term → its slot in df
	df     []int32           // articles seen with each term, by slot
	n      int               // articles seen
	nextID int64
	// scratch, reused from article to article
	bag    bag
	scored []scored
	table  table
}

func newStories(threshold float64) *stories {
	return &stories{threshold: threshold, byDoc: map[string]int64{}, byTerm: map[uint64][]*story{},
		slots: map[uint64]uint32{}, nextID: 1, bag: bag{index: map[uint64]int32{}}}
}

// add places an article in the story it is most similar to, if the
// similarity reaches the threshold and nothing vetoes it, else in a new
// story, and returns the story with the score and why.
func (s *stories) add(docID string, r report) (*story, float64, string) {
	if id, ok := s.byDoc[docID]; ok {
		return &story{id: id}, 1, "already linked"
	}
	r.text = [numKinds][]string{}
	s.n++
	for k := range r.terms {
		for i := range r.terms[k] {
			t := &r.terms[k][i]
			slot, ok := s.slots[t.term]
			if !ok {
				slot = uint32(len(s.df))
				s.slots[t.term] = slot
				s.df = append(s.df, 0)
			}
			t.slot = slot
			s.df[slot]++
		}
	}
	s.weighAndPrune(&r, true)
	s.table.fill(&r)
	var (
		best      *story
		bestScore float64
	)
	for _, st := range s.candidates(&r) {
		if vetoed(&r, st) {
			continue
		}
		score := s.similarity(st)
		if score > bestScore || score == bestScore && best != nil && st.id < best.id {
			best, bestScore = st, score
		}
	}
	why := ""
	if best == nil || bestScore < s.threshold {
		best = &story{id: s.nextID}
		s.nextID++
		why = "new story"
	} else {
		why = fmt.Sprintf("report similarity %.2f", bestScore)
	}
	s.byDoc[docID] = best.id
	for _, k := range []termKind{kindName, kindPlace} {
		for _, t := range r.terms[k] {
			if !best.holds(k, t.term) {
				list := append(s.byTerm[t.term], best)
				if len(list) > 2*maxPerKey {
					list = append(list[:0:0], list[len(list)-maxPerKey:]...)
				}
				s.byTerm[t.term] = list
			}
		}
	}
	best.members = append(best.members, &r)
	if len(best.members) > maxMembers {
		best.members = best.members[1:]
	}
	best.days = append(best.days, r.days...)
	return best, bestScore, why
}

// holds reports whether one of the story's articles has the term.
func (st *story) holds(k termKind, term uint64) bool {
	for _, m := range st.members {
		for _, t := range m.terms[k] {
			if t.term == term {
				return true
			}
		}
	}
	return false
}

// Candidates are found through an article's rarest names and places, so
// that the cost of linking one article does not grow with the corpus: at
// most maxKeys terms, each giving its maxPerKey most recent stories.
const (
	maxKeys       = 12
	maxPerKey     = 32
	maxCandidates = 64
)

// candidates returns the stories that share one of the article's rarest
// name or place terms, each once, in the order found.
func (s *stories) candidates(r *report) []*story {
	type key struct {
		term uint64
		df   int32
	}
	var keys []key
	for _, k := range []termKind{kindName, kindPlace} {
		for _, t := range r.terms[k] {
			if len(s.byTerm[t.term]) > 0 { // else no story holds it yet
				keys = append(keys, key{t.term, s.df[t.slot]})
			}
		}
	}
	slices.SortFunc(keys, func(a, b key) int { return cmp.Or(cmp.Compare(a.df, b.df), cmp.Compare(a.term, b.term)) })
	var out []*story
	for i, key := range keys {
		if i == maxKeys {
			break
		}
		list := s.byTerm[key.term]
		for j := len(list) - 1; j >= 0 && j >= len(list)-maxPerKey && len(out) < maxCandidates; j-- {
			if !slices.Contains(out, list[j]) {
				out = append(out, list[j])
			}
		}
	}
	return out
}

// similarity is an article's similarity to a story: the mean of its
// report similarities to the story's linkage most similar recent articles.
// s.table must hold the article's vector.
func (s *stories) similarity(st *story) float64 {
	var top [linkage]float64 // descending
	for _, m := range st.members {
		s.weigh(m)
		x := s.table.similarity(m)
		for i := range top {
			if x > top[i] {
				x, top[i] = top[i], x
			}
		}
	}
	n := min(len(st.members), linkage)
	sum := 0.0
	for _, x := range top[:n] {
		sum += x
	}
	return sum / float64(n)
}

// table holds an article's weighted terms for comparing it with many
// others: an open-addressing hash table, small enough to stay in cache.
// Nine terms looked up in ten are absent: a bitmap of the terms held
// turns most of them away before the table is probed.
type table struct {
	has   [numKinds]bool
	slots []weight // a term and its weight; term 0 for an empty slot
	shift uint8    // slot of a term: the top bits of its product with fibonacci
	held  [1 << heldBits / 64]uint64
}

// heldBits is the number of top bits of a term's product with fibonacci
// that number its bit in table.held.
const heldBits = 12

// fibonacci is 2⁶⁴ divided by the golden ratio: multiplying by it mixes a
// term's bits into the top ones, which FNV leaves poorly mixed at the
// bottom.
const fibonacci = 0x9E3779B97F4A7C15

// fill makes the table hold r's vector.
func (t *table) fill(r *report) {
	for k := termKind(0); k < numKinds; k++ {
		t.has[k] = len(r.vec.kind(k)) > 0
	}
	n := len(r.vec.w)
	size, bits := 16, uint8(4)
	for size < 2*n {
		size, bits = 2*size, bits+1
	}
	if cap(t.slots) < size {
		t.slots = make([]weight, size)
	}
	t.slots = t.slots[:size]
	clear(t.slots)
	clear(t.held[:])
	t.shift = 64 - bits
	mask := uint64(size - 1)
	for _, x := range r.vec.w {
		h := x.term * fibonacci
		t.held[h>>(64-heldBits)/64] |= 1 << (h >> (64 - heldBits) % 64)
		i := h >> t.shift
		for t.slots[i].term != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = x
	}
}

// get returns the weight of a term, 0 if absent.
func (t *table) get(term uint64) float64 {
	h := term * fibonacci
	if t.held[h>>(64-heldBits)/64]&(1<<(h>>(64-heldBits)%64)) == 0 {
		return 0
	}
	slots := t.slots
	mask := uint64(len(slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		switch s := &slots[i]; s.term {
		case term:
			return s.w
		case 0:
			return 0
		}
	}
}

// similarity is the report similarity of the table's article and m: the
// weighted sum of the per-kind cosines. A kind that either lacks leaves
// its weight out of the total, so that an article without places is
// judged by its names and words alone; but names and content words always
// count, as they carry the identity of an incident.
func (t *table) similarity(m *report) float64 {
	var sum, total float64
	for k := termKind(0); k < numKinds; k++ {
		v := m.vec.kind(k)
		if !t.has[k] || len(v) == 0 {
			continue
		}
		total += kindWeight[k]
		dot := 0.0
		for _, x := range v {
			dot += x.w * t.get(x.term)
		}
		sum += kindWeight[k] * dot
	}
	if total == 0 {
		return 0
	}
	return sum / math.Max(total, kindWeight[kindName]+kindWeight[kindContent])
}

// weigh computes r.vec with the IDF of now, unless it was computed when at
// least half as many articles had been seen. A term weighs (1 + log count)
// × IDF: sublinear, so that a name mentioned ten times does not drown the
// rest of its block.
func (s *stories) weigh(r *report) {
	if r.weightedAt > 0 && 2*r.weightedAt >= s.n {
		return
	}
	s.weighAndPrune(r, false)
}

// weighAndPrune weighs r, and if prune is set, drops from r.terms all but
// each kind's keptTerms heaviest terms: an article in a story is weighed
// again as the corpus grows, and its vector will hardly draw on a term that
// was not among its heaviest when it joined.
func (s *stories) weighAndPrune(r *report, prune bool) {
	r.weightedAt = s.n
	logN := math.Log(float64(s.n + 1))
	v := r.vec.w[:0]
	for k := termKind(0); k < numKinds; k++ {
		r.vec.at[k] = int32(len(v))
		terms := s.scored[:0]
		for _, t := range r.terms[k] {
			if t.c < 1 {
				continue
			}
			idf := logN - math.Log(float64(s.df[t.slot]+1)) // smoothed
			if w := (1 + math.Log(t.c)) * idf; w > 0 {
				terms = append(terms, scored{t, w})
			}
		}
		if prune && len(terms) > keptTerms {
			terms = heaviest(terms, keptTerms)
			kept := make([]termCount, len(terms))
			for i, t := range terms {
				kept[i] = t.termCount
			}
			r.terms[k] = kept
		}
		// The heaviest maxTerms terms, which carry nearly all of a cosine,
		// so that comparing two articles costs little; sorted, so that a
		// cosine sums in an order that depends only on the terms.
		if len(terms) > maxTerms {
			terms = heaviest(terms, maxTerms)
		}
		slices.SortFunc(terms, func(a, b scored) int { return cmp.Compare(a.term, b.term) })
		norm := 0.0
		for _, t := range terms {
			norm += t.w * t.w
		}
		norm = math.Sqrt(norm)
		for _, t := range terms {
			v = append(v, weight{t.term, t.w / norm})
		}
		s.scored = terms[:0]
	}
	r.vec.at[numKinds] = int32(len(v))
	r.vec.w = v
}

// scored is a term with its weight.
type scored struct {
	termCount
	w float64
}

// heaviest reorders terms so that the n heaviest come first, ties going by
// term, and returns them, in no particular order (quickselect).
func heaviest(terms []scored, n int) []scored {
	before := func(a, b scored) bool { return a.w > b.w || a.w == b.w && a.term < b.term }
	lo, hi := 0, len(terms)-1
	for lo < hi {
		// Median of three as pivot, moved to hi.
		mid := lo + (hi-lo)/2
		if before(terms[mid], terms[lo]) {
			terms[mid], terms[lo] = terms[lo], terms[mid]
		}
		if before(terms[hi], terms[lo]) {
			terms[hi], terms[lo] = terms[lo], terms[hi]
		}
		if before(terms[mid], terms[hi]) {
			terms[mid], terms[hi] = terms[hi], terms[mid]
		}
		pivot := terms[hi]
		p := lo
		for i := lo; i < hi; i++ {
			if before(terms[i], pivot) {
				terms[i], terms[p] = terms[p], terms[i]
				p++
			}
		}
		terms[p], terms[hi] = terms[hi], terms[p]
		switch {
		case p == n:
			return terms[:n]
		case p < n:
			lo = p + 1
		default:
			hi = p - 1
		}
	}
	return terms[:n]
}

// keptTerms bounds each kind's terms of an article in a story.
const keptTerms = 2 * maxTerms

// maxTerms bounds each kind's vector to its heaviest terms.
const maxTerms = 64

// vetoed reports whether an article's dates clearly conflict with a
// story's: both give day-precise dates for their events and none are within
// a month of each other. (A like veto on the events' places was measured
// and dropped: event places are too often wrong to veto by; see
// docs/incidents.md.)
func vetoed(r *report, st *story) bool {
	if len(r.days) > 0 && len(st.days) > 0 {
		for _, d := range r.days {
			for _, e := range st.days {
				if abs(d-e) <= windowFor(sitrep.TimeMonth) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// makeStoryReport gathers what story linking compares about an article,
// counting terms in the scratch bag b.
func makeStoryReport(b *bag, doc *sitrep.Document) report {
	var r report
	b.start(kindName)
	for _, e := range doc.Entities {
		if e.Name < 0 || e.Name >= len(doc.Mentions) || doc.Mentions[e.Name].Kind != sitrep.MentionName {
			continue
		}
		if e.Type == sitrep.GPE || e.Type == sitrep.LOC {
			continue // places compare by GeoNames id
		}
		name := normalizeName(doc.Mentions[e.Name].Text(doc))
		if name == "" {
			continue
		}
		n := float64(len(e.Mentions))
		b.add(name, n)
		if e.Type == sitrep.PERSON {
			// "Reid" alone elsewhere names the same person as "Tara Reid".
			if i := strings.LastIndexByte(name, ' '); i >= 0 {
				b.add(name[i+1:], n)
			}
		}
	}
	b.finish(&r)
	b.start(kindPlace)
	for _, p := range doc.Places {
		if p.Kind != sitrep.PlaceToponym || p.GeonameID == 0 {
			continue
		}
		b.add(strconv.Itoa(p.GeonameID), 1)
	}
	b.finish(&r)
	b.start(kindContent)
	// The lower-cased text, which the pipeline's stages have made already,
	// gives an ASCII word lower-cased without a new string, if lowering
	// kept every offset.
	lower, sameOffsets := doc.LowerText()
	for _, t := range doc.Tokens {
		if t.Kind != sitrep.TokenWord || t.End-t.Start < 4 {
			continue
		}
		lowered := ""
		if sameOffsets {
			lowered = lower[t.Start:t.End]
		}
		b.addWord(t.Text(doc), lowered)
	}
	b.finish(&r)
	b.start(kindEvent)
	for i := range doc.Events {
		ev := &doc.Events[i]
		if !Linkable(ev) {
			continue
		}
		b.add(string(ev.Category)+" "+strings.ToLower(ev.Text(doc)), 1)
		if ev.Date.Precision != sitrep.TimeDay {
			continue
		}
		if d, ok := sitrep.DayNumber(ev.Date.Value); ok && len(ev.Date.Value) >= 10 && !containsInt(r.days, d) {
			r.days = append(r.days, d)
		}
	}
	slices.Sort(r.days)
	b.finish(&r)
	b.start(kindNumber)
	for _, n := range doc.Numbers {
		b.add(strconv.Itoa(n.Value.Min), 1)
		if !n.Value.Open && n.Value.Max != n.Value.Min {
			b.add(strconv.Itoa(n.Value.Max), 1)
		}
	}
	b.finish(&r)
	b.start(kindDate)
	for _, t := range doc.Times {
		if t.Type != sitrep.TimeDate || len(t.Value) < 4 {
			continue
		}
		// The year, and the day when known: "2013-05-02" counts for
		// "2013" and for itself. Unresolved years ("XXXX-05") are skipped.
		if _, err := strconv.Atoi(t.Value[:4]); err == nil {
			b.add(t.Value[:4], 1)
			if _, ok := sitrep.DayNumber(t.Value); ok && len(t.Value) >= 10 {
				b.add(t.Value[:10], 1)
			}
		}
	}
	b.finish(&r)
	return r
}

// bag counts the terms of one kind of an article.
type bag struct {
	kind  termKind
	index map[uint64]int32 // term → index in terms
	terms []termCount
	text  []string
}

func (b *bag) start(k termKind) {
	b.kind = k
	clear(b.index)
	b.terms, b.text = b.terms[:0], b.text[:0]
}

// add counts n occurrences of a term.
func (b *bag) add(text string, n float64) {
	b.addHash(termHash(b.kind, text), text, n)
}

func (b *bag) addHash(h uint64, text string, n float64) {
	if i, ok := b.index[h]; ok {
		b.terms[i].c += n
		return
	}
	b.index[h] = int32(len(b.terms))
	b.terms = append(b.terms, termCount{term: h, c: n})
	b.text = append(b.text, text)
}

// addWord counts a content word, lower-cased, unless it is a stop word.
// An ASCII word is hashed as it is lowered, and lowered into a new string
// only the first time the article has it, unless lowered holds it
// lower-cased already.
func (b *bag) addWord(w, lowered string) {
	h, ascii := lowerHash(b.kind, w)
	if !ascii {
		w = strings.ToLower(w)
		h = termHash(b.kind, w)
	}
	if stopWords[h] {
		return
	}
	if i, ok := b.index[h]; ok {
		b.terms[i].c++
		return
	}
	switch {
	case ascii && lowered != "":
		w = lowered
	case ascii:
		w = strings.ToLower(w)
	}
	b.addHash(h, w, 1)
}

// finish stores the terms counted in r.
func (b *bag) finish(r *report) {
	r.terms[b.kind], r.text[b.kind] = slices.Clone(b.terms), slices.Clone(b.text)
}

// termHash numbers a term of a kind: FNV-1a over the kind and the text.
// Two of n terms share a number with probability about n²/2⁶⁵, under one
// in a million for five million terms.
func termHash(k termKind, s string) uint64 {
	h := (fnvOffset ^ uint64(k)) * fnvPrime
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return nonzero(h)
}

// nonzero keeps 0 free to mark an empty slot of a table.
func nonzero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

// lowerHash is termHash of s lower-cased, if s is ASCII; ascii is false,
// and h meaningless, otherwise.
func lowerHash(k termKind, s string) (h uint64, ascii bool) {
	h = (fnvOffset ^ uint64(k)) * fnvPrime
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return 0, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return nonzero(h), true
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// profileJSON is how a report's terms and days are stored (Linker.Story):
// all of them, not the weighted vectors, which depend on the corpus and are
// weighed again on restore as they were in the run that made them.
type profileJSON struct {
	Names   map[string]float64 `json:"n,omitempty"`
	Places  map[string]float64 `json:"p,omitempty"`
	Content map[string]float64 `json:"c,omitempty"`
	Dates   map[string]float64 `json:"d,omitempty"`
	Numbers map[string]float64 `json:"x,omitempty"`
	Events  map[string]float64 `json:"e,omitempty"`
	Days    []int              `json:"days,omitempty"`
}

// encodeProfile serializes what story linking compares about an article,
// as a profileJSON, each kind's terms in the order the article first has
// them. Counts are written in the shortest form that reads back exactly.
// (It writes the JSON itself: encoding/json, sorting map keys, took more
// time than linking the article.)
func encodeProfile(r *report) ([]byte, error) {
	b := make([]byte, 0, 4096)
	b = append(b, '{')
	for _, k := range [...]termKind{kindName, kindPlace, kindContent, kindDate, kindNumber, kindEvent} {
		if len(r.terms[k]) == 0 {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, '"', profileKey[k], '"', ':', '{')
		for i, t := range r.terms[k] {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = appendJSONString(b, r.text[k][i]); err != nil {
				return nil, err
			}
			b = append(b, ':')
			b = appendCount(b, t.c)
		}
		b = append(b, '}')
	}
	if len(r.days) > 0 {
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = append(b, `"days":[`...)
		for i, d := range r.days {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendInt(b, int64(d), 10)
		}
		b = append(b, ']')
	}
	return append(b, '}'), nil
}

// appendCount appends a term count in the shortest form that reads back
// exactly, as strconv's 'g' format with precision -1 writes it. Counts are
// nearly always whole numbers, which 'g' writes as integers below 1e6 (in
// exponent form from 1e6 on): those take strconv's faster path for
// integers.
func appendCount(b []byte, c float64) []byte {
	if c > 0 && c < 1e6 && c == math.Trunc(c) {
		return strconv.AppendInt(b, int64(c), 10)
	}
	return strconv.AppendFloat(b, c, 'g', -1, 64)
}

// profileKey is the profileJSON key of each kind.
var profileKey = [numKinds]byte{kindName: 'n', kindPlace: 'p', kindContent: 'c', kindDate: 'd', kindNumber: 'x', kindEvent: 'e'}

// appendJSONString appends s as a JSON string.
func appendJSONString(b []byte, s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			q, err := json.Marshal(s)
			return append(b, q...), err
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"'), nil
}

// decodeProfile is the inverse of encodeProfile.
func (s *stories) decodeProfile(data []byte) (report, error) {
	var p profileJSON
	if err := json.Unmarshal(data, &p); err != nil {
		return report{}, err
	}
	r := report{days: p.Days}
	b := &s.bag
	for k, m := range [numKinds]map[string]float64{kindName: p.Names, kindPlace: p.Places,
		kindContent: p.Content, kindDate: p.Dates, kindNumber: p.Numbers, kindEvent: p.Events} {
		b.start(termKind(k))
		for t, c := range m {
			b.add(t, c)
		}
		b.finish(&r)
	}
	return r, nil
}

// normalizeName lower-cases a name and keeps its words; it returns "" for
// a name without two letters.
func normalizeName(s string) string {
	letters := 0
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		if unicode.IsLetter(r) {
			letters++
			return false
		}
		return !unicode.IsDigit(r) && r != '\'' && r != '-'
	})
	if letters < 2 {
		return ""
	}
	return strings.Join(f, " ")
}

//go:embed stopwords.txt
var stopWordsText string

// stopWords are the words content similarity ignores, by termHash.
var stopWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, line := range strings.Split(stopWordsText, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[termHash(kindContent, w)] = true
		}
	}
	return m
}()
