package place

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/gazetteer"
)

// maxWords is the longest place name, in tokens, that recognition tries.
const maxWords = 7

// recognize finds place mentions: the dateline's place, then toponyms and
// demonyms sentence by sentence.
func (r *run) recognize() {
	doc := r.doc
	dl := doc.Meta.Dateline.Place
	// The dateline's source is the agency, "(Xinhua) --", never a place.
	src := doc.Meta.Dateline.Source
	if !dl.IsEmpty() && dl.End <= len(doc.Text) {
		key := r.s.gaz.FoldCached(r.text(dl))
		if c := r.lookup(key); len(c) > 0 {
			r.mentions = append(r.mentions, mention{span: dl, kind: sitrep.PlaceDatelineName, key: key, cands: c, best: -1})
		}
		if other := datelineOtherPlaces(doc); !other.IsEmpty() {
			// "BAGHDAD/WASHINGTON, Nov 17 (Reuters) -": the other
			// cities the story was filed from are the dateline's too.
			for _, sp := range splitAtSlashes(doc.Text, other) {
				key := r.s.gaz.FoldCached(r.text(sp))
				if c := r.lookup(key); len(c) > 0 {
					r.mentions = append(r.mentions, mention{span: sp, kind: sitrep.PlaceDatelineName, key: key, cands: c, best: -1})
				}
			}
			dl = dl.Union(other)
		}
	}
	for _, sent := range doc.Sentences {
		lo, hi := sent.Tokens.Start, min(sent.Tokens.End, len(doc.Tokens))
		if lo < 0 || lo >= hi {
			continue
		}
		titleCase, capitals := r.capitalWords(lo, hi)
		// A name starts with a capital letter: only those words are tried.
		next := lo
		for _, i := range capitals {
			if i < next || (!dl.IsEmpty() && doc.Tokens[i].Span.Overlaps(dl)) || doc.Tokens[i].Span.Overlaps(src) {
				continue
			}
			next = r.scanAt(i, lo, hi, titleCase)
		}
		r.scratch.capitals = capitals[:0]
	}
	r.personNameWords()
	r.applyEntities()
	r.dropNameWords()
	r.sortMentions()
}

// datelineOtherPlaces returns the cities after the first of a dateline
// filed from several ("JERUSALEM/BEIRUT, July 31 (Reuters) -" gives
// "BEIRUT"), which the ingest's dateline place leaves out; or an empty
// span.
func datelineOtherPlaces(doc *sitrep.Document) sitrep.Span {
	dl := doc.Meta.Dateline
	at := dl.Place.End
	if at+1 >= dl.End || dl.End > len(doc.Text) || doc.Text[at] != '/' {
		return sitrep.Span{}
	}
	end := at + 1
	for end < dl.End && !endsDatelinePlace(doc.Text[end:dl.End]) {
		end++
	}
	return sitrep.Span{Start: at + 1, End: end}
}

// endsDatelinePlace reports whether the rest of a dateline, rest, opens
// after its places: with a comma, a bracket, or a dash after a space (not
// the hyphen of "DAR-ES-SALAAM").
func endsDatelinePlace(rest string) bool {
	if rest[0] == ',' || rest[0] == '(' {
		return true
	}
	if rest[0] != ' ' && rest[0] != '\t' {
		return false
	}
	rest = strings.TrimLeft(rest, " \t")
	return rest == "" || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || rest[0] == '(' || rest[0] == ','
}

// splitAtSlashes returns the parts of sp that slashes in text separate.
func splitAtSlashes(text string, sp sitrep.Span) []sitrep.Span {
	var parts []sitrep.Span
	for start := sp.Start; start < sp.End; {
		end := start + strings.IndexByte(text[start:sp.End], '/')
		if end < start {
			end = sp.End
		}
		if end > start {
			parts = append(parts, sitrep.Span{Start: start, End: end})
		}
		start = end + 1
	}
	return parts
}

// capitalWords returns the capitalized words of tokens [lo, hi), by index,
// and whether they are most of its words (titleCase), as in a headline,
// where capitalization says nothing about names.
func (r *run) capitalWords(lo, hi int) (titleCase bool, capitals []int) {
	capitals = r.scratch.capitals[:0]
	words := 0
	toks, text := r.doc.Tokens[lo:hi], r.doc.Text
	for i := range toks {
		if t := &toks[i]; t.Kind == sitrep.TokenWord {
			words++
			if isCapitalized(text[t.Start:t.End]) {
				capitals = append(capitals, lo+i)
			}
		}
	}
	return words >= 4 && len(capitals)*10 >= words*7, capitals
}

