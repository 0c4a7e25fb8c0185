package event

import (
	"slices"
	"sort"
	"strings"
	"unsafe"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
)

// A candidate is an event found in one sentence, or several merged.
type candidate struct {
	sentence  int
	tok       int // first token of the first trigger
	category  sitrep.Category
	mode      string
	modality  sitrep.Modality
	asserted  bool // some evidence asserts it
	actor     sitrep.Argument
	target    sitrep.Argument
	place     int
	date      sitrep.SentenceDate
	dead      int
	injured   int
	figures   []int
	sources   []int
	claims    []sitrep.Claim
	evidence  []sitrep.Span
	accusedBy int // index into the sentence's occurrences of an accusation of this event; -1 if none
	last      int // Start of the latest evidence, for merging
}

// noArg is an unknown actor or target.
var noArg = sitrep.Argument{Mention: -1, Entity: -1}

// group turns a sentence's occurrences into candidates: triggers of one
// category and modality in one sentence describe one event, with the most
// specific of their modes.
func (a *annotator) group(sc *sentenceCtx, found []*candidate) []*candidate {
	// The slices are the annotator's, reused from sentence to sentence.
	here := a.here[:0]
	occOf := a.occOf[:0] // candidate index of each occurrence, -1 if absorbed
	need := a.need[:0]   // how many spans of evidence each candidate has
	defer func() { a.here, a.occOf, a.need = here[:0], occOf[:0], need[:0] }()
	for k := range sc.occ {
		o := &sc.occ[k]
		if o.absorbed {
			occOf = append(occOf, -1)
			continue
		}
		cm, haveCM := "", false // the cues' mode, asked once
		if o.category == sitrep.ASSAULT && o.e.verb && strings.HasPrefix(a.words[o.start], "attack") {
			cm, haveCM = a.cueMode(sc, o.category, o.start, o.end), true
			if a.verbalAttack(sc, o, cm) {
				o.category, o.mode = sitrep.ACCUSE, "disapprove"
			}
		}
		if (o.mode == "" || o.category == sitrep.ASSAULT) && !haveCM {
			cm, haveCM = a.cueMode(sc, o.category, o.start, o.end), true
		}
		if o.mode == "" || o.category == sitrep.ASSAULT {
			o.mode = betterMode(o.category, o.mode, cm)
		}
		if o.category == sitrep.ASSAULT || o.category == sitrep.THREATEN || o.category == sitrep.REQUEST || o.category == sitrep.REJECT {
			if o.mode == "" {
				if !haveCM {
					cm = a.cueMode(sc, o.category, o.start, o.end)
				}
				o.mode = cm
			}
		}
		if denied := a.deniedBy(o); denied >= 0 {
			if a.standingDenial(denied) {
				// "The Kremlin has repeatedly denied targeting
				// civilians": a position, no act of this report.
				occOf = append(occOf, -1)
				continue
			}
			o.modality = sitrep.Denied
		}
		joined := -1
		for ci, c := range here {
			if c.category == o.category && c.modality == o.modality {
				joined = ci
				break
			}
		}
		if joined < 0 {
			c := a.newCandidate()
			*c = candidate{
				sentence: sc.index, tok: o.start, category: o.category, mode: o.mode,
				modality: o.modality, asserted: o.modality == sitrep.Asserted,
				actor: noArg, target: noArg, place: -1, dead: -1, injured: -1, accusedBy: -1,
			}
			here = append(here, c)
			need = append(need, 0)
			joined = len(here) - 1
		}
		c := here[joined]
		c.mode = betterMode(c.category, c.mode, o.mode)
		// Count the evidence here and add it below, in one piece of memory
		// for the sentence.
		need[joined]++
		if o.head >= 0 && !o.obligation {
			need[joined]++
		}
		occOf = append(occOf, joined)
	}
	if len(here) == 0 {
		return found
	}
	n := 0
	for _, k := range need {
		n += k
	}
	spans := a.spans(n)
	for ci, c := range here {
		c.evidence, spans = spans[:0:need[ci]], spans[need[ci]:]
	}
	for k, ci := range occOf {
		if ci < 0 {
			continue
		}
		c, o := here[ci], &sc.occ[k]
		c.evidence = append(c.evidence, a.span(o.start, o.end))
		if o.head >= 0 && !o.obligation {
			c.evidence = append(c.evidence, a.span(o.head, o.head+1)) // "lifted" of "lifted the curfew"
		}
	}
	// Arguments, from the first trigger that yields each.
	a.done = slices.Grow(a.done[:0], 2*len(here))[:2*len(here)]
	clear(a.done)
	actorDone, targetDone := a.done[:len(here):len(here)], a.done[len(here):]
	for k, ci := range occOf {
		if ci < 0 {
			continue
		}
		c, o := here[ci], &sc.occ[k]
		if !actorDone[ci] {
			c.actor, actorDone[ci] = a.actorOf(sc, o)
		}
		if !targetDone[ci] {
			c.target, targetDone[ci] = a.targetOf(sc, o, c.actor)
		}
	}
	// A promise or threat with no target of its own is directed at the
	// target of its content ("offered to hand over to Britain", "threatened
	// to attack Israel"); a request or refusal at whoever is to act
	// ("demanded that the government end curbs").
	for k := range sc.occ {
		g := sc.occ[k].gov
		if g < 0 || g >= len(occOf) || occOf[g] < 0 || targetDone[occOf[g]] {
			continue
		}
		c := here[occOf[g]]
		var arg sitrep.Argument
		var ok bool
		switch c.category {
		case sitrep.REQUEST, sitrep.REJECT:
			arg, ok = a.actorOf(sc, &sc.occ[k])
			ok = ok && arg.Mention >= 0 && a.mentionTok[arg.Mention].start >= sc.occ[g].end
		default:
			arg, ok = a.targetOf(sc, &sc.occ[k], c.actor)
		}
		if ok && arg.Entity >= 0 && arg.Entity != c.actor.Entity {
			c.target, targetDone[occOf[g]] = arg, true
		}
	}
	date := sitrep.SentenceDate{Time: -1}
	if len(a.doc.SentenceDates) == len(a.doc.Sentences) {
		date = a.doc.SentenceDates[sc.index]
	}
	// An attack by police or troops in the sentence of a protest: the
	// dead and wounded are the crackdown's.
	assaulted := slices.ContainsFunc(here, func(c *candidate) bool {
		if c.category != sitrep.ASSAULT || c.actor.Mention < 0 {
			return false
		}
		s := actor.SectorOf(a.code(c.actor.Mention))
		return s == "COP" || s == "MIL"
	})
	for ci, c := range here {
		c.date = date
		first := firstOcc(occOf, ci)
		o := &sc.occ[first]
		c.place = a.placeOf(sc, o, c)
		a.figuresOf(sc, c, assaulted)
		a.sourcesAndClaims(sc, occOf, ci, c)
		c.last = c.evidence[0].Start
	}
	a.accusations(sc, occOf, here)
	return append(found, here...)
}

// newCandidate returns a candidate from the annotator's memory, which
// later documents reuse: a document's events hold copies of its
// candidates' fields, not the candidates.
func (a *annotator) newCandidate() *candidate {
	if len(a.slab) == cap(a.slab) {
		// The candidates taken so far stay in the old array.
		a.slab = make([]candidate, 0, max(32, 2*cap(a.slab)))
	}
	a.slab = a.slab[:len(a.slab)+1]
	return &a.slab[len(a.slab)-1]
}

// spans returns n spans of memory for evidence, taken from a larger piece
// so that a document's events share few allocations. The events keep
// it, so it is never reused for another document.
func (a *annotator) spans(n int) []sitrep.Span { return take(&a.spanMem, n) }

// take returns n elements of *mem, a piece of memory from which a
// document's candidates take their lists, so that they share few
// allocations; a new piece when *mem has no room. The events keep the
// lists, so a piece is never reused for another document.
func take[T any](mem *[]T, n int) []T {
	m := *mem
	if cap(m)-len(m) < n {
		var elem T
		m = make([]T, 0, max(n, pieceBytes/int(unsafe.Sizeof(elem))))
	}
	*mem = m[:len(m)+n]
	return m[len(m) : len(m)+n : len(m)+n]
}

// pieceBytes is the size of a piece of memory that take allocates,
// unless more is asked: room for the lists of a few events.
const pieceBytes = 512

// grow returns list with room for n more elements, moved to a larger
// piece of *mem (see take) if it has none.
func grow[T any](mem *[]T, list []T, n int) []T {
	if len(list)+n <= cap(list) {
		return list
	}
	// Twice the room, as append gives: a list may grow again.
	return append(take(mem, 2*len(list)+n)[:0], list...)
}

// keep returns a copy of list, or nil if it is empty, in memory that the
// document's candidates share (as spans does): the rules build a
// candidate's lists in a.scratch, so that it costs no allocation of its
// own.
func (a *annotator) keep(list []int) []int {
	if len(list) == 0 {
		return nil
	}
	s := take(&a.intMem, len(list))
	copy(s, list)
	return s
}

func firstOcc(occOf []int, ci int) int {
	for k, c := range occOf {
		if c == ci {
			return k
		}
	}
	return 0
}

// mentionsIn returns the top-level mentions overlapping tokens [i, j), a
// slice of a.topMention that the caller must not modify: they are
// consecutive there, so no list need be built.
func (a *annotator) mentionsIn(i, j int) []int {
	k := 0
	switch {
	case i >= len(a.topAfter):
		k = len(a.topMention)
	case i >= 0:
		k = a.topAfter[i]
	}
	end := k
	for end < len(a.topMention) && a.mentionTok[a.topMention[end]].start < j {
		end++
	}
	return a.topMention[k:end:end]
}

// usable reports whether mention m can be an actor or target: a person,
// organization, place or group, not an unresolved pronoun, not in the
// dateline ("BEIRUT, March 12 (Reuters) -").
func (a *annotator) usable(m int) bool {
	men := a.doc.Mentions[m]
	if !actorType(men.Type) || men.Kind == sitrep.MentionPronoun && men.Entity < 0 {
		return false
	}
	dl := a.doc.Meta.Dateline.Span
	return dl.IsEmpty() || !dl.Overlaps(men.Span)
}

// possessive reports whether mention m is a possessive pronoun ("our",
// "their"), which names the owner of what follows, not a participant.
func (a *annotator) possessive(m int) bool {
	men := a.doc.Mentions[m]
	if men.Kind != sitrep.MentionPronoun {
		return false
	}
	switch strings.ToLower(a.doc.Text[men.Start:men.End]) {
	case "our", "their", "his", "her", "its", "my", "your":
		return true
	}
	return false
}

// actorType reports whether a mention can be an actor or target.
func actorType(t sitrep.EntityType) bool {
	switch t {
	case sitrep.PERSON, sitrep.ORG, sitrep.GPE, sitrep.NORP:
		return true
	}
	return false
}

// argument returns the Argument for mention m, its span widened over a
// nationality or place right before it. A first-person pronoun inside a
// direct quotation is the quotation's speaker.
func (a *annotator) argument(m int) sitrep.Argument {
	men := a.doc.Mentions[m]
	arg := sitrep.Argument{Span: men.Span, Mention: m, Entity: men.Entity}
	// The span names the whole phrase: "Syrian" + "Foreign Ministry",
	// "Poland's parliament", "Israeli intelligence officials".
	if r := a.mentionTok[m]; r.start > 0 {
		j := r.start
		if j-1 >= 0 && a.words[j-1] == "'s" {
			j--
		} else {
			for n := 0; n < 2 && j-1 >= 0 && a.is(j-1, lTitle); n++ {
				j--
			}
		}
		for _, p := range a.mentionsIn(max(0, j-1), j) {
			pm := a.doc.Mentions[p]
			if a.mentionTok[p].end == j && pm.Kind == sitrep.MentionName && (pm.Type == sitrep.NORP || pm.Type == sitrep.GPE) {
				arg.Span.Start = pm.Start
			}
		}
	}
	if men.Kind == sitrep.MentionPronoun {
		switch a.words[a.mentionTok[m].start] {
		case "we", "i", "us", "our":
			for _, ai := range a.attrsAt(men.Start) {
				at := &a.doc.Attributions[ai]
				if at.Direct && at.Content.Contains(men.Span) && at.Speaker >= 0 {
					arg.Entity = at.Speaker
				}
			}
		}
	}
	return arg
}

