package entity

import (
	"slices"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/ner"
)

// mention is a mention while the stage works on it. Its small fields are
// together, which saves padding: the stage copies mentions often.
type mention struct {
	span    sitrep.Span
	first   int // first token
	end     int // token after the last; a mention inside one token has end = first+1
	typ     sitrep.EntityType
	entity  int    // index into annotator.ents; -1 until resolved
	link    int    // a mention this one must join (an acronym's definition); -1 if none
	head    string // descriptions: the lower-case head ("coalition")
	group   string // descriptions: the coreference group
	entry   actor.Entry
	country string // a country code the mention's words give ("Syrian", "US-led")
	// possessive marks a country that a possessor before the description
	// gives ("Germany's president"), which it must share with what it
	// describes.
	possessive bool
	sentence   int
	kind       sitrep.MentionKind
	definite   bool // descriptions: "the ...", "its ...", or a bare plural
	indef      bool // descriptions: "a ...", "another ..."
	// ofPerson marks a description of a person's or people's own ("his
	// spokesman", "their lawyer"): someone other than the persons so
	// described before, whose coreference it does not join.
	ofPerson bool
	inDict   bool
	metonym  bool   // a capital or country standing for its government
	gender   gender // persons' names (see nameGender)
}

// ent is an entity while the stage works on it.
type ent struct {
	typ         sitrep.EntityType
	mentions    []int // indexes into annotator.ms
	code        string
	role        sitrep.Span
	roleSector  string
	roleCountry string
	affiliation int // index into annotator.ents; -1 if none
	// gender of a person: that of its first name with one. Pronouns,
	// which the stage resolves less surely, do not set it.
	gender gender
	// isGov is set if the entity is the government of country govOf, which
	// government made.
	isGov bool
	govOf string
	// country is the first country an organization's name mention of it
	// gives (see nameCountry), which another body's name does not share.
	country string
}

// annotator holds one run of the stage over one document.
type annotator struct {
	s   *Stage
	doc *sitrep.Document
	// afterDateline is the token after a dateline's dash, which opens
	// its sentence as a sentence's first word does (0 if none).
	afterDateline int
	text          string
	toks          []sitrep.Token
	words         []string
	ends          []int
	sentOf        []int32
	labels        []ner.Label
	ms            []mention
	ents          []ent
	// covered marks tokens inside a name mention.
	covered []bool
	// lowers[i] is token i in lower case, when lowerText cannot give it.
	lowers []string
	// lowerText is the text in lower case if each rune kept its length,
	// else ""; lowerAll is set in the first case.
	lowerText string
	lowerAll  bool
	// sectorWords and phraseBuf are sectorOf's buffers.
	sectorWords []string
	phraseBuf   []byte
	// classes[i] caches class(i); shapes[i] is the shape of token i.
	classes []wordClass
	shapes  []shape
	// capitals and hyphens list the capitalized and the hyphenated tokens,
	// in order, for the rules that look only at those: a fifth of the
	// tokens, or less, and a few.
	capitals, hyphens []int32
	exacts            []exactClass // isExact's cache
	keep              []int        // write's buffer
	// chunkBuf and tagged are chunks' buffers; countries, sectors and
	// fixed are assignActors'.
	chunkBuf           []chunk
	tagged             []ner.Chunk
	countries, sectors []string
	fixed              []bool
	keyBuf             []byte
	// wordState, wordEntries and wordKey are wordEntry's cache and buffer;
	// wordEntries holds dictionary entries only, no text of the document.
	wordState   []uint8
	wordEntries []actor.Entry
	wordKey     []byte
	// resolved lists, by type, the name mentions resolveNames has given an
	// entity so far, and earlier indexes them, for matchEarlier.
	resolved []typedMentions
	earlier  earlierNames

	// mods is contentModifiers' buffer.
	mods []int
	// placeWords holds placeTypedRepeats' words of settlements.
	placeWords []string
	// nameAt is findNominals' buffer.
	nameAt []int32
	// droppedChunks is titledPersons' buffer.
	droppedChunks []bool
	// byGroup is resolveNominals' index of a long text's mentions by the
	// description groups they have a word of, when groupsIndexed.
	byGroup       map[string][]int32
	groupsIndexed bool
	// known, byFirst and sameFirst are findRepeats' buffers.
	known     []knownName
	byFirst   map[string]int
	sameFirst []int
	// nameBuf, canonBuf and byKey are resolveNames' buffers; probeBuf
	// holds the key that acronymBefore looks up while resolveNames still
	// needs the one in nameBuf.
	nameBuf, canonBuf, probeBuf []byte
	byKey                       keyTable
	// Buffers of sortMentions, kept for reuse.
	spare           []mention
	order, newIndex []int
	sortKeys        []uint64
	// sortedMentions, if not 0, is how many mentions at the start of ms
	// are sorted, while findPronouns appends others after them.
	sortedMentions int
	// longestMention is the most tokens a mention spans, set by
	// assignRoles for mentionEndingAt.
	longestMention int
	// peak is the most mentions ms has held, before trimTitles dropped
	// some: release clears the buffers' slots up to it, not to their
	// capacity, which the longest document so far set.
	peak int
}

