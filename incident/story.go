package incident

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
)

// A story is a cluster of articles that report the same incident, found by
// report-level similarity (docs/incidents.md, "Stories"): the names they
// share, weighted by rarity, their places, their content words and their
// dates. Stories link articles even when the event stage finds no event in
// them, or types the same action differently in each.
type story struct {
	id      int64
	members []*report // the most recent maxMembers articles, oldest first
	days    []int     // day-precise dates of its articles' linkable events
}

// maxMembers bounds how many of a story's articles a new one is compared
// with: the most recent ones, as a story's reports cluster in time.
const maxMembers = 10

// A termKind is a block of the report vector, each compared by its own
// cosine and weighted in the score.
type termKind int

const (
	kindName    termKind = iota // a named party's name, or a word of a person's name
	kindPlace                   // a GeoNames id
	kindContent                 // a content word of the text
	kindDate                    // a calendar date or year the text names
	numKinds
)

// kindWeight weighs each block's cosine in the report similarity; they sum
// to 1, so the score is in [0, 1].
var kindWeight = [numKinds]float64{kindName: 0.45, kindPlace: 0.15, kindContent: 0.3, kindDate: 0.1}

// report is what story linking compares about one article.
type report struct {
	terms [numKinds]map[string]float64 // term counts
	days  []int                        // day-precise dates of its linkable events, ascending
	// vec is terms weighted by IDF and normalized to unit length per
	// kind, as of when weightedAt articles had been seen; it is weighed
	// again when the corpus has doubled since.
	vec        [numKinds]sparse
	weightedAt int
}

// sparse is a vector of term weights, sorted by term ID.
type sparse []weight

type weight struct {
	term uint32 // from stories.ids of its kind
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
	byTerm map[string][]*story
	df     [numKinds]map[string]int
	ids    [numKinds]map[string]uint32 // a number for every term seen
	n      int                         // articles seen
	nextID int64
}

func newStories(threshold float64) *stories {
	s := &stories{threshold: threshold, byDoc: map[string]int64{}, byTerm: map[string][]*story{}, nextID: 1}
	for k := range s.df {
		s.df[k] = map[string]int{}
		s.ids[k] = map[string]uint32{}
	}
	return s
}

