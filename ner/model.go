package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"slices"
)

// A Model is a trained tagger's weights: for each feature key, one weight per
// label. It is read-only and safe for concurrent use; tag with a Tagger.
//
// Weights are quantized to 16-bit integers and stored beside a 32-bit
// fingerprint of their key in an open-addressing table of 24-byte slots,
// so that a lookup costs one cache miss and the table stays small. The slot
// comes from the key's high bits and the fingerprint from its low bits, so
// a feature the model lacks is mistaken for another only if 50-odd bits
// collide.
type Model struct {
	slots []slot
	bloom []uint64 // two bits per feature; small enough to stay in cache
	n     int      // features
}

// bloomBits is the size of the Bloom filter that spares most lookups of
// features the model lacks (rare words' bigrams and affixes): 128 KiB.
const bloomBits = 1 << 20

// bloomBlock returns the word of the Bloom filter that holds feature f's two
// bits, and those bits: one memory access per test.
func bloomBlock(f uint64) (int, uint64) {
	return int(f>>20) & (bloomBits/64 - 1), 1<<(f>>40&63) | 1<<(f>>46&63)
}

func (m *Model) mayHave(f uint64) bool {
	w, bits := bloomBlock(f)
	return m.bloom[w]&bits == bits
}

type slot struct {
	fp uint32 // 0 marks an empty slot
	w  [numLabels]int16
}

// home returns the first slot to probe for key f, and its fingerprint.
func (m *Model) home(f uint64) (int, uint32) {
	hi, _ := bits.Mul64(f, uint64(len(m.slots)))
	return int(hi), uint32(f) | 1
}

// newModel builds the lookup table for features whose weights are given in
// rows of numLabels, quantized to multiples of scale.
func newModel(features []uint64, weights []float32, scale float32) *Model {
	defaultLists() // load the name lists now, not in the first document's time
	m := &Model{slots: make([]slot, len(features)+len(features)/3+1), bloom: make([]uint64, bloomBits/64), n: len(features)}
	for i, f := range features {
		w, bits := bloomBlock(f)
		m.bloom[w] |= bits
		j, fp := m.home(f)
		for m.slots[j].fp != 0 {
			if j++; j == len(m.slots) {
				j = 0
			}
		}
		m.slots[j].fp = fp
		for k := range numLabels {
			q := math.Round(float64(weights[i*int(numLabels)+int(k)] / scale))
			m.slots[j].w[k] = int16(max(min(q, math.MaxInt16), math.MinInt16))
		}
	}
	return m
}

// Features returns the number of features with weights.
func (m *Model) Features() int { return m.n }

func (m *Model) score(features []uint64, scores *[numLabels]float32) {
	var sum [numLabels]int32
	for _, f := range features {
		if !m.mayHave(f) {
			continue
		}
		j, fp := m.home(f)
		for {
			s := &m.slots[j]
			if s.fp == fp {
				for k := range sum {
					sum[k] += int32(s.w[k])
				}
				break
			}
			if s.fp == 0 {
				break
			}
			if j++; j == len(m.slots) {
				j = 0
			}
		}
	}
	for k := range sum {
		scores[k] = float32(sum[k])
	}
}

// allowed reports whether label l may follow prev in IOB2.
func allowed(prev, l Label) bool {
	return l == O || l.Begins() || prev.typeIndex() == l.typeIndex() && prev != O
}

func best(scores *[numLabels]float32, prev Label) Label {
	arg, max := O, float32(math.Inf(-1))
	for l := O; l < numLabels; l++ {
		if allowed(prev, l) && scores[l] > max {
			arg, max = l, scores[l]
		}
	}
	return arg
}

// A Tagger labels documents with a Model. It keeps buffers between calls, so
// it is not safe for concurrent use; use one per goroutine.
type Tagger struct {
	m       *Model
	doc     document
	scores  [numLabels]float32
	history wordTable // per lower-cased form: how often the tagger gave each type
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
	lowers  wordTable // lower-cased forms seen in lower case
	ctx     sentenceContext
}

// prepare describes every word and finds which capitalized words also occur
// in lower case, in word-initial position, elsewhere in the document.
func (d *document) prepare(words []string) {
	d.info = slices.Grow(d.info[:0], len(words))[:len(words)]
	d.seen = slices.Grow(d.seen[:0], len(words))[:len(words)]
	d.history = slices.Grow(d.history[:0], len(words))[:len(words)]
	d.lists = slices.Grow(d.lists[:0], len(words))[:len(words)]
	d.lowers.reset(len(words))
	for i, w := range words {
		describe(w, &d.info[i])
		if d.info[i].letter && !d.info[i].cap && !d.info[i].upper {
			d.lowers.find(d.info[i].lower, true)
		}
	}
	for i := range words {
		d.seen[i] = d.info[i].cap && d.lowers.find(d.info[i].lower, false) != nil
	}
	defaultLists().mark(d.info, d.lists)
}

// sentence points ctx at tokens [start, end).
func (d *document) sentence(start, end int) *sentenceContext {
	c := &d.ctx
	c.info, c.seen, c.history, c.lists = d.info[start:end], d.seen[start:end], d.history[start:end], d.lists[start:end]
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
	t.doc.prepare(words)
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
		prev, prev2 := O, O
		for i := 0; i < end-start; i++ {
			f := c.extract(i, prev, prev2)
			var l Label
			if p != nil {
				p.score(f, &t.scores)
				l = best(&t.scores, prev)
				if g := gold[start+i]; l != g {
					p.update(f, g, l)
				}
			} else {
				t.m.score(f, &t.scores)
				l = best(&t.scores, prev)
			}
			dst = append(dst, l)
			prev2, prev = prev, l
		}
		t.remember(start, end, dst[base+start:base+end])
		start = end
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
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	bw.Write(magic[:])
	var buf [binary.MaxVarintLen64]byte
	putU := func(v uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], v)]) }
	putI := func(v int64) { bw.Write(buf[:binary.PutVarint(buf[:], v)]) }
	putU(formatVersion)
	putU(uint64(len(features)))
	putU(uint64(math.Float32bits(scale)))
	order := make([]int, len(features))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case features[a] < features[b]:
			return -1
		case features[a] > features[b]:
			return 1
		}
		return 0
	})
	var last uint64
	for _, i := range order {
		putU(features[i] - last)
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
		putU(mask)
		for k := range q {
			if q[k] != 0 {
				putI(q[k])
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Decode reads a model written by Train's encoder.
func Decode(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	var mg [4]byte
	if _, err := io.ReadFull(br, mg[:]); err != nil || mg != magic {
		return nil, errors.New("not a sitrep NER model")
	}
	version, err := binary.ReadUvarint(br)
	if err != nil || version != formatVersion {
		return nil, fmt.Errorf("unsupported model format %d", version)
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<26 {
		return nil, fmt.Errorf("bad feature count")
	}
	bits, err := binary.ReadUvarint(br)
	if err != nil {
		return nil, err
	}
	scale := math.Float32frombits(uint32(bits))
	features := make([]uint64, n)
	weights := make([]float32, int(n)*int(numLabels))
	var key uint64
	for i := range features {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("feature %d: %w", i, err)
		}
		key += d
		features[i] = key
		mask, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("feature %d: %w", i, err)
		}
		for k := range int(numLabels) {
			if mask&(1<<k) == 0 {
				continue
			}
			q, err := binary.ReadVarint(br)
			if err != nil {
				return nil, fmt.Errorf("feature %d: %w", i, err)
			}
			weights[i*int(numLabels)+k] = float32(q) * scale
		}
	}
	return newModel(features, weights, scale), nil
}