// newAnnotator returns an annotator for doc, reusing the buffers of a
// previous one if reuse is not nil.
func newAnnotator(s *Stage, doc *sitrep.Document, reuse *annotator) *annotator {
	a := reuse
	if a == nil {
		a = &annotator{}
	}
	*a = annotator{s: s, doc: doc, text: doc.Text, toks: doc.Tokens,
		words: a.words[:0], sentOf: a.sentOf[:0], covered: a.covered[:0], ends: a.ends[:0],
		labels: a.labels[:0], ms: a.ms[:0], ents: a.ents[:0], keyBuf: a.keyBuf[:0], nameBuf: a.nameBuf[:0], probeBuf: a.probeBuf[:0], known: a.known[:0], byFirst: a.byFirst, resolved: a.resolved, earlier: a.earlier, canonBuf: a.canonBuf[:0], byKey: a.byKey, lowers: a.lowers[:0], wordState: a.wordState[:0], exacts: a.exacts[:0], keep: a.keep[:0], chunkBuf: a.chunkBuf[:0], tagged: a.tagged[:0], countries: a.countries[:0], sectors: a.sectors[:0], fixed: a.fixed[:0], wordEntries: a.wordEntries[:0], wordKey: a.wordKey[:0], sectorWords: a.sectorWords[:0], phraseBuf: a.phraseBuf[:0],
		classes: a.classes[:0], shapes: a.shapes[:0],
		spare: a.spare[:0], order: a.order[:0], newIndex: a.newIndex[:0], sortKeys: a.sortKeys[:0], nameAt: a.nameAt[:0], mods: a.mods[:0], capitals: a.capitals[:0], hyphens: a.hyphens[:0], sameFirst: a.sameFirst[:0]}
	n := len(a.toks)
	a.words = slices.Grow(a.words, n)[:n]
	a.shapes = slices.Grow(a.shapes, n)[:n]
	// Lower the whole text at once, if that keeps every offset, rather than
	// each capitalized token apart: the rules ask for most tokens in lower
	// case, which lower then slices from it.
	if lowerText, ok := doc.LowerText(); ok {
		a.lowerText, a.lowerAll = lowerText, true
	} else {
		a.lowers = slices.Grow(a.lowers, n)[:n]
		for i, t := range a.toks {
			a.lowers[i] = lowerWord(doc.Text[t.Start:t.End])
		}
	}
	// One pass over the tokens sets their words and capitals; setHyphens
	// then adds the hyphens.
	var disjoint bool
	a.capitals, disjoint = setWords(doc.Text, a.toks, a.words, a.shapes, a.capitals)
	a.setHyphens(disjoint)
	a.classes = slices.Grow(a.classes, n)[:n]
	clear(a.classes)
	a.wordState = slices.Grow(a.wordState, n)[:n]
	clear(a.wordState)
	a.exacts = slices.Grow(a.exacts, n)[:n]
	clear(a.exacts)
	a.wordEntries = slices.Grow(a.wordEntries, n)[:n]
	a.sentOf = slices.Grow(a.sentOf, n)[:n]
	clear(a.sentOf)
	for si, s := range doc.Sentences {
		r := s.Tokens
		if r.Start < 0 || r.End > len(a.toks) || r.Start > r.End {
			continue
		}
		for i := r.Start; i < r.End; i++ {
			a.sentOf[i] = int32(si)
		}
		if r.End > r.Start {
			a.ends = append(a.ends, r.End)
		}
	}
	if !slices.IsSorted(a.ends) {
		slices.Sort(a.ends)
	}
	a.covered = slices.Grow(a.covered, n)[:n]
	clear(a.covered)
	return a
}

