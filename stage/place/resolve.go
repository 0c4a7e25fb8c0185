package place

import (
	"math"
	"slices"
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
	penaltyBorneName = 1.0  // ... that a region or large town bears as its own: "Philadelphia" is not Amman
	penaltyRespelled = 1.5  // matched through folding only, where another candidate is spelled as written: "Gubio" is not Gubbio
	weightWantLevel  = 3.0  // the region word asks for this level
	penaltyWrongLvl  = 2.0
	weightQualAdmin1 = 4.0     // "Alexandria, La."
	weightQualCtry   = 3.0     // "Homs, Syria"
	weightQualTown   = 1.0     // any town, before a qualifier
	weightFocus      = 3.0     // times the share of the document's country weight
	weightRegion     = 1.5     // the document names the candidate's admin1 region
	weightRegion2    = 1.0     // ... or its admin2 region
	weightContains   = 1.5     // a region candidate has other places of the document in it
	penaltyNamesake  = 1.5     // a region whose seat has its name: the bare name means the seat
	weightNear       = 1.5     // a town next to another place of the document...
	nearKm           = 250     // ... decreasing to nothing at this distance
	kmPerDegree      = 111.195 // km per degree of a great circle
	maxPoints        = 128     // places that nearness compares with, first ones first, bounding its cost
	weightListLevel  = 2.5     // a candidate of the level most items of its enumeration have
	weightSentence   = 1.0     // another name in the sentence lies in the candidate's country
	penaltyAbroad    = 10.0    // a small place outside the country of the place named as containing it: see vetoed

	maxCandidates = 64 // candidates ranked per name, best priors first

	// datelineCityWeight is what the dateline's town counts for in the
	// focus city, where every other mention counts 1: more than a passing
	// mention, less than two, as foreign desks date stories from a bureau
	// ("KABUL —") about events elsewhere.
	datelineCityWeight = 1.5
)