// scanAt tries to recognize a place starting at token i of the sentence
// [lo, hi), a capitalized word, and returns the token to continue from.
func (r *run) scanAt(i, lo, hi int, titleCase bool) int {
	lx := r.s.lx
	// A region abbreviation on its own: "in Ky. and Tenn.", "NSW".
	if abbr, end := r.stateAt(i, hi); strings.HasSuffix(abbr, ".") || (len(abbr) >= 3 && isAllCaps(abbr)) {
		if m, ok := r.stateMention(abbr, i, end); ok {
			r.mentions = append(r.mentions, m)
			return end
		}
	}
	// The longest gazetteer name starting here.
	end, key := -1, ""
	for j := i; j < min(i+maxWords, hi); j++ {
		tj := r.doc.Tokens[j]
		wj := r.tok(j)
		// "People's Republic of China": a possessive may stand inside a name.
		possessive := wj == "'s" || wj == "’s"
		if j > i && !r.adjacent(j-1) && !(possessive && tj.Start == r.doc.Tokens[j-1].End) {
			break
		}
		if tj.Kind != sitrep.TokenWord || (!possessive && (strings.HasPrefix(wj, "'") || strings.HasPrefix(wj, "’"))) {
			break
		}
		capital := hasUpper(wj)
		if !capital && !lx.connectors.Has(wj) && !possessive {
			break
		}
		if !capital {
			continue // "Dayr az Zawr": a connector never ends a name
		}
		// The gazetteer caches the folded key by the words as written.
		k, found, longer := r.s.gaz.ProbeWord(r.text(sitrep.Span{Start: r.doc.Tokens[i].Start, End: tj.End}))
		if k == "" {
			break
		}
		if found {
			end, key = j, k
		}
		// An attached possessive continues the word: "People" "'s".
		if next := j + 1; next < hi && r.doc.Tokens[next].Start == tj.End && (r.tok(next) == "'s" || r.tok(next) == "’s") {
			longer = true
		}
		// A leading article goes on whatever the probe says: the
		// gazetteer files "El Paso" and "El Fasher" without it ("paso"),
		// so no longer name starts with "el".
		if !longer && (j > i || !lx.connectors.Has(r.low(j))) {
			break
		}
	}
	// A demonym, unless a longer name starts with it ("Syrian Arab Republic").
	if end <= i {
		if next := r.demonymAt(i, hi, titleCase); next > i {
			return next
		}
	}
	if end < 0 {
		return r.hyphenated(i)
	}
	m := mention{
		span:   sitrep.Span{Start: r.doc.Tokens[i].Start, End: r.doc.Tokens[end].End},
		kind:   sitrep.PlaceToponym,
		key:    key,
		single: end == i || end == i+1 && nameArticles[r.low(i)], // "El Chapo" is one word after its article
		best:   -1,
	}
	next := end + 1
	m.cands = r.lookup(key)
	// A region word after the name: "Deir ez-Zor province", "Idlib
	// Governorate"; not "US State Department" or "Ohio State University".
	if end+1 < hi && r.adjacent(end) && !namesCountry(m.cands) {
		noun := r.tok(end + 1)
		lvl, ok := lx.adminNouns[r.low(end+1)]
		if ok && isCapitalized(noun) && end+2 < hi && r.adjacent(end+1) && isCapitalized(r.tok(end+2)) {
			ok = false
		}
		if ok && strings.HasSuffix(r.low(end+1), "s") && (i == lo || r.low(i-1) != "and" && r.low(i-1) != "or") {
			// A plural region word ends a list ("Polk and Racine
			// counties"); after one name it names something else ("the
			// Baltic states", "the Gulf states").
			ok = false
		}
		if ok {
			m.wantLevel = lvl
			m.nameEnd = m.span.End
			m.span.End = r.doc.Tokens[end+1].End
			next = end + 2
		}
	}
	if r.personAge(next, hi) || r.inSeaName(i, end, next, lo, hi, m.wantLevel) || !r.accept(&m, i, end, next, lo, hi, titleCase) {
		return next
	}
	// "U.S.-led": a country before a hyphenated suffix is adjectival.
	if next+1 < hi && r.tok(next) == "-" && r.doc.Tokens[next].Start == r.doc.Tokens[end].End &&
		r.s.lx.hyphenSuffixes.Has(r.low(next+1)) && namesCountry(m.cands) {
		m.kind = sitrep.PlaceAdjectival
		next += 2
	}
	state := r.qualify(&m, next, hi)
	m.inTok = r.containerAfter(next, hi)
	// "Boni in central Mali": the gazetteer lacks the town, and its
	// namesakes elsewhere (Watampone, whose alternate name is Boni) are
	// not it. Left with no candidate, the mention falls back on a region
	// of its sentence. (A comma is no such sign: "Colorado, Georgia" is a
	// list, not a town in Georgia.)
	if !namesCountry(m.cands) {
		if c := r.countryIn(next, hi, onlyAlternate(m.cands)); c != "" && !hasPlaceIn(m.cands, c) {
			m.cands = nil
		}
	}
	if state.span.End > 0 {
		r.mentions = append(r.mentions, m, state)
		return state.tokEnd
	}
	r.mentions = append(r.mentions, m)
	return next
}

// inSeaName reports whether the name at tokens [i, end], with next the
// token after its mention, is a sea's or part of one: "the Red Sea" and
// "the Gulf" (but not "Red Sea state" or "Gulf County", where a region word
// asks for the land), "Persian Gulf", "Gulf of Aden", "Sea of the
// Hebrides". A sea word followed by another capitalized word names
// something else ("Gulf Coast").
func (r *run) inSeaName(i, end, next, lo, hi int, wantLevel gazetteer.Level) bool {
	lx := r.s.lx
	if wantLevel == 0 && lx.waterWords.Has(r.low(end)) {
		return true
	}
	if end > i && r.low(i+1) == "of" && lx.waterOfWords.Has(r.low(i)) {
		return true // an entity mention: "Gulf of Aden"
	}
	if next < hi && r.adjacent(next-1) && isCapitalized(r.tok(next)) && lx.waterWords.Has(r.low(next)) &&
		!(next+1 < hi && r.adjacent(next) && isCapitalized(r.tok(next+1))) {
		return true
	}
	k := i - 1
	if k > lo && r.low(k) == "the" {
		k--
	}
	return k > lo && r.low(k) == "of" && isCapitalized(r.tok(k-1)) && lx.waterOfWords.Has(r.low(k-1))
}

// seaMention reports whether an entity mention names a sea (see
// inSeaName): "the Red Sea".
func (r *run) seaMention(s sitrep.Span) bool {
	i := r.tokenAt(s.Start)
	if i < 0 {
		return false
	}
	end := i
	for end+1 < len(r.doc.Tokens) && r.doc.Tokens[end+1].End <= s.End {
		end++
	}
	return r.inSeaName(i, end, end+1, 0, len(r.doc.Tokens), 0)
}

// countryIn returns the country that a qualifier of place names after a
// name: "in", a direction and a country, "in central Mali", "in eastern
// Congo", "in the north of Syria"; with plain, "in Mali" too; or "". (A
// first-level region gives none.) The country is a mention of its own,
// which it leaves to the caller's next step.
func (r *run) countryIn(next, hi int, plain bool) string {
	if next >= hi || r.low(next) != "in" {
		return ""
	}
	k := next + 1
	switch {
	case k+2 < hi && r.low(k) == "the" && r.s.lx.directions.Has(r.low(k+1)) && r.low(k+2) == "of":
		k += 3 // "in the north of"
	case k < hi && r.s.lx.directions.Has(r.low(k)):
		k++ // "in central"
	case !plain:
		// Plain "in" is as often a capital for its government ("the
		// role of Tehran in Iraq") as a town in its country; but a
		// name that only alternate names match is no capital ("Boni in
		// Mali").
		return ""
	}
	if country, admin1 := r.regionAfter(k-1, hi); admin1 == "" {
		return country
	}
	return ""
}