// setWords sets words[i] to the text of token i and shapes[i] to its
// capitalShape, and appends the capitalized tokens to capitals. It reports
// whether the tokens are disjoint. It is a function of its own, and its
// loops have no call in their common path, so that the compiler keeps
// their variables in registers: newAnnotator's loop spilled them for each
// token.
func setWords(text string, toks []sitrep.Token, words []string, shapes []shape, capitals []int32) (_ []int32, disjoint bool) {
	disjoint = true
	prevEnd := 0
	for i := range toks {
		t := &toks[i]
		words[i] = text[t.Start:t.End]
		disjoint = disjoint && t.Start >= prevEnd
		prevEnd = max(prevEnd, t.End)
	}
	words = words[:len(toks)]
	shapes = shapes[:len(words)]
	for i, w := range words {
		var s shape
		if w != "" {
			if c := w[0]; 'A' <= c && c <= 'Z' {
				s = shapeCapitalized
				capitals = append(capitals, int32(i))
			} else if c >= utf8.RuneSelf {
				s = capitalShape(w)
				if s != 0 {
					capitals = append(capitals, int32(i))
				}
			}
		}
		shapes[i] = s
	}
	return capitals, disjoint
}

// release drops the annotator's references to the document, keeping its
// buffers for the next one.
func (a *annotator) release() {
	a.sortedMentions = 0
	clear(a.words)
	clear(a.lowers)
	clear(a.known)
	clear(a.sectorWords[:cap(a.sectorWords)])
	clear(a.byFirst)
	n := max(a.peak, len(a.ms))
	dropHeads(a.ms[:min(n, cap(a.ms))])
	dropHeads(a.spare[:min(n, cap(a.spare))])
	// The entities hold no text of the document; newEntity overwrites them,
	// keeping their mention lists.
	a.doc, a.text, a.toks, a.lowerText = nil, "", nil, ""
}

// dropHeads drops the heads of ms. Of a mention, only the head is text of
// the document (the other strings are the lexicon's and the
// dictionary's): that is cheaper than clearing the large mentions.
func dropHeads(ms []mention) {
	for i := range ms {
		ms[i].head = ""
	}
}

func (a *annotator) tag(t *ner.Tagger) {
	a.labels = t.Tag(a.words, a.ends, a.labels[:0])
}

// sentenceEnd returns the index after the last token of token i's sentence.
func (a *annotator) sentenceEnd(i int) int {
	if si := int(a.sentOf[i]); si < len(a.doc.Sentences) {
		if e := a.doc.Sentences[si].Tokens.End; e > i && e <= len(a.toks) {
			return e
		}
	}
	return len(a.toks)
}

// sentenceStart returns the first token of token i's sentence.
func (a *annotator) sentenceStart(i int) int {
	if si := int(a.sentOf[i]); si < len(a.doc.Sentences) {
		if s := a.doc.Sentences[si].Tokens.Start; s <= i && s >= 0 {
			return s
		}
	}
	return 0
}

// lowerSpan returns the text of span in lower case, as strings.ToLower
// makes it.
func (a *annotator) lowerSpan(span sitrep.Span) string {
	if a.lowerAll {
		return a.lowerText[span.Start:span.End]
	}
	return lowerWord(a.text[span.Start:span.End])
}

// lower returns token i in lower case, "" outside the document. It slices
// the lower-cased text, or, for the rare text whose lower case changes
// some offsets, returns the token lowered by newAnnotator. It is small
// enough to be inlined: the rules ask for the same words many times.
func (a *annotator) lower(i int) string {
	if uint(i) >= uint(len(a.toks)) {
		return ""
	}
	if a.lowerAll {
		t := &a.toks[i]
		return a.lowerText[t.Start:t.End]
	}
	return a.lowers[i]
}

func isPossessive(w string) bool {
	return w == "’s" || w == "'s" || w == "’" || w == "'" || w == "'S" || w == "’S"
}

