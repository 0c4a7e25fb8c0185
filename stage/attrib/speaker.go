package attrib

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
)

// finish completes a: its covering span, the entities of its speaker and
// relays, and a stance refined by negation in its content.
func (x *extractor) finish(a *sitrep.Attribution) {
	x.widenSource(a)
	x.openingStatementRelay(a)
	x.statementSubjectRelay(a)
	x.sourceWithoutAside(a)
	x.nameBeforePartyTag(a)
	x.sourceWithoutRelative(a)
	x.pronounAfterObject(a)
	a.Span = a.Content.Union(a.Cue).Union(a.Source)
	noOne := x.noOne(a.Source)
	if noOne {
		a.Speaker = -1 // "No one said …": no entity speaks
	}
	if !a.Source.IsEmpty() && x.words[x.tokenAfter(a.Source.Start)] == "neither" && claimStance(a.Stance) {
		// "Neither Cruz nor Christie acknowledged the efforts": both
		// speak, and neither took the stand.
		a.Stance = sitrep.StanceQuestion
	}
	if a.Speaker < 0 && !a.Source.IsEmpty() && !noOne {
		a.Speaker = x.entityIn(a.Source)
		if x.personPronoun(a.Source) != "" && x.namedOnlyInQuotations(a.Speaker) {
			a.Speaker = -1 // left to pronounSpeakers
		}
		if a.Speaker < 0 {
			a.Speaker = x.relativeAntecedent(a.Source)
		}
		if a.Speaker < 0 {
			a.Speaker = x.statementSpeaker(a)
		}
	}
	a.Via = slices.CompactFunc(a.Via, func(u, v sitrep.Link) bool { return u.Span == v.Span }) // "said in a statement, quoted by Tanjug,"
	for i := range a.Via {
		if a.Via[i].Entity < 0 {
			a.Via[i].Entity = x.entityIn(a.Via[i].Span)
		}
		if a.Via[i].Entity >= 0 && a.Via[i].Entity == a.Speaker {
			// "carried by its radio station": the speaker's own outlet,
			// which "its" names; the outlet relays, not the speaker.
			a.Via[i].Entity = -1
		}
	}
	if c := x.tokenAfter(a.Cue.Start); a.Stance == sitrep.StanceAssert && c+2 < len(x.toks) && a.Cue.End == x.toks[c].End {
		switch {
		case refusals[x.words[c]] && x.words[c+1] == "to" && (x.words[c+2] == "confirm" || x.words[c+2] == "deny"):
			// "declined to confirm or deny": no side taken, as "neither
			// confirmed nor denied".
			a.Stance = sitrep.StanceQuestion
		case x.distancedFrom(*a):
			a.Stance = sitrep.StanceDeny // "distanced itself from the killings"
		}
	}
	if a.Stance == sitrep.StanceAssert && (x.deniesEvent(a.Content) || x.callsFalse(a.Content) || x.namesFalse(a)) {
		a.Stance = sitrep.StanceDeny
	}
	if a.Stance == sitrep.StanceAssert && (x.namesCrime(a) || x.callsCrime(a.Content)) {
		a.Stance = sitrep.StanceAccuse
	}
	if a.Stance == sitrep.StanceAssert && x.claimsAct(a) {
		a.Stance = sitrep.StanceConfirm
	}
	if a.Stance == sitrep.StanceAssert {
		a.Stance = x.behind(a.Content, a.Speaker)
	}
}

// sourceWithoutAside trims from a's source a relay's aside, which the
// chain holds ("Russia's defence ministry, quoted by RIA Novosti, said"),
// and a conjunction that joins its clause to the one before ("…, while
// Russia's defence ministry … said").
func (x *extractor) sourceWithoutAside(a *sitrep.Attribution) {
	if a.Source.IsEmpty() {
		return
	}
	i, end := x.tokenAfter(a.Source.Start), x.tokenAfter(a.Source.End)
	if i+1 < end && clauseLinks[x.words[i]] {
		a.Source.Start = x.toks[i+1].Start
		i++
	}
	if !x.record && end-i > 3 && (namingParticiples[x.words[end-1]] || strings.HasSuffix(x.words[end-1], "ly") && namingParticiples[x.words[end-2]]) {
		// "MONUSCO, as the U.N. mission in Congo is known, said": the
		// aside names the speaker again. (At inference only.)
		for j := i + 1; j+1 < end; j++ {
			if x.words[j] == "," && x.words[j+1] == "as" {
				a.Source.End = x.trimEnd(a.Source.Start, x.toks[j-1].End)
				return
			}
		}
	}
	for _, v := range a.Via {
		if v.Span.Start <= a.Source.Start || !a.Source.Contains(v.Span) {
			continue
		}
		for j := x.tokenAfter(v.Span.Start) - 1; j > i; j-- {
			if x.words[j] == "," {
				a.Source.End = x.trimEnd(a.Source.Start, x.toks[j-1].End)
				return
			}
		}
	}
}

// sourceWithoutRelative ends a's source, when it comes before the cue,
// before a relative clause set off by a comma: "A teacher in the town, who
// spoke to the Guardian by phone on condition of anonymity, said" has the
// source "A teacher in the town"; the clause says how the speaker spoke,
// not who. (At inference only: PolNeAR's sources keep such clauses as
// often as not, and the judge's training candidates stay as they were.)
func (x *extractor) sourceWithoutRelative(a *sitrep.Attribution) {
	if x.record || a.Source.IsEmpty() || a.Source.End > a.Cue.Start {
		return
	}
	i, end := x.tokenAfter(a.Source.Start), x.tokenAfter(a.Source.End)
	for j := i + 1; j+1 < end; j++ {
		if x.quoteOf[j] >= 0 {
			return
		}
		if x.words[j] == "," && x.relativeAt(j+1) {
			a.Source.End = x.trimEnd(a.Source.Start, x.toks[j-1].End)
			return
		}
	}
}

// pronounAfterObject trims a's source, when it runs into the pronoun right
// before the cue, to that pronoun: "killing two people it described as
// farmers", "shelled positions it said belonged to the rebels" have the
// source "it"; the noun before is the object of a relative clause with no
// "that". ("I" is left alone: "the Grade I listed aqueduct".) (At
// inference only.)
func (x *extractor) pronounAfterObject(a *sitrep.Attribution) {
	if x.record || a.Source.IsEmpty() || a.Source.End > a.Cue.Start {
		return
	}
	first, last := x.tokenAfter(a.Source.Start), x.tokenAfter(a.Source.End)-1
	if last <= first || last+1 != x.tokenAfter(a.Cue.Start) || !subjectPronouns[x.words[last]] || x.words[last] == "i" || x.words[last] == "it" && x.words[last-1] == "that" {
		return
	}
	for j := first; j < last; j++ {
		if isPunct(x.words[j]) || x.quoteOf[j] >= 0 {
			return
		}
	}
	if x.shapes[last-1] != shapeLow && x.shapes[last-1] != shapeCap {
		return // "and he said" is another matter
	}
	if p, q := x.text[x.toks[last].Start:x.toks[last].End], x.text[x.toks[last-1].Start:x.toks[last-1].End]; len(p) > 1 && p == strings.ToUpper(p) && q != strings.ToUpper(q) {
		return // "The head of IT said" (but not text all in capitals)
	}
	// The clause's subject, when a name opens it, is whom the pronoun
	// stands for if the entity stage left it alone: "Ukraine shot down 20
	// drones it said were launched from Russia".
	subject := -1
	if m := x.nameOpening(first); m >= 0 && pronounFits(x.words[last], x.doc.Mentions[m].Type) {
		subject = x.doc.Mentions[m].Entity
	}
	a.Source.Start = x.toks[last].Start
	a.Speaker = x.entityIn(a.Source)
	if a.Speaker < 0 {
		a.Speaker = subject
	}
}

// nameOpening returns the index of the outermost named mention of a
// speaking entity that starts at token t, after "the" at most; or -1.
func (x *extractor) nameOpening(t int) int {
	if t < len(x.toks) && isThe(x.words[t]) {
		t++
	}
	if t >= len(x.toks) {
		return -1
	}
	best := -1
	ms := x.doc.Mentions
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= x.toks[t].Start }); i < len(ms) && ms[i].Start == x.toks[t].Start; i++ {
		if ms[i].Kind == sitrep.MentionName && ms[i].Entity >= 0 && speaks(ms[i].Type) && (best < 0 || ms[i].End > ms[best].End) {
			best = i
		}
	}
	return best
}

// pronounFits reports whether pronoun p can stand for an entity of type t.
func pronounFits(p string, t sitrep.EntityType) bool {
	switch p {
	case "it":
		return t == sitrep.ORG || t == sitrep.GPE
	case "they":
		return t == sitrep.ORG || t == sitrep.NORP
	case "he", "she":
		return t == sitrep.PERSON
	}
	return false
}

// nameBeforePartyTag widens a's source, when it opens with a party and
// state tag set off by commas, back over the name the tag follows: "Sen.
// Diane Whitfield, R-Mont., one of the two Republicans who voted yes,
// said" and "Sen. Marcus Lyle, D-Ariz., who voted for the bill, called"
// are the senators', not "R-Mont., one of …" nor "D-Ariz". (At inference
// only.)
func (x *extractor) nameBeforePartyTag(a *sitrep.Attribution) {
	if x.record || a.Source.IsEmpty() || a.Source.End > a.Cue.Start {
		return
	}
	t := x.tokenAfter(a.Source.Start)
	if t < 2 || t >= len(x.toks) || x.words[t-1] != "," || !partyTag(x.text[x.toks[t].Start:x.toks[x.gluedEnd(t)-1].End]) || !startsUpper(x.text[x.toks[t-2].Start:]) {
		return
	}
	si := x.sentenceAt(a.Source.Start)
	if si >= len(x.doc.Sentences) {
		return
	}
	if b := x.backwardNP(x.doc.Sentences[si].Tokens.Start, t-1); b < t-1 {
		a.Source.Start = x.toks[b].Start
		a.Speaker = -1 // read again from the whole source
	}
}

// gluedEnd returns the token after the run of tokens from t that no
// space parts: the segmenter cuts "R-S.C." into "R-S", "." and "C.".
func (x *extractor) gluedEnd(t int) int {
	e := t + 1
	for e < len(x.toks) && x.toks[e].Start == x.toks[e-1].End && x.words[e] != "," {
		e++
	}
	return e
}

// gluedStart returns the first token of the run of tokens that ends at
// token t and that no space parts: "R-S" of "R-S" "." "C.".
func (x *extractor) gluedStart(t int) int {
	for t > 0 && x.toks[t].Start == x.toks[t-1].End {
		t--
	}
	return t
}

// partyTag reports whether w is a US party and state tag: "R-Mont.",
// "D-Ariz", "R-S.D.", "I-Vt.", or, for a state lawmaker, party and home
// town: "D-Milwaukee", "R-Waukesha".
func partyTag(w string) bool {
	if len(w) < 4 || len(w) > maxPartyTag || w[1] != '-' || !strings.ContainsRune("RDI", rune(w[0])) || w[2] < 'A' || w[2] > 'Z' {
		return false
	}
	for _, r := range w[3:] {
		if !unicode.IsLetter(r) && r != '.' {
			return false
		}
	}
	return true
}

// maxPartyTag is the longest partyTag: "R-Philadelphia".
const maxPartyTag = 16

// nameGivenBefore returns the person whom a's speaker names in a clause
// between the source and the cue, "who gave only her first name, Zeinab,"
// or "who gave his name as Ahmed"; or -1. (At inference only.)
func (x *extractor) nameGivenBefore(a *sitrep.Attribution) int {
	if x.record || a.Source.IsEmpty() || a.Source.End > a.Cue.Start {
		return -1
	}
	from, to := x.tokenAfter(a.Source.Start), x.tokenAfter(a.Cue.Start)
	for j := from + 1; j+1 < to && j-from <= 3*maxNP; j++ {
		if x.words[j] != "name" || !x.givenBefore(j) {
			continue // not "lights that formed the name Trump"
		}
		k := j + 1
		if x.words[k] == "only" && k+1 < to {
			k++ // "gave her name only as Fatima"
		}
		if x.words[k] == "," || x.words[k] == "as" {
			k++
		}
		if k >= to {
			return -1
		}
		ms := x.doc.Mentions
		for m := sort.Search(len(ms), func(m int) bool { return ms[m].Start >= x.toks[k].Start }); m < len(ms) && ms[m].Start == x.toks[k].Start; m++ {
			if ms[m].Type == sitrep.PERSON && ms[m].Entity >= 0 && ms[m].Entity < len(x.doc.Entities) && ms[m].End <= x.toks[to-1].End {
				return ms[m].Entity
			}
		}
		return -1
	}
	return -1
}

// givenBefore reports whether a form of "give" stands at most four words
// before token j: "gave only her first name".
func (x *extractor) givenBefore(j int) bool {
	for k := j - 1; k >= 0 && j-k <= 4; k-- {
		switch x.words[k] {
		case "gave", "give", "gives", "giving", "given":
			return true
		}
	}
	return false
}

// clauseLinks join a clause to the one before: a source never opens with
// them.
var clauseLinks = wordSet(`while whereas but and although though`)

// openingStatementRelay adds to a's chain the outlet of a statement named
// by the adjunct that opens its sentence, when a's source follows it:
// "In a statement carried by state news agency SANA, the defence ministry
// said …" reaches the reader through SANA. (Inside the subject, ", in a
// statement carried by X," is statementBetween's.)
func (x *extractor) openingStatementRelay(a *sitrep.Attribution) {
	if a.Source.IsEmpty() || len(a.Via) >= maxChain || a.Source.Start > a.Cue.Start {
		return
	}
	src := x.tokenAfter(a.Source.Start)
	si := x.sentenceAt(a.Source.Start)
	if si >= len(x.doc.Sentences) || src < 2 || x.words[src-1] != "," {
		return
	}
	s0 := x.doc.Sentences[si].Tokens.Start
	if x.words[s0] != "in" {
		return
	}
	n := s0 + 1
	if n < src && determiners[x.words[n]] {
		n++
	}
	for k := 0; !x.record && k < 2 && n+1 < src && !reportNouns[x.words[n]] && lowerWord(x.text[x.toks[n].Start:x.toks[n].End]); k++ {
		n++ // "In a later statement", "In a joint statement" (at inference only)
	}
	if n >= src || !reportNouns[x.words[n]] {
		return
	}
	for !x.record && n+2 < src && x.isTimeWord(n+1) {
		n++ // "In a statement on Sunday carried by the official news agency, …"
	}
	sp, end := x.outletAfter(n+1, src-1)
	for !x.record && end > 0 && end < src-1 && x.isTimeWord(end) {
		end++ // "In a communique read on state television on Thursday, …"
	}
	if end != src-1 && !x.record {
		// "… carried by the state news agency late on Saturday, …": the
		// time would be read into the outlet's name.
		lim := src - 1
		for lim-1 > n+1 && x.isTimeWord(lim-1) {
			lim--
		}
		sp, end = x.outletAfter(n+1, lim)
		if end == lim {
			end = src - 1
		}
	}
	if end == src-1 && !sp.IsEmpty() {
		a.Via = append(a.Via, sitrep.Link{Span: sp, Entity: -1})
	}
}

// statementSubjectRelay makes a subject that is a statement put out by an
// outlet the source, and the outlet its relay: "A statement carried by
// SANA said", "A statement read on state radio on Thursday said" had SANA
// and state radio for their speakers. (At inference only.)
func (x *extractor) statementSubjectRelay(a *sitrep.Attribution) {
	if x.record || a.Source.IsEmpty() || a.Source.End > a.Cue.Start || len(a.Via) >= maxChain {
		return
	}
	si := x.sentenceAt(a.Cue.Start)
	if si >= len(x.doc.Sentences) {
		return
	}
	s0 := x.doc.Sentences[si].Tokens.Start
	e := x.auxStart(s0, x.tokenAfter(a.Cue.Start))
	for e-1 > s0 && x.isTimeWord(e-1) {
		e-- // "… on Thursday said"
	}
	if x.tokenAfter(a.Source.End) > e {
		return
	}
	for k := e - 2; k >= s0 && e-k <= 10; k-- {
		if !statementNouns[x.words[k]] {
			continue
		}
		sp, end := x.outletAfter(k+1, e)
		if end != e || sp.IsEmpty() {
			return
		}
		start := k
		if start-1 >= s0 && determiners[x.words[start-1]] {
			start--
		}
		if start > s0 && !isPunct(x.words[start-1]) || a.Source.Start < x.toks[start].Start {
			return // the statement is not the subject: "Police cited a statement carried by SANA"
		}
		a.Source, a.Speaker = x.span(start, k+1), -1
		a.Via = append(a.Via, sitrep.Link{Span: sp, Entity: -1})
		return
	}
}

// actNext reports whether an act's noun comes within the noun phrase at
// token i (or after "for" there): "the attack", "Monday's deadly
// bombing".
func (x *extractor) actNext(i, end int) bool {
	if i < end && x.words[i] == "for" {
		i++
	}
	return x.actHeads(i, end, 4)
}

// actHeads reports whether the noun phrase from token i, within limit
// words and before end, is an act: its noun comes before punctuation and
// before any preposition ("the attack on the market", "Monday's deadly
// bombing"; not "an investigation into the attack", "the survey of the
// bombing sites").
func (x *extractor) actHeads(i, end, limit int) bool {
	for j := i; j < end && j-i <= limit; j++ {
		w := x.words[j]
		if actNouns[w] {
			return true
		}
		if punctNotPossessive(w) || x.class[j]&classNPInner != 0 || actPrepositions[w] {
			return false
		}
	}
	return false
}

// behind returns the stance of a content that names who is behind an act
// ("the Viv Ansanm gang coalition was behind the attack", "Hamas is
// responsible for the strike"): an accusation, or a claim of one's own act
// when the subject is "it" or "we" ("the group said it was behind the
// bombing"); else assert.
func (x *extractor) behind(content sitrep.Span, speaker int) sitrep.Stance {
	first, end := x.tokenAfter(content.Start), x.tokenAfter(content.End)
	quoted := x.isQuotation(content) // "“We were behind the attack,” the group said"
	if quoted || first < end && x.words[first] == "that" {
		first++
	}
	for j := first + 1; j+1 < end && j-first <= maxNP+1; j++ {
		if isPunct(x.words[j]) || x.quoteOf[j] >= 0 && !quoted {
			break
		}
		if !beForms[x.words[j]] || x.words[j+1] != "behind" && !(x.words[j+1] == "responsible" && j+2 < end && x.words[j+2] == "for") {
			continue
		}
		if x.words[j-1] == "who" || x.words[j-1] == "what" || !x.actNext(j+2, end) {
			// "who was behind the attack" accuses no one; "behind the
			// wheel", "responsible for security" name no act.
			return sitrep.StanceAssert
		}
		if j == first+1 && (x.words[first] == "it" || x.words[first] == "we") {
			return sitrep.StanceConfirm
		}
		return sitrep.StanceAccuse
	}
	return x.perpetrator(first, end, speaker)
}

