package ner

import (
	"unicode"
	"unicode/utf8"
)

// Hashing: every feature is a 64-bit key mixed from a template number and the
// hashes of the parts it combines. Collisions between distinct features are
// possible but, at 64 bits and a few million features, negligible.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// mix combines a and b into a well-spread key (splitmix64 finalizer).
func mix(a, b uint64) uint64 {
	x := a*0x9e3779b97f4a7c15 ^ b
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func hashByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

// tokenInfo holds the per-token hashes and flags features are built from.
type tokenInfo struct {
	word    uint64 // exact form
	lower   uint64 // lower case, digits as 0
	shape   uint64 // compressed shape: "Xx", "X.X.", "d,d"
	prefix  [4]uint64
	suffix  [4]uint64
	suffix5 uint64 // the last five runes, lower-cased; 0 if shorter
	length  uint8  // runes, capped at 8
	cap     bool   // first rune upper case
	upper   bool   // all letters upper case, at least one letter
	letter  bool   // has a letter
	// clusters are the word's clusters at each level (see cluster.go), 0
	// if it has none.
	clusters [len(ClusterLevels)]uint16
}

// maxAffix is the longest prefix and suffix, in runes.
const maxAffix = 4

// describe fills ti for word w. It does not allocate.
func describe(w string, ti *tokenInfo) {
	*ti = tokenInfo{}
	word, lower, shape := uint64(fnvOffset), uint64(fnvOffset), uint64(fnvOffset)
	var lastShape byte
	var buf [utf8.UTFMax]byte
	nRunes, upperLetters, letters := 0, 0, 0
	// Runes' byte ends, to hash suffixes afterwards.
	var ends [64]int
	word = hashWord(w)
	for i, r := range w {
		var sc byte
		lr := r
		switch {
		case unicode.IsUpper(r):
			sc, lr = 'X', unicode.ToLower(r)
			upperLetters++
			letters++
		case unicode.IsLetter(r):
			sc = 'x'
			letters++
		case unicode.IsDigit(r):
			sc, lr = 'd', '0'
		default:
			sc = byte(r)
			if r >= utf8.RuneSelf {
				sc = '*'
			}
		}
		if nRunes == 0 {
			ti.cap = sc == 'X'
		}
		if sc != lastShape {
			shape = hashByte(shape, sc)
			lastShape = sc
		}
		n := utf8.EncodeRune(buf[:], lr)
		for _, c := range buf[:n] {
			lower = hashByte(lower, c)
		}
		if nRunes < maxAffix {
			ti.prefix[nRunes] = lower
		}
		if nRunes < len(ends) {
			_, size := utf8.DecodeRuneInString(w[i:])
			ends[nRunes] = i + size
		}
		nRunes++
	}
	ti.word, ti.lower, ti.shape = word, lower, shape
	clusters, _ := defaultClusters() // an error is reported by Load
	ti.clusters = clusters.of(lower)
	ti.letter = letters > 0
	ti.upper = letters > 0 && upperLetters == letters
	// Suffixes: hash the last k runes, lower-cased.
	ti.length = uint8(min(nRunes, 8))
	if nRunes > 5 && nRunes <= len(ends) {
		ti.suffix5 = hashLower(w[ends[nRunes-6]:])
	}
	if nRunes <= len(ends) {
		for k := 1; k <= maxAffix && k <= nRunes; k++ {
			start := 0
			if nRunes-k > 0 {
				start = ends[nRunes-k-1]
			}
			ti.suffix[k-1] = hashLower(w[start:])
		}
	}
}

// hashWord hashes word w as it is written.
func hashWord(w string) uint64 {
	h := uint64(fnvOffset)
	for j := 0; j < len(w); j++ {
		h = hashByte(h, w[j])
	}
	return h
}

// hashLower hashes s lower-cased, digits as 0, as describe's lower does.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	var buf [utf8.UTFMax]byte
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			r = unicode.ToLower(r)
		case unicode.IsDigit(r):
			r = '0'
		}
		n := utf8.EncodeRune(buf[:], r)
		for _, c := range buf[:n] {
			h = hashByte(h, c)
		}
	}
	return h
}

// Feature templates. Their numbers are part of the weights' format: append,
// never renumber.
const (
	fBias uint64 = iota + 1
	fLower
	fWord
	fLowerPrev
	fLowerNext
	fLowerPrev2
	fLowerNext2
	fShape
	fShapePrev
	fShapeNext
	fShapePrevCur
	fShapeCurNext
	fPrefix // + k-1
	_
	_
	_
	fSuffix // + k-1
	_
	_
	_
	fBigramPrev
	fBigramNext
	fTagPrev
	fTagPrev2
	fTagPrevLower
	fTagPrevShape
	fFirstShape
	fCapsSentLower
	fSeenLower
	fHistory
	fLowerPrevShape
	fShapeLowerNext
	fWordPrev
	fHistoryPrev
	fHistoryNext
	fCapsSentShape
	fList
	fListShape
	fListPrev
	fListNext
	fLengthCap
	fShapeTrigram
	fAroundLower
	fSuffix5
	fCluster // + level
	_
	fClusterPrev
	fClusterNext
)