// speakerArg returns the speaker of the attribution whose content holds
// token i, as an argument over its source's mention.
func (a *annotator) speakerArg(i int) (sitrep.Argument, bool) {
	sp := a.span(i, i+1)
	for _, ai := range a.attrsAt(sp.Start) {
		at := &a.doc.Attributions[ai]
		if !at.Content.Contains(sp) || at.Speaker < 0 {
			continue
		}
		return a.sourceArg(at), true
	}
	return noArg, false
}

// sourceArg returns the speaker of at as an argument over its source's
// mention of it.
func (a *annotator) sourceArg(at *sitrep.Attribution) sitrep.Argument {
	arg := sitrep.Argument{Span: at.Source, Mention: -1, Entity: at.Speaker}
	for _, m := range a.mentionsIn(a.tokenAt(at.Source.Start), a.tokenAfter(at.Source.End)) {
		if a.doc.Mentions[m].Entity == at.Speaker {
			arg.Span, arg.Mention = a.doc.Mentions[m].Span, m
			break
		}
	}
	return arg
}

// verbalAttack reports whether the attack of o is one of words: the
// attribution stage read its verb as the cue of a statement ("Trump
// attacked Clinton over her emails"), and the source is a person who bears
// no arms. Only "attack" is asked (see group): "Obama fired anti-aircraft
// batteries at Russia" is an act even where "fired" was read as a cue. A
// state's or an army's attack is an act whatever the cue says ("Israel
// attacked Iran overnight"). cueMode is the mode the sentence's cues give
// the attack, if any.
func (a *annotator) verbalAttack(sc *sentenceCtx, o *occurrence, cueMode string) bool {
	if cueMode != "" {
		return false // "attacked worshippers with a knife"
	}
	// Whom or what was attacked: a place, civilians or forces are attacked
	// with arms ("attacked Aleppo", "attacked worshippers").
	if ms := a.mentionsIn(o.end, min(sc.te, o.end+4)); len(ms) > 0 {
		t, code := a.doc.Mentions[ms[0]].Type, a.code(ms[0])
		if t == sitrep.GPE || t == sitrep.LOC || t == sitrep.FAC || bearsArms(code) || actor.SectorOf(code) == "CVL" {
			return false
		}
	}
	// Nor is the attacker armed: "A gunman named John Smith", "Rebel
	// leader … attacked".
	for _, m := range a.mentionsIn(max(sc.ts, o.start-8), o.start) {
		if bearsArms(a.code(m)) {
			return false
		}
	}
	sp := a.span(o.start, o.end)
	for _, ai := range a.attrsAt(sp.Start) {
		at := &a.doc.Attributions[ai]
		if at.Source.IsEmpty() || !at.Cue.Overlaps(sp) {
			continue
		}
		for _, m := range a.mentionsIn(a.tokenAt(at.Source.Start), a.tokenAfter(at.Source.End)) {
			if a.doc.Mentions[m].Type != sitrep.PERSON {
				continue
			}
			return !bearsArms(a.code(m))
		}
	}
	return false
}

// cueSpeaker returns the speaker of the attribution whose cue is tokens
// [i, j): the attribution stage has found who speaks where the nearest
// subject misleads, as in "The military said it had targeted a Hamas
// commander and accused the group of …".
func (a *annotator) cueSpeaker(i, j int) (sitrep.Argument, bool) {
	sp := a.span(i, j)
	for _, ai := range a.attrsAt(sp.Start) {
		at := &a.doc.Attributions[ai]
		if at.Speaker < 0 || at.Source.IsEmpty() || !at.Cue.Overlaps(sp) {
			continue
		}
		// The first of coordinated speakers, as subject does: "The
		// United States and Jordan have agreed".
		for _, m := range a.mentionsIn(a.tokenAt(at.Source.Start), a.tokenAfter(at.Source.End)) {
			if e := a.doc.Mentions[m].Entity; (e == at.Speaker || slices.Contains(at.CoSpeakers, e)) && a.usable(m) {
				return a.argument(m), true
			}
		}
		return a.sourceArg(at), true
	}
	return noArg, false
}

// contentStart returns the first token of the attribution content holding
// tokens [i, j), or -1.
func (a *annotator) contentStart(i, j int) int {
	sp := a.span(i, j)
	best := -1
	for _, ai := range a.attrsAt(sp.Start) {
		at := &a.doc.Attributions[ai]
		if at.Content.Contains(sp) {
			if t := a.tokenAt(at.Content.Start); t > best {
				best = t
			}
		}
	}
	return best
}

// clauseStart returns the first token of the clause holding token i: after
// the last clause word or the start of the attribution content holding it.
// It returns that content's start too, contentStart(i, j), for the caller.
func (a *annotator) clauseStart(sc *sentenceCtx, i, j int) (start, content int) {
	start = sc.ts
	for t := i - 1; t >= sc.ts; t-- {
		inf := a.info[t]
		if inf.ends&(1<<lClause|1<<lCondition|1<<lPending) == 0 && inf.single&(1<<lScope) == 0 {
			continue // most words, decided by two bits
		}
		if inf.single&(1<<lScope) != 0 && subordinators[a.words[t]] && t+1 < i && !a.isPunct(t+1) && !strings.HasSuffix(a.words[t+1], "ing") && !strings.HasSuffix(a.words[t+1], "ed") && !pronounSubjects[a.words[t+1]] {
			// "We were sleeping when the missiles hit": the clause has
			// its own subject. ("when attacking" has none, "Felt was
			// deputy director when he began supplying" one that the
			// clause before names, and "Russia, though, launched" is
			// an adverb.)
			start = t + 1
			break
		}
		if inf.ends&(1<<lClause|1<<lCondition|1<<lPending) == 0 {
			continue
		}
		if a.is(t, lClause) || a.is(t, lCondition) {
			start = t + 1
			break
		}
		if _, ok := a.endsAt(lPending, t); ok {
			start = t + 1
			break
		}
	}
	content = a.contentStart(i, j)
	if content > start && content <= i {
		start = content
	}
	return start, content
}

// subordinators open a clause with a subject of its own. (All are words
// of the lexicon's scope list, whose bit is asked first.)
var subordinators = words(`when because although though`)

// subject returns the mention that is the subject of a verb at token i: the
// nearest actor mention before it in its clause that is not the object of a
// preposition nor set off by a comma; else the first such mention of the
// clause ("Pakistan, a key U.S. ally, has refused"); else the nearest one.
// Of coordinated subjects the first with a country in its actor code wins.
func (a *annotator) subject(sc *sentenceCtx, i, j int) (sitrep.Argument, bool) {
	start, content := a.clauseStart(sc, i, j)
	ms := a.mentionsIn(start, i)
	fallback, first := -1, -1
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		r := a.mentionTok[m]
		if r.start >= start && r.end <= i && a.doc.Mentions[m].Type == sitrep.WEAPON && fallback < 0 && first < 0 {
			// "an Israeli drone struck a checkpoint": the weapon's
			// nationality is who used it.
			if n := a.nationalityIn(m); n >= 0 {
				return a.argument(n), true
			}
		}
		if r.start < start || r.end > i || !a.usable(m) {
			continue
		}
		if a.placeOnly(m) && r.end < i && (a.triggerAt(sc, r.end) >= 0 || siteNouns[a.words[r.end]]) {
			// "The Idlib airstrike killed", "The Kabul airport blast
			// killed": the place modifies the subject, which names the
			// act, not who did it.
			continue
		}
		if a.qualifiesPlace(m) {
			continue // "a market in Saada, Yemen killed": where, not who
		}
		if a.afterPreposition(start, r.start) {
			// "in the town of Maarat" says where, not who.
			if t := a.doc.Mentions[m].Type; fallback < 0 && (t == sitrep.PERSON || t == sitrep.ORG) && !a.placeOnly(m) {
				fallback = m
			}
			continue
		}
		if a.commaBetween(r.end, i) {
			first = m
			continue
		}
		return a.argument(a.firstConjunct(start, m)), true
	}
	if first >= 0 {
		return a.argument(a.firstConjunct(start, first)), true
	}
	if fallback >= 0 {
		return a.argument(fallback), true
	}
	// In reported speech with no resolved subject ("Hungary has said it
	// will support"), the speaker speaks of itself.
	if content >= 0 && content == start {
		if arg, ok := a.speakerArg(i); ok && a.pronounOf(start, i, arg.Entity) {
			return arg, true
		}
	}
	// A relative pronoun's subject is its antecedent: "the volunteer,
	// Mohamed Zakaria Al-Ahmad, who sacrificed his life".
	if start > sc.ts && (a.words[start-1] == "who" || a.words[start-1] == "which") {
		j := start - 2
		if j >= sc.ts && a.words[j] == "," {
			j--
		}
		for _, m := range a.mentionsIn(max(sc.ts, j-6), j+1) {
			if a.mentionTok[m].end == j+1 && actorType(a.doc.Mentions[m].Type) {
				if harmVerbs[a.words[i]] && a.placeAfterPreposition(m) && !a.namesCountry(m) {
					// "the strike on the market in Idlib, which killed
					// 12": the harm is the strike's, not the town's. (A
					// town may host, a country ban.)
					break
				}
				return a.argument(m), true
			}
		}
	}
	return noArg, false
}

// nonTowardBetween reports whether tokens [i, j) hold a preposition that
// does not introduce whom an act is directed at.
func (a *annotator) nonTowardBetween(i, j int) bool {
	for t := i; t < j; t++ {
		if a.is(t, lPreposition) && !a.is(t, lToward) {
			return true
		}
	}
	return false
}

// nationalityIn returns a country or nationality mention nested in
// mention m ("Israeli" in "an Israeli drone"), or -1.
func (a *annotator) nationalityIn(m int) int {
	sp := a.doc.Mentions[m].Span
	ms := a.doc.Mentions
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= sp.Start }); k < len(ms) && ms[k].Start < sp.End; k++ {
		if k != m && ms[k].End <= sp.End && (ms[k].Type == sitrep.NORP || ms[k].Type == sitrep.GPE) && a.usable(k) && !madeBy(a.doc.Text[ms[k].End:sp.End]) {
			return k
		}
	}
	return -1
}

// madeBy reports whether the text after a nationality makes it the maker,
// not the user: "Chinese-made drone", "Iranian-supplied missiles".
func madeBy(after string) bool {
	for _, s := range []string{"-made", "-built", "-supplied", "-designed", "-manufactured", "-produced"} {
		if strings.HasPrefix(after, s) {
			return true
		}
	}
	return false
}

// pronounOf reports whether a personal pronoun in tokens [i, j), in the
// content of a statement, can stand for its speaker, entity e: "we"; "it"
// for a body, "he" or "she" for a person, "they" for either; but only "we"
// in a quotation, whose speaker calls others "they" or "it" ("“They
// killed people in their homes,” the committee said"; "“It hits our
// cities,” Zelenskyy said"). An "it" that stands for the infinitive
// after it ("“It is an honor to welcome …,” Lee said") leaves the act to
// the speaker.
func (a *annotator) pronounOf(i, j, e int) bool {
	if e < 0 || e >= len(a.doc.Entities) {
		return false
	}
	quoted := a.inQuotation(i)
	person := a.doc.Entities[e].Type == sitrep.PERSON
	for t := i; t < j; t++ {
		switch a.words[t] {
		case "we":
			return true
		case "it":
			if t+1 < j && a.is(t+1, lPassive) && j-1 > t && a.words[j-1] == "to" {
				return true // "It is an honor to welcome": the speaker's act
			}
			return !quoted && !person
		case "he", "she":
			return !quoted && person
		case "they":
			return !quoted
		}
	}
	return false
}

// inQuotation reports whether token i lies in the content of a direct
// attribution.
func (a *annotator) inQuotation(i int) bool {
	sp := a.span(i, i+1)
	for _, ai := range a.attrsAt(sp.Start) {
		if at := &a.doc.Attributions[ai]; at.Direct && at.Content.Contains(sp) {
			return true
		}
	}
	return false
}

// afterPreposition reports whether the mention starting at token i follows a
// preposition, skipping determiners and directions; "of" after a noun of quantity does not
// count ("a group of diplomats").
func (a *annotator) afterPreposition(start, i int) bool {
	j := i - 1
	// "in the north of", "in eastern Congo".
	for j >= start && (a.is(j, lDeterminer) || directions[a.words[j]]) {
		j--
	}
	if j < start || !a.is(j, lPreposition) {
		return false
	}
	return !(a.words[j] == "of" && j-1 >= start && a.is(j-1, lPartitive))
}

// commaBetween reports whether a comma lies in tokens [i, j).
func (a *annotator) commaBetween(i, j int) bool {
	return a.anyBetween(i, j, func(t int) bool { return a.words[t] == "," })
}

