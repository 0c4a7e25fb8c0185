package entity

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
)

// titleGroups gives, for each title written before a name, the group of
// the descriptions made of it: "Gov. Babagana Zulum" is "the governor",
// "Spokeswoman Maria Zakharova" "the spokesman". Titles not listed
// ("Col.", "Mr.", "Sheikh") make no description that refers back.
var titleGroups = map[string]string{
	"Governor": "governor", "Gov.": "governor", "Gov": "governor",
	"President": "president", "Pres.": "president",
	"Minister": "minister",
	"Mayor":    "mayor",
	"Senator":  "senator", "Sen.": "senator",
	"Ambassador": "ambassador", "Amb.": "ambassador",
	"Envoy":     "envoy",
	"Commander": "commander", "Cmdr.": "commander", "Cdr.": "commander",
	"Spokesman": "spokesman", "Spokeswoman": "spokesman", "Spokesperson": "spokesman",
}

// titleDescribed reports whether group is that of a title in titleGroups.
func titleDescribed(group string) bool {
	switch group {
	case "governor", "president", "minister", "mayor", "senator", "ambassador", "envoy", "commander", "spokesman":
		return true
	}
	return false
}

// A rank is the set of words that make a title another office than its
// head alone: "the former governor" is not the governor, "the prime
// minister" not any minister, "Deputy Governor X" not "the governor".
type rank uint8

const (
	rankFormer rank = 1 << iota // former, ex-, outgoing, late
	rankPrime
	rankDeputy // deputy, vice, lieutenant, assistant, junior
	rankActing // acting, interim
)

// rankOf returns the rank that word w, in lower case, gives a title, or 0.
func rankOf(w string) rank {
	switch w {
	case "former", "ex", "outgoing", "late":
		return rankFormer
	case "prime":
		return rankPrime
	case "deputy", "vice", "vice-president", "lieutenant", "lt.", "assistant", "junior":
		return rankDeputy
	case "acting", "interim":
		return rankActing
	}
	return 0
}

// maxTitleScan bounds how many mentions titleHolder looks back over, so
// that a long text's descriptions cost no more than a short one's.
const maxTitleScan = 512

// titleHolder resolves a definite description made of a title, mention mi
// ("the governor", "the defence minister", "the former governor"), to the
// nearest person before it who holds that title: one named with it
// ("Borno State Governor Babagana Zulum", "Gov. Zulum") or described by
// it ("Zulum, the governor of Borno", "Army spokesman Brig. Gen. Dawlat
// Waziri"). ok is false when mi is no such description or no such
// person was found, and the other rules may try; it is true with -1
// when the description must stand alone: two holders of the title share
// the holder's sentence ("Governor Zulum met Governor Buni"), or only
// holders of another rank were found ("Former Governor Kashim Shettima"
// is not "the governor").
//
// The title must match in full: the head, its rank (former, prime,
// deputy, acting) and the description's content modifiers and
// complement ("the Borno governor", "the governor of Borno"). Plural
// descriptions, "a governor", "his spokesman" and possessors ("the
// governor's office") are left to the other rules.
func (a *annotator) titleHolder(mi int) (e int, ok bool) {
	m := &a.ms[mi]
	if m.typ != sitrep.PERSON || !titleDescribed(m.group) || !a.isRoleNoun(m) || !a.fullToken(m) {
		return -1, false
	}
	if m.end < len(a.words) && isPossessive(a.words[m.end]) {
		return -1, false // "the governor's office"
	}
	// The rank words between "the" and the description, which leaves them
	// out: "the former governor", "the prime minister".
	k, want := a.rankBefore(m.first, m.first)
	if k < 0 || a.lower(k) != "the" || a.sentOf[k] != a.sentOf[m.first] {
		return -1, false
	}
	q := titleQuery{group: m.group, rank: want, mods: a.contentModifiers(mi), compStart: m.end + 1, compEnd: a.complementEnd(mi)}
	otherRank := false
	for oi := mi - 1; oi >= 0 && oi >= mi-maxTitleScan; oi-- {
		holds, sameRank := a.holds(oi, &q)
		if !sameRank {
			otherRank = otherRank || holds
			continue
		}
		if !holds {
			continue
		}
		o := &a.ms[oi]
		if !a.hasName(o.entity) {
			return -1, false // "a governor", described again: the other rules join them
		}
		if a.otherHolder(oi, mi, &q) {
			return -1, true
		}
		return o.entity, true
	}
	if otherRank || want != 0 {
		return -1, true
	}
	return -1, false
}

