package event

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
)

// An annotator holds one document's working state.
type annotator struct {
	lex   *lexicon
	doc   *sitrep.Document
	words []string // lower-case text of each token, curly apostrophes made straight
	flags []uint8  // see flagPunct
	// ids holds the vocabulary number of each word (see
	// lexicon.vocabIndex), by which phrases are matched.
	ids []int32
	// info holds what the lexicon knows of each token; noInfo if nothing,
	// so that the rules, which ask it of many tokens, need not test for nil.
	info []*wordInfo
	// scanned lists, in order, the tokens that scan must look at (see
	// wordInfo.scanned): few, so that it need not visit every token.
	scanned     []int32
	scannedFrom int // where scan found the last sentence's first token in scanned
	// mentionTok[i] is the [first, last+1) token range of Mentions[i].
	mentionTok []tokRange
	// toponym[i] is set if the place stage resolved Mentions[i] as a place
	// name, whatever type the tagger gave it ("Saada strike", a person's
	// name to the tagger).
	toponym []bool
	// topMention lists the mentions not nested in a longer one, by Start.
	topMention []int
	// topAfter[i] is the index in topMention of the first mention ending
	// after token i, for 0 <= i <= len(doc.Tokens): mentionsIn, which the
	// rules ask often, starts there.
	topAfter []int
	// sentAttrs lists, for each sentence, the attributions overlapping it.
	sentAttrs [][]int
	sc        sentenceCtx // the sentence being read
	// lastSentence is the last answer of sentenceAt.
	lastSentence int
	// here, occOf, need and done are group's memory, reused by each
	// sentence.
	here  []*candidate
	occOf []int
	need  []int
	done  []bool
	// slab holds the candidates (see newCandidate).
	slab []candidate
	// spanMem, intMem and claimMem are the document's memory for the
	// candidates' evidence, figures and sources, and claims (see take);
	// figures and sources are built in scratch (see keep).
	spanMem  []sitrep.Span
	intMem   []int
	claimMem []sitrep.Claim
	scratch  []int
	held     []bool // tolls' memory
	// found and events are Run's and merge's lists of candidates, whose
	// memory later documents reuse.
	found, events []*candidate
}

// code returns the actor code of mention m's entity, or "".
func (a *annotator) code(m int) string {
	if e := a.doc.Mentions[m].Entity; e >= 0 && e < len(a.doc.Entities) {
		return a.doc.Entities[e].Actor
	}
	return ""
}

// indexAttributions lists the attributions overlapping each sentence, so
// that a trigger is compared with the few attributions around it.
func (a *annotator) indexAttributions() {
	n := len(a.doc.Sentences)
	a.sentAttrs = slices.Grow(a.sentAttrs[:0], n)[:n]
	for i := range a.sentAttrs {
		a.sentAttrs[i] = a.sentAttrs[i][:0]
	}
	for ai, at := range a.doc.Attributions {
		if at.IsEmpty() {
			continue
		}
		first := a.sentenceAt(at.Start)
		for si := first; si < len(a.doc.Sentences) && a.doc.Sentences[si].Start < at.End; si++ {
			a.sentAttrs[si] = append(a.sentAttrs[si], ai)
		}
	}
}

// sentenceAt returns the index of the first sentence ending after byte b.
// Most questions are about the sentence of the last answer, which is
// tested first.
func (a *annotator) sentenceAt(b int) int {
	ss := a.doc.Sentences
	if k := a.lastSentence; k < len(ss) && ss[k].End > b && (k == 0 || ss[k-1].End <= b) {
		return k
	}
	a.lastSentence = sort.Search(len(ss), func(i int) bool { return ss[i].End > b })
	return a.lastSentence
}

// stanceVerbs take a stance toward an act they name: a negation before
// them ("did not deny the strike", "would neither confirm nor deny the
// strike") is theirs, even where the attribution stage made no cue of
// them.
var stanceVerbs = words(`deny denies denied denying confirm confirms confirmed confirming comment commented
	dispute disputes disputed acknowledge acknowledged acknowledges verify verified`)

// cueOver reports whether token j lies in the cue of an attribution whose
// content holds token t: a negation there ("neither confirmed nor denied
// the attack", "did not deny the strike") is the speaker's stance, which
// its claim carries, not the act's.
func (a *annotator) cueOver(j, t int) bool {
	jb, tb := a.doc.Tokens[j].Start, a.doc.Tokens[t].Start
	for _, ai := range a.attrsAt(jb) {
		at := &a.doc.Attributions[ai]
		if at.Cue.Start <= jb && jb < at.Cue.End && at.Content.Start <= tb && tb < at.Content.End {
			return true
		}
	}
	return false
}

// doubtAfter reports whether the negation at token j negates a word of
// knowing before token t rather than the trigger at t: "It is not clear
// that the attack was planned", "it was not immediately known who fired".
// The attribution stage may or may not take these for cues (its judge
// decides), and either way the act is not denied.
func (a *annotator) doubtAfter(j, t int) bool {
	for i := j + 1; i < t && i <= j+2; i++ {
		switch a.words[i] {
		case "clear", "known", "certain", "sure":
			return true
		}
	}
	return false
}

// attrsAt returns the attributions overlapping the sentence holding byte b.
func (a *annotator) attrsAt(b int) []int {
	si := a.sentenceAt(b)
	if si >= len(a.sentAttrs) {
		return nil
	}
	return a.sentAttrs[si]
}

type tokRange struct{ start, end int }

// reset makes a, perhaps used for an earlier document, an annotator of doc,
// reusing its memory.
func (a *annotator) reset(lex *lexicon, doc *sitrep.Document) *annotator {
	n := len(doc.Tokens)
	*a = annotator{lex: lex, doc: doc,
		words: slices.Grow(a.words[:0], n)[:n], info: slices.Grow(a.info[:0], n)[:n],
		ids: slices.Grow(a.ids[:0], n)[:n], flags: slices.Grow(a.flags[:0], n)[:n], scanned: a.scanned[:0],
		mentionTok: a.mentionTok[:0], toponym: a.toponym[:0], topMention: a.topMention[:0], topAfter: a.topAfter[:0], sentAttrs: a.sentAttrs[:0],
		sc:   sentenceCtx{occ: a.sc.occ[:0], cues: a.sc.cues[:0]},
		here: a.here[:0], occOf: a.occOf[:0], need: a.need[:0], done: a.done[:0],
		slab: a.slab[:0], scratch: a.scratch[:0], held: a.held[:0], found: a.found[:0], events: a.events[:0]}
	// Lower-case the text once and slice it, unless lower-casing changes
	// byte lengths (rare letters such as "İ").
	lower, sameOffsets := doc.LowerText()
	// Most texts have no curly apostrophe: then no token need be searched
	// for one.
	curly := strings.Contains(doc.Text, "’")
	// Local slices of one length, so that the loops index them unchecked.
	toks := doc.Tokens
	words, info, ids, flags := a.words[:len(toks)], a.info[:len(toks)], a.ids[:len(toks)], a.flags[:len(toks)]
	if sameOffsets && !curly {
		// The common case, in a loop of its own.
		for i := range toks {
			words[i] = lower[toks[i].Start:toks[i].End]
		}
	} else {
		for i, t := range toks {
			var w string
			if sameOffsets {
				w = lower[t.Start:t.End]
				if curly && hasCurlyApostrophe(w) {
					w = strings.ReplaceAll(w, "’", "'")
				}
			} else {
				w = lowerWord(doc.Text[t.Start:t.End])
			}
			words[i] = w
		}
	}
	scanned := a.scanned[:0]
	for i, w := range words {
		var id int32
		if len(w) == 1 {
			id = lex.byteIDs[w[0]]
		} else {
			id = int32(lex.vocabIndex.Find(w)) // inlined, unlike a method of lex
		}
		wi := lex.vocabInfo[id+1]
		ids[i], info[i] = id, wi
		f := wi.flags
		if toks[i].Kind == sitrep.TokenPunct {
			f |= flagPunct
		}
		flags[i] = f
		if wi.scanned {
			scanned = append(scanned, int32(i))
		}
	}
	a.scanned = scanned
	a.indexAttributions()
	a.mentionTok = slices.Grow(a.mentionTok, len(doc.Mentions))[:len(doc.Mentions)]
	a.toponym = slices.Grow(a.toponym, len(doc.Mentions))[:len(doc.Mentions)]
	clear(a.toponym)
	for _, pl := range doc.Places {
		if pl.Kind != sitrep.PlaceToponym || !notableTown(&pl) {
			continue
		}
		// The place's own mention is its GPE or LOC one; a person's on
		// its span is found by the span, if the place is notable (a
		// provincial capital such as "Saada", not the hamlets "Nixon" and
		// "Ortiz"). Organizations the place stage resolves ("Hennepin
		// County", "Illinois State") act as such, and so does a person
		// known by a full name elsewhere.
		ms := doc.Mentions
		for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= pl.Start }); i < len(ms) && ms[i].Start == pl.Start; i++ {
			if ms[i].End == pl.End && (ms[i].Type != sitrep.PERSON || !a.hasFullName(ms[i].Entity)) {
				a.toponym[i] = ms[i].Type != sitrep.ORG
			}
		}
	}
	end := -1
	p := 0 // a.tokenAt(m.Start): the mentions ascend by Start, so a cursor finds it
	for i, m := range doc.Mentions {
		if i > 0 && m.Start < doc.Mentions[i-1].Start {
			p = 0 // out of order: start over
		}
		for p < len(doc.Tokens) && doc.Tokens[p].End <= m.Start {
			p++
		}
		q := p // a.tokenAfter(m.End), at or near p: mentions are short
		for q > 0 && doc.Tokens[q-1].Start >= m.End {
			q--
		}
		for q < len(doc.Tokens) && doc.Tokens[q].Start < m.End {
			q++
		}
		a.mentionTok[i] = tokRange{p, q}
		if n := len(a.topMention); n > 0 && doc.Mentions[a.topMention[n-1]].Span == m.Span {
			// Two readings of one span ("Damascus" the city and the
			// government): keep the one with an actor code.
			if a.code(a.topMention[n-1]) == "" && a.code(i) != "" {
				a.topMention[n-1] = i
			}
			continue
		}
		if m.End <= end || m.IsEmpty() {
			continue // nested in the previous top-level mention
		}
		// A longer mention starting at the same byte replaces a shorter one.
		if n := len(a.topMention); n > 0 && doc.Mentions[a.topMention[n-1]].Start == m.Start {
			a.topMention[n-1] = i
		} else {
			a.topMention = append(a.topMention, i)
		}
		end = m.End
	}
	// Top-level mentions do not nest, so their ends ascend with their
	// starts.
	topAfter := slices.Grow(a.topAfter, len(doc.Tokens)+1)[:len(doc.Tokens)+1]
	top, mentionTok := a.topMention, a.mentionTok
	k, end := 0, len(topAfter) // end: the end token of top[k], if any
	if len(top) > 0 {
		end = mentionTok[top[0]].end
	}
	for i := range topAfter {
		for end <= i {
			if k++; k < len(top) {
				end = mentionTok[top[k]].end
			} else {
				end = len(topAfter)
			}
		}
		topAfter[i] = k
	}
	a.topAfter = topAfter
	return a
}