// perpetrator returns the stance of a content, from token first to end,
// that names who carried out an act: "Boko Haram carried out the
// massacre" and "the massacre was carried out by Boko Haram" accuse; "it
// carried out the strike" and "its jets carried out the strike" claim
// the source's own act; else assert. No one is named by "who",
// "unknown gunmen" or "unidentified attackers", and "did not carry out"
// is a denial, not this.
func (x *extractor) perpetrator(first, end, speaker int) sitrep.Stance {
	if x.ownAttack(first, end, speaker) {
		return sitrep.StanceConfirm
	}
	if !x.perpetrationIn(first, end) {
		return sitrep.StanceAssert // most contents: spare the walk below
	}
	for j := first + 1; j+1 < end && j-first <= maxNP+2; j++ {
		w := x.words[j]
		passive := beForms[w] && (x.words[j+1] == "carried" || perpetrationVerbs[x.words[j+1]])
		if punctNotPossessive(w) || x.quoteOf[j] >= 0 || w == "not" || w == "never" ||
			x.class[j]&classClauseOpener != 0 || subjectEnders[w] && !passive {
			// "he was insane when he carried out the killings": the
			// act is in a clause of its own.
			return sitrep.StanceAssert
		}
		n := 0 // the words of the verb
		switch {
		case w == "carried" && x.words[j+1] == "out":
			n = 2
		case perpetrationVerbs[w]:
			n = 1
		default:
			continue
		}
		if beForms[x.words[j-1]] && j-1 > first {
			// "the massacre was carried out by Boko Haram": an act before,
			// its doer after "by".
			if by := j + n; by+1 < end && x.words[by] == "by" && x.actHeads(first, j-1, maxNP) {
				return x.doerStance(by+1, end, speaker)
			}
			return sitrep.StanceAssert
		}
		v := j // the verb group's first word: "it had carried out"
		for v-1 > first && auxiliaries[x.words[v-1]] {
			v--
		}
		if !x.actHeads(j+n, end, 4) || x.verbBetween(first, j) || x.attitudeBetween(first, v) || pronouns[x.words[first]] && v > first+1 {
			// "launched a campaign", "launched an investigation into the
			// attack"; "a gunman claiming allegiance to militant groups
			// carried out the shooting" (the doer is the gunman, not the
			// groups); "it believes Hamas carried out the attack" (a
			// belief, whose doer is not "it").
			return sitrep.StanceAssert
		}
		return x.doerStance(first, v, speaker)
	}
	return sitrep.StanceAssert
}

// ownAttack reports whether a content from token first to end opens
// with the speaker's own forces doing harm: "it had struck a weapons
// depot", "its forces had eliminated five terrorists", "our jets hit",
// a group's "they killed". Telling one's own act confirms it. Others'
// attacks told this way stay assertions: "residents said warplanes
// struck" names no doer to accuse.
func (x *extractor) ownAttack(first, end, speaker int) bool {
	j := first
	if j+1 >= end {
		return false
	}
	switch x.words[j] {
	case "it":
		// "it" may be a weapon ("the ministry said it struck a house"):
		// where coreference resolves it, it must be the speaker.
		// A capitalized "It" opens a sentence of its own ("IRNA reported:
		// It hit at 1:53 p.m.", an earthquake).
		if e := x.headEntity(x.span(j, j+1)); speaker < 0 || x.text[x.toks[j].Start] != 'i' || e >= 0 && e != speaker && !x.sameState(e, speaker) {
			return false
		}
		j++
	case "we":
		j++
	case "they":
		if !x.theyAreSpeaker(j, speaker) {
			return false
		}
		j++
	case "its", "our":
		j++
		for n := 0; n < 2 && j < end && x.shapes[j] == shapeLow && !auxiliaries[x.words[j]] && !attackVerbs[x.words[j]]; n++ {
			j++ // "its forces", "its fighter jets"
		}
		if j == first+1 || !ownedArms[x.words[j-1]] && x.words[j-1] != "units" && x.words[j-1] != "fighters" {
			return false
		}
	default:
		return false
	}
	for j < end && (auxiliaries[x.words[j]] && !beForms[x.words[j]] || x.words[j] == "also") {
		if hedges[x.words[j]] {
			return false // "it could have killed", "it would not have attacked"
		}
		j++ // "it had struck"; not the passive "it was hit"
	}
	return j < end && attackVerbs[x.words[j]] && x.quoteOf[j] < 0 || j+1 < end && x.quoteOf[j] >= 0 && attackVerbs[x.words[j+1]]
}

// hedges make an act told in the verb group no act done: a modal or a
// negation.
var hedges = wordSet(`would could might may should must will can not never cannot`)

// theyAreSpeaker reports whether "they" at token t, opening a content, is
// its speaker: a group, or people described in the plural, with no other
// group named since the sentence before ("Gunmen stormed a village.
// Police said they killed 12 residents" is the gunmen). Coreference
// resolves no "they" here, so the check is by what else is named.
func (x *extractor) theyAreSpeaker(t, speaker int) bool {
	if speaker < 0 || x.doc.Entities[speaker].Type == sitrep.PERSON && !x.pluralDescription(speaker) {
		return false
	}
	from := 0
	if si := x.sentenceAt(x.toks[t].Start); si > 0 && si < len(x.doc.Sentences) {
		from = x.doc.Sentences[si-1].Start
	}
	return !x.anyMentionIn(from, x.toks[t].Start, func(m *sitrep.Mention) bool {
		if m.Entity < 0 || m.Entity == speaker || m.Entity >= len(x.doc.Entities) || x.sameState(m.Entity, speaker) {
			return false
		}
		if m.Type == sitrep.ORG {
			return true
		}
		last := x.tokenAfter(m.End) - 1
		return m.Type == sitrep.PERSON && m.Kind == sitrep.MentionNominal && last >= 0 && (pluralNoun(x.words[last]) || strings.HasSuffix(x.words[last], "men"))
	})
}

// attackVerbs do harm to a target in one word, in the past.
var attackVerbs = wordSet(`killed struck hit targeted eliminated neutralized neutralised shelled bombed destroyed attacked raided downed intercepted`)

// attitudeBetween reports whether a word of speech or thought stands
// among tokens first to end, the subject of an act: "it believes Hamas",
// "the ministry suspects militias".
func (x *extractor) attitudeBetween(first, end int) bool {
	for k := first; k < end; k++ {
		if x.class[k]&(classCueWord|classSensed) != 0 && x.shapes[k] == shapeLow {
			return true
		}
	}
	return false
}

// actPrepositions end the noun phrase of an act's noun before it: what
// follows them is what an investigation, a survey or a campaign is about.
var actPrepositions = wordSet(`of into after against over about following during for with from on in at near to`)

// subjectEnders end the subject of an act before its verb: a clause of
// time or cause ("when", "after", "because") or a second verb.
var subjectEnders = wordSet(`when while after before because since although though as until whom whose is are was were`)

// verbBetween reports whether a verb's form in -ed or -ing stands among
// tokens first to end, the subject of an act before its verb: "a gunman
// claiming allegiance" has a verb of its own.
func (x *extractor) verbBetween(first, end int) bool {
	for k := first; k < end; k++ {
		if lowerVerbLike(x.text[x.toks[k].Start:x.toks[k].End]) {
			return true
		}
	}
	return false
}

// perpetrationIn reports whether a verb of perpetration ("carried",
// "committed" …) stands among the tokens perpetrator walks, looking at
// each word's first byte before its set.
func (x *extractor) perpetrationIn(first, end int) bool {
	for j := first + 1; j+1 < end && j-first <= maxNP+2; j++ {
		w := x.words[j]
		if w == "" {
			continue
		}
		switch w[0] {
		case 'c', 'p', 's', 'l', 'm':
			if w == "carried" || perpetrationVerbs[w] {
				return true
			}
		}
	}
	return false
}

// perpetrationVerbs carry out an act in one word: "committed the
// massacre", "staged the attack" (and "carried out", in two).
var perpetrationVerbs = wordSet(`committed perpetrated staged conducted launched mounted`)

// doerStance returns the stance toward an act of a content that names
// its doer in the words from token i, before end: the speaker's own
// ("it", "we", a group's "they", "its jets", "our forces", or the speaker's entity: "US
// officials said the strike was conducted by US aircraft") confirms;
// someone unnamed ("unknown gunmen", "who") or something that is no
// one ("a drone") asserts; anyone else is accused.
func (x *extractor) doerStance(i, end, speaker int) sitrep.Stance {
	if i >= end {
		return sitrep.StanceAssert
	}
	switch x.words[i] {
	case "it", "we", "its", "our":
		return sitrep.StanceConfirm
	case "us":
		if x.shapes[i] == shapeLow { // not "US aircraft"
			return sitrep.StanceConfirm
		}
	case "they":
		// "The Taliban said they carried out the attack": a group, or
		// people described in the plural, speaking of what they did. (A
		// person's "they" falls through to whomever it stands for.)
		if x.theyAreSpeaker(i, speaker) {
			return sitrep.StanceConfirm
		}
	case "who", "what", "whom", "unknown", "unidentified", "someone", "somebody":
		return sitrep.StanceAssert
	}
	if i+1 < end && (x.words[i] == "an" || x.words[i] == "a") && (x.words[i+1] == "unknown" || x.words[i+1] == "unidentified") {
		return sitrep.StanceAssert
	}
	doer := i
	for doer < end && doer-i < maxNP && !isPunct(x.words[doer]) && x.class[doer]&classNPStop == 0 {
		doer++
	}
	e := -1
	if doer > i {
		e = x.headEntity(x.span(i, doer))
		if e < 0 && ownedArms[x.words[doer-1]] {
			e = x.entityIn(x.span(i, doer)) // "US aircraft", "Russian warplanes": the owner's
		}
	}
	switch {
	case e < 0:
		return sitrep.StanceAssert // "a drone", which is no one; "an al-Shabaab splinter faction", unnamed
	case speaker >= 0 && (e == speaker || x.sameState(e, speaker) || x.ownForces(e, speaker)):
		return sitrep.StanceConfirm
	}
	return sitrep.StanceAccuse
}

// ownedArms are forces and weapons that act for the one named before
// them.
var ownedArms = wordSet(`aircraft jets warplanes planes drones helicopters gunships artillery missiles rockets forces troops soldiers warships`)

// headEntity returns the entity of the mention that ends span sp, its
// head: "Boko Haram", "Russian forces"; not "al-Shabaab" in "an
// al-Shabaab splinter faction". Or -1.
func (x *extractor) headEntity(sp sitrep.Span) int {
	ms := x.doc.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > sp.Start })
	for ; i < len(ms) && ms[i].Start < sp.End; i++ {
		if m := ms[i]; m.End == sp.End && m.Start >= sp.Start && m.Entity >= 0 && m.Entity < len(x.doc.Entities) {
			return m.Entity
		}
	}
	return -1
}

// ownForces reports whether e, forces of no country named ("soldiers",
// "troops", "police"), are those of speaker, a state's body: "The army
// said soldiers carried out the raid".
func (x *extractor) ownForces(e, speaker int) bool {
	a := x.doc.Entities[e].Actor
	return (a == "MIL" || a == "COP") && stateSector(x.doc.Entities[speaker].Actor)
}

// sameState reports whether entities e and f are one country's state:
// the country itself, its government, armed forces, police or
// intelligence ("the Pentagon said US forces carried out the raid"), but
// not its opposition or rebels.
func (x *extractor) sameState(e, f int) bool {
	a, b := x.doc.Entities[e].Actor, x.doc.Entities[f].Actor
	c := actor.Country(a)
	return c != "" && c == actor.Country(b) && stateSector(a) && stateSector(b)
}

// stateSector reports whether an actor code with a country is the state:
// the country alone, or its government, military, police or spies.
func stateSector(code string) bool {
	if len(code) == 3 && actor.Country(code) != "" {
		return true // the country alone: "SYR"
	}
	return actor.StateSector(actor.SectorOf(code))
}

// relativeAntecedent returns the entity of the mention that a source of
// only "which" or "who" follows, after a comma: "according to a local
// rights group, which said the toll could rise"; or -1.
func (x *extractor) relativeAntecedent(src sitrep.Span) int {
	i := x.tokenAfter(src.Start)
	if i+1 != x.tokenAfter(src.End) || !relativePronouns[x.words[i]] || i < 2 {
		return -1
	}
	if x.words[i-1] != "," {
		return x.restrictiveAntecedent(i)
	}
	// The longest speaking mention that ends before the comma; "who"
	// is a person's or a group's, not a place's ("Democrats on Capitol
	// Hill, who have argued"). An age in apposition comes between:
	// "said Umm Ahmed, 43, who said she lost her sons".
	e := i - 2
	if e >= 2 && x.words[i] == "who" && isNumber(x.words[e]) && x.words[e-1] == "," {
		e -= 2
	}
	if !x.record && e >= 3 && x.words[e] == ")" {
		// The name before a parenthesis: "The Democratic Republic of
		// Congo (DRC), which has accused", "Rep. Gwen Moore (D-Wis.),
		// who said".
		if open := x.openingParen(max(0, e-6), e); open == e-2 && x.mentionEndsAt(e-1) {
			e-- // the acronym
		} else if open > 0 {
			e = open - 1
		}
	}
	if g := x.gluedStart(e); !x.record && g >= 2 && x.words[g-1] == "," && partyTag(x.text[x.toks[g].Start:x.toks[e].End]) {
		e = g - 2 // "Rep. Marcus Hill, D-Milwaukee, who called" (at inference only)
	}
	end := x.toks[e].End
	ms := x.doc.Mentions
	best := -1
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= end }) - 1; k >= 0 && end-ms[k].Start < maxAntecedentBytes; k-- {
		m := ms[k]
		if m.End != end || m.Entity < 0 || m.Entity >= len(x.doc.Entities) || !speaks(m.Type) || x.words[i] == "who" && m.Type == sitrep.GPE {
			continue
		}
		best = k // the longest, as k goes left
	}
	if best < 0 || x.words[i] == "who" && ms[best].Type != sitrep.PERSON && x.complementOf(x.tokenAfter(ms[best].Start)) {
		// "the mother of a soldier held by Hamas, who said": the
		// pronoun's antecedent is a person before the name. ("a march
		// led by Raila Odinga, who said" is his; "a tax bill levied by
		// the European Union, which contended" is the Union's.)
		return -1
	}
	if m := ms[best]; m.Type == sitrep.GPE && best > 0 {
		// "Amnesty International Kenya, which called for": the
		// organization's national branch, named with its country right
		// after it, not the country.
		if o := ms[best-1]; o.Type == sitrep.ORG && o.Entity >= 0 && o.Entity < len(x.doc.Entities) && o.End < m.Start && strings.TrimSpace(x.doc.Text[o.End:m.Start]) == "" {
			return o.Entity
		}
	}
	return ms[best].Entity
}

// isWho reports whether token j is the relative pronoun "who", not the
// World Health Organization's "WHO".
func (x *extractor) isWho(j int) bool {
	return x.words[j] == "who" && x.relativeAt(j)
}

// restrictiveAntecedent returns the person whom a "who" without a comma
// before it restricts: "a resident who said he lost two brothers" is the
// resident, a person's description ending right before it; or -1.
func (x *extractor) restrictiveAntecedent(i int) int {
	if !x.isWho(i) {
		return -1
	}
	end := x.toks[i-1].End
	ms := x.doc.Mentions
	best := -1
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= end }) - 1; k >= 0 && end-ms[k].Start < maxAntecedentBytes; k-- {
		if m := ms[k]; m.End == end && m.Type == sitrep.PERSON && m.Entity >= 0 && m.Entity < len(x.doc.Entities) {
			best = k // the longest, as k goes left
		}
	}
	if best < 0 {
		return -1
	}
	if d := x.tokenAfter(ms[best].Start); d > 0 && (npInner[x.words[d-1]] || particles[x.words[d-1]] || x.nameWordBefore(d)) {
		// "an engineer for General Motors who said", "a relationship with
		// Clinton who declined": the clause is the head noun's, before
		// the preposition. (Nor is "Motors" a person.)
		return -1
	}
	// "said Musa Garba, a resident who said": the description is in
	// apposition to the name before its comma, whose person it is.
	if d := x.tokenAfter(ms[best].Start); d >= 2 && x.words[d-1] == "," || d >= 3 && articles[x.words[d-1]] && x.words[d-2] == "," {
		comma := d - 1
		if x.words[comma] != "," {
			comma--
		}
		for k := best - 1; k >= 0 && ms[k].Start >= x.toks[max(0, comma-maxNP)].Start; k-- {
			if m := ms[k]; m.End == x.toks[comma-1].End && m.Type == sitrep.PERSON && m.Kind == sitrep.MentionName && m.Entity >= 0 {
				return m.Entity
			}
		}
	}
	return ms[best].Entity
}

// nameWordBefore reports whether the word before token d is a capitalized
// word of a name the mention at d ends ("General" before "Motors"), not a
// sentence's first word, a determiner or a title with its period.
func (x *extractor) nameWordBefore(d int) bool {
	w := x.words[d-1]
	if x.shapes[d-1] != shapeCap || determiners[w] || strings.HasSuffix(w, ".") {
		return false
	}
	si := x.sentenceAt(x.toks[d-1].Start)
	return si < len(x.doc.Sentences) && x.doc.Sentences[si].Tokens.Start != d-1
}

// statementSpeaker returns the speaker of the statement that a source of
// only "which" refers to, after a comma: "said in a statement, which did
// not say when the attack took place" is the spokesman's. The statement
// is a report noun after "in" and a determiner, ending an earlier
// attribution's clause in the same sentence; it returns -1 if there is
// none.
func (x *extractor) statementSpeaker(a *sitrep.Attribution) int {
	i := x.tokenAfter(a.Source.Start)
	if i+1 != x.tokenAfter(a.Source.End) || x.words[i] != "which" || i < 4 || x.words[i-1] != "," || !reportNouns[x.words[i-2]] ||
		!determiners[x.words[i-3]] || x.words[i-4] != "in" {
		// Only the statement a verb was said in: "cited a new report,
		// which said" is the report's.
		return -1
	}
	noun := x.toks[i-2]
	sent := x.doc.Sentences[x.sentenceAt(noun.Start)]
	best := -1
	for k := range x.out {
		b := &x.out[k]
		if b == a || b.Speaker < 0 || b.Cue.IsEmpty() || b.Cue.Start < sent.Start || b.Cue.End > noun.Start {
			continue
		}
		if best < 0 || b.Cue.Start > x.out[best].Cue.Start {
			best = k
		}
	}
	if best < 0 {
		return -1
	}
	return x.out[best].Speaker
}

