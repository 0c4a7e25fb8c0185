package facts

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// An ArticleResult is how one article's pipeline output scored against its
// fact file.
type ArticleResult struct {
	Name       string              // the article's base name, "sputnik-deir-ez-zor"
	File       string              // the article's path
	Categories map[Category]Counts // one entry per category of Categories()
	Loose      Counts              // events matched on type, place and date only
	Facts      []FactResult        // every gold fact, in file order by category
	False      []FalseItem         // system items of complete categories that match no fact
	Source     *SourceResult       // nil if the fact file gives no source
	Warnings   []string            // parts of the fact file that were ignored
	Err        string              // why the article could not be scored; "" if it was
}

// Counts are the tallies behind recall and precision.
type Counts struct {
	Gold, Found int
	// Complete reports whether precision is defined: the category is
	// annotated exhaustively (in at least one article, once summed).
	Complete bool
	System   int // system items of the category, where Complete
	Correct  int // of those, the ones that match some gold fact
}

// Add adds o's tallies to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Found += o.Found
	if o.Complete {
		c.Complete = true
		c.System += o.System
		c.Correct += o.Correct
	}
}

// Recall returns Found/Gold, and false if there is no gold fact.
func (c Counts) Recall() (float64, bool) {
	if c.Gold == 0 {
		return 0, false
	}
	return float64(c.Found) / float64(c.Gold), true
}

// Precision returns Correct/System, and false if the category is not
// complete or the system has no item of it.
func (c Counts) Precision() (float64, bool) {
	if !c.Complete || c.System == 0 {
		return 0, false
	}
	return float64(c.Correct) / float64(c.System), true
}

// F1 returns the harmonic mean of Recall and Precision, and false if either
// is undefined.
func (c Counts) F1() (float64, bool) {
	r, okR := c.Recall()
	p, okP := c.Precision()
	if !okR || !okP {
		return 0, false
	}
	if p+r == 0 {
		return 0, true
	}
	return 2 * p * r / (p + r), true
}

// A FactResult says whether one gold fact was found.
type FactResult struct {
	Category Category
	Index    int    // position in the fact file's list of Category
	Fact     string // a short description of the fact
	Found    bool
	Loose    bool   // for events: found by type, place and date alone
	Nearest  string // for missed facts: the closest system item and what it lacks; "" if none
}

// A FalseItem is a system item of a complete category that matches no gold fact.
type FalseItem struct {
	Category Category
	Span     sitrep.Span
	Text     string // the text of Span
	Item     string // what the system made of it
}

// A SourceResult compares the publisher the reader detected with the gold one.
type SourceResult struct {
	Gold, Detected string
	Match          bool
}

// Score matches doc, already run through the pipeline, against the facts of
// f. It never panics, even on a document whose indexes are out of range.
func Score(doc *sitrep.Document, f *File) ArticleResult {
	s := newScorer(doc)
	res := ArticleResult{Categories: make(map[Category]Counts), Warnings: f.Warnings}
	s.entities(f, &res)
	s.places(f, &res)
	s.times(f, &res)
	s.numbers(f, &res)
	s.quotes(f, &res)
	s.events(f, &res)
	if f.Source != "" {
		res.Source = &SourceResult{Gold: f.Source, Detected: doc.Meta.Source, Match: samePublisher(f.Source, doc.Meta.Source)}
	}
	return res
}

// Overall returns r's counts summed over categories.
func (r *ArticleResult) Overall() Counts {
	var c Counts
	for _, cat := range Categories() {
		c.Add(r.Categories[cat])
	}
	return c
}

// A scorer holds a document and the names of its items, computed once.
type scorer struct {
	doc         *sitrep.Document
	names       names
	entityNames []nameSet // per doc.Entities
	placeNames  []nameSet // per doc.Places
}

func newScorer(doc *sitrep.Document) *scorer {
	s := &scorer{doc: doc, names: names{doc}}
	for i := range doc.Entities {
		ns := nameSet{}
		s.names.entity(ns, i)
		s.entityNames = append(s.entityNames, ns)
	}
	for i := range doc.Places {
		s.placeNames = append(s.placeNames, s.names.place(&doc.Places[i]))
	}
	return s
}

