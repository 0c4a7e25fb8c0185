package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
)

// findNames adds the name mentions: the dateline's, the parts of hyphenated
// words, the tagger's (typed and corrected), dictionary names the tagger
// missed, weapon models, and acronyms defined in parentheses.
func (a *annotator) findNames() {
	a.findDateline()
	a.findHyphenParts()
	a.findDictionaryNames()
	cs := a.chunks()
	for _, c := range cs {
		a.addChunk(c.start, c.end, c.typ)
	}
	a.chunkBuf = cs[:0]
	a.findDictionaryWords()
	a.findWeaponModels()
	a.findAcronyms()
	a.trimTitles()
	a.findRepeats()
	a.placeTypedRepeats()
}

// placeTypedRepeats types as places the one-word names the tagger typed
// PERSON whose word the document also gives a place after a settlement's
// noun ("the town of Sake"): "withdrawn from Sake" and "a resident of
// Sake" are the town, and no "he" can stand for it. A name with a title
// before it ("President Sake") stays a person.
func (a *annotator) placeTypedRepeats() {
	places := a.placeWords[:0]
	for mi := range a.ms {
		m := &a.ms[mi]
		if m.kind == sitrep.MentionName && m.typ == sitrep.GPE && m.end == m.first+1 && m.first >= 2 && a.words[m.first-1] == "of" && settlementNouns[strings.ToLower(a.words[m.first-2])] {
			places = append(places, a.words[m.first])
		}
	}
	a.placeWords = places
	if len(places) == 0 {
		return
	}
	for mi := range a.ms {
		m := &a.ms[mi]
		if m.kind == sitrep.MentionName && m.typ == sitrep.PERSON && m.end == m.first+1 && slices.Contains(places, a.words[m.first]) && a.titleStart(m.first) == m.first {
			m.typ = sitrep.GPE
		}
	}
}

// settlementNouns name a settlement before "of" and its name: "the town of
// Sake".
var settlementNouns = map[string]bool{"town": true, "city": true, "village": true, "villages": true, "towns": true, "district": true}

// findRepeats adds the names the tagger missed where they recur: a person's
// last name ("Dillon" after "Ryan Dillon"), a defined acronym, or any name
// of two words or more, anywhere in the document.
func (a *annotator) findRepeats() {
	names := a.known[:0]
	for mi := range a.ms {
		m := &a.ms[mi]
		if m.kind != sitrep.MentionName || !a.fullToken(m) {
			continue
		}
		w := a.words[m.first:m.end]
		switch {
		case len(w) >= 2:
			names = append(names, knownName{m.typ, w})
			if m.typ == sitrep.PERSON && a.capitalized(m.end-1) && !a.s.lex.particles[w[len(w)-1]] {
				names = append(names, knownName{m.typ, w[len(w)-1:]})
			}
		case m.link >= 0:
			names = append(names, knownName{m.typ, w})
		}
	}
	a.known = names
	if len(names) == 0 {
		return
	}
	if a.byFirst == nil {
		a.byFirst = make(map[string]int, len(names))
	}
	// The names with the same first word are chained, the latest first:
	// byFirst holds the latest's index plus one, sameFirst[k] the name
	// before k (-1 if none). Neither allocates once grown.
	byFirst := a.byFirst
	clear(byFirst)
	sameFirst := slices.Grow(a.sameFirst[:0], len(names))[:len(names)]
	a.sameFirst = sameFirst
	// Most tokens cannot start a name: test their first byte before the map.
	var firstByte [256]bool
	// A token can start a name only if it is capitalized as the name's
	// first word is: if every name starts with a capital, as nearly all do,
	// only the capitalized tokens need a look.
	allCapitalized := true
	for k, n := range names {
		sameFirst[k] = byFirst[n.words[0]] - 1
		byFirst[n.words[0]] = k + 1
		if w := n.words[0]; w != "" {
			firstByte[w[0]] = true
		}
		allCapitalized = allCapitalized && capitalShape(n.words[0]) != 0
	}
	next := 0 // the token after the last name added
	if allCapitalized {
		for _, c := range a.capitals {
			if i := int(c); i >= next {
				next = a.repeatAt(i, next, &firstByte)
			}
		}
		return
	}
	for i := range a.toks {
		if i >= next {
			next = a.repeatAt(i, next, &firstByte)
		}
	}
}