// notableTown reports whether place pl is a region, a capital or a town
// of notableTownPopulation people or more.
func notableTown(pl *sitrep.Place) bool {
	switch pl.Feature {
	case "P.PPLC", "P.PPLA", "P.PPLA2", "P.PPLG":
		return true
	}
	return strings.HasPrefix(pl.Feature, "A.") || pl.Population >= notableTownPopulation
}

// notableTownPopulation is the population from which a town's name that
// the tagger took for a person's is read as the town's.
const notableTownPopulation = 20000

// hasFullName reports whether entity e has a name mention of more than
// one word.
func (a *annotator) hasFullName(e int) bool {
	if e < 0 || e >= len(a.doc.Entities) {
		return false
	}
	for _, m := range a.doc.Entities[e].Mentions {
		men := &a.doc.Mentions[m]
		if men.Kind == sitrep.MentionName && strings.ContainsAny(a.doc.Text[men.Start:men.End], " \u00a0") {
			return true
		}
	}
	return false
}

// release drops a's references to its document, so that a pooled
// annotator does not keep the document alive.
func (a *annotator) release() {
	clear(a.words)
	clear(a.sc.occ)
	clear(a.sc.cues)
	clear(a.here[:cap(a.here)])
	clear(a.found[:cap(a.found)])
	clear(a.events[:cap(a.events)])
	clear(a.slab)
	a.spanMem, a.intMem, a.claimMem = nil, nil, nil
	a.doc = nil
}

// is reports whether token t is a one-word entry of list l.
func (a *annotator) is(t int, l listID) bool {
	return t >= 0 && t < len(a.info) && a.info[t].single&(1<<l) != 0
}

// mayStart reports whether an entry of list l may start at token t, which
// 0 <= t < len(a.info) must hold: false means it does not. It is inlined,
// unlike startsAt, and spares the loops over a sentence's tokens a call of
// startsAt for most words.
func (a *annotator) mayStart(t int, l listID) bool { return a.info[t].starts&(1<<l) != 0 }

// endsAt reports whether an entry of list l ends at token j, and returns the
// index of its first token.
func (a *annotator) endsAt(l listID, j int) (int, bool) {
	if uint(j) >= uint(len(a.info)) || a.info[j].ends&(1<<l) == 0 {
		return 0, false
	}
	if a.info[j].last&(1<<l) != 0 {
		if start, ok := a.multiEndsAt(l, j); ok {
			return start, true
		}
	}
	return j, a.info[j].single&(1<<l) != 0
}

// startsAt reports whether an entry of list l starts at token i, and returns
// the index after it.
func (a *annotator) startsAt(l listID, i int) (int, bool) {
	if uint(i) >= uint(len(a.info)) || a.info[i].starts&(1<<l) == 0 {
		return 0, false
	}
	if a.info[i].first&(1<<l) != 0 {
		if end, ok := a.multiStartsAt(l, i); ok {
			return end, true
		}
	}
	return i + 1, a.info[i].single&(1<<l) != 0
}

// multiEndsAt reports whether one of list l's multi-word entries ends at
// token i (inclusive), and returns the index of its first token. The
// caller knows l's one-word entries from the token's listBits.
func (a *annotator) multiEndsAt(l listID, i int) (int, bool) {
	if i < 1 {
		return 0, false
	}
	for _, m := range multiWith(a.info[i].lastOf, l, a.ids[i-1]) {
		// The last two words are equal: compare the others.
		if j := i - len(m.ids) + 1; j >= 0 && slices.Equal(a.ids[j:i-1], m.ids[:len(m.ids)-2]) {
			return j, true
		}
	}
	return 0, false
}

// multiStartsAt reports whether one of list l's multi-word entries starts
// at token i, and returns the index after it.
func (a *annotator) multiStartsAt(l listID, i int) (int, bool) {
	if i+1 >= len(a.ids) {
		return 0, false
	}
	for _, m := range multiWith(a.info[i].firstOf, l, a.ids[i+1]) {
		// The first two words are equal: compare the others.
		if i+len(m.ids) <= len(a.ids) && slices.Equal(a.ids[i+2:i+len(m.ids)], m.ids[2:]) {
			return i + len(m.ids), true
		}
	}
	return 0, false
}

// hasCurlyApostrophe reports whether w holds "’" (E2 80 99), as
// strings.Contains would, without a call per token.
func hasCurlyApostrophe(w string) bool {
	for i := 0; i+2 < len(w); i++ {
		if w[i] == 0xe2 && w[i+1] == 0x80 && w[i+2] == 0x99 {
			return true
		}
	}
	return false
}

// lowerWord lower-cases a token, with a fast path for lower-case ASCII.
func lowerWord(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			s = strings.ToLower(s)
			return strings.ReplaceAll(s, "’", "'")
		}
	}
	return s
}

// tokenAt returns the index of the first token ending after byte offset b.
func (a *annotator) tokenAt(b int) int {
	// sort.Search, written out: it would call a closure at each step.
	toks := a.doc.Tokens
	lo, hi := 0, len(toks)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if toks[h].End > b {
			hi = h
		} else {
			lo = h + 1
		}
	}
	return lo
}

// tokenAfter returns the index of the first token starting at or after b.
func (a *annotator) tokenAfter(b int) int { return sitrep.FirstTokenFrom(a.doc.Tokens, b) }

// span returns the byte span of tokens [i, j).
func (a *annotator) span(i, j int) sitrep.Span {
	if i >= j {
		return sitrep.Span{}
	}
	return sitrep.Span{Start: a.doc.Tokens[i].Start, End: a.doc.Tokens[j-1].End}
}

// An occurrence is one trigger found in a sentence.
type occurrence struct {
	start, end int // token range
	e          *entry
	modality   sitrep.Modality
	negFuture  bool // negated together with a future or modal word: "would not provide"
	notYet     bool // negated as not done so far: "has not yet been agreed"
	passive    bool
	absorbed   bool // the content of another trigger ("urged them to withdraw")
	category   sitrep.Category
	mode       string
	// head is the token of a verb that stands for a nominal trigger ("lifted
	// the curfew") or of the reporting verb of an obligation; -1 if none.
	head int
	// gov is the index of the trigger whose content this one is; -1 if none.
	gov int
	// obligation marks a REQUEST made of an obligation word in reported
	// speech ("said the US must"): its actor is the reporter, its target
	// the obliged.
	obligation bool
}

// The trigger entries of projectiles sent: "fired 90 drones at Kyiv",
// "launched a barrage of ballistic missiles" (see launchedProjectile).
var (
	droneLaunchEntry   = &entry{category: sitrep.ASSAULT, mode: "drone", verb: true}
	missileLaunchEntry = &entry{category: sitrep.ASSAULT, mode: "heavy-weapons", verb: true}
)

// weaponSubjects are the nouns besides projectiles after which an
// ambiguous bare verb ("hit", "strike") is a verb.
var weaponSubjects = words(`strike strikes airstrike airstrikes bomb bombs artillery shelling warplanes jets`)

// projectileWindow is how many tokens after a launcher or "shot down" its
// projectile is sought.
const projectileWindow = 9

// projectileAfter returns the token of the projectile that is the object
// of the verb ending before token j: numbers, determiners, "of", capitalized
// words and the words of the volley list may stand between ("a barrage of
// more than 40 Iranian-made drones"); -1 if none.
func (a *annotator) projectileAfter(sc *sentenceCtx, j int) int {
	for t := j; t < sc.te && t < j+projectileWindow; t++ {
		switch {
		case a.is(t, lDrone) || a.is(t, lMissile):
			for t+1 < sc.te && (a.is(t+1, lDrone) || a.is(t+1, lMissile)) {
				t++ // "Shahed drones": the head is the last
			}
			return t
		case a.doc.Tokens[t].Kind == sitrep.TokenNumber, a.words[t] == "of", a.is(t, lDeterminer), a.is(t, lVolley),
			a.words[t] == "at" && t+1 < sc.te && a.words[t+1] == "least",
			a.doc.Tokens[t].Kind == sitrep.TokenWord && a.capitalized(t):
		default:
			return -1
		}
	}
	return -1
}