// containerAfter returns the token after "in" where the name of a place
// containing the one before token next starts, perhaps after a direction
// ("in northern Iraq"); or 0. A site word or two may stand before "in":
// "Lido beach in Mogadishu", "Ain al-Asad air base in Iraq".
func (r *run) containerAfter(next, hi int) int {
	k := next
	for k < next+maxSiteWords && k < hi && r.s.lx.siteWords.Has(r.tok(k)) {
		k++ // lowercase only: the set is of lowercase words
	}
	if k+1 >= hi || r.tok(k) != "in" || !isCapitalized(r.tok(k+1)) && !r.s.lx.directions.Has(r.tok(k+1)) {
		return 0
	}
	return k + 1
}

// maxSiteWords is the most site words between a name and "in" before its
// container: "air base".
const maxSiteWords = 2

// hasPlaceIn reports whether a candidate below the level of a country lies
// in country.
func hasPlaceIn(cands []gazetteer.Candidate, country string) bool {
	for ci := range cands {
		if c := &cands[ci]; c.Country == country && c.Level != gazetteer.LevelCountry {
			return true
		}
	}
	return false
}

// stateAt returns the region abbreviation written at token k ("La.",
// "W.Va.", "N.Y.", "NSW", "B.C.": up to four tokens without spaces) and the
// token after it, or "" if there is none.
func (r *run) stateAt(k, hi int) (abbr string, end int) {
	for j := k; j < min(k+4, hi); j++ {
		if j > k && r.doc.Tokens[j].Start != r.doc.Tokens[j-1].End {
			break
		}
		cand := r.text(sitrep.Span{Start: r.doc.Tokens[k].Start, End: r.doc.Tokens[j].End})
		if len(cand) > r.s.maxAbbrev {
			break
		}
		if !r.s.abbrevFilter.MayHaveFolded(cand) {
			continue // most words, without lowering them or hashing
		}
		if _, ok := gazetteer.LowerKey(r.s.abbrevs, cand); ok {
			abbr, end = cand, j+1
		}
	}
	return abbr, end
}

// stateMention returns a mention of the region abbreviated abbr, written
// over tokens [k, end).
func (r *run) stateMention(abbr string, k, end int) (mention, bool) {
	e, found := gazetteer.LowerKey(r.s.abbrevs, abbr)
	if !found {
		return mention{}, false
	}
	return mention{
		span:  sitrep.Span{Start: r.doc.Tokens[k].Start, End: r.doc.Tokens[end-1].End},
		kind:  sitrep.PlaceToponym,
		key:   "\x00" + e.Country + "." + e.Admin1,
		cands: []gazetteer.Candidate{{Entry: e, Ref: -1}},
		best:  -1, tokEnd: end,
	}, true
}

// personAge reports whether ", 19," follows: "Henry, 19, of Alexandria".
func (r *run) personAge(next, hi int) bool {
	return next+2 < hi && r.tok(next) == "," && r.doc.Tokens[next+1].Kind == sitrep.TokenNumber && r.tok(next+2) == ","
}

// broadcastWords name a station after its name even in lower case:
// "told Al-Manar television", "al-Ahrar radio" (see stationSpeaks).
var broadcastWords = map[string]bool{"television": true, "tv": true, "radio": true}

// stationSpeaks reports whether the place name at token i, before the
// broadcast word at token next, names a station that reports or is spoken
// to ("told Al-Manar television", "Kyiv radio reported"), rather than one
// an act befell in that place ("destroyed a Gaza radio station").
func (r *run) stationSpeaks(i, next, lo, hi int) bool {
	if i > lo {
		switch r.low(i - 1) {
		case "told", "tells", "telling", "to", "on", "via", "by":
			return true
		}
	}
	if next+1 < hi {
		switch r.low(next + 1) {
		case "said", "says", "reported", "reports", "quoted", "showed", "aired", "broadcast", "cited":
			return true
		}
	}
	return false
}