// tally records the facts of one category. found reports whether fact i was
// found, and describes the nearest miss. If the category is complete,
// system lists the system's items and correct reports whether item j
// matches some fact.
func (s *scorer) tally(res *ArticleResult, f *File, c Category, describe func(i int) (index int, fact string),
	found func(i int) (bool, string), system int, correct func(j int) bool, falseItem func(j int) FalseItem) {
	n := Counts{Gold: f.Len(c)}
	for i := range n.Gold {
		index, fact := describe(i)
		ok, nearest := found(i)
		if ok {
			n.Found++
			nearest = ""
		}
		res.Facts = append(res.Facts, FactResult{Category: c, Index: index, Fact: fact, Found: ok, Nearest: nearest})
	}
	if f.IsComplete(c) {
		n.Complete = true
		n.System = system
		for j := range system {
			if correct(j) {
				n.Correct++
			} else {
				res.False = append(res.False, falseItem(j))
			}
		}
	}
	res.Categories[c] = n
}

func (s *scorer) falseSpan(c Category, sp sitrep.Span, item string) FalseItem {
	return FalseItem{Category: c, Span: sp, Text: s.names.text(sp), Item: item}
}

// ---- entities

func (s *scorer) entityMatches(g *Entity, e int) bool {
	t := s.doc.Entities[e].Type
	return (g.Type == "" || strings.EqualFold(g.Type, string(t))) && s.entityNames[e].matches(g.Names)
}

func (s *scorer) entities(f *File, res *ArticleResult) {
	s.tally(res, f, Entities,
		func(i int) (int, string) {
			g := &f.Entities[i]
			return g.Index, strings.TrimSpace(g.Type + " " + quoteNames(g.Names))
		},
		func(i int) (bool, string) {
			for e := range s.doc.Entities {
				if s.entityMatches(&f.Entities[i], e) {
					return true, ""
				}
			}
			for e := range s.doc.Entities {
				if s.entityNames[e].matches(f.Entities[i].Names) {
					return false, fmt.Sprintf("an entity of that name has type %s", s.doc.Entities[e].Type)
				}
			}
			return false, ""
		},
		len(s.doc.Entities),
		func(e int) bool {
			return slices.ContainsFunc(f.Entities, func(g Entity) bool { return s.entityMatches(&g, e) })
		},
		func(e int) FalseItem {
			ent := &s.doc.Entities[e]
			var sp sitrep.Span
			if ent.Name >= 0 && ent.Name < len(s.doc.Mentions) {
				sp = s.doc.Mentions[ent.Name].Span
			}
			return s.falseSpan(Entities, sp, string(ent.Type))
		})
}

// ---- places

// EarthRadiusKm is the mean radius of the Earth used for distances.
const EarthRadiusKm = 6371.0088

// NearKm is how close a resolution must be to a gold point whose GeoNames id
// it does not share.
const NearKm = 25.0

// DistanceKm returns the great-circle distance between two points in degrees.
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * EarthRadiusKm * math.Asin(math.Sqrt(min(1, a)))
}

// Locates reports whether a system place p lies at l: the same GeoNames id
// or within NearKm of l's point; in l's country; or in l's admin1 region.
// A resolution finer than l's level, inside it, counts.
func (l Location) Locates(p *sitrep.Place) bool {
	switch l.Level {
	case LevelCountry:
		return strings.EqualFold(p.Country, l.Country)
	case LevelAdmin1:
		return strings.EqualFold(p.Country, l.Country) && strings.EqualFold(p.Admin1, l.Admin1)
	case LevelPoint:
		if l.GeonameID != 0 && p.GeonameID == l.GeonameID {
			return true
		}
		// (0, 0) is how an unresolved point reads; no article is about the Gulf of Guinea's null island.
		hasPoint := p.Lat != 0 || p.Lon != 0
		return l.HasPoint && hasPoint && DistanceKm(l.Lat, l.Lon, p.Lat, p.Lon) <= NearKm
	}
	return false
}

func (s *scorer) placeMatches(g *Place, j int) bool {
	return (g.Names == nil || s.placeNames[j].matches(g.Names)) &&
		(g.Level == "" || g.Locates(&s.doc.Places[j]))
}