// launchedProjectile returns the end and entry of an attack by projectiles
// sent, when token i is a launcher whose object is a projectile; nil if it
// is not. The object of "fire" or "launch" is what makes it an attack:
// "launched an investigation", "fired the commander" are none.
func (a *annotator) launchedProjectile(sc *sentenceCtx, i int) (int, *entry) {
	if !a.is(i, lLauncher) {
		return 0, nil
	}
	p := a.projectileAfter(sc, i+1)
	if p < 0 || !a.projectileEnds(sc, p) {
		return 0, nil
	}
	if a.is(p, lDrone) {
		return p + 1, droneLaunchEntry
	}
	return p + 1, missileLaunchEntry
}

// projectileEnds reports whether the projectile at token p ends its noun
// phrase as the object of an attack: "launched a drone production line",
// "a missile defence review", "a rocket carrying a lunar lander" name no
// projectile sent. One projectile must be sent at something ("fired a
// rocket at the base"): "launched a rocket into space" is none.
func (a *annotator) projectileEnds(sc *sentenceCtx, p int) bool {
	n := p + 1
	if n >= sc.te || a.isPunct(n) {
		return strings.HasSuffix(a.words[p], "s")
	}
	w := a.words[n]
	switch w {
	case "at", "on", "toward", "towards", "against":
		return true
	}
	if !strings.HasSuffix(a.words[p], "s") {
		return false
	}
	return a.is(n, lPreposition) && w != "of" || w == "and" || w == "overnight" || a.is(n, lModifier)
}

// interception reports whether the trigger at token i is "shot down" (or
// "shoot down") whose object is missiles, rockets or drones: air defence,
// not an attack. One drone shot down is an attack on its owner ("the
// Houthis shot down a US drone"), as is an aircraft.
func (a *annotator) interception(sc *sentenceCtx, i int) bool {
	if i+1 >= sc.te || a.words[i+1] != "down" || !strings.HasPrefix(a.words[i], "sho") {
		return false
	}
	p := a.projectileAfter(sc, i+2)
	return p >= 0 && (a.is(p, lMissile) || strings.HasSuffix(a.words[p], "s"))
}

// vowWithoutFoe reports whether o is a vow to destroy something that is
// no party: "vowed to eliminate malaria", "vowed to crush corruption" are
// promises, "vowed to eliminate the militants" a threat.
func (a *annotator) vowWithoutFoe(sc *sentenceCtx, o *occurrence) bool {
	if o.category != sitrep.THREATEN || len(o.e.words) < 3 || !strings.HasPrefix(o.e.words[0], "vow") || !vowsOfViolence[o.e.words[2]] {
		return false
	}
	for _, m := range a.mentionsIn(o.end, min(sc.te, o.end+4)) {
		if actorType(a.doc.Mentions[m].Type) {
			return false
		}
	}
	return true
}

// tollOverPeriod returns the first token of a period that the clause of
// attack o, a verb in the perfect, opens after it ("82,777 people had
// been wounded since October", "gangs have killed thousands of people in
// recent years"), or -1: such a toll counts many acts, and is no one
// event to date or to merge with a strike. Its figures stay among the
// document's.
func (a *annotator) tollOverPeriod(sc *sentenceCtx, o *occurrence) int {
	if o.category != sitrep.ASSAULT || !o.e.verb {
		return -1
	}
	aux := o.start - 1
	if aux > sc.ts && a.words[aux] == "been" {
		aux--
	}
	if aux < sc.ts || !a.is(aux, lPerfect) {
		return -1
	}
	for t := o.end; t < sc.te && !a.isPunct(t); t++ {
		if end, ok := a.startsAt(lPeriod, t); ok && !a.withinADay(sc, end) {
			return t
		}
	}
	return -1
}

// withoutTollSubject drops from the sentence's occurrences the attacks
// that stand, with no punctuation, before a toll's verb at token v: the
// subject of the toll ("Israeli strikes have killed more than 300 people
// since the ceasefire") is the many acts it counts.
func (a *annotator) withoutTollSubject(sc *sentenceCtx, v int) []occurrence {
	n := len(sc.occ)
	for n > 0 && sc.occ[n-1].category == sitrep.ASSAULT && !a.punctBetween(sc.occ[n-1].end, v) {
		n--
	}
	return sc.occ[:n]
}

// punctBetween reports whether a punctuation token lies in [i, j).
func (a *annotator) punctBetween(i, j int) bool { return a.anyBetween(i, j, a.isPunct) }

// anyBetween reports whether match holds for a token in [i, j).
func (a *annotator) anyBetween(i, j int, match func(t int) bool) bool {
	for t := i; t < j; t++ {
		if match(t) {
			return true
		}
	}
	return false
}

// withinADay reports whether the period that runs to token end spans a
// day or hours ("in the past 24 hours", "over the last day"): a day's
// toll is told as the day's attacks.
func (a *annotator) withinADay(sc *sentenceCtx, end int) bool {
	for t := end; t < sc.te && t < end+2; t++ {
		switch a.words[t] {
		case "day", "hours", "hour", "night":
			return true
		}
	}
	return false
}

// prepositionBetween reports whether a preposition lies between tokens i
// and j.
func (a *annotator) prepositionBetween(i, j int) bool {
	return a.anyBetween(i+1, j, func(t int) bool { return a.is(t, lPreposition) })
}

// warningOfFact reports whether o warns that something is so, with no
// act to come in what it warns of ("The UN warned that the gang was
// preparing an attack"): a report of a danger, not a threat by the one
// who warns, as "warned that it would retaliate" is.
func (a *annotator) warningOfFact(sc *sentenceCtx, o *occurrence) bool {
	if o.category != sitrep.THREATEN || len(o.e.words) != 1 || !strings.HasPrefix(o.e.words[0], "warn") || o.end >= sc.te || a.words[o.end] != "that" {
		return false
	}
	for t := o.end + 1; t < sc.te; t++ {
		if a.words[t] == "would" {
			return false
		}
		if _, ok := a.endsAt(lFuture, t); ok {
			return false
		}
		if _, ok := a.endsAt(lHypothetical, t); ok {
			return false
		}
	}
	return true
}

// vowsOfViolence are the verbs after "vow to" that threaten a party.
var vowsOfViolence = words(`eliminate destroy crush wipe annihilate kill hunt exterminate punish`)

// obligationEntry is the trigger entry of reported obligations.
var obligationEntry = &entry{category: sitrep.REQUEST, verb: true}

// A clause bounds the tokens searched for a trigger's arguments.
type sentenceCtx struct {
	index  int // sentence index
	ts, te int // token range
	occ    []occurrence
	cues   []cueHit
	title  uint8 // 0 not yet known, 1 normal case, 2 title case
}

// A cueHit is a mode cue found in a sentence.
type cueHit struct {
	tok int
	e   *entry
}

// sentence finds the events of sentence si and appends them to found.
func (a *annotator) sentence(si int, found []*candidate) []*candidate {
	s := a.doc.Sentences[si]
	// The sentence context's slices are reused from sentence to sentence.
	sc := &a.sc
	*sc = sentenceCtx{index: si, ts: s.Tokens.Start, te: min(s.Tokens.End, len(a.words)), occ: sc.occ[:0], cues: sc.cues[:0]}
	if sc.ts >= sc.te {
		return found
	}
	a.scan(sc)
	if len(sc.occ) == 0 {
		return found
	}
	for i := range sc.occ {
		a.classify(sc, i)
	}
	a.undo(sc)
	return a.group(sc, found)
}