// boundary is the token before and after a sentence. Its clusters are one
// past the last of each level.
var boundary = tokenInfo{word: 1, lower: 1, shape: 1, clusters: boundaryClusters()}

func boundaryClusters() (ids [len(ClusterLevels)]uint16) {
	for l, n := range ClusterLevels {
		ids[l] = uint16(n + 1)
	}
	return ids
}

// sentenceContext is a sentence's tokens as features see them.
type sentenceContext struct {
	info     []tokenInfo
	allCaps  bool    // a headline: no lower-case word of two letters or more
	seen     []bool  // per token: its lower-case form also appears lower-case in the document
	history  []uint8 // per token: the type index the tagger gave this form earlier, 0 if none
	lists    []uint8 // per token: bits of the name lists covering it
	cached   []bool  // per token: its word features' weights are in sums
	sums     []*wordSums
	features []uint64 // scratch
}

func (c *sentenceContext) at(i int) *tokenInfo {
	if i < 0 || i >= len(c.info) {
		return &boundary
	}
	return &c.info[i]
}

// rolesAt returns the roleSums of token i, those of edge (the boundary's)
// outside the sentence.
func (c *sentenceContext) rolesAt(i int, edge *roleSums) *roleSums {
	if i < 0 || i >= len(c.sums) {
		return edge
	}
	return &c.sums[i].roles
}

func (c *sentenceContext) listsAt(i int) uint64 {
	if i < 0 || i >= len(c.lists) {
		return 0
	}
	return uint64(c.lists[i])
}

func (c *sentenceContext) historyAt(i int) uint64 {
	if i < 0 || i >= len(c.history) {
		return 9
	}
	return uint64(c.history[i])
}

// The features of a token split in two: static ones, which depend only on the
// words (and on labels of earlier sentences, through the history), and the
// few that depend on the labels just given in this sentence. The tagger sums
// the static ones for a run of tokens before it decodes them, so that their
// table lookups, independent of each other, overlap in memory.

// staticHead is the number of static features extract puts before the
// label features; the order is part of training (float sums), so that the
// shipped weights stay reproducible.
const staticHead = 14

// numDynamic is the number of label features.
const numDynamic = 4

// extract returns the features of token i, given the two previous labels, in
// training order: the first staticHead static features, the label features,
// and the remaining static features.
func (c *sentenceContext) extract(i int, prev, prev2 Label) []uint64 {
	f := c.appendStatic(i, c.features[:0], partStatic)
	var dyn [numDynamic]uint64
	c.dynamic(i, prev, prev2, &dyn)
	f = append(f, dyn[:]...)
	copy(f[staticHead+numDynamic:], f[staticHead:len(f)-numDynamic])
	copy(f[staticHead:], dyn[:])
	c.features = f
	return f
}

// dynamic sets the features of token i that depend on the two previous
// labels: first the numLabelOnly that depend on nothing else.
func (c *sentenceContext) dynamic(i int, prev, prev2 Label, dst *[numDynamic]uint64) {
	labelFeatures(prev, prev2, (*[numLabelOnly]uint64)(dst[:numLabelOnly]))
	wordLabelFeatures(c.at(i), prev, (*[numWordLabel]uint64)(dst[numLabelOnly:]))
}

// numLabelOnly is the number of features of the previous labels alone, and
// numWordLabel the number of those of the previous label and the word.
const (
	numLabelOnly = 2
	numWordLabel = numDynamic - numLabelOnly
)

// wordLabelFeatures sets the features of word cur after label prev. After
// an O, the label of most tokens, they depend on the word alone, and the
// tagger caches their summed weights per word form (see wordSums.afterO).
func wordLabelFeatures(cur *tokenInfo, prev Label, dst *[numWordLabel]uint64) {
	dst[0] = mix(fTagPrevLower, mix(uint64(prev), cur.lower))
	dst[1] = mix(fTagPrevShape, mix(uint64(prev), cur.shape))
}

// labelFeatures sets the features of the two previous labels alone.
func labelFeatures(prev, prev2 Label, dst *[numLabelOnly]uint64) {
	dst[0] = mix(fTagPrev, uint64(prev))
	dst[1] = mix(fTagPrev2, uint64(prev2)<<8|uint64(prev))
}

