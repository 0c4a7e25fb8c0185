package ner

import (
	"fmt"
	"io"
	"math"
	"slices"
)

// An Example is one annotated document for training or tuning.
type Example struct {
	Words        []string
	SentenceEnds []int   // exclusive end index of each sentence, ascending
	Labels       []Label // one per word, IOB2
}

// TrainOptions tunes Train. The zero value is ready to use.
type TrainOptions struct {
	// MaxEpochs bounds the passes over the training set; 0 means 20. The
	// epoch whose averaged weights score best on the development set wins.
	MaxEpochs int
	// MinWeight drops, after training, features whose largest absolute
	// averaged weight is below it, to keep the model small; 0 keeps every
	// feature with a non-zero weight.
	MinWeight float64
	// Dropout is the probability that a training step leaves out each
	// feature of a token that does not depend on the labels (except the
	// bias), drawn afresh per token and epoch, deterministically. Like
	// dropout in neural networks, it keeps the model from leaning on a few
	// strong features, mostly the words of the training set, and makes it
	// use the others (context, shape, affixes, clusters, lists) too: it
	// helps most on text unlike the training set. 0 drops nothing.
	Dropout float64
	// Log, if set, receives one line per epoch.
	Log io.Writer
}

// A TrainReport says what Train chose and how well it scored.
type TrainReport struct {
	Epoch    int     // the chosen epoch, 1-based
	DevF1    float64 // entity-level F1 of the shipped (pruned, quantized) weights on dev
	Features int     // features kept
}

// Train trains a model on train and chooses the number of epochs on dev. It
// is deterministic: the same files give the same weights, byte for byte. The
// model is written to w, and also returned.
func Train(train, dev []Example, opt TrainOptions, w io.Writer) (*Model, TrainReport, error) {
	if opt.MaxEpochs == 0 {
		opt.MaxEpochs = 20
	}
	p := newPerceptron()
	p.dropout = uint64(math.Round(min(max(opt.Dropout, 0), 1) * (1 << 16)))
	t := &Tagger{}
	var bestKeys []uint64
	var bestWeights []float32
	var report TrainReport
	bestF1 := -1.0
	var pred []Label
	for epoch := 1; epoch <= opt.MaxEpochs; epoch++ {
		// A fixed, epoch-dependent order: deterministic, yet not the same
		// every pass.
		for _, i := range order(len(train), epoch) {
			ex := &train[i]
			pred = t.tag(ex.Words, ex.SentenceEnds, pred[:0], ex.Labels, p)
		}
		keys, weights := p.averaged(opt.MinWeight)
		m := newModel(keys, weights, quantum(weights))
		f1 := Score(m, dev)
		if opt.Log != nil {
			fmt.Fprintf(opt.Log, "epoch %d: %d features, dev F1 %.4f\n", epoch, len(keys), f1)
		}
		if f1 > bestF1 {
			bestF1, bestKeys, bestWeights = f1, keys, weights
			report.Epoch = epoch
		}
	}
	scale := quantum(bestWeights)
	if err := encode(w, bestKeys, bestWeights, scale); err != nil {
		return nil, report, err
	}
	bestModel := newModel(bestKeys, bestWeights, scale)
	report.DevF1 = Score(bestModel, dev)
	report.Features = len(bestKeys)
	return bestModel, report, nil
}

// quantum returns the quantization step: fine enough that rounding changes no
// decision in practice, coarse enough to compress.
func quantum(weights []float32) float32 {
	var maxAbs float32
	for _, x := range weights {
		maxAbs = max(maxAbs, float32(math.Abs(float64(x))))
	}
	if maxAbs == 0 {
		return 1
	}
	return maxAbs / 4096
}

// order returns a permutation of [0, n) that depends only on n and seed.
func order(n, seed int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	x := uint64(seed)*0x9e3779b97f4a7c15 + 1
	for i := n - 1; i > 0; i-- {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		j := int(x % uint64(i+1))
		idx[i], idx[j] = idx[j], idx[i]
	}
	return idx
}

// Score returns the entity-level F1 of m on examples (exact span and type).
func Score(m *Model, examples []Example) float64 {
	t := m.NewTagger()
	var pred []Label
	var tp, np, ng int
	for _, ex := range examples {
		pred = t.Tag(ex.Words, ex.SentenceEnds, pred[:0])
		g, p := Chunks(ex.Labels), Chunks(pred)
		ng += len(g)
		np += len(p)
		gi := 0
		for _, c := range p {
			for gi < len(g) && g[gi].Start < c.Start {
				gi++
			}
			if gi < len(g) && g[gi] == c {
				tp++
			}
		}
	}
	if tp == 0 {
		return 0
	}
	prec, rec := float64(tp)/float64(np), float64(tp)/float64(ng)
	return 2 * prec * rec / (prec + rec)
}

// A Chunk is an entity found in a label sequence: words [Start, End) of Type.
type Chunk struct {
	Start, End int
	Type       string
}