// accept decides whether the name at tokens [i, end] (with next the token
// after the mention) is a place, and marks it PlaceInName if it is part of a
// longer name. m.cands must be set.
func (r *run) accept(m *mention, i, end, next, lo, hi int, titleCase bool) bool {
	lx := r.s.lx
	first := r.low(i)
	bare := strings.TrimSuffix(first, ".") // "No." is "No"
	country := namesCountry(m.cands)
	if lx.agencies[r.text(sitrep.Span{Start: r.doc.Tokens[i].Start, End: r.doc.Tokens[end].End})] {
		return false // "Tass reported": the agency, not the Hungarian village
	}
	if m.single && !country && (lx.stopwords.Has(bare) || end == i && nameArticles[first] || lx.titles.Has(first) || r.s.gaz.IsPeopleLower(first) || lx.notAName(r.tok(i))) {
		return false
	}
	// An all-capital word in running text is an acronym ("SANA", "OIR")
	// unless it names a country ("US", "UK").
	if m.single && !country && !titleCase && isAllCaps(r.tok(i)) && utf8.RuneCountInString(r.tok(i)) <= maxAcronym {
		return false
	}
	if i > lo {
		m.cue = lx.cues.Has(r.low(i - 1))
		m.placeCue = lx.placeCues.Has(r.tok(i - 1))
		if lx.personCues.Has(r.low(i - 1)) {
			return false
		}
	}
	// Capitalized words around the name make it part of a longer name:
	// an organization's ("Damascus University", "Six Flags Over Texas"),
	// or a person's ("Ryan Dillon").
	inName, personLike := false, false
	if next < hi && r.adjacent(next-1) && r.doc.Tokens[next].Kind == sitrep.TokenWord {
		after, la := r.tok(next), r.low(next)
		switch {
		// A lowercase head word names no organization: "Milwaukee police",
		// "Baghdad airport" are the place's.
		case lx.orgWords.Has(la) && (isCapitalized(after) || titleCase || broadcastWords[la] && r.stationSpeaks(i, next, lo, hi)) || r.orgRunAfter(next, hi):
			m.kind = sitrep.PlaceInName
		case isCapitalized(after) && !titleCase && (lx.featureWords.Has(la) || !lx.titles.Has(la) && !lx.stopwords.Has(la)):
			inName = true // "Ryan Dillon", "Hunting Park"
		}
	}
	if i > lo && r.adjacent(i-1) && !titleCase {
		before, lb := r.tok(i-1), r.low(i-1)
		sentenceStart := i-1 == lo
		if isCapitalized(before) && !lx.titles.Has(lb) && !lx.directions.Has(lb) && !lx.stopwords.Has(lb) &&
			!(sentenceStart && r.s.gaz.IsCommonWordLower(lb)) {
			if country, found := r.s.gaz.AdjectiveLower(lb); !found || country == "" { // no demonym
				inName, personLike = true, true // "Ryan Dillon"
			}
		}
	}
	if inName {
		if !m.single || country || strongName(m.cands) {
			m.kind = sitrep.PlaceInName
		} else {
			if personLike {
				r.rememberName(m)
			}
			return false
		}
	}
	// "University of Alabama", "Bank of Baghdad".
	if i-2 >= lo && strings.EqualFold(r.tok(i-1), "of") {
		if lx.orgWords.Has(r.low(i - 2)) {
			m.kind = sitrep.PlaceInName
		}
	}
	// "The Summit", "The Mall": an article and a common word name a
	// building or an event; "The Hague" and "The Bronx" are no common words.
	if end == i+1 && lx.determiners.Has(first) && r.s.gaz.IsCommonWordLower(r.low(end)) {
		return false
	}
	if m.single && !country && lx.orgWords.Has(first) {
		return false // "University", "Police": a name's head word, not a town
	}
	// A common word ("Reading", "Mobile"): see commonWordOK.
	if m.single && !country && r.s.gaz.IsCommonWordLower(first) {
		return r.commonWordOK(m, first, i, next, lo, hi, titleCase)
	}
	return true
}

// usedLowercase reports whether the document has word, which is lowercase,
// as a token of its own. Few words need asking (the common words among
// candidate names), so each is looked for in the tokens once and the
// answer kept.
func (r *run) usedLowercase(word string) bool {
	if used, ok := r.lowercase[word]; ok {
		return used
	}
	used := false
	for i, t := range r.doc.Tokens {
		if t.Kind == sitrep.TokenWord && t.End-t.Start == len(word) && r.tok(i) == word {
			used = true
			break
		}
	}
	r.lowercase[word] = used
	return used
}

// orgRunAfter reports whether the capitalized words from token k on
// include an organization word: "Zionsville Education Foundation".
func (r *run) orgRunAfter(k, hi int) bool {
	for j := k; j < min(k+4, hi); j++ {
		if j > k && !r.adjacent(j-1) {
			return false
		}
		w := r.tok(j)
		if r.doc.Tokens[j].Kind != sitrep.TokenWord || !isCapitalized(w) {
			return false
		}
		if r.s.lx.orgWords.Has(r.low(j)) {
			return true
		}
	}
	return false
}

// namesCountry reports whether a country (or continent) has the name as a
// preferred name.
func namesCountry(cands []gazetteer.Candidate) bool {
	for ci := range cands {
		c := &cands[ci] // by pointer: a Candidate is large
		if c.Level >= gazetteer.LevelCountry && !c.Alternate {
			return true
		}
	}
	return false
}

// nameArticles are the articles that open names of persons as of places
// ("El Chapo", "La Toya"): a name of one word after one is a single word
// for the rules that weigh a person against a place, and one alone names
// nothing (the "El" of an unknown "El Gezira" was Ell in Luxembourg, the
// "Al" of "Al Jazeera" Ål in Norway). ("An" is the Arabic article too, but
// "An Alton funeral director" is English.)
var nameArticles = map[string]bool{"el": true, "al": true, "la": true, "le": true}

// onlyAlternate reports whether every candidate matched by an alternate
// name, none by its preferred one.
func onlyAlternate(cands []gazetteer.Candidate) bool {
	for ci := range cands {
		c := &cands[ci] // by pointer: a Candidate is large
		if !c.Alternate {
			return false
		}
	}
	return len(cands) > 0
}

// strongName reports whether a name is well known enough to be read as a
// place even inside a longer capitalized name: a region, or a town of at
// least strongPopulation people, by its preferred name.
func strongName(cands []gazetteer.Candidate) bool {
	for ci := range cands {
		c := &cands[ci] // by pointer: a Candidate is large
		if !c.Alternate && (c.Level != gazetteer.LevelPlace || c.Population >= strongPopulation) {
			return true
		}
	}
	return false
}

// strongPopulation is the population from which a town's name is read as a
// place inside a longer capitalized name ("Paris High School").
const strongPopulation = 100000

// maxAcronym is the longest all-capital word read as an acronym rather than
// a name in capitals ("CHARLESTON, W.Va." in a dateline).
const maxAcronym = 5

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func (r *run) rememberName(m *mention) {
	if m.single {
		r.nameWords[m.key] = true
	}
}

// followedByRegion reports whether ", <state or country>" follows token next-1.
func (r *run) followedByRegion(next, hi int) bool {
	var m mention
	r.qualify(&m, next, hi)
	return m.qualCountry != ""
}