// scan finds the triggers and mode cues of a sentence.
func (a *annotator) scan(sc *sentenceCtx) {
	ids := a.ids[:sc.te]
	// The other tokens hold no trigger, cue or obligation. The sentences
	// come in order, so the last one's start is where to look from.
	from := a.scannedFrom
	if from > len(a.scanned) || from > 0 && a.scanned[from-1] >= int32(sc.ts) {
		from = 0
	}
	for from < len(a.scanned) && a.scanned[from] < int32(sc.ts) {
		from++
	}
	to := from
	for to < len(a.scanned) && a.scanned[to] < int32(sc.te) {
		to++
	}
	a.scannedFrom = from
	scanned := a.scanned[from:to]
	next := sc.ts    // the token after the last trigger found
	tollEnd := sc.ts // the start of the period of a toll (see tollOverPeriod)
	for _, t := range scanned {
		i := int(t)
		if i < next || a.doc.Tokens[i].Kind != sitrep.TokenWord {
			continue
		}
		if a.mayStart(i, lObligation) {
			if end, ok := a.startsAt(lObligation, i); ok {
				if rep := a.reportingBefore(sc, i); rep >= 0 {
					sc.occ = append(sc.occ, occurrence{start: i, end: end, e: obligationEntry, category: sitrep.REQUEST,
						modality: sitrep.Asserted, head: rep, obligation: true, gov: -1})
					next = end
					continue
				}
			}
		}
		e := matchIDs(a.info[i].triggers, ids, i)
		if e == nil {
			if end, entry := a.launchedProjectile(sc, i); entry != nil && !a.inName(sc, i, end) {
				sc.occ = append(sc.occ, occurrence{start: i, end: end, e: entry, category: entry.category, mode: entry.mode, modality: sitrep.Asserted, head: -1, gov: -1})
				next = end
			}
			continue
		}
		if e.category != "" && a.acceptable(sc, e, i) && !a.inName(sc, i, i+len(e.words)) {
			o := occurrence{start: i, end: i + len(e.words), e: e, category: e.category, mode: e.mode, modality: sitrep.Asserted, head: -1, gov: -1}
			if a.vowWithoutFoe(sc, &o) {
				o.category, o.mode = sitrep.AGREE, ""
			}
			period := a.tollOverPeriod(sc, &o)
			switch {
			case period >= 0:
				sc.occ, tollEnd = a.withoutTollSubject(sc, o.start), period
			case o.category == sitrep.ASSAULT && o.start < tollEnd:
				// "killed in clan fighting so far this year": the acts
				// the toll counts.
			case !a.warningOfFact(sc, &o):
				sc.occ = append(sc.occ, o)
			}
		}
		next = i + len(e.words)
	}
	if len(sc.occ) == 0 {
		return
	}
	for _, t := range scanned {
		i := int(t)
		wi := a.info[i]
		if len(wi.cues) == 0 {
			continue
		}
		// A cue inside a name says nothing of the act: "Ukraine's General
		// Staff said its forces had struck" is no strike of staff.
		if e := matchIDs(wi.cues, ids, i); e != nil && !a.inNameOf(i, i+len(e.ids)) {
			for _, c := range wi.cues {
				if len(c.ids) == len(e.ids) && i+len(c.ids) <= sc.te && slices.Equal(ids[i:i+len(c.ids)], c.ids) && !sc.insideCue(i, c.category) {
					sc.cues = append(sc.cues, cueHit{tok: i, e: c})
				}
			}
		}
	}
}

// insideCue reports whether token i lies inside a longer cue of category
// cat found before it: "bombs" of "petrol bombs" cues no explosives. The
// cues are found in order, so only the latest few can reach i.
func (sc *sentenceCtx) insideCue(i int, cat sitrep.Category) bool {
	for k := len(sc.cues) - 1; k >= 0 && i-sc.cues[k].tok < maxCueWords; k-- {
		c := sc.cues[k]
		if c.e.category == cat && c.tok < i && i < c.tok+len(c.e.ids) {
			return true
		}
	}
	return false
}

// maxCueWords bounds the length of a cue phrase, so that insideCue looks
// back over a few cues only.
const maxCueWords = 4

// reducedAccusation reports whether accusation o, a form in -ed, is a
// passive without its auxiliary: "RSF accused of killing dozens", "people
// accused of rape". The active has its object first, unless the object
// went before a relative clause ("which Hollande blamed for the attacks")
// or the verb has an auxiliary of its own ("whom she has accused of").
func (a *annotator) reducedAccusation(sc *sentenceCtx, o *occurrence) bool {
	if o.category != sitrep.ACCUSE || o.end >= sc.te || a.words[o.end] != "of" && a.words[o.end] != "for" {
		return false
	}
	for i := o.start - 1; i >= sc.ts && o.start-i <= 12; i-- {
		w := a.words[i]
		switch w {
		case "which", "whom", "that", "who":
			return false
		case "has", "have", "had", "he", "she", "they", "we", "i", "you", "it":
			if i == o.start-1 {
				return false
			}
		}
		if a.isPunct(i) || len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !a.capitalized(i) {
			break // "in which Kaine defended people accused of": another clause's
		}
	}
	return true
}

// altWindow is how many tokens around a trigger the cues of its
// alternative readings are sought.
const altWindow = 6

// alternative switches a trigger with alternative readings to the first
// one whose cues lie near it ("strike" near "workers", "withdrew the
// inspectors"). Violence is a riot only when the crowd does it: the cue is
// before the trigger, or after it in a passive.
func (a *annotator) alternative(sc *sentenceCtx, o *occurrence) {
	for _, r := range o.e.alt {
		for _, c := range sc.cues {
			if c.e.category != r.category || r.mode != "" && c.e.mode != r.mode ||
				c.tok < o.start-altWindow || c.tok >= o.end+altWindow {
				continue
			}
			if r.category == sitrep.PROTEST && r.mode == "riot" && c.tok >= o.end && !o.passive {
				continue
			}
			o.category, o.mode = r.category, r.mode
			return
		}
	}
}

// reportingBefore returns the token of a reporting verb before token i in
// the sentence, or of the cue of an attribution whose content holds token
// i; -1 if neither.
func (a *annotator) reportingBefore(sc *sentenceCtx, i int) int {
	for t := sc.ts; t < i; t++ {
		if a.is(t, lReporting) {
			return t
		}
	}
	sp := a.span(i, i+1)
	for _, ai := range a.attrsAt(sp.Start) {
		at := &a.doc.Attributions[ai]
		if at.Content.Contains(sp) && !at.Cue.IsEmpty() {
			return a.tokenAt(at.Cue.Start)
		}
	}
	return -1
}

// inName reports whether tokens [i, j) lie inside a proper name ("the
// Ceasefire Violations Committee", "Amnesty International"): a name mention
// longer than the trigger, or, outside title-case lines, a capitalized
// trigger next to another capitalized word.
func (a *annotator) inName(sc *sentenceCtx, i, j int) bool {
	for _, m := range a.mentionsIn(i, j) {
		r := a.mentionTok[m]
		if a.doc.Mentions[m].Kind == sitrep.MentionName && r.start <= i && j <= r.end && r.end-r.start > j-i {
			return true
		}
	}
	if i == sc.ts || !a.capitalized(i) || sc.titleCase(a) {
		return false // a sentence's first word is capitalized anyway
	}
	return i-1 > sc.ts && a.capitalized(i-1) || j < sc.te && a.capitalized(j)
}

// inNameOf reports whether tokens [i, j) lie inside the longer name of an
// organization, person or place ("General Staff"); unlike inName it does
// not guess from capitals, since cues such as "Web" are capitalized on
// their own.
func (a *annotator) inNameOf(i, j int) bool {
	for _, m := range a.mentionsIn(i, j) {
		r, men := a.mentionTok[m], a.doc.Mentions[m]
		if men.Kind == sitrep.MentionName && r.start <= i && j <= r.end && r.end-r.start > j-i &&
			(men.Type == sitrep.ORG || men.Type == sitrep.PERSON || men.Type == sitrep.GPE || men.Type == sitrep.FAC) {
			return true
		}
	}
	return false
}

// capitalized reports whether token i is a word starting with an upper-case
// letter.
func (a *annotator) capitalized(i int) bool {
	t := a.doc.Tokens[i]
	if t.Kind != sitrep.TokenWord {
		return false
	}
	if t.Start < t.End {
		if c := a.doc.Text[t.Start]; c < utf8.RuneSelf {
			return 'A' <= c && c <= 'Z' // as unicode.IsUpper, without decoding
		}
	}
	r, _ := utf8.DecodeRuneInString(a.doc.Text[t.Start:t.End])
	return unicode.IsUpper(r)
}

// titleCase reports whether most words of the sentence are capitalized, as
// in a headline, where capitals say nothing about names.
func (sc *sentenceCtx) titleCase(a *annotator) bool {
	if sc.title == 0 {
		words, caps := 0, 0
		for t := sc.ts; t < sc.te; t++ {
			if a.doc.Tokens[t].Kind == sitrep.TokenWord {
				words++
				if a.capitalized(t) {
					caps++
				}
			}
		}
		sc.title = 1
		if words >= 3 && caps*10 >= words*6 {
			sc.title = 2
		}
	}
	return sc.title == 2
}

// headlinePassive reports whether the participle of o is a headline's
// passive without its auxiliary: "Protesters killed as Kenyan police fire
// on crowds", "Two soldiers wounded in ambush". The participle follows a
// noun and comes before a preposition, a comma or the headline's end, not
// an object ("Gunmen killed five people" is active).
func (a *annotator) headlinePassive(sc *sentenceCtx, o *occurrence) bool {
	if !(a.headlineSentence(sc.index) || sc.index == 0 && sc.titleCase(a)) || o.start-1 < sc.ts || o.end != o.start+1 || !victimParticiples[a.words[o.start]] {
		return false
	}
	p := o.start - 1
	if a.doc.Tokens[p].Kind != sitrep.TokenWord || a.is(p, lDeterminer) || pronounSubjects[a.words[p]] {
		return false
	}
	if o.end >= sc.te {
		return true
	}
	switch a.words[o.end] {
	case "as", "in", "at", "after", "during", "near", "on", "amid", "while":
		return true
	}
	return a.isPunct(o.end) // a comma, a colon …
}

// victimParticiples are done to people or things, whom a headline names
// before them without "were": "Protesters killed as …", "arms seized".
// Verbs a headline uses without an object are left out: "Militants
// attacked near Bamako" and "Farmers rallied" are active.
var victimParticiples = words(`killed wounded injured hurt shot stabbed arrested detained jailed abducted
	kidnapped executed hanged beheaded murdered slain captured sentenced convicted seized destroyed banned
	closed evacuated freed released rescued deported expelled sanctioned charged displaced targeted bombed
	shelled raided burned looted`)

// pronounSubjects are the pronouns that are subjects of an active verb.
var pronounSubjects = words(`i you he she it we they who`)