// repeatAt adds the longest of findRepeats' names that starts at token i,
// if one does, and returns the token after it, or else next. firstByte
// tells the first bytes of the names.
func (a *annotator) repeatAt(i, next int, firstByte *[256]bool) int {
	if a.covered[i] {
		return next
	}
	if w := a.words[i]; w != "" && !firstByte[w[0]] {
		return next
	}
	// The longest name that matches wins, the first of equals: the
	// chain goes from the latest name back, so >= keeps the earliest.
	names := a.known
	best := -1
	for k := a.byFirst[a.words[i]] - 1; k >= 0; k = a.sameFirst[k] {
		n := names[k]
		j := i + len(n.words)
		if j > len(a.toks) || !a.free(i, j) || !slices.Equal(a.words[i:j], n.words) {
			continue
		}
		if best < 0 || len(n.words) >= len(names[best].words) {
			best = k
		}
	}
	if best < 0 {
		return next
	}
	n := names[best]
	a.addName(i, i+len(n.words), n.typ)
	return i + len(n.words)
}

// A knownName is a name findRepeats looks for: its type and words.
type knownName struct {
	typ   sitrep.EntityType
	words []string
}

// mark records that tokens [i, j) belong to a name mention.
func (a *annotator) mark(i, j int) {
	for k := i; k < j; k++ {
		a.covered[k] = true
	}
}

func (a *annotator) free(i, j int) bool {
	for k := i; k < j; k++ {
		if a.covered[k] {
			return false
		}
	}
	return true
}

func (a *annotator) addName(i, j int, typ sitrep.EntityType) int {
	e, ok := a.lookup(i, j)
	return a.addLookedUp(i, j, typ, e, ok)
}

// addLookedUp is addName for a caller that has looked tokens [i, j) up.
func (a *annotator) addLookedUp(i, j int, typ sitrep.EntityType, e actor.Entry, inDict bool) int {
	m := mention{span: tokenSpan(a.toks, i, j), first: i, end: j, typ: typ, kind: sitrep.MentionName, entry: e, inDict: inDict}
	a.mark(i, j)
	return a.addMention(m)
}

func isDash(w string) bool {
	switch w {
	case "—", "–", "-", "--", "―", "‒":
		return true
	}
	return false
}

// findDateline recognizes a wire dateline at the start of the text or of
// one of its first paragraphs, after a headline: "MOSCOW (Sputnik) —",
// "BEIRUT, Oct 24 (Reuters) -". The place in capitals becomes a GPE mention,
// the agency in parentheses an ORG mention.
func (a *annotator) findDateline() {
	if a.datelineAt(0) {
		return
	}
	for si := 1; si < len(a.doc.Sentences) && si <= maxHeadlineSentences; si++ {
		s := a.doc.Sentences[si]
		if s.Paragraph != a.doc.Sentences[si-1].Paragraph && a.datelineAt(s.Tokens.Start) {
			return
		}
	}
}