// complementOf reports whether the noun phrase at token t is the agent of
// a participle that modifies a noun ("a soldier held by Hamas"), not of a
// passive verb ("was praised by Ahmed Salem"). (After "of", "for" or
// "from" the name is as often what the pronoun refers to: "members of the
// Saudi government, which has denied", "a decision from the Board of
// Elections, which ruled".)
func (x *extractor) complementOf(t int) bool {
	j := t - 1
	for j >= 0 && determiners[x.words[j]] {
		j--
	}
	if j < 2 || x.words[j] != "by" || beForms[x.words[j-2]] || x.class[j-2]&classAuxiliary != 0 {
		return false
	}
	p := x.words[j-1] // "held", "detained"; not "the speeches by"
	return strings.HasSuffix(p, "ed") && x.shapes[j-1] == shapeLow || irregularParticiples[p]
}

// irregularParticiples are past participles not in -ed that modify a noun
// before an agent: "a soldier held by Hamas", "a ministry run by Hamas".
var irregularParticiples = wordSet(`held run led kept taken shot hit caught brought sent built made seen known`)

// maxAntecedentBytes bounds the length of a mention that a relative
// pronoun's source refers to.
const maxAntecedentBytes = 200

// claimsAct reports whether a claims an act as its source's own: "ISIS-K
// claimed the bombing", the headline's "Militants claim attack on army
// post". Its content is a noun phrase headed by a word for a violent act;
// "claimed the strike killed 20 civilians" asserts a clause instead.
func (x *extractor) claimsAct(a *sitrep.Attribution) bool {
	c := x.tokenAfter(a.Cue.End) - 1
	if c < 0 || !claimForms[x.words[c]] || a.Content.Start < a.Cue.End {
		return false
	}
	i, end := x.tokenAfter(a.Content.Start), x.tokenAfter(a.Content.End)
	if i < end && determiners[x.words[i]] {
		i++
	}
	// Up to two modifiers: "claims deadly attack", "claimed twin suicide
	// bombings".
	for n := 0; n < 2 && i+1 < end && !actNouns[x.words[i]] && x.shapes[i] == shapeLow && x.class[i]&(classNPInner|classNPStop|classDeterminer) == 0 && !isPunct(x.words[i]); n++ {
		i++
	}
	if i >= end || !actNouns[x.words[i]] {
		return false
	}
	if i+1 == end {
		return true
	}
	if !actNounFollowers[x.words[i+1]] {
		return false
	}
	// The act is the object, not the subject of a clause: "claimed
	// overnight drone attacks by Ukraine killed three civilians",
	// "claimed recent bombings in Kabul were the work of …".
	j := i + 1
	if x.class[j]&classNPInner != 0 {
		j = x.forwardNP(j+1, end)
	}
	return j >= end || x.class[j]&classAuxiliary == 0 && !lowerVerbLike(x.text[x.toks[j].Start:x.toks[j].End])
}

var (
	claimForms = wordSet(`claim claims claimed claiming`)
	// actNouns name the violent acts whose claim is one of responsibility,
	// and which a speaker can call a crime.
	actNouns = wordSet(`attack attacks bombing bombings blast blasts explosion explosions strike strikes airstrike airstrikes shelling assault raid raids ambush killing killings kidnapping kidnappings abduction abductions assassination shooting shootings massacre`)
	// actNounFollowers may follow the act's noun in a noun phrase: a
	// preposition, a relative pronoun or the end of the clause.
	actNounFollowers = wordSet(`on in at against near outside inside that which , . ; for of by`)
)

// noOne reports whether source sp names no one: "No group", "No one",
// "Nobody", "None of the factions". ("Neither Cruz nor Christie" names
// both.)
func (x *extractor) noOne(sp sitrep.Span) bool {
	if sp.IsEmpty() {
		return false
	}
	i := x.tokenAfter(sp.Start)
	switch x.words[i] {
	case "no":
		// "No 10 denied", "No. 10": Downing Street, someone.
		return i+1 >= len(x.toks) || !isNumber(x.words[i+1]) && x.words[i+1] != "."
	case "nobody", "none":
		return true
	}
	return false
}

// speaks reports whether entities of type t can speak.
func speaks(t sitrep.EntityType) bool {
	switch t {
	case sitrep.PERSON, sitrep.ORG, sitrep.GPE, sitrep.NORP:
		return true
	}
	return false
}

// speakingFacility reports, at inference only, whether m names a building
// that stands for the mission in it, which speaks: "The Russian Embassy in
// Washington said", typed a facility as "protesters stormed the embassy"
// wants.
func (x *extractor) speakingFacility(m sitrep.Mention) bool {
	if x.record || m.Type != sitrep.FAC {
		return false
	}
	last := x.tokenAfter(m.End) - 1
	return last >= 0 && missionWords[x.words[last]]
}

// missionWords end the names of diplomatic missions.
var missionWords = wordSet(`embassy consulate`)

// entityIn returns the entity of the mention that heads span sp, or -1.
// The head of an English noun phrase is at its right end, before any
// post-modifier: among the speaking mentions inside sp (or covering it) that
// follow no preposition or comma within sp, the one that ends last, the
// longest of those, and of two over the same words the organization (a
// capital that speaks is its government). So "The Syrian Foreign Ministry"
// is the ministry, not "Syrian"; "Army Col. Ryan Dillon, the spokesman for
// the coalition" is Dillon; "the Damascus statement" is Damascus. With no
// such mention, the first speaking one in a post-modifier serves ("a
// spokesman for the ministry"), but never a place after "in" or "at":
// "residents in Kirkuk" have no speaker entity, not Kirkuk.
func (x *extractor) entityIn(sp sitrep.Span) int {
	if e := x.parentheticalName(sp); e >= 0 {
		return e
	}
	if e := x.knownAsName(sp); e >= 0 {
		return e
	}
	ms := x.doc.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > sp.Start })
	best, fallback := -1, -1
	for ; i < len(ms) && ms[i].Start < sp.End; i++ {
		m := ms[i]
		if m.Entity < 0 || m.Entity >= len(x.doc.Entities) || !speaks(m.Type) && !x.speakingFacility(m) || !sp.Overlaps(m.Span) || x.inRelativeClause(sp, m.Span) || x.closeToBefore(sp, m.Span) {
			continue
		}
		if fallback < 0 && !x.placeInModifier(sp, m) {
			fallback = i
		}
		if x.afterPreposition(sp, m.Span) || x.placeInModifier(sp, m) {
			continue
		}
		if best < 0 || headBefore(ms[best], m) {
			best = i
		}
	}
	if best >= 0 && !x.record && x.possessorOnly(sp, ms[best].Span) {
		// "Her husband said", "his brother told him": the possessor is
		// not the one who speaks, as it is for "his office" or "her
		// lawyer". (At inference only.)
		return -1
	}
	if best >= 0 && (x.premodifies(sp, ms[best].Span) || x.unnamed(ms[best].Span)) {
		// "the UN coordinator for Yemen, Lise Grande", "Mr. Trump's
		// campaign chairman, Paul Manafort", "a coalition spokesman, Col.
		// Ryan Dillon": the mention modifies or is a description, which
		// the apposition names.
		if p := x.appositivePerson(sp, i); p >= 0 {
			best = p
		} else if n := x.appositiveName(sp, i); n >= 0 {
			best = n
		} else if x.premodifies(sp, ms[best].Span) && x.localPlace(ms[best]) && !ownMedia[x.words[x.tokenAfter(sp.End)-1]] && x.nounAfter(ms[best].Span) {
			// "The Zamfara state police command", "the Belgorod region
			// governor": a town or region says where the one who speaks
			// serves, and is not that one. (A country stands for its
			// state: "the Indian navy", "Mali's government"; and "the
			// Damascus statement" is Damascus's: a statement names no
			// one else.)
			return -1
		} else if (ms[best].Type == sitrep.NORP || ms[best].Type == sitrep.GPE) && x.countryOutlet(ms[best].End, sp.End) {
			// "Sudanese state television", "Iranian state media": an
			// outlet no name gives speaks, not its country.
			return -1
		}
	}
	if best >= 0 && (ms[best].Type == sitrep.GPE || ms[best].Type == sitrep.ORG && x.countryAt(ms[best].Span)) {
		if o := x.branchOf(sp, best); o >= 0 {
			best = o
		}
	}
	if best < 0 {
		// "The head of the World Health Organization, Tedros Adhanom
		// Ghebreyesus": with no mention before the comma but in a
		// post-modifier, the apposition names the speaker.
		best = x.appositivePerson(sp, i)
	}
	if best < 0 {
		best = fallback
	}
	if best < 0 {
		return -1
	}
	return ms[best].Entity
}

// parentheticalName returns the entity of an organization named in
// parentheses at the end of source sp, which names the whole: "The UN
// human rights office (OHCHR)" is OHCHR, not the UN; or -1. (At inference
// only.)
func (x *extractor) parentheticalName(sp sitrep.Span) int {
	if x.record {
		return -1
	}
	first, end := x.tokenAfter(sp.Start), x.tokenAfter(sp.End)-1
	if end >= 0 && end < len(x.toks) && x.words[end] != ")" {
		// "The … Maritime Trade Operations (UKMTO), a maritime security
		// agency run by the British navy": the name before its
		// apposition.
		for j := first + 3; j < end; j++ {
			if x.words[j] == ")" && x.words[j+1] == "," {
				end = j
				break
			}
		}
	}
	if end < 3 || end >= len(x.toks) || x.words[end] != ")" {
		return -1
	}
	open := x.openingParen(first+1, end)
	if open < 0 || open+2 != end {
		return -1
	}
	spelled := x.acronymOf(open+1, open)
	if before := x.toks[open-1]; !lowerWord(x.text[before.Start:before.End]) && x.mentionEndsAt(open-1) && !spelled {
		// A name after a common noun, which names nothing itself, or
		// after words the tagger named nothing ("United Kingdom
		// Maritime Trade Operations (UKMTO)"), or whose initials the
		// acronym spells ("Tehreek-i-Taliban Pakistan (TTP)", where the
		// tagger named Pakistan); not "Mike Pence (R-IN)", "New York
		// (AFP)".
		return -1
	}
	if x.anyMentionIn(sp.Start, x.toks[open].Start, func(m *sitrep.Mention) bool {
		return m.Type == sitrep.PERSON && !(spelled && m.End == x.toks[open-1].End)
	}) {
		// "Filippo Grandi, the UN High Commissioner for Refugees
		// (UNHCR)" is Grandi; but a "person" whose words the acronym
		// spells is the tagger's slip ("Event Data Project (ACLED)").
		return -1
	}
	ms := x.doc.Mentions
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= x.toks[open+1].Start })
	for ; i < len(ms) && ms[i].Start == x.toks[open+1].Start; i++ {
		if m := ms[i]; m.End == x.toks[end-1].End && m.Type == sitrep.ORG && m.Entity >= 0 && m.Entity < len(x.doc.Entities) {
			return m.Entity
		}
	}
	return -1
}

// possessorOnly reports whether the mention m heading sp is only a
// possessive pronoun before one of otherPeople: "her husband", "his
// brother", "their neighbours"; not "his office", "its Web site".
func (x *extractor) possessorOnly(sp, m sitrep.Span) bool {
	i := x.tokenAfter(m.Start)
	end := x.tokenAfter(sp.End)
	if i+1 >= end || x.toks[i].End != m.End || !possessivePronouns[x.words[i]] {
		return false
	}
	last := end - 1
	return otherPeople[x.words[last]] && !x.anyMentionIn(x.toks[i+1].Start, sp.End, func(*sitrep.Mention) bool { return true })
}

// otherPeople are those related to someone who speak for themselves, not
// for that one: "her husband", "his mother", "their neighbours". (A
// spokesman, a lawyer or an office speak for their principal; a plan, a
// motion or a Web site are the possessor's own words.)
var otherPeople = wordSet(`mother father brother sister husband wife son daughter sons daughters parents family relatives cousin uncle aunt
	grandmother grandfather nephew niece friend friends neighbour neighbours neighbor neighbors colleague colleagues co-workers
	supporters critics opponents rivals allies defenders peers boss doctor doctors physician teacher classmates`)

// knownAsName returns the organization that ", known as X" names at the
// end of sp, or -1: "The U.N. agency for Palestinian refugees, known as
// UNRWA". (At inference only.)
func (x *extractor) knownAsName(sp sitrep.Span) int {
	if x.record {
		return -1
	}
	first, end := x.tokenAfter(sp.Start), x.tokenAfter(sp.End)
	for j := first + 1; j+2 < end; j++ {
		if x.words[j] != "known" || x.words[j+1] != "as" || x.words[j-1] != "," && x.words[j-1] != "also" {
			continue
		}
		ms := x.doc.Mentions
		for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= x.toks[j+2].Start }); k < len(ms) && ms[k].Start == x.toks[j+2].Start; k++ {
			if m := ms[k]; m.Type == sitrep.ORG && m.Entity >= 0 && m.Entity < len(x.doc.Entities) && m.End <= sp.End {
				return m.Entity
			}
		}
		return -1
	}
	return -1
}

// acronymOf reports whether token t, in capitals, spells in order the
// initials of the capitalized words (and of their hyphenated parts) that
// end before token end, its last letter the last word's: "TTP" after
// "Tehreek-i-Taliban Pakistan", "UKMTO" after "United Kingdom Maritime
// Trade Operations"; not "AFP" after "New York".
func (x *extractor) acronymOf(t, end int) bool {
	acr := x.text[x.toks[t].Start:x.toks[t].End]
	if len(acr) < 2 || len(acr) > 8 || strings.ToUpper(acr) != acr || strings.ToLower(acr) == acr {
		return false
	}
	var initials []byte // nearest word first
	for j := end - 1; j >= 0 && end-j <= 10; j-- {
		if w := x.words[j]; nameConnectors[w] && j < end-1 && j > 0 && startsUpper(x.text[x.toks[j-1].Start:]) {
			continue // "Location and Event Data", "Location & Event Data"
		}
		if !startsUpper(x.text[x.toks[j].Start:]) {
			break
		}
		parts := strings.FieldsFunc(x.text[x.toks[j].Start:x.toks[j].End], func(r rune) bool { return r == '-' })
		for k := len(parts) - 1; k >= 0; k-- {
			initials = append(initials, parts[k][0]|0x20)
		}
	}
	if len(initials) > 1 && initials[0] != acr[len(acr)-1]|0x20 && genericOrgWords[x.words[end-1]] {
		initials = initials[1:] // "… Event Data Project (ACLED)": the acronym leaves out "Project"
	}
	if len(initials) == 0 || initials[0] != acr[len(acr)-1]|0x20 {
		return false
	}
	// The acronym, read backwards, is a subsequence of the initials.
	k := 0
	for i := len(acr) - 1; i >= 0 && k < len(initials); k++ {
		if initials[k] == acr[i]|0x20 {
			i--
			if i < 0 {
				return true
			}
		}
	}
	return false
}

// nameConnectors join the words of an organization's name, and an
// acronym leaves them out: "Armed Conflict Location and Event Data".
var nameConnectors = wordSet(`and & of for`)

// genericOrgWords end an organization's name, and its acronym may leave
// them out: "Armed Conflict Location & Event Data Project (ACLED)".
var genericOrgWords = wordSet(`project organization organisation group network centre center institute foundation
	commission agency office committee council programme program initiative`)

// surnameSpeaker makes a's speaker the person named in full before it
// whose surname a's speaker entity is: "“…,” Hrytsenko stressed" after
// "Kharkiv Mayor Taras Hrytsenko", when the tagger, which has seen few such
// surnames, gave the surname alone another type. The speaker must be a
// name of one word that no dictionary knows, and only one person may
// bear it. (At inference only: the entity layer is left as the models
// were trained on it.)
func (x *extractor) surnameSpeaker(a *sitrep.Attribution) {
	if x.record || a.Speaker < 0 || a.Speaker >= len(x.doc.Entities) {
		return
	}
	w, ok := x.unknownOneWordName(a.Speaker)
	if !ok || x.doc.Entities[a.Speaker].Type == sitrep.PERSON {
		return
	}
	found := -1
	for e := range x.doc.Entities {
		ent := &x.doc.Entities[e]
		if e == a.Speaker || ent.Type != sitrep.PERSON || ent.Name < 0 || ent.Name >= len(x.doc.Mentions) {
			continue
		}
		name := x.doc.Mentions[ent.Name]
		first, end := x.tokenAfter(name.Start), x.tokenAfter(name.End)
		if end-first < 2 || name.Start >= a.Source.Start || x.text[x.toks[end-1].Start:x.toks[end-1].End] != w {
			continue
		}
		if found >= 0 {
			return // two persons of that surname
		}
		found = e
	}
	if found >= 0 {
		a.Speaker = found
	}
}

// judgeSpeaker makes the speaker of a source "the judge", which the
// entity stage leaves unresolved, the person last named after the title
// "Judge" or "Justice": "Mrs Justice Adeyemi ruled … The judge rejected
// that submission". (At inference only, as surnameSpeaker: the entity
// layer stays as the models were trained on it; resolved there, both
// models retrained to another operating point.)
func (x *extractor) judgeSpeaker(a *sitrep.Attribution) {
	if x.record || a.Speaker >= 0 || a.Source.IsEmpty() {
		return
	}
	i, end := x.tokenAfter(a.Source.Start), x.tokenAfter(a.Source.End)
	if end-i != 2 || x.words[i] != "the" || x.words[i+1] != "judge" {
		return
	}
	if i > 0 && (x.words[i-1] == "where" || x.words[i-1] == "which") {
		return // "moved to a state court, where the judge said": that court's
	}
	ms := x.doc.Mentions
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= a.Source.Start }) - 1; k >= 0 && a.Source.Start-ms[k].Start < maxJudgeBytes; k-- {
		m := ms[k]
		if m.Type != sitrep.PERSON || m.Entity < 0 || m.Entity >= len(x.doc.Entities) || !x.titledJudge(m) {
			continue
		}
		// Another judge between them, named or not ("In a separate case, a
		// federal judge in Florida dismissed …"), or two judges named
		// together, leave "the judge" unresolved.
		if x.anyTokenIn(m.End, a.Source.Start, func(j int) bool { return x.words[j] == "judge" || x.words[j] == "judges" }) {
			return
		}
		si := x.sentenceAt(m.Start)
		if si < len(x.doc.Sentences) && x.anyMentionIn(x.doc.Sentences[si].Start, x.doc.Sentences[si].End, func(o *sitrep.Mention) bool {
			return o.Type == sitrep.PERSON && o.Entity != m.Entity && x.titledJudge(*o)
		}) {
			return
		}
		a.Speaker = m.Entity
		return
	}
}

// maxJudgeBytes bounds how far back judgeSpeaker looks for the judge
// named with a title: a story names the judge once, in its first
// paragraphs, and a long text should not be read back to its start for
// each "the judge".
const maxJudgeBytes = 16 << 10