// acceptable reports whether a trigger match at token i is used as an event
// word: a bare ambiguous verb needs a verbal word before it ("to free", not
// "free trade"), and a verb form right after a determiner is a noun or an
// adjective ("the destroyed city").
func (a *annotator) acceptable(sc *sentenceCtx, e *entry, i int) bool {
	prev := a.prevWord(sc, i)
	if e.needVerb && !e.noun {
		// A weapon as the subject shows the verb too: "a Russian missile
		// hit a hospital", "drones struck Odesa".
		weaponBefore := prev >= 0 && e.category == sitrep.ASSAULT && (a.is(prev, lDrone) || a.is(prev, lMissile) || weaponSubjects[a.words[prev]])
		if prev < 0 || !a.is(prev, lVerbal) && !weaponBefore {
			return false
		}
	}
	if e.verb && !e.noun && (e.form == formBase || e.form == formEd) && prev >= 0 &&
		a.is(prev, lDeterminer) {
		return false
	}
	if e.noun && prev >= 0 && strings.HasSuffix(a.words[i+len(e.words)-1], "s") && otherActs[a.words[prev]] {
		// "has carried out similar attacks on mosques in the past",
		// "previous strikes": acts of other days, which no report of
		// this one should join.
		return false
	}
	if e.verb && !e.noun && (e.form == formBase || e.form == formEd) && a.modifiesPlural(sc, i, i+len(e.words)) {
		return false // "an area controlled by outlawed groups", "blamed “outlaw militias”"
	}
	if e.verb && !e.noun && prev >= 0 && mediumPrepositions[a.words[prev]] &&
		!strings.HasSuffix(a.words[i], "ing") && !strings.HasSuffix(a.words[i], "ed") {
		return false // "told Reuters by phone": a noun, not the verb
	}
	if e.recipient && a.casualtiesAt(i+len(e.words)) {
		return false // "its hospital received 120 wounded": patients, not a visit or aid
	}
	if e.category == sitrep.ASSAULT && a.interception(sc, i) {
		return false
	}
	if (e.category == sitrep.COERCE && i+len(e.words) < sc.te && a.words[i+len(e.words)] == "under" ||
		e.noun && strings.HasSuffix(a.words[i], "s") && (prev < 0 || !a.is(prev, lDeterminer) && a.doc.Tokens[prev].Kind != sitrep.TokenNumber)) && a.underLaw(sc) {
		// "Attacks on civilians are prohibited under international law":
		// a norm, stated of acts in general, reports no act.
		return false
	}
	if e.noun && len(e.words) == 1 && i+1 < sc.te && (a.words[i] == "strike" || a.words[i] == "attack" || a.words[i] == "assault") && weaponKinds[a.words[i+1]] {
		return false // "a carrier strike group", "attack helicopters", "assault rifles": kinds of arms
	}
	if e.noun && a.words[i] == "fighting" && a.partyThatFights(sc, i) {
		return false // "the Saudi-led coalition fighting in Yemen said"
	}
	if e.category == sitrep.CONSULT && e.mode == "phone" && e.noun && a.speechMedium(sc, i) {
		return false // "confirmed the strike in a phone call with state television"
	}
	return true
}

// otherActs qualify plural acts as others than the one reported.
var otherActs = words(`similar previous past earlier prior other such repeated frequent`)

// noneSubject reports whether the subject of the passive occurrence o
// opens with "no": "no civilians were injured or killed", "no one was
// hurt" report that nothing happened to anyone.
func (a *annotator) noneSubject(sc *sentenceCtx, o *occurrence) bool {
	for j := o.start - 1; j >= sc.ts && j >= o.start-6; j-- {
		if a.isPunct(j) || a.is(j, lClause) {
			return false
		}
		if a.words[j] == "no" || a.words[j] == "nobody" {
			// It must open the subject ("said no civilians were
			// killed"): "Villagers with no way to escape were killed"
			// were killed.
			return j == sc.ts || a.isPunct(j-1) || subjectOpeners[a.words[j-1]] || a.is(j-1, lReporting)
		}
	}
	return false
}

// subjectOpeners may stand right before a subject: "said that no one
// was hurt", "but no civilians were killed".
var subjectOpeners = words(`that but and while although though when as because so`)

// ofThem reports whether occurrence o follows "of them", as a participle
// of an absolute phrase: "We recovered 40 bodies, all of them
// slaughtered" is done to them, neither by nor to the clause's subject.
func (a *annotator) ofThem(sc *sentenceCtx, o *occurrence) bool {
	prev := a.prevWord(sc, o.start)
	return prev > sc.ts && a.words[prev] == "them" && a.words[prev-1] == "of"
}

// modifiesPlural reports whether the verb form of tokens [i, end) stands
// before a plural noun where no subject can precede it, after a
// preposition (not the infinitive's "to") or an opening quotation mark,
// or in -ed at the start of the sentence: the form is then an adjective
// of the noun ("outlawed groups", "“outlaw militias”", "Targeted
// attacks"), not an act. (A plural in -s may be a verb: "fire-bomb
// hits bank", so a hyphen before the form does not count.)
func (a *annotator) modifiesPlural(sc *sentenceCtx, i, end int) bool {
	if end >= sc.te || a.doc.Tokens[end].Kind != sitrep.TokenWord || a.capitalized(end) {
		return false
	}
	if n := a.words[end]; len(n) < 4 || !strings.HasSuffix(n, "s") || strings.HasSuffix(n, "ss") || a.is(end, lPreposition) || a.is(end, lDeterminer) {
		return false
	}
	if i == sc.ts {
		return strings.HasSuffix(a.words[i], "ed") // "Targeted attacks …", not "Bomb explodes …"
	}
	p := a.words[i-1]
	// A straight quotation mark opens when no opening mark stands before it.
	return a.is(i-1, lPreposition) && p != "to" || p == "“" || p == "\"" && (i-1 == sc.ts || a.flags[i-2]&(flagPunct|flagOpen) != flagPunct|flagOpen)
}

// underLaw reports whether the sentence states what the law of war says:
// "under international law", "under international humanitarian law",
// "under the Geneva Conventions".
func (a *annotator) underLaw(sc *sentenceCtx) bool {
	for t := sc.ts; t+1 < sc.te; t++ {
		if a.words[t] != "under" {
			continue
		}
		// The law of war, not a country's: "arrested under the national
		// security law" is an arrest.
		for u := t + 1; u < sc.te && u <= t+2; u++ {
			switch a.words[u] {
			case "international", "humanitarian", "geneva":
				return true
			}
		}
	}
	return false
}

// weaponKinds follow "strike", "attack" or "assault" when these name a kind
// of arms or unit, not an act.
var weaponKinds = words(`group groups force forces aircraft helicopter helicopters jet jets fighter fighters
	submarine submarines rifle rifles capability capabilities package team teams unit units craft boat boats`)

// partyThatFights reports whether "fighting" at token i describes the
// party named right before it, as a participle before a preposition: "the
// coalition fighting in Yemen", "the militias fighting alongside the army",
// which says who they are, not that a battle took place.
func (a *annotator) partyThatFights(sc *sentenceCtx, i int) bool {
	if i+1 >= sc.te || !fightingPrepositions[a.words[i+1]] {
		return false
	}
	for _, m := range a.mentionsIn(sc.ts, i) {
		if men := a.doc.Mentions[m]; a.mentionTok[m].end == i && (men.Type == sitrep.ORG || men.Type == sitrep.PERSON) &&
			a.precededByDeterminer(sc, a.mentionTok[m].start) {
			// ("Hezbollah fighting on the border has forced …" is a
			// battle: a bare name before "fighting" names its side.)
			return true
		}
	}
	return false
}

// fightingPrepositions follow "fighting" as a participle that describes a
// party.
var fightingPrepositions = words(`in for alongside against with on inside`)

// mediumPrepositions introduce the means of an act ("by phone", "via
// video link"), after which a word that is also a bare verb is a noun.
var mediumPrepositions = words(`by via over`)

// quoteOrParticipleBetween reports whether tokens [i, j) hold a quotation mark
// or a participle in -ing: after "had been \"hijacked by dangerous
// criminals\" and vowed to crush" or "had been killed, citing local
// sources, and accused", the later verb is the speaker's next act, not a
// second passive. An agent does not part them ("was beaten by police and
// detained overnight": both were done to the journalist).
func (a *annotator) quoteOrParticipleBetween(i, j int) bool {
	for t := i; t < j; t++ {
		w := a.words[t]
		switch w {
		case "\"", "“", "”":
			return true
		}
		if len(w) > 4 && strings.HasSuffix(w, "ing") {
			return true
		}
	}
	return false
}

// subordinateBetween reports whether tokens [i, j) open a subordinate
// clause ("when", "after", "as"), whose verb has a subject of its own:
// in "were killed when the RSF attacked a village" the attack is active.
// ("but" coordinates: "two were killed but three wounded".)
func (a *annotator) subordinateBetween(i, j int) bool {
	return a.anyBetween(i, j, func(t int) bool { return a.is(t, lScope) && a.words[t] != "but" })
}