// monthWord reports whether w names a month, in full or shortened, with
// or without a period: the date of a dateline ("Feb 12", "Sept. 3").
func monthWord(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	switch w {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}

// maxHeadlineSentences is how many sentences (a headline, a subtitle, a
// byline) findDateline looks past for a dateline.
const maxHeadlineSentences = 3

// datelineAt adds the mentions of a dateline that starts at token start, if
// one does, and reports whether it did.
func (a *annotator) datelineAt(start int) bool {
	if start < 0 || start >= len(a.toks) {
		return false
	}
	n := min(len(a.toks), start+16)
	i := start
	for i < n && a.toks[i].Kind == sitrep.TokenWord && a.allCaps(i) {
		i++
	}
	if i == start || i > start+4 {
		return false
	}
	place := i
	open := -1
	for k := i; k < n; k++ {
		if a.words[k] == "(" {
			open = k
			break
		}
		if isDash(a.words[k]) || a.words[k] == "." {
			break
		}
	}
	if open < 0 {
		return false
	}
	closing := -1
	for k := open + 1; k < n && k < open+6; k++ {
		if a.words[k] == ")" {
			closing = k
			break
		}
	}
	if closing <= open+1 || closing+1 >= len(a.toks) || !isDash(a.words[closing+1]) || !a.capitalized(open+1) {
		return false
	}
	a.addName(start, place, sitrep.GPE)
	for k := place; k < open; k++ {
		if monthWord(a.words[k]) {
			a.covered[k] = true // the date, "Feb 12": no name ("Feb" as an organization)
		}
	}
	src := a.addName(open+1, closing, sitrep.ORG)
	a.afterDateline = closing + 2
	if e := a.ms[src].entry; a.ms[src].inDict && e.Kind == actor.KindActor {
		a.ms[src].typ = e.Type
	}
	return true
}

// Words after a hyphen that make the part before it an actor or place
// ("US-led", "Iran-backed"), and prefixes before one ("anti-Daesh").
var (
	hyphenSuffixes = map[string]bool{"led": true, "backed": true, "based": true, "born": true,
		"held": true, "controlled": true, "run": true, "allied": true, "affiliated": true,
		"linked": true, "sponsored": true, "funded": true, "supported": true, "owned": true,
		"brokered": true, "made": true, "trained": true, "armed": true, "bound": true,
		"registered": true, "flagged": true, "imposed": true, "aligned": true, "friendly": true}
	hyphenPrefixes = map[string]bool{"anti": true, "pro": true, "non": true, "ex": true, "post": true, "pre": true}
)

// hyphenPart returns the byte range, within token i, of the name part of a
// hyphenated word such as "US-led" or "anti-Daesh", and the part's
// dictionary entry.
func (a *annotator) hyphenPart(i int) (start, end int, e actor.Entry, ok bool) {
	w := a.words[i]
	if a.toks[i].Kind != sitrep.TokenWord || len(w) < 4 || !a.hasHyphen(i) {
		return 0, 0, e, false
	}
	if h := strings.LastIndexByte(w, '-'); h > 0 && hyphenSuffixes[strings.ToLower(w[h+1:])] {
		start, end = 0, h
	} else if h := strings.IndexByte(w, '-'); h > 0 && hyphenPrefixes[strings.ToLower(w[:h])] {
		start, end = h+1, len(w)
	} else {
		return 0, 0, e, false
	}
	part := w[start:end]
	if part == "" || !isCapitalized(part) && !a.s.lex.isParticleName(part) { // "al-Qaida-linked"
		return 0, 0, e, false
	}
	a.keyBuf = actor.AppendKey(a.keyBuf[:0], part)
	e, ok = a.s.actors.LookupKey(a.keyBuf)
	return start, end, e, ok
}

func entryType(e actor.Entry) sitrep.EntityType {
	switch e.Kind {
	case actor.KindCountry, actor.KindSeat:
		return sitrep.GPE
	case actor.KindDemonym:
		return sitrep.NORP
	}
	return e.Type
}

// findHyphenParts adds the names inside hyphenated words: "US" in "US-led",
// "Daesh" in "anti-Daesh".
func (a *annotator) findHyphenParts() {
	for _, h := range a.hyphens { // hyphenPart would reject the others, more slowly
		i := int(h)
		start, end, e, ok := a.hyphenPart(i)
		if !ok {
			continue
		}
		base := a.toks[i].Start
		m := mention{span: sitrep.Span{Start: base + start, End: base + end}, first: i, end: i + 1,
			typ: entryType(e), kind: sitrep.MentionName, entry: e, inDict: true}
		if e.Kind == actor.KindCountry || e.Kind == actor.KindDemonym {
			m.country = e.Code
		}
		a.covered[i] = true
		a.addMention(m)
	}
}

// addChunk adds the tagger's entity over tokens [i, j) of CoNLL type typ,
// typed with sitrep's types.
func (a *annotator) addChunk(i, j int, typ string) {
	if typ == "PER" {
		for i < j-1 {
			if !a.isExact(i, exactTitle) {
				break
			}
			i++
		}
	}
	if i >= j || !a.free(i, j) {
		return
	}
	e, ok := a.lookup(i, j)
	last := a.words[j-1]
	switch lx := a.s.lex; {
	case ok:
	case !lx.lastWords.MayHave(last): // no case below holds
	case j-i >= 2 && lx.eventEnd[last]:
		typ = "MISC"
		if a.headedByOrg(i, j) {
			typ = "ORG" // "Institute for the Study of War"
		}
	case lx.loc[last]:
		typ = "LOC"
	case lx.fac[last] || j-i >= 2 && lx.fac[a.words[j-2]+" "+last]:
		typ = "LOC"
	}
	if typ != "PER" && j-i == 1 && !ok && a.particleSurnameOfEarlier(i) {
		typ = "PER" // "Al-Otaibi said", typed an organization, after "Saleh al-Otaibi"
	}
	var t sitrep.EntityType
	switch typ {
	case "PER":
		t = sitrep.PERSON
		switch {
		case ok && e.Kind == actor.KindActor:
			t = e.Type
		case ok && e.Kind == actor.KindSeat && j-i == 1 && a.s.lex.givenNames[a.lower(i)] == genderUnknown &&
			a.actsAsGovernment(&mention{first: i, end: j}) && !a.surnameOfEarlier(i):
			// The tagger takes a capital that speaks or acts for a
			// person ("Kyiv has repeatedly denied"); one that is no given
			// name ("Sofia") is the place. (Countries are left to the
			// tagger: "Jordan" and "Holland" are persons in CoNLL's news.)
			t = sitrep.GPE
		case j < len(a.toks) && a.s.lex.divisions[a.words[j]]:
			t = a.locType(i, j, e, ok) // "Anbar province"
		}
	case "ORG":
		t = sitrep.ORG
		if ok {
			t = entryType(e)
		}
	case "LOC":
		t = a.locType(i, j, e, ok)
	default:
		t = a.miscType(i, j, e, ok)
		if t == sitrep.OTHER && a.givenNameAfterTitle(i, j) {
			t = sitrep.PERSON
		}
	}
	a.addLookedUp(i, j, t, e, ok)
}

// givenNameAfterTitle reports whether the name at tokens [i, j), which
// opens with a demonym, is a person's whose given name the demonym is:
// right after a title ("energy minister German Galushchenko", "Minister
// German Galushchenko"), a demonym that is also a given name, followed by
// capitalized words that are neither titles nor dictionary names. "German
// Chancellor Olaf Scholz" and "the German government" are no such name.
func (a *annotator) givenNameAfterTitle(i, j int) bool {
	if j-i < 2 || i == 0 || j-i > 3 {
		return false
	}
	if _, given := a.s.lex.givenNames[a.lower(i)]; !given {
		return false
	}
	if d, ok := a.lookup(i, i+1); !ok || d.Kind != actor.KindDemonym {
		return false
	}
	if n, ok := a.s.lex.nominals[a.lower(i-1)]; !a.isExact(i-1, exactTitle) && !(ok && n.typ == sitrep.PERSON && n.group != "new") {
		return false
	}
	for k := i + 1; k < j; k++ {
		if !a.capitalized(k) || a.isExact(k, exactTitle) {
			return false
		}
		if _, ok := a.lookup(k, k+1); ok {
			return false
		}
	}
	return true
}

// particleSurnameOfEarlier reports whether token i is the surname of a
// person named before with its particle capitalized, as a sentence's
// first word: "Al-Otaibi" after "Saleh al-Otaibi".
func (a *annotator) particleSurnameOfEarlier(i int) bool {
	if w := a.words[i]; len(w) < 4 || w[0] < 'A' || w[0] > 'Z' || strings.IndexByte(w[:4], '-') < 0 {
		return false // most names: spare the walk over the mentions
	}
	return a.earlierSurname(i, particleCapitalized)
}

// surnameOfEarlier reports whether token i is the last word of a person's
// name of several words found before it: "Police arrested Marcus Lima. Lima
// denied the charges" is Marcus Lima, not Peru's government.
func (a *annotator) surnameOfEarlier(i int) bool {
	return a.earlierSurname(i, func(w, last string) bool { return w == last })
}

// earlierSurname reports whether token i matches, by same, the last word
// of a person's name of several words found before it.
func (a *annotator) earlierSurname(i int, same func(w, last string) bool) bool {
	for k := range a.ms {
		m := &a.ms[k]
		if m.typ == sitrep.PERSON && m.kind == sitrep.MentionName && m.end-m.first > 1 && m.end <= i && same(a.words[i], a.words[m.end-1]) {
			return true
		}
	}
	return false
}

// headedByOrg reports whether the name at tokens [i, j) opens with an
// organization's head word and its complement: "Institute for the Study of
// War", "Ministry of War" are organizations, not wars.
func (a *annotator) headedByOrg(i, j int) bool {
	for k := i; k+1 < j-1; k++ {
		switch a.words[k+1] {
		case "for", "of", "on":
			return a.isExact(k, exactOrgHead)
		}
	}
	return false
}

func (a *annotator) locType(i, j int, e actor.Entry, ok bool) sitrep.EntityType {
	if ok {
		return entryType(e)
	}
	last := a.words[j-1]
	switch {
	case !a.s.lex.lastWords.MayHave(last): // no case below holds
	case a.s.lex.loc[last]:
		return sitrep.LOC
	case a.s.lex.fac[last] || j-i >= 2 && a.s.lex.fac[a.words[j-2]+" "+last]:
		return sitrep.FAC
	}
	return sitrep.GPE
}

func (a *annotator) miscType(i, j int, e actor.Entry, ok bool) sitrep.EntityType {
	if ok {
		return entryType(e)
	}
	lx := a.s.lex
	people := true
	for k := i; k < j; k++ {
		if !lx.people[a.words[k]] {
			if d, ok := a.lookup(k, k+1); !ok || d.Kind != actor.KindDemonym {
				people = false
				break
			}
		}
	}
	switch {
	case people:
		return sitrep.NORP
	case lx.weapons[a.words[i]] || isWeaponModel(a.words[i], lx.weaponPre):
		return sitrep.WEAPON
	case a.words[i] == "Operation" && j-i > 1:
		return sitrep.ORG
	case lx.event[a.words[j-1]] || j-i >= 2 && lx.event[a.words[j-2]+" "+a.words[j-1]]:
		return sitrep.EVENT
	}
	return sitrep.OTHER
}

// isWeaponModel reports whether w is a weapon model designation: a known
// prefix, a hyphen and a number, "F-16", "Su-24", "S-400", "MQ-9".
func isWeaponModel(w string, prefixes map[string]bool) bool {
	h := strings.IndexByte(w, '-')
	if h <= 0 || h+1 >= len(w) || !prefixes[w[:h]] {
		return false
	}
	c := w[h+1]
	return '0' <= c && c <= '9'
}

// findDictionaryNames adds capitalized names of two words or more of the
// actor dictionary, longest first, before the tagger's names. A name's
// last word is capitalized ("The Economist", not "The economist") or a
// number ("France 24", "Channel 12").
func (a *annotator) findDictionaryNames() {
	const minWords = 2
	// Tokens, not words: "'s" is one. The longest names run to nine words
	// ("International Federation of Red Cross and Red Crescent
	// Societies"); the scan stops anyway where no name continues.
	const maxWords = 12
	next := 0 // the token after the last name added
	for _, c := range a.capitals {
		i := int(c)
		if i < next || a.covered[i] || a.toks[i].Kind != sitrep.TokenWord {
			continue
		}
		end := min(a.sentenceEnd(i), i+maxWords)
		// Extend word by word while some name continues; keep the longest.
		best, bestEntry := -1, actor.Entry{}
		b := a.keyBuf[:0]
		for j := i + 1; j <= end; j++ {
			if a.covered[j-1] {
				break
			}
			var e actor.Entry
			var ok, prefix bool
			if j == i+1 {
				e, ok, prefix = a.wordEntry(i)
				if prefix {
					b = a.appendKey(b, a.toks[i].Span)
				}
			} else {
				if a.spaceBefore(j - 1) {
					b = append(b, ' ')
				}
				b = a.appendKey(b, a.toks[j-1].Span)
				e, ok, prefix = a.s.actors.LookupPrefixKey(b)
			}
			if ok && j-i >= minWords && (a.capitalized(j-1) || a.toks[j-1].Kind == sitrep.TokenNumber) {
				best, bestEntry = j, e
			}
			if !prefix {
				break
			}
		}
		a.keyBuf = b
		if best < 0 {
			continue
		}
		a.addLookedUp(i, best, entryType(bestEntry), bestEntry, true)
		next = best
	}
}

// findDictionaryWords adds the one-word names of the actor dictionary that
// the tagger missed. Only one-word names are left: findDictionaryNames has
// added the longer ones, and tokens have only been covered since, so
// a longer name it did not find is not there. Besides the capitalized
// words, it looks up those that start with a particle ("al-Shabaab"), which
// a name's first word may do.
func (a *annotator) findDictionaryWords() {
	for _, c := range a.capitals {
		a.addDictionaryWord(int(c))
	}
	for _, h := range a.hyphens {
		if i := int(h); !a.capitalized(i) && a.isParticleWord(i) {
			a.addDictionaryWord(i)
		}
	}
}

// addDictionaryWord adds token i as a name if the actor dictionary has it
// and no name covers it yet.
func (a *annotator) addDictionaryWord(i int) {
	if a.covered[i] || a.toks[i].Kind != sitrep.TokenWord {
		return
	}
	e, ok, _ := a.wordEntry(i)
	if !ok || a.rejectOneWordName(i) {
		return
	}
	a.addLookedUp(i, i+1, entryType(e), e, true)
}

// rejectOneWordName reports whether the dictionary name at token i alone
// is no name: one letter, or "IS" in a headline, which is a verb.
func (a *annotator) rejectOneWordName(i int) bool {
	return utf8.RuneCountInString(a.words[i]) < 2 || len(a.words[i]) <= 2 && a.allCaps(i) && a.headline(i)
}

// headline reports whether token i's sentence is in capitals.
func (a *annotator) headline(i int) bool {
	for k := a.sentenceStart(i); k < a.sentenceEnd(i); k++ {
		if a.toks[k].Kind == sitrep.TokenWord && !a.allCaps(k) {
			return false
		}
	}
	return true
}

// findWeaponModels adds weapon designations the tagger missed ("F-16").
func (a *annotator) findWeaponModels() {
	for _, h := range a.hyphens {
		if i := int(h); !a.covered[i] && isWeaponModel(a.words[i], a.s.lex.weaponPre) {
			a.addName(i, i+1, sitrep.WEAPON)
		}
	}
}

// findAcronyms links an acronym in parentheses to the name before it:
// "Operation Inherent Resolve (OIR)". The acronym takes the name's type.
func (a *annotator) findAcronyms() {
	n := len(a.ms)
	for mi := 0; mi < n; mi++ {
		m := &a.ms[mi] // valid until addName below, which may move the mentions
		if m.span.End != a.toks[m.end-1].End || m.end+2 >= len(a.toks) || a.words[m.end] != "(" || a.words[m.end+2] != ")" {
			continue
		}
		k := m.end + 1
		if !isAcronym(a.words[k]) || m.typ == sitrep.PERSON || m.typ == sitrep.GPE || m.end-m.first < 2 {
			continue
		}
		typ := m.typ
		if e, ok := a.lookup(k, k+1); ok && e.Kind != actor.KindActor {
			continue // "Linda Wild ( U.S. )": a country, not an acronym
		}
		// The acronym may already be a mention (the tagger's or the dictionary's).
		found := -1
		for oi := range a.ms {
			if a.ms[oi].first == k && a.ms[oi].end == k+1 {
				found = oi
				break
			}
		}
		if found < 0 {
			if a.covered[k] {
				continue
			}
			found = a.addName(k, k+1, typ)
		}
		a.ms[found].typ = typ
		a.ms[found].link = mi
	}
}

// isAcronym reports whether w looks like an acronym: two to ten capitals,
// digits, hyphens or periods, at least two of them capitals.
func isAcronym(w string) bool {
	caps := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			caps++
		case unicode.IsDigit(r) || r == '-' || r == '.' || r == '&':
		default:
			return false
		}
	}
	return caps >= 2 && len(w) <= 12
}

