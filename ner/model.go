package ner

import (
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
)

// A Model is a trained tagger's weights: for each feature key, one weight per
// label. It is read-only and safe for concurrent use; tag with a Tagger.
//
// Weights are quantized to integers of at most maxWeight in absolute value
// and stored beside their key in a perfect hash table (see table), so that
// a lookup costs one cache miss and no mispredicted branch.
type Model struct {
	table
	n int // features
	// clusterPrev and clusterNext are the weights of the features of the
	// fine cluster of the previous and the next token, indexed by cluster
	// (0 for none, one past the last for the sentence boundary): a direct
	// read instead of two table lookups per token.
	clusterPrev, clusterNext []weightSums
	// small holds the weights of the features of small numbers (see
	// partSmall), read directly too.
	small *smallSums
}

// smallSums are the weights of the features of partSmall, by their value.
type smallSums struct {
	seen                     [3]weightSums
	list, listPrev, listNext [1 << 8]weightSums // a zero row at 0: no feature
	// The three history features together, by the previous, the current
	// and the next token's history: historyValues²*previous +
	// historyValues*current + next.
	histories [historyValues * historyValues * historyValues]weightSums
}

// historyValues bounds the values of sentenceContext.historyAt.
const historyValues = 10

// newSmallSums looks up the weights of every feature of partSmall.
func (m *Model) newSmallSums() *smallSums {
	t := new(smallSums)
	one := func(template, value uint64, sum *weightSums) {
		m.add([]uint64{mix(template, value)}, sum)
	}
	for v := 1; v < len(t.seen); v++ {
		one(fSeenLower, uint64(v), &t.seen[v])
	}
	for l := 1; l < len(t.list); l++ {
		one(fList, uint64(l), &t.list[l])
		one(fListPrev, uint64(l), &t.listPrev[l])
		one(fListNext, uint64(l), &t.listNext[l])
	}
	// Each history feature alone; historyPrev and historyNext by the
	// previous and the current, or the current and the next token's
	// history: historyValues*first + second.
	var history [historyValues]weightSums
	var historyPrev, historyNext [historyValues * historyValues]weightSums
	for a := range uint64(historyValues) {
		one(fHistory, a, &history[a])
		for b := range uint64(historyValues) {
			one(fHistoryPrev, a<<8|b, &historyPrev[a*historyValues+b])
			one(fHistoryNext, a<<8|b, &historyNext[a*historyValues+b])
		}
	}
	for p := range historyValues {
		for h := range historyValues {
			for n := range historyValues {
				sum := &t.histories[(p*historyValues+h)*historyValues+n]
				sum.add(&history[h])
				sum.add(&historyPrev[p*historyValues+h])
				sum.add(&historyNext[h*historyValues+n])
			}
		}
	}
	return t
}

// addSmall adds to sum the weights of the features of partSmall of token i
// of sentence c, cur, as appendStatic gives them, except those of the
// history, whose summed weights it returns for the caller to add with
// others.
func (m *Model) addSmall(c *sentenceContext, i int, cur *tokenInfo, sum *weightSums) (history *weightSums) {
	t := m.small
	if cur.cap && c.seen[i] {
		sum.add(&t.seen[c.seenAt(i)%3])
	}
	if l := c.lists[i]; l != 0 {
		sum.add(&t.list[l])
	}
	if l := c.listsAt(i - 1); l != 0 {
		sum.add(&t.listPrev[l&0xff])
	}
	if l := c.listsAt(i + 1); l != 0 {
		sum.add(&t.listNext[l&0xff])
	}
	if !cur.letter {
		return &zeroSums
	}
	// History values are below historyValues (a type index, or 9 past
	// the sentence): min, cheaper than a remainder, only shows the
	// compiler that the index is in bounds.
	h, p, n := min(c.historyAt(i), historyValues-1), min(c.historyAt(i-1), historyValues-1), min(c.historyAt(i+1), historyValues-1)
	return &t.histories[(p*historyValues+h)*historyValues+n]
}

// zeroSums is a row of zero weights.
var zeroSums weightSums

// newModel builds the lookup table for features whose weights are given in
// rows of numLabels, quantized to multiples of scale. Features must be
// distinct.
func newModel(features []uint64, weights []float32, scale float32) *Model {
	defaultLists() // load the name lists now, not in the first document's time
	rows := make([][numLabels]int16, len(features))
	for i := range features {
		for k := range numLabels {
			q := math.Round(float64(weights[i*int(numLabels)+int(k)] / scale))
			rows[i][k] = int16(max(min(q, maxWeight), -maxWeight))
		}
	}
	m := &Model{table: *newTable(features, rows), n: len(features)}
	ids := ClusterLevels[fineLevel] + 2
	m.clusterPrev, m.clusterNext = make([]weightSums, ids), make([]weightSums, ids)
	for id := range ids {
		m.add([]uint64{clusterFeature(fClusterPrev, uint16(id))}, &m.clusterPrev[id])
		m.add([]uint64{clusterFeature(fClusterNext, uint16(id))}, &m.clusterNext[id])
	}
	m.small = m.newSmallSums()
	return m
}