// titledJudge reports whether mention m follows the title "Judge" or
// "Justice".
func (x *extractor) titledJudge(m sitrep.Mention) bool {
	t := x.tokenAfter(m.Start) - 1
	if t < 0 {
		return false
	}
	w := x.text[x.toks[t].Start:x.toks[t].End]
	return w == "Judge" || w == "Justice"
}

// unknownOneWordName returns the one word that names entity e, when e has
// no actor code of the dictionary and its name is a single capitalized
// word; ok is false otherwise.
func (x *extractor) unknownOneWordName(e int) (string, bool) {
	ent := &x.doc.Entities[e]
	if ent.Actor != "" || ent.Name < 0 || ent.Name >= len(x.doc.Mentions) {
		return "", false
	}
	name := x.doc.Mentions[ent.Name]
	i := x.tokenAfter(name.Start)
	if name.Kind != sitrep.MentionName || i >= len(x.toks) || x.toks[i].End != name.End || !startsUpper(x.text[name.Start:]) {
		return "", false
	}
	return x.text[name.Start:name.End], true
}

// countryOutlet reports whether the words from byte offset from to to,
// after a country's name, name its outlet: "Iran's state television",
// "Sudanese state media", "Israeli army radio".
func (x *extractor) countryOutlet(from, to int) bool {
	first, end := x.tokenAfter(from), x.tokenAfter(to)
	if first >= end || end > len(x.toks) || !outletNouns[x.words[end-1]] && x.words[end-1] != "media" {
		return false
	}
	for j := first; j < end-1; j++ {
		if w := x.words[j]; !outletQualifiers[w] && !outletNouns[w] && w != "news" && w != "'s" && w != "’s" && !x.armyBroadcaster(j) {
			return false
		}
	}
	return true
}

// armyBroadcaster reports whether token j is the "army" or "military" of
// an army's broadcaster: "Israeli army radio", "military television".
func (x *extractor) armyBroadcaster(j int) bool {
	w := x.words[j]
	return (w == "army" || w == "military") && j+1 < len(x.toks) && (x.words[j+1] == "radio" || x.words[j+1] == "television" || x.words[j+1] == "tv")
}

// closeToBefore reports whether "close to" or "familiar with" stands in
// source sp before mention m: "a source close to the group" is not the
// group, nor are "people familiar with the talks" the talks.
func (x *extractor) closeToBefore(sp, m sitrep.Span) bool {
	for j := x.tokenAfter(sp.Start) + 1; j < len(x.toks) && x.toks[j].Start < m.Start; j++ {
		if x.closeToAt(j) {
			return true
		}
	}
	return false
}

// closeToAt reports whether token j ends "close to" or "familiar with",
// which put an insider before a group: "a source close to the group".
func (x *extractor) closeToAt(j int) bool {
	w := x.words[j]
	return j > 0 && (w == "to" && x.words[j-1] == "close" || w == "with" && x.words[j-1] == "familiar")
}

// countryAt reports whether the place stage resolved span to a country.
func (x *extractor) countryAt(sp sitrep.Span) bool {
	k := x.doc.PlaceAt(sp)
	return k >= 0 && x.doc.Places[k].Precision == sitrep.PrecisionCountry
}

// branchOf returns the organization whose national branch place mention
// p names, right after the organization's name in span sp: "Amnesty
// International Nigeria", "Save the Children UK" speak as the
// organization, not as the country. It returns -1 if there is none.
func (x *extractor) branchOf(sp sitrep.Span, p int) int {
	ms := x.doc.Mentions
	for k := p - 1; k >= 0 && ms[k].Start >= sp.Start; k-- {
		m := ms[k]
		if m.End > ms[p].Start {
			continue
		}
		if strings.TrimSpace(x.text[m.End:ms[p].Start]) != "" {
			return -1
		}
		if m.Type == sitrep.ORG && m.Kind == sitrep.MentionName && m.Entity >= 0 && m.Entity < len(x.doc.Entities) {
			return k
		}
		return -1
	}
	return -1
}

// localPlace reports whether mention m, not a person's nor a possessor,
// names a town or a region inside a country, as the place stage resolved
// it: "Kharkiv", "Zamfara" in "Zamfara state". A name the tagger took for
// an organization counts only when the place runs on past it with its
// region word, or one follows it ("the Kharkiv regional governor"), since
// the place stage also finds towns in the names of bodies ("a Gallup
// poll", "a Washington Post analysis").
func (x *extractor) localPlace(m sitrep.Mention) bool {
	if m.Type == sitrep.PERSON || strings.HasPrefix(x.text[m.End:], "'s") || strings.HasPrefix(x.text[m.End:], "’s") {
		return false
	}
	ps := x.doc.Places // in order, without overlaps
	k := sort.Search(len(ps), func(k int) bool { return ps[k].End > m.Start })
	if k == len(ps) || ps[k].Start > m.Start || ps[k].Kind == sitrep.PlaceAdjectival || ps[k].Precision >= sitrep.PrecisionCountry {
		return false
	}
	if m.Type == sitrep.GPE {
		return ps[k].End >= m.End
	}
	next := x.tokenAfter(m.End)
	return ps[k].End > m.End || ps[k].End == m.End && next < len(x.toks) && regionWords[x.words[next]]
}

// nounAfter reports whether the word after mention m can be the noun it
// modifies, not an adverb of the clause: "Kyiv earlier on Monday said",
// "Washington also said" keep Kyiv and Washington as the speakers.
func (x *extractor) nounAfter(m sitrep.Span) bool {
	j := x.tokenAfter(m.End)
	if j >= len(x.toks) || x.isTimeWord(j) {
		return false
	}
	switch x.words[j] {
	case "earlier", "later", "also", "again", "previously", "initially", "first", "then", "now", "still", "already", "itself":
		return false
	}
	return true
}

// regionWords say that a place before them is a region or a town whose
// officials are named after it.
var regionWords = wordSet(`region regional state province provincial district city municipal county oblast governorate`)

// premodifies reports whether mention m, inside span sp, is followed in
// its noun phrase by a lower-case word: "UN" in "the UN humanitarian
// coordinator" or "Trump" in "Mr. Trump's campaign chairman", of which the
// description is the head.
func (x *extractor) premodifies(sp, m sitrep.Span) bool {
	for j := x.tokenAfter(m.End); j < len(x.toks) && x.toks[j].End <= sp.End; j++ {
		if x.words[j] == "," || x.class[j]&classNPInner != 0 {
			return false
		}
		if x.shapes[j] == shapeLow {
			return true
		}
	}
	return false
}

// unnamed reports whether mention m ends in a lower-case word: a
// description such as "coalition spokesman", not a name.
func (x *extractor) unnamed(m sitrep.Span) bool {
	j := x.tokenAfter(m.End) - 1
	return j >= 0 && x.shapes[j] == shapeLow
}

// appositivePerson returns the index of the first mention of a person that
// stands after a comma, and any titles, inside span sp, among the mentions
// before end, or -1: "…, Lise Grande".
func (x *extractor) appositivePerson(sp sitrep.Span, end int) int {
	ms := x.doc.Mentions
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].End > sp.Start }); i < end; i++ {
		m := ms[i]
		if m.Type != sitrep.PERSON || m.Entity < 0 || m.Entity >= len(x.doc.Entities) || m.Start < sp.Start || m.End > sp.End {
			continue
		}
		// Titles may stand between: "…, Army Col. Ryan Dillon".
		j := x.tokenAfter(m.Start) - 1
		for k := 0; j >= 0 && k < 3 && x.shapes[j] == shapeCap && x.toks[j].Start >= sp.Start; k++ {
			j--
		}
		// The name ends the span or its apposition: not "Fran" of a
		// name that the tokenizer split.
		if j < 0 || x.words[j] != "," {
			continue
		}
		after := x.tokenAfter(m.End)
		if after < len(x.toks) && x.namesJoinedAfter(after, sp.End) {
			// "Price's parents, David and Ann Price": the last of the
			// names speaks, as of "Russia and China said", with the
			// first beside it.
			for k := i + 1; k < len(ms) && ms[k].Start < sp.End; k++ {
				if ms[k].Type == sitrep.PERSON && ms[k].Entity >= 0 && ms[k].Entity < len(x.doc.Entities) && ms[k].Start > x.toks[after].Start {
					return k
				}
			}
			return i
		}
		if m.End == sp.End || after < len(x.toks) && (x.words[after] == "," || x.placeOfTail(after, sp.End)) {
			return i
		}
	}
	return -1
}

// placeOfTail reports, at inference only, whether token i opens "of" and
// a place that runs to the end of span end or to a comma: the state of
// "Representative Tom Brisco of Tennessee".
func (x *extractor) placeOfTail(i, end int) bool {
	if x.record || x.words[i] != "of" || i+1 >= len(x.toks) {
		return false
	}
	ms := x.doc.Mentions
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= x.toks[i+1].Start }); k < len(ms) && ms[k].Start == x.toks[i+1].Start; k++ {
		if ms[k].Type != sitrep.GPE {
			continue
		}
		if after := x.tokenAfter(ms[k].End); ms[k].End == end || after < len(x.toks) && x.words[after] == "," {
			return true
		}
	}
	return false
}

// namesJoinedAfter reports whether token i is an "and" that joins a
// second name in capitals running to the end of span end, or to a comma:
// "Price's parents, David and Ann Price". (At inference only.)
func (x *extractor) namesJoinedAfter(i, end int) bool {
	if x.record || x.words[i] != "and" {
		return false
	}
	j := i + 1
	for ; j < len(x.toks) && x.toks[j].End <= end && x.words[j] != ","; j++ {
		if x.shapes[j] != shapeCap {
			return false
		}
	}
	return j > i+1 && j-i <= maxTitleWords+3 && (j >= len(x.toks) || x.toks[j-1].End == end || x.words[j] == ",")
}

// appositiveName returns the index of the first speaking mention that
// names the description before it, inside span sp, among the mentions
// before end, or -1: "Islamic State's Afghan affiliate, ISIS-K", "Iran's
// ally, Hezbollah", "its armed wing, the Qassam Brigades". The comma must follow a lower-case noun, so that a
// place that places another ("the governor of Homs, Syria") names no one.
func (x *extractor) appositiveName(sp sitrep.Span, end int) int {
	ms := x.doc.Mentions
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].End > sp.Start }); i < end; i++ {
		m := ms[i]
		if !speaks(m.Type) || m.Entity < 0 || m.Entity >= len(x.doc.Entities) || m.Start < sp.Start || m.End > sp.End {
			continue
		}
		j := x.tokenAfter(m.Start) - 1
		if j >= 0 && isThe(x.words[j]) && x.toks[j].Start >= sp.Start {
			j-- // "…, the Qassam Brigades"
		}
		after := x.tokenAfter(m.End)
		if j >= 1 && x.words[j] == "," && (x.shapes[j-1] == shapeLow || m.Type != sitrep.GPE && x.placeAfterPreposition(j-1, sp)) && x.toks[j-1].Start >= sp.Start &&
			(m.End == sp.End || after < len(x.toks) && x.words[after] == ",") {
			return i
		}
	}
	return -1
}

// placeAfterPreposition reports, at inference only, whether token j ends
// the name of a place after "in" or "of" inside span sp, which completes
// a description: "Taiwan's de facto embassy in Washington, the Taipei
// Economic and Cultural Representative Office,". (The caller makes sure
// the apposition is no place: "officials in Hammond, Indiana".)
func (x *extractor) placeAfterPreposition(j int, sp sitrep.Span) bool {
	if x.record || !x.mentionEndsAt(j) {
		return false
	}
	i := x.outermostEndingAt(j)
	if i < 0 || x.doc.Mentions[i].Type != sitrep.GPE {
		return false
	}
	k := x.tokenAfter(x.doc.Mentions[i].Start) - 1
	return k >= 0 && x.toks[k].Start >= sp.Start && (x.words[k] == "in" || x.words[k] == "of")
}

// maxTitleWords bounds the titles that may stand between a conjunction and
// the next name of a coordinated source: "…, and Gov. Jay Nixon".
const maxTitleWords = 3

// coordinationOpeners may stand before the first name of a coordinated
// source that the source's noun phrase left out ("On Monday, Russia and
// Syria denied"), where a verb would make it an object ("Trump attacked
// Clinton and Sanders said").
var coordinationOpeners = wordSet(`, ; : ( — – - " “ ” ‘ ’ that while but both Both as when after because although though whereas since`)

// coordinatedSpeakers gives each attribution whose source coordinates
// names of speaking entities ("Russia and Syria denied", "“…,” Hillary
// Clinton and Bernie Sanders, and Gov. Jay Nixon, tweeted") the others as
// CoSpeakers, in text order. A noun phrase stops at "and", so a source
// before its cue holds only the last name: the names coordinated before
// it are looked for, and the source is widened to them, when they open
// their clause. The names must follow each other with only commas, "and"
// and titles between them, and "and" at least once, so that an apposition
// ("Ryan Dillon, the coalition's spokesman") is none; and they must be of
// one kind (persons, or organizations and countries, or groups) or be
// descriptions ("police and residents"; see coordinable), so that a
// titled apposition ("Mazloum Abdi, SDF Commander, and Ilham Ahmed") or
// an adjective ("Syrian and Russian officials") is none either. Names
// after a preposition or inside a clause of the source are not its
// speakers (see coordinatedIn). "&" is no conjunction here: it joins the
// words of a firm's name ("Ernst & Young").
func (x *extractor) coordinatedSpeakers() {
	for k := range x.out {
		a := &x.out[k]
		if a.Speaker < 0 && !a.Source.IsEmpty() && a.CoSpeakers == nil {
			x.coordinatedWithDescription(a)
			continue
		}
		if a.Speaker < 0 || a.Source.IsEmpty() || a.CoSpeakers != nil || !x.mayCoordinate(a.Source) {
			continue
		}
		run, and := x.coordinatedIn(a.Source, a.Speaker)
		if len(run) == 0 {
			x.coordinatedDescription(a) // "a spokesman for the group and a villager said"
			continue
		}
		first := x.tokenAfter(x.doc.Mentions[run[0]].Start)
		j := first
		for j > 0 && x.toks[j-1].Start >= a.Source.Start && x.shapes[j-1] == shapeLow && j > first-3 {
			j-- // "the paramilitary Rapid Support Forces"
		}
		if j > 0 && articles[x.words[j-1]] && x.toks[j-1].Start >= a.Source.Start {
			first = j - 1 // "Israel and the United States", "residents and a local official"
		}
		if t := x.titleStart(first); t < first && x.toks[t].Start >= a.Source.Start {
			first = t // "Sen. Mark Holloway and Sen. Lisa Grant"
		}
		if before, from, hasAnd := x.coordinatedBefore(first, x.doc.Mentions[run[0]]); len(before) > 0 && (and || hasAnd) {
			run = append(before, run...)
			if start := x.toks[from].Start; start < a.Source.Start {
				x.cutContentsAt(start, a.Source.Start)
				a.Source.Start = start
			}
			a.Span = a.Span.Union(a.Source)
			and = true
		}
		if !and || len(run) < 2 {
			x.coordinatedDescription(a)
			continue
		}
		for _, i := range run {
			if e := x.doc.Mentions[i].Entity; e != a.Speaker && !slices.Contains(a.CoSpeakers, e) {
				a.CoSpeakers = append(a.CoSpeakers, e)
			}
		}
	}
}

// coordinatedSubjects widens to the whole coordinated subject the source
// of each attribution whose content ends at the comma before that
// subject, when coordinatedSpeakers could not join its names: in "The
// blast killed 12 people, police and hospital officials said", the
// content ends before "police" (see coordinatedSubjectStart), and the
// source is "police and hospital officials", not the last noun phrase.
func (x *extractor) coordinatedSubjects() {
	for k := range x.out {
		a := &x.out[k]
		if a.Source.IsEmpty() || a.Content.IsEmpty() || a.Content.End > a.Source.Start || a.Source.End > a.Cue.Start {
			continue
		}
		b := x.tokenAfter(a.Source.Start)
		si := x.sentenceAt(a.Source.Start)
		if si >= len(x.doc.Sentences) {
			continue
		}
		b2 := x.coordinatedSubjectStart(x.doc.Sentences[si].Tokens.Start, b)
		if b2 < b && x.tokenAfter(a.Content.End) == b2-1 {
			old := a.Source.Start
			a.Source.Start = x.toks[b2].Start
			a.Span = a.Span.Union(a.Source)
			if a.Speaker >= 0 {
				x.coSpeakersIn(a, a.Source.Start, old) // "Hezbollah and Israeli officials said"
			}
		}
	}
}

// coSpeakersIn adds to a's co-speakers the entities of the speaking
// mentions, other than a's speaker, that lie in byte offsets [from, to)
// and in no longer mention there.
func (x *extractor) coSpeakersIn(a *sitrep.Attribution, from, to int) {
	ms := x.doc.Mentions
	end := -1 // the end of the last mention taken: nested ones are skipped
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= from }); i < len(ms) && ms[i].Start < to; i++ {
		m := ms[i]
		if m.End > to || m.Start < end || m.Entity < 0 || m.Entity >= len(x.doc.Entities) || !speaks(m.Type) {
			continue
		}
		end = m.End
		if m.Entity != a.Speaker && !slices.Contains(a.CoSpeakers, m.Entity) {
			a.CoSpeakers = append(a.CoSpeakers, m.Entity)
		}
	}
}

// coordinatedWithDescription handles a source with no entity of its own
// after "and" and a speaking name that opens its clause: "…, the U.S.
// military and the tanker's operator said". The source is widened to the
// name, which speaks with it, and the content before is cut there.
// (coordinatedSpeakers needs an entity at the source's head to compare
// the names with.)
func (x *extractor) coordinatedWithDescription(a *sitrep.Attribution) {
	first := x.tokenAfter(a.Source.Start)
	if first < 2 || x.words[first-1] != "and" || a.Source.Start > a.Cue.Start {
		return
	}
	i := x.outermostEndingAt(first - 2)
	if i < 0 || !speaks(x.doc.Mentions[i].Type) || x.doc.Mentions[i].Entity < 0 {
		return
	}
	open := x.tokenAfter(x.doc.Mentions[i].Start)
	if open > 0 && (articles[x.words[open-1]] || isNumber(x.words[open-1])) {
		open-- // "the U.S. military", "two residents"
	}
	if open > 0 && x.sentenceStartsAt(open) < 0 && !coordinationOpeners[x.words[open-1]] {
		return // "Gunmen attacked the army and the town's police said": an object
	}
	start := x.toks[open].Start
	x.cutContentsAt(start, a.Source.Start)
	a.Source.Start = start
	a.CoSpeakers = []int{x.doc.Mentions[i].Entity}
	if open > 0 {
		x.toldBefore(a, x.sentenceAt(start), open-1) // "…, two residents and a health worker told Reuters."
	}
	a.Span = a.Content.Union(a.Cue).Union(a.Source)
}