// placeGroups returns the system's distinct places, which precision counts:
// the toponyms, that is places other than demonyms and adjectival forms
// ("Syrian", "US-led") and places inside an organization's name, grouped by
// resolution (GeoNames id, else admin1 region, else country). Each group
// lists indexes into doc.Places.
func (s *scorer) placeGroups() [][]int {
	var groups [][]int
	at := make(map[string]int)
	for j := range s.doc.Places {
		p := &s.doc.Places[j]
		if p.Kind == sitrep.PlaceInName || p.Kind == sitrep.PlaceAdjectival {
			continue
		}
		key := fmt.Sprintf("id:%d", p.GeonameID)
		if p.GeonameID == 0 {
			key = "region:" + strings.ToUpper(p.Country) + "/" + p.Admin1
		}
		g, ok := at[key]
		if !ok {
			g = len(groups)
			at[key] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], j)
	}
	return groups
}

func (s *scorer) places(f *File, res *ArticleResult) {
	groups := s.placeGroups()
	s.tally(res, f, Places,
		func(i int) (int, string) {
			return f.Places[i].Index, describePlace(f.Places[i].Names, f.Places[i].Location)
		},
		func(i int) (bool, string) {
			g := &f.Places[i]
			for j := range s.doc.Places {
				if s.placeMatches(g, j) {
					return true, ""
				}
			}
			for j := range s.doc.Places {
				if g.Names != nil && s.placeNames[j].matches(g.Names) {
					return false, "resolved to " + s.describeSystemPlace(j)
				}
			}
			return false, ""
		},
		len(groups),
		func(k int) bool {
			for _, j := range groups[k] {
				for i := range f.Places {
					if s.placeMatches(&f.Places[i], j) {
						return true
					}
				}
			}
			return false
		},
		func(k int) FalseItem {
			j := groups[k][0]
			item := s.describeSystemPlace(j)
			if len(groups[k]) > 1 {
				item += fmt.Sprintf(", %d mentions", len(groups[k]))
			}
			return s.falseSpan(Places, s.doc.Places[j].Span, item)
		})
}

func (s *scorer) describeSystemPlace(j int) string {
	p := &s.doc.Places[j]
	where := p.Country
	if p.Admin1 != "" {
		where += "/" + p.Admin1
	}
	if p.GeonameID != 0 {
		return fmt.Sprintf("%s (%d, %s, %.3f %.3f)", p.Name, p.GeonameID, where, p.Lat, p.Lon)
	}
	return fmt.Sprintf("%s (%s)", p.Name, where)
}

func describePlace(names Aliases, l Location) string {
	d := quoteNames(names)
	switch l.Level {
	case LevelCountry:
		d += " country " + l.Country
	case LevelAdmin1:
		d += " admin1 " + l.Country + "/" + l.Admin1
	case LevelPoint:
		if l.GeonameID != 0 {
			d += fmt.Sprintf(" geonameid %d", l.GeonameID)
		}
		if l.HasPoint {
			d += fmt.Sprintf(" at %.3f %.3f", l.Lat, l.Lon)
		}
	}
	return strings.TrimSpace(d)
}

// ---- times

func (s *scorer) timeMatches(g *Time, occ []sitrep.Span, t *sitrep.Time) bool {
	return t.Value == g.Value && (g.Text == "" || coversAny(t.Span, occ))
}

// coversAny reports whether sp covers one of the spans in occ.
func coversAny(sp sitrep.Span, occ []sitrep.Span) bool {
	return slices.ContainsFunc(occ, sp.Contains)
}

// nestsAny reports whether sp covers or lies within one of the spans in occ.
func nestsAny(sp sitrep.Span, occ []sitrep.Span) bool {
	return slices.ContainsFunc(occ, func(o sitrep.Span) bool { return sp.Contains(o) || o.Contains(sp) })
}

// textOccurrences returns where each fact's text occurs in the document.
func (s *scorer) textOccurrences(n int, text func(i int) string) [][]sitrep.Span {
	occ := make([][]sitrep.Span, n)
	for i := range n {
		occ[i] = occurrences(s.doc.Text, text(i))
	}
	return occ
}