// addClusters adds to the roleSums of word ti the weights of the features of
// partClusters that it gives its neighbours: a word's fine cluster is a
// feature of the word after it and of the word before it.
func (m *Model) addClusters(ti *tokenInfo, roles *roleSums) {
	if id := int(ti.clusters[fineLevel]); id < len(m.clusterPrev) {
		roles[rolePrev].add(&m.clusterPrev[id])
		roles[roleNext].add(&m.clusterNext[id])
	}
}

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.n }

// allowed reports whether label l may follow prev in IOB2.
func allowed(prev, l Label) bool {
	return l == O || l.Begins() || prev.typeIndex() == l.typeIndex() && prev != O
}

// follows[prev] has bit l set if label l may follow prev (see allowed).
var follows = func() (f [numLabels]uint16) {
	for prev := O; prev < numLabels; prev++ {
		for l := O; l < numLabels; l++ {
			if allowed(prev, l) {
				f[prev] |= 1 << l
			}
		}
	}
	return f
}()

// best returns the label of highest score that may follow prev, the first
// of equal ones. O may follow any label.
func best[S float32 | int32](scores *[numLabels]S, prev Label) Label {
	arg, max := O, scores[O]
	ok := follows[prev]
	for l := O + 1; l < numLabels; l++ {
		if ok>>l&1 != 0 && scores[l] > max {
			arg, max = l, scores[l]
		}
	}
	return arg
}

// bestSum is best for the tagger's packed sums, written out: best's loop
// costs four times the instructions. It compares the lanes with their
// common offset (see laneOffset). A B- label may follow any label.
func bestSum(s *weightSums, prev Label) Label {
	ok := follows[prev%numLabels]
	w0, w1, w2 := s[0]+laneOffset, s[1]+laneOffset, s[2]+laneOffset
	arg, max := O, laneOf(w0, 0)
	arg, max = higher(arg, max, BPER, laneOf(w0, 1), true)
	arg, max = higher(arg, max, IPER, laneOf(w0, 2), ok&(1<<IPER) != 0)
	arg, max = higher(arg, max, BORG, laneOf(w1, 0), true)
	arg, max = higher(arg, max, IORG, laneOf(w1, 1), ok&(1<<IORG) != 0)
	arg, max = higher(arg, max, BLOC, laneOf(w1, 2), true)
	arg, max = higher(arg, max, ILOC, laneOf(w2, 0), ok&(1<<ILOC) != 0)
	arg, max = higher(arg, max, BMISC, laneOf(w2, 1), true)
	arg, _ = higher(arg, max, IMISC, laneOf(w2, 2), ok&(1<<IMISC) != 0)
	return arg
}

// higher returns label l and its score v if l may follow and v is above
// max, and else arg and max.
func higher(arg Label, max int32, l Label, v int32, may bool) (Label, int32) {
	if may && v > max {
		return l, v
	}
	return arg, max
}

// A Tagger labels documents with a Model. It keeps buffers between calls, so
// it is not safe for concurrent use; use one per goroutine.
type Tagger struct {
	m       *Model
	doc     document
	scores  [numLabels]float32
	history wordTable // per lower-cased form: how often the tagger gave each type
	run     staticRun
	words   wordCache
	shapes  shapeCache
	labels  *[numLabels * numLabels]weightSums // see labelSums
	edge    *roleSums                          // see boundaryRoles
}

// boundaryRoles returns the roleSums of the boundary token, computed once
// per tagger.
func (t *Tagger) boundaryRoles() *roleSums {
	if t.edge == nil {
		t.edge = new(roleSums)
		for role := range numRoles {
			t.m.add(boundary.appendRole(nil, role), &t.edge[role])
		}
		t.m.addClusters(&boundary, t.edge)
	}
	return t.edge
}

// labelSums returns the summed weights of the features of the two previous
// labels alone, computed once per tagger: there are only numLabels² pairs,
// prev and prev2 at numLabels*prev2 + prev.
func (t *Tagger) labelSums() *[numLabels * numLabels]weightSums {
	if t.labels == nil {
		t.labels = new([numLabels * numLabels]weightSums)
		for p2 := range numLabels {
			for p := range numLabels {
				var f [numLabelOnly]uint64
				labelFeatures(p, p2, &f)
				t.m.add(f[:], &t.labels[int(p2)*int(numLabels)+int(p)])
			}
		}
	}
	return t.labels
}