// coordinatedDescription widens a's source, which follows "and" and what
// it reports, over the description before "and" that opens its clause
// after a comma, where no names are coordinated: "The strike killed 20
// people, a spokesman for the group and a villager said" is said by both,
// and the spokesman is no part of what was said. The walk back that found
// the source stops at "and", which joins clauses more often.
func (x *extractor) coordinatedDescription(a *sitrep.Attribution) {
	first := x.tokenAfter(a.Source.Start)
	if first < 3 || x.words[first-1] != "and" || a.Source.Start > a.Cue.Start {
		return
	}
	si := x.sentenceAt(a.Source.Start)
	if si >= len(x.doc.Sentences) {
		return
	}
	s0 := x.doc.Sentences[si].Tokens.Start
	b := x.backwardNP(s0, first-1)
	if b >= first-1 || b <= s0 || x.words[b-1] != "," || x.quoteOf[b-1] >= 0 {
		return // "Gunmen attacked the army and the police said": an object
	}
	e := x.entityIn(x.span(b, first-1))
	if e < 0 || e == a.Speaker || x.doc.Entities[e].Type != sitrep.PERSON {
		return
	}
	start := x.toks[b].Start
	x.cutContentsAt(start, a.Source.Start)
	a.Source.Start = start
	a.CoSpeakers = []int{e}
	x.toldBefore(a, si, b-1)
	a.Span = a.Content.Union(a.Cue).Union(a.Source)
}

// toldBefore gives a, whose source was widened back to the comma at token
// comma of sentence si, the clause before that comma as its content when
// what follows its verb of telling is only the hearer, taken for what was
// said for want of a comma before the source: "…, a local official and
// two residents told AFP.".
func (x *extractor) toldBefore(a *sitrep.Attribution, si, comma int) {
	sent := x.doc.Sentences[si].Tokens
	if c1 := x.tokenAfter(a.Cue.End); comma > sent.Start && x.words[comma] == "," && a.Content.Start >= a.Cue.End && c1 < len(x.toks) && x.class[c1-1]&classTellVerb != 0 &&
		x.tokenAfter(a.Content.Start) == c1 && x.hearerEnd(c1, sent.End) >= x.tokenAfter(a.Content.End) {
		a.Content = x.contentBefore(sent.Start, comma)
		x.mediaHearer(a, sent.End)
	}
}

// cutContentsAt ends before byte offset start the contents that run from
// before it into a source widened to start from old: "Gunmen killed 40
// farmers, residents" in "Gunmen killed 40 farmers, residents and
// officials said", and "it killed 30 jihadists, but residents" in "The
// army said it killed 30 jihadists, but residents and a local official
// said …". The comma or conjunction before the source goes too.
func (x *extractor) cutContentsAt(start, old int) {
	e := x.tokenAfter(start)
	for e > 0 && (isPunct(x.words[e-1]) || coordinationOpeners[x.words[e-1]] || x.words[e-1] == "and") && x.quoteOf[e-1] < 0 {
		e--
	}
	if e == 0 {
		return
	}
	for k := range x.out {
		b := &x.out[k]
		if !b.Direct && b.Content.Start < start && b.Content.End > start && b.Content.End <= old && x.toks[e-1].Start >= b.Content.Start {
			b.Content.End = x.toks[e-1].End
		}
	}
}

// mayCoordinate reports whether source sp holds "and", or follows it
// (perhaps with "the" between): the sources whose names
// coordinatedSpeakers looks for. (Names joined by commas alone, "Russia,
// Syria said", are left alone.)
func (x *extractor) mayCoordinate(sp sitrep.Span) bool {
	first := x.tokenAfter(sp.Start)
	if first > 0 && x.words[first-1] == "and" || first > 1 && isThe(x.words[first-1]) && x.words[first-2] == "and" {
		return true
	}
	return x.anyTokenIn(sp.Start, sp.End, func(j int) bool { return x.words[j] == "and" })
}

// anyTokenIn reports whether match holds for a token that starts in the
// byte offsets [from, to).
func (x *extractor) anyTokenIn(from, to int, match func(j int) bool) bool {
	for j := x.tokenAfter(from); j < len(x.toks) && x.toks[j].Start < to; j++ {
		if match(j) {
			return true
		}
	}
	return false
}

// anyMentionIn reports whether match holds for a mention that starts in
// the byte offsets [from, to).
func (x *extractor) anyMentionIn(from, to int, match func(m *sitrep.Mention) bool) bool {
	ms := x.doc.Mentions
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= from }); k < len(ms) && ms[k].Start < to; k++ {
		if match(&ms[k]) {
			return true
		}
	}
	return false
}

// isThe reports whether w is the definite article.
func isThe(w string) bool { return w == "the" }

// A speakerKind is a kind of speaker that coordination joins: persons;
// organizations and countries; or groups ("Syrian", "Democrats").
type speakerKind int

const (
	kindPerson speakerKind = iota
	kindBody
	kindGroup
)

// kindOf returns the speakerKind of entity type t.
func kindOf(t sitrep.EntityType) speakerKind {
	switch t {
	case sitrep.PERSON:
		return kindPerson
	case sitrep.NORP:
		return kindGroup
	}
	return kindBody
}

// coordinable reports whether mentions a and b may be coordinated
// speakers: they are of one speakerKind, or they are descriptions of
// persons and bodies ("police and residents", "local officials and a
// militia leader"), which no title or adjective is.
func coordinable(a, b sitrep.Mention) bool {
	if kindOf(a.Type) == kindOf(b.Type) {
		return true
	}
	return a.Kind == sitrep.MentionNominal && b.Kind == sitrep.MentionNominal && kindOf(a.Type) != kindGroup && kindOf(b.Type) != kindGroup
}

// coordinatedIn returns the mentions, in order, of the run of coordinated
// names of one kind inside source sp that holds a mention of speaker, and
// whether "and" joins two of them; or nil.
func (x *extractor) coordinatedIn(sp sitrep.Span, speaker int) (run []int, and bool) {
	ms := x.doc.Mentions
	var names []int // the outermost speaking mentions in sp, in order
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= sp.Start }); i < len(ms) && ms[i].Start < sp.End; i++ {
		m := ms[i]
		if m.End > sp.End || m.Entity < 0 || m.Entity >= len(x.doc.Entities) || !speaks(m.Type) {
			continue
		}
		if n := len(names); n > 0 && ms[names[n-1]].End > m.Start {
			if m.Start == ms[names[n-1]].Start && headBefore(ms[names[n-1]], m) {
				// A longer mention from the same start, or the
				// organization over a capital's name, as entityIn takes.
				names[n-1] = i
			}
			continue
		}
		names = append(names, i)
	}
	head := slices.IndexFunc(names, func(i int) bool { return ms[i].Entity == speaker })
	if head < 0 || x.prepositionBefore(sp.Start, ms[names[head]].Start) {
		// A speaker in a post-modifier ("insiders in the next two states —
		// Nevada and South Carolina") stands in for the head; the names
		// coordinated with it are not speakers.
		return nil, false
	}
	lo, hi := head, head
	for lo > 0 && coordinable(ms[names[head]], ms[names[lo-1]]) {
		ok, hasAnd := x.coordinates(ms[names[lo-1]].End, ms[names[lo]].Start)
		if !ok {
			break
		}
		lo, and = lo-1, and || hasAnd
	}
	for hi+1 < len(names) && coordinable(ms[names[head]], ms[names[hi+1]]) {
		ok, hasAnd := x.coordinates(ms[names[hi]].End, ms[names[hi+1]].Start)
		if !ok {
			break
		}
		hi, and = hi+1, and || hasAnd
	}
	if x.clauseBefore(sp.Start, ms[names[lo]].Start) {
		// Names inside a clause of the source ("The judges who ruled that
		// Texas and North Carolina") or after "against" are not its
		// speakers.
		return nil, false
	}
	return names[lo : hi+1], and
}

// prepositionBefore reports whether a preposition stands between byte
// offsets from and to. (Unlike afterPreposition, a comma does not count:
// "Two objectors, Lawrence Joyce and William Graham" name the speakers.)
func (x *extractor) prepositionBefore(from, to int) bool {
	return x.anyTokenIn(from, to, func(j int) bool { return x.class[j]&classNPInner != 0 && x.words[j] != "and" })
}

// clauseWords open a clause or a phrase inside a source whose names are
// not the source's speakers.
var clauseWords = wordSet(`who whom whose which that when where while against between among versus vs.`)

// clauseBefore reports whether a word of clauseWords stands between byte
// offsets from and to.
func (x *extractor) clauseBefore(from, to int) bool {
	return x.anyTokenIn(from, to, func(j int) bool { return clauseWords[x.words[j]] })
}

// coordinatedBefore returns the mentions, in order, of the names that may
// be coordinated with mention head (see coordinable) before token t
// ("Russia and" before "Syria"), with the token that opens them ("The" of
// "The United States and Britain") and whether "and" joins them; or nil. The names must open their clause. A
// list that runs on past its clause is cut where the clause opens: in
// "Gunmen killed 40 farmers, residents and officials said", "farmers" is
// the object of "killed", so the speakers are the residents and officials.
func (x *extractor) coordinatedBefore(t int, head sitrep.Mention) (run []int, from int, and bool) {
	n, andN := 0, false // the longest run that opens its clause
	for {
		j, joined := t-1, false
		for j >= 0 && (x.words[j] == "," || x.words[j] == "and") {
			joined = joined || x.words[j] == "and"
			j--
		}
		if j >= 2 && j < t-1 && x.words[j+1] == "," {
			// "Sen. Mark Holloway, R-Ohio, and": the name ends before
			// its party tag.
			b := x.gluedStart(j) // "R-S" "." "C."
			if b >= 2 && x.words[b-1] == "," && partyTag(x.text[x.toks[b].Start:x.toks[j].End]) {
				j = b - 2
			}
		}
		if j == t-1 || j < 0 || !x.mentionEndsAt(j) {
			break
		}
		i := x.outermostEndingAt(j)
		if i < 0 || !coordinable(head, x.doc.Mentions[i]) {
			break
		}
		run, and = append(run, i), and || joined
		t = x.titleStart(x.possessorStart(x.tokenAfter(x.doc.Mentions[i].Start)))
		for k := 0; k < 3 && t > 0 && x.nounModifier(t-1); k++ {
			t-- // "a local rescue group and a medical source"
		}
		if t > 1 && articles[x.words[t-1]] && (x.words[t-2] == "," || x.words[t-2] == "and") {
			t-- // "Russia, the United States and Syria"
		}
		open := t
		if open > 0 && articles[x.words[open-1]] {
			open-- // "The United States and Britain accused"
		}
		if open == 0 || x.sentenceStartsAt(open) >= 0 || coordinationOpeners[x.words[open-1]] {
			n, from, andN = len(run), open, and
		}
	}
	if n == 0 || t > 0 && (x.class[t-1]&classNPInner != 0 || clauseWords[x.words[t-1]]) && x.words[t-1] != "and" {
		// "between Europe, the Middle East, and Asia": the list is a
		// preposition's object, and none of it speaks.
		return nil, 0, false
	}
	run = run[:n]
	slices.Reverse(run)
	return run, from, andN
}

// titleStart returns the first of the capitalized words, three at most and
// part of no name, that stand right before token t, a name's first: the
// title "Sen." or "Foreign Minister"; or t. A word that opens a clause or
// a coordination is none: "But Mr. Grassley", "Both Mr. King".
func (x *extractor) titleStart(t int) int {
	k := t
	for n := 0; n < 3 && k > 0 && x.shapes[k-1] == shapeCap && !x.mentionEndsAt(k-1) && x.sentenceStartsAt(k) < 0; n++ {
		if w := x.words[k-1]; coordinationOpeners[w] || clauseLinks[w] || subordinateStarts[w] || introWords[w] || notTitles[w] {
			break
		}
		k--
	}
	return k
}

// notTitles are capitalized words before a name that are no title.
var notTitles = wordSet(`what so yet then now only even also neither either together and or`)

// nounModifier reports whether token i can modify the noun of a
// description after it: a lower-case word that is no verb form,
// preposition, conjunction or word that opens a clause ("local",
// "rescue").
func (x *extractor) nounModifier(i int) bool {
	w := x.words[i]
	return x.shapes[i] == shapeLow && x.class[i]&(classNPInner|classCueWord) == 0 && !coordinationOpeners[w] && !clauseWords[w] &&
		!particles[w] && w != "and" && w != "or" && !lowerVerbLike(x.text[x.toks[i].Start:x.toks[i].End])
}

// possessorStart returns where the noun phrase of a description that
// starts at token t starts when a possessive name stands before it
// ("Sudan's army"), or t.
func (x *extractor) possessorStart(t int) int {
	if t < 2 || x.words[t-1] != "’s" && x.words[t-1] != "'s" || !x.mentionEndsAt(t-2) {
		return t
	}
	if i := x.outermostEndingAt(t - 2); i >= 0 {
		return x.tokenAfter(x.doc.Mentions[i].Start)
	}
	return t
}

// maxMentionsEndingTogether bounds how many mentions before a token
// outermostEndingAt looks through: the nested mentions of one name.
const maxMentionsEndingTogether = 8

// outermostEndingAt returns the index of the longest mention of a speaking
// entity that ends with token j (of two over the same words, the
// organization), or -1.
func (x *extractor) outermostEndingAt(j int) int {
	ms := x.doc.Mentions
	end := x.toks[j].End
	best := -1
	for i, n := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= end })-1, 0; i >= 0 && n < maxMentionsEndingTogether; i, n = i-1, n+1 {
		m := ms[i]
		if m.End != end || m.Entity < 0 || m.Entity >= len(x.doc.Entities) || !speaks(m.Type) {
			continue
		}
		if best < 0 || headBefore(ms[best], m) {
			best = i
		}
	}
	return best
}

// sentenceStartsAt returns the index of the sentence that starts at token
// t, or -1.
func (x *extractor) sentenceStartsAt(t int) int {
	ss := x.doc.Sentences
	k := sort.Search(len(ss), func(k int) bool { return ss[k].Tokens.Start >= t })
	if k < len(ss) && ss[k].Tokens.Start == t {
		return k
	}
	return -1
}

// coordinates reports whether the text between two mentions, from offset
// end to offset start, only coordinates them: commas and "and", then "the"
// or at most maxTitleWords capitalized titles, and not these alone; and
// whether it holds "and".
func (x *extractor) coordinates(end, start int) (ok, and bool) {
	titles, joined := 0, false
	for j := x.tokenAfter(end); j < len(x.toks) && x.toks[j].Start < start; j++ {
		switch w := x.words[j]; {
		case (w == "," || w == "and") && titles == 0:
			joined, and = true, and || w == "and"
		case (isThe(w) || w == "a" || w == "an") && joined && titles == 0:
			titles = maxTitleWords // "Russia and the United States", "residents and a local official": no title after it
		case x.shapes[j] == shapeCap && titles < maxTitleWords:
			titles++
		default:
			return false, false
		}
	}
	return joined, and
}

// headBefore reports whether mention b is a better head than a: it ends
// later, or ends with it and is longer, or covers the same words and is an
// organization where a is not.
func headBefore(a, b sitrep.Mention) bool {
	switch {
	case b.End != a.End:
		return b.End > a.End
	case b.Start != a.Start:
		return b.Start < a.Start
	}
	return b.Type == sitrep.ORG && a.Type != sitrep.ORG
}

// placeInModifier reports whether mention m is a place that a locative
// preposition inside span sp introduces, or that a compound modifier
// places: the "in Iraq" of "the mission in Iraq", the "Washington" of "a
// Washington-based think tank", which say where the speaker is, not who
// speaks.
func (x *extractor) placeInModifier(sp sitrep.Span, m sitrep.Mention) bool {
	if strings.HasPrefix(x.text[m.End:], "-based") && m.Type == sitrep.GPE {
		return true // "a Washington-based think tank" is not Washington
	}
	if !x.record && m.End+1 < len(x.text) && x.text[m.End] == '-' && 'a' <= x.text[m.End+1] && x.text[m.End+1] <= 'z' {
		// Nor is "a D.C.-based talk radio host" D.C., whatever type
		// the tagger gave it, nor "The U.S.-educated economist" the
		// United States, nor "the U.N.-appointed investigator" the UN
		// (at inference only).
		return true
	}
	if m.Type != sitrep.GPE {
		return false
	}
	j := x.tokenAfter(m.Start) - 1
	if !x.record && j >= 1 && x.words[j] == "," && x.mentionEndsAt(j-1) && x.toks[j].Start > sp.Start {
		// "Voters in Columbia, S.C., said": the state of a town after
		// "in" is where they are too (at inference only).
		if i := x.outermostEndingAt(j - 1); i >= 0 && x.doc.Mentions[i].Type == sitrep.GPE && x.doc.Mentions[i].Start >= sp.Start {
			return x.placeInModifier(sp, x.doc.Mentions[i])
		}
	}
	if j >= 0 && determiners[x.words[j]] {
		j--
	}
	return j >= 0 && x.toks[j].Start >= sp.Start && (x.words[j] == "in" || x.words[j] == "at")
}

// inRelativeClause reports whether mention m lies, inside span sp, in a
// relative clause that modifies the head before it: "A man who fled El
// Fasher with his family", "Ahmed Ali, 34, who fled El Fasher", "a woman
// whose son was killed in Gaza" are not El Fasher's nor Gaza's words.
func (x *extractor) inRelativeClause(sp, m sitrep.Span) bool {
	first := x.tokenAfter(sp.Start)
	for j := first + 1; j < len(x.toks) && x.toks[j].End <= m.Start; j++ {
		switch x.words[j] {
		case "who", "whom", "whose", "which":
			return true
		}
	}
	return false
}

// afterPreposition reports whether mention m lies, inside span sp, after
// a preposition or comma: in a post-modifier such as "for the coalition"
// or an apposition, not in the head phrase.
func (x *extractor) afterPreposition(sp, m sitrep.Span) bool {
	for j := x.tokenAfter(sp.Start); j < len(x.toks) && x.toks[j].End <= m.Start; j++ {
		w := x.words[j]
		if (x.class[j]&classNPInner != 0 && w != "and" && !x.prepositionInName(j)) || w == "," || w == "(" {
			return true
		}
	}
	return false
}

// prepositionInName reports whether the "of" or "for" at token j joins
// words of one organization's name: "Centers for Disease Control",
// "Department of Homeland Security", where the tagger may name only the
// part after it. The word before must be a body's noun in capitals: not
// "Senator John McCain of Arizona", "Residents of Zimbabwe", "Chief
// Health Officer for PEI". (At inference only.)
func (x *extractor) prepositionInName(j int) bool {
	if x.record || j < 1 || j+1 >= len(x.toks) || x.words[j] != "of" && x.words[j] != "for" {
		return false
	}
	return (genericOrgWords[x.words[j-1]] || bodyNouns[x.words[j-1]]) && startsUpper(x.text[x.toks[j-1].Start:]) && startsUpper(x.text[x.toks[j+1].Start:])
}