func prior(c *gazetteer.Candidate) float64 {
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
func local(m *mention, c *gazetteer.Candidate) float64 {
	s := 0.0
	if m.listLevel != 0 && c.Level == m.listLevel {
		s += weightListLevel
	}
	if m.wantLevel != 0 {
		if hasLevel(c, m.wantLevel) {
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

// levelRegion, as the level a region word asks for, is a first- or
// second-level region, whichever the name has: the word "territory" names
// both, in different countries.
const levelRegion = gazetteer.LevelContinent + 1

// hasLevel reports whether c is of level want, which may be levelRegion.
func hasLevel(c *gazetteer.Candidate, want gazetteer.Level) bool {
	if want == levelRegion {
		return c.Level == gazetteer.LevelAdmin1 || c.Level == gazetteer.LevelAdmin2
	}
	return c.Level == want
}

// context scores candidate j of group g against the document's focus and
// the regions it names, leaving out the group's own contribution.
func (r *run) context(gi, j int) float64 {
	g := &r.groups[gi]
	c, info := &g.cands[j], &g.info[j]
	own := &r.own[gi]
	s := weightSentence * r.sentenceSupport(c.Country)
	total := r.total - own.weight
	if total > 0 {
		w := r.countries.get(c.Country)
		if sameCode(own.country, c.Country) {
			w -= own.weight
		}
		s += weightFocus * w / total
	}
	a1, a2 := info.admin1, info.admin2
	switch c.Level {
	case gazetteer.LevelPlace:
		if a1 != 0 && r.regions[a1] > 0 && own.region != a1 {
			s += weightRegion
		}
		if a2 != 0 && r.support.other(r.support.admin2Named[a2], gi) {
			s += weightRegion2
		}
		s += r.nearness(c, info, gi)
	case gazetteer.LevelAdmin2:
		if a1 != 0 && r.regions[a1] > 0 && own.region != a1 {
			s += weightRegion
		}
		if a2 != 0 && r.support.other(r.support.placesIn2[a2], gi) {
			s += weightContains
		}
		s += r.nearness(c, info, gi)
	case gazetteer.LevelAdmin1:
		if a1 != 0 && r.within[a1] > own.within(a1) {
			s += weightContains
		}
	}
	return s
}

// sentenceSupport returns the share of the current group's mentions whose
// sentence has another name resolved in country ("Cairo airport ... in
// Egypt"), from r.sentShare, which pick fills for each group.
func (r *run) sentenceSupport(country string) float64 {
	for _, v := range r.sentShare {
		if sameCode(v.country, country) {
			return v.share
		}
	}
	return 0
}

// shareSentences sets r.sentShare for group gi: for each country that
// other names in the sentences of its mentions resolved in, the share of
// its mentions with such a sentence.
func (r *run) shareSentences(gi int) {
	g := &r.groups[gi]
	r.sentShare = r.sentShare[:0]
	for _, i := range g.idx {
		sent := r.mentions[i].sentence
		if sent < 0 {
			continue
		}
		votes := r.sentCountries[sent]
		for k, v := range votes {
			if v.group == gi || slices.ContainsFunc(votes[:k], func(u countryVote) bool { return u.group != gi && sameCode(u.country, v.country) }) {
				continue // its own, or a country this sentence already counted
			}
			j := slices.IndexFunc(r.sentShare, func(s countryShare) bool { return sameCode(s.country, v.country) })
			if j < 0 {
				j = len(r.sentShare)
				r.sentShare = append(r.sentShare, countryShare{country: v.country})
			}
			r.sentShare[j].share += 1 / float64(len(g.idx))
		}
	}
}

// countryWeights holds the focus weight of each country that a document's
// names resolved in, in a slice: a document has a few, and every candidate
// of every round asks for its country's weight, which a scan of a few
// entries answers for less than a map lookup.
type countryWeights []countryWeight

type countryWeight struct {
	country string
	weight  float64
}

func (cw countryWeights) get(country string) float64 {
	for i := range cw {
		if sameCode(cw[i].country, country) {
			return cw[i].weight
		}
	}
	return 0
}

func (cw *countryWeights) add(country string, w float64) {
	for i := range *cw {
		if sameCode((*cw)[i].country, country) {
			(*cw)[i].weight += w
			return
		}
	}
	*cw = append(*cw, countryWeight{country, w})
}

// sameCode reports whether a == b, for country and region codes: those
// of two letters are compared inline, where comparing strings calls a
// function. Context compares codes for every candidate of every round.
func sameCode(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 2 {
		return a[0] == b[0] && a[1] == b[1]
	}
	return a == b
}

// A countryShare is a country and the share of a group's mentions whose
// sentence supports it.
type countryShare struct {
	country string
	share   float64
}

// A countryVote is a name of a sentence resolved in a country.
type countryVote struct {
	group   int
	country string
}

// nearness scores how close c lies to the places other names resolved to:
// the names of one local story lie together.
func (r *run) nearness(c *gazetteer.Candidate, info *candInfo, gi int) float64 {
	best := float64(nearKm)
	const maxDeg = nearKm / 111.0 // a degree of latitude is about 111 km
	// r.points is sorted by latitude: only those within maxDeg can be near.
	lo := sort.Search(len(r.points), func(i int) bool { return r.points[i].lat >= c.Lat-maxDeg })
	for _, pt := range r.points[lo:] {
		if pt.lat > c.Lat+maxDeg {
			break
		}
		if pt.group == gi {
			continue
		}
		// Most points lie far east or west: a cheap bound on the
		// longitude difference spares the great-circle formula.
		dlon := math.Abs(pt.lon - c.Lon)
		if dlon > 180 {
			dlon = 360 - dlon
		}
		if dlon*info.kmPerDegLon > nearKm {
			continue
		}
		// Within nearKm the plane is flat enough: an equirectangular
		// distance, off by well under a kilometre, spares the haversine.
		dx := dlon * info.cosLat
		if d := kmPerDegree * math.Sqrt(dx*dx+(pt.lat-c.Lat)*(pt.lat-c.Lat)); d < best {
			best = d
		}
	}
	return weightNear * (1 - best/nearKm)
}

// A point is where one name group resolved to a town or second-level region.
type point struct {
	group    int
	lat, lon float64
}

// support records, over all candidates of all names, which second-level
// regions are candidates ("Madison County") and which have a candidate
// town in them ("Richmond"), by the name groups that offer them.
type support struct {
	admin2Named [][]int // by region, the groups
	placesIn2   [][]int
}

// other reports whether groups holds a group other than gi.
func (support) other(groups []int, gi int) bool {
	for _, g := range groups {
		if g != gi {
			return true
		}
	}
	return false
}

func (r *run) gatherSupport() {
	n := r.regionIDs.n + 1
	r.support = support{admin2Named: reuseLists(r.scratch.admin2Named, n), placesIn2: reuseLists(r.scratch.placesIn2, n)}
	add := func(m [][]int, code regionID, gi int) {
		gs := m[code]
		if len(gs) > 0 && gs[len(gs)-1] == gi {
			return
		}
		m[code] = append(gs, gi)
	}
	for gi, g := range r.groups {
		if !g.toponym {
			continue
		}
		for j := range g.cands {
			c := &g.cands[j]
			if c.Admin2 == "" || c.Alternate {
				continue
			}
			switch c.Level {
			case gazetteer.LevelAdmin2:
				add(r.support.admin2Named, g.info[j].admin2, gi)
			case gazetteer.LevelPlace:
				add(r.support.placesIn2, g.info[j].admin2, gi)
			}
		}
	}
}

// reuseLists returns n empty lists in the memory of lists, which an
// earlier run left, with theirs.
func reuseLists(lists [][]int, n int) [][]int {
	lists = slices.Grow(lists[:0], n)[:n]
	for i := range lists {
		lists[i] = lists[i][:0]
	}
	return lists
}

// A contribution is what one group of mentions adds to the document context.
type contribution struct {
	set             bool // the group has a resolution
	weight          float64
	country         string
	region, region2 regionID // the admin1 or admin2 region the group resolves to
	inside, inside2 regionID // the admin1 and admin2 regions its place lies in
}

// A regionKey is a first-level region ({"US", "LA", ""}) or a second-level
// one ({"US", "LA", "079"}).
type regionKey struct{ country, admin1, admin2 string }

// A regionID numbers, for one document, the regions of its candidates and
// qualifiers, so that context counts them in slices. 0 is no region.
type regionID int32

// regionID returns the number of a region, giving it one if it has none.
func (r *run) regionID(k regionKey) regionID { return r.regionIDs.id(k) }

// A regionTable numbers regions from 1 in the order they are first asked
// about. It is an open-addressing table rather than a map[regionKey]:
// a map hashes all three strings of a key by a generic, slower path, and
// regions are asked about for every candidate of every name.
type regionTable struct {
	slots []regionSlot // a power of two in length, at most half full; nil while empty
	n     int          // the number of regions
}

type regionSlot struct {
	key regionKey
	id  regionID // 0 marks an empty slot
}

// id returns the number of region k, giving it the next one if it has none.
func (t *regionTable) id(k regionKey) regionID {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	mask := len(t.slots) - 1
	for i := k.hash() & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.id == 0 {
			t.n++
			*s = regionSlot{key: k, id: regionID(t.n)}
			return s.id
		}
		if sameCode(s.key.admin2, k.admin2) && sameCode(s.key.admin1, k.admin1) && sameCode(s.key.country, k.country) {
			return s.id
		}
	}
}

// grow doubles the table and puts its regions back in.
func (t *regionTable) grow() {
	old := t.slots
	t.slots = make([]regionSlot, max(16, 2*len(old)))
	mask := len(t.slots) - 1
	for _, s := range old {
		if s.id == 0 {
			continue
		}
		i := s.key.hash() & mask
		for t.slots[i].id != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}

// reset empties t, keeping its memory.
func (t *regionTable) reset() {
	clear(t.slots)
	t.n = 0
}

// hash mixes the bytes of k's codes, which are short: "US", "LA", "079".
func (k regionKey) hash() int {
	h := uint64(14695981039346656037) // FNV-1a
	for _, s := range [...]string{k.country, k.admin1, k.admin2} {
		for i := 0; i < len(s); i++ {
			h = (h ^ uint64(s[i])) * 1099511628211
		}
		h = (h ^ 0xff) * 1099511628211 // ends the code: {"A", "BC"} is not {"AB", "C"}
	}
	return int(h >> 32)
}

func (c contribution) within(code regionID) int {
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
	r.group()
	r.linkContainers()
	r.gatherSupport()
	r.pick(false)
	r.markLists()
	for range contextRounds {
		r.gatherContext()
		// A round depends on the resolutions of the round before only
		// (through gatherContext): one that changes none would be repeated
		// by the next, so it is the last.
		if !r.pick(true) {
			break
		}
	}
	r.vetoAbroad()
	r.dropNamesakesInNames()
}

// dropNamesakesInNames leaves unresolved the one-word places inside names
// ("Boko Haram", "Gran Grif gang") that resolved to a small place in a
// country that none of the document's toponyms lie in: the name is the
// group's, not that of a village in Kazakhstan or Norway that shares a
// word of it. A document without toponyms of its own (a local paper whose
// places are all in names: "Walker County Sheriff's Office") gives no
// country to judge by, nor do its demonyms ("Polish", "Mexican"), and a
// name of several words ("Cuyahoga Falls High School") is the place's.
func (r *run) dropNamesakesInNames() {
	countries := r.scratch.focusWeights[:0] // free until focus
	for i := range r.mentions {
		if m := &r.mentions[i]; m.best >= 0 && (m.kind == sitrep.PlaceToponym || m.kind == sitrep.PlaceDatelineName) && !r.namesGroup(m) {
			if c := m.cands[m.best].Country; c != "" {
				countries.add(c, 1)
			}
		}
	}
	r.scratch.focusWeights = countries[:0]
	if len(countries) == 0 {
		return
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.kind != sitrep.PlaceInName && !r.namesGroup(m) || !m.single || m.best < 0 {
			continue
		}
		if c := &m.cands[m.best]; countries.get(c.Country) == 0 && minor(c) {
			m.best = -1
		}
	}
}

// namesGroup reports whether toponym m, one word, names an armed group
// by the word after it: "Fano militiamen", "the Fano militia" (an Amhara
// militia, not a town in Italy). Like a word inside a name, it is a place
// only where the document's other toponyms lie.
func (r *run) namesGroup(m *mention) bool {
	if m.kind != sitrep.PlaceToponym || !m.single {
		return false
	}
	i := sitrep.FirstTokenFrom(r.doc.Tokens, m.span.End)
	return i < len(r.doc.Tokens) && groupWords[r.low(i)]
}

// groupWords name an armed group after the one word that names it.
var groupWords = map[string]bool{"militia": true, "militias": true, "militiamen": true, "militants": true, "insurgents": true}

// linkContainers sets the container of each mention that names a place
// containing it ("Lido beach in Mogadishu"): the mention that starts at
// its inTok, or at the token after, past a direction ("in northern Iraq").
func (r *run) linkContainers() {
	toks := r.doc.Tokens
	for i := range r.mentions {
		m := &r.mentions[i]
		m.container = -1
		if m.inTok == 0 || m.group < 0 {
			continue
		}
		from, to := toks[m.inTok].Start, toks[min(m.inTok+1, len(toks)-1)].Start
		for j := i + 1; j < len(r.mentions) && r.mentions[j].span.Start <= to; j++ {
			if r.mentions[j].span.Start >= from {
				m.container = j
				r.groups[m.group].contained = true
				break
			}
		}
	}
}

// containerCountry returns the country that a container of a mention of
// group g resolved in, or "" if none did.
func (r *run) containerCountry(g *group) string {
	for _, i := range g.idx {
		m := &r.mentions[i]
		if m.container < 0 {
			continue
		}
		c := &r.mentions[m.container]
		if c.best >= 0 && c.group != m.group && c.kind == sitrep.PlaceToponym {
			if country := c.cands[c.best].Country; country != "" {
				return country
			}
		}
	}
	return ""
}

// vetoed reports whether candidate c lies outside country, the country of
// a place that the text says contains it, and is too small to be named
// for its government or as a landmark: "Lido beach in Mogadishu" is no
// Lido in Italy, but "the role of Tehran in Iraq" is Tehran.
func vetoed(c *gazetteer.Candidate, country string) bool {
	return country != "" && !sameCode(c.Country, country) && minor(c)
}

// minor reports whether c is a place or second-level region too small to
// be named for its government or as a landmark: not a capital, and of
// fewer than strongPopulation people.
func minor(c *gazetteer.Candidate) bool {
	return c.Level < gazetteer.LevelAdmin1 && c.Feature != "P.PPLC" && c.Population < strongPopulation
}

// vetoAbroad leaves unresolved the names resolved to a small place abroad
// from the place containing them: with the sentence saying "in Iraq", no
// place (or the sentence's region, see fallback) is better than a village
// in another country.
func (r *run) vetoAbroad() {
	for gi := range r.groups {
		g := &r.groups[gi]
		if !g.contained {
			continue
		}
		country := r.containerCountry(g)
		if country == "" {
			continue
		}
		for _, i := range g.idx {
			if m := &r.mentions[i]; m.best >= 0 && vetoed(&m.cands[m.best], country) {
				m.best = -1
			}
		}
	}
}

// A group is the mentions that share a key, and so a resolution, with what
// ranking needs of their candidates, computed once.
type group struct {
	key     string
	idx     []int // the mentions, in document order
	cands   []gazetteer.Candidate
	info    []candInfo
	toponym bool // some mention is not adjectival
	// contained reports whether some mention names a place containing it
	// (see linkContainers); within is the country that place resolved in,
	// as of the last round of context, or "".
	contained bool
	within    string
}

// candInfo is what ranking needs of a candidate besides the entry itself.
type candInfo struct {
	base           float64  // prior, less the namesake and respelling penalties
	scale          float64  // obscurity: how much context counts
	admin1, admin2 regionID // the candidate's regions; 0 if it has none
	// For towns and second-level regions, which nearness scores: a lower
	// bound on the km per degree of longitude near the candidate, and the
	// cosine of its latitude.
	kmPerDegLon, cosLat float64
}

// group sorts the mentions into groups and computes their candidates'
// priors. Names with more than maxCandidates candidates keep the ones with
// the best priors.
func (r *run) group() {
	byKey := r.scratch.byKey
	r.groups = r.groups[:0]
	r.regionIDs = &r.scratch.regionIDs
	sent := 0
	for i := range r.mentions {
		m := &r.mentions[i]
		m.group = -1
		// Mentions and sentences are both sorted by start.
		for sent < len(r.doc.Sentences) && r.doc.Sentences[sent].Span.End <= m.span.Start {
			sent++
		}
		m.sentence = -1
		if sent < len(r.doc.Sentences) && r.doc.Sentences[sent].Span.Contains(m.span) {
			m.sentence = sent
		}
		if m.qualAdmin1 != "" {
			m.qualRegion = r.regionID(regionKey{m.qualCountry, m.qualAdmin1, ""})
		}
		if len(m.cands) == 0 {
			continue
		}
		gi, ok := byKey[m.key]
		if !ok {
			gi = len(r.groups)
			byKey[m.key] = gi
			if gi < cap(r.groups) {
				// A group of an earlier run: reuse its idx memory.
				r.groups = r.groups[:gi+1]
				r.groups[gi] = group{key: m.key, cands: m.cands, idx: r.groups[gi].idx[:0]}
			} else {
				r.groups = append(r.groups, group{key: m.key, cands: m.cands})
			}
		}
		m.group = gi
		g := &r.groups[gi]
		g.idx = append(g.idx, i)
		g.toponym = g.toponym || m.kind != sitrep.PlaceAdjectival
	}
	// One allocation for all groups, reused by later runs.
	nCands := 0
	for _, g := range r.groups {
		nCands += len(g.cands)
	}
	infos := slices.Grow(r.scratch.infos[:0], nCands)[:nCands]
	clear(infos)
	r.scratch.infos = infos
	allPriors := slices.Grow(r.scratch.priors[:0], nCands)[:nCands]
	r.scratch.priors = allPriors
	for gi := range r.groups {
		g := &r.groups[gi]
		priors := allPriors[:len(g.cands):len(g.cands)]
		allPriors = allPriors[len(g.cands):]
		for j := range g.cands {
			c := &g.cands[j]
			priors[j] = prior(c)
		}
		if len(g.cands) > maxCandidates {
			order := make([]int, len(g.cands))
			for j := range order {
				order[j] = j
			}
			slices.SortStableFunc(order, func(a, b int) int {
				switch {
				case priors[a] > priors[b]:
					return -1
				case priors[b] > priors[a]:
					return 1
				}
				return 0
			})
			cands := make([]gazetteer.Candidate, maxCandidates)
			best := make([]float64, maxCandidates)
			for j := range cands {
				cands[j], best[j] = g.cands[order[j]], priors[order[j]]
			}
			g.cands, priors = cands, best
		}
		for _, i := range g.idx {
			r.mentions[i].cands = g.cands
		}
		maxPop := 0
		for ci := range g.cands {
			c := &g.cands[ci] // by pointer: a Candidate is large
			maxPop = max(maxPop, c.Population)
		}
		g.info, infos = infos[:len(g.cands):len(g.cands)], infos[len(g.cands):]
		borne := namesRegion(g.cands) || bigTown(g.cands)
		respelled := r.countRespellings(g)
		maxMag := magnitude(maxPop) // for obscurity, once a group
		for j := range g.cands {
			c := &g.cands[j]
			info := &g.info[j]
			info.base = priors[j]
			if c.Alternate && borne {
				info.base -= penaltyBorneName
			}
			if (c.Level == gazetteer.LevelAdmin1 || c.Level == gazetteer.LevelAdmin2) && hasNamesake(g.cands, c) {
				info.base -= penaltyNamesake
			}
			if n := respelled[j]; n > 0 {
				info.base -= penaltyRespelled * float64(n) / float64(len(g.idx))
			}
			info.scale = obscurity(seatPopulation(g.cands, c), maxPop, maxMag)
			if c.Admin1 != "" {
				info.admin1 = r.regionID(regionKey{c.Country, c.Admin1, ""})
			}
			if c.Admin2 != "" {
				info.admin2 = r.regionID(regionKey{c.Country, c.Admin1, c.Admin2})
			}
			if c.Level == gazetteer.LevelPlace || c.Level == gazetteer.LevelAdmin2 {
				const maxDeg = nearKm / 111.0
				lat := min(89.0, math.Abs(c.Lat)+maxDeg)
				info.kmPerDegLon = 111 * math.Cos(lat*math.Pi/180)
				info.cosLat = math.Cos(c.Lat * math.Pi / 180)
			}
		}
	}
}

// written returns the name of m as the text spells it, without a region
// word after it.
func (r *run) written(m *mention) string {
	end := m.span.End
	if m.nameEnd > 0 {
		end = m.nameEnd
	}
	return r.doc.Text[m.span.Start:end]
}

// countRespellings returns, by candidate of g, how many of its mentions
// it matches only through folding, respelled, where another candidate is
// spelled as written: Fold makes one key of names that are spelled apart
// ("Gubio", "Gubbio"), and a text that spells one of them means that one
// rather than a respelling. The counts are in scratch memory, valid until
// the next call.
//
// Spelling separates only places of different countries: GeoNames does
// not romanize one country's names alike ("Basrah" the city, "Basra" its
// governorate). A candidate matched by an alternate name, or by a
// preferred name other than its own, gives no evidence either way, as
// which of its names matched is not known.
func (r *run) countRespellings(g *group) []int {
	counts := slices.Grow(r.scratch.respelled[:0], len(g.cands))[:len(g.cands)]
	clear(counts)
	r.scratch.respelled = counts
	if oneCountry(g.cands) {
		return counts // spelling separates only places of different countries
	}
	exact := slices.Grow(r.scratch.spelled[:0], len(g.cands))[:len(g.cands)]
	respelled := slices.Grow(r.scratch.respellings[:0], len(g.cands))[:len(g.cands)]
	r.scratch.spelled, r.scratch.respellings = exact, respelled
	last := "" // the spelling that exact and respelled hold the verdicts for
	for _, i := range g.idx {
		m := &r.mentions[i]
		if m.kind == sitrep.PlaceAdjectival {
			continue // "Syrian" spells no place's name
		}
		if name := r.written(m); last == "" || !gazetteer.SameSpelling(name, last) {
			last = name
			r.respellingsOf(g, name, exact, respelled)
		}
		for j, yes := range respelled {
			if yes {
				counts[j]++
			}
		}
	}
	return counts
}

// respellingsOf sets, for each candidate of g, exact to whether it is
// spelled as name, and respelled to whether it matches name only through
// folding while a candidate of another country is spelled as written (see
// countRespellings). It runs once for each spelling, not each mention.
func (r *run) respellingsOf(g *group, name string, exact, respelled []bool) {
	anyExact := false
	for j := range g.cands {
		c := &g.cands[j]
		exact[j] = !c.Alternate && gazetteer.SameSpelling(name, c.Name)
		anyExact = anyExact || exact[j]
	}
	for j := range g.cands {
		c := &g.cands[j]
		respelled[j] = anyExact && !exact[j] && !c.Alternate && !spelledIn(g.cands, exact, c.Country) && r.s.gaz.FoldCached(c.Name) == g.key
	}
}

// oneCountry reports whether all of cands lie in one country.
func oneCountry(cands []gazetteer.Candidate) bool {
	for j := 1; j < len(cands); j++ {
		if !sameCode(cands[j].Country, cands[0].Country) {
			return false
		}
	}
	return true
}

// spelledIn reports whether a candidate spelled as written, by exact, lies
// in country.
func spelledIn(cands []gazetteer.Candidate, exact []bool, country string) bool {
	for j := range cands {
		if exact[j] && sameCode(cands[j].Country, country) {
			return true
		}
	}
	return false
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
		if last := r.mentions[i-1]; i-start >= 2 && last.wantLevel != 0 && last.wantLevel != gazetteer.LevelPlace && r.pluralRegionWord(last) {
			// "Kyiv, Odesa, Mykolaiv, and Zhytomyr oblasts": the region
			// word in the plural makes each name a region of that level.
			for j := start; j < i; j++ {
				r.mentions[j].listLevel, r.mentions[j].wantLevel = last.wantLevel, last.wantLevel
			}
			start = i
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

// pluralRegionWord reports whether mention m ends with a region word in
// the plural ("oblasts", "provinces").
func (r *run) pluralRegionWord(m mention) bool {
	return m.nameEnd > 0 && m.nameEnd < m.span.End && strings.HasSuffix(r.doc.Text[m.nameEnd:m.span.End], "s")
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
// the highest total score over the group, and reports whether any mention's
// resolution or score changed.
func (r *run) pick(withContext bool) (changed bool) {
	scores := r.scratch.scores[:0]
	// The local scores are the same in every round with context, after
	// markLists: they are summed in the first and kept.
	keep := withContext && !r.localsKept
	if keep {
		n := 0
		for _, g := range r.groups {
			n += len(g.cands)
		}
		r.locals = slices.Grow(r.scratch.locals[:0], n)[:n]
		r.scratch.locals = r.locals
	}
	off := 0
	for gi := range r.groups {
		g := &r.groups[gi]
		scores = scores[:0]
		// Context changes neither the choice among one candidate nor its
		// probability (softmax of one score, to which context adds a
		// finite amount), so such a group skips it: most groups have one
		// candidate, every demonym's and most well-known names'.
		context := withContext && len(g.cands) > 1
		for j := range g.cands {
			var s float64
			if withContext && !keep {
				s = r.locals[off+j]
			} else {
				s = g.info[j].base
				for _, i := range g.idx {
					s += local(&r.mentions[i], &g.cands[j]) / float64(len(g.idx))
				}
				if keep {
					r.locals[off+j] = s
				}
			}
			if context {
				if j == 0 {
					r.shareSentences(gi)
				}
				s += r.context(gi, j) * g.info[j].scale
				if vetoed(&g.cands[j], g.within) {
					s -= penaltyAbroad
				}
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
		for _, i := range g.idx {
			m := &r.mentions[i]
			changed = changed || m.best != best || m.score != p
			m.best, m.score = best, p
		}
		off += len(g.cands)
	}
	r.scratch.scores = scores[:0]
	r.localsKept = r.localsKept || keep
	return changed
}

// obscurity scales the context a candidate draws on by how small it is next
// to the largest candidate: document context may lift Paris, Texas (25,000)
// over Paris, France, but should not lift Cairo, Illinois (2,000) over Cairo,
// Egypt, on the strength of an article's other American places alone.
// maxMag is magnitude(maxPop).
func obscurity(pop, maxPop int, maxMag float64) float64 {
	if pop == maxPop {
		return 1 // the largest, without a logarithm: a ratio of 1
	}
	return min(1, obscuritySlack*(magnitude(pop)/maxMag))
}

// magnitude is a population's order of magnitude, plus one.
func magnitude(pop int) float64 { return math.Log10(float64(pop)+1) + 1 }

// obscuritySlack is how much smaller, in orders of magnitude relative to the
// largest candidate, a candidate can be before its context weighs less.
const obscuritySlack = 1.5

// hasNamesake reports whether an administrative seat among cands has the
// name of region c, by its preferred name, inside c: "Deir ez-Zor" the city
// in "Deir ez-Zor" the governorate. A bare name means the city.
func hasNamesake(cands []gazetteer.Candidate, c *gazetteer.Candidate) bool {
	for ci := range cands {
		if isNamesakeSeat(&cands[ci], c) { // by pointer: a Candidate is large
			return true
		}
	}
	return false
}

// isNamesakeSeat reports whether p is an administrative seat inside region
// c that bears its name (see hasNamesake).
func isNamesakeSeat(p, c *gazetteer.Candidate) bool {
	if c.Level != gazetteer.LevelAdmin1 && c.Level != gazetteer.LevelAdmin2 {
		return false
	}
	seat := strings.HasPrefix(p.Feature, "P.PPLA") || p.Feature == "P.PPLC"
	return p.Level == gazetteer.LevelPlace && seat && !p.Alternate && p.Country == c.Country && p.Admin1 == c.Admin1 &&
		(c.Level == gazetteer.LevelAdmin1 || p.Admin2 == c.Admin2 || seatOfDistrict(p, c))
}

// seatPopulation returns the population by which p's obscurity is judged:
// its own, or, for a seat that GeoNames gives none (Ma‘arrat an Nu‘mān: 0,
// its district 45,652), that of the district among cands whose namesake
// seat it is. A seat is what the district's name means in most text, and
// should not draw on less context than its district for want of a figure.
func seatPopulation(cands []gazetteer.Candidate, p *gazetteer.Candidate) int {
	pop := p.Population
	if pop > 0 || p.Level != gazetteer.LevelPlace || !strings.HasPrefix(p.Feature, "P.PPLA") {
		return pop // the common case, without a search
	}
	for ci := range cands {
		if c := &cands[ci]; c.Level == gazetteer.LevelAdmin2 && c.Population > pop && isNamesakeSeat(p, c) {
			pop = c.Population
		}
	}
	return pop
}

// seatOfDistrict reports whether p, a seat of a second-level region whose
// region code GeoNames leaves empty (Ma‘arrat an Nu‘mān in Idlib has
// none), lies close enough to district c of the same name to be its seat.
func seatOfDistrict(p, c *gazetteer.Candidate) bool {
	return p.Admin2 == "" && p.Feature == "P.PPLA2" && c.Level == gazetteer.LevelAdmin2 &&
		gazetteer.Distance(p.Lat, p.Lon, c.Lat, c.Lon) < seatDistrictKm
}

// seatDistrictKm is how far a district's point may lie from its seat's:
// districts of the region tables are points too, often near their middle.
const seatDistrictKm = 50

// gatherContext computes, from the current resolutions, the document's
// country weights and the regions it names or has places in. Each name
// counts once, weighted by the confidence of its resolution and by its kind.
func (r *run) gatherContext() {
	if r.own == nil {
		// The first round: the memory of an earlier run, if any.
		sc := r.scratch
		r.countries = sc.countries[:0]
		r.regions = slices.Grow(sc.regions[:0], r.regionIDs.n+1)[:r.regionIDs.n+1]
		r.within = slices.Grow(sc.within[:0], r.regionIDs.n+1)[:r.regionIDs.n+1]
		r.own = slices.Grow(sc.own[:0], len(r.groups))[:len(r.groups)]
		r.points = sc.points[:0]
		clear(r.regions)
		clear(r.within)
		clear(r.own)
	} else { // a later round: reuse the memory
		r.countries = r.countries[:0]
		clear(r.regions)
		clear(r.within)
		clear(r.own)
	}
	r.points = r.points[:0]
	r.total = 0
	if r.sentCountries == nil {
		n := len(r.doc.Sentences)
		r.sentCountries = slices.Grow(r.scratch.sentCountries[:0], n)[:n]
	}
	for i := range r.sentCountries {
		r.sentCountries[i] = r.sentCountries[i][:0]
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.qualRegion != 0 {
			r.regions[m.qualRegion]++
		}
		if m.best >= 0 && m.group >= 0 && m.sentence >= 0 {
			if c := m.cands[m.best].Country; c != "" {
				r.sentCountries[m.sentence] = append(r.sentCountries[m.sentence], countryVote{m.group, c})
			}
		}
		if m.best < 0 || m.group < 0 || r.own[m.group].set {
			continue
		}
		c := &m.cands[m.best] // by pointer: a Candidate is large
		w := m.score
		switch m.kind {
		case sitrep.PlaceAdjectival, sitrep.PlaceDatelineName:
			w *= 0.5 // the dateline is where the reporter files, often far from the story
		case sitrep.PlaceInName:
			w *= 0.5 // "Boone County Sheriff's Office" is about Boone County, but not only
		}
		own := contribution{set: true, weight: w, country: c.Country}
		if (c.Level == gazetteer.LevelPlace || c.Level == gazetteer.LevelAdmin2) && len(r.points) < maxPoints {
			r.points = append(r.points, point{group: m.group, lat: c.Lat, lon: c.Lon})
		}
		info := &r.groups[m.group].info[m.best]
		switch c.Level {
		case gazetteer.LevelAdmin1:
			own.region = info.admin1
		case gazetteer.LevelAdmin2:
			own.region2 = info.admin2
			own.inside = info.admin1
		case gazetteer.LevelPlace:
			own.inside, own.inside2 = info.admin1, info.admin2
		}
		for _, code := range [...]regionID{own.region, own.region2} {
			if code != 0 {
				r.regions[code]++
			}
		}
		for _, code := range [...]regionID{own.inside, own.inside2} {
			if code != 0 {
				r.within[code]++
			}
		}
		r.own[m.group] = own
		r.countries.add(c.Country, w)
		r.total += w
	}
	for gi := range r.groups {
		if g := &r.groups[gi]; g.contained {
			g.within = r.containerCountry(g)
		}
	}
	// nearness finds the points within reach by binary search.
	slices.SortFunc(r.points, func(a, b point) int {
		// The same comparisons, and so the same order, as sort.Slice by
		// "a.lat < b.lat" (one pdqsort): without its reflection.
		switch {
		case a.lat < b.lat:
			return -1
		case b.lat < a.lat:
			return 1
		}
		return 0
	})
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
	if len(r.mentions) > 0 {
		// One allocation: a Place is large, and growing by appends
		// copies and discards as many bytes again.
		doc.Places = slices.Grow(doc.Places, len(r.mentions))
	}
	for i := range r.mentions {
		m := &r.mentions[i]
		var e gazetteer.Entry
		score := m.score
		prec := sitrep.GeoPrecision(0)
		if m.best >= 0 {
			e = m.cands[m.best].Entry
			prec = precision(e.Level)
		} else {
			if m.kind == sitrep.PlaceInName {
				continue // a name's word, not a place: see dropNamesakesInNames
			}
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
//
// The regions of every sentence are found once, on the first call (see
// sentenceRegions): looking through every place for each one left
// unresolved cost a long text the product of the two.
func (r *run) fallback(s sitrep.Span) (gazetteer.Entry, bool) {
	if r.sentRegions == nil {
		r.sentRegions = r.sentenceRegions()
	}
	k := r.sentenceHolding(s)
	if k < 0 || r.sentRegions[k] < 0 {
		return gazetteer.Entry{}, false
	}
	m := &r.mentions[r.sentRegions[k]]
	return m.cands[m.best].Entry, true
}

// sentenceHolding returns the index of the sentence that contains span s,
// or -1.
func (r *run) sentenceHolding(s sitrep.Span) int {
	ss := r.doc.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > s.Start })
	if k >= len(ss) || !ss[k].Span.Contains(s) {
		return -1
	}
	return k
}

// sentenceRegions returns, for each sentence, the index of its mention
// resolved to the finest first- or second-level region (the first of
// those, at the same level), or -1; not a place in a name.
func (r *run) sentenceRegions() []int {
	ss := r.doc.Sentences
	regions := slices.Grow(r.scratch.sentRegions[:0], len(ss))[:len(ss)]
	for k := range regions {
		regions[k] = -1
	}
	r.scratch.sentRegions = regions
	for i := range r.mentions {
		m := &r.mentions[i] // by pointer: a mention is large
		if m.best < 0 || m.kind == sitrep.PlaceInName {
			continue
		}
		c := &m.cands[m.best].Entry
		if c.Level != gazetteer.LevelAdmin1 && c.Level != gazetteer.LevelAdmin2 {
			continue
		}
		k := r.sentenceHolding(m.span)
		if k < 0 {
			continue
		}
		if b := regions[k]; b < 0 || c.Level < r.mentions[b].cands[r.mentions[b].best].Entry.Level {
			regions[k] = i
		}
	}
	return regions
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
// town, the dateline's counting as datelineCityWeight mentions.
func (r *run) focus() {
	doc := r.doc
	doc.Focus = sitrep.Focus{City: -1}
	// The countries are few: a slice, as in gatherContext, from the
	// scratch memory.
	weight := r.scratch.focusWeights[:0]
	for ci := range doc.Places {
		p := &doc.Places[ci] // by pointer: a Candidate is large
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
		weight.add(p.Country, w)
	}
	best, bestWeight := "", 0.0
	for _, cw := range weight {
		if best == "" || cw.weight > bestWeight || (cw.weight == bestWeight && cw.country < best) {
			best, bestWeight = cw.country, cw.weight
		}
	}
	doc.Focus.Country = best
	r.scratch.focusWeights = weight[:0]
	counts := r.scratch.cityCounts
	clear(counts)
	for i, p := range doc.Places {
		if p.Country != best || p.Precision != sitrep.PrecisionTown || p.Kind == sitrep.PlaceInName || p.GeonameID == 0 {
			continue
		}
		if p.Kind == sitrep.PlaceDatelineName {
			counts[p.GeonameID] += datelineCityWeight
		} else {
			counts[p.GeonameID]++
		}
		if doc.Focus.City < 0 || counts[p.GeonameID] > counts[doc.Places[doc.Focus.City].GeonameID] {
			doc.Focus.City = i
		}
	}
}