// lookup looks up the words of tokens [i, j) in the actor dictionary
// without allocating: it builds the key as actor.Key would.
func (a *annotator) lookup(i, j int) (actor.Entry, bool) {
	if j == i+1 {
		e, ok, _ := a.wordEntry(i)
		return e, ok
	}
	b := a.keyBuf[:0]
	for k := i; k < j; k++ {
		if k > i && a.spaceBefore(k) {
			b = append(b, ' ')
		}
		b = a.appendKey(b, a.toks[k].Span)
	}
	a.keyBuf = b
	return a.s.actors.LookupKey(b)
}

// spaceBefore reports whether token k is apart from the token before it:
// a key joins tokens with a space only where the text has one, so that
// "People's" keys as "people's", not "people 's".
func (a *annotator) spaceBefore(k int) bool {
	return a.toks[k].Start > a.toks[k-1].End
}

// Bits of annotator.wordState.
const (
	wordLooked uint8 = 1 << iota // the token has been looked up
	wordNamed                    // it is a name, with entry wordEntries[i]
	wordPrefix                   // it starts longer names
)

// wordEntry looks token i up in the actor dictionary, once per token: the
// rules ask about the same words many times. It returns the entry, whether
// the word is a name, and whether it starts longer names.
func (a *annotator) wordEntry(i int) (e actor.Entry, named, prefix bool) {
	s := a.wordState[i]
	if s == 0 {
		if a.lowerAll && actor.IsPlainKey(a.words[i]) {
			// The key is the word in lower case, which needs no copy.
			e, named, prefix = a.s.actors.LookupPrefixString(a.lower(i))
		} else {
			a.wordKey = a.appendKey(a.wordKey[:0], a.toks[i].Span)
			e, named, prefix = a.s.actors.LookupPrefixKey(a.wordKey)
		}
		s = wordLooked
		if named {
			s |= wordNamed
			a.wordEntries[i] = e
		}
		if prefix {
			s |= wordPrefix
		}
		a.wordState[i] = s
		return e, named, prefix
	}
	if s&wordNamed != 0 {
		e = a.wordEntries[i]
	}
	return e, s&wordNamed != 0, s&wordPrefix != 0
}

// appendKey appends actor.Key of the text of span to b, from the
// lower-cased text when the annotator holds it.
func (a *annotator) appendKey(b []byte, span sitrep.Span) []byte {
	text := a.text[span.Start:span.End]
	if !a.lowerAll {
		return actor.AppendKey(b, text)
	}
	return actor.AppendKeyOfLower(b, text, a.lowerText[span.Start:span.End])
}

// addMention appends a mention and returns its index.
func (a *annotator) addMention(m mention) int {
	m.entity, m.link = -1, -1
	if m.first >= 0 && m.first < len(a.sentOf) {
		m.sentence = int(a.sentOf[m.first])
	}
	a.ms = append(a.ms, m)
	return len(a.ms) - 1
}

func tokenSpan(toks []sitrep.Token, i, j int) sitrep.Span {
	return sitrep.Span{Start: toks[i].Start, End: toks[j-1].End}
}

// sortMentions orders mentions by start, keeping insertion order for equal
// starts, and rewrites every index that points into them.
func (a *annotator) sortMentions() {
	if slices.IsSortedFunc(a.ms, func(x, y mention) int { return x.span.Start - y.span.Start }) {
		return
	}
	n := len(a.ms)
	order := slices.Grow(a.order[:0], n)[:n]
	if !a.mergeRuns(order) {
		a.sortOrder(order)
	}
	newIndex := slices.Grow(a.newIndex[:0], n)[:n]
	sorted := slices.Grow(a.spare[:0], n)[:n]
	a.order, a.newIndex = order, newIndex
	for to, from := range order {
		newIndex[from] = to
		sorted[to] = a.ms[from]
	}
	for i := range sorted {
		if sorted[i].link >= 0 {
			sorted[i].link = newIndex[sorted[i].link]
		}
	}
	for e := range a.ents {
		for k, m := range a.ents[e].mentions {
			a.ents[e].mentions[k] = newIndex[m]
		}
		if !slices.IsSorted(a.ents[e].mentions) { // most lists are short and stay in order
			slices.Sort(a.ents[e].mentions)
		}
	}
	a.ms, a.spare = sorted, a.ms
}