// firstConjunct returns, of mention m and the mentions coordinated before
// it ("X and Y"), the first whose actor code names a country, else m.
func (a *annotator) firstConjunct(start, m int) int {
	best := m
	for cur := m; ; {
		r := a.mentionTok[cur]
		j := r.start - 1
		for j >= start && a.is(j, lDeterminer) {
			j--
		}
		if j < start || a.words[j] != "and" {
			break
		}
		prev := -1
		for _, p := range a.mentionsIn(max(start, j-8), j) {
			if a.mentionTok[p].end == j && actorType(a.doc.Mentions[p].Type) {
				prev = p
			}
		}
		if prev < 0 {
			break
		}
		if a.hasCountry(prev) {
			best = prev
		}
		cur = prev
	}
	if !a.hasCountry(best) {
		return m
	}
	return best
}

// hasCountry reports whether mention m's entity has an actor code naming a
// country or IGO rather than a bare sector ("GOV", "---REB").
func (a *annotator) hasCountry(m int) bool {
	e := a.doc.Mentions[m].Entity
	return e >= 0 && countryOf(a.doc.Entities[e].Actor) != ""
}

// maxAgentGap bounds the tokens between a trigger and its "by".
const maxAgentGap = 5

// agent returns the mention after "by" that follows a passive or nominal
// trigger; found is true when there is a "by" phrase, even if it names no
// entity ("by an unidentified aircraft"), which leaves the actor unknown.
func (a *annotator) agent(sc *sentenceCtx, o *occurrence) (sitrep.Argument, bool) {
	for t := o.end; t < sc.te && t <= o.end+maxAgentGap; t++ {
		if a.isPunct(t) || (t > o.end && a.triggerAt(sc, t) >= 0) {
			return noArg, false
		}
		if !a.is(t, lAgent) {
			continue
		}
		arg := a.mentionAfter(sc, t+1, 4)
		if arg.Mention >= 0 && a.afterLocative(t+1, a.mentionTok[arg.Mention].start) {
			return noArg, true // "killed by shelling in Sake": where, not by whom
		}
		return arg, true
	}
	return noArg, false
}

// afterLocative reports whether a preposition of place in tokens [i, j)
// governs the mention at token j: "in Sake", "near the town of".
func (a *annotator) afterLocative(i, j int) bool {
	for t := i; t < j; t++ {
		if locativePreps[a.words[t]] {
			return true
		}
	}
	return false
}

// mentionAfter returns the actor mention starting within n tokens after
// token i, skipping determiners, or noArg.
func (a *annotator) mentionAfter(sc *sentenceCtx, i, n int) sitrep.Argument {
	for _, m := range a.mentionsIn(i, min(sc.te, i+n+1)) {
		r := a.mentionTok[m]
		if r.start < i || !a.usable(m) {
			continue
		}
		ok := true
		for t := i; t < r.start; t++ {
			if a.isPunct(t) || !a.is(t, lDeterminer) && a.doc.Tokens[t].Kind != sitrep.TokenWord {
				ok = false
			}
		}
		if ok {
			return a.argument(m)
		}
	}
	return noArg
}

// sides returns the two parties that "between" names after attack o
// ("Fighting between the M23 and the army", "clashes between police and
// protesters"): the first is the actor, the second the target.
func (a *annotator) sides(sc *sentenceCtx, o *occurrence) (first, second sitrep.Argument, ok bool) {
	if o.category != sitrep.ASSAULT || o.end >= sc.te || a.words[o.end] != "between" {
		return noArg, noArg, false
	}
	first = a.mentionAfter(sc, o.end+1, 3)
	if first.Mention < 0 {
		return noArg, noArg, false
	}
	and := a.mentionTok[first.Mention].end
	if and >= sc.te || a.words[and] != "and" {
		return noArg, noArg, false
	}
	second = a.mentionAfter(sc, and+1, 3)
	return first, second, second.Mention >= 0
}

// triggerAt returns the occurrence starting at token t, or -1.
func (a *annotator) triggerAt(sc *sentenceCtx, t int) int {
	if uint(t) < uint(len(a.info)) && !a.info[t].scanned {
		return -1 // scan starts triggers only at such words
	}
	for k := range sc.occ {
		if sc.occ[k].start == t {
			return k
		}
	}
	return -1
}

// premodifier returns the mention right before a nominal trigger: a
// possessive or adjectival actor ("the coalition's airstrike", "Israeli tank
// shelling"), at most one word apart.
func (a *annotator) premodifier(sc *sentenceCtx, o *occurrence) (sitrep.Argument, bool) {
	// All mentions, nested ones too: "US" inside the weapon "US drone".
	from := a.doc.Tokens[max(sc.ts, o.start-3)].Start
	first := sort.Search(len(a.doc.Mentions), func(i int) bool { return a.doc.Mentions[i].Start >= from })
	var near []int
	for m := first; m < len(a.doc.Mentions) && a.doc.Mentions[m].Start < a.doc.Tokens[o.start].Start; m++ {
		near = append(near, m)
	}
	for _, m := range near {
		r := a.mentionTok[m]
		if r.end > o.start || !actorType(a.doc.Mentions[m].Type) {
			continue
		}
		gap := o.start - r.end
		if (gap == 0 || gap == 1 && siteNouns[a.words[r.end]]) && a.placeOnly(m) {
			continue // "the Golan attack", "the Kabul airport blast": where, not who
		}
		if gap == 0 || gap == 1 && (a.words[r.end] == "'s" || a.words[r.end] == "'" || a.doc.Tokens[r.end].Kind == sitrep.TokenWord && !a.is(r.end, lPreposition) && !a.is(r.end, lDeterminer)) {
			return a.argument(m), true
		}
	}
	return noArg, false
}

// siteNouns name a site after a place name: "the Kabul airport blast".
var siteNouns = words(`airport market hospital city province camp border port base school mosque church
	village town district region area station bridge embassy hotel prison checkpoint`)

// placeBeforeSite reports whether place mention m modifies a civil site
// after it: "Yemen market".
func (a *annotator) placeBeforeSite(m int) bool {
	t := a.doc.Mentions[m].Type
	end := a.mentionTok[m].end
	return (t == sitrep.GPE || t == sitrep.LOC) && end < len(a.words) && civilSites[a.words[end]]
}

// civilSites are sites a country's name before them locates rather than
// owns: "Yemen market", but "US base" and "Israel port of Eilat" are the
// state's.
var civilSites = words(`market hospital school mosque church village town city district area hotel neighborhood neighbourhood camp`)

// qualifiesPlace reports whether place mention m follows a town and a
// comma: the country of "a market in Saada, Yemen" qualifies the town, and
// says where as the town does.
func (a *annotator) qualifiesPlace(m int) bool {
	if t := a.doc.Mentions[m].Type; t != sitrep.GPE && t != sitrep.LOC {
		return false
	}
	r := a.mentionTok[m]
	if r.start < 2 || a.words[r.start-1] != "," {
		return false
	}
	if r.end < len(a.words) && a.words[r.end] != "," && a.words[r.end] != "." && a.words[r.end] != ";" {
		return false // "In Kharkiv, Russia launched": the subject
	}
	for _, p := range a.mentionsIn(max(0, r.start-6), r.start) {
		if a.mentionTok[p].end == r.start-1 && a.placeOnly(p) {
			return true
		}
	}
	return false
}

// placeOnly reports whether mention m names a place that acts for no
// one: a city or region with no actor code, so that "the Golan attack"
// and "the Beirut strike" say where, not who. A name the place stage
// resolved as a place counts whatever its type ("Saada strike", a person
// to the tagger).
func (a *annotator) placeOnly(m int) bool {
	t := a.doc.Mentions[m].Type
	return (t == sitrep.GPE || t == sitrep.LOC || a.toponym[m]) && a.code(m) == ""
}

// countWord reports whether token j is a number or a word of a count's
// qualifier ("more than 500", "at least 20", "up to 30").
func (a *annotator) countWord(j int) bool {
	if a.doc.Tokens[j].Kind == sitrep.TokenNumber {
		return true
	}
	switch a.words[j] {
	case "more", "than", "least", "nearly", "almost", "roughly":
		return true
	case "about", "around", "over", "some":
		// Prepositions too: "talks over attacks", "a report about
		// attacks"; a count only before a number.
		return j+1 < len(a.words) && a.doc.Tokens[j+1].Kind == sitrep.TokenNumber
	case "at":
		return j+1 < len(a.words) && a.words[j+1] == "least"
	case "up":
		return j+1 < len(a.words) && a.words[j+1] == "to"
	case "to":
		return j > 0 && a.words[j-1] == "up"
	}
	return false
}

// lightVerb returns the first token of a light verb governing a nominal
// trigger ("carried out an airstrike"), or -1.
func (a *annotator) lightVerb(sc *sentenceCtx, o *occurrence) int {
	j := o.start - 1
	for n := 0; j >= sc.ts && n < 3; n++ {
		if start, ok := a.endsAt(lLight, j); ok {
			if strings.HasPrefix(a.words[start], "reiterat") && o.category != sitrep.REQUEST {
				// "reiterated calls for …" makes the call again; "the
				// ministry reiterated the raid was lawful" is no raid of
				// the ministry's.
				return -1
			}
			return start
		}
		count := a.countWord(j)
		if a.isPunct(j) || a.is(j, lPreposition) && !count {
			return -1
		}
		if count || a.flags[j]&flagOpen != 0 {
			n-- // a count or a quotation mark is no word between: "announced more than 500 sanctions", "carried out a \"precise strike\""
		}
		j--
	}
	return -1
}

// actorOf finds who performed an occurrence; done is false when the trigger
// gives no clue, so that a later trigger of the event may.
func (a *annotator) actorOf(sc *sentenceCtx, o *occurrence) (arg sitrep.Argument, done bool) {
	if o.obligation {
		if arg, ok := a.speakerArg(o.start); ok {
			return arg, true
		}
		return a.subject(sc, o.head, o.head+1)
	}
	if o.head >= 0 {
		return a.subject(sc, o.head, o.head+1)
	}
	if first, _, ok := a.sides(sc, o); ok {
		return first, true
	}
	nominal := a.nominal(sc, o)
	if o.passive || nominal {
		if arg, ok := a.agent(sc, o); ok {
			return arg, true
		}
	}
	if o.e.recipient {
		// "received weapons from the government": the giver after "from",
		// else the object ("received ministers").
		for t := o.end; t < sc.te && t <= o.end+objectWindow; t++ {
			if a.isPunct(t) {
				break
			}
			if a.words[t] == "from" {
				if arg := a.mentionAfter(sc, t+1, 4); arg.Mention >= 0 {
					return arg, true
				}
			}
		}
		return a.object(sc, o, noArg)
	}
	if o.passive || o.e.victim {
		return noArg, false
	}
	if nominal {
		if arg, ok := a.premodifier(sc, o); ok {
			return arg, true
		}
		if lv := a.lightVerb(sc, o); lv >= 0 {
			// "Washington announced new sanctions": the light verb is
			// the cue of a statement whose speaker acts.
			if arg, ok := a.cueSpeaker(lv, lv+1); ok {
				return arg, true
			}
			if arg, ok := a.subject(sc, lv, o.end); ok {
				return arg, true
			}
			// "said its aircraft had carried out a precise strike"
			return a.speakersOwn(sc, lv, o.end)
		}
		return noArg, false
	}
	if arg, ok := a.cueSpeaker(o.start, o.end); ok {
		return arg, true
	}
	if arg, ok := a.subject(sc, o.start, o.end); ok {
		if sp, ok := a.speakersCountryless(sc, arg, o.start); ok {
			// "the defence ministry said its forces had hit": the
			// ministry's forces, whose country the ministry has.
			return sp, true
		}
		return arg, true
	}
	return a.speakersOwn(sc, o.start, o.end)
}

// speakersCountryless returns the speaker of the statement holding the
// verb at token v if arg is "its", "their" or "our" forces of no known
// country, the subject right before the verb (auxiliaries apart): a sector
// the speaker's code can complete. ("one of its soldiers was killed when
// an Israeli drone struck" is no subject of "struck".)
func (a *annotator) speakersCountryless(sc *sentenceCtx, arg sitrep.Argument, v int) (sitrep.Argument, bool) {
	if arg.Mention < 0 {
		return noArg, false
	}
	r := a.mentionTok[arg.Mention]
	if r.start == 0 || len(a.code(arg.Mention)) > 3 || v-r.end > 3 {
		return noArg, false
	}
	sp, ok := a.actingSpeaker(v)
	if !ok || a.otherPartyBefore(sc, r.start) {
		return noArg, false
	}
	for t := r.end; t < v; t++ {
		if !a.is(t, lBridge) {
			return noArg, false
		}
	}
	switch a.words[r.start-1] {
	case "its", "their", "our":
		if ownArms[a.words[r.end-1]] {
			return sp, true
		}
	}
	return noArg, false
}