// cacheFor returns the word cache to use, none in training (p != nil), where
// the weights change.
func (t *Tagger) cacheFor(p *perceptron) *wordCache {
	if p != nil {
		return nil
	}
	return &t.words
}

// staticRun holds the summed static weights of a run of tokens.
type staticRun struct {
	keys []uint64 // scratch
	// Of each token of the run: an array, which sumStatic fills in place.
	sums [runTokens]weightSums
}

// runTokens is the number of tokens whose static weights are summed before
// they are decoded: the lookups of many tokens, which do not wait for the
// labels, overlap in memory.
const runTokens = 16

// sumWords sets the word and role sums of the tokens of sentence c that the
// word cache did not have (see document.putWords).
func (r *staticRun) sumWords(m *Model, c *sentenceContext) {
	for i := range c.info {
		if c.cached[i] {
			continue
		}
		sums := c.sums[i]
		*sums = wordSums{}
		r.keys = c.appendStatic(i, r.keys[:0], partWord)
		m.add(r.keys, &sums.word)
		for role := range numRoles {
			r.keys = c.info[i].appendRole(r.keys[:0], role)
			m.add(r.keys, &sums.roles[role])
		}
		m.addClusters(&c.info[i], &sums.roles)
		var afterO [numWordLabel]uint64
		wordLabelFeatures(&c.info[i], O, &afterO)
		m.add(afterO[:], &sums.afterO)
	}
}

// sumStatic sets r.sums to the summed static weights of tokens [start, end)
// of sentence c, at most runTokens, whose word and role sums sumWords has
// set. It takes the sums of shape features from the cache, and caches those
// it computes.
func (r *staticRun) sumStatic(m *Model, c *sentenceContext, start, end int, shapes *shapeCache, edge *roleSums) {
	p, cur := c.at(start-1), c.at(start)
	pairPrev := lowerPair(p, cur)
	// The roleSums of tokens i-2 to i+2, slid along: one rolesAt per
	// token instead of four.
	p2, p1, r0, n1, n2 := c.rolesAt(start-2, edge), c.rolesAt(start-1, edge), c.rolesAt(start, edge), c.rolesAt(start+1, edge), c.rolesAt(start+2, edge)
	for k := range end - start {
		i, sum := start+k, &r.sums[k]
		n := c.at(i + 1)
		pairNext := lowerPair(cur, n)
		*sum = weightSums{}
		r.keys = c.appendContextOf(i, p, cur, n, pairPrev, pairNext, r.keys[:0])
		m.add(r.keys, sum)
		key := shapes.keyOf(p, cur, n)
		shape := shapes.entry(key)
		if shape.key != key || key == 0 { // 0 marks an empty entry
			*shape = sumEntry{key: key}
			r.keys = c.appendStatic(i, r.keys[:0], partShapes)
			m.add(r.keys, &shape.sum)
		}
		history := m.addSmall(c, i, cur, sum)
		// The label features of the word after an O are there for decode.
		addEight(sum, &c.sums[i].word, &p1[rolePrev], &n1[roleNext], &p2[rolePrev2], &n2[roleNext2],
			&shape.sum, &c.sums[i].afterO, history)
		p, cur, pairPrev = cur, n, pairNext
		p2, p1, r0, n1, n2 = p1, r0, n1, n2, c.rolesAt(i+3, edge)
	}
}

// addEight adds eight weightSums to sum at once.
func addEight(sum, a, b, c, d, e, f, g, h *weightSums) {
	sum[0] += a[0] + b[0] + c[0] + d[0] + e[0] + f[0] + g[0] + h[0]
	sum[1] += a[1] + b[1] + c[1] + d[1] + e[1] + f[1] + g[1] + h[1]
	sum[2] += a[2] + b[2] + c[2] + d[2] + e[2] + f[2] + g[2] + h[2]
}

// NewTagger returns a Tagger for m.
func (m *Model) NewTagger() *Tagger {
	return &Tagger{m: m}
}

// document is a document's tokens with their per-token features.
type document struct {
	info    []tokenInfo
	seen    []bool
	history []uint8
	lists   []uint8
	cached  []bool
	// sums are the word's summed weights, in the word cache or, if it
	// did not have them, in own: the cache is only written to once the
	// document is tagged, so that its sums are read where they are.
	sums   []*wordSums
	own    []wordSums
	lowers wordTable // lower-cased forms seen in lower case
	ctx    sentenceContext
}