// Parts of the static features, for appendStatic.
const (
	// partWord: the features of the word alone (its form, shape, length
	// and affixes), the same wherever it occurs, which the tagger caches
	// per word form.
	partWord uint8 = 1 << iota
	// partShapes: the features of the shapes of the word and its two
	// neighbours, which the tagger caches per triple of shapes.
	partShapes
	// partNeighbours: the features of one neighbour word alone (its form
	// or lower-cased form), which the tagger caches per word form as the
	// word's roleSums.
	partNeighbours
	// partContext: the other features of its neighbours, sentence and
	// document.
	partContext
	// partClusters: the features of the clusters of the neighbours, which
	// the tagger adds to the neighbours' roleSums (see staticRun.sumWords).
	partClusters
	// partSmall: the context features of small numbers (whether the word
	// is seen in lower case, the name lists covering it and its
	// neighbours, the types the document's history gives them), which the
	// tagger also sums from dense tables (see Model.addSmall).
	partSmall
	partStatic = partWord | partShapes | partNeighbours | partContext | partClusters | partSmall
)

// appendClusters appends the features of the fine clusters of a token's
// neighbours p and n: the context of a word unseen in training, in words
// unseen in training.
func appendClusters(f []uint64, p, n *tokenInfo) []uint64 {
	return append(f, clusterFeature(fClusterPrev, p.clusters[fineLevel]), clusterFeature(fClusterNext, n.clusters[fineLevel]))
}

func clusterFeature(template uint64, id uint16) uint64 { return mix(template, uint64(id)) }

// shapeTrigramOf returns the key of the shapes of p, cur and n.
func shapeTrigramOf(p, cur, n *tokenInfo) uint64 {
	return mix(mix(p.shape, cur.shape), n.shape)
}

// appendContextOf appends the features of partContext of token i, cur,
// between p and n: those of appendStatic(i, f, partContext) without its
// tests of the other parts, for the tagger, which asks for them for every
// token. It is given the lowerPair of p and cur and of cur and n: a
// token's pair with the next is the next token's pair with the previous,
// hashed once by the tagger.
func (c *sentenceContext) appendContextOf(i int, p, cur, n *tokenInfo, pairPrev, pairNext uint64, f []uint64) []uint64 {
	f = appendPairsOf(f, p, cur, n, pairPrev, pairNext)
	f = append(f, aroundFeature(p, n))
	if i == 0 || c.allCaps { // the call costs more than the test
		f = c.appendSentence(i, cur, f)
	}
	if l := c.listsAt(i); l != 0 {
		f = append(f, listShapeFeature(l, cur))
	}
	return f
}

// lowerPair returns the hash of the lower-cased forms of words a and b, in
// this order, which the bigram features of a and b build on.
func lowerPair(a, b *tokenInfo) uint64 { return mix(a.lower, b.lower) }

// appendPairsOf appends the features of partContext of word cur with its
// neighbours p and n, in training order (the first two are the last of the
// staticHead features), given the lowerPair of p and cur and of cur and n.
func appendPairsOf(f []uint64, p, cur, n *tokenInfo, pairPrev, pairNext uint64) []uint64 {
	return append(f,
		mix(fBigramPrev, pairPrev),
		mix(fBigramNext, pairNext),
		mix(fLowerPrevShape, mix(p.lower, cur.shape)),
		mix(fShapeLowerNext, mix(cur.shape, n.lower)))
}

// aroundFeature is the feature of partContext of the words p and n on both
// sides of a word.
func aroundFeature(p, n *tokenInfo) uint64 { return mix(fAroundLower, mix(p.lower, n.lower)) }

// listShapeFeature is the feature of partContext of word cur in the name
// lists l.
func listShapeFeature(l uint64, cur *tokenInfo) uint64 { return mix(fListShape, mix(l, cur.shape)) }

// appendSentence appends the features of partContext of token i, cur, that
// its place in the sentence and the sentence's case give.
func (c *sentenceContext) appendSentence(i int, cur *tokenInfo, f []uint64) []uint64 {
	if i == 0 {
		f = append(f, mix(fFirstShape, cur.shape))
	}
	if c.allCaps {
		f = append(f, mix(fCapsSentLower, cur.lower), mix(fCapsSentShape, cur.shape))
	}
	return f
}