func (s *scorer) times(f *File, res *ArticleResult) {
	occ := s.textOccurrences(len(f.Times), func(i int) string { return f.Times[i].Text })
	s.tally(res, f, Times,
		func(i int) (int, string) {
			return f.Times[i].Index, fmt.Sprintf("%q = %s", f.Times[i].Text, f.Times[i].Value)
		},
		func(i int) (bool, string) {
			g := &f.Times[i]
			if g.Text != "" && occ[i] == nil {
				return false, "text not in the article"
			}
			var near []string
			for k := range s.doc.Times {
				t := &s.doc.Times[k]
				if s.timeMatches(g, occ[i], t) {
					return true, ""
				}
				if nestsAny(t.Span, occ[i]) {
					near = append(near, fmt.Sprintf("%q = %s", s.names.text(t.Span), t.Value))
				}
			}
			return false, strings.Join(near, "; ")
		},
		len(s.doc.Times),
		func(k int) bool {
			for i := range f.Times {
				if s.timeMatches(&f.Times[i], occ[i], &s.doc.Times[k]) {
					return true
				}
			}
			return false
		},
		func(k int) FalseItem {
			t := &s.doc.Times[k]
			return s.falseSpan(Times, t.Span, string(t.Type)+" "+t.Value)
		})
}

// ---- numbers

// rangeIs reports whether c is the range r; a nil r matches any count.
func rangeIs(r *Range, c sitrep.Count) bool {
	if r == nil {
		return true
	}
	if float64(c.Min) != r.Min || c.Open != r.Open {
		return false
	}
	return r.Open || float64(c.Max) == r.Max
}

// quantityUnit reports whether unit is one that plain numbers, rather than
// casualty figures, carry.
func quantityUnit(unit string) bool { return unit == "people" || unit == "other" }

func (s *scorer) figureMatches(g *Number, occ []sitrep.Span, fig *sitrep.Figure) bool {
	if quantityUnit(g.Unit) || (g.Unit != "" && g.Unit != string(fig.Unit)) {
		return false
	}
	return rangeIs(g.Range, fig.Count) && (g.Text == "" || coversAny(fig.Span, occ))
}

// numberMatches matches a plain number: its span nests with the fact's text,
// since a number covers only the quantity ("200") and the fact's text may
// name what is counted ("200 protesters").
func (s *scorer) numberMatches(g *Number, occ []sitrep.Span, num *sitrep.Number) bool {
	if g.Unit != "" && !quantityUnit(g.Unit) {
		return false
	}
	return rangeIs(g.Range, num.Value) && (g.Text == "" || nestsAny(num.Span, occ))
}

// numberItems returns the system's items for numbers precision: every figure,
// then every number that no figure counts, as indexes into doc.Figures and
// doc.Numbers (the latter offset by len(doc.Figures)).
func (s *scorer) numberItems() []int {
	counted := make(map[int]bool)
	var items []int
	for j := range s.doc.Figures {
		items = append(items, j)
		counted[s.doc.Figures[j].Number] = true
	}
	for j := range s.doc.Numbers {
		if !counted[j] {
			items = append(items, len(s.doc.Figures)+j)
		}
	}
	return items
}

func (s *scorer) numbers(f *File, res *ArticleResult) {
	occ := s.textOccurrences(len(f.Numbers), func(i int) string { return f.Numbers[i].Text })
	matches := func(i, item int) bool {
		g := &f.Numbers[i]
		if item < len(s.doc.Figures) {
			fig := &s.doc.Figures[item]
			if s.figureMatches(g, occ[i], fig) {
				return true
			}
			return fig.Number >= 0 && fig.Number < len(s.doc.Numbers) && s.numberMatches(g, occ[i], &s.doc.Numbers[fig.Number])
		}
		return s.numberMatches(g, occ[i], &s.doc.Numbers[item-len(s.doc.Figures)])
	}
	all := len(s.doc.Figures) + len(s.doc.Numbers)
	items := s.numberItems()
	s.tally(res, f, Numbers,
		func(i int) (int, string) {
			g := &f.Numbers[i]
			d := fmt.Sprintf("%q", g.Text)
			if g.Range != nil {
				d += " " + g.Range.String()
			}
			return g.Index, strings.TrimSpace(d + " " + g.Unit)
		},
		func(i int) (bool, string) {
			if f.Numbers[i].Text != "" && occ[i] == nil {
				return false, "text not in the article"
			}
			var near []string
			for item := range all {
				if matches(i, item) {
					return true, ""
				}
				if item < len(s.doc.Figures) {
					fig := &s.doc.Figures[item]
					if nestsAny(fig.Span, occ[i]) {
						near = append(near, fmt.Sprintf("figure %q %s %s", s.names.text(fig.Span), countString(fig.Count), fig.Unit))
					}
				}
			}
			return false, strings.Join(near, "; ")
		},
		len(items),
		func(k int) bool {
			for i := range f.Numbers {
				if matches(i, items[k]) {
					return true
				}
			}
			return false
		},
		func(k int) FalseItem {
			if item := items[k]; item < len(s.doc.Figures) {
				fig := &s.doc.Figures[item]
				return s.falseSpan(Numbers, fig.Span, countString(fig.Count)+" "+string(fig.Unit))
			}
			num := &s.doc.Numbers[items[k]-len(s.doc.Figures)]
			return s.falseSpan(Numbers, num.Span, countString(num.Value))
		})
}