// prepare describes every word and finds which capitalized words also occur
// in lower case, in word-initial position, elsewhere in the document. Words
// found in cache, if not nil, take their description and the summed weights
// of their word features from it.
func (d *document) prepare(words []string, cache *wordCache) {
	n := len(words)
	d.info = slices.Grow(d.info[:0], n)[:n]
	d.seen = slices.Grow(d.seen[:0], n)[:n]
	d.history = slices.Grow(d.history[:0], n)[:n]
	d.lists = slices.Grow(d.lists[:0], n)[:n]
	d.cached = slices.Grow(d.cached[:0], n)[:n]
	d.sums = slices.Grow(d.sums[:0], n)[:n]
	d.own = slices.Grow(d.own[:0], n)[:n]
	d.lowers.reset(n)
	// Local slices of len(words): the compiler drops their bounds checks.
	info, cached, sums := d.info[:n], d.cached[:n], d.sums[:n]
	for i, w := range words {
		ti := &info[i]
		var s *wordSums
		if cache != nil {
			s = cache.get(w, ti)
		}
		cached[i] = s != nil
		if s == nil {
			describe(w, ti)
			s = &d.own[i]
		}
		sums[i] = s
		if ti.letter && !ti.cap && !ti.upper {
			d.lowers.find(ti.lower, true)
		}
	}
	seen := d.seen[:n]
	for i := range info {
		seen[i] = info[i].cap && d.lowers.find(info[i].lower, false) != nil
	}
	defaultLists().mark(d.info, d.lists)
}

// putWords caches the sums of the words the cache did not have, which
// decode computed, in the order of the document.
func (d *document) putWords(cache *wordCache) {
	for i := range d.info {
		if !d.cached[i] {
			cache.put(&d.info[i], d.sums[i])
		}
	}
}

// sentence points ctx at tokens [start, end).
func (d *document) sentence(start, end int) *sentenceContext {
	c := &d.ctx
	c.info, c.seen, c.history, c.lists = d.info[start:end], d.seen[start:end], d.history[start:end], d.lists[start:end]
	c.cached, c.sums = d.cached[start:end], d.sums[start:end]
	c.allCaps = isHeadline(c.info)
	return c
}

// isHeadline reports whether a sentence has no lower-case word: a headline or
// dateline in capitals.
func isHeadline(info []tokenInfo) bool {
	words := 0
	for i := range info {
		if info[i].letter {
			if !info[i].upper {
				return false
			}
			words++
		}
	}
	return words > 0
}

// fillHistory sets the history feature of tokens [start, end) from the labels
// given to the same lower-cased forms earlier in the document.
func (t *Tagger) fillHistory(start, end int) {
	d := &t.doc
	for i := start; i < end; i++ {
		d.history[i] = 0
		if !d.info[i].cap {
			continue
		}
		counts := t.history.find(d.info[i].lower, false)
		if counts == nil {
			continue
		}
		bestType, bestN := 5, counts[0]
		for k := 1; k <= 4; k++ {
			if counts[k] > bestN {
				bestType, bestN = k, counts[k]
			}
		}
		d.history[i] = uint8(bestType)
	}
}

// remember adds the labels of tokens [start, end) to the document history.
func (t *Tagger) remember(start, end int, labels []Label) {
	d := &t.doc
	for i := start; i < end; i++ {
		if !d.info[i].cap {
			continue
		}
		counts := t.history.find(d.info[i].lower, true)
		if counts == nil {
			continue
		}
		if counts[labels[i-start].typeIndex()] < math.MaxUint16 {
			counts[labels[i-start].typeIndex()]++
		}
	}
}

// Tag labels one document. words are its tokens in order; sentenceEnds are
// the exclusive end indexes of its sentences, ascending, the last being
// len(words) (words after the last end form one more sentence). It appends
// one label per word to dst and returns it.
func (t *Tagger) Tag(words []string, sentenceEnds []int, dst []Label) []Label {
	return t.tag(words, sentenceEnds, dst, nil, nil)
}

