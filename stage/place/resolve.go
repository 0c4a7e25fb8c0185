package place

import (
	"math"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/gazetteer"
)

// Ranking weights. A candidate's score is its prior (feature, population,
// name kind) plus local evidence (a region word or qualifier next to the
// mention) plus document context (country focus, regions mentioned,
// nearness). They were set by hand while measuring on the development
// portions of LGL and GeoVirus (sitrep eval geo), not fitted to any article.
const (
	weightCountry    = 3.0  // a country named by its name
	weightCapital    = 2.0  // PPLC
	weightSeat       = 1.3  // PPLA: seat of a first-level region
	weightSeat2      = 0.8  // PPLA2
	weightSeatLow    = 0.5  // PPLA3, PPLA4
	weightAdmin1     = 1.2  // a first-level region
	weightAdmin2     = 0.6  // a second-level region
	weightPlace      = 0.3  // any other populated place
	weightPopulation = 0.35 // per decade of population
	penaltyAlternate = 1.0  // matched an alternate name only
	weightWantLevel  = 3.0  // the region word asks for this level
	penaltyWrongLvl  = 2.0
	weightQualAdmin1 = 4.0 // "Alexandria, La."
	weightQualCtry   = 3.0 // "Homs, Syria"
	weightQualTown   = 1.0 // any town, before a qualifier
	weightFocus      = 3.0 // times the share of the document's country weight
	weightRegion     = 1.5 // the document names the candidate's admin1 region
	weightRegion2    = 1.0 // ... or its admin2 region
	weightContains   = 1.5 // a region candidate has other places of the document in it
	penaltyNamesake  = 1.5 // a region whose seat has its name: the bare name means the seat
	weightNear       = 1.5 // a town next to another place of the document...
	nearKm           = 250 // ... decreasing to nothing at this distance
	maxPoints        = 128 // places that nearness compares with, first ones first, bounding its cost
	weightListLevel  = 2.5 // a candidate of the level most items of its enumeration have

	maxCandidates = 64 // candidates ranked per name, best priors first
)

func prior(c gazetteer.Candidate) float64 {
	s := 0.0
	switch c.Level {
	case gazetteer.LevelCountry, gazetteer.LevelContinent:
		s = weightCountry
	case gazetteer.LevelAdmin1:
		s = weightAdmin1
	case gazetteer.LevelAdmin2:
		s = weightAdmin2
	default:
		switch c.Feature {
		case "P.PPLC":
			s = weightCapital
		case "P.PPLA":
			s = weightSeat
		case "P.PPLA2":
			s = weightSeat2
		case "P.PPLA3", "P.PPLA4":
			s = weightSeatLow
		default:
			s = weightPlace
		}
	}
	s += weightPopulation * math.Log10(float64(c.Population)+1)
	if c.Alternate {
		s -= penaltyAlternate
	}
	return s
}

// local scores the evidence next to the mention itself.
func local(m *mention, c gazetteer.Candidate) float64 {
	s := 0.0
	if m.listLevel != 0 && c.Level == m.listLevel {
		s += weightListLevel
	}
	if m.wantLevel != 0 {
		if c.Level == m.wantLevel {
			s += weightWantLevel
		} else {
			s -= penaltyWrongLvl
		}
	}
	if m.qualCountry != "" && c.Level != gazetteer.LevelCountry {
		if c.Level == gazetteer.LevelPlace && m.wantLevel == 0 {
			s += weightQualTown // "Lismore, NSW" names a town, not its district
		}
		if c.Country == m.qualCountry {
			s += weightQualCtry
			if m.qualAdmin1 != "" && c.Admin1 == m.qualAdmin1 {
				s += weightQualAdmin1
			}
		}
	}
	return s
}

// context scores a candidate of the group with key against the document's
// focus and the regions it names, leaving out the group's own contribution.
func (r *run) context(c gazetteer.Candidate, key string) float64 {
	own := r.own[key]
	s := 0.0
	total := r.total - own.weight
	if total > 0 {
		w := r.countries[c.Country]
		if own.country == c.Country {
			w -= own.weight
		}
		s += weightFocus * w / total
	}

	a1 := c.Country + "." + c.Admin1
	a2 := a1 + "." + c.Admin2
	switch c.Level {
	case gazetteer.LevelPlace:
		if c.Admin1 != "" && r.regions[a1] > 0 && own.region != a1 {
			s += weightRegion
		}
		if c.Admin2 != "" && r.support.other(r.support.admin2Named[a2], key) {
			s += weightRegion2
		}
		s += r.nearness(c, key)
	case gazetteer.LevelAdmin2:
		if r.regions[a1] > 0 && own.region != a1 {
			s += weightRegion
		}
		if r.support.other(r.support.placesIn2[a2], key) {
			s += weightContains
		}
		s += r.nearness(c, key)
	case gazetteer.LevelAdmin1:
		if r.within[a1] > own.within(a1) {
			s += weightContains
		}
	}
	return s
}