// actingSpeaker returns the speaker of the statement holding token v, if
// it is a party that acts (see partyThatActs); for a person of a known
// body that bears arms, the body: "a coalition spokesman denied that its
// aircraft struck" denies the coalition's act, not the spokesman's.
func (a *annotator) actingSpeaker(v int) (sitrep.Argument, bool) {
	sp, ok := a.speakerArg(v)
	if ok && sp.Entity < len(a.doc.Entities) {
		if ent := &a.doc.Entities[sp.Entity]; ent.Type == sitrep.PERSON && ent.Affiliation >= 0 && ent.Affiliation < len(a.doc.Entities) && bearsArms(a.doc.Entities[ent.Affiliation].Actor) {
			// (Only a body that bears arms: a Red Cross spokesman's
			// "their soldiers" are no one's of the Red Cross.)
			sp = sitrep.Argument{Span: sp.Span, Mention: -1, Entity: ent.Affiliation}
		}
	}
	if !ok || !a.partyThatActs(sp.Entity) {
		return noArg, false
	}
	return sp, true
}

// speakersOwn returns the speaker of a statement whose clause has the act
// done by the speaker's arms and no one named: "the army said its aircraft
// struck", "the ministry said its forces had shelled".
func (a *annotator) speakersOwn(sc *sentenceCtx, v, end int) (sitrep.Argument, bool) {
	start, content := a.clauseStart(sc, v, end)
	if content < 0 || content != start || slices.ContainsFunc(a.mentionsIn(start, v), func(m int) bool { return a.usable(m) && !a.possessive(m) }) {
		return noArg, false
	}
	if a.otherPartyBefore(sc, start) {
		return noArg, false
	}
	// The possessive opens the subject right before the verb, and the
	// subject is arms: "their families had requested" is none of this.
	for t := v - 1; t >= start && t >= v-4; t-- {
		if a.isPunct(t) {
			break
		}
		switch a.words[t] {
		case "its", "their", "our":
			for u := t + 1; u < v; u++ {
				if ownArms[a.words[u]] {
					return a.actingSpeaker(v)
				}
			}
			return noArg, false
		}
	}
	return noArg, false
}

// otherPartyBefore reports whether a party other than the speaker is
// named in the sentence before token i, whose "their troops" they may be:
// "said the enemy was massing near Kharkiv and that their troops
// attacked".
func (a *annotator) otherPartyBefore(sc *sentenceCtx, i int) bool {
	return slices.ContainsFunc(a.mentionsIn(sc.ts, i), func(m int) bool {
		men := &a.doc.Mentions[m]
		// (A possessive, "its forces", names the arms' owner, whom the
		// rules ask about.)
		return a.usable(m) && (men.Type == sitrep.ORG || men.Type == sitrep.GPE || men.Type == sitrep.NORP) && !a.isAttributionSource(men.Span) && !a.possessive(m)
	})
}

// ownArms are the nouns of a speaker's forces and weapons after "its",
// "their" or "our".
var ownArms = words(`forces troops soldiers fighters units aircraft jets warplanes planes drones artillery navy warships helicopters gunships militiamen`)

// nominal reports whether an occurrence is used as a noun: a noun entry, or
// a verb-or-noun entry or gerund after a determiner ("the release of").
func (a *annotator) nominal(sc *sentenceCtx, o *occurrence) bool {
	if o.e.noun && !o.e.verb {
		return true
	}
	if (o.e.noun || o.e.form == formIng) && a.precededByDeterminer(sc, o.start) {
		return true
	}
	if o.e.noun && o.start-1 >= sc.ts && a.words[o.start-1] == "'s" { // (words have straight apostrophes)
		return true // "Monday's strike", "Russia's attack"
	}
	if o.e.noun && !strings.HasSuffix(a.words[o.start], "ing") && o.start-1 >= sc.ts && a.is(o.start-1, lPreposition) && a.words[o.start-1] != "to" &&
		a.headlineSentence(sc.index) {
		// A headline's "fighters killed in raid", which drops the
		// article. (In the body, "charged with murder" keeps its
		// subject as the one accused of it.)
		return true
	}
	// An adjective between, under a light verb: "carried out a precise
	// strike" (but "went on a two-day strike" keeps its subject).
	if o.e.noun && o.start-2 >= sc.ts && a.doc.Tokens[o.start-1].Kind == sitrep.TokenWord &&
		!a.is(o.start-1, lVerbal) && !a.capitalized(o.start-1) && a.lightVerb(sc, o) >= 0 {
		d := o.start - 2
		if d > sc.ts && a.flags[d]&flagOpen != 0 {
			d-- // a \"precise strike\"
		}
		if a.is(d, lDeterminer) {
			return true
		}
	}
	if o.e.noun && a.adjectivesAfterDeterminer(sc, o.start) {
		return true // "repelled a major attack", "a large-scale attack"
	}
	if o.e.noun && o.start-1 >= sc.ts {
		// "the Golan attack", "the Israeli strike": a name between the
		// article and the noun.
		for _, m := range a.mentionsIn(max(sc.ts, o.start-4), o.start) {
			if r := a.mentionTok[m]; r.end == o.start && (a.precededByDeterminer(sc, r.start) || a.placeOnly(m) && o.e.form == formBase ||
				r.start-1 >= sc.ts && a.is(r.start-1, lPreposition) && a.words[r.start-1] != "to") {
				// Or a preposition before the name, as headlines drop
				// the article: "killed in Russian strike on Kharkiv";
				// or a place alone, before a form no singular subject
				// takes: "Saada strike hit a depot" (not "Ruritania
				// attacks the town").
				return true
			}
		}
	}
	// A verb form in -s that a light verb governs is its plural object:
	// "announced new sanctions", "launched attacks".
	if o.e.verb && o.e.form == formS {
		// Not past a name: "Kyiv declared Moscow attacks civilians".
		if lv := a.lightVerb(sc, o); lv >= 0 && len(a.mentionsIn(lv+1, o.start)) == 0 {
			return true
		}
	}
	// "received 120 wounded", "the wounded": a participle after a number
	// or an article names the people it happened to, and the subject of
	// the clause did not do it.
	w := a.words[o.start]
	return o.end == o.start+1 && len(w) > 2 && strings.HasSuffix(w, "ed") && o.start-1 >= sc.ts &&
		(a.precededByDeterminer(sc, o.start) || a.words[o.start-1] != "" && '0' <= a.words[o.start-1][0] && a.words[o.start-1][0] <= '9')
}

// adjectivesAfterDeterminer reports whether one or two lower-case
// modifiers stand between token i and a verb in -ed, or a determiner after
// one: "repelled a major attack", "foiled the jihadist attack", "repelled
// jihadist attack". A modifier in -s would be a plural subject ("the
// rebels attack"), and a verbal word a verb.
func (a *annotator) adjectivesAfterDeterminer(sc *sentenceCtx, i int) bool {
	for d := i - 1; d >= sc.ts && d >= i-2; d-- {
		w := a.words[d]
		if a.doc.Tokens[d].Kind != sitrep.TokenWord || a.capitalized(d) || a.is(d, lVerbal) || a.is(d, lDeterminer) || a.is(d, lPreposition) ||
			strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") {
			return false
		}
		// The object of a verb: "repelled a major attack", or in a
		// headline, with no article, "repelled jihadist attack" (not
		// "went on a two-day strike", whose subject strikes).
		v := d - 1
		if a.precededByDeterminer(sc, d) {
			v--
		}
		if v >= sc.ts && strings.HasSuffix(a.words[v], "ed") && a.doc.Tokens[v].Kind == sitrep.TokenWord && !a.capitalized(v) {
			return true
		}
	}
	return false
}

func (a *annotator) precededByDeterminer(sc *sentenceCtx, i int) bool {
	return i-1 >= sc.ts && a.is(i-1, lDeterminer)
}

// objectWindow bounds how far after a verb its object is sought.
const objectWindow = 8

// countedSubject returns, for a passive, the people a figure counts right
// before it ("eight suspects had been arrested", "30 civilians were
// killed"): the subject, where the nearest entity before may belong to
// another clause ("security forces had been deployed and that eight
// suspects had been arrested").
func (a *annotator) countedSubject(sc *sentenceCtx, o *occurrence) (sitrep.Argument, bool) {
	if !o.passive {
		return noArg, false
	}
	start, ok := a.endsAt(lPassive, o.start-1)
	if !ok || start <= sc.ts {
		return noArg, false
	}
	end := a.doc.Tokens[start-1].End
	fs := a.doc.Figures
	for k := a.firstFigureFrom(a.doc.Tokens[sc.ts].Start); k < len(fs) && fs[k].Start < end; k++ {
		f := &fs[k]
		if f.End != end || f.VictimCue.IsEmpty() {
			continue
		}
		arg := sitrep.Argument{Span: f.VictimCue, Mention: -1, Entity: -1}
		if ms := a.mentionsIn(a.tokenAt(f.VictimCue.Start), a.tokenAfter(f.VictimCue.End)); len(ms) > 0 {
			arg.Mention, arg.Entity = ms[0], a.doc.Mentions[ms[0]].Entity
		}
		return arg, true
	}
	return noArg, false
}

// targetOf finds whom an occurrence was directed at.
func (a *annotator) targetOf(sc *sentenceCtx, o *occurrence, actor sitrep.Argument) (sitrep.Argument, bool) {
	if o.passive || o.obligation || o.e.victim || o.e.recipient {
		if a.ofThem(sc, o) {
			return noArg, false // those counted before, not a party
		}
		if arg, ok := a.countedSubject(sc, o); ok {
			return arg, true
		}
		arg, ok := a.subject(sc, o.start, o.end)
		if ok && (arg.Mention == actor.Mention || a.possessive(arg.Mention)) {
			// "our friends are freed": the friends, not "us", were freed.
			return noArg, false
		}
		return arg, ok
	}
	if _, second, ok := a.sides(sc, o); ok {
		return second, true
	}
	arg, ok := a.object(sc, o, actor)
	if !ok && o.category == sitrep.THREATEN {
		// "warned that it would retaliate against Israel": the threat's
		// content names whom it is against.
		for t := o.end; t+1 < sc.te; t++ {
			if a.words[t] != "against" {
				continue
			}
			if arg := a.mentionAfter(sc, t+1, 3); arg.Mention >= 0 && arg.Entity != actor.Entity {
				return arg, true
			}
			break
		}
	}
	return arg, ok
}

// namingVerbs name what follows in the words of someone the text cites:
// "what it called", "what they described as".
var namingVerbs = words(`called calls described describes termed terms dubbed labelled labeled branded`)