// tag is Tag, and in training (gold != nil) it also updates the perceptron p
// wherever its prediction differs from gold.
func (t *Tagger) tag(words []string, sentenceEnds []int, dst []Label, gold []Label, p *perceptron) []Label {
	t.doc.prepare(words, t.cacheFor(p))
	t.history.reset(len(words))
	base := len(dst)
	start := 0
	for k := 0; start < len(words); k++ {
		end := len(words)
		if k < len(sentenceEnds) {
			end = min(max(sentenceEnds[k], start), len(words))
		}
		if end == start {
			continue
		}
		t.fillHistory(start, end)
		c := t.doc.sentence(start, end)
		if p != nil {
			prev, prev2 := O, O
			for i := 0; i < end-start; i++ {
				f := p.drop(c.extract(i, prev, prev2))
				p.score(f, &t.scores)
				l := best(&t.scores, prev)
				if g := gold[start+i]; l != g {
					p.update(f, g, l)
				}
				dst = append(dst, l)
				prev2, prev = prev, l
			}
		} else {
			dst = t.decode(c, end-start, dst)
		}
		t.remember(start, end, dst[base+start:base+end])
		start = end
	}
	if cache := t.cacheFor(p); cache != nil {
		t.doc.putWords(cache)
	}
	return dst
}

// decode appends the labels of the n tokens of sentence c, greedily left to
// right. The scores are the model's over all features, as in training, but
// the static features of each run of tokens are summed before the run is
// decoded.
func (t *Tagger) decode(c *sentenceContext, n int, dst []Label) []Label {
	prev, prev2 := O, O
	var dyn [numWordLabel]uint64
	t.run.sumWords(t.m, c)
	edge := t.boundaryRoles()
	labels := t.labelSums()
	for run := 0; run < n; run += runTokens {
		runEnd := min(run+runTokens, n)
		t.run.sumStatic(t.m, c, run, runEnd, &t.shapes, edge)
		for i := run; i < runEnd; i++ {
			sum := &t.run.sums[i-run]
			if prev != O {
				// The static sums hold the word's label features
				// after an O.
				sum.sub(&c.sums[i].afterO)
				wordLabelFeatures(c.at(i), prev, &dyn)
				t.m.add(dyn[:], sum)
			}
			sum.add(&labels[int(prev2)*int(numLabels)+int(prev)])
			// The sums are integers far below 2^24: they compare as
			// their float32 conversions, training's scores, would.
			l := bestSum(sum, prev)
			dst = append(dst, l)
			prev2, prev = prev, l
		}
	}
	return dst
}

// Encoding: a gzip stream of a header (magic, version, number of features,
// scale) and then, per feature in ascending key order, the key as a varint
// delta from the previous key, a bitmask of the labels with non-zero weight,
// and those weights quantized to integers of scale, as zig-zag varints.

var magic = [4]byte{'s', 'n', 'e', 'r'}

const formatVersion = 1

// Encode writes m compressed to w. Weights are quantized to 1/scale.
func encode(w io.Writer, features []uint64, weights []float32, scale float32) error {
	v, err := newVarintWriter(w, magic)
	if err != nil {
		return err
	}
	v.u(uint64(len(features)))
	v.u(uint64(math.Float32bits(scale)))
	var last uint64
	for _, i := range keyOrder(features) {
		v.u(features[i] - last)
		last = features[i]
		row := weights[i*int(numLabels) : (i+1)*int(numLabels)]
		var mask uint64
		var q [numLabels]int64
		for k, x := range row {
			q[k] = int64(math.Round(float64(x / scale)))
			if q[k] != 0 {
				mask |= 1 << k
			}
		}
		v.u(mask)
		for k := range q {
			if q[k] != 0 {
				v.i(q[k])
			}
		}
	}
	return v.close()
}

// Decode reads a model written by Train's encoder.
func Decode(r io.Reader) (*Model, error) {
	features, weights, scale, err := decode(r)
	if err != nil {
		return nil, err
	}
	return newModel(features, weights, scale), nil
}

// decode reads the features, their rows of weights and the quantization
// step of a model written by encode.
func decode(r io.Reader) (features []uint64, weights []float32, scale float32, err error) {
	br, err := openVarintReader(r, magic, "NER model")
	if err != nil {
		return nil, nil, 0, err
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<26 {
		return nil, nil, 0, fmt.Errorf("bad feature count")
	}
	bits, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, nil, 0, err
	}
	scale = math.Float32frombits(uint32(bits))
	features = make([]uint64, n)
	weights = make([]float32, int(n)*int(numLabels))
	var key uint64
	for i := range features {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, nil, 0, fmt.Errorf("feature %d: %w", i, err)
		}
		key += d
		features[i] = key
		mask, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, nil, 0, fmt.Errorf("feature %d: %w", i, err)
		}
		for k := range int(numLabels) {
			if mask&(1<<k) == 0 {
				continue
			}
			q, err := binary.ReadVarint(br)
			if err != nil {
				return nil, nil, 0, fmt.Errorf("feature %d: %w", i, err)
			}
			weights[i*int(numLabels)+k] = float32(q) * scale
		}
	}
	return features, weights, scale, nil
}