// nearness scores how close c lies to the places other names resolved to:
// the names of one local story lie together.
func (r *run) nearness(c gazetteer.Candidate, key string) float64 {
	best := float64(nearKm)
	const maxDeg = nearKm / 111.0 // a degree of latitude is about 111 km
	for _, pt := range r.points {
		if pt.key == key || math.Abs(pt.lat-c.Lat) > maxDeg {
			continue
		}
		if d := gazetteer.Distance(c.Lat, c.Lon, pt.lat, pt.lon); d < best {
			best = d
		}
	}
	return weightNear * (1 - best/nearKm)
}

// A point is where one name group resolved to a town or second-level region.
type point struct {
	key      string
	lat, lon float64
}

// support records, over all candidates of all names, which second-level
// regions are candidates ("Madison County") and which have a candidate
// town in them ("Richmond"), by the name groups that offer them.
type support struct {
	admin2Named map[string][]string
	placesIn2   map[string][]string
}

// other reports whether keys holds a group other than key.
func (support) other(keys []string, key string) bool {
	for _, k := range keys {
		if k != key {
			return true
		}
	}
	return false
}

func (r *run) gatherSupport() {
	r.support = support{admin2Named: map[string][]string{}, placesIn2: map[string][]string{}}
	add := func(m map[string][]string, code, key string) {
		ks := m[code]
		if len(ks) > 0 && ks[len(ks)-1] == key {
			return
		}
		m[code] = append(ks, key)
	}
	for _, m := range r.mentions {
		if m.kind == sitrep.PlaceAdjectival {
			continue
		}
		for _, c := range m.cands {
			if c.Admin2 == "" || c.Alternate {
				continue
			}
			code := c.Country + "." + c.Admin1 + "." + c.Admin2
			switch c.Level {
			case gazetteer.LevelAdmin2:
				add(r.support.admin2Named, code, m.key)
			case gazetteer.LevelPlace:
				add(r.support.placesIn2, code, m.key)
			}
		}
	}
}

// A contribution is what one group of mentions adds to the document context.
type contribution struct {
	weight          float64
	country         string
	region, region2 string // the admin1 or admin2 region the group resolves to
	inside, inside2 string // the admin1 and admin2 regions its place lies in
}

func (c contribution) within(code string) int {
	n := 0
	if c.inside == code {
		n++
	}
	if c.inside2 == code {
		n++
	}
	return n
}

// resolve picks a candidate for every mention in two passes: by prior and
// local evidence first, then again with the document context that the first
// pass gives, one sense per name.
func (r *run) resolve() {
	for i := range r.mentions {
		m := &r.mentions[i]
		if len(m.cands) > maxCandidates {
			sort.SliceStable(m.cands, func(a, b int) bool { return prior(m.cands[a]) > prior(m.cands[b]) })
			m.cands = m.cands[:maxCandidates]
		}
	}
	r.gatherSupport()
	r.pick(false)
	r.markLists()
	for range contextRounds {
		r.gatherContext()
		r.pick(true)
	}
}

// markLists finds enumerations of three or more names ("Alaska, Alabama,
// Arizona and Arkansas") and gives their members the level most of them
// resolved to on their own: the items of a list are of one kind.
func (r *run) markLists() {
	start := 0
	for i := 1; i <= len(r.mentions); i++ {
		if i < len(r.mentions) && r.listed(i-1, i) {
			continue
		}
		if i-start >= minList {
			count := map[gazetteer.Level]int{}
			for _, m := range r.mentions[start:i] {
				if m.best >= 0 {
					count[m.cands[m.best].Level]++
				}
			}
			for level, n := range count {
				if 2*n > i-start {
					for j := start; j < i; j++ {
						r.mentions[j].listLevel = level
					}
				}
			}
		}
		start = i
	}
}

// listed reports whether mentions a and b are neighbours in an enumeration:
// only a comma, "and" or "or" lies between them.
func (r *run) listed(a, b int) bool {
	ma, mb := r.mentions[a], r.mentions[b]
	if ma.kind != sitrep.PlaceToponym || mb.kind != sitrep.PlaceToponym || ma.span.End > mb.span.Start {
		return false
	}
	gap := strings.TrimSpace(r.doc.Text[ma.span.End:mb.span.Start])
	switch gap {
	case ",", "and", "or", ", and", ", or", ";":
		return true
	}
	return false
}

// minList is the fewest names that make an enumeration.
const minList = 3

// contextRounds is how many times resolution is redone with the context of
// the previous round, so that a name resolved late ("Georgia" the state,
// once "Columbus" and "Alabama" are placed) can still inform the others.
const contextRounds = 3