// object returns the mention an occurrence is directed at: the object of a
// verb, or of "on", "against", "of", "to" after a noun.
func (a *annotator) object(sc *sentenceCtx, o *occurrence, actor sitrep.Argument) (sitrep.Argument, bool) {
	nominal := a.nominal(sc, o)
	for t := o.end; t < sc.te && t < o.end+objectWindow; t++ {
		w := a.words[t]
		if a.isPunct(t) || a.is(t, lClause) || a.is(t, lAgent) {
			break
		}
		if w == "that" && t+1 < sc.te && pronounSubjects[a.words[t+1]] {
			break // "warned that it would retaliate": a clause, whose subject is no object
		}
		if t > o.end && a.triggerAt(sc, t) >= 0 {
			break
		}
		if w == "what" && t+2 < sc.te && namingVerbs[a.words[t+2]] {
			// "attacked what he called terrorist bases": the speaker
			// is no target.
			t += 2
			if t+1 < sc.te && a.words[t+1] == "as" {
				t++
			}
			continue
		}
		if nominal && t == o.end {
			// "gave Tanzania a grant": the recipient stands between the
			// light verb and its noun.
			if lv := a.lightVerb(sc, o); lv >= 0 {
				for _, m := range a.mentionsIn(lv+1, o.start) {
					if r := a.mentionTok[m]; r.start > lv && r.end <= o.start && actorType(a.doc.Mentions[m].Type) && m != actor.Mention {
						return a.argument(m), true
					}
				}
			}
		}
		if nominal && t == o.end && o.end-o.start > 1 && a.words[o.end-1] == "for" {
			// A trigger that ends in its preposition: "reiterated calls
			// for Israel to accept", "calls for his resignation": the
			// name or possessive right after it, heading its phrase; not
			// a modifier ("a call for a Muslim ban") nor a place after
			// what is called for ("calls for calm in Gaza").
			if arg := a.mentionAfter(sc, t, 2); arg.Mention >= 0 {
				r := a.mentionTok[arg.Mention]
				if w := a.words[r.start]; (r.start == t || a.is(t, lDeterminer)) && (r.end >= sc.te || a.isPunct(r.end) || a.words[r.end] == "to" || w == "his" || w == "her" || w == "their" || w == "its") {
					return arg, true
				}
			}
		}
		if nominal {
			// A nominal trigger takes its target from "on", "against", "of".
			if t == o.end || t == o.end+1 {
				if a.is(t, lTarget) || w == "of" {
					arg := a.mentionAfter(sc, t+1, 4)
					if arg.Mention >= 0 && (a.afterLocative(t+1, a.mentionTok[arg.Mention].start) || a.placeBeforeSite(arg.Mention)) {
						// "a strike on a market in Saada", "strike on
						// Yemen market": where, not whom.
						return noArg, false
					}
					return arg, arg.Mention >= 0
				}
			}
			continue
		}
		if ms := a.mentionsIn(t, t+1); len(ms) > 0 {
			m := ms[0]
			if a.mentionTok[m].start != t || !actorType(a.doc.Mentions[m].Type) || m == actor.Mention {
				continue
			}
			r0 := t
			if a.nonTowardBetween(o.end, r0) || a.placeBeforeSite(m) {
				break // "in Syria", "through the capital Nairobi", "Yemen market": where, not whom
			}
			return a.argument(m), true
		}
	}
	return noArg, false
}

// placeOf chooses where an event happened: the finest resolved toponym of
// the trigger's attribution content or sentence, nearest the trigger on
// ties, that is not the actor's own mention ("Damascus has blamed").
func (a *annotator) placeOf(sc *sentenceCtx, o *occurrence, c *candidate) int {
	s := a.doc.Sentences[sc.index].Span
	trig := a.span(o.start, o.end)
	var content sitrep.Span
	for _, ai := range a.attrsAt(trig.Start) {
		at := &a.doc.Attributions[ai]
		if at.Content.Contains(trig) && (content.IsEmpty() || content.Contains(at.Content)) {
			content = at.Content
		}
	}
	best, bestPrec, bestDist, bestIn := -1, 99, 0, false
	for i := sort.Search(len(a.doc.Places), func(i int) bool { return a.doc.Places[i].Start >= s.Start }); i < len(a.doc.Places); i++ {
		p := &a.doc.Places[i]
		if p.End <= s.Start {
			continue
		}
		if p.Start >= s.End {
			break
		}
		if p.Kind != sitrep.PlaceToponym {
			continue
		}
		if !c.actor.IsEmpty() && c.actor.Overlaps(p.Span) {
			continue
		}
		if a.isAttributionSource(p.Span) || a.inTime(p.Span) || a.spokenWhere(trig, content, p.Span) {
			continue
		}
		if p.Precision == sitrep.PrecisionCountry && a.ownerOfSite(sc, p.Span) {
			continue // "a US base in Iraq": whose base, not where
		}
		if a.inReason(sc, o, p.Span) {
			continue // "a response to US strikes": another act's place
		}
		physical := c.category == sitrep.ASSAULT || c.category == sitrep.COERCE || c.category == sitrep.AID
		if (p.Precision == sitrep.PrecisionCountry && !physical || c.category == sitrep.ACCUSE || c.category == sitrep.SANCTION) && c.target.Overlaps(p.Span) {
			continue // "sanctions on Russia", "accused Kyiv of": whom, not where
		}
		if p.Precision == sitrep.PrecisionCountry && a.bareArgument(sc, p.Span) && !(physical && c.target.Overlaps(p.Span)) {
			// "denied that Israel was behind the attack", "blamed the
			// United States for the strike": a country named as a party,
			// not where the act took place; but the country attacked is
			// where the attack was ("Russia attacked Ukraine").
			continue
		}
		prec := int(p.Precision)
		if prec == 0 {
			prec = 5
		}
		in := !content.IsEmpty() && content.Contains(p.Span)
		dist := p.Start - trig.End
		if dist < 0 {
			dist = trig.Start - p.End
		}
		better := best < 0 ||
			in && !bestIn ||
			in == bestIn && (prec < bestPrec || prec == bestPrec && dist < bestDist)
		if better {
			best, bestPrec, bestDist, bestIn = i, prec, dist, in
		}
	}
	return best
}

// inTime reports whether sp lies in a time expression: "7:45 p.m. Sanaa
// time" names a time zone, not where anything happened.
func (a *annotator) inTime(sp sitrep.Span) bool {
	times := a.doc.Times
	i := sort.Search(len(times), func(i int) bool { return times[i].End > sp.Start })
	return i < len(times) && times[i].Contains(sp)
}

// spokenWhere reports whether sp lies after the cue of an attribution
// whose content holds the trigger, outside that content: "…, his
// spokesman told reporters in New York" is where the statement was made,
// which is the place of a statement that is the act ("condemned") but not
// of the act told.
func (a *annotator) spokenWhere(trig, content, sp sitrep.Span) bool {
	if content.IsEmpty() {
		return false
	}
	ais := a.attrsAt(trig.Start)
	for _, ai := range ais {
		if a.doc.Attributions[ai].Cue.Overlaps(trig) {
			return false
		}
	}
	for _, ai := range ais {
		at := &a.doc.Attributions[ai]
		if at.Content.Contains(trig) && !at.Content.Contains(sp) && !at.Cue.IsEmpty() && sp.Start >= at.Cue.End &&
			!at.Content.Overlaps(sitrep.Span{Start: at.Cue.End, End: sp.Start}) && a.adjunctOf(at.Cue, sp) {
			return true
		}
	}
	return false
}

// adjunctOf reports whether sp lies in a short phrase right after cue,
// with no break but commas between (nor, as the caller checks, content) ("told reporters in New York", "said
// Sunday in Madison, Wisconsin"): a place further on belongs to more
// than the speech, where the content was cut short.
func (a *annotator) adjunctOf(cue, sp sitrep.Span) bool {
	i, j := a.tokenAfter(cue.End), a.tokenAt(sp.Start)
	if j-i > 10 {
		return false
	}
	for k := i; k < j; k++ {
		if a.isPunct(k) && a.words[k] != "," {
			return false
		}
	}
	return true
}

// ownerOfSite reports whether the country at sp modifies a noun of what a
// state owns or sends ("a US base", "the US air base"): the owner, not
// the place, as the adjectival "a Russian base" is.
func (a *annotator) ownerOfSite(sc *sentenceCtx, sp sitrep.Span) bool {
	j := a.tokenAfter(sp.End)
	if j < sc.te && siteKinds[a.words[j]] {
		j++ // "US air base", "US military convoy"
	}
	return j < sc.te && ownedSites[a.words[j]]
}

var (
	ownedSites = words(`base bases embassy embassies consulate consulates forces troops soldiers personnel warship warships
		vessel vessels destroyer destroyers convoy convoys outpost outposts diplomats contractors`)
	siteKinds = words(`air naval military army navy`)
)

// inReason reports whether the place at sp lies in a phrase of reason
// after the trigger of o, in its clause ("a response to US strikes", "in
// solidarity with Palestinians in Gaza"): the place of the act it answers
// or supports, not of this one.
func (a *annotator) inReason(sc *sentenceCtx, o *occurrence, sp sitrep.Span) bool {
	p := a.tokenAt(sp.Start)
	for k := p - 1; k > sc.ts && k >= p-12; k-- {
		if k < o.end || a.isPunct(k) {
			return false
		}
		if reasons[a.words[k-1]] && reasonLinks[a.words[k]] {
			return true
		}
	}
	return false
}

var (
	reasons     = words(`response retaliation solidarity revenge reprisal retribution protest`)
	reasonLinks = words(`to for with against over`)
)

// bareArgument reports whether the toponym at sp stands as a party in its
// clause: no preposition of place before it ("in Syria", "near the
// Syrian border") and no noun after it that it modifies ("the Syria
// talks").
func (a *annotator) bareArgument(sc *sentenceCtx, sp sitrep.Span) bool {
	i, j := a.tokenAt(sp.Start), a.tokenAfter(sp.End)
	k := i - 1 // "in Syria", "in the north of"… "in northern Syria"
	for n := 0; n < 2 && k >= sc.ts && (a.words[k] == "the" || directions[a.words[k]]); n++ {
		k--
	}
	if k >= sc.ts && locativePreps[a.words[k]] && a.words[k] != "on" {
		// ("on" a country is rarely where: "called on the United
		// States", "sanctions on Russia", "pressure on Iran".)
		return false
	}
	if j < sc.te && a.doc.Tokens[j].Kind == sitrep.TokenWord && !a.capitalized(j) && !a.isPunct(j) && a.words[j] != "'s" && a.words[j] != "’s" && !functionWords[a.words[j]] {
		return false // "the Syria strike": a modifier; but "Israel was"
	}
	return true
}

var (
	directions    = words(`northern southern eastern western central northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western northeast northwest southeast southwest north south east west far`)
	locativePreps = words(`in near at on across into inside outside over throughout from within around along off toward towards`)
	// functionWords follow a party rather than a noun it modifies.
	functionWords = words(`was were is are has had have did does will would could should may might must and or but of for to that which who with by as said says denied denies blamed accused
		on in at over after before since during near from into against about without under between among across through toward towards until overnight yesterday today`)
)

// words returns the set of the words of list.
func words(list string) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		set[w] = true
	}
	return set
}

// isAttributionSource reports whether span lies in the source of an
// attribution or in one of its relays: the speaker's place is not the
// event's, nor is a relay's ("said through its Andalus radio").
func (a *annotator) isAttributionSource(sp sitrep.Span) bool {
	for _, ai := range a.attrsAt(sp.Start) {
		at := &a.doc.Attributions[ai]
		if at.Source.Contains(sp) {
			return true
		}
		for _, l := range at.Via {
			if l.Span.Contains(sp) {
				return true
			}
		}
	}
	return false
}

// figuresOf attaches the sentence's casualty figures to violent events; a
// protest leaves the dead and wounded to an attack of its sentence
// (assaulted).
func (a *annotator) figuresOf(sc *sentenceCtx, c *candidate, assaulted bool) {
	switch c.category {
	case sitrep.ASSAULT, sitrep.COERCE, sitrep.PROTEST:
	default:
		return
	}
	s := a.doc.Sentences[sc.index].Span
	figures := a.scratch[:0] // c's, which is new
	for i := a.firstFigureFrom(s.Start); i < len(a.doc.Figures); i++ {
		f := &a.doc.Figures[i]
		if f.End <= s.Start {
			continue
		}
		if f.Start >= s.End {
			break
		}
		if c.category == sitrep.PROTEST && assaulted && (f.Unit == sitrep.UnitKilled || f.Unit == sitrep.UnitInjured) {
			// "police fired at protesters, and two people were shot
			// dead": the attack's toll, not a second count of the
			// protest's.
			continue
		}
		if a.killerCounted(sc, f) {
			continue
		}
		switch f.Unit {
		case sitrep.UnitKilled:
			if c.category == sitrep.COERCE {
				continue
			}
			if c.dead < 0 || a.doc.Figures[c.dead].PartOf >= 0 && f.PartOf < 0 {
				c.dead = i
			}
		case sitrep.UnitInjured:
			if c.category == sitrep.COERCE {
				continue
			}
			if c.injured < 0 || a.doc.Figures[c.injured].PartOf >= 0 && f.PartOf < 0 {
				c.injured = i
			}
		case sitrep.UnitArrested:
			if c.category == sitrep.ASSAULT {
				continue
			}
		case sitrep.UnitKidnapped, sitrep.UnitMissing:
			if c.category != sitrep.ASSAULT {
				continue
			}
		default:
			continue
		}
		figures = append(figures, i)
	}
	c.figures, a.scratch = a.keep(figures), figures
	if c.category == sitrep.ASSAULT && c.target.Entity < 0 && c.target.IsEmpty() {
		for _, fi := range []int{c.dead, c.injured} {
			if fi < 0 {
				continue
			}
			f := a.doc.Figures[fi]
			sp := f.VictimCue
			if sp.IsEmpty() {
				continue
			}
			c.target = sitrep.Argument{Span: sp, Mention: -1, Entity: -1}
			if ms := a.mentionsIn(a.tokenAt(sp.Start), a.tokenAfter(sp.End)); len(ms) > 0 {
				c.target.Mention = ms[0]
				c.target.Entity = a.doc.Mentions[ms[0]].Entity
			}
			break
		}
	}
}