// A titleQuery is a description made of a title that titleHolder
// resolves.
type titleQuery struct {
	group              string
	rank               rank
	mods               []int // content modifiers (see contentModifiers)
	compStart, compEnd int   // the complement's words after "of" or "for"
}

// holds reports whether mention oi is a person who holds the title of
// query q, with its modifiers and complement, and whether of q's rank;
// for a holder of another rank, sameRank is false and holds true.
func (a *annotator) holds(oi int, q *titleQuery) (holds, sameRank bool) {
	from, to, r := a.titleOf(oi, q.group)
	if from < 0 {
		return false, true
	}
	if r != q.rank {
		return true, false
	}
	// "The Borno governor" is not "Yobe State Governor Mai Mala Buni", nor
	// "the governor of Lagos" "Zulum, the governor of Borno".
	return a.hasAll(a.words[from:to], &a.ms[oi], q.mods) && a.namesAll(q.compStart, q.compEnd, from, to), true
}

// titleOf returns, if mention oi is a person who holds a title of group
// (a name after it, or a description with it as its head), the tokens
// [from, to) that say the title with its modifiers and complement, and
// the title's rank; else from is -1.
func (a *annotator) titleOf(oi int, group string) (from, to int, r rank) {
	o := &a.ms[oi]
	if o.typ != sitrep.PERSON || o.entity < 0 || !a.fullToken(o) {
		return -1, -1, 0
	}
	switch o.kind {
	case sitrep.MentionName:
		t := a.titleStart(o.first)
		h := -1 // the title's head: the last word of the group
		for k := t; k < o.first; k++ {
			if titleGroups[a.words[k]] == group {
				h = k
			}
		}
		if h < 0 {
			return -1, -1, 0
		}
		for k := t; k < h; k++ {
			r |= rankOf(a.lower(k))
		}
		from = t
	case sitrep.MentionNominal:
		if o.group != group || !a.isRoleNoun(o) {
			return -1, -1, 0
		}
		from = o.first
		to = a.complementEnd(oi)
		return from, to, a.descriptionRank(oi)
	default:
		return -1, -1, 0
	}
	// Rank words before the title: "former Governor X".
	_, before := a.rankBefore(from, o.first)
	return from, o.first, r | before
}

// rankBefore returns the rank of the rank words right before token from
// in token i's sentence ("former" of "the former governor") and the token
// before them, or -1.
func (a *annotator) rankBefore(from, i int) (k int, r rank) {
	k = from - 1
	for k >= 0 && a.sentOf[k] == a.sentOf[i] && rankOf(a.lower(k)) != 0 {
		r |= rankOf(a.lower(k))
		k--
	}
	return k, r
}

// descriptionRank returns the rank of description oi: of its words and
// the rank words before it ("a former governor", "the vice president").
func (a *annotator) descriptionRank(oi int) rank {
	o := &a.ms[oi]
	_, r := a.rankBefore(o.first, o.first)
	for k := o.first; k < o.end; k++ {
		r |= rankOf(a.lower(k))
	}
	return r
}

// namesAll reports whether every capitalized word of tokens [from, to),
// a description's complement ("of Borno State"), is among tokens [tf,
// tt), a title held before ("Borno State Governor"): "the governor of
// Lagos" is not Borno's.
func (a *annotator) namesAll(from, to, tf, tt int) bool {
	for k := from; k < to; k++ {
		if !a.capitalized(k) {
			continue
		}
		found := false
		for j := tf; j < tt && !found; j++ {
			found = strings.EqualFold(a.words[j], a.words[k])
		}
		if !found {
			return false
		}
	}
	return true
}