// add places an article in the story it is most similar to, if the
// similarity reaches the threshold and nothing vetoes it, else in a new
// story, and returns the story with the score and why.
func (s *stories) add(docID string, r report) (*story, float64, string) {
	if id, ok := s.byDoc[docID]; ok {
		return &story{id: id}, 1, "already linked"
	}
	s.n++
	for k := range r.terms {
		for t := range r.terms[k] {
			s.df[k][t]++
		}
	}
	s.weigh(&r)
	var (
		best      *story
		bestScore float64
	)
	for _, st := range s.candidates(&r) {
		if vetoed(&r, st) {
			continue
		}
		score := s.similarity(&r, st)
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
		for t := range r.terms[k] {
			if !best.holds(k, t) {
				list := append(s.byTerm[key(k, t)], best)
				if len(list) > 2*maxPerKey {
					list = append(list[:0:0], list[len(list)-maxPerKey:]...)
				}
				s.byTerm[key(k, t)] = list
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
func (st *story) holds(k termKind, t string) bool {
	for _, m := range st.members {
		if _, ok := m.terms[k][t]; ok {
			return true
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
	type term struct {
		key string
		df  int
	}
	var terms []term
	for _, k := range []termKind{kindName, kindPlace} {
		for t := range r.terms[k] {
			if len(s.byTerm[key(k, t)]) > 0 { // else no story holds it yet
				terms = append(terms, term{key(k, t), s.df[k][t]})
			}
		}
	}
	sort.Slice(terms, func(i, j int) bool {
		if terms[i].df != terms[j].df {
			return terms[i].df < terms[j].df
		}
		return terms[i].key < terms[j].key
	})
	var out []*story
	seen := map[*story]bool{}
	for i, t := range terms {
		if i == maxKeys {
			break
		}
		list := s.byTerm[t.key]
		for j := len(list) - 1; j >= 0 && j >= len(list)-maxPerKey && len(out) < maxCandidates; j-- {
			if !seen[list[j]] {
				seen[list[j]] = true
				out = append(out, list[j])
			}
		}
	}
	return out
}

func key(k termKind, t string) string { return string(rune('0'+k)) + t }

// similarity is the mean report similarity between an article and the
// story's articles: average linkage, so that a story cannot drift through
// a chain of articles each like only the previous one, and a broad story
// does not attract every article that shares one of its many names.
func (s *stories) similarity(r *report, st *story) float64 {
	sum := 0.0
	for _, m := range st.members {
		s.weigh(m)
		sum += pairSimilarity(r, m)
	}
	return sum / float64(len(st.members))
}

// pairSimilarity is the weighted sum of the per-kind cosines of two
// articles. A kind that either lacks leaves its weight out of the total,
// so that an article without places is judged by its names and words
// alone; but names and content words always count, as they carry the
// identity of an incident.
func pairSimilarity(a, b *report) float64 {
	var sum, total float64
	for k := termKind(0); k < numKinds; k++ {
		if len(a.vec[k]) == 0 || len(b.vec[k]) == 0 {
			continue
		}
		total += kindWeight[k]
		sum += kindWeight[k] * dot(a.vec[k], b.vec[k])
	}
	if total == 0 {
		return 0
	}
	return sum / math.Max(total, kindWeight[kindName]+kindWeight[kindContent])
}

// dot is the dot product of two sparse vectors.
func dot(a, b sparse) float64 {
	sum := 0.0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].term < b[j].term:
			i++
		case a[i].term > b[j].term:
			j++
		default:
			sum += a[i].w * b[j].w
			i++
			j++
		}
	}
	return sum
}

// weigh computes r.vec with the IDF of now, unless it was computed when at
// least half as many articles had been seen.
func (s *stories) weigh(r *report) {
	if r.weightedAt > 0 && 2*r.weightedAt >= s.n {
		return
	}
	r.weightedAt = s.n
	type termWeight struct {
		term string
		w    float64
	}
	for k := termKind(0); k < numKinds; k++ {
		terms := make([]termWeight, 0, len(r.terms[k]))
		for t, c := range r.terms[k] {
			if w := c * s.idf(k, t); w > 0 {
				terms = append(terms, termWeight{t, w})
			}
		}
		// The heaviest maxTerms terms, which carry nearly all of a cosine,
		// so that comparing two articles costs little. Ties go by term, so
		// that neither the choice nor the term numbers depend on map order.
		sort.Slice(terms, func(i, j int) bool {
			if terms[i].w != terms[j].w {
				return terms[i].w > terms[j].w
			}
			return terms[i].term < terms[j].term
		})
		if len(terms) > maxTerms {
			terms = terms[:maxTerms]
		}
		v := make(sparse, len(terms))
		norm := 0.0
		for i, t := range terms {
			v[i] = weight{s.id(k, t.term), t.w}
			norm += t.w * t.w
		}
		norm = math.Sqrt(norm)
		for i := range v {
			v[i].w /= norm
		}
		sort.Slice(v, func(i, j int) bool { return v[i].term < v[j].term })
		r.vec[k] = v
	}
}

// id returns the term's number, giving it the next one if new.
func (s *stories) id(k termKind, t string) uint32 {
	id, ok := s.ids[k][t]
	if !ok {
		id = uint32(len(s.ids[k]))
		s.ids[k][t] = id
	}
	return id
}

// maxTerms bounds each kind's vector to its heaviest terms.
const maxTerms = 64

// idf is the smoothed inverse document frequency of a term among the
// articles seen so far.
func (s *stories) idf(k termKind, t string) float64 {
	return math.Log(float64(s.n+1) / float64(s.df[k][t]+1))
}

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

// makeReportTerms gathers what story linking compares about an article.
func makeReportTerms(doc *sitrep.Document) report {
	var r report
	for k := range r.terms {
		r.terms[k] = map[string]float64{}
	}
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
		r.terms[kindName][name] += n
		if e.Type == sitrep.PERSON {
			// "Reid" alone elsewhere names the same person as "Tara Reid".
			if f := strings.Fields(name); len(f) > 1 {
				r.terms[kindName][f[len(f)-1]] += n
			}
		}
	}
	for _, p := range doc.Places {
		if p.Kind != sitrep.PlaceToponym || p.GeonameID == 0 {
			continue
		}
		r.terms[kindPlace][fmt.Sprint(p.GeonameID)]++
	}
	for _, t := range doc.Tokens {
		if t.Kind != sitrep.TokenWord || t.End-t.Start < 4 {
			continue
		}
		w := strings.ToLower(t.Text(doc))
		if stopWords[w] {
			continue
		}
		r.terms[kindContent][w]++
	}
	for i := range doc.Events {
		ev := &doc.Events[i]
		if !Linkable(ev) {
			continue
		}
		if ev.Date.Precision != sitrep.TimeDay {
			continue
		}
		if d, ok := sitrep.DayNumber(ev.Date.Value); ok && len(ev.Date.Value) >= 10 && !containsInt(r.days, d) {
			r.days = append(r.days, d)
		}
	}
	sort.Ints(r.days)
	for _, t := range doc.Times {
		if t.Type != sitrep.TimeDate || len(t.Value) < 4 {
			continue
		}
		// The year, and the day when known: "2013-05-02" counts for
		// "2013" and for itself. Unresolved years ("XXXX-05") are skipped.
		if _, err := strconv.Atoi(t.Value[:4]); err == nil {
			r.terms[kindDate][t.Value[:4]]++
			if _, ok := sitrep.DayNumber(t.Value); ok && len(t.Value) >= 10 {
				r.terms[kindDate][t.Value[:10]]++
			}
		}
	}
	return r
}

// profileJSON is how a report's terms and days are stored (Linker.Story):
// all of them, not the weighted vectors, which depend on the corpus and are
// weighed again on restore as they were in the run that made them.
type profileJSON struct {
	Names   map[string]float64 `json:"n,omitempty"`
	Places  map[string]float64 `json:"p,omitempty"`
	Content map[string]float64 `json:"c,omitempty"`
	Dates   map[string]float64 `json:"d,omitempty"`
	Days    []int              `json:"days,omitempty"`
}

// encodeProfile serializes what story linking compares about an article.
// Map keys are written sorted, so the encoding is deterministic, and
// float64 values round-trip exactly.
func encodeProfile(r *report) ([]byte, error) {
	return json.Marshal(profileJSON{Names: r.terms[kindName], Places: r.terms[kindPlace],
		Content: r.terms[kindContent], Dates: r.terms[kindDate], Days: r.days})
}

// decodeProfile is the inverse of encodeProfile.
func decodeProfile(b []byte) (report, error) {
	var p profileJSON
	if err := json.Unmarshal(b, &p); err != nil {
		return report{}, err
	}
	r := report{terms: [numKinds]map[string]float64{kindName: p.Names, kindPlace: p.Places,
		kindContent: p.Content, kindDate: p.Dates}, days: p.Days}
	for k := range r.terms {
		if r.terms[k] == nil {
			r.terms[k] = map[string]float64{}
		}
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

// stopWords are the words content similarity ignores.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(stopWordsText, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}()