// killerCounted reports whether figure f counts the subject of the active
// verb its unit comes from, as the number stage may read a killer as a
// victim: "A gunman shot dead two soldiers" kills two, not one.
func (a *annotator) killerCounted(sc *sentenceCtx, f *sitrep.Figure) bool {
	if f.Unit != sitrep.UnitKilled && f.Unit != sitrep.UnitInjured {
		return false
	}
	for k := range sc.occ {
		o := &sc.occ[k]
		if !o.e.verb || o.passive || !f.UnitCue.Overlaps(a.span(o.start, o.end)) {
			continue
		}
		if f.End <= f.UnitCue.Start && a.objectAfter(sc, o) {
			return true
		}
	}
	return false
}

// noComment reports whether attribution at says that its speaker said
// nothing: "did not comment", "did not immediately respond".
func noComment(doc *sitrep.Document, at *sitrep.Attribution) bool {
	cue := at.Cue.Text(doc)
	return strings.Contains(cue, "comment") || strings.Contains(cue, "respond")
}

// sourcesAndClaims collects the attributions that report a candidate and
// the claims their stances make.
func (a *annotator) sourcesAndClaims(sc *sentenceCtx, occOf []int, ci int, c *candidate) {
	sources := a.scratch[:0] // c's, which is new
	defer func() { c.sources, a.scratch = a.keep(sources), sources }()
	for k, cj := range occOf {
		if cj != ci {
			continue
		}
		trig := a.span(sc.occ[k].start, sc.occ[k].end)
		for _, ai := range a.attrsAt(trig.Start) {
			at := &a.doc.Attributions[ai]
			if !at.Content.Contains(trig) || at.Cue.Overlaps(trig) || a.cueHeads(at, &sc.occ[k]) {
				continue
			}
			if at.Stance == sitrep.StanceDeny && (a.deniesWhatIsAlleged(at, trig) || a.deniedReportBefore(at, sc.occ[k].start)) {
				// (A denial of "the accusation" denies what was alleged,
				// which rebuttal finds, not that it was. Nor is an act
				// named after the report denied: "said the military's
				// claims were lies aimed at justifying the massacre".)
				continue
			}
			if at.Stance == sitrep.StanceAccuse && !a.namesAccused(at) {
				// "condemned the bombing": disapproval that names no one
				// is no claim about who did it.
				continue
			}
			stance := at.Stance
			if stance == sitrep.StanceDeny && a.toldNegation(at, c.category) {
				stance = sitrep.StanceAssert
			}
			if stance == sitrep.StanceAccuse && a.mutual(at) {
				a.addMutualClaims(c, ai, at)
				c.actor = noArg // what is alleged is not asserted
				continue
			}
			switch stance {
			case sitrep.StanceDeny, sitrep.StanceAccuse, sitrep.StanceConfirm:
				actor := c.actor.Entity
				responsibility := a.claimsResponsibility(at)
				if responsibility && at.Speaker >= 0 {
					// "claimed responsibility for the attack": the speaker
					// declares itself the actor (one of several who claim
					// it is not known to be: "Both Islamic State and the
					// Taliban claimed the attack").
					actor = at.Speaker
					if c.actor.Entity < 0 && len(at.CoSpeakers) == 0 {
						c.actor = sitrep.Argument{Span: at.Source, Mention: -1, Entity: at.Speaker}
					}
				}
				if at.Stance == sitrep.StanceAccuse {
					// "accused Rwanda of supporting the M23 and of
					// deploying troops": Rwanda, for both acts.
					if e := a.accusedObject(at); e >= 0 {
						actor = e
					}
				}
				if at.Stance == sitrep.StanceAccuse && actor < 0 {
					// "held the PKK responsible for the attack": the one
					// accused stands before the act in what is alleged.
					actor = a.accusedBefore(at, trig.Start)
				}
				if at.Stance == sitrep.StanceDeny || at.Stance == sitrep.StanceAccuse {
					// What is denied or alleged is not asserted: the
					// actor named in it belongs to the claim.
					c.actor = noArg
				}
				cl := sitrep.Claim{Stance: at.Stance, Attribution: ai, By: at.Speaker, Actor: actor}
				a.addClaim(c, cl)
				a.addCoClaims(c, at, cl, responsibility)
				if at.Stance == sitrep.StanceConfirm {
					sources = append(sources, ai)
				}
			case sitrep.StanceQuestion:
				// "neither confirmed nor denied the attack", "a claim the
				// group did not immediately confirm": the speaker doubts
				// the act, which stays as told.
				if noComment(a.doc, at) {
					// "The ministry did not comment on the strike": no
					// word on it, so neither a source nor a claim.
					continue
				}
				sources = append(sources, ai)
				if at.Speaker >= 0 { // "It was not immediately clear who …" is the writer's doubt
					a.addClaim(c, sitrep.Claim{Stance: at.Stance, Attribution: ai, By: at.Speaker, Actor: c.actor.Entity})
				}
			case sitrep.StanceAssert, "":
				if a.reportsReaction(at, trig) {
					continue
				}
				sources = append(sources, ai)
				if stance == sitrep.StanceAssert && at.Speaker >= 0 && c.actor.Entity == at.Speaker &&
					c.modality == sitrep.Asserted && accusable(c.category) && a.partyThatActs(at.Speaker) && !a.claimedBy(c, at.Speaker) {
					// "The army said its aircraft struck": the actor
					// declares its own act. (Of acts one can be accused
					// of: a speaker's own request or promise is its
					// statement, no declaration.)
					a.addClaim(c, sitrep.Claim{Stance: sitrep.StanceAssert, Attribution: ai, By: at.Speaker, Actor: at.Speaker})
				}
			}
		}
	}
}

// mutual reports whether accusation at is one its speakers make of each
// other: "The army and the rebels accused each other of killing 11
// civilians".
func (a *annotator) mutual(at *sitrep.Attribution) bool {
	t := a.tokenAfter(at.Content.Start)
	if at.Speaker < 0 || len(at.CoSpeakers) == 0 || t+1 >= len(a.words) || t+1 >= a.tokenAfter(at.Content.End) {
		return false
	}
	return a.words[t] == "each" && a.words[t+1] == "other" || a.words[t] == "one" && a.words[t+1] == "another"
}

// addMutualClaims adds to c the claims of mutual accusation at: each of
// its speakers accuses each of the others.
func (a *annotator) addMutualClaims(c *candidate, ai int, at *sitrep.Attribution) {
	speaker := func(i int) int { // the speaker, then the co-speakers
		if i == 0 {
			return at.Speaker
		}
		return at.CoSpeakers[i-1]
	}
	n := 1 + len(at.CoSpeakers)
	for i := range n {
		for j := range n {
			by, actor := speaker(i), speaker(j)
			cl := sitrep.Claim{Stance: sitrep.StanceAccuse, Attribution: ai, By: by, Actor: actor}
			if by == actor || slices.Contains(c.claims, cl) {
				continue
			}
			c.claims = append(grow(&a.claimMem, c.claims, 1), cl)
		}
	}
}

// reportsReaction reports whether attribution at tells of another's
// condemnation or denial of the act at trig ("Guterres condemned the
// killings, his spokesman said"): it reports the reaction, and is no
// source of the act. ("Police said a gunman accused of killing eight
// …": an accusation by no one named is part of the report.)
func (a *annotator) reportsReaction(at *sitrep.Attribution, trig sitrep.Span) bool {
	for _, ai := range a.attrsAt(trig.Start) {
		in := &a.doc.Attributions[ai]
		if in != at && at.Content.Contains(in.Cue) && in.Content.Contains(trig) && !in.Source.IsEmpty() &&
			(in.Stance == sitrep.StanceAccuse || in.Stance == sitrep.StanceDeny) {
			return true
		}
	}
	return false
}

// deniesWhatIsAlleged reports whether denial at holds the accusation
// whose cue is trig ("The United States has accused Iran of supplying
// the group, which Tehran denies"): the denial is of what is alleged,
// not of the accusation, which stays asserted and the accuser's.
func (a *annotator) deniesWhatIsAlleged(at *sitrep.Attribution, trig sitrep.Span) bool {
	for _, ai := range a.attrsAt(trig.Start) {
		in := &a.doc.Attributions[ai]
		if in.Stance == sitrep.StanceAccuse && in.Cue.Overlaps(trig) && at.Content.Contains(in.Cue) {
			return true
		}
	}
	return false
}

// accusedObject returns the entity that an accusation's content opens
// with before "of" or "for" ("accused Rwanda of …", "blamed Kyiv for
// …"), who is accused of every act the content names; or -1.
func (a *annotator) accusedObject(at *sitrep.Attribution) int {
	start := a.tokenAt(at.Content.Start)
	for _, m := range a.mentionsIn(start, start+1) {
		r := a.mentionTok[m]
		mm := a.doc.Mentions[m]
		if r.start == start && actorType(mm.Type) && mm.Entity >= 0 && mm.Entity != at.Speaker &&
			r.end < len(a.words) && (a.words[r.end] == "of" || a.words[r.end] == "for") {
			return mm.Entity
		}
	}
	return -1
}

// claimsResponsibility reports whether attribution at claims
// responsibility ("claimed responsibility for", "took responsibility"):
// its speaker declares itself the actor.
func (a *annotator) claimsResponsibility(at *sitrep.Attribution) bool {
	if at.Stance != sitrep.StanceConfirm {
		return false
	}
	cue := strings.ToLower(at.Cue.Text(a.doc))
	if strings.Contains(cue, "responsib") || strings.HasPrefix(cue, "claim") {
		return true // "claimed responsibility for", "claimed the attack"
	}
	// "The group said it was behind the bombing."
	content := strings.ToLower(at.Content.Text(a.doc))
	content = strings.TrimLeft(strings.TrimPrefix(content, "that "), "“\"'‘")
	for _, own := range []string{"it was behind", "we were behind", "it is behind", "we are behind", "it was responsible for", "we were responsible for"} {
		if strings.HasPrefix(content, own) {
			return true
		}
	}
	return false
}

// accusedBefore returns the entity of the first actor that an
// accusation's content names before byte offset end, other than its
// speaker; or -1.
func (a *annotator) accusedBefore(at *sitrep.Attribution, end int) int {
	if at.Source.IsEmpty() {
		// A passive names the accused as its subject, before the cue:
		// "RSF accused of killing dozens", "The army was blamed for".
		if e := a.passiveSubject(at.Cue.Start); e >= 0 {
			return e
		}
	}
	start := a.tokenAt(at.Content.Start)
	for _, m := range a.mentionsIn(start, a.tokenAt(end)) {
		mm := a.doc.Mentions[m]
		if mm.Type == sitrep.WEAPON && mm.End <= end {
			// "blamed Russian warplanes for the strike": the force whose
			// aircraft they are, which the weapon's words name.
			if k := a.nationalityIn(m); k >= 0 && a.doc.Mentions[k].Entity >= 0 && a.doc.Mentions[k].Entity != at.Speaker {
				return a.doc.Mentions[k].Entity
			}
		}
		if !actorType(mm.Type) || mm.Entity < 0 || mm.Entity == at.Speaker || mm.End > end {
			continue
		}
		if a.placeOnly(m) && a.afterLocative(start, a.mentionTok[m].start) || a.qualifiesPlace(m) || a.placeAfterPreposition(m) {
			continue // "killing dozens in El Fasher": where, not who
		}
		if a.isAttributionSource(mm.Span) {
			continue // "a strike that the Houthis said killed 23": they speak
		}
		return mm.Entity
	}
	return -1
}

// harmVerbs are the verbs of harm whose subject, in a relative clause after
// a place, is the attack the place is the site of.
var harmVerbs = words(`killed kills wounded wounds injured injures destroyed destroys damaged damages hit hits left leaves`)

// namesCountry reports whether mention m is a place resolved to a country.
func (a *annotator) namesCountry(m int) bool {
	k := a.doc.PlaceAt(a.doc.Mentions[m].Span)
	return k >= 0 && a.doc.Places[k].Precision == sitrep.PrecisionCountry
}