// Chunks returns the entities of an IOB2 label sequence, in order.
func Chunks(labels []Label) []Chunk {
	return AppendChunks(nil, labels)
}

// AppendChunks appends the entities of an IOB2 label sequence to out, in
// order, and returns it: a caller with a buffer allocates nothing.
func AppendChunks(out []Chunk, labels []Label) []Chunk {
	for i := 0; i < len(labels); {
		l := labels[i]
		if l == O {
			i++
			continue
		}
		j := i + 1
		for j < len(labels) && labels[j] != O && !labels[j].Begins() && labels[j].typeIndex() == l.typeIndex() {
			j++
		}
		out = append(out, Chunk{i, j, l.Type()})
		i = j
	}
	return out
}

// perceptron holds weights while training, with the running sums that
// averaging needs, updated lazily.
type perceptron struct {
	index map[uint64]int32
	keys  []uint64
	w     []float32
	total []float64
	stamp []int32
	step  int32
	// dropout is the probability, out of 1<<16, that drop leaves out a
	// static feature of a token; 0 keeps all.
	dropout uint64
	kept    []uint64 // drop's buffer
}

// drop returns features without a pseudo-random fraction p.dropout of the
// static ones, chosen afresh for every token of every epoch (the step
// numbers tokens) but the same in every run. The bias and the label
// features stay.
func (p *perceptron) drop(features []uint64) []uint64 {
	if p.dropout == 0 {
		return features
	}
	kept := p.kept[:0]
	seed := uint64(p.step) + 1
	for k, f := range features {
		if k == 0 || k >= staticHead && k < staticHead+numDynamic || mix(seed, f)&0xffff >= p.dropout {
			kept = append(kept, f)
		}
	}
	p.kept = kept
	return kept
}

func newPerceptron() *perceptron { return &perceptron{index: make(map[uint64]int32, 1<<20)} }

func (p *perceptron) score(features []uint64, scores *[numLabels]float32) {
	p.step++
	*scores = [numLabels]float32{}
	for _, f := range features {
		if r, ok := p.index[f]; ok {
			row := p.w[int(r)*int(numLabels):][:numLabels]
			for k := range scores {
				scores[k] += row[k]
			}
		}
	}
}

func (p *perceptron) update(features []uint64, gold, pred Label) {
	for _, f := range features {
		r, ok := p.index[f]
		if !ok {
			r = int32(len(p.keys))
			p.index[f] = r
			p.keys = append(p.keys, f)
			p.w = append(p.w, make([]float32, numLabels)...)
			p.total = append(p.total, make([]float64, numLabels)...)
			p.stamp = append(p.stamp, make([]int32, numLabels)...)
		}
		p.add(int(r)*int(numLabels)+int(gold), 1)
		p.add(int(r)*int(numLabels)+int(pred), -1)
	}
}

func (p *perceptron) add(i int, delta float32) {
	p.total[i] += float64(p.step-p.stamp[i]) * float64(p.w[i])
	p.stamp[i] = p.step
	p.w[i] += delta
}

// averaged returns the features whose averaged weights reach minWeight in
// absolute value for some label, in ascending key order, and their rows.
func (p *perceptron) averaged(minWeight float64) ([]uint64, []float32) {
	idx := make([]int, 0, len(p.keys))
	for i := range p.keys {
		idx = append(idx, i)
	}
	slices.SortFunc(idx, func(a, b int) int {
		if p.keys[a] < p.keys[b] {
			return -1
		}
		return 1
	})
	var keys []uint64
	var weights []float32
	steps := float64(max(p.step, 1))
	for _, i := range idx {
		var row [numLabels]float32
		keep := false
		for k := range row {
			j := i*int(numLabels) + k
			avg := (p.total[j] + float64(p.step-p.stamp[j])*float64(p.w[j])) / steps
			row[k] = float32(avg)
			keep = keep || avg != 0 && math.Abs(avg) >= minWeight
		}
		if keep {
			keys = append(keys, p.keys[i])
			weights = append(weights, row[:]...)
		}
	}
	return keys, weights
}

// NewExample builds an Example from a document's sentences, given as words
// and their CoNLL tags (IOB1 or IOB2; types PER, ORG, LOC, MISC).
func NewExample(words, tags [][]string) (Example, error) {
	var ex Example
	for s := range words {
		if len(tags[s]) != len(words[s]) {
			return ex, fmt.Errorf("sentence %d: %d words but %d tags", s, len(words[s]), len(tags[s]))
		}
		for i, tag := range tags[s] {
			l, ok := ParseLabel(tag)
			if !ok {
				return ex, fmt.Errorf("sentence %d: unknown tag %q", s, tag)
			}
			ex.Labels = append(ex.Labels, l)
			ex.Words = append(ex.Words, words[s][i])
		}
		ToIOB2(ex.Labels[len(ex.Labels)-len(tags[s]):])
		ex.SentenceEnds = append(ex.SentenceEnds, len(ex.Words))
	}
	return ex, nil
}