// pick chooses, for each group of mentions sharing a key, the candidate with
// the highest total score over the group.
func (r *run) pick(withContext bool) {
	groups := map[string][]int{}
	for i, m := range r.mentions {
		if len(m.cands) > 0 {
			groups[m.key] = append(groups[m.key], i)
		}
	}
	var scores []float64
	for key, idx := range groups {
		cands := r.mentions[idx[0]].cands
		scores = scores[:0]
		maxPop := 0
		for _, c := range cands {
			maxPop = max(maxPop, c.Population)
		}
		for _, c := range cands {
			s := prior(c)
			if c.Level == gazetteer.LevelAdmin1 || c.Level == gazetteer.LevelAdmin2 {
				if hasNamesake(cands, c) {
					s -= penaltyNamesake
				}
			}
			for _, i := range idx {
				s += local(&r.mentions[i], c) / float64(len(idx))
			}
			if withContext {
				s += r.context(c, key) * obscurity(c.Population, maxPop)
			}
			scores = append(scores, s)
		}
		best := 0
		for j := range scores {
			if scores[j] > scores[best] {
				best = j
			}
		}
		p := softmax(scores, best)
		for _, i := range idx {
			r.mentions[i].best, r.mentions[i].score = best, p
		}
	}
}

// obscurity scales the context a candidate draws on by how small it is next
// to the largest candidate: document context may lift Paris, Texas (25,000)
// over Paris, France, but should not lift Cairo, Illinois (2,000) over Cairo,
// Egypt, on the strength of an article's other American places alone.
func obscurity(pop, maxPop int) float64 {
	ratio := (math.Log10(float64(pop)+1) + 1) / (math.Log10(float64(maxPop)+1) + 1)
	return min(1, obscuritySlack*ratio)
}

// obscuritySlack is how much smaller, in orders of magnitude relative to the
// largest candidate, a candidate can be before its context weighs less.
const obscuritySlack = 1.5

// hasNamesake reports whether an administrative seat among cands has the
// name of region c, by its preferred name, inside c: "Deir ez-Zor" the city
// in "Deir ez-Zor" the governorate. A bare name means the city.
func hasNamesake(cands []gazetteer.Candidate, c gazetteer.Candidate) bool {
	for _, p := range cands {
		seat := strings.HasPrefix(p.Feature, "P.PPLA") || p.Feature == "P.PPLC"
		if p.Level == gazetteer.LevelPlace && seat && !p.Alternate && p.Country == c.Country && p.Admin1 == c.Admin1 &&
			(c.Level == gazetteer.LevelAdmin1 || p.Admin2 == c.Admin2) {
			return true
		}
	}
	return false
}

// gatherContext computes, from the current resolutions, the document's
// country weights and the regions it names or has places in. Each name
// counts once, weighted by the confidence of its resolution and by its kind.
func (r *run) gatherContext() {
	if r.own == nil {
		r.countries = map[string]float64{}
		r.regions = map[string]int{}
		r.within = map[string]int{}
		r.own = map[string]contribution{}
	} else { // a later round: reuse the maps
		clear(r.countries)
		clear(r.regions)
		clear(r.within)
		clear(r.own)
	}
	r.points = r.points[:0]
	r.total = 0
	for _, m := range r.mentions {
		if m.qualAdmin1 != "" {
			r.regions[m.qualCountry+"."+m.qualAdmin1]++
		}
		if m.best < 0 {
			continue
		}
		if _, done := r.own[m.key]; done {
			continue
		}
		c := m.cands[m.best]
		w := m.score
		switch m.kind {
		case sitrep.PlaceAdjectival, sitrep.PlaceDatelineName:
			w *= 0.5 // the dateline is where the reporter files, often far from the story
		case sitrep.PlaceInName:
			w *= 0.5 // "Boone County Sheriff's Office" is about Boone County, but not only
		}
		own := contribution{weight: w, country: c.Country}
		if (c.Level == gazetteer.LevelPlace || c.Level == gazetteer.LevelAdmin2) && len(r.points) < maxPoints {
			r.points = append(r.points, point{key: m.key, lat: c.Lat, lon: c.Lon})
		}
		a1 := c.Country + "." + c.Admin1
		switch c.Level {
		case gazetteer.LevelAdmin1:
			own.region = a1
		case gazetteer.LevelAdmin2:
			own.region2 = a1 + "." + c.Admin2
			own.inside = a1
		case gazetteer.LevelPlace:
			if c.Admin1 != "" {
				own.inside = a1
				if c.Admin2 != "" {
					own.inside2 = a1 + "." + c.Admin2
				}
			}
		}
		for _, code := range []string{own.region, own.region2} {
			if code != "" {
				r.regions[code]++
			}
		}
		for _, code := range []string{own.inside, own.inside2} {
			if code != "" {
				r.within[code]++
			}
		}
		r.own[m.key] = own
		r.countries[c.Country] += w
		r.total += w
	}
}