// placeAfterPreposition reports whether mention m is a place right after
// a locative preposition: "the strike on the market in Idlib" says where,
// though Idlib, as a place with a country, could otherwise stand for its
// government.
func (a *annotator) placeAfterPreposition(m int) bool {
	t := a.doc.Mentions[m].Type
	r := a.mentionTok[m]
	return (t == sitrep.GPE || t == sitrep.LOC) && r.start > 0 && locativePreps[a.words[r.start-1]]
}

// passiveSubject returns the entity of the mention that ends right before
// the passive cue starting at byte cue, over the lexicon's passive
// auxiliary ("was", "has been"); or -1.
func (a *annotator) passiveSubject(cue int) int {
	t := a.tokenAt(cue) - 1
	if start, ok := a.endsAt(lPassive, t); ok {
		t = start - 1 // "was", "has been"
	}
	if t < 0 {
		return -1
	}
	for _, m := range a.mentionsIn(max(0, t-6), t+1) {
		if r := a.mentionTok[m]; r.end == t+1 && actorType(a.doc.Mentions[m].Type) && a.doc.Mentions[m].Entity >= 0 {
			return a.doc.Mentions[m].Entity
		}
	}
	return -1
}

// namesAccused reports whether an attribution's content names someone other
// than its speaker, whom an accusation can be against.
func (a *annotator) namesAccused(at *sitrep.Attribution) bool {
	for _, m := range a.mentionsIn(a.tokenAt(at.Content.Start), a.tokenAfter(at.Content.End)) {
		mm := a.doc.Mentions[m]
		if actorType(mm.Type) && (mm.Entity < 0 || mm.Entity != at.Speaker) {
			return true
		}
	}
	return false
}

// denialReach is how many sentences back a denial of involvement looks for
// the act it answers.
const denialReach = 3

// denials attaches a denial that names no act of its own ("The Taliban
// denied any involvement") to the nearest earlier act one can be accused of,
// within denialReach sentences of its latest mention: the speaker denies
// being its actor.
//
// A claim of responsibility that names no act ("Al-Shabab claimed
// responsibility via its radio station") is attached the same way: the
// speaker declares itself the actor.
func (a *annotator) denials(events []*candidate) {
	for ai := range a.doc.Attributions {
		at := &a.doc.Attributions[ai]
		if at.Speaker < 0 {
			continue
		}
		responsibility := a.claimsResponsibility(at)
		if !responsibility && at.Stance == sitrep.StanceDeny && !a.namesInvolvement(at.Content) {
			a.rebuttal(events, ai)
			continue
		}
		if !responsibility && at.Stance != sitrep.StanceDeny {
			continue
		}
		var best *candidate
		answered := false
		for _, c := range events {
			for _, ev := range c.evidence {
				if at.Content.Contains(ev) {
					answered = true // the denial names its act: sourcesAndClaims saw it
				}
			}
			if !accusable(c.category) || c.evidence[0].Start >= at.Start {
				continue
			}
			if responsibility && c.actor.Entity >= 0 && c.actor.Entity != at.Speaker {
				continue // one claims no act another is said to have done
			}
			if a.sentenceOf(at.Start)-a.sentenceOf(c.last) > denialReach {
				continue
			}
			if best == nil || c.last > best.last {
				best = c
			}
		}
		if best != nil && !answered {
			cl := sitrep.Claim{Stance: at.Stance, Attribution: ai, By: at.Speaker, Actor: at.Speaker}
			a.addClaim(best, cl)
			a.addCoClaims(best, at, cl, true)
			if responsibility && best.actor.Entity < 0 {
				best.actor = sitrep.Argument{Span: at.Source, Mention: -1, Entity: at.Speaker}
			}
		}
	}
}

// reportNouns name a report or a charge that a later denial refers back
// to: "denied the claim", "rejected the accusation", "disputed the account".
var reportNouns = words(`claim claims accusation accusations allegation allegations account accounts report reports
	charge charges assertion assertions`)

// rebuttalReach is how many paragraphs back a denial that refers to a
// report looks for the report.
const rebuttalReach = 2

// rebuttal attaches denial ai whose content names no act but refers back
// to a report ("The Defence Ministry called the claims propaganda", "The
// army rejected the accusation") to the acts of that report: the content
// of the nearest earlier attribution, within rebuttalReach paragraphs,
// that holds an act one can be accused of and whose speaker is not the
// denier; one that asserts or accuses before one that doubts or denies.
// The nearest accusation is the one denied, whether it holds such an act
// or not ("accused Kabul of sheltering them" and "denied the charge").
// The claim's actor is the one the report names: whom it accuses, or the
// act's actor.
func (a *annotator) rebuttal(events []*candidate, ai int) {
	at := &a.doc.Attributions[ai]
	if a.reportNoun(at) < 0 || a.holdsAct(events, at.Content, true) {
		return
	}
	para := a.paragraphOf(at.Start)
	ref := -1
	for bi := ai - 1; bi >= 0; bi-- {
		b := &a.doc.Attributions[bi]
		if b.Start >= at.Start || b.Content.End > at.Start {
			continue
		}
		if para-a.paragraphOf(b.Start) > rebuttalReach {
			break
		}
		if b.Speaker >= 0 && (b.Speaker == at.Speaker || slices.Contains(at.CoSpeakers, b.Speaker)) || noComment(a.doc, b) {
			continue
		}
		if !a.holdsAct(events, b.Content, false) {
			if b.Stance == sitrep.StanceAccuse {
				break
			}
			continue
		}
		if b.Stance == sitrep.StanceAssert || b.Stance == sitrep.StanceAccuse || b.Stance == "" {
			ref = bi
			break
		}
		if ref < 0 {
			ref = bi // a doubt or a denial, unless an assertion comes before it
		}
	}
	if ref < 0 {
		return
	}
	b := &a.doc.Attributions[ref]
	for _, c := range events {
		if !a.reportedAct(c, b.Content) || !a.toldAsClause(c, b.Content) {
			continue
		}
		actor := c.actor.Entity
		for _, cl := range c.claims {
			if cl.Attribution == ref && cl.Actor >= 0 {
				actor = cl.Actor // "accused the army of …": the army's act is denied
			}
		}
		cl := sitrep.Claim{Stance: sitrep.StanceDeny, Attribution: ai, By: at.Speaker, Actor: actor}
		a.addClaim(c, cl)
		a.addCoClaims(c, at, cl, false)
		if c.modality == sitrep.Asserted && !a.reportedBy(c, at.Speaker) {
			c.modality = sitrep.Denied // reported, and denied by another
		}
	}
}

// reportedAct reports whether c is an act one can be accused of, told as
// done, that span s tells: with evidence in s that no definite article
// marks as told before ("blamed the video for the attack" names the
// attack, which is not what it reports).
func (a *annotator) reportedAct(c *candidate, s sitrep.Span) bool {
	if !accusable(c.category) || c.modality != sitrep.Asserted && c.modality != sitrep.Denied {
		return false
	}
	for _, ev := range c.evidence {
		if t := a.tokenAt(ev.Start); s.Contains(ev) && (t == 0 || t > len(a.words) || !anaphoricDeterminers[a.words[t-1]]) {
			return true
		}
	}
	return false
}

// toldAsClause reports whether span s tells the act of c in a clause of
// its own, not by a noun after a determiner or a preposition that mentions
// it in passing ("was seen … during a protest", "best known for hits like
// the watermelon video"; "accused Rwanda of sending troops" tells it): what
// a denial of the report denies.
func (a *annotator) toldAsClause(c *candidate, s sitrep.Span) bool {
	for _, ev := range c.evidence {
		if !s.Contains(ev) {
			continue
		}
		t := a.tokenAt(ev.Start)
		if t <= 0 || t >= len(a.words) || strings.HasSuffix(a.words[t], "ing") || !a.is(t-1, lDeterminer) && !(a.is(t-1, lPreposition) && a.words[t-1] != "to") {
			return true
		}
	}
	return false
}

// reportNoun returns the token of the report noun that opens the content
// of attribution at, after a determiner or a name and at most two more
// words ("the claims", "the ministry's account", "Clinton's claim",
// "these latest allegations"); or -1. A report noun followed by what the
// report says ("the claims of torture", "reports that") is no reference
// back.
func (a *annotator) reportNoun(at *sitrep.Attribution) int {
	start, end := a.tokenAfter(at.Content.Start), a.tokenAfter(at.Content.End)
	if start >= end || start >= len(a.words) || !a.is(start, lDeterminer) && !a.capitalized(start) {
		return -1
	}
	for t := start; t < end && t < start+4 && t < len(a.words); t++ {
		if reportNouns[a.words[t]] {
			if t+1 < end && t+1 < len(a.words) && reportContent[a.words[t+1]] {
				return -1
			}
			return t
		}
		if a.doc.Tokens[t].Kind != sitrep.TokenWord && a.words[t] != "'s" && a.words[t] != "’s" || a.is(t, lClause) {
			return -1
		}
	}
	return -1
}

// deniedReportBefore reports whether denial at is of a report that its
// content opens with, at or before token t: the act at t is then the
// report itself ("denied the accusation") or one the speaker names after
// it ("said the military's claims were lies aimed at justifying the
// massacre"), and neither is denied as done.
func (a *annotator) deniedReportBefore(at *sitrep.Attribution, t int) bool {
	r := a.reportNoun(at)
	if r < 0 || r > t {
		return false
	}
	if r == t {
		return true
	}
	// Only after what the report is called: "claims were lies", "reports
	// as fabricated". A report that goes on with what it says ("a report
	// in Politico that Bush will not endorse him") is denied in that.
	switch next := a.words[min(r+1, len(a.words)-1)]; next {
	case "is", "are", "was", "were", "as":
		return true
	}
	return false
}

// reportContent are the words after a report noun that open what it says.
var reportContent = words(`of about that on over against regarding concerning`)

// holdsAct reports whether span s holds the evidence of an event; when
// bare, of any event but an accusation told by a report noun alone ("the
// accusation" is what a denial answers, not an act of its own); else of
// an act one can be accused of, told as done.
func (a *annotator) holdsAct(events []*candidate, s sitrep.Span, bare bool) bool {
	for _, c := range events {
		if !bare {
			if a.reportedAct(c, s) {
				return true
			}
			continue
		}
		for _, ev := range c.evidence {
			if !s.Contains(ev) {
				continue
			}
			if c.category == sitrep.ACCUSE {
				if t := a.tokenAfter(ev.Start); t < len(a.words) && reportNouns[a.words[t]] {
					continue
				}
			}
			return true
		}
	}
	return false
}

// paragraphOf returns the paragraph of the sentence holding byte offset b.
func (a *annotator) paragraphOf(b int) int {
	si := a.sentenceOf(b)
	if si >= len(a.doc.Sentences) {
		return 0
	}
	return a.doc.Sentences[si].Paragraph
}

// tolls attaches a later running total of the dead ("the death toll rose to
// 18") that no event holds to the nearest earlier attack within denialReach
// sentences of its latest mention, and makes it the attack's dead figure when
// it is at least as high: a total supersedes the first count, which stays
// among the event's figures.
func (a *annotator) tolls(events []*candidate) {
	held := slices.Grow(a.held[:0], len(a.doc.Figures))[:len(a.doc.Figures)]
	a.held = held
	clear(held)
	for _, c := range events {
		for _, f := range c.figures {
			held[f] = true
		}
	}
	for fi := range a.doc.Figures {
		f := &a.doc.Figures[fi]
		if !f.Total || f.Unit != sitrep.UnitKilled || held[fi] {
			continue
		}
		var best *candidate
		for _, c := range events {
			if c.category != sitrep.ASSAULT || c.evidence[0].Start >= f.Start ||
				a.sentenceOf(f.Start)-a.sentenceOf(c.last) > denialReach {
				continue
			}
			if best == nil || c.last > best.last {
				best = c
			}
		}
		if best == nil {
			continue
		}
		best.figures = append(grow(&a.intMem, best.figures, 1), fi)
		if best.dead < 0 || f.Count.Min >= a.doc.Figures[best.dead].Count.Min {
			best.dead = fi
		}
		a.tollSources(best, f)
	}
}

// tollSources adds to c's sources the attributions that report toll f
// ("Local groups put the death toll at 16", "the death toll rose to 18,
// officials said"), so that each figure the event holds keeps the source
// that gives it: an attribution's content holds the figure it reports.
func (a *annotator) tollSources(c *candidate, f *sitrep.Figure) {
	for _, ai := range a.attrsAt(f.Start) {
		at := &a.doc.Attributions[ai]
		if !at.Content.Contains(f.Span) || at.Stance != sitrep.StanceAssert && at.Stance != "" || noComment(a.doc, at) ||
			slices.Contains(c.sources, ai) {
			continue
		}
		c.sources = append(grow(&a.intMem, c.sources, 1), ai)
	}
}

