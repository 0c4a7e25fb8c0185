package entity

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/gazetteer"
	"github.com/sitrep-dev/sitrep/ner"
)

// chunkBreakers are lower-case words that no name contains between its
// words ("Bank of England" keeps "of"). Each starts with an ASCII letter,
// which chunks tests before it asks the map.
var chunkBreakers = map[string]bool{"on": true, "in": true, "at": true, "by": true,
	"from": true, "to": true, "during": true, "after": true, "before": true, "since": true, "until": true}

// speechBreakers are verbs of speech, in lower case, that end a name the
// tagger runs on over them.
var speechBreakers = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "added": true}

// timeWords start a date: weekdays and months.
var timeWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday
		January February March April May June July August September October November December
		Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. today yesterday tomorrow`) {
		timeWords[w] = true
	}
}

// teknonymWords open an Arabic name by one's child or father: "Umm
// Mohammed" (mother of), "Abu Ahmed" (father of).
var teknonymWords = map[string]bool{"Umm": true, "Um": true, "Abu": true, "Abou": true}

// isTimeWord reports whether w starts a date: a weekday, a month or a number.
func isTimeWord(w string) bool {
	return timeWords[w] || w != "" && '0' <= w[0] && w[0] <= '9'
}

// A chunk is a name the tagger found, before it becomes a mention: tokens
// [start, end) of a CoNLL type (PER, ORG, LOC, MISC).
type chunk struct {
	start, end int
	typ        string
}

// chunks returns the tagger's names corrected by rules that hold for news:
// names continue over particles ("Deir ez-Zor"); a demonym or country name
// joins the name right after it ("Syrian" + "Arab Red Crescent"); a name
// ending in an organization word is an ORG, and continues over "for" or
// "of" ("Syrian Observatory for Human Rights"); a "person" the gazetteer
// knows as a place whose first word is no first name is a place; capitalized
// words after a strong title are a person ("Col. Ryan Dillon").
func (a *annotator) chunks() []chunk {
	out := a.chunkBuf[:0]
	a.tagged = ner.AppendChunks(a.tagged[:0], a.labels)
	for _, c := range a.tagged {
		i, j := c.Start, c.End
		// Punctuation never ends a name (a possessive may: "Lord's"); "the"
		// never starts one, nor does "The" at the start of a sentence or
		// before a demonym ("The Syrian Foreign Ministry"); "The Hague"
		// keeps it.
		for j > i && a.toks[j-1].Kind == sitrep.TokenPunct && !isPossessive(a.words[j-1]) {
			j--
		}
		// A preposition before a date ends a name the tagger ran on:
		// "Maarat al-Numan" "on Sunday" (but "Cooperation in Europe" stays).
		for k := i + 1; k < j; k++ {
			// The breakers are lower case, the words of names mostly not:
			// the first byte before the map.
			if w := a.words[k]; w != "" && 'a' <= w[0] && w[0] <= 'z' && chunkBreakers[w] && (k+1 >= len(a.toks) || isTimeWord(a.words[k+1])) {
				j = k
				break
			}
		}
		// Nor does a name hold a verb of speech: "Defence Ministry"
		// "said Typhoons took part".
		for k := i + 1; k < j; k++ {
			if speechBreakers[a.words[k]] {
				j = k
				break
			}
		}
		if j-i == 1 && isPossessive(a.words[i]) {
			continue
		}
		for i < j && (a.words[i] == "the" || a.toks[i].Kind == sitrep.TokenPunct ||
			a.words[i] == "The" && i+1 < j && (a.startsClause(i) || a.isCountryWord(i+1))) {
			i++
		}
		// Nor does a name hold a description of a person before another
		// name: "National Police Service" "spokesperson" "Peter Kiprono",
		// where the tagger made one organization of the three.
		typ := c.Type
		for k := i + 1; k+1 < j; k++ {
			if w := a.words[k]; w != "" && 'a' <= w[0] && w[0] <= 'z' && a.capitalized(k+1) && a.s.lex.nominals[w].typ == sitrep.PERSON {
				if k > i && typ != "PER" {
					out = append(out, chunk{i, k, typ})
				}
				i, typ = k+1, "PER"
				break
			}
		}
		if i < j {
			out = append(out, chunk{i, j, typ})
		}
	}
	// Particles.
	for i := range out {
		for out[i].end < len(a.toks) && a.isParticleWord(out[i].end) && (i+1 >= len(out) || out[i+1].start > out[i].end) {
			out[i].end++
		}
	}
	// "Operation" before a name starts it: "Operation Inherent Resolve";
	// so does a teknonym's "Umm" or "Abu" before a person's: "Umm
	// Mohammed", which the tagger leaves out.
	for i := range out {
		c := &out[i]
		if c.start == 0 || i > 0 && out[i-1].end >= c.start-1 {
			continue
		}
		if w := a.words[c.start-1]; w == "Operation" || c.typ == "PER" && teknonymWords[w] {
			c.start--
		}
	}
	out = a.operations(out)
	out = a.orgRuns(out)
	// Merges.
	merged := out[:0]
	for _, c := range out {
		if n := len(merged); n > 0 {
			p := &merged[n-1]
			if a.sameSentence(p.start, c.start) && a.joins(*p, c) {
				p.end = c.end
				if c.end-c.start == 1 && a.isParticleWord(c.start) {
					continue // the particle takes the name's type
				}
				if a.isExact(c.end-1, exactOrgHead) || c.typ == "ORG" || p.typ == "ORG" {
					p.typ = "ORG"
				} else {
					p.typ = c.typ
				}
				continue
			}
		}
		merged = append(merged, c)
	}
	out = merged
	out = a.pluralPossessiveOrgs(out)
	for i := range out {
		c := &out[i]
		if a.isExact(c.end-1, exactOrgHead) && c.typ != "ORG" {
			if e, ok := a.lookup(c.start, c.end); !ok || e.Kind == actor.KindActor && e.Type == sitrep.ORG {
				c.typ = "ORG"
			}
		}
		if c.typ == "PER" && a.isPlace(c.start, c.end) {
			c.typ = "LOC"
		}
	}
	a.orgStarts(out)
	return a.titledPersons(out)
}

// pluralPossessiveOrgs runs a name on over a plural possessive and the
// organization word after it, which the tagger cuts at the apostrophe:
// "Palestinian Prisoners" "'" "Society". A chunk that starts at that word
// is taken in.
func (a *annotator) pluralPossessiveOrgs(cs []chunk) []chunk {
	out := cs[:0]
	for _, c := range cs {
		if n := len(out); n > 0 {
			// The name before may have been run on over this one's first
			// word already: "Farmers" "'" "Union of Wales".
			if p := &out[n-1]; p.end > c.start && p.typ == "ORG" && p.end <= c.end {
				p.end = c.end
				continue
			}
		}
		if c.end+1 < len(a.toks) && a.possessiveOrgAt(c.end) {
			c.end, c.typ = c.end+2, "ORG"
		}
		out = append(out, c)
	}
	return out
}

// possessiveOrgAt reports whether token i is the apostrophe of a plural
// possessive, right after a word in -s, before an organization word:
// "Prisoners' Society", "Workers' Union".
func (a *annotator) possessiveOrgAt(i int) bool {
	if i < 1 || i+1 >= len(a.toks) || a.words[i] != "'" && a.words[i] != "’" || a.toks[i-1].End != a.toks[i].Start {
		return false
	}
	return strings.HasSuffix(a.words[i-1], "s") && a.sameSentence(i, i+1) && a.isExact(i+1, exactOrgHead)
}

// orgStarts moves the start of an organization's name back over the words
// the tagger left out: the capitalized words before an organization word
// ("Wad" of "Wad Madani Resistance Committee", "People's" of "People's
// Defence Force"), and a capitalized word with "for the" before any
// organization ("Volunteers for the Defence of the Homeland"). A
// country's possessive stays out ("Russia's Defence Ministry"), and so do
// titles ("Spokesman for the Syrian Democratic Forces") and a sentence's
// first word, which is capitalized whatever it is ("Among Supreme Court
// justices"), unless it is a possessive ("People's").
func (a *annotator) orgStarts(cs []chunk) {
	for i := range cs {
		c := &cs[i]
		if c.typ != "ORG" {
			continue
		}
		floor := a.sentenceStart(c.start)
		if i > 0 {
			floor = max(floor, cs[i-1].end)
		}
		orgHead := a.isExact(c.end-1, exactOrgHead)
		for k := a.orgStartBefore(c.start, floor, orgHead); k < c.start; k = a.orgStartBefore(c.start, floor, orgHead) {
			c.start = k
		}
	}
}

// orgStartBefore returns the start of the words before token start, not
// before floor, that orgStarts adds to a name, or start if none;
// orgHead says whether the name ends in an organization word.
func (a *annotator) orgStartBefore(start, floor int, orgHead bool) int {
	k := start - 1
	switch {
	case orgHead && k >= floor && a.orgNameWord(k) && !a.startsClause(k):
		return k
	case orgHead && k-1 >= floor && isNamePossessive(a.words[k]) && a.toks[k-1].End == a.toks[k].Start &&
		a.orgNameWord(k-1) && !a.isCountryWord(k-1):
		return k - 1
	case k-2 >= floor && a.words[k] == "the" && a.words[k-1] == "for" &&
		a.orgNameWord(k-2) && !a.startsClause(k-2) && !a.isExact(k-2, exactTitle):
		return k - 2
	}
	return start
}

// isNamePossessive reports whether w is the "'s" of a possessive, which a
// name may hold ("People's"); a bare apostrophe may close a quotation.
func isNamePossessive(w string) bool {
	return w == "'s" || w == "’s" || w == "'S" || w == "’S"
}

// orgNameWord reports whether token k can be a word of an organization's
// name that the tagger left out: capitalized, but not a function word, a
// determiner, a preposition, a date's word or an acronym of more than three
// letters (a title's capitals are no name's: "After Latest Police").
func (a *annotator) orgNameWord(k int) bool {
	w := a.words[k]
	return a.toks[k].Kind == sitrep.TokenWord && a.capitalized(k) &&
		a.class(k)&(classFunction|classFollower|classDefinite|classIndefinite) == 0 && !chunkBreakers[a.lower(k)] &&
		!isTimeWord(w) && !isTimeWord(a.lower(k)) && !(a.allCaps(k) && len(w) > 3)
}

func (a *annotator) sameSentence(i, j int) bool { return a.sentOf[i] == a.sentOf[j] }

// joins reports whether chunk c continues chunk p: "Syrian" "Arab Red
// Crescent"; "Syrian Observatory" for "Human Rights".
func (a *annotator) joins(p, c chunk) bool {
	if c.start == p.end && a.isParticleWord(c.start) {
		return true // "Deir" "ez-Zor"
	}
	if c.start == p.end && p.end-p.start == 1 {
		if e, ok := a.lookup(p.start, p.end); ok && (e.Kind == actor.KindDemonym || e.Kind == actor.KindCountry) && (c.typ == "ORG" || a.isExact(c.end-1, exactOrgHead)) {
			return true
		}
	}
	// Two names split by capitalized words only: "Operation" "Inherent"
	// "Resolve".
	if gap := c.start - p.end; gap <= 2 {
		all := true
		for k := p.end; k < c.start; k++ {
			all = all && a.toks[k].Kind == sitrep.TokenWord && a.capitalized(k) && !a.allCaps(k)
		}
		if all && (gap > 0 || p.typ == c.typ && a.words[p.start] == "Operation") {
			return true
		}
	}
	if !a.isExact(p.end-1, exactOrgHead) {
		return false
	}
	gap := c.start - p.end
	if gap < 1 || gap > 2 {
		return false
	}
	w := a.words[p.end]
	if w != "for" && w != "of" {
		return false
	}
	return gap == 1 || a.words[p.end+1] == "the"
}

// isParticleWord reports whether token i is a particle joined to a capital
// by a hyphen: "ez-Zor", "al-Assad".
func (a *annotator) isParticleWord(i int) bool {
	if !a.hasHyphen(i) {
		return false
	}
	return a.s.lex.isParticleName(a.words[i])
}

// isParticleName reports whether w is a particle joined to a capital by a
// hyphen, as names of Arabic origin start: "al-Shabaab", "ez-Zor".
func (lx *lexicon) isParticleName(w string) bool {
	h := strings.IndexByte(w, '-')
	return h > 0 && h+1 < len(w) && lx.particles[w[:h]] && isCapitalized(w[h+1:])
}

// isPlace reports whether tokens [i, j) name a place of the gazetteer and do
// not start with a first name.
//
// A single word is not enough: most surnames are also the name of some
// place. Two words starting with no first name ("Deir ez-Zor", "Deir
// Ezzour") rarely name a person.
func (a *annotator) isPlace(i, j int) bool {
	if a.s.places == nil || j-i < 2 || ner.IsFirstName(a.words[i]) {
		return false
	}
	return a.s.places.Has(gazetteer.Fold(a.text[a.toks[i].Start:a.toks[j-1].End]))
}

// titledPersons adds a person after each strong title ("Col. Ryan
// Dillon", "President Bashar al-Assad") where the tagger found none,
// replacing what it found over the title and the name.
//
// The persons are gathered first and merged into cs once: inserting each
// into the sorted slice moved the chunks after it every time, which on a
// long text cost the square of its names.
func (a *annotator) titledPersons(cs []chunk) []chunk {
	t := titled{cs: cs}
	for _, c := range cs {
		t.longest = max(t.longest, c.end-c.start)
	}
	t.dropped = slices.Grow(a.droppedChunks[:0], len(cs))[:len(cs)]
	clear(t.dropped)
	next := 0 // the token after the last person added
	if a.s.lex.lowerTitles {
		for i := range a.toks {
			if i >= next {
				next = a.titledPersonAt(&t, i, next)
			}
		}
	} else {
		// Titles are capitalized: look at capitals only.
		for _, c := range a.capitals {
			if i := int(c); i >= next {
				next = a.titledPersonAt(&t, i, next)
			}
		}
	}
	a.droppedChunks = t.dropped
	if len(t.added) == 0 {
		return cs
	}
	out := make([]chunk, 0, len(cs)+len(t.added))
	k := 0
	for ci, c := range cs {
		for k < len(t.added) && t.added[k].start <= c.start {
			out = append(out, t.added[k])
			k++
		}
		if !t.dropped[ci] {
			out = append(out, c)
		}
	}
	return append(out, t.added[k:]...)
}

// titled is the work of titledPersons: the tagger's chunks, sorted by
// start, none longer than longest tokens; those the persons replace; and
// the persons, in text order.
type titled struct {
	cs      []chunk
	longest int
	dropped []bool
	added   []chunk
}

// titledPersonAt adds to t the person after a strong title at token i, if
// there is one, and returns the token after it, or else next. The chunks
// it looks at are found by binary search: scanning them all per title
// would cost a long text the square of its names.
func (a *annotator) titledPersonAt(t *titled, i, next int) int {
	if !a.isExact(i, exactStrong) {
		return next
	}
	j := i + 1
	for j < len(a.toks) && a.capitalized(j) {
		if !a.isExact(j, exactTitle) {
			break
		}
		j++
	}
	k := j
	for k < len(a.toks) && k < j+4 && a.sameSentence(i, k) && a.toks[k].Kind == sitrep.TokenWord &&
		(a.capitalized(k) || a.isParticleWord(k)) {
		k++
	}
	if k == j || a.isExact(k-1, exactOrgHead) {
		return next
	}
	if e, ok := a.lookup(j, k); ok && e.Type != sitrep.PERSON {
		return next
	}
	cs := t.cs
	at, _ := slices.BinarySearchFunc(cs, j, chunkStartsAt)
	for ci := at; ci < len(cs) && cs[ci].start == j; ci++ {
		if c := cs[ci]; !t.dropped[ci] && c.typ == "PER" && c.end >= k {
			return next // the tagger found the person
		}
	}
	// The chunks that overlap the title and the name, [start, k), start
	// after start-longest and before k. A person added before ends
	// before i, but the title may reach back over it.
	start := a.titleStart(j)
	lo, _ := slices.BinarySearchFunc(cs, start-t.longest+1, chunkStartsAt)
	hi, _ := slices.BinarySearchFunc(cs, k, chunkStartsAt)
	for ci := lo; ci < hi; ci++ {
		if cs[ci].end > start {
			t.dropped[ci] = true
		}
	}
	if n := len(t.added); n > 0 && t.added[n-1].end > start {
		t.added = t.added[:n-1]
	}
	t.added = append(t.added, chunk{j, k, "PER"})
	return k
}

// chunkStartsAt orders a chunk against token t by its start, for binary
// searches.
func chunkStartsAt(c chunk, t int) int { return c.start - t }

// operations adds military operations the tagger missed: "Operation" and
// the capitalized words after it ("Operation Inherent Resolve").
func (a *annotator) operations(cs []chunk) []chunk {
	// "Operation" is capitalized: look at capitals only.
	next := 0 // the token after the last operation added
	for _, c := range a.capitals {
		i := int(c)
		if i < next || i+1 >= len(a.toks) || a.words[i] != "Operation" || !a.capitalized(i+1) || !a.sameSentence(i, i+1) {
			continue
		}
		k := i + 1
		for k < len(a.toks) && k < i+5 && a.sameSentence(i, k) && a.toks[k].Kind == sitrep.TokenWord && a.capitalized(k) {
			k++
		}
		overlaps := false
		for _, c := range cs {
			overlaps = overlaps || c.start < k && c.end > i
		}
		if overlaps {
			continue
		}
		at, _ := slices.BinarySearchFunc(cs, i, func(c chunk, t int) int { return c.start - t })
		cs = slices.Insert(cs, at, chunk{i, k, "MISC"})
		next = k
	}
	return cs
}

// orgRuns adds organizations the tagger missed: two or more capitalized
// words ending in an organization word ("Foreign Ministry", "Security
// Council"), outside headlines.
func (a *annotator) orgRuns(cs []chunk) []chunk {
	longest := 0
	for _, c := range cs {
		longest = max(longest, c.end-c.start)
	}
	// inChunk reports whether a chunk holds token k. cs is sorted by start
	// (see chunks), so such a chunk starts in the longest one's length
	// before k: scanning them all per organization word cost a long text
	// the square of its names.
	inChunk := func(k int) bool {
		lo, _ := slices.BinarySearchFunc(cs, k-longest+1, chunkStartsAt)
		for _, c := range cs[lo:] {
			if c.start > k {
				break
			}
			if k < c.end {
				return true
			}
		}
		return false
	}
	// All the words are capitalized: look at capitals only.
	for _, c := range a.capitals {
		k := int(c)
		if k < 1 || !a.isExact(k, exactOrgHead) || a.allCaps(k) || inChunk(k) {
			continue
		}
		start := k
		for start > a.sentenceStart(k) {
			p := a.words[start-1]
			if !a.capitalized(start-1) || a.allCaps(start-1) && len(p) > 3 || inChunk(start-1) || a.is(start-1, classFunction) || p == "The" {
				break
			}
			start--
		}
		if k-start < 1 || a.headline(k) {
			continue
		}
		at, _ := slices.BinarySearchFunc(cs, start, chunkStartsAt)
		cs = slices.Insert(cs, at, chunk{start, k + 1, "ORG"})
		longest = max(longest, k+1-start)
	}
	return cs
}

// startsClause reports whether token i starts its sentence or follows a
// dash, quote or bracket.
func (a *annotator) startsClause(i int) bool {
	if i == a.sentenceStart(i) {
		return true
	}
	p := a.words[i-1]
	return isDash(p) || p == "\"" || p == "“" || p == "(" || p == ":" || p == "'" || p == "‘"
}

// isCountryWord reports whether token i is a country, demonym or seat.
func (a *annotator) isCountryWord(i int) bool {
	e, ok := a.lookup(i, i+1)
	return ok && e.Kind != actor.KindActor
}