// sortOrder fills order with the stable sorting order of the mentions by
// start. It sorts each mention's start and index packed in one integer,
// which needs no comparison function and, the indexes being distinct, is
// stable.
func (a *annotator) sortOrder(order []int) {
	if uint64(len(a.text)) >= 1<<32 || uint64(len(a.ms)) >= 1<<32 {
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(x, y int) int { return a.ms[x].span.Start - a.ms[y].span.Start })
		return
	}
	keys := slices.Grow(a.sortKeys[:0], len(a.ms))
	for i := range a.ms {
		keys = append(keys, uint64(a.ms[i].span.Start)<<32|uint64(i))
	}
	slices.Sort(keys)
	for o, k := range keys {
		order[o] = int(k & (1<<32 - 1))
	}
	a.sortKeys = keys
}

// mergeRuns fills order with the stable sorting order of the mentions if
// they are two sorted runs, as they are after a rule appends its mentions
// (metonyms, pronouns) to sorted ones; it reports false otherwise.
func (a *annotator) mergeRuns(order []int) bool {
	ms := a.ms
	p := 1
	for p < len(ms) && ms[p-1].span.Start <= ms[p].span.Start {
		p++
	}
	for k := p + 1; k < len(ms); k++ {
		if ms[k-1].span.Start > ms[k].span.Start {
			return false
		}
	}
	// Equal starts keep their order: the first run's mention goes first.
	i, j := 0, p
	for o := range order {
		if j >= len(ms) || i < p && ms[i].span.Start <= ms[j].span.Start {
			order[o] = i
			i++
		} else {
			order[o] = j
			j++
		}
	}
	return true
}

// write stores the mentions and entities in the document.
func (a *annotator) write() {
	doc := a.doc
	// Drop mentions that no entity holds (unresolved pronouns are never added).
	keep := slices.Grow(a.keep[:0], len(a.ms))[:len(a.ms)]
	a.keep = keep
	n := 0
	for i := range a.ms {
		if a.ms[i].entity >= 0 {
			keep[i] = n
			n++
		} else {
			keep[i] = -1
		}
	}
	// Grow the document's layers once: appending grows them many times.
	doc.Mentions = slices.Grow(doc.Mentions, n)
	doc.Entities = slices.Grow(doc.Entities, len(a.ents))
	for i := range a.ms {
		if keep[i] < 0 {
			continue
		}
		m := &a.ms[i]
		doc.Mentions = append(doc.Mentions, sitrep.Mention{Span: m.span, Type: m.typ, Kind: m.kind, Entity: m.entity})
	}
	// One array holds the entities' mention lists, one after another: a
	// mention belongs to one entity.
	all := make([]int, 0, n)
	for ei := range a.ents {
		e := &a.ents[ei] // not a copy: an ent is large
		out := sitrep.Entity{Type: e.typ, Actor: e.code, Role: e.role, Affiliation: e.affiliation}
		best := -1
		from := len(all)
		for _, m := range e.mentions {
			if keep[m] < 0 {
				continue
			}
			all = append(all, keep[m])
			if best < 0 || better(&a.ms[m], &a.ms[best]) {
				best = m
			}
		}
		if len(all) > from {
			out.Mentions = all[from:len(all):len(all)]
		}
		if best >= 0 {
			out.Name = keep[best]
		} else {
			// Entities without a kept mention cannot exist: every entity is
			// made from a mention. Guard anyway, so Check holds.
			out.Name = 0
		}
		doc.Entities = append(doc.Entities, out)
	}
}

// better reports whether m names its entity more completely than b: a name
// beats a description, which beats a pronoun; then the longer text wins;
// a government's own description beats a capital standing for it, and
// the country's name beats its capital's ("US says …" and "a charge
// Washington rejects" are the United States' government, not Washington's).
func better(m, b *mention) bool {
	if m.kind != b.kind {
		return m.kind < b.kind
	}
	if m.metonym != b.metonym {
		return !m.metonym
	}
	if seat := actor.KindSeat; m.metonym && (m.entry.Kind == seat) != (b.entry.Kind == seat) {
		return b.entry.Kind == seat
	}
	if (m.country != "") != (b.country != "") {
		return m.country != ""
	}
	return m.span.Len() > b.span.Len()
}