// victimsCounted reports whether a figure of dead or wounded counts its
// victims before the trigger and takes it as its unit: the headlines'
// "Dozens killed as Israel bombs school", "14 civilians killed in Russian
// strike" have no object, and their subjects are victims.
func (a *annotator) victimsCounted(sc *sentenceCtx, o *occurrence) bool {
	trig := a.span(o.start, o.end)
	from := a.doc.Tokens[sc.ts].Start
	fs := a.doc.Figures
	for k := a.firstFigureFrom(from); k < len(fs) && fs[k].Start < trig.Start; k++ {
		f := &fs[k]
		if f.Number < 0 || f.Unit != sitrep.UnitKilled && f.Unit != sitrep.UnitInjured {
			continue // "the man who killed four people" is no count of victims
		}
		if f.End >= trig.End || f.UnitCue.Overlaps(trig) && a.tokenAt(f.End-1) == o.start-1 {
			return true
		}
	}
	return false
}

// objectAfter reports whether a verb trigger is followed right away by its
// object, a determiner or a count: "A gunman shot dead two soldiers" is
// active, so the count before it is the killer, not the killed.
func (a *annotator) objectAfter(sc *sentenceCtx, o *occurrence) bool {
	t := o.end
	if t >= sc.te {
		return false
	}
	switch a.words[t] {
	case "a", "an", "the", "his", "her", "their", "its":
		// "Two soldiers killed the same day": a time, no object.
		return t+1 >= sc.te || !dayNames[a.words[t+1]] && a.words[t+1] != "same"
	}
	return a.doc.Tokens[t].Kind == sitrep.TokenNumber || a.numberAt(t) || a.casualtiesAt(t)
}

// numberAt reports whether a number of the document starts at token t:
// "two" as well as "2".
func (a *annotator) numberAt(t int) bool {
	start := a.doc.Tokens[t].Start
	ns := a.doc.Numbers
	k := sort.Search(len(ns), func(k int) bool { return ns[k].Start >= start })
	return k < len(ns) && ns[k].Start == start
}

// speechMedium reports whether the noun at token i, after "in a" or
// "during a", is how a statement earlier in its sentence was made: a
// source's call with the press is no meeting of parties.
func (a *annotator) speechMedium(sc *sentenceCtx, i int) bool {
	if i-2 < sc.ts || a.words[i-1] != "a" && a.words[i-1] != "an" || a.words[i-2] != "in" && a.words[i-2] != "during" {
		return false
	}
	rep := a.reportingBefore(sc, i)
	if rep < 0 {
		return false
	}
	// With whom: the press ("with state television", "told Reuters") or
	// no one named is the reporter's call; a party ("told Erdogan in a
	// phone call", "in a phone call with Biden") makes it a meeting.
	for t := i + 1; t < sc.te && t <= i+3; t++ {
		if a.words[t] == "with" {
			return a.pressAt(sc, t+1)
		}
	}
	if w := a.words[rep]; w == "told" || w == "tells" || w == "tell" {
		return a.pressAt(sc, rep+1)
	}
	return true
}

// pressAt reports whether the words from token t name the press: a news
// outlet or reporters.
func (a *annotator) pressAt(sc *sentenceCtx, t int) bool {
	for k := t; k < sc.te && k < t+4; k++ {
		if pressWords[a.words[k]] {
			return true
		}
		if ms := a.mentionsIn(k, k+1); len(ms) > 0 {
			return actor.SectorOf(a.code(ms[0])) == "MED"
		}
	}
	return false
}

// pressWords name the press as the hearer of a statement.
var pressWords = words(`reporters journalists television tv radio newspaper agency press broadcaster`)

// firstFigureFrom returns the index of the first of the document's
// figures, which are sorted by start, that starts at byte b or after.
func (a *annotator) firstFigureFrom(b int) int {
	fs := a.doc.Figures
	return sort.Search(len(fs), func(k int) bool { return fs[k].Start >= b })
}

// casualtiesAt reports whether a figure of dead or wounded starts at token
// t.
func (a *annotator) casualtiesAt(t int) bool {
	if t >= len(a.doc.Tokens) {
		return false
	}
	start := a.doc.Tokens[t].Start
	fs := a.doc.Figures
	k := a.firstFigureFrom(start)
	for ; k < len(fs) && fs[k].Start == start; k++ {
		if fs[k].Unit == sitrep.UnitKilled || fs[k].Unit == sitrep.UnitInjured {
			return true
		}
	}
	return false
}

// prevWord returns the index of the token before i in the sentence, skipping
// one adverb in -ly; -1 if none.
func (a *annotator) prevWord(sc *sentenceCtx, i int) int {
	j := i - 1
	if j >= sc.ts && strings.HasSuffix(a.words[j], "ly") && len(a.words[j]) > 3 && j-1 >= sc.ts {
		j--
	}
	if j < sc.ts {
		return -1
	}
	return j
}

// isPunct reports whether token i is punctuation that closes a phrase.
func (a *annotator) isPunct(i int) bool { return a.flags[i]&(flagPunct|flagOpen) == flagPunct }

// Flags of a token, which reset computes once for the rules that test
// them of many tokens. All but flagPunct are the word's (wordInfo.flags).
const (
	flagPunct      uint8 = 1 << iota // a punctuation token
	flagOpen                         // a quote, hyphen or possessive: punctuation that closes no phrase
	flagClauseStop                   // ";", ":" or a condition or pending word ends here: see classify
)

// openPunct lists the punctuation that closes no phrase (flagOpen).
var openPunct = []string{"'", "\"", "“", "”", "‘", "-", "'s"}

// modalWindow is how many tokens before a trigger modality words are sought.
const modalWindow = 6

// classify sets an occurrence's modality, voice, and whether it is the
// content of an earlier trigger; then applies PLOVER's rules for future and
// refused cooperation.
func (a *annotator) classify(sc *sentenceCtx, k int) {
	o := &sc.occ[k]
	// Modality: the nearest modality word that governs the trigger: only
	// bridge words ("will not be attacked") lie between them, or for a noun
	// also its light verb and a modifier ("will impose new sanctions"), so
	// that "rebels who will be tried later killed 3" stays asserted.
	sawNeg, sawFuture, planned := false, false, false
	content, reach := 0, 0
	if a.nominal(sc, o) {
		reach = 2
	}
	for j := o.start - 1; j >= sc.ts && j >= o.start-modalWindow; j-- {
		if a.isPunct(j) || a.occurrenceEndingAt(sc, j, k) || stanceVerbs[a.words[j]] {
			break
		}
		w := a.words[j]
		if (reach > 0 || j == o.start-1) && a.is(j, lIntent) && !a.capitalized(j) && !a.is(j-1, lDeterminer) && !a.prepositionBetween(j, o.start) {
			// "Hamas planned attacks": a plan, not an act (right after
			// the verb, a form in -s is a plural noun); "not planning
			// an appeal" stays negated; "Planned Parenthood" is a name.
			sawFuture = true
			if o.modality == sitrep.Asserted {
				o.modality, planned = sitrep.Hypothetical, true
			}
			continue
		}
		if !a.is(j, lBridge) && !a.modalWord(j) {
			if content++; content > reach {
				break
			}
			continue
		}
		if _, ok := a.endsAt(lNegation, j); ok || strings.HasSuffix(w, "n't") {
			if a.cueOver(j, o.start) || a.doubtAfter(j, o.start) {
				break // "It is not clear that the donations bought …"
			}
			if !sawNeg && (!sawFuture && o.modality == sitrep.Asserted || planned) {
				o.modality = sitrep.Negated
				o.notYet = j+1 < o.start && a.words[j+1] == "yet"
			}
			sawNeg = true
			continue
		}
		if w == "would" {
			sawFuture = true
			if o.modality == sitrep.Asserted {
				if a.reportedBefore(sc, j) {
					o.modality = sitrep.Future
				} else {
					o.modality = sitrep.Hypothetical
				}
			}
			continue
		}
		if _, ok := a.endsAt(lFuture, j); ok {
			sawFuture = true
			if o.modality == sitrep.Asserted {
				o.modality = sitrep.Future
			}
			continue
		}
		if _, ok := a.endsAt(lHypothetical, j); ok {
			sawFuture = true
			if o.modality == sitrep.Asserted {
				o.modality = sitrep.Hypothetical
			}
		}
	}
	o.negFuture = o.modality == sitrep.Negated && sawFuture
	if o.modality == sitrep.Asserted && a.laterAfter(sc, o.end) {
		o.modality = sitrep.Future
	}
	// A condition earlier in the clause makes the trigger hypothetical,
	// and so does an awaited act not in the past tense.
	if o.modality == sitrep.Asserted {
		for j := o.start - 1; j >= sc.ts; j-- {
			if a.flags[j]&flagClauseStop == 0 {
				continue // neither ";", ":" nor the end of a condition or pending word
			}
			if a.words[j] == ";" || a.words[j] == ":" {
				break
			}
			if a.is(j, lCondition) {
				o.modality = sitrep.Hypothetical
				break
			}
			if _, ok := a.endsAt(lPending, j); ok {
				if a.awaited(sc, j, o) {
					o.modality = sitrep.Hypothetical
				}
				break
			}
		}
	}
	// Voice.
	prev := a.prevWord(sc, o.start)
	if prev >= 0 && a.words[prev] == "not" {
		prev = a.prevWord(sc, prev)
	}
	if prev >= 0 && o.e.form != formIng && (o.e.verb || o.e.noun && len(o.e.words) == 1 && !strings.HasSuffix(o.e.words[0], "ing")) {
		if _, ok := a.endsAt(lPassive, prev); ok && len(o.e.words) > 0 && (o.e.verb || isParticiple(o.e.words[0])) &&
			o.e.words[len(o.e.words)-1] != "to" { // "is committed to" is no passive

			o.passive = true
		}
	}
	if o.e.verb && o.e.form == formEd && !o.passive {
		// A reduced passive: "civilians killed by", "airstrikes conducted by";
		// a headline's accusation: "RSF accused of killing dozens",
		// "Israel blamed for strike" (the active has its object first).
		if n := o.end; n < sc.te && (a.is(n, lAgent) || a.reducedAccusation(sc, o)) || a.victimsCounted(sc, o) && !a.objectAfter(sc, o) || a.headlinePassive(sc, o) {
			o.passive = true
		}
		if a.ofThem(sc, o) {
			o.passive = true
		}
		// A participle coordinated with a passive: "one was killed and
		// another injured".
		for i := k - 1; i >= 0 && !o.passive; i-- {
			if sc.occ[i].passive && o.start-sc.occ[i].end <= 6 && !a.quoteOrParticipleBetween(sc.occ[i].end, o.start) && !a.subordinateBetween(sc.occ[i].end, o.start) {
				o.passive = true
			}
		}
	}
	if o.passive && o.modality == sitrep.Asserted && a.noneSubject(sc, o) {
		o.modality = sitrep.Negated
	}
	a.alternative(sc, o)
	// The content of a governing trigger: "urged X to withdraw",
	// "agreed to lift", "called for an end to the fighting".
	if gov := a.governor(sc, k); gov >= 0 {
		// What is requested, promised, refused or threatened is the
		// content of that act, not an event of its own: "urged them to
		// withdraw", "demanded the release of", "must allocate aid".
		o.absorbed, o.gov = true, gov
	} else if prev >= 0 && (a.words[prev] == "of" || a.words[prev] == "for") && o.e.form == formIng &&
		!materialConflict(o.category) && a.accusationBefore(sc, k) {
		// "accused Albania of supporting dissidents": the content of the
		// accusation, not an event of its own. Violent acts stay events
		// and get the accusation as a claim.
		o.absorbed = true
	} else if o.category == sitrep.COERCE && o.e.noun && a.mannerOfAttack(sc, k) {
		// "killed 30 militants in a raid on a base": the raid is the
		// attack told, not a seizure of its own.
		o.absorbed = true
	} else if prev >= 0 && a.words[prev] == "to" && o.e.verb && o.e.form == formBase && o.modality == sitrep.Asserted &&
		(prev == sc.ts || !a.is(prev-1, lAspect)) {
		// A purpose: "gave a grant to finance projects", "marched to
		// demand higher pay". It is the content of an act before it in its
		// clause (PLOVER does not code a protest's demand apart), or else
		// an intent: not done, and not a promise.
		if a.actBefore(sc, k, "") {
			o.absorbed = true
		}
		o.modality = sitrep.Future
		return
	}
	a.applyPLOVERRules(sc, o)
}

