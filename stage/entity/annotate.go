package entity

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/ner"
)

// mention is a mention while the stage works on it.
type mention struct {
	span     sitrep.Span
	first    int // first token
	end      int // token after the last; a mention inside one token has end = first+1
	typ      sitrep.EntityType
	kind     sitrep.MentionKind
	entity   int    // index into annotator.ents; -1 until resolved
	link     int    // a mention this one must join (an acronym's definition); -1 if none
	head     string // descriptions: the lower-case head ("coalition")
	group    string // descriptions: the coreference group
	definite bool   // descriptions: "the ...", "its ...", or a bare plural
	indef    bool   // descriptions: "a ...", "another ..."
	entry    actor.Entry
	inDict   bool
	country  string // a country code the mention's words give ("Syrian", "US-led")
	metonym  bool   // a capital or country standing for its government
	sentence int
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
	canon       string
}

// annotator holds one run of the stage over one document.
type annotator struct {
	s      *Stage
	doc    *sitrep.Document
	text   string
	toks   []sitrep.Token
	words  []string
	ends   []int
	sentOf []int32
	labels []ner.Label
	ms     []mention
	ents   []ent
	// covered marks tokens inside a name mention.
	covered []bool
	// lowers[i] is token i in lower case if lowered[i] (see lower).
	lowers  []string
	lowered []bool
	keyBuf  []byte
	// Buffers of sortMentions, kept for reuse.
	spare           []mention
	order, newIndex []int
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
		labels: a.labels[:0], ms: a.ms[:0], keyBuf: a.keyBuf[:0], lowers: a.lowers[:0], lowered: a.lowered[:0],
		spare: a.spare[:0], order: a.order[:0], newIndex: a.newIndex[:0]}
	n := len(a.toks)
	a.words = slices.Grow(a.words, n)[:n]
	for i, t := range a.toks {
		a.words[i] = doc.Text[t.Start:t.End]
	}
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
	a.lowers = slices.Grow(a.lowers, n)[:n]
	a.lowered = slices.Grow(a.lowered, n)[:n]
	clear(a.lowered)
	return a
}

// release drops the annotator's references to the document, keeping its
// buffers for the next one.
func (a *annotator) release() {
	clear(a.words)
	clear(a.lowers)
	clear(a.ms)
	clear(a.spare[:cap(a.spare)])
	a.doc, a.text, a.toks, a.ents = nil, "", nil, nil
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

func (a *annotator) word(i int) string {
	if i < 0 || i >= len(a.words) {
		return ""
	}
	return a.words[i]
}

// lower returns token i in lower case; it allocates only for words with
// capitals, once per token: the rules ask for the same words many times.
func (a *annotator) lower(i int) string {
	w := a.word(i)
	for j := 0; j < len(w); j++ {
		c := w[j]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			if !a.lowered[i] {
				a.lowers[i], a.lowered[i] = strings.ToLower(w), true
			}
			return a.lowers[i]
		}
	}
	return w
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

func isPossessive(w string) bool {
	return w == "’s" || w == "'s" || w == "’" || w == "'" || w == "'S" || w == "’S"
}

// lookup looks up the words of tokens [i, j) in the actor dictionary
// without allocating: it builds the key as actor.Key would.
func (a *annotator) lookup(i, j int) (actor.Entry, bool) {
	b := a.keyBuf[:0]
	for k := i; k < j; k++ {
		if k > i {
			b = append(b, ' ')
		}
		b = appendKey(b, a.words[k])
	}
	a.keyBuf = b
	return a.s.actors.LookupKey(b)
}

// appendKey appends the dictionary key form of w to b.
func appendKey(b []byte, w string) []byte {
	for _, r := range w {
		switch {
		case r == '.':
			continue
		case r == '’' || r == '‘':
			r = '\''
		case r == '‐' || r == '‑' || r == '–':
			r = '-'
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b = append(b, byte(r))
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
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
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return a.ms[x].span.Start - a.ms[y].span.Start })
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
		slices.Sort(a.ents[e].mentions)
	}
	a.ms, a.spare = sorted, a.ms
}

// write stores the mentions and entities in the document.
func (a *annotator) write() {
	doc := a.doc
	// Drop mentions that no entity holds (unresolved pronouns are never added).
	keep := make([]int, len(a.ms))
	n := 0
	for i := range a.ms {
		if a.ms[i].entity >= 0 {
			keep[i] = n
			n++
		} else {
			keep[i] = -1
		}
	}
	for i, m := range a.ms {
		if keep[i] < 0 {
			continue
		}
		doc.Mentions = append(doc.Mentions, sitrep.Mention{Span: m.span, Type: m.typ, Kind: m.kind, Entity: m.entity})
	}
	for _, e := range a.ents {
		out := sitrep.Entity{Type: e.typ, Actor: e.code, Role: e.role, Affiliation: e.affiliation, Name: -1}
		best := -1
		for _, m := range e.mentions {
			if keep[m] < 0 {
				continue
			}
			out.Mentions = append(out.Mentions, keep[m])
			if best < 0 || better(&a.ms[m], &a.ms[best]) {
				best = m
			}
		}
		if best >= 0 {
			out.Name = keep[best]
		}
		doc.Entities = append(doc.Entities, out)
	}
	// Entities without a kept mention cannot exist: every entity is made
	// from a mention. Guard anyway, so Check holds.
	for i := range doc.Entities {
		if doc.Entities[i].Name < 0 {
			doc.Entities[i].Name = 0
		}
	}
}

// better reports whether m names its entity more completely than b: a name
// beats a description, which beats a pronoun; then the longer text wins;
// a government's own description beats a capital standing for it.
func better(m, b *mention) bool {
	if m.kind != b.kind {
		return m.kind < b.kind
	}
	if m.metonym != b.metonym {
		return !m.metonym
	}
	if (m.country != "") != (b.country != "") {
		return m.country != ""
	}
	return m.span.Len() > b.span.Len()
}