// qualify reads a qualifier after a name: ", La.", ", Louisiana", ", Syria".
// A state abbreviation ("La.", "W.Va.") is returned as a mention of its
// own, ending at token tokEnd, since no gazetteer name covers it; for
// other qualifiers the zero mention is returned.
func (r *run) qualify(m *mention, next, hi int) (state mention) {
	if next+1 >= hi || r.tok(next) != "," {
		return state
	}
	w, stateEnd := r.stateAt(next+1, hi)
	if w == "" {
		w = r.tok(next + 1)
	}
	if e, ok := gazetteer.LowerKey(r.s.abbrevs, w); ok {
		m.qualCountry, m.qualAdmin1 = e.Country, e.Admin1
		state, _ = r.stateMention(w, next+1, stateEnd)
		return state
	}
	if !isCapitalized(w) {
		return state
	}
	// A US postal code ("St. Louis, MO"), when the name has a town in
	// that state: on its own a code of two capitals is an acronym.
	if utf8.RuneCountInString(w) == 2 && isAllCaps(w) {
		if e, ok := r.s.gaz.Admin1("US", w); ok && hasTownIn(m.cands, "US", w) {
			m.qualCountry, m.qualAdmin1 = e.Country, e.Admin1
			t := r.doc.Tokens[next+1]
			return mention{span: t.Span, kind: sitrep.PlaceToponym, key: "\x00US." + w,
				cands: []gazetteer.Candidate{{Entry: e, Ref: -1}}, best: -1, tokEnd: next + 2}
		}
	}
	m.qualCountry, m.qualAdmin1 = r.regionAfter(next, hi)
	return state
}

// regionAfter returns the country, and the first-level region if that is
// what is named, in up to three words after token next; or "", "".
func (r *run) regionAfter(next, hi int) (country, admin1 string) {
	for n := 3; n >= 1; n-- {
		if next+n >= hi {
			continue
		}
		span := sitrep.Span{Start: r.doc.Tokens[next+1].Start, End: r.doc.Tokens[next+n].End}
		for _, c := range r.lookup(r.s.gaz.FoldCached(r.text(span))) {
			if c.Alternate {
				continue
			}
			switch c.Level {
			case gazetteer.LevelCountry:
				return c.Country, ""
			case gazetteer.LevelAdmin1:
				return c.Country, c.Admin1
			}
		}
	}
	return "", ""
}

// hasTownIn reports whether a candidate lies in the first-level region
// admin1 of country.
func hasTownIn(cands []gazetteer.Candidate, country, admin1 string) bool {
	for ci := range cands {
		c := &cands[ci] // by pointer: a Candidate is large
		if c.Country == country && c.Admin1 == admin1 && c.Level < gazetteer.LevelAdmin1 {
			return true
		}
	}
	return false
}

// demonymAt recognizes a demonym at token i ("Syrian", "South Korean"), and
// returns the token after it, or i if there is none.
func (r *run) demonymAt(i, hi int, titleCase bool) int {
	for n := 2; n >= 1; n-- {
		last := i + n - 1
		if last >= hi || (n == 2 && !r.adjacent(i)) {
			continue
		}
		span := sitrep.Span{Start: r.doc.Tokens[i].Start, End: r.doc.Tokens[last].End}
		country, found := r.s.gaz.AdjectiveLower(r.lowSpan(span))
		if !found {
			continue
		}
		if country == "" { // a people without a state: no place
			return last + 1
		}
		ref := r.s.country(country)
		if ref == nil {
			return last + 1
		}
		if r.inSeaName(i, last, last+1, i, hi, 0) {
			return last + 1 // "Persian Gulf", "Indian Ocean": no country meant
		}
		m := mention{span: span, kind: sitrep.PlaceAdjectival, key: ref.key, cands: ref.cands, best: -1}
		// "Syrian Observatory for Human Rights", "Syrian Arab Red Crescent".
		if last+1 < hi && r.adjacent(last) && !titleCase {
			after, la := r.tok(last+1), r.low(last+1)
			if r.s.lx.orgWords.Has(la) || (isCapitalized(after) && !r.s.lx.titles.Has(la) && !r.s.lx.stopwords.Has(la)) {
				m.kind = sitrep.PlaceInName
			}
		}
		r.mentions = append(r.mentions, m)
		return last + 1
	}
	return i
}

// hyphenated recognizes "US-led", "UK-based", "Russian-made", "Baghdad-based"
// and "U.S.-led" at token i, and returns the token to continue from.
func (r *run) hyphenated(i int) int {
	toks := r.doc.Tokens
	w := r.tok(i)
	head, tail, ok := strings.Cut(w, "-")
	headEnd := toks[i].Start + len(head)
	next := i + 1
	if !ok {
		// "U.S." "-" "led"
		if i+2 >= len(toks) || r.tok(i+1) != "-" || toks[i+1].Start != toks[i].End || toks[i+2].Start != toks[i+1].End {
			return i + 1
		}
		head, tail, headEnd, next = w, r.tok(i+2), toks[i].End, i+3
	}
	if !r.s.lx.hyphenSuffixes.Has(strings.ToLower(tail)) || head == "" {
		if ok {
			r.compound(i)
		}
		return i + 1
	}
	span := sitrep.Span{Start: toks[i].Start, End: headEnd}
	if country, ok := r.s.gaz.Demonym(head); ok {
		if ref := r.s.country(country); ref != nil {
			r.mentions = append(r.mentions, mention{span: span, kind: sitrep.PlaceAdjectival,
				key: ref.key, cands: ref.cands, best: -1})
		}
		return next
	}
	key := r.s.gaz.FoldCached(head)
	cands := r.lookup(key)
	if len(cands) == 0 {
		return next
	}
	kind := sitrep.PlaceToponym
	for ci := range cands {
		c := &cands[ci] // by pointer: a Candidate is large
		if c.Level == gazetteer.LevelCountry && !c.Alternate {
			kind = sitrep.PlaceAdjectival // "US-led": the country as an adjective
		}
	}
	r.mentions = append(r.mentions, mention{span: span, kind: kind, key: key, cands: cands, single: true, best: -1})
	return next
}