// trimTitles finds the title before each person's name ("Army Col.",
// "Syrian Foreign Minister") and removes mentions the tagger made of its
// words ("Army" as ORG), keeping demonyms and places.
func (a *annotator) trimTitles() {
	dead := false
	// The mentions by first token, sorted when a title is first found: a
	// mention inside a title starts in [start, m.first], and looking it up
	// there instead of scanning every mention per titled name keeps a long
	// text from costing the square of its names.
	var byFirst []int
	for mi := range a.ms {
		m := &a.ms[mi]
		if m.typ != sitrep.PERSON || m.kind != sitrep.MentionName {
			continue
		}
		start := a.titleStart(m.first)
		if start == m.first {
			continue
		}
		if byFirst == nil {
			byFirst = a.mentionsByFirst()
		}
		from, _ := slices.BinarySearchFunc(byFirst, start, func(oi, t int) int { return a.ms[oi].first - t })
		for _, oi := range byFirst[from:] {
			o := &a.ms[oi]
			if o.first > m.first {
				break
			}
			if oi != mi && o.end <= m.first && o.typ != sitrep.NORP && o.typ != sitrep.GPE {
				o.entity = -2 // removed
				dead = true
			}
		}
	}
	if byFirst != nil {
		a.order = byFirst // scratch, reused by sortMentions
	}
	if dead {
		a.peak = max(a.peak, len(a.ms))
		a.ms = slicesDeleteDead(a.ms)
	}
}