// otherHolder reports whether another person than mention oi's holds the
// title of query q in oi's sentence, before mention mi: then "the
// governor" after "Governor Zulum met Governor Buni" could be either,
// while "the defence minister" after "Foreign Minister Dmytro Kuleba met
// Defence Minister Rustem Umerov" is Umerov.
func (a *annotator) otherHolder(oi, mi int, q *titleQuery) bool {
	o := &a.ms[oi]
	sent := a.doc.Sentences[a.sentOf[o.first]]
	for xi := a.firstMention(sent.Start); xi < mi && a.ms[xi].span.Start < sent.End; xi++ {
		x := &a.ms[xi]
		if x.entity == o.entity || x.entity < 0 {
			continue
		}
		if holds, sameRank := a.holds(xi, q); holds && sameRank {
			return true
		}
	}
	return false
}

// maxTitleWords bounds the words of a title between a description and the
// name in apposition to it ("Army spokesman Brig. Gen. Dawlat Waziri").
const maxTitleWords = 4

// inHeadline reports whether token i is in a wire story's headline: the
// first paragraph, when it is one sentence without a closing period
// ("Homs governor says militants shelled villages") or the dateline opens
// a later paragraph.
func (a *annotator) inHeadline(i int) bool {
	sents := a.doc.Sentences
	if len(sents) < 2 || a.sentOf[i] != 0 || sents[1].Paragraph == sents[0].Paragraph {
		return false
	}
	if d := a.afterDateline; d > 0 && d >= sents[1].Tokens.Start {
		return true
	}
	switch a.words[sents[0].Tokens.End-1] {
	case ".", "!", "?":
		return false
	}
	return true
}

// headlineHolder resolves a headline's description made of a title,
// mention mi ("Homs governor says …"), to the first person the body
// introduces with that title ("…, Governor Nimr Makhlouf told Reuters"),
// or -1. A headline drops what the lead says in full, so it can name the
// title before the person does; in the body a description refers only
// back (see titleHolder).
//
// The rank must match, and so must the headline's modifiers, including
// the name words before the description ("Homs"): each must be in the
// holder's title, or, when that title has no name, country or portfolio
// of its own that the headline lacks, in the holder's sentence ("Governor
// Nimr Makhlouf" of a sentence about "Homs province"). The Lagos governor
// is no "Borno State Governor Babagana Zulum" who spoke in Lagos.
func (a *annotator) headlineHolder(mi int) int {
	m := &a.ms[mi]
	if m.typ != sitrep.PERSON || !titleDescribed(m.group) || !a.isRoleNoun(m) || !a.fullToken(m) || m.indef || !a.inHeadline(m.first) {
		return -1
	}
	if m.end < len(a.words) && isPossessive(a.words[m.end]) {
		return -1 // "Governor's office says …"
	}
	mods := a.contentModifiers(mi)
	start := a.doc.Sentences[0].Tokens.Start
	for k := m.first - 1; k >= start && a.headlineModifier(k); k-- {
		mods = append(mods, k)
	}
	for k := m.end + 1; k < a.complementEnd(mi); k++ {
		if a.capitalized(k) {
			mods = append(mods, k) // "governor of Homs"
		}
	}
	a.mods = mods
	want := a.descriptionRank(mi)
	for oi := mi + 1; oi < len(a.ms) && oi <= mi+maxTitleScan; oi++ {
		o := &a.ms[oi]
		if o.sentence == 0 || o.typ != sitrep.PERSON || !a.fullToken(o) {
			continue
		}
		e, from, to := a.introducedAs(oi, m.group)
		if e < 0 || a.descriptionRankOf(oi, from) != want {
			continue
		}
		if !a.titleFits(oi, from, to, mods) {
			continue
		}
		// Two holders in one sentence ("Governor Zulum met Governor
		// Buni"): the headline could mean either.
		sent := a.doc.Sentences[o.sentence]
		for xi := a.firstMention(sent.Start); xi < len(a.ms) && a.ms[xi].span.Start < sent.End; xi++ {
			if x, _, _ := a.introducedAs(xi, m.group); xi != oi && x >= 0 && x != e && a.ms[xi].typ == sitrep.PERSON {
				return -1
			}
		}
		return e
	}
	return -1
}