// compound recognizes the parts of a hyphenated word: "Egyptian-US
// relations" (two adjectival places), "Rep. Gilliard, D-Charleston" and
// "Watertown-ML" (a place beside a code). A part that is a gazetteer name
// counts only when every other part is a demonym, a country or a code of
// one or two capitals, so that "Al-Dandal" stays a person's name.
func (r *run) compound(i int) {
	t := r.doc.Tokens[i]
	w := r.tok(i)
	type part struct {
		span    sitrep.Span
		country string // for a demonym or country
		code    bool
	}
	var parts []part
	start := 0
	for k := 0; k <= len(w); k++ {
		if k < len(w) && w[k] != '-' {
			continue
		}
		text := w[start:k]
		p := part{span: sitrep.Span{Start: t.Start + start, End: t.Start + k}}
		if c, ok := r.s.gaz.Demonym(text); ok {
			p.country = c
		} else if cands := r.lookup(r.s.gaz.FoldCached(text)); namesCountry(cands) {
			for ci := range cands {
				c := &cands[ci] // by pointer: a Candidate is large
				if c.Level == gazetteer.LevelCountry && !c.Alternate {
					p.country = c.Country
				}
			}
		} else if n := utf8.RuneCountInString(text); n <= 2 && isAllCaps(text+text) {
			p.code = true
		}
		parts = append(parts, p)
		start = k + 1
	}
	for j, p := range parts {
		if p.code {
			continue
		}
		text := r.text(p.span)
		if p.country != "" {
			if ref := r.s.country(p.country); ref != nil {
				r.mentions = append(r.mentions, mention{span: p.span, kind: sitrep.PlaceAdjectival,
					key: ref.key, cands: ref.cands, best: -1})
			}
			continue
		}
		others := true
		for k, q := range parts {
			if k != j && q.country == "" && !q.code {
				others = false
			}
		}
		if !others || !isCapitalized(text) || utf8.RuneCountInString(text) < 3 {
			continue
		}
		key := r.s.gaz.FoldCached(text)
		if cands := r.lookup(key); len(cands) > 0 && !r.s.gaz.IsCommonWord(text) {
			r.mentions = append(r.mentions, mention{span: p.span, kind: sitrep.PlaceToponym, key: key,
				cands: cands, single: true, best: -1})
		}
	}
}

// personNameWords adds to r.nameWords the words of the entity stage's
// person names of several words or after a title, so that "Cruz" after
// "Ted Cruz", "Husein" after "Zakareia Husein" and "Obama" after
// "President Obama" are read as the person.
func (r *run) personNameWords() {
	toks := r.doc.Tokens
	for _, em := range r.doc.Mentions {
		if em.Kind != sitrep.MentionName || em.Type != sitrep.PERSON {
			continue
		}
		i := r.tokenAt(em.Start)
		if i < 0 {
			continue
		}
		// The words after the last title: "Fargo City Commissioner Tim
		// Mahoney" is Tim Mahoney.
		first, end := i, i
		for ; end < len(toks) && toks[end].End <= em.End; end++ {
			if le := r.low(end); r.s.lx.titles.Has(le) || r.s.lx.personCues.Has(le) {
				first = end + 1
			}
		}
		if end-first < 2 && first == i {
			continue // one word and no title: the tagger may call a place a person
		}
		for i = first; i < end; i++ {
			if w := r.tok(i); toks[i].Kind == sitrep.TokenWord && isCapitalized(w) {
				r.nameWords[r.s.gaz.FoldCached(w)] = true
			}
		}
	}
}

// namesRegion reports whether a country or first-level region bears the
// name as its preferred name: "Georgia", "Washington" stay places beside
// a person of that name.
func namesRegion(cands []gazetteer.Candidate) bool {
	for ci := range cands {
		c := &cands[ci] // by pointer: a Candidate is large
		if !c.Alternate && c.Level >= gazetteer.LevelAdmin1 {
			return true
		}
	}
	return false
}

// onlyTowns reports whether every candidate is a town, no region.
func onlyTowns(cands []gazetteer.Candidate) bool {
	for ci := range cands {
		if cands[ci].Level != gazetteer.LevelPlace {
			return false
		}
	}
	return true
}

// regionAsWritten reports whether a country bears the name of mention m
// as its preferred name, or a first-level region as written (ignoring case
// and diacritics): "Georgia" beside a person of that name is a place, but
// "Saree" of "Yahya Saree" is not Saare, Estonia, which folding joins to it.
func (r *run) regionAsWritten(m *mention) bool {
	if namesCountry(m.cands) {
		return true
	}
	if m.wantLevel != 0 {
		return namesRegion(m.cands) // "Oklahoma state": the span holds the region word
	}
	w := r.text(m.span)
	for ci := range m.cands {
		c := &m.cands[ci] // by pointer: a Candidate is large
		if !c.Alternate && c.Level == gazetteer.LevelAdmin1 && strings.EqualFold(stripMarks(c.Name), stripMarks(w)) {
			return true
		}
	}
	return false
}

// bigTown reports whether a town of at least strongPopulation people bears
// the name as its preferred name. Counties are left out: many are named
// after persons ("Clinton", "Jackson").
func bigTown(cands []gazetteer.Candidate) bool { return cityOf(cands, strongPopulation) }

// cityOf reports whether a town of at least pop people bears the name as its
// preferred name.
func cityOf(cands []gazetteer.Candidate, pop int) bool {
	for ci := range cands {
		c := &cands[ci] // by pointer: a Candidate is large
		if !c.Alternate && c.Level == gazetteer.LevelPlace && c.Population >= pop {
			return true
		}
	}
	return false
}

// wellKnownPopulation is the population from which a town's name stays a
// place beside a person who bears it in the document ("Memphis" beside a
// tagger's "Black Memphis"); smaller namesakes of surnames abound ("Bush",
// Egypt, 136,000 people).
const wellKnownPopulation = 500000

// possessed reports whether a possessive follows s: "in Obama's words".
func (r *run) possessed(s sitrep.Span) bool {
	i := r.tokenAt(s.End)
	if i < 0 {
		return false
	}
	w := r.tok(i)
	return w == "'s" || w == "’s" || w == "'" || w == "’"
}