// bodyNouns head the names of public bodies, with "of" or "for" after
// them: "Centers for Disease Control", "Ministry of Defence".
var bodyNouns = wordSet(`centers centres department ministry bureau society academy association federation union league board
	service administration authority`)

// callsFalse reports whether content opens by calling a report false:
// "the claims were “baseless”", "the reports are completely untrue", "the
// military's account was “a lie”".
func (x *extractor) callsFalse(content sitrep.Span) bool {
	if content.IsEmpty() || x.text[content.Start] == '"' || x.text[content.Start] >= utf8.RuneSelf {
		// The words looked for below are ASCII: a content that opens with
		// anything else (a quotation mark, most often) cannot match, and
		// is decided without a token search.
		return false
	}
	i := x.tokenAfter(content.Start)
	end := x.tokenAfter(content.End)
	if i < end && x.words[i] == "that" {
		i++ // "said that the claims …"
	}
	if i < end && determiners[x.words[i]] {
		i++
	}
	if i+2 < end && (x.words[i+1] == "’s" || x.words[i+1] == "'s") {
		i += 2 // "the military's account"
	}
	if i+2 >= end || !falsifiable[x.words[i]] {
		return false
	}
	if w := x.words[i+1]; w == "that" || w == "of" {
		// "claims that the strike was a war crime were false": the
		// report's own clause comes first, with a verb of its own, and
		// the report's verb is a later "be" whose complement ends the
		// clause (not "reports that the claims were false had spread",
		// nor "claims that the election results were false", which are
		// the claims themselves).
		own := false // the report's own clause has had its verb
		for j := i + 2; j+1 < end; j++ {
			if !own {
				own = beForms[x.words[j]] || finitePast(x.words[j])
				continue
			}
			if k := x.falseAfter(j+1, end); beForms[x.words[j]] && k > 0 && (k+1 == end || clauseEnders[x.words[k+1]]) {
				return true
			}
		}
		return false
	}
	return beForms[x.words[i+1]] && x.falseAfter(i+2, end) > 0
}

// clauseEnders end a clause after a complement: "were false, and".
var clauseEnders = wordSet(`, . ; and but ” "`)

// falseAfter returns the token of a word that calls something false,
// from token j (after a form of "be") and before end: "baseless",
// "completely untrue", "“a lie”"; or -1.
func (x *extractor) falseAfter(j, end int) int {
	for k := j; k < end && k <= j+3; k++ {
		w := x.words[k]
		if falseWords[w] {
			return k
		}
		if w != "“" && w != "\"" && w != "‘" && w != "a" && w != "an" && !strings.HasSuffix(w, "ly") {
			return -1 // "completely", "utterly", a quotation mark, "a lie"
		}
	}
	return -1
}

// namesFalse reports whether a calls what it reports false with a verb
// of naming: "calling it a lie", "described the reports as fabricated".
// Its content is short and ends with the word that calls it false.
func (x *extractor) namesFalse(a *sitrep.Attribution) bool {
	c := x.tokenAfter(a.Cue.End) - 1
	if c < 0 || !callingVerbs[x.words[c]] || a.Content.Start < a.Cue.End {
		return false
	}
	i, end := x.tokenAfter(a.Content.Start), x.tokenAfter(a.Content.End)
	for end > i && isPunct(x.words[end-1]) {
		end--
	}
	if end <= i+1 || end-i > 8 {
		return false
	}
	// The word may be followed by whose it is: "another fabrication of
	// the Kyiv regime".
	k := end - 1
	for j := i + 1; j < end-1; j++ {
		if x.words[j] == "of" && untrueWords[x.words[j-1]] {
			k = j - 1
			break
		}
	}
	if !untrueWords[x.words[k]] {
		return false
	}
	// "a farce built on lies", "a victory of truth over lies", "a
	// weapon against online disinformation": the word is a
	// preposition's object, not what the report is called. ("described
	// the reports as fabricated" calls them so.)
	for j := i + 1; j < k; j++ {
		if w := x.words[j]; (npInner[w] || particles[w]) && w != "and" && w != "as" {
			return false
		}
	}
	return true
}

// namesCrime reports whether a calls what it reports a crime with a verb
// of naming: "called the strike a massacre", "described the attack as a
// war crime", "branded it a terrorist act". Naming an act so accuses
// whoever did it, as "condemned" does.
func (x *extractor) namesCrime(a *sitrep.Attribution) bool {
	c := x.tokenAfter(a.Cue.End) - 1
	if c < 0 || !callingVerbs[x.words[c]] || a.Content.Start < a.Cue.End {
		return false
	}
	i, end := x.tokenAfter(a.Content.Start), x.tokenAfter(a.Content.End)
	if end-i > 10 {
		return false
	}
	// The crime word names what was done, not a preposition's object:
	// "called the strike a response to the massacre" names no crime.
	for j := i + 1; j < end; j++ {
		w := x.words[j]
		if x.crimeHead(j, end) {
			return true
		}
		if (npInner[w] || particles[w]) && w != "and" && w != "as" && w != "of" || w == "part" {
			return false
		}
	}
	return false
}

// callsCrime reports whether content says that an act was a crime: "the
// killings were war crimes", "the strike was a massacre", "the attack
// amounted to genocide". Saying so accuses whoever did it.
func (x *extractor) callsCrime(content sitrep.Span) bool {
	i, end := x.tokenAfter(content.Start), x.tokenAfter(content.End)
	if i < end && x.words[i] == "that" {
		i++
	}
	if i < end && (determiners[x.words[i]] || articles[x.words[i]]) {
		i++
	}
	if i+2 >= end || !actNouns[x.words[i]] || !beForms[x.words[i+1]] && x.words[i+1] != "amounted" && x.words[i+1] != "constituted" {
		return false
	}
	j0 := i + 2
	if x.words[i+1] == "amounted" && x.words[j0] == "to" {
		j0++
	}
	for j := j0; j < end && j <= i+6; j++ {
		w := x.words[j]
		if x.crimeHead(j, end) {
			return true
		}
		if w == "not" || negations[w] || npInner[w] || particles[w] || strings.HasSuffix(w, "ing") || w == "part" {
			return false // "was not a massacre", "was a response to", "were targeting terrorist positions", "part of a counter-terrorism operation"
		}
	}
	return false
}

// crimeHead reports whether token j is a crime word that heads its noun
// phrase, which ends after it or goes on with "of", "against" or "by" ("a
// crime against humanity", "a massacre of civilians"), or "terrorist"
// before "act" or "attack": "terrorist positions" and "counter-terrorism
// operation" name no crime.
func (x *extractor) crimeHead(j, end int) bool {
	w := x.words[j]
	if w == "terrorist" {
		return j+1 < end && (x.words[j+1] == "act" || x.words[j+1] == "acts" || x.words[j+1] == "attack" || x.words[j+1] == "attacks")
	}
	if !crimeWords[w] {
		return false
	}
	if j+1 >= end {
		return true
	}
	switch n := x.words[j+1]; n {
	case "of", "against", "by", "and", "or", ",", ".", ";", "”", "\"", "’", "'":
		return true
	}
	return false
}

var (
	// crimeWords name an act as a crime: calling it so accuses.
	crimeWords = wordSet(`massacre massacres crime crimes atrocity atrocities genocide aggression terrorism murder murders slaughter provocation provocations violation violations cleansing`)
	// untrueWords call a report untrue, not merely foolish: "calling it
	// absurd" is said of proposals as often as of reports.
	untrueWords = wordSet(`lie lies false untrue baseless fabricated fabrication fabrications unfounded groundless fake falsehood falsehoods hoax disinformation propaganda`)
	// callingVerbs call what they report something: "calling it a lie".
	callingVerbs = wordSet(`call calls called calling describe describes described describing brand brands branded branding label labels labelled labeled labelling labeling`)
	// falsifiable are the nouns for reports that a denial calls false.
	falsifiable = wordSet(`claim claims report reports allegation allegations accusation accusations charge charges statement statements story stories toll tolls figure figures account accounts`)
	falseWords  = wordSet(`baseless false unfounded groundless fabricated untrue lie lies nonsense fake absurd fabrication`)
)

// deniesEvent reports whether content states that something did not
// happen: "the coalition had not carried out any strike".
func (x *extractor) deniesEvent(content sitrep.Span) bool {
	i := x.tokenAfter(content.Start)
	for n := 0; i < len(x.toks) && x.toks[i].Start < content.End && n < 12; i, n = i+1, n+1 {
		w := x.words[i]
		if w == "," && i+1 < len(x.toks) && (x.words[i+1] == "who" || x.words[i+1] == "which") && !x.anyTokenIn(content.Start, x.toks[i].Start, func(j int) bool { return x.class[j]&classAuxiliary != 0 }) {
			// A relative clause set off in the subject, before its verb:
			// "Russian mercenaries, who fight alongside the army, were
			// not involved" (not "praised Bush, who ended his bid, as a
			// man who didn't …").
			if j := x.nextComma(i+1, content.End); j > 0 && j+1 < len(x.toks) && x.class[j+1]&(classPastAuxiliary|classPastNegation) != 0 {
				i = j
				continue
			}
		}
		if w == "," || w == ";" {
			return false
		}
		if x.class[i]&classPastNegation != 0 || x.disowns(i) {
			return true
		}
		if x.class[i]&classNegation != 0 && i > 0 && x.class[i-1]&classPastAuxiliary != 0 {
			if (x.words[i-1] == "is" || x.words[i-1] == "are") && i+1 < len(x.toks) && x.words[i+1] == "going" {
				continue // "we are not going anywhere": a stand, not a denial
			}
			if i+1 < len(x.toks) && unheard[x.words[i+1]] {
				continue // "I have not heard from him": news not had, no act denied
			}
			if beForms[x.words[i-1]] && (i+1 >= len(x.toks) || !isParticiple(x.words[i+1]) && !strings.HasSuffix(x.words[i+1], "ing") && !involvement[x.words[i+1]]) {
				// "the race was not over": a state, no act denied; but "it
				// was not shelling civilians", "were not killed".
				continue
			}
			return true
		}
	}
	return false
}

// disowns reports whether token i opens a phrase by which a subject
// disowns an act: "it had nothing to do with the strike", "the group
// played no role in", "he had no involvement in".
func (x *extractor) disowns(i int) bool {
	if i < 2 || i+3 >= len(x.toks) || x.words[i] != "nothing" && x.words[i] != "no" {
		return false
	}
	// The subject is one who could have acted: "it", "Mr. Holbrooke";
	// not "the Cleveland losses played no role in his firing", which
	// denies a cause, not an act.
	if subj := x.words[i-2]; !(pronouns[subj] && subj != "who") && !x.mentionEndsAt(i-2) {
		return false
	}
	switch prev := x.words[i-1]; {
	case x.words[i] == "nothing":
		return (prev == "had" || prev == "has" || prev == "have") && x.words[i+1] == "to" && x.words[i+2] == "do" && x.words[i+3] == "with"
	case x.words[i] == "no":
		return (prev == "had" || prev == "has" || prev == "have" || prev == "played" || prev == "plays") && involvementNouns[x.words[i+1]] && (x.words[i+2] == "in" || x.words[i+2] == "with")
	}
	return false
}

var involvementNouns = wordSet(`role involvement part link links connection hand`)

// nextComma returns the first comma from token i whose start is before
// end, or -1 if a semicolon or end comes first.
func (x *extractor) nextComma(i, end int) int {
	for ; i < len(x.toks) && x.toks[i].Start < end; i++ {
		switch x.words[i] {
		case ",":
			return i
		case ";":
			return -1
		}
	}
	return -1
}

// involvement are the words after "was not", besides forms in -ed, that
// deny a part in an act or that it happened (irregular participles):
// "the army was not behind the attack", "were not responsible".
var involvement = wordSet(`behind responsible involved there present true made done taken given hit shot struck fought sent held brought caught built`)

// unheard are the verbs of learning and telling after "not" that deny
// no act: "I have not heard from him", "police have not received".
var unheard = wordSet(`heard seen known received learned learnt spoken talked commented responded replied said disclosed identified`)

var (
	pastAuxiliaries = wordSet(`did had has have was were is are`)
	pastNegations   = wordSet(`never didn't hadn't wasn't weren't didn’t hadn’t wasn’t weren’t`)
)

// pronounSpeakers gives an attribution whose source is "he" or "she", left
// unresolved by the entity stage (which resolves pronouns to named persons
// only), the speaker of the closest attribution before it in the same or
// the previous paragraph, if that speaker is a person and no other person
// is named in between: "A coalition spokesman denied the strike. “…,” he
// told reporters."
func (x *extractor) pronounSpeakers() {
	for i := range x.out {
		a := &x.out[i]
		if a.Speaker >= 0 {
			continue
		}
		pronoun := x.personPronoun(a.Source)
		if pronoun == "" && !x.record {
			pronoun = x.quotedPronoun(a.Source) // "the paper quoted him as saying" (at inference only)
		}
		if pronoun == "" {
			continue
		}
		k := x.previousSpokenIndex(i, false)
		for k >= 0 && !x.record && x.viaEntity(a, x.out[k].Speaker) {
			// "“…,” the paper quoted him as saying": not the paper, which
			// relays him, but the one who spoke in the sentence right
			// before the quotation (not "TASS later reported that a
			// senior diplomat had met the envoy" between).
			k = x.previousSpokenIndex(k, false)
			if k >= 0 && x.sentenceAt(x.out[k].Source.Start) != x.sentenceAt(a.Content.Start)-1 {
				k = -1
			}
		}
		var p *sitrep.Attribution
		if k >= 0 {
			p = &x.out[k]
		}
		if p != nil && x.doc.Entities[p.Speaker].Type == sitrep.PERSON && !x.pluralDescription(p.Speaker) && !x.otherPersonNamed(p.Speaker, p.End, a.Source.Start) && !x.otherGender(p.Speaker, pronoun == "she" || pronoun == "her") {
			a.Speaker = p.Speaker
		}
	}
}

// statementSpeakers gives an attribution whose source is "the statement"
// (or communique, letter, message, post), left unresolved, the speaker of
// the closest attribution before it, in the same or the two paragraphs
// before, that was made in one: "The coalition said in a statement that
// … The statement read: “…”" is the coalition's. Failing that, it takes
// the speaker of the closest attribution before it, in the same or the
// paragraph before, that is a body (an organization or a country).
func (x *extractor) statementSpeakers() {
	asked := false // some source is a statement and has no speaker
	for i := range x.out {
		asked = asked || x.out[i].Speaker < 0 && x.statementSource(x.out[i].Source) != ""
	}
	if !asked {
		return
	}
	order := make([]int, len(x.out))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return x.out[i].Start - x.out[j].Start })
	made := map[string]int{} // a statement noun → the latest attribution, by index, made in one
	body := -1               // the latest attribution, by index, whose speaker is a body
	for _, i := range order {
		a := &x.out[i]
		if a.Speaker < 0 {
			if noun := x.statementSource(a.Source); noun != "" {
				if k, ok := made[noun]; ok && x.paragraphAt(a.Start)-x.paragraphAt(x.out[k].Start) <= 2 {
					a.Speaker = x.out[k].Speaker
					if len(a.Via) == 0 {
						// The same statement reached the reader the same
						// way: "said in a statement read on RTN. … the
						// statement read" runs through RTN too.
						a.Via = slices.Clone(x.out[k].Via)
					}
				} else if body >= 0 && x.paragraphAt(a.Start)-x.paragraphAt(x.out[body].Start) <= 1 && !x.otherBodyBetween(x.out[body].Speaker, x.adjunctEnd(&x.out[body]), a.Start) {
					// "…, the Ministry of Information said. ¶ “…,” the
					// statement read": the body that spoke just before,
					// if no other is named in between ("Hamas later
					// posted a statement").
					a.Speaker = x.out[body].Speaker
				}
			}
			continue
		}
		if kindOf(x.doc.Entities[a.Speaker].Type) == kindBody {
			body = i
		}
		// The words where a statement is named: the source ("A statement
		// from the army said") and, before a content that follows the
		// cue, the adjunct ("said in a statement that").
		from, to := a.Source.Start, a.Source.End
		if a.Source.IsEmpty() || a.Cue.Start < from {
			from = a.Cue.Start
		}
		if a.Content.Start > a.Cue.End {
			to = max(to, a.Content.Start)
		} else {
			to = max(to, x.adjunctEnd(a)) // "…, the junta said in a statement read on state television RTN."
		}
		for t := x.tokenAfter(from); t < len(x.toks) && x.toks[t].Start < to; t++ {
			if statementNouns[x.words[t]] {
				made[x.words[t]] = i
			}
		}
	}
}

// adjunctEnd returns where a ends together with the relays named in its
// sentence after it: "…, the junta said in a statement read on state
// television RTN" ends after RTN, which relays it and is no other body
// speaking.
func (x *extractor) adjunctEnd(a *sitrep.Attribution) int {
	end := a.End
	for _, l := range a.Via {
		if l.End > end && x.sentenceAt(l.Start) == x.sentenceAt(a.Cue.Start) {
			end = l.End
		}
	}
	return end
}

// quotedMention reports whether mention m lies inside a quotation.
func (x *extractor) quotedMention(m *sitrep.Mention) bool {
	i := x.tokenAfter(m.Start)
	return i < len(x.toks) && x.quoteOf[i] >= 0
}

// opensWithStatement reports whether sp opens with a noun for a statement
// after an article at most that someone signed or issued: "The statement,
// signed by …". (At inference only.)
func (x *extractor) opensWithStatement(sp sitrep.Span) bool {
	if x.record || sp.IsEmpty() {
		return false
	}
	i := x.tokenAfter(sp.Start)
	if i < len(x.toks) && determiners[x.words[i]] {
		i++
	}
	if i >= len(x.toks) || x.toks[i].End > sp.End || !statementNouns[x.words[i]] {
		return false
	}
	// Its speaker must be who signed or issued it, not whom it is from or
	// about ("A statement from the family of John Smith").
	return x.anyTokenIn(x.toks[i].End, sp.End, func(j int) bool { return authorParticiples[x.words[j]] })
}

// otherBodyBetween reports whether an organization, a country or a group
// other than entity e is mentioned between byte offsets from and to.
func (x *extractor) otherBodyBetween(e, from, to int) bool {
	ms := x.doc.Mentions
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= from }); i < len(ms) && ms[i].Start < to; i++ {
		if m := ms[i]; m.Entity != e && (m.Type == sitrep.ORG || m.Type == sitrep.GPE || m.Type == sitrep.NORP) {
			return true
		}
	}
	return false
}