func countString(c sitrep.Count) string {
	return Range{Min: float64(c.Min), Max: float64(c.Max), Open: c.Open}.String()
}

// ---- quotes

// quoteMisses returns the fields of g that attribution a fails; none if a
// matches. contains comes first, so the nearest miss is a quote of the
// right content.
func (s *scorer) quoteMisses(g *Quote, a *sitrep.Attribution) []string {
	var miss []string
	if g.Contains != "" && !containsFolded(s.names.text(a.Content), g.Contains) {
		miss = append(miss, "contains")
	}
	if g.Speaker != nil && !s.names.speaker(a).matches(g.Speaker) {
		miss = append(miss, "speaker")
	}
	if g.Cue != nil && !cueMatches(s.names.text(a.Cue), g.Cue) {
		miss = append(miss, "cue")
	}
	if g.Direct != nil && !s.directMatches(*g.Direct, g.Contains, a) {
		miss = append(miss, "direct")
	}
	if g.Via != nil && !s.chainMatches(g.Via, a.Via) {
		miss = append(miss, "via")
	}
	return miss
}

// directMatches reports whether attribution a is as direct as a quote fact
// says. "direct": true says the words the fact contains are the speaker's
// own, quoted: a quotation has them, and so has a partial quotation
// inside a reported content ("its forces had “eliminated five
// terrorists”", PARC's mixed) when they lie in it. "direct": false asks
// for a reported content, which a partial quotation is too.
func (s *scorer) directMatches(direct bool, contains string, a *sitrep.Attribution) bool {
	if !direct || a.Direct {
		return direct == a.Direct
	}
	return contains != "" && slices.ContainsFunc(a.Quoted, func(q sitrep.Span) bool {
		return containsFolded(s.names.text(q), contains)
	})
}

// chainMatches reports whether a system reporting chain matches a gold one;
// see Chain.
func (s *scorer) chainMatches(g *Chain, via []sitrep.Link) bool {
	switch {
	case len(g.Links) == 0:
		return len(via) == 0
	case g.Ordered:
		if len(via) != len(g.Links) {
			return false
		}
		for i, l := range via {
			if !s.names.link(l).matches(g.Links[i]) {
				return false
			}
		}
		return true
	}
	return slices.ContainsFunc(via, func(l sitrep.Link) bool { return s.names.link(l).matches(g.Links[0]) })
}

func (s *scorer) quotes(f *File, res *ArticleResult) {
	s.tally(res, f, Quotes,
		func(i int) (int, string) { return f.Quotes[i].Index, describeQuote(&f.Quotes[i]) },
		func(i int) (bool, string) {
			g := &f.Quotes[i]
			best, bestMiss := -1, []string(nil)
			for k := range s.doc.Attributions {
				miss := s.quoteMisses(g, &s.doc.Attributions[k])
				if len(miss) == 0 {
					return true, ""
				}
				if slices.Contains(miss, "contains") {
					continue
				}
				if best < 0 || len(miss) < len(bestMiss) {
					best, bestMiss = k, miss
				}
			}
			if best < 0 {
				return false, ""
			}
			a := &s.doc.Attributions[best]
			return false, fmt.Sprintf("%s %q: wrong %s", s.describeAttribution(a), s.names.text(a.Content), strings.Join(bestMiss, ", "))
		},
		len(s.doc.Attributions),
		func(k int) bool {
			return slices.ContainsFunc(f.Quotes, func(g Quote) bool { return len(s.quoteMisses(&g, &s.doc.Attributions[k])) == 0 })
		},
		func(k int) FalseItem {
			a := &s.doc.Attributions[k]
			return s.falseSpan(Quotes, a.Content, s.describeAttribution(a))
		})
}