// mentionsByFirst returns the indices of the mentions ordered by their
// first token, in a.order's memory.
func (a *annotator) mentionsByFirst() []int {
	byFirst := a.order[:0]
	for mi := range a.ms {
		byFirst = append(byFirst, mi)
	}
	slices.SortFunc(byFirst, func(x, y int) int { return a.ms[x].first - a.ms[y].first })
	return byFirst
}

// slicesDeleteDead removes the mentions marked removed. It runs before any
// index into the mentions is kept, except acronym links, which it remaps.
func slicesDeleteDead(ms []mention) []mention {
	newIndex := make([]int, len(ms))
	out := ms[:0]
	for i, m := range ms {
		if m.entity == -2 {
			newIndex[i] = -1
			continue
		}
		newIndex[i] = len(out)
		out = append(out, m)
	}
	for i := range out {
		if out[i].link >= 0 {
			out[i].link = newIndex[out[i].link]
		}
	}
	return out
}

// titleStart returns the first token of the title before a name starting at
// token i, or i if there is none. Titles are the lexicon's words and
// demonyms or country names before them ("Syrian Foreign Minister").
func (a *annotator) titleStart(i int) int {
	start := a.sentenceStart(i)
	k := i - 1
	for k >= start {
		if a.isExact(k, exactTitle) {
			k--
			continue
		}
		if a.capitalized(k) && k < i-1 {
			if e, ok := a.lookup(k, k+1); ok && (e.Kind == actor.KindDemonym || e.Kind == actor.KindCountry) {
				k--
				continue
			}
		}
		break
	}
	// A title is only a title if it ends in a title word, not a demonym.
	if k+1 < i {
		if !a.isExact(i-1, exactTitle) {
			return i
		}
	}
	return k + 1
}