// statementSource returns the noun of a source that is a definite
// statement noun alone ("the statement", "its communique"), or "".
func (x *extractor) statementSource(sp sitrep.Span) string {
	if sp.IsEmpty() || sp.Len() > len("their communiqué") {
		return "" // most sources, decided without a token search
	}
	t := x.tokenAfter(sp.Start)
	if t+1 >= len(x.toks) || x.toks[t+1].End != sp.End || !determiners[x.words[t]] || x.words[t] == "a" || x.words[t] == "an" {
		return ""
	}
	if w := x.words[t+1]; statementNouns[w] {
		return w
	}
	return ""
}

// statementNouns name the documents a speaker issues.
var statementNouns = wordSet(`statement communique communiqué letter message post`)

// speechVerbs are the verbs of saying after which "it" is a speaker.
var speechVerbs = wordSet(`said says added adds told tells stated announced denied denies confirmed confirms accused accuses claimed claims urged warned reported described describes blamed blames insisted insists stressed stresses`)

// appealCue reports whether cue is "called on", "called for" or a verb
// that appeals or condemns ("demanded", "condemned"), which a group's
// "it" makes as often as it says: "It called on the international
// community to …". (At inference only.)
func (x *extractor) appealCue(cue sitrep.Span) bool {
	if x.record {
		return false
	}
	first, last := x.tokenAfter(cue.Start), x.tokenAfter(cue.End)-1
	if cue.IsEmpty() {
		return false
	}
	if w := x.words[first]; last == first+1 && (w == "called" || w == "calls") && (x.words[last] == "on" || x.words[last] == "for") {
		return true
	}
	return appealVerbs[x.words[last]]
}

var appealVerbs = wordSet(`condemned condemns demanded demands appealed appeals rejected rejects`)

// itSpeakers gives an attribution whose source is "it" and whose cue is a
// verb of saying, left unresolved by the entity stage, the speaker of the
// closest attribution before it,
// if that one ends in the same or the sentence before, its speaker is an
// organization or a country, and no other such entity is mentioned in
// between: "The Israeli military said its jets struck a Hamas command
// center. It said it was looking into reports of civilian casualties."
// (Hamas, inside what the military said, is not in between.)
func (x *extractor) itSpeakers() {
	for i := range x.out {
		a := &x.out[i]
		if a.Speaker >= 0 || x.oneWord(a.Source) != "it" || !speechVerbs[x.words[x.tokenAfter(a.Cue.End)-1]] && !x.appealCue(a.Cue) {
			continue // "it shows", "it hopes": more often a thing than the speaker
		}
		p := x.previousSpoken(i, true)
		if p == nil || x.sentenceAt(a.Source.Start)-x.sentenceAt(p.End-1) > 1 {
			continue
		}
		if t := x.doc.Entities[p.Speaker].Type; t != sitrep.ORG && t != sitrep.GPE && !x.opensWithStatement(p.Source) && !x.bodyNamedAfter(p.Source) {
			continue // (but "The statement, signed by Defence Minister Salifou Mody, said … “…,” it added" is his)
		}
		other := x.anyMentionIn(p.End, a.Source.Start, func(m *sitrep.Mention) bool {
			// (Not one inside the quotation that "it" tags: "“The reaction
			// of our forces …,” it added"; nor the platform it was said on,
			// "in a statement on Facebook"; at inference only.)
			return (m.Type == sitrep.ORG || m.Type == sitrep.GPE) && m.Entity != p.Speaker && (x.record || !x.quotedMention(m) && !x.platformMention(m))
		})
		if !other {
			a.Speaker = p.Speaker
		}
	}
}

// bodyNamedAfter reports, at inference only, whether source sp ends with
// a name after a noun for a body, which the tagger may take for a
// person's: "Russia's aviation authority Rosaviatsia".
func (x *extractor) bodyNamedAfter(sp sitrep.Span) bool {
	if x.record || sp.IsEmpty() {
		return false
	}
	first, end := x.tokenAfter(sp.Start), x.tokenAfter(sp.End)
	j := end - 1
	for j > first && x.shapes[j] == shapeCap {
		j--
	}
	return j < end-1 && x.shapes[j] == shapeLow && (bodyNouns[x.words[j]] || genericOrgWords[x.words[j]])
}

// platformMention reports whether mention m follows "on" or "via", the
// platform or outlet something was said on rather than one who acts: "in a
// statement on Facebook", which the tagger may type a place.
func (x *extractor) platformMention(m *sitrep.Mention) bool {
	j := x.tokenAfter(m.Start) - 1
	return j >= 0 && (x.words[j] == "on" || x.words[j] == "via")
}

// previousSpoken returns the closest attribution before attribution i's
// source, in the same or the previous paragraph, that has a speaker; or
// nil. Attributions whose source names no entity are passed over, unless
// stopAtSource: then one with a stated source ("sources said") ends the
// search, since the pronoun may stand for it.
func (x *extractor) previousSpoken(i int, stopAtSource bool) *sitrep.Attribution {
	if k := x.previousSpokenIndex(i, stopAtSource); k >= 0 {
		return &x.out[k]
	}
	return nil
}

// previousSpokenIndex is previousSpoken's index in x.out, or -1.
func (x *extractor) previousSpokenIndex(i int, stopAtSource bool) int {
	a := &x.out[i]
	// Paragraphs are counted from where the attribution starts: a
	// quotation over several paragraphs is one turn ("…\n\n“…,” he wrote").
	para := x.paragraphAt(min(a.Start, a.Source.Start))
	for k := i - 1; k >= 0; k-- {
		p := &x.out[k]
		if p.End > a.Source.Start {
			continue // later in the text, or holding this one
		}
		if para-x.paragraphAt(p.End-1) > 1 {
			return -1
		}
		if x.heldBefore(k) {
			continue // nested speech: "… He said" goes on with the one who reported it
		}
		if p.Speaker >= 0 {
			return k
		}
		if stopAtSource && !p.Source.IsEmpty() {
			return -1
		}
	}
	return -1
}

// maxHolderScan bounds how many attributions before one heldBefore looks
// through for the content holding it: those of its sentence, in practice.
const maxHolderScan = 8

// heldBefore reports whether attribution k of x.out lies in the content of
// one of the few before it that has a speaker: nested speech ("Carson
// pointed out that the paper's Robert Costa had reported …"), whose
// speaker is not the one a later pronoun goes on with ("He said that the
// paper would …" is Carson). Held by no one known ("Top advisers said he
// had rejected the idea"), the nested speaker is the closest one named.
func (x *extractor) heldBefore(k int) bool {
	p := &x.out[k]
	for j := k - 1; j >= 0 && j >= k-maxHolderScan; j-- {
		if q := &x.out[j]; q.Speaker >= 0 && q.Content.Contains(p.Cue) && q.Content.Contains(p.Source) {
			return true
		}
	}
	return false
}

// pluralPronounSpeakers gives an attribution whose source is "they", left
// unresolved by the entity stage, the speakers of the closest attribution
// before it in the same or the previous paragraph that has a speaker, if
// that one has co-speakers and no other speaking entity is mentioned in
// between: "Russia and Syria denied the strike. They said the market was
// a rebel base." A single organization is not taken, though writers call
// one "they" too: "they" after "the army said" is as often the rebels.
func (x *extractor) pluralPronounSpeakers() {
	for i := range x.out {
		a := &x.out[i]
		if a.Speaker >= 0 || x.oneWord(a.Source) != "they" {
			continue
		}
		// "sources said. They said": they may be those sources.
		p := x.previousSpoken(i, true)
		if p != nil && len(p.CoSpeakers) > 0 && !x.otherSpeakerNamed(p, p.End, a.Source.Start) {
			a.Speaker, a.CoSpeakers = p.Speaker, slices.Clone(p.CoSpeakers)
			continue
		}
		if e := x.pluralNamedSubjectBefore(a.Source); e >= 0 {
			a.Speaker = e
		}
	}
}

// pluralName reports whether w, a name's last word in lower case, is in
// the plural: "houthis", "kurds", "taliban"; not "hamas", "press",
// "nations", "news".
func pluralName(w string) bool {
	if pluralNames[w] {
		return true
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || singularNames[w] {
		return false
	}
	switch w[len(w)-2] {
	case 's', 'u', 'a':
		return false
	}
	return true
}

// pluralNames are names in the plural without -s: "The Taliban say".
var pluralNames = wordSet(`taliban mujahideen`)

// singularNames end names in -s that stand for one body.
var singularNames = wordSet(`nations news times affairs services`)

// pluralNamedSubjectBefore returns, at inference only, the organization
// named in the plural that opens the subject of the sentence before the
// one that source sp, "They", opens, when no other group named in the
// plural stands between: "The Houthis, who seized Sanaa in 2014, launched
// more than 100 attacks on ships. They said …". The entity stage gives
// "they" only descriptions in the plural ("the rebels"); or -1.
func (x *extractor) pluralNamedSubjectBefore(sp sitrep.Span) int {
	if x.record {
		return -1
	}
	si := x.sentenceAt(sp.Start)
	if si < 1 || si >= len(x.doc.Sentences) || x.doc.Sentences[si].Tokens.Start != x.tokenAfter(sp.Start) {
		return -1
	}
	prev := x.doc.Sentences[si-1].Tokens
	sub := x.subject(prev.Start, prev.End)
	if sub.IsEmpty() {
		return -1
	}
	// The name opens the subject ("The Houthis"), not a phrase before it
	// ("Under the Taliban, women lost their jobs").
	m := x.nameOpening(x.tokenAfter(sub.Start))
	if m < 0 || x.doc.Mentions[m].End != sub.End || x.doc.Mentions[m].Type != sitrep.ORG {
		return -1
	}
	e := x.doc.Mentions[m].Entity
	if !pluralName(x.lastWordOf(x.doc.Entities[e].Name)) {
		return -1
	}
	// Another group in the plural could be "they"; places and single
	// persons could not.
	other := x.anyMentionIn(sub.End, sp.Start, func(m *sitrep.Mention) bool {
		return m.Entity != e && (m.Type == sitrep.ORG || m.Type == sitrep.PERSON || m.Type == sitrep.NORP) && strings.HasSuffix(x.text[m.Start:m.End], "s")
	})
	if other {
		return -1
	}
	return e
}

// theirBodySpeakers gives a source that is "their" and a noun for a
// body's own voice ("Their press service said", "their spokesman") the
// speaker of the attribution before it, when that is an organization
// named in the plural or several speakers: "…, regional emergency
// services told TASS. Their press service said …". The entity stage
// resolves "its" but not "their" to an organization. (At inference
// only.)
func (x *extractor) theirBodySpeakers() {
	if x.record {
		return
	}
	for i := range x.out {
		a := &x.out[i]
		if a.Source.IsEmpty() || a.Speaker >= 0 && !x.onlyHere(a.Speaker, a.Source) {
			continue
		}
		t, end := x.tokenAfter(a.Source.Start), x.tokenAfter(a.Source.End)
		if t+1 >= end || end-t > 3 || x.words[t] != "their" || !ownVoices[x.words[end-1]] {
			continue
		}
		p := x.previousSpoken(i, true)
		if p == nil || p.Speaker >= len(x.doc.Entities) {
			continue
		}
		if e := x.doc.Entities[p.Speaker]; len(p.CoSpeakers) > 0 || e.Type == sitrep.ORG && strings.HasSuffix(x.lastWordOf(e.Name), "s") {
			a.Speaker, a.CoSpeakers = p.Speaker, slices.Clone(p.CoSpeakers)
		}
	}
}

// ownVoices are the nouns for a body's own voice after a possessive.
var ownVoices = wordSet(`service office spokesman spokeswoman spokesperson spokespeople statement website lawyer lawyers`)

// lastWordOf returns the last word, in lower case, of mention m.
func (x *extractor) lastWordOf(m int) string {
	if m < 0 || m >= len(x.doc.Mentions) {
		return ""
	}
	return x.words[x.tokenAfter(x.doc.Mentions[m].End)-1]
}

// relayPronounSpeakers gives an "it" or "they" that the entity stage
// resolved to the outlet relaying the attribution before it the speaker
// of that attribution instead: "In a statement carried by SONNA, the
// Ministry of Internal Security … said … It said all five attackers had
// been eliminated." goes on with the ministry, whose words SONNA carried.
// (At inference only.)
func (x *extractor) relayPronounSpeakers() {
	if x.record {
		return
	}
	for i := range x.out {
		a := &x.out[i]
		if w := x.oneWord(a.Source); a.Speaker < 0 || w != "it" && w != "they" {
			continue
		}
		p := x.previousSpoken(i, true)
		if p == nil || p.Speaker == a.Speaker || len(p.Via) == 0 {
			continue
		}
		for _, v := range p.Via {
			if v.Entity == a.Speaker || x.speaksIn(a.Speaker, v.Span) {
				a.Speaker, a.CoSpeakers = p.Speaker, slices.Clone(p.CoSpeakers)
				break
			}
		}
	}
}

// toldOutletSpeakers gives a source of "the" and an outlet's noun ("the
// newspaper reported") the hearer told before it in its sentence: "A
// government source told the Yomiuri Shimbun that …, the newspaper
// reported." is the Yomiuri's report, though the tagger took the name
// for a person's and the actor dictionary lacks it. (At inference only.)
func (x *extractor) toldOutletSpeakers() {
	if x.record {
		return
	}
	for i := range x.out {
		a := &x.out[i]
		if noun := x.definiteNoun(a.Source); !outletNouns[noun] || a.Speaker >= 0 && !x.onlyHere(a.Speaker, a.Source) {
			continue
		}
		si := x.sentenceAt(a.Source.Start)
		// A sentence's attributions stand together in x.out: look back
		// from this one while they are of its sentence.
		for j := i - 1; j >= 0 && x.sentenceAt(x.out[j].Cue.Start) == si; j-- {
			p := &x.out[j]
			c := x.tokenAfter(p.Cue.End) - 1
			if p.Cue.End > a.Source.Start || c < 0 || x.words[c] != "told" && x.words[c] != "tells" {
				continue
			}
			hearer := x.span(c+1, x.hearerEnd(c+1, x.doc.Sentences[si].Tokens.End))
			if e := x.entityIn(hearer); e >= 0 && !x.publishes(e) {
				a.Speaker = e
			}
			break
		}
	}
}

// subjectPronounSpeakers gives a "he" or "she" that opens its sentence
// and its attribution, and that the entity stage resolved to a person
// named in the content of the attribution just before, the speaker of
// that attribution instead, when that one is a person who opens the
// sentence before: "Dale Kowalski accused Brennan of “putting politics
// ahead …” He told reporters that …" goes on with Kowalski. A subject
// pronoun keeps to the subject before it, not to its object. (At
// inference only.)
func (x *extractor) subjectPronounSpeakers() {
	if x.record {
		return
	}
	for i := 1; i < len(x.out); i++ {
		a, p := &x.out[i], &x.out[i-1]
		pronoun := x.personPronoun(a.Source)
		if pronoun != "he" && pronoun != "she" || a.Speaker < 0 || p.Speaker < 0 || p.Speaker == a.Speaker || p.Speaker >= len(x.doc.Entities) {
			continue
		}
		si := x.sentenceAt(a.Source.Start)
		if si < 1 || si >= len(x.doc.Sentences) || x.tokenAfter(a.Source.Start) != x.doc.Sentences[si].Tokens.Start || x.sentenceAt(p.Source.Start) != si-1 ||
			x.tokenAfter(p.Source.Start) != x.doc.Sentences[si-1].Tokens.Start || p.Content.End > a.Source.Start {
			continue
		}
		if x.doc.Entities[p.Speaker].Type != sitrep.PERSON || x.pluralDescription(p.Speaker) || !x.sameGender(p.Speaker, pronoun == "she") ||
			!x.mentionedIn(a.Speaker, p.Content) || x.mentionedIn(a.Speaker, p.Source) {
			continue
		}
		a.Speaker = p.Speaker
	}
}

// mentionedIn reports whether entity e has a mention inside span sp.
func (x *extractor) mentionedIn(e int, sp sitrep.Span) bool {
	return x.anyMentionIn(sp.Start, sp.End, func(m *sitrep.Mention) bool { return m.Entity == e && m.End <= sp.End })
}

// definiteSpeakerReach is how many paragraphs back definiteSpeakers looks.
const definiteSpeakerReach = 2

// definiteSpeakers gives a source that is a bare definite description of
// people ("The sources", "the officials") and no speaker the speaker of
// the nearest earlier attribution, within definiteSpeakerReach
// paragraphs, whose source ends with the same noun: "Turkish diplomatic
// sources told Anadolu … The sources rejected the claims". The entity
// stage keeps such descriptions apart ("sources" are new each time),
// but "the" before a noun that a source has just been refers back.
func (x *extractor) definiteSpeakers() {
	for i := range x.out {
		a := &x.out[i]
		if a.Source.IsEmpty() || a.Speaker >= 0 && !x.onlyHere(a.Speaker, a.Source) {
			continue
		}
		noun := x.definiteNoun(a.Source)
		if !speakerNouns[noun] {
			continue
		}
		para := x.paragraphAt(a.Source.Start)
		for j := i - 1; j >= 0; j-- {
			p := &x.out[j]
			if p.Source.IsEmpty() || p.Source.End > a.Source.Start {
				continue
			}
			if para-x.paragraphAt(p.Source.Start) > definiteSpeakerReach {
				break
			}
			if last := x.tokenAfter(p.Source.End) - 1; last >= 0 && x.words[last] == noun && p.Speaker >= 0 {
				a.Speaker, a.CoSpeakers = p.Speaker, slices.Clone(p.CoSpeakers)
				break
			}
		}
	}
}

// onlyHere reports, at inference only, whether entity e is mentioned
// nowhere but in span sp: the entity stage made the description "the
// official" an entity of its own ("official" is new each time), which
// definiteSpeakers may join to the one it refers back to.
func (x *extractor) onlyHere(e int, sp sitrep.Span) bool {
	if x.record || e < 0 || e >= len(x.doc.Entities) {
		return false
	}
	for _, k := range x.doc.Entities[e].Mentions {
		if k < 0 || k >= len(x.doc.Mentions) || !sp.Contains(x.doc.Mentions[k].Span) {
			return false
		}
	}
	return true
}

// namedBodySpeakers gives a source that is "the" and a noun ("the
// network", "the agency") and no speaker the organization named last
// before it, within maxBodyBytes, whose name ends with that noun: "The
// Sudan Doctors Network … said. … “…,” the network said". The entity
// stage resolves such descriptions only for the nouns its lexicon knows.
// (At inference only.)
func (x *extractor) namedBodySpeakers() {
	if x.record {
		return
	}
	ms := x.doc.Mentions
	for i := range x.out {
		a := &x.out[i]
		if a.Source.IsEmpty() || a.Speaker >= 0 && !x.onlyHere(a.Speaker, a.Source) {
			continue
		}
		noun := x.definiteNoun(a.Source)
		if !bodyHeads[noun] {
			continue
		}
		for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= a.Source.Start }) - 1; k >= 0 && a.Source.Start-ms[k].End < maxBodyBytes; k-- {
			m := ms[k]
			if m.Kind != sitrep.MentionName || m.Type != sitrep.ORG || m.Entity < 0 || m.Entity >= len(x.doc.Entities) {
				continue
			}
			if last := x.tokenAfter(m.End) - 1; last > x.tokenAfter(m.Start) && x.words[last] == noun {
				a.Speaker = m.Entity
				break
			}
		}
		if a.Speaker < 0 && (noun == "company" || noun == "firm") {
			if a.Speaker = x.lastBodySpeaker(i); a.Speaker < 0 {
				a.Speaker = x.lastBusinessNamed(a.Source.Start)
			}
		}
	}
}