// awaited reports whether occurrence o, in a clause opened by a pending
// word at token p ("until"), is an act still awaited rather than one that
// happened: its nearest auxiliary is a present one ("are freed"), its verb
// is in the present ("withdraws"), or the clause before p speaks of the
// future ("will fight until the troops withdraw").
func (a *annotator) awaited(sc *sentenceCtx, p int, o *occurrence) bool {
	for j := o.start - 1; j > p; j-- {
		if a.is(j, lPast) {
			return false
		}
		if a.is(j, lPresent) {
			return true
		}
	}
	if o.e.form == formS {
		return true
	}
	for j := p - 1; j >= sc.ts; j-- {
		if _, ok := a.endsAt(lFuture, j); ok || a.words[j] == "would" {
			return true
		}
	}
	return false
}

// accusationBefore reports whether an accusation precedes occurrence k in
// its sentence.
func (a *annotator) accusationBefore(sc *sentenceCtx, k int) bool {
	for i := k - 1; i >= 0; i-- {
		if sc.occ[i].category == sitrep.ACCUSE {
			return true
		}
	}
	return false
}

// modalWord reports whether token j ends a negation, future or
// hypothetical word, or is "would".
func (a *annotator) modalWord(j int) bool {
	if a.words[j] == "would" || strings.HasSuffix(a.words[j], "n't") {
		return true
	}
	if a.info[j].ends&(1<<lNegation|1<<lFuture|1<<lHypothetical) == 0 {
		return false // most words: no need to ask each list
	}
	for _, l := range []listID{lNegation, lFuture, lHypothetical} {
		if _, ok := a.endsAt(l, j); ok {
			return true
		}
	}
	return false
}

// isParticiple reports whether an exact-phrase word looks like a past
// participle ("slain", "shot", "beaten").
func isParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "ain") || w == "shot" || w == "hit" || w == "fought"
}

// occurrenceEndingAt reports whether another trigger than k ends at token j.
func (a *annotator) occurrenceEndingAt(sc *sentenceCtx, j, k int) bool {
	for i := range sc.occ[:k] {
		if sc.occ[i].end-1 == j {
			return true
		}
	}
	return false
}

// reportedBefore reports whether a reporting verb precedes token j in the
// sentence, which makes "would" the future of reported speech.
func (a *annotator) reportedBefore(sc *sentenceCtx, j int) bool {
	for i := sc.ts; i < j; i++ {
		if a.is(i, lReporting) {
			return true
		}
	}
	return false
}

// governorWindow is how far back a governing trigger is sought.
const governorWindow = 14

// governor returns the index of an earlier trigger whose content occurrence k
// is: a request, promise, refusal or threat whose complement, up to the end
// of its clause, holds the occurrence.
func (a *annotator) governor(sc *sentenceCtx, k int) int {
	o := sc.occ[k]
	for i := k - 1; i >= 0; i-- {
		g := sc.occ[i]
		if g.absorbed {
			continue
		}
		if o.start-g.end > governorWindow || a.scopeBreakBetween(g.end, o.start) {
			break
		}
		switch g.category {
		case sitrep.REQUEST, sitrep.AGREE, sitrep.REJECT, sitrep.THREATEN:
			direct := o.start-g.end <= 1 && o.start > 0 && a.words[o.start-1] == "to"
			switch {
			case direct && g.category == sitrep.AGREE && o.category == sitrep.ASSAULT:
				// A promise of violence is a threat: "swore to fight".
				sc.occ[i].category, sc.occ[i].mode = sitrep.THREATEN, threatMode(o.category, o.mode)
			case g.category == sitrep.THREATEN && g.mode == "":
				sc.occ[i].mode = threatMode(o.category, o.mode)
			case g.mode == "" && (g.category == sitrep.REQUEST || g.category == sitrep.REJECT):
				sc.occ[i].mode = contentMode(o.category)
			}
			return i
		}
	}
	return -1
}

// contentMode is the REQUEST or REJECT mode for a content of category c:
// asking for (or refusing) aid is assist, a release or withdrawal is yield,
// talks are meet.
func contentMode(c sitrep.Category) string {
	switch c {
	case sitrep.AID, sitrep.COOPERATE, sitrep.SUPPORT:
		return "assist"
	case sitrep.RETREAT, sitrep.CONCEDE:
		return "yield"
	case sitrep.CONSULT, sitrep.AGREE:
		return "meet"
	}
	return ""
}

// scopeBreakBetween reports whether a clause boundary lies in tokens [i, j):
// a clause or scope word, punctuation other than a comma, or a comma before
// a conjunction (", and police fired").
func (a *annotator) scopeBreakBetween(i, j int) bool {
	for t := i; t < j; t++ {
		if a.is(t, lClause) || a.info[t].single&(1<<lScope) != 0 {
			return true
		}
		if w := a.words[t]; w == "," {
			if t+1 < j && (a.words[t+1] == "and" || a.words[t+1] == "but" || a.words[t+1] == "or") {
				return true
			}
		} else if a.isPunct(t) {
			return true
		}
	}
	return false
}

// mannerOfAttack reports whether the noun of occurrence k follows "in"
// or "during" (and an article) after an attack of its clause: "killed 30
// militants in a raid", "30 fighters killed in raid".
func (a *annotator) mannerOfAttack(sc *sentenceCtx, k int) bool {
	o := sc.occ[k]
	p := o.start - 1
	if p > sc.ts && (a.words[p] == "a" || a.words[p] == "an") {
		p-- // a headline has none: "30 fighters killed in raid"
	}
	if p < sc.ts || a.words[p] != "in" && a.words[p] != "during" {
		return false
	}
	return a.actBefore(sc, k, sitrep.ASSAULT)
}

// actBefore reports whether an unabsorbed trigger of category cat (of
// any, if "") precedes occurrence k in its clause.
func (a *annotator) actBefore(sc *sentenceCtx, k int, cat sitrep.Category) bool {
	o := sc.occ[k]
	for i := k - 1; i >= 0; i-- {
		g := sc.occ[i]
		if a.scopeBreakBetween(g.end, o.start) {
			return false
		}
		if !g.absorbed && (cat == "" || g.category == cat) {
			return true
		}
	}
	return false
}

// laterAfter reports whether a word placing the act in the future follows
// token i in its clause ("talks are scheduled for next week").
func (a *annotator) laterAfter(sc *sentenceCtx, i int) bool {
	for t := i; t < sc.te && t < i+8; t++ {
		if a.isPunct(t) || a.info[t].single&(1<<lClause|1<<lScope) != 0 {
			return false
		}
		if a.mayStart(t, lLater) {
			if _, ok := a.startsAt(lLater, t); ok {
				return true
			}
		}
	}
	return false
}