// dropNameWords removes lone mentions of words seen in person names, unless
// a locative cue ("in Jackson") supports them, the document uses the name
// as a place more often than as a person (see applyEntities), or a region
// or a city of wellKnownPopulation bears it.
func (r *run) dropNameWords() {
	if len(r.nameWords) == 0 {
		return
	}
	out := r.mentions[:0]
	for _, m := range r.mentions {
		if m.single && m.kind == sitrep.PlaceToponym && r.nameWords[m.key] && !r.regionAsWritten(&m) && !cityOf(m.cands, wellKnownPopulation) &&
			(!m.placeCue || r.possessed(m.span)) && r.placeVotes[m.key] <= 0 {
			continue
		}
		out = append(out, m)
	}
	r.mentions = out
}

// outletNotPlace reports whether m, named like a news outlet the entity
// stage knows, is the outlet rather than the place that bears its name as
// its preferred one: "carried by the state news agency Saba" (Yemen's) is
// no report from the Caribbean island. A city or country keeps its name
// (the entity stage calls "a Baton Rouge newspaper" by its town), and so
// does a place after a locative cue or a possessive ("in Fars", "Iran's
// Fars"), unless a word for an outlet follows ("Yemen's Saba news
// agency").
func (r *run) outletNotPlace(m *mention) bool {
	if bigTown(m.cands) || namesCountry(m.cands) {
		return false
	}
	return !m.cue && m.qualCountry == "" && !r.afterPossessive(m.span) || r.outletWordAfter(m.span)
}

// outletWordAfter reports whether a word that names an outlet follows
// span: "Yemen's Saba news agency", "Saba's first report" are the
// agency's, whatever cue or possessive stands before the name.
func (r *run) outletWordAfter(span sitrep.Span) bool {
	i := r.tokenAt(span.Start)
	if i < 0 {
		return false
	}
	j := i
	for j < len(r.doc.Tokens) && r.doc.Tokens[j].End <= span.End {
		j++
	}
	if j >= len(r.doc.Tokens) {
		return false
	}
	switch r.low(j) {
	case "news", "agency", "tv", "television", "radio", "newspaper", "daily", "channel", "'s", "’s":
		return true
	}
	return false
}

// afterPossessive reports whether a possessive "'s" stands right before
// span: "Iran's Fars" is the province.
func (r *run) afterPossessive(span sitrep.Span) bool {
	i := r.tokenAt(span.Start)
	if i < 1 {
		return false
	}
	w := r.low(i - 1)
	return w == "'s" || w == "’s" || w == "'" || w == "’"
}

// namesOutlet reports whether entity mention mi is the name of a news
// outlet: its entity's actor code is a media one (MED, or MED after a
// country's code) and the mention is the entity's fullest name, not a place
// that coreference joined to it ("Myrtle Beach" after "The Sun News of
// Myrtle Beach").
func (r *run) namesOutlet(mi int) bool {
	e := r.doc.Mentions[mi].Entity
	return e >= 0 && e < len(r.doc.Entities) && r.doc.Entities[e].Name == mi && actor.SectorOf(r.doc.Entities[e].Actor) == "MED"
}

// applyEntities uses the entity stage's mentions: a place inside a PERSON
// mention, or equal to an ORG mention alone, is dropped unless it is a
// well-known place; inside a longer ORG mention it is PlaceInName; and one
// matching a GPE or LOC mention counts as cued. GPE and LOC mentions that no
// recognized place covers are looked up too.
func (r *run) applyEntities() {
	ms := r.doc.Mentions
	if len(ms) == 0 {
		return
	}
	near := newMentionIndex(ms)
	// Each mention's entity mentions, found once for both loops.
	bounds := r.scratch.bounds[:0]
	for i := range r.mentions {
		m := &r.mentions[i]
		if m.placeCue {
			r.placeVotes[m.key]++
		}
		lo, hi := near.overlapping(m.span)
		bounds = append(bounds, [2]int{lo, hi})
		ems := ms[lo:hi]
		for k := range ems {
			em := &ems[k] // by pointer: a Mention is large
			if em.Kind != sitrep.MentionName || em.Span != m.span {
				continue
			}
			if em.Type == sitrep.PERSON {
				r.placeVotes[m.key]--
			}
		}
	}
	n := 0 // the mentions kept
	for i := range r.mentions {
		m := &r.mentions[i] // by pointer, as below: a mention is large
		keep := true
		orgSame, placeSame, otherSame := false, false, false // an ORG, a GPE or LOC, an OTHER mention on the same span
		outletSame := false                                  // an ORG mention of a news outlet on the same span
		inOther := false                                     // inside a longer OTHER name
		ems := ms[bounds[i][0]:bounds[i][1]]
		for k := range ems {
			em := &ems[k]
			if em.Kind != sitrep.MentionName || !em.Span.Overlaps(m.span) {
				continue
			}
			switch em.Type {
			case sitrep.PERSON:
				// A statistical tagger also calls places that "say" things
				// persons ("Tbilisi has denied it"): a region or large town,
				// a name of several words, one after a locative cue ("in",
				// "of") or before a qualifier ("Greer, South Carolina")
				// wins; a surname used alone ("Cruz" after "Ted Cruz") is
				// left to dropNameWords.
				// Inside a longer name ("Paris Hilton") it is the person's.
				// A person's name inside the place's ("Henry" in "Henry
				// County") says nothing.
				if !em.Span.Contains(m.span) {
					continue
				}
				// So does a name the document uses as a place more often
				// than as a person (one sense per discourse).
				keep = m.kind == sitrep.PlaceDatelineName ||
					(em.Span == m.span && (!m.single || m.cue || m.qualCountry != "" || namesRegion(m.cands) || bigTown(m.cands) || r.placeVotes[m.key] > 0))
			case sitrep.ORG, sitrep.FAC:
				if em.Span != m.span && m.kind != sitrep.PlaceDatelineName {
					m.kind = sitrep.PlaceInName
					if m.single && em.Start < m.span.Start && !m.cue && !namesCountry(m.cands) && r.s.gaz.IsCommonWordLower(m.key) {
						// "Government of National Unity", "House
						// Majority Leader": a common word inside the
						// name, not the place (Unity State) it also
						// names. One that opens the name ("Concord
						// District Court") or follows "in" may be the
						// town's.
						keep = false
					}
				}
				orgSame = orgSame || em.Span == m.span
				outletSame = outletSame || em.Span == m.span && r.namesOutlet(bounds[i][0]+k)
			case sitrep.OTHER:
				otherSame = otherSame || em.Span == m.span
				inOther = inOther || em.Span != m.span && em.Span.Contains(m.span)
			case sitrep.GPE, sitrep.LOC:
				m.cue = true
				placeSame = placeSame || em.Span == m.span
			}
		}
		// A name the tagger calls only an organization ("the Taliban") and
		// that no place bears as its own name is the organization: a
		// village with the group's name among its alternate names is not
		// meant. With a GPE twin on the same span it is metonymy ("Damascus
		// has rebuked"), and a place's preferred name ("Chicago" for a team)
		// stays too, as geoparsing corpora count those.
		// "said Monday Kassah, chairman of …": a name the tagger could
		// not type is no town of whose alternate names it is one (Kazan's
		// "Kassah"); a region's short name ("Samburu") may be. Inside a
		// longer untyped name ("Afghan Taliban", "Iskander-M") the same
		// holds, but not for a county's short name ("Gwinnett"), which
		// names of organizations often hold.
		if (orgSame || otherSame && !namesRegion(m.cands) || inOther && onlyTowns(m.cands)) && !placeSame && m.kind != sitrep.PlaceDatelineName && onlyAlternate(m.cands) {
			keep = false
		}
		if outletSame && !placeSame && m.kind != sitrep.PlaceDatelineName && r.outletNotPlace(m) {
			keep = false
		}
		if keep {
			if n < i {
				r.mentions[n] = *m
			}
			n++
		}
	}
	r.mentions = r.mentions[:n]
	r.scratch.bounds = bounds[:0]
	var kept spanIndex
	indexed := near.sorted && len(r.mentions) > maxScannedPlaces
	if indexed {
		kept = r.keptSpans()
	}
	addedEnd := 0 // the end of the mentions added below, which start in ms's order
	for k := range ms {
		em := &ms[k]
		if em.Kind != sitrep.MentionName || (em.Type != sitrep.GPE && em.Type != sitrep.LOC) {
			continue
		}
		covered := false
		if indexed && !em.Span.IsEmpty() {
			// An added mention that overlaps this one starts before it.
			covered = kept.overlaps(em.Span) || em.Start < addedEnd
		} else {
			covered = r.covered(em.Span)
		}
		if covered || r.weakEntityName(em.Span) || r.seaMention(em.Span) {
			continue
		}
		key := r.s.gaz.FoldCached(r.text(em.Span))
		m := mention{span: em.Span, kind: sitrep.PlaceToponym, key: key, cue: true, best: -1}
		m.cands = r.lookup(key)
		r.mentions = append(r.mentions, m) // unresolved ones fall back to a region later
		addedEnd = max(addedEnd, em.End)
	}
}