// appendStatic appends the features of token i that do not depend on the
// labels of its sentence, of the given parts. With all parts the first
// staticHead of them are unconditional.
func (c *sentenceContext) appendStatic(i int, f []uint64, parts uint8) []uint64 {
	cur, p, n := c.at(i), c.at(i-1), c.at(i+1)
	p2, n2 := c.at(i-2), c.at(i+2)
	word, shapes, context := parts&partWord != 0, parts&partShapes != 0, parts&partContext != 0
	neighbours := parts&partNeighbours != 0
	if word {
		f = append(f, mix(fBias, 0), mix(fLower, cur.lower), mix(fWord, cur.word))
	}
	if neighbours { // as appendRole has them
		f = append(f,
			mix(fLowerPrev, p.lower),
			mix(fLowerNext, n.lower),
			mix(fLowerPrev2, p2.lower),
			mix(fLowerNext2, n2.lower))
	}
	if word {
		f = append(f, mix(fShape, cur.shape))
	}
	if shapes {
		f = append(f,
			mix(fShapePrev, p.shape),
			mix(fShapeNext, n.shape),
			mix(fShapePrevCur, mix(p.shape, cur.shape)),
			mix(fShapeCurNext, mix(cur.shape, n.shape)))
	}
	if context {
		f = appendPairsOf(f, p, cur, n, lowerPair(p, cur), lowerPair(cur, n))
	}
	if neighbours {
		f = append(f, mix(fWordPrev, p.word))
	}
	if shapes {
		f = append(f, mix(fShapeTrigram, shapeTrigramOf(p, cur, n)))
	}
	if context {
		f = append(f, aroundFeature(p, n))
	}
	if parts&partClusters != 0 {
		f = appendClusters(f, p, n)
	}
	if word {
		f = cur.appendWord(f)
	}
	small := parts&partSmall != 0
	if context {
		f = c.appendSentence(i, cur, f)
	}
	if first := c.seenAt(i); first != 0 && small {
		f = append(f, mix(fSeenLower, first))
	}
	if l := c.listsAt(i); l != 0 {
		if small {
			f = append(f, mix(fList, l))
		}
		if context {
			f = append(f, listShapeFeature(l, cur))
		}
	}
	if !small {
		return f
	}
	if l := c.listsAt(i - 1); l != 0 {
		f = append(f, mix(fListPrev, l))
	}
	if l := c.listsAt(i + 1); l != 0 {
		f = append(f, mix(fListNext, l))
	}
	if cur.letter {
		f = append(f,
			mix(fHistory, c.historyAt(i)),
			mix(fHistoryPrev, c.historyAt(i-1)<<8|c.historyAt(i)),
			mix(fHistoryNext, c.historyAt(i)<<8|c.historyAt(i+1)))
	}
	return f
}

// The roles of a word as the neighbour of another: the features of the
// neighbour word alone differ by its position.
const (
	rolePrev = iota
	roleNext
	rolePrev2
	roleNext2
	numRoles
)

// roleSums are the summed weights of the features a word gives each
// neighbour of it, per role.
type roleSums [numRoles]weightSums

// wordSums are the summed weights of the features of a word form that do not
// depend on its context, which the tagger computes once per form and caches.
type wordSums struct {
	word   weightSums // its partWord features
	afterO weightSums // its wordLabelFeatures after an O
	roles  roleSums   // the features it gives its neighbours
}

// appendRole appends the features that the word ti gives a token of which it
// is the neighbour in role: the partNeighbours features of that token.
func (ti *tokenInfo) appendRole(f []uint64, role int) []uint64 {
	switch role {
	case rolePrev:
		return append(f, mix(fLowerPrev, ti.lower), mix(fWordPrev, ti.word))
	case roleNext:
		return append(f, mix(fLowerNext, ti.lower))
	case rolePrev2:
		return append(f, mix(fLowerPrev2, ti.lower))
	}
	return append(f, mix(fLowerNext2, ti.lower))
}

// seenAt returns the value of the fSeenLower feature of token i: 0 (no
// feature) unless the word is capitalized and seen in lower case elsewhere,
// then 2 at the start of the sentence and 1 inside it.
func (c *sentenceContext) seenAt(i int) uint64 {
	switch {
	case !c.at(i).cap || !c.seen[i]:
		return 0
	case i == 0:
		return 2
	}
	return 1
}

// appendWord appends the features of word part that follow the context ones
// in training order: length and case, clusters, and affixes.
func (cur *tokenInfo) appendWord(f []uint64) []uint64 {
	if cur.letter {
		c := uint64(0)
		if cur.cap {
			c = 1
		}
		f = append(f, mix(fLengthCap, uint64(cur.length)<<1|c))
	}
	if cur.suffix5 != 0 {
		f = append(f, mix(fSuffix5, cur.suffix5))
	}
	for l, id := range cur.clusters {
		f = append(f, mix(fCluster+uint64(l), uint64(id)))
	}
	for k := range maxAffix {
		if cur.prefix[k] != 0 {
			f = append(f, mix(fPrefix+uint64(k), cur.prefix[k]))
		}
		if cur.suffix[k] != 0 {
			f = append(f, mix(fSuffix+uint64(k), cur.suffix[k]))
		}
	}
	return f
}