func (s *scorer) describeAttribution(a *sitrep.Attribution) string {
	d := fmt.Sprintf("source %q cue %q direct %v", s.names.text(a.Source), s.names.text(a.Cue), a.Direct)
	for _, l := range a.Via {
		d += fmt.Sprintf(" via %q", s.names.text(l.Span))
	}
	return d
}

func describeQuote(g *Quote) string {
	d := quoteNames(g.Speaker)
	if g.Contains != "" {
		d += fmt.Sprintf(" %q", g.Contains)
	}
	if g.Cue != nil {
		d += " cue " + quoteNames(g.Cue)
	}
	if g.Direct != nil {
		d += fmt.Sprintf(" direct %v", *g.Direct)
	}
	if g.Via != nil {
		for _, l := range g.Via.Links {
			d += " via " + quoteNames(l)
		}
	}
	return strings.TrimSpace(d)
}

// ---- events

// eventMisses returns the fields of g that system event e fails: all of
// them, or, if loose, only type, place and date.
func (s *scorer) eventMisses(g *Event, e *sitrep.Event, loose bool) []string {
	var miss []string
	if g.Types != nil && !slices.Contains(g.Types, strings.ToUpper(string(e.Category))) {
		miss = append(miss, "type")
	}
	if g.Place != nil && !s.eventPlaceMatches(g.Place, e.Place) {
		miss = append(miss, "place")
	}
	if g.Date != "" && e.Date.Value != g.Date {
		miss = append(miss, "date")
	}
	if loose {
		return miss
	}
	if g.Modes != nil && !nameSetOf(e.Mode).matches(g.Modes) {
		miss = append(miss, "mode")
	}
	if g.Actor != nil && !s.names.argument(e.Actor).matches(g.Actor) {
		miss = append(miss, "actor")
	}
	if g.Target != nil && !s.names.argument(e.Target).matches(g.Target) {
		miss = append(miss, "target")
	}
	if g.Sources != nil && !s.sourcesMatch(g.Sources, e.Sources) {
		miss = append(miss, "sources")
	}
	if g.Dead != nil && !s.figureIs(g.Dead, e.Dead) {
		miss = append(miss, "dead")
	}
	if g.Injured != nil && !s.figureIs(g.Injured, e.Injured) {
		miss = append(miss, "injured")
	}
	for k := range g.Claims {
		if !slices.ContainsFunc(e.Claims, func(c sitrep.Claim) bool { return s.claimMatches(&g.Claims[k], c) }) {
			miss = append(miss, fmt.Sprintf("claims[%d]", k))
		}
	}
	return miss
}

func nameSetOf(name string) nameSet {
	s := nameSet{}
	s.add(name)
	return s
}

// eventPlaceMatches matches the event's place by location where the fact
// gives one, and by name otherwise.
func (s *scorer) eventPlaceMatches(g *EventPlace, j int) bool {
	if j < 0 || j >= len(s.doc.Places) {
		return false
	}
	if g.HasLocation {
		return g.Locates(&s.doc.Places[j])
	}
	return s.placeNames[j].matches(g.Names)
}

// sourcesMatch reports whether some attribution reporting the event names a
// source in aliases: as its speaker or as a link of its reporting chain.
func (s *scorer) sourcesMatch(aliases Aliases, sources []int) bool {
	for _, i := range sources {
		a := s.names.attribution(i)
		if a == nil {
			continue
		}
		if s.names.speaker(a).matches(aliases) {
			return true
		}
		for _, l := range a.Via {
			if s.names.link(l).matches(aliases) {
				return true
			}
		}
	}
	return false
}

func (s *scorer) figureIs(r *Range, fig int) bool {
	return fig >= 0 && fig < len(s.doc.Figures) && rangeIs(r, s.doc.Figures[fig].Count)
}

// claimMatches matches a claim by stance, by who takes it (the claim's
// entity or its attribution's speaker) and by whom it names as the actor.
func (s *scorer) claimMatches(g *Claim, c sitrep.Claim) bool {
	if g.Stance != "" && !strings.EqualFold(g.Stance, string(c.Stance)) {
		return false
	}
	if g.By != nil {
		by := nameSet{}
		s.names.entity(by, c.By)
		if a := s.names.attribution(c.Attribution); a != nil {
			for n := range s.names.speaker(a) {
				by[n] = true
			}
		}
		if !by.matches(g.By) {
			return false
		}
	}
	if g.Actor != nil {
		actor := nameSet{}
		s.names.entity(actor, c.Actor)
		if !actor.matches(g.Actor) {
			return false
		}
	}
	return true
}