// namesInvolvement reports whether span holds a word of the involvement list.
func (a *annotator) namesInvolvement(s sitrep.Span) bool {
	for t := a.tokenAt(s.Start); t < a.tokenAfter(s.End) && t < len(a.info); t++ {
		if a.is(t, lInvolvement) {
			return true
		}
	}
	return false
}

// sentenceOf returns the index of the sentence holding byte offset b.
func (a *annotator) sentenceOf(b int) int {
	ss := a.doc.Sentences
	return max(0, sort.Search(len(ss), func(i int) bool { return ss[i].End > b }))
}

// standingDenial reports whether attribution ai denies as a habit, not
// one act: "has repeatedly denied targeting civilians", "has always
// denied", "denies ... consistently", of a gerund with no figure in it.
// "Has repeatedly denied that its soldiers shot the journalist" denies a
// reported act.
func (a *annotator) standingDenial(ai int) bool {
	at := &a.doc.Attributions[ai]
	c := a.tokenAfter(at.Content.Start)
	if c >= len(a.words) || !strings.HasSuffix(a.words[c], "ing") {
		return false
	}
	fs := a.doc.Figures
	if k := a.firstFigureFrom(at.Content.Start); k < len(fs) && fs[k].Start < at.Content.End {
		return false
	}
	from, to := a.tokenAt(at.Cue.Start), a.tokenAfter(at.Cue.End)
	for t := from; t < to+2 && t < len(a.words); t++ {
		if habitualWords[a.words[t]] || earlierWords[a.words[t]] && a.bareObject(c, a.tokenAfter(at.Content.End)) {
			return true
		}
	}
	return false
}

// habitualWords make a statement a standing position.
var habitualWords = words(`repeatedly always consistently routinely long regularly persistently`)

// earlierWords date a statement before the report. An earlier denial of a
// class of acts ("has previously denied striking civilian targets") is a
// position; one of a particular act ("previously denied shelling the
// hospital") may still deny this one.
var earlierWords = words(`previously earlier before formerly`)

// bareObject reports whether the object of the gerund at token g, before
// token end, is a bare noun phrase, a class of things ("striking civilian
// targets", "targeting civilians"), with no determiner to single one out.
func (a *annotator) bareObject(g, end int) bool {
	t := g + 1
	if t < end && (a.words[t] == "out" || a.words[t] == "on") {
		t++ // "carrying out attacks", "firing on civilians"
	}
	return t < end && !a.is(t, lDeterminer) && a.doc.Tokens[t].Kind == sitrep.TokenWord && !a.capitalized(t)
}

// partyThatActs reports whether entity e is a party whose statements
// declare acts: an organization, a state or a group, or a person speaking
// for armed forces or police. A mayor's or candidate's statement with an
// act in it ("said it struck the crowd") is a report, and the speaker
// stands as its actor only when coreference failed.
func (a *annotator) partyThatActs(e int) bool {
	if e < 0 || e >= len(a.doc.Entities) {
		return false
	}
	ent := &a.doc.Entities[e]
	if ent.Type != sitrep.PERSON {
		return true
	}
	return bearsArms(ent.Actor)
}

// claimedBy reports whether c has a claim of speaker about its own act
// ("claimed responsibility for the attack …, saying" needs no second).
func (a *annotator) claimedBy(c *candidate, speaker int) bool {
	return slices.ContainsFunc(c.claims, func(cl sitrep.Claim) bool { return cl.By == speaker && cl.Actor == speaker })
}

// addClaim adds cl to c unless the same attribution already makes that
// claim.
func (a *annotator) addClaim(c *candidate, cl sitrep.Claim) {
	for i, old := range c.claims {
		if old.Attribution == cl.Attribution && old.Stance == cl.Stance {
			if old.Actor < 0 {
				c.claims[i].Actor = cl.Actor
			}
			if old.By < 0 {
				c.claims[i].By = cl.By
			}
			return
		}
	}
	c.claims = append(grow(&a.claimMem, c.claims, 1), cl)
}

// addCoClaims adds, after cl, the claim of attribution at's speaker, the
// same claim by each of at's co-speakers ("Russia" of "Russia and Syria
// denied"), each its own actor if selfActor (they claim responsibility,
// or deny their own involvement).
func (a *annotator) addCoClaims(c *candidate, at *sitrep.Attribution, cl sitrep.Claim, selfActor bool) {
	for _, co := range at.CoSpeakers {
		cl.By = co
		if selfActor {
			cl.Actor = co
		}
		a.addCoClaim(c, cl)
	}
}

// addCoClaim adds claim cl of a co-speaker unless c has it. It comes after
// the claim of the attribution's speaker, which addClaim merges later
// claims of the attribution into.
func (a *annotator) addCoClaim(c *candidate, cl sitrep.Claim) {
	for _, old := range c.claims {
		if old.Attribution == cl.Attribution && old.Stance == cl.Stance && old.By == cl.By {
			return
		}
	}
	c.claims = append(grow(&a.claimMem, c.claims, 1), cl)
}

// accusations turns an accusation in a sentence into claims on the
// sentence's other events: in "the strikes, which Damascus has blamed the
// coalition for" Damascus accuses the coalition of the strikes.
func (a *annotator) accusations(sc *sentenceCtx, occOf []int, here []*candidate) {
	for _, acc := range here {
		if acc.category != sitrep.ACCUSE || acc.mode != "allege" || acc.modality != sitrep.Asserted {
			continue
		}
		att := a.attributionFor(acc)
		if att < 0 {
			continue
		}
		by := acc.actor.Entity
		if by < 0 {
			by = a.doc.Attributions[att].Speaker
		}
		named := a.namesOwnAct(&a.doc.Attributions[att])
		for _, c := range here {
			if c == acc || !accusable(c.category) {
				continue
			}
			if named && !a.evidenceIn(c, a.doc.Attributions[att].Content) {
				// "said the gang was behind the attack and accused police
				// of failing to respond": the accusation names its own act.
				continue
			}
			cl := sitrep.Claim{Stance: sitrep.StanceAccuse, Attribution: att, By: by, Actor: acc.target.Entity}
			a.addClaim(c, cl)
			if acc.actor.Entity < 0 {
				a.addCoClaims(c, &a.doc.Attributions[att], cl, false)
			}
			if c.actor.Entity >= 0 && c.actor.Entity == acc.target.Entity {
				c.actor = noArg // alleged, not asserted
			}
		}
	}
}

// namesOwnAct reports whether the content of accusation at names what the
// accused did with a verb in -ing after "of" or "for" ("police of failing
// to respond"), not leaving it to the clause around ("which Damascus has
// blamed the coalition for") nor naming it by a noun ("blamed Boko Haram
// for the deaths"; "the Army of Islam" is a name).
func (a *annotator) namesOwnAct(at *sitrep.Attribution) bool {
	i, end := a.tokenAfter(at.Content.Start), a.tokenAfter(at.Content.End)
	for t := i; t+1 < end; t++ {
		if (a.words[t] == "of" || a.words[t] == "for") && strings.HasSuffix(a.words[t+1], "ing") && len(a.words[t+1]) > 4 {
			return true // "of failing to respond", "of using civilians as shields"
		}
	}
	return false
}

// evidenceIn reports whether one of c's spans of evidence lies in sp.
func (a *annotator) evidenceIn(c *candidate, sp sitrep.Span) bool {
	for _, ev := range c.evidence {
		if sp.Contains(ev) {
			return true
		}
	}
	return false
}

// attributionFor returns the attribution whose cue is the accusation's
// trigger, or whose span holds it; -1 if none.
func (a *annotator) attributionFor(c *candidate) int {
	best := -1
	for _, ev := range c.evidence {
		for _, ai := range a.attrsAt(ev.Start) {
			at := &a.doc.Attributions[ai]
			if at.Cue.Overlaps(ev) {
				return ai
			}
			if best < 0 && at.Span.Contains(ev) && (at.Stance == sitrep.StanceAccuse) {
				best = ai
			}
		}
	}
	return best
}

// condemnedActors gives a disapproval that names no target ("Iraq
// condemned the strike", "the ministry denounced the attack") the actor
// of the act it names right after its trigger, where that act is an
// event with a known actor other than the one who disapproves: whom
// condemning the strike disapproves of.
func (a *annotator) condemnedActors(events []*candidate) {
	var starts map[int]*candidate // the events by the start of each evidence, built on first need
	for _, c := range events {
		if c.category != sitrep.ACCUSE || c.mode != "disapprove" || c.target.Entity >= 0 || len(c.evidence) == 0 {
			continue
		}
		if starts == nil {
			starts = make(map[int]*candidate)
			for _, e := range events {
				if accusable(e.category) && e.actor.Entity >= 0 {
					for _, ev := range e.evidence {
						starts[ev.Start] = e
					}
				}
			}
		}
		t := a.tokenAfter(c.evidence[0].End)
		for n := 0; n < 4 && t < len(a.words) && !a.isPunct(t); n, t = n+1, t+1 {
			e := starts[a.doc.Tokens[t].Start]
			if e == nil || e == c {
				if a.is(t, lDeterminer) || a.doc.Tokens[t].Kind == sitrep.TokenWord && !a.is(t, lPreposition) {
					continue // "the deadly strike"
				}
				break
			}
			if e.actor.Entity != c.actor.Entity && !a.doerNamedAfter(t) {
				c.target = e.actor
			}
			break
		}
	}
}

// doerNamedAfter reports whether "by" follows the act's noun at token t
// in its clause: "condemned the attack on aid workers by militants" names
// its doer, whom the event's actor (merged from another clause) may not
// be.
func (a *annotator) doerNamedAfter(t int) bool {
	for j := t + 1; j < len(a.words) && j <= t+8 && !a.isPunct(j); j++ {
		if a.words[j] == "by" {
			return true
		}
	}
	return false
}

// accusable reports whether one can be accused of an act of category c.
func accusable(c sitrep.Category) bool {
	switch c {
	case sitrep.ASSAULT, sitrep.COERCE, sitrep.MOBILIZE, sitrep.SANCTION, sitrep.PROTEST:
		return true
	}
	return false
}

func materialConflict(c sitrep.Category) bool {
	switch c {
	case sitrep.ASSAULT, sitrep.COERCE, sitrep.MOBILIZE, sitrep.SANCTION, sitrep.PROTEST, sitrep.THREATEN:
		return true
	}
	return false
}

// toldNegation reports whether denial at is a report of what did not
// happen, not a denial of an act of category cat: its cue only reports
// ("said", "told"), its stance comes from a negation in what it says, and
// cat is no act one is accused of ("KFOR said it had increased patrols
// but did not attribute blame" tells that it blamed no one). "The army
// said its troops did not shell the village" still denies the shelling.
func (a *annotator) toldNegation(at *sitrep.Attribution, cat sitrep.Category) bool {
	if accusable(cat) {
		return false
	}
	reports := false
	for t := a.tokenAfter(at.Cue.Start); t < a.tokenAfter(at.Cue.End) && t < len(a.words); t++ {
		if stanceVerbs[a.words[t]] {
			return false
		}
		reports = reports || a.is(t, lReporting)
	}
	return reports
}

// cueHeads reports whether the cue of attribution at is the verb that
// makes occurrence o ("Israel denied access": the denial is the act, a
// withholding, not a stance toward it). The head of an obligation is the
// verb that reports it ("he said they must leave"), whose speaker is its
// source.
func (a *annotator) cueHeads(at *sitrep.Attribution, o *occurrence) bool {
	return !o.obligation && o.head >= 0 && o.head < len(a.doc.Tokens) && at.Cue.Overlaps(a.span(o.head, o.head+1))
}

// deniedBy returns the index of an attribution denying the occurrence, or -1.
func (a *annotator) deniedBy(o *occurrence) int {
	trig := a.span(o.start, o.end)
	for _, ai := range a.attrsAt(trig.Start) {
		at := &a.doc.Attributions[ai]
		if at.Stance == sitrep.StanceDeny && at.Content.Contains(trig) && !a.deniesWhatIsAlleged(at, trig) && !a.deniedReportBefore(at, o.start) &&
			!a.cueHeads(at, o) && !a.toldNegation(at, o.category) {
			return ai
		}
	}
	return -1
}