// headlineModifier reports whether token k, before a headline's
// description, modifies it by a name or a country: "Homs" of "Homs
// governor says", "Syrian" of "Syrian minister says".
func (a *annotator) headlineModifier(k int) bool {
	if a.toks[k].Kind != sitrep.TokenWord || !a.capitalized(k) {
		return false
	}
	if e, ok := a.lookup(k, k+1); ok && (e.Kind == actor.KindDemonym || e.Kind == actor.KindCountry) {
		return true
	}
	return a.namesWord(k) && !a.is(k, classVerb)
}

// introducedAs returns, if mention oi introduces a person with a title of
// group, the person's entity and the tokens [from, to) of the title: a
// name after it ("Governor Nimr Makhlouf") or a description in apposition
// to a name ("Nimr Makhlouf, the governor of Homs", "spokesman John
// Kirby"), which resolveNominals has not reached yet. Else e is -1.
func (a *annotator) introducedAs(oi int, group string) (e, from, to int) {
	o := &a.ms[oi]
	switch o.kind {
	case sitrep.MentionName:
		if o.entity < 0 {
			return -1, 0, 0
		}
		t := a.titleStart(o.first)
		for k := t; k < o.first; k++ {
			if titleGroups[a.words[k]] == group {
				return o.entity, t, o.first
			}
		}
	case sitrep.MentionNominal:
		if o.group != group || !a.isRoleNoun(o) {
			return -1, 0, 0
		}
		if p := a.appositionHost(oi); p >= 0 {
			return a.ms[p].entity, o.first, a.complementEnd(oi)
		}
		for ni := oi + 1; ni < len(a.ms) && a.ms[ni].first <= o.end+maxTitleWords; ni++ {
			n := &a.ms[ni]
			if n.kind == sitrep.MentionName && n.typ == sitrep.PERSON && n.entity >= 0 && a.fullToken(n) &&
				(n.first == o.end || n.first > o.end && a.titleStart(n.first) == o.end) {
				return n.entity, o.first, o.end
			}
		}
	}
	return -1, 0, 0
}

// descriptionRankOf returns the rank of the title of mention oi that
// starts at token from: its words up to the mention and the rank words
// before it.
func (a *annotator) descriptionRankOf(oi, from int) rank {
	o := &a.ms[oi]
	if o.kind == sitrep.MentionNominal {
		return a.descriptionRank(oi)
	}
	_, r := a.rankBefore(from, o.first)
	for k := from; k < o.first; k++ {
		r |= rankOf(a.lower(k))
	}
	return r
}

// titleFits reports whether the title [from, to) of mention oi fits a
// headline's modifiers mods (see headlineHolder). The name words right
// before the title are the title's too ("Borno State Governor").
func (a *annotator) titleFits(oi, from, to int, mods []int) bool {
	o := &a.ms[oi]
	sent := a.doc.Sentences[a.sentOf[o.first]]
	for from > sent.Tokens.Start && a.toks[from-1].Kind == sitrep.TokenWord && (a.namesWord(from-1) || a.countryWord(from-1)) {
		from--
	}
	if a.hasAll(a.words[from:to], o, mods) {
		return true
	}
	// The title's own restricting words must be the headline's.
	for k := from; k < to; k++ {
		if a.isExact(k, exactTitle) && !a.countryWord(k) || !a.namesWord(k) && !a.countryWord(k) && !isPortfolio(a.words[k]) {
			continue
		}
		found := false
		for _, j := range mods {
			found = found || strings.EqualFold(a.words[j], a.words[k])
		}
		if !found {
			return false
		}
	}
	return a.hasAll(a.words[sent.Tokens.Start:sent.Tokens.End], o, mods)
}

// countryWord reports whether token k names a country or its people.
func (a *annotator) countryWord(k int) bool {
	e, ok := a.lookup(k, k+1)
	return ok && (e.Kind == actor.KindDemonym || e.Kind == actor.KindCountry)
}