// A mentionIndex finds the entity mentions that may overlap a span without
// scanning them all: they are sorted by start, and none is longer than
// maxLen.
type mentionIndex struct {
	ms     []sitrep.Mention
	maxLen int
	sorted bool
}

func newMentionIndex(ms []sitrep.Mention) mentionIndex {
	x := mentionIndex{ms: ms, sorted: true}
	for i, m := range ms {
		x.maxLen = max(x.maxLen, m.End-m.Start)
		if i > 0 && m.Start < ms[i-1].Start {
			x.sorted = false // not as the layer's contract says: scan them all
		}
	}
	return x
}

// overlapping returns the run of mentions [lo, hi), in their order, among
// which lie all those that overlap s or equal it: those starting from
// s.Start-maxLen on and before s.End.
func (x mentionIndex) overlapping(s sitrep.Span) (lo, hi int) {
	if !x.sorted {
		return 0, len(x.ms)
	}
	lo = sort.Search(len(x.ms), func(i int) bool { return x.ms[i].Start >= s.Start-x.maxLen })
	hi = lo + sort.Search(len(x.ms)-lo, func(i int) bool { return x.ms[lo+i].Start >= s.End })
	return lo, hi
}

// maxScannedPlaces is how many recognized places applyEntities scans for
// each entity mention of a place, to know whether one covers it. Past it,
// it looks them up in a spanIndex: scanning cost a long text the product
// of its places and its mentions. An article has fewer, and there the
// index costs more than it saves.
var maxScannedPlaces = 64 // a variable so that tests can make every document use the index

// keptSpans returns the spans of the recognized mentions, for overlaps.
func (r *run) keptSpans() spanIndex {
	x := spanIndex{spans: r.scratch.spans[:0]}
	for i := range r.mentions {
		sp := r.mentions[i].span
		x.spans = append(x.spans, sp)
		x.maxLen = max(x.maxLen, sp.Len())
	}
	slices.SortFunc(x.spans, func(a, b sitrep.Span) int { return a.Start - b.Start })
	r.scratch.spans = x.spans
	return x
}

// A spanIndex finds whether any of its spans overlaps a span without
// scanning them all: they are sorted by start, and none is longer than
// maxLen, as in a mentionIndex. Scanning every recognized place for each
// entity mention cost a long text the product of the two. (A search shared
// with mentionIndex.overlapping through a function for each one's starts
// cost the stage 1.5% of its instructions on the golden articles.)
type spanIndex struct {
	spans  []sitrep.Span
	maxLen int
}

// overlaps reports whether one of x's spans overlaps s.
func (x spanIndex) overlaps(s sitrep.Span) bool {
	lo := sort.Search(len(x.spans), func(i int) bool { return x.spans[i].Start >= s.Start-x.maxLen })
	for _, sp := range x.spans[lo:] {
		if sp.Start >= s.End {
			break
		}
		if sp.Overlaps(s) {
			return true
		}
	}
	return false
}

// covered reports whether a recognized mention overlaps s.
func (r *run) covered(s sitrep.Span) bool {
	for i := range r.mentions {
		if r.mentions[i].span.Overlaps(s) { // by index: a mention is large
			return true
		}
	}
	return false
}