func (s *scorer) events(f *File, res *ArticleResult) {
	s.tally(res, f, Events,
		func(i int) (int, string) { return f.Events[i].Index, describeEvent(&f.Events[i]) },
		func(i int) (bool, string) {
			g := &f.Events[i]
			best, bestMiss := -1, []string(nil)
			for k := range s.doc.Events {
				miss := s.eventMisses(g, &s.doc.Events[k], false)
				if len(miss) == 0 {
					return true, ""
				}
				if slices.Contains(miss, "type") {
					continue
				}
				if best < 0 || len(miss) < len(bestMiss) {
					best, bestMiss = k, miss
				}
			}
			if best < 0 {
				return false, ""
			}
			return false, fmt.Sprintf("%s: wrong %s", s.describeSystemEvent(best), strings.Join(bestMiss, ", "))
		},
		len(s.doc.Events),
		func(k int) bool {
			return slices.ContainsFunc(f.Events, func(g Event) bool { return len(s.eventMisses(&g, &s.doc.Events[k], false)) == 0 })
		},
		func(k int) FalseItem {
			e := &s.doc.Events[k]
			item := s.describeSystemEvent(k)
			if slices.ContainsFunc(f.Events, func(g Event) bool { return len(s.eventMisses(&g, e, true)) == 0 }) {
				item += " (a loose match)"
			}
			return s.falseSpan(Events, e.Span, item)
		})
	// The loose match, so that partial progress shows.
	loose := Counts{Gold: len(f.Events)}
	for i := range f.Events {
		ok := slices.ContainsFunc(s.doc.Events, func(e sitrep.Event) bool { return len(s.eventMisses(&f.Events[i], &e, true)) == 0 })
		if ok {
			loose.Found++
		}
		for k := range res.Facts {
			if r := &res.Facts[k]; r.Category == Events && r.Index == f.Events[i].Index {
				r.Loose = ok
			}
		}
	}
	if f.IsComplete(Events) {
		loose.Complete = true
		loose.System = len(s.doc.Events)
		for k := range s.doc.Events {
			if slices.ContainsFunc(f.Events, func(g Event) bool { return len(s.eventMisses(&g, &s.doc.Events[k], true)) == 0 }) {
				loose.Correct++
			}
		}
	}
	res.Loose = loose
}

func (s *scorer) describeSystemEvent(k int) string {
	e := &s.doc.Events[k]
	d := string(e.Category)
	if e.Mode != "" {
		d += "/" + e.Mode
	}
	d += fmt.Sprintf(" %q", s.names.text(e.Span))
	if e.Date.Value != "" {
		d += " " + e.Date.Value
	}
	if e.Place >= 0 && e.Place < len(s.doc.Places) {
		d += " at " + s.describeSystemPlace(e.Place)
	}
	if t := s.names.text(e.Actor.Span); t != "" {
		d += fmt.Sprintf(" actor %q", t)
	}
	if t := s.names.text(e.Target.Span); t != "" {
		d += fmt.Sprintf(" target %q", t)
	}
	return d
}

func describeEvent(g *Event) string {
	d := strings.Join(g.Types, "|")
	if g.Modes != nil {
		d += "/" + strings.Join(g.Modes, "|")
	}
	if g.Date != "" {
		d += " " + g.Date
	}
	if g.Place != nil {
		d += " at " + describePlace(g.Place.Names, g.Place.Location)
	}
	for _, f := range []struct {
		name    string
		aliases Aliases
	}{{"actor", g.Actor}, {"target", g.Target}, {"sources", g.Sources}} {
		if f.aliases != nil {
			d += " " + f.name + " " + quoteNames(f.aliases)
		}
	}
	if g.Dead != nil {
		d += " dead " + g.Dead.String()
	}
	if g.Injured != nil {
		d += " injured " + g.Injured.String()
	}
	for _, c := range g.Claims {
		d += " claim " + strings.TrimSpace(c.Stance+" "+quoteNames(c.By))
	}
	return strings.TrimSpace(d)
}

// quoteNames returns the aliases as "A"|"B".
func quoteNames(a Aliases) string {
	q := make([]string, len(a))
	for i, n := range a {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, "|")
}