// lastBusinessNamed returns the entity of the organization named last
// before byte offset at, within maxBodyBytes, when its name ends with a
// company's word ("Halvorsen Energy, a Danish wind developer, halted
// work … The company said"); or -1. A speaking body named after it
// ("Police said …") comes between and refers the noun elsewhere.
func (x *extractor) lastBusinessNamed(at int) int {
	ms := x.doc.Mentions
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= at }) - 1; k >= 0 && at-ms[k].End < maxBodyBytes; k-- {
		m := ms[k]
		if m.Kind != sitrep.MentionName || m.Type != sitrep.ORG || m.Entity < 0 || m.Entity >= len(x.doc.Entities) {
			continue
		}
		if x.businessName(k) {
			return m.Entity
		}
		return -1
	}
	return -1
}

// businessSource reports whether p's speaker is plainly a business: its
// name ends with a company's word ("Aegean Bulk Management", "Maersk
// Line", "Acme Corp"), or p's source describes it as one ("The ship's
// manager, …", "the operator, …").
func (x *extractor) businessSource(p *sitrep.Attribution) bool {
	return x.businessName(x.doc.Entities[p.Speaker].Name) || x.anyTokenIn(p.Source.Start, p.Source.End, func(j int) bool { return businessNouns[x.words[j]] })
}

// businessName reports whether mention m is a name of two words or more
// that ends with a company's word: "Aegean Bulk Management", "Acme
// Corp.".
func (x *extractor) businessName(m int) bool {
	if m < 0 || m >= len(x.doc.Mentions) {
		return false
	}
	return x.tokenAfter(x.doc.Mentions[m].End)-1 > x.tokenAfter(x.doc.Mentions[m].Start) && businessNames[strings.TrimSuffix(x.lastWordOf(m), ".")]
}

// businessNames end the names of companies.
var businessNames = wordSet(`inc corp corporation co company ltd llc plc ag sa gmbh nv bv group holdings management shipping line lines airlines airways motors energy oil petroleum gas bank capital partners technologies systems industries pharmaceuticals`)

// businessNouns describe a company in a source's apposition.
var businessNouns = wordSet(`company firm manager operator owner maker producer carrier airline shipper contractor insurer lender developer manufacturer retailer supplier`)

// lastBodySpeaker returns the speaker of the nearest attribution before
// x.out[i], within definiteSpeakerReach paragraphs, when it is an
// organization and no other organization is named between its source
// and x.out[i]'s: "The ship's manager, Aegean Bulk Management, said …
// “…,” the company said." A company's name seldom ends with "company".
// Else it returns -1.
func (x *extractor) lastBodySpeaker(i int) int {
	a := &x.out[i]
	para := x.paragraphAt(a.Source.Start)
	for j := i - 1; j >= 0; j-- {
		p := &x.out[j]
		if p.Source.IsEmpty() || p.Source.End > a.Source.Start {
			continue
		}
		if para-x.paragraphAt(p.Source.Start) > definiteSpeakerReach || p.Speaker < 0 || p.Speaker >= len(x.doc.Entities) {
			return -1
		}
		if x.doc.Entities[p.Speaker].Type != sitrep.ORG || !x.businessSource(p) {
			return -1 // "The Houthis said … the company said": another body
		}
		other := x.anyMentionIn(p.Source.End, a.Source.Start, func(m *sitrep.Mention) bool {
			return m.Type == sitrep.ORG && m.Kind == sitrep.MentionName && m.Entity != p.Speaker
		})
		if other {
			return -1
		}
		return p.Speaker
	}
	return -1
}

// bodyHeads are the nouns that end an organization's name and refer back
// to it after "the": not "the post" after a headline, nor "the movie".
var bodyHeads = wordSet(`network agency fund union department foundation authority service council committee commission office ministry
	group organization organisation institute center centre observatory mission coalition alliance federation association
	company firm bank court board bureau party movement front brigade brigades battalion army police poll`)

// maxBodyBytes bounds how far back namedBodySpeakers looks.
const maxBodyBytes = 3000

// definiteNoun returns the noun of source sp when sp is "the" and a noun
// in lower case ("The sources", "the network"), or "".
func (x *extractor) definiteNoun(sp sitrep.Span) string {
	t := x.tokenAfter(sp.Start)
	if sp.IsEmpty() || t+2 != x.tokenAfter(sp.End) || x.words[t] != "the" || x.shapes[t+1] != shapeLow {
		return ""
	}
	return x.words[t+1]
}

// speakerNouns are the plain nouns for unnamed speakers that a bare "the"
// refers back with.
var speakerNouns = wordSet(`source sources official officials witness witnesses resident residents spokesman spokeswoman spokesperson diplomat diplomats`)

// oneWord returns the word (in lower case) of span sp if sp is one token,
// or "".
func (x *extractor) oneWord(sp sitrep.Span) string {
	t := x.tokenAfter(sp.Start)
	if sp.IsEmpty() || t >= len(x.toks) || x.toks[t].Span != sp {
		return ""
	}
	return x.words[t]
}

// otherSpeakerNamed reports whether an entity that can speak, other than
// the speakers of attribution p, is mentioned between byte offsets from
// and to.
func (x *extractor) otherSpeakerNamed(p *sitrep.Attribution, from, to int) bool {
	return x.anyMentionIn(from, to, func(m *sitrep.Mention) bool {
		return speaks(m.Type) && m.Entity != p.Speaker && !slices.Contains(p.CoSpeakers, m.Entity)
	})
}

// personPronoun returns "he" or "she" if sp is that one token, or "".
func (x *extractor) personPronoun(sp sitrep.Span) string {
	if w := x.oneWord(sp); w == "he" || w == "she" {
		return w
	}
	return ""
}

// quotedPronoun returns "him" or "her" if sp is that one token, the object
// of a quoting verb ("quoted him as saying"), or "".
func (x *extractor) quotedPronoun(sp sitrep.Span) string {
	if w := x.oneWord(sp); (w == "him" || w == "her") && x.tokenAfter(sp.Start) > 0 && quotingVerbs[x.words[x.tokenAfter(sp.Start)-1]] {
		return w
	}
	return ""
}

// viaEntity reports whether entity e relays a.
func (x *extractor) viaEntity(a *sitrep.Attribution, e int) bool {
	for _, v := range a.Via {
		if v.Entity == e && e >= 0 {
			return true
		}
	}
	return false
}

// otherGender reports whether entity e is referred to elsewhere by a
// pronoun of the other gender than "she" (female) or "he" ("She" is not
// the Bill Clinton whom "he" refers to).
func (x *extractor) otherGender(e int, female bool) bool {
	// An entity's pronouns are looked at once: a long text has entities
	// of thousands of mentions, and as many pronouns to resolve.
	if len(x.genders) != len(x.doc.Entities) {
		x.genders = slices.Grow(x.genders[:0], len(x.doc.Entities))[:len(x.doc.Entities)]
		clear(x.genders)
	}
	g := &x.genders[e]
	if *g&gendersKnown == 0 {
		*g = gendersKnown
		for _, mi := range x.doc.Entities[e].Mentions {
			m := x.doc.Mentions[mi]
			if m.Kind != sitrep.MentionPronoun {
				continue
			}
			switch strings.ToLower(x.text[m.Start:m.End]) {
			case "he", "him", "his", "himself":
				*g |= gendersMale
			case "she", "her", "hers", "herself":
				*g |= gendersFemale
			}
		}
	}
	if female {
		return *g&gendersMale != 0
	}
	return *g&gendersFemale != 0
}

// sameGender reports whether entity e is known to be of the gender of
// the pronoun, female or not: a pronoun of that gender stands for it
// somewhere, and none of the other.
func (x *extractor) sameGender(e int, female bool) bool {
	if x.otherGender(e, female) {
		return false
	}
	return x.otherGender(e, !female)
}

// pronounGenders records which gendered pronouns an entity's mentions
// include.
type pronounGenders uint8

const (
	gendersKnown pronounGenders = 1 << iota // the mentions have been looked at
	gendersMale
	gendersFemale
)

// pluralDescription reports whether entity e is named by a description
// in the plural ("prosecutors", "local officials"): no "he".
func (x *extractor) pluralDescription(e int) bool {
	n := x.doc.Entities[e].Name
	if n < 0 || n >= len(x.doc.Mentions) || x.doc.Mentions[n].Kind != sitrep.MentionNominal {
		return false
	}
	j := x.tokenAfter(x.doc.Mentions[n].End) - 1
	return j >= 0 && x.shapes[j] == shapeLow && pluralNoun(x.words[j])
}

// otherPersonNamed reports whether a person other than entity e is named
// between byte offsets from and to. A description does not count: "the
// gunman", "prosecutors" or "the former governor" between a speaker and
// "he" is most often the one spoken of, or the speaker again, not a new
// speaker.
func (x *extractor) otherPersonNamed(e, from, to int) bool {
	return x.anyMentionIn(from, to, func(m *sitrep.Mention) bool {
		// (Not one a quotation addresses: "“… 'Mama, will they burn
		// the house too?' …,” she told AFP"; at inference only.)
		return m.Type == sitrep.PERSON && m.Entity != e && m.Kind == sitrep.MentionName && (x.record || !x.quotedMention(m))
	})
}

// namedOnlyInQuotations reports, at inference only, whether every named
// mention of entity e lies inside a quotation: a name the quoted speaker
// used ("'Mama, will they …?'"), which a pronoun outside it does not
// refer to.
func (x *extractor) namedOnlyInQuotations(e int) bool {
	if x.record || e < 0 || e >= len(x.doc.Entities) {
		return false
	}
	named := false
	for _, mi := range x.doc.Entities[e].Mentions {
		if mi < 0 || mi >= len(x.doc.Mentions) {
			continue
		}
		m := &x.doc.Mentions[mi]
		if m.Kind != sitrep.MentionName {
			continue
		}
		if !x.quotedMention(m) {
			return false
		}
		named = true
	}
	return named
}

// orphanQuotations adds an attribution for each quotation long enough to
// be speech that no attribution covers, or of a sentence of its own after
// an attribution ("“…,” he said. “This is terror.”"). Such a quotation
// continues the
// closest attribution before it in the same or the previous paragraph, as
// a quoted paragraph that follows its introduction does ("“…,” she said.
// “…”"): it takes that attribution's source, cue, speaker and relays.
func (x *extractor) orphanQuotations() {
	if len(x.quotes) == 0 {
		return
	}
	n := len(x.out)
	// Mark the tokens inside some attribution: count starts and ends, then
	// sum, so that long spans cost no more than short ones.
	depth := slices.Grow(x.depth[:0], len(x.toks)+1)[:len(x.toks)+1]
	clear(depth)
	ends := slices.Grow(x.ends[:0], n) // indexes of out, by End
	for i := range x.out[:n] {
		a := &x.out[i] // not a copy of the large struct
		depth[x.tokenAfter(a.Start)]++
		depth[x.tokenAfter(a.End)]--
		ends = append(ends, i)
	}
	covered := slices.Grow(x.covered[:0], len(x.toks))[:len(x.toks)]
	x.depth, x.ends, x.covered = depth, ends, covered
	var d int32
	for t := range x.toks {
		d += depth[t]
		covered[t] = d > 0
	}
	sort.Slice(ends, func(i, j int) bool { return x.out[ends[i]].End < x.out[ends[j]].End })
	for _, q := range x.quotes {
		if x.anyCovered(covered, q.Span) {
			continue
		}
		if t := x.longTag(q.Span, n); t >= 0 {
			// "“…,” a resident who declined to be named for safety
			// reasons told Reuters.": the tag's verb, read with the
			// relative clause's last words as its source and the hearer
			// as its content, speaks the quotation.
			x.tagQuotation(&x.out[t], q.Span)
			continue
		}
		// The attribution that ends last before the quotation.
		k := sort.Search(len(ends), func(k int) bool { return x.out[ends[k]].End > q.Start }) - 1
		n := x.wordsIn(q.Span)
		short := n < minOrphanWords
		if short && k >= 0 && x.resumesAfterTag(x.out[ends[k]], q.Span) {
			// "“We will rebuild,” he said, “but we need help.”": the
			// quotation the speech tag splits goes on, however short.
			short = false
		}
		if short && (n < 2 || !x.wholeSentences(q.Span)) {
			continue
		}
		a := sitrep.Attribution{Span: q.Span, Content: q.Span, Direct: true, Speaker: -1, Stance: sitrep.StanceAssert}
		if k >= 0 {
			p := x.out[ends[k]]
			if x.paragraphAt(q.Start)-x.paragraphAt(p.End-1) <= 1 {
				// The source and cue are the evidence of its speaker:
				// PARC's one attribution, with a content in pieces.
				a.Source, a.Cue, a.Speaker = p.Source, p.Cue, p.Speaker
				a.CoSpeakers, a.Via = slices.Clone(p.CoSpeakers), slices.Clone(p.Via)
				a.Span = a.Span.Union(a.Source).Union(a.Cue)
			}
		}
		if short && (a.Cue.IsEmpty() || !x.endsParagraph(q.End) || x.paragraphAt(q.Start) != x.paragraphAt(a.Cue.Start)) {
			// "We stand.": a short quotation speaks only after a speaker
			// in its paragraph, and only as its last words: not a victim's
			// "“They were children.” Ahmed Hassan said …" after the army's
			// paragraph, nor a slogan that the next sentence explains.
			continue
		}
		x.out = append(x.out, a)
	}
}

// longTag returns the index among x.out[:n] of the attribution whose
// verb of speech tags quotation q from after it in the same sentence,
// over a source too long for speechTag: a description and a relative
// clause ("a resident who declined to be named for safety reasons told
// Reuters"). The quotation must end in a comma, the source open with an
// article right after it, hold "who", and the attribution's content be
// no quotation. It returns -1 if there is none.
func (x *extractor) longTag(q sitrep.Span, n int) int {
	e := x.tokenAfter(q.End)
	if e >= len(x.toks) || !strings.HasSuffix(strings.TrimRight(x.text[q.Start:q.End], "”\"’'"), ",") || !articles[x.words[e]] {
		return -1
	}
	si := x.sentenceAt(q.Start)
	if si >= len(x.doc.Sentences) || x.doc.Sentences[si].Span.End < x.toks[e].End {
		return -1
	}
	end := x.doc.Sentences[si].Tokens.End
	w := -1
	for j := e + 1; j < end && j <= e+3*maxNP; j++ {
		if x.isWho(j) {
			w = j
			break
		}
		if isPunct(x.words[j]) || x.quoteOf[j] >= 0 {
			return -1
		}
	}
	if w < 0 {
		return -1
	}
	for i := range x.out[:n] {
		a := &x.out[i]
		c := x.tokenAfter(a.Cue.Start)
		if a.Cue.IsEmpty() || c <= w || c >= end || a.Direct || a.Content.Start < a.Cue.End || !x.speechVerb(c) {
			continue
		}
		if !x.plainRun(w+1, c) {
			return -1
		}
		return i
	}
	return -1
}

// tagQuotation makes quotation q the content of a, a long speech tag
// after it (see longTag), whose source is the description before the
// relative clause.
func (x *extractor) tagQuotation(a *sitrep.Attribution, q sitrep.Span) {
	e := x.tokenAfter(q.End)
	w := e
	for !x.isWho(w) {
		w++
	}
	a.Source = x.trimSpan(e, w)
	a.Speaker = x.entityIn(a.Source)
	a.Content, a.Direct = q, true
	a.Span = a.Span.Union(q).Union(a.Source)
	if si := x.sentenceAt(a.Cue.Start); si < len(x.doc.Sentences) {
		x.mediaHearer(a, x.doc.Sentences[si].Tokens.End) // "told Reuters", now no content
	}
}

// resumesAfterTag reports whether quotation q resumes the direct speech of
// p after its speech tag and a comma: "“…,” he said, “but we need help.”"
func (x *extractor) resumesAfterTag(p sitrep.Attribution, q sitrep.Span) bool {
	if !p.Direct || p.Content.End > p.Cue.Start || p.End > q.Start {
		return false // the quotation before the tag, which then ends p
	}
	between := strings.TrimSpace(x.text[p.End:q.Start])
	return between == ","
}

// endsParagraph reports whether only white space stands between byte
// offset end and the end of its paragraph.
func (x *extractor) endsParagraph(end int) bool {
	for ; end < len(x.text); end++ {
		switch x.text[end] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// wholeSentences reports whether sp starts a sentence and ends one: a
// short quotation standing as a sentence of its own ("“This is
// terror.”") is speech, where one inside a sentence may be a scare quote.
func (x *extractor) wholeSentences(sp sitrep.Span) bool {
	ss := x.doc.Sentences
	first, last := x.sentenceAt(sp.Start), x.sentenceAt(sp.End-1)
	if first >= len(ss) || last >= len(ss) || ss[first].Start != sp.Start {
		return false
	}
	return trimRight(x.text, ss[last].End) == sp.End
}

// anyCovered reports whether a token inside sp is marked in covered.
func (x *extractor) anyCovered(covered []bool, sp sitrep.Span) bool {
	for t := x.tokenAfter(sp.Start); t < len(x.toks) && x.toks[t].Start < sp.End; t++ {
		if covered[t] {
			return true
		}
	}
	return false
}

// sentenceAt returns the index of the sentence holding byte offset off.
func (x *extractor) sentenceAt(off int) int {
	ss := x.doc.Sentences
	return sort.Search(len(ss), func(i int) bool { return ss[i].End > off })
}

// paragraphAt returns the paragraph of the sentence holding byte offset off.
func (x *extractor) paragraphAt(off int) int {
	ss := x.doc.Sentences
	i := x.sentenceAt(off)
	if i >= len(ss) {
		if len(ss) == 0 {
			return 0
		}
		return ss[len(ss)-1].Paragraph
	}
	return ss[i].Paragraph
}

// wordsIn counts the word tokens inside sp.
func (x *extractor) wordsIn(sp sitrep.Span) int {
	n := 0
	for i := x.tokenAfter(sp.Start); i < len(x.toks) && x.toks[i].End <= sp.End; i++ {
		if x.toks[i].Kind == sitrep.TokenWord {
			n++
		}
	}
	return n
}