// precision maps a gazetteer level to a geo precision. A continent has the
// coarsest precision there is, the country's.
func precision(l gazetteer.Level) sitrep.GeoPrecision {
	switch l {
	case gazetteer.LevelCountry, gazetteer.LevelContinent:
		return sitrep.PrecisionCountry
	case gazetteer.LevelAdmin1:
		return sitrep.PrecisionAdmin1
	case gazetteer.LevelAdmin2:
		return sitrep.PrecisionNear
	}
	return sitrep.PrecisionTown
}

// emit writes the resolved mentions to doc.Places and sets doc.Focus.
// A mention without candidates (a GPE or LOC mention the gazetteer lacks)
// falls back to the region named in its sentence, with that region's
// precision; without one it is dropped.
func (r *run) emit() {
	doc := r.doc
	doc.Places = doc.Places[:0]
	for i := range r.mentions {
		m := &r.mentions[i]
		var e gazetteer.Entry
		score := m.score
		prec := sitrep.GeoPrecision(0)
		if m.best >= 0 {
			e = m.cands[m.best].Entry
			prec = precision(e.Level)
		} else {
			region, ok := r.fallback(m.span)
			if !ok {
				continue
			}
			e, score = region, 0
			prec = max(precision(e.Level), sitrep.PrecisionNear)
		}
		doc.Places = append(doc.Places, sitrep.Place{
			Span:       m.span,
			Kind:       m.kind,
			Mention:    r.mentionIndex(m.span),
			GeonameID:  e.ID,
			Name:       e.Name,
			Country:    e.Country,
			Admin1:     e.Admin1,
			Admin1Name: r.admin1Name(e),
			Lat:        e.Lat,
			Lon:        e.Lon,
			Feature:    e.Feature,
			Population: e.Population,
			Precision:  prec,
			Score:      score,
		})
	}
	r.focus()
}

func (r *run) admin1Name(e gazetteer.Entry) string {
	if e.Level == gazetteer.LevelAdmin1 {
		return e.Name
	}
	return r.s.gaz.Admin1Name(e)
}

// fallback returns the finest first- or second-level region resolved in the
// sentence of s: "the village of Xyz in Deir ez-Zor province". A country is
// too coarse to stand for a place the gazetteer lacks.
func (r *run) fallback(s sitrep.Span) (gazetteer.Entry, bool) {
	var sent sitrep.Span
	for _, st := range r.doc.Sentences {
		if st.Span.Contains(s) {
			sent = st.Span
			break
		}
	}
	var best gazetteer.Entry
	found := false
	for _, m := range r.mentions {
		if m.best < 0 || !sent.Contains(m.span) || m.kind == sitrep.PlaceInName {
			continue
		}
		c := m.cands[m.best].Entry
		if c.Level != gazetteer.LevelAdmin1 && c.Level != gazetteer.LevelAdmin2 {
			continue
		}
		if !found || c.Level < best.Level {
			best, found = c, true
		}
	}
	return best, found
}

// mentionIndex returns the GPE or LOC mention with span s, or -1.
func (r *run) mentionIndex(s sitrep.Span) int {
	ms := r.doc.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.Start })
	for ; i < len(ms) && ms[i].Start == s.Start; i++ {
		if ms[i].End == s.End && (ms[i].Type == sitrep.GPE || ms[i].Type == sitrep.LOC) {
			return i
		}
	}
	return -1
}

// focus sets doc.Focus: the country with the most weight among the places
// (a country's places, demonyms and the dateline), and its most mentioned
// town.
func (r *run) focus() {
	doc := r.doc
	doc.Focus = sitrep.Focus{City: -1}
	weight := map[string]float64{}
	for _, p := range doc.Places {
		w := 1.0
		switch p.Kind {
		case sitrep.PlaceInName:
			continue
		case sitrep.PlaceAdjectival, sitrep.PlaceDatelineName:
			w = 0.5
		}
		if p.Country == "" {
			continue // a continent or sea is no country; "" would also reset the search below
		}
		weight[p.Country] += w
	}
	best := ""
	for c, w := range weight {
		if best == "" || w > weight[best] || (w == weight[best] && c < best) {
			best = c
		}
	}
	doc.Focus.Country = best
	counts := map[int]int{}
	for i, p := range doc.Places {
		if p.Country != best || p.Precision != sitrep.PrecisionTown || p.Kind == sitrep.PlaceInName || p.GeonameID == 0 {
			continue
		}
		counts[p.GeonameID]++
		if doc.Focus.City < 0 || counts[p.GeonameID] > counts[doc.Places[doc.Focus.City].GeonameID] {
			doc.Focus.City = i
		}
	}
}