// applyPLOVERRules recodes future, conditional and refused acts as PLOVER
// asks: a future CONSULT, SUPPORT, COOPERATE or AID is an AGREE; a future
// withdrawal a CONCEDE and another future RETREAT an AGREE; a future act of material conflict, or any future act
// made conditional by "unless", a THREATEN; a cooperative act the actor
// says it will not do, or a negated AGREE, is a REJECT.
func (a *annotator) applyPLOVERRules(sc *sentenceCtx, o *occurrence) {
	switch {
	case o.modality == sitrep.Negated && (o.negFuture && cooperative(o.category) || o.category == sitrep.AGREE && !o.notYet):
		// ("The figure has not yet been agreed" is pending, no refusal.)
		o.mode = rejectMode(o.category)
		o.category = sitrep.REJECT
		o.modality = sitrep.Asserted
	case o.modality != sitrep.Future:
	case a.unlessAfter(sc, o.end) && o.category != sitrep.AGREE && o.category != sitrep.THREATEN:
		o.category, o.mode, o.modality = sitrep.THREATEN, threatMode(o.category, o.mode), sitrep.Asserted
	case o.category == sitrep.CONSULT || o.category == sitrep.SUPPORT || o.category == sitrep.COOPERATE || o.category == sitrep.AID:
		o.category, o.mode, o.modality = sitrep.AGREE, "", sitrep.Asserted
	case o.category == sitrep.RETREAT && o.mode == "withdraw":
		// The manual's own example: "announced ... would withdraw troops".
		o.category, o.mode, o.modality = sitrep.CONCEDE, "", sitrep.Asserted
	case o.category == sitrep.RETREAT:
		// An intent to release, disarm or allow access: CAMEO2PLOVER maps
		// the intents to yield (035x) to AGREE.
		o.category, o.mode, o.modality = sitrep.AGREE, "", sitrep.Asserted
	case o.category == sitrep.ASSAULT, o.category == sitrep.COERCE, o.category == sitrep.SANCTION, o.category == sitrep.PROTEST:
		o.category, o.mode, o.modality = sitrep.THREATEN, threatMode(o.category, o.mode), sitrep.Asserted
	}
}

// unlessAfter reports whether "unless" follows token i in the sentence.
func (a *annotator) unlessAfter(sc *sentenceCtx, i int) bool {
	for t := i; t < sc.te; t++ {
		if a.words[t] == "unless" {
			return true
		}
	}
	return false
}

// threatMode is the THREATEN mode for threatening an act of category c and
// mode mode: in THREATEN the mode is the content of the threat.
func threatMode(c sitrep.Category, mode string) string {
	switch c {
	case sitrep.ASSAULT:
		return "violence"
	case sitrep.COERCE:
		switch mode {
		case "arrest":
			return "arrest"
		case "deport":
			return "expel"
		case "seize":
			return "territory"
		}
		return "restrict"
	case sitrep.SANCTION:
		if mode == "expel" {
			return "expel"
		}
		return "relations"
	case sitrep.PROTEST:
		if mode == "boycott" || mode == "obstruct" {
			return "restrict"
		}
	}
	return "relations"
}

// undo recodes a trigger named as the object of a verb that undoes it
// ("lifted the curfew", "called off the strike", "ended mediation") or
// stops it ("prevented the demonstration", "would prohibit all aid"): the
// verb and its object make one event of another category, anchored on the
// object and with the verb as its head.
func (a *annotator) undo(sc *sentenceCtx) {
	for k := range sc.occ {
		o := &sc.occ[k]
		if o.absorbed || o.obligation {
			continue
		}
		for j := o.start - 1; j >= sc.ts && j >= o.start-4; j-- {
			if a.isPunct(j) {
				break
			}
			var cat sitrep.Category
			var mode string
			if start, ok := a.endsAt(lReversal, j); ok {
				if strings.HasPrefix(a.words[start], "drop") && droppedArms[a.words[o.end-1]] {
					break // "the jet dropped two bombs": dropped on someone, not called off
				}
				cat, mode = reversed(o.category, o.e)
				j = start
			} else if start, ok := a.endsAt(lSuppression, j); ok {
				if strings.HasPrefix(a.words[start], "den") && a.deniesTelling(start, o) {
					// "denies supporting the group" denies having done it
					// (the attribution stage's denial); "denied access"
					// withholds it.
					break
				}
				cat, mode = suppressed(o.category)
				j = start
			} else {
				if a.triggerAt(sc, j) >= 0 && a.triggerAt(sc, j) != k {
					break
				}
				continue
			}
			if cat == "" {
				break
			}
			for i := range sc.occ {
				if i != k && sc.occ[i].start <= j && j < sc.occ[i].end {
					sc.occ[i].absorbed = true
				}
			}
			o.category, o.mode, o.head = cat, mode, j
			break
		}
	}
}

// deniesTelling reports whether "deny" at token d is a stance toward the
// act of occurrence o, not the withholding of it: o is a gerund ("denies
// supporting the group"), a verb of a clause of its own ("denied that Iran
// had supplied drones", "denied the officers had met"), or told by a
// report ("denied reports that his talks had stalled"). "Denied access",
// "voted to deny it further loans" withhold a thing.
func (a *annotator) deniesTelling(d int, o *occurrence) bool {
	if strings.HasSuffix(a.words[o.start], "ing") || o.e.verb && !o.e.noun {
		return true
	}
	for t := d + 1; t < o.start; t++ {
		if a.words[t] == "that" || reportNouns[a.words[t]] {
			return true
		}
	}
	return false
}

// droppedArms are dropped on people: "dropped two bombs", "dropped barrel
// bombs" ("dropped their attack" calls it off).
var droppedArms = words(`bomb bombs munitions explosives shells grenades`)

// reversed is what undoing an act of category c becomes.
func reversed(c sitrep.Category, e *entry) (sitrep.Category, string) {
	switch c {
	case sitrep.SANCTION:
		return sitrep.RETREAT, ""
	case sitrep.COERCE:
		for _, w := range e.words {
			if w == "blockade" || w == "siege" || w == "embargo" {
				return sitrep.RETREAT, ""
			}
		}
		return sitrep.CONCEDE, ""
	case sitrep.PROTEST, sitrep.THREATEN:
		return sitrep.CONCEDE, ""
	case sitrep.CONSULT:
		return sitrep.SANCTION, "withdraw"
	case sitrep.COOPERATE, sitrep.AID, sitrep.SUPPORT:
		return sitrep.SANCTION, "discontinue"
	case sitrep.ASSAULT:
		return sitrep.RETREAT, "ceasefire"
	}
	return "", ""
}

// suppressed is what stopping someone else's act of category c becomes.
func suppressed(c sitrep.Category) (sitrep.Category, string) {
	switch c {
	case sitrep.PROTEST:
		return sitrep.COERCE, "restrict"
	case sitrep.COOPERATE, sitrep.AID, sitrep.SUPPORT, sitrep.CONSULT:
		return sitrep.SANCTION, "discontinue"
	}
	return "", ""
}

func cooperative(c sitrep.Category) bool {
	switch c {
	case sitrep.AGREE, sitrep.CONSULT, sitrep.SUPPORT, sitrep.COOPERATE, sitrep.AID, sitrep.RETREAT, sitrep.CONCEDE:
		return true
	}
	return false
}

// rejectMode is the REJECT mode for refusing an act of category c.
func rejectMode(c sitrep.Category) string {
	switch c {
	case sitrep.CONSULT:
		return "meet"
	case sitrep.AID, sitrep.COOPERATE, sitrep.SUPPORT:
		return "assist"
	case sitrep.RETREAT, sitrep.CONCEDE:
		return "yield"
	}
	return ""
}

// assaultModes ranks ASSAULT modes: when several weapons are named for one
// event the most specific means wins ("helicopter gunships firing rockets"
// is aerial).
var assaultModes = []string{"unconventional", "suicide-attack", "drone", "aerial", "heavy-weapons",
	"targeted", "abduct", "explosives", "firearms", "torture", "sexual", "crowd-control",
	"primitive", "beat", "massacre", "cleansing", "destroy"}

func modeRank(ranked []string, mode string) int {
	for i, m := range ranked {
		if m == mode {
			return i
		}
	}
	return len(ranked)
}

// protestModes ranks PROTEST modes: a riot is a demonstration that turned
// violent, so "protesters attacked" is a riot.
var protestModes = []string{"riot", "vandalize", "hunger", "strike", "boycott", "obstruct", "demo"}

// betterMode returns the mode to keep when an event has modes x and y.
func betterMode(cat sitrep.Category, x, y string) string {
	switch {
	case x == "" || x == y:
		return y
	case y == "":
		return x
	case cat == sitrep.ASSAULT:
		if modeRank(assaultModes, y) < modeRank(assaultModes, x) {
			return y
		}
	case cat == sitrep.PROTEST:
		if modeRank(protestModes, y) < modeRank(protestModes, x) {
			return y
		}
	}
	return x
}

// cueMode returns the mode the sentence's cues give an event of category cat
// triggered at tokens [start, end): any cue in the sentence for ASSAULT,
// the nearest cue after the trigger for the other categories.
func (a *annotator) cueMode(sc *sentenceCtx, cat sitrep.Category, start, end int) string {
	mode := ""
	best := -1
	for _, c := range sc.cues {
		if c.e.category != cat {
			continue
		}
		if cat == sitrep.ASSAULT {
			mode = betterMode(cat, mode, c.e.mode)
			continue
		}
		if c.tok >= end && (best < 0 || c.tok < best) {
			best, mode = c.tok, c.e.mode
		}
	}
	return mode
}
