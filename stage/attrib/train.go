package attrib

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"sort"

	"github.com/sitrep-dev/sitrep"
)

// A CueExample is a document, with its token and sentence layers, and
// the gold spans of its attribution cues.
type CueExample struct {
	Doc  *sitrep.Document
	Cues []sitrep.Span
}

// TrainOptions tune TrainCues. The zero value trains for up to 10 epochs.
type TrainOptions struct {
	MaxEpochs int       // 0 means 10
	Log       io.Writer // progress per epoch; nil for none
}

// A TrainReport says which epoch TrainCues kept and how it scored.
type TrainReport struct {
	Epoch             int
	Features          int
	DevPrecision      float64 // token-level, on the held-out examples
	DevRecall, DevF1  float64
	Positive, Example int // candidate tokens in the training examples
}

// minFeatureCount is how many candidate tokens of the training set must
// have a feature for the model to keep it.
const minFeatureCount = 2

// A sample is one candidate token: its features and whether it is a cue.
type sample struct {
	fs     []uint64
	word   uint64 // feature(fWord, the word)
	sensed bool   // the word has a sense (see senses.txt)
	cue    bool
	// sure marks a candidate attribution that the stage keeps without
	// asking the judge (see judgeSentence).
	sure bool
}

// minVocabCount is how many times a word must be a cue in training for
// the model to learn from its uses and to score it.
const minVocabCount = 2

// minVocabRate is the least share of its uses in training in which a word
// must be a cue for the stage to score it. Words such as "and", "Trump" or
// "campaign" lie inside a few gold cues ("Trump campaign said") yet are
// almost never cues themselves: they made up about 40% of the scored
// words, and the model passed almost none of them. They still train the
// weights, which therefore are the same as without this filter; on
// PolNeAR dev, rates of 0.01, 0.02 and 0.05 left cue F1 within 0.001.
const minVocabRate = 0.02

// inVocab returns the samples of set whose word is in vocab or has a
// sense: the words the stage scores.
func inVocab(set []sample, vocab map[uint64]bool) []sample {
	out := set[:0]
	for _, s := range set {
		if vocab[s.word] || s.sensed {
			out = append(out, s)
		}
	}
	return out
}

// TrainCues trains the cue classifier on train, an averaged perceptron
// over the candidate tokens (words outside quotations) labelled by whether
// they lie in a gold cue, keeps the epoch that scores best on dev, and
// writes it to w in the format the stage embeds, with the vocabulary of
// words worth scoring (see minVocabCount and minVocabRate; the stage also
// scores every word with a sense, see senses.txt). Training is
// deterministic: the same examples give the same bytes.
func TrainCues(train, dev []CueExample, opts TrainOptions, w io.Writer) (TrainReport, error) {
	if opts.MaxEpochs <= 0 {
		opts.MaxEpochs = 10
	}
	lex, err := parseLexicon(cuesData)
	if err != nil {
		return TrainReport{}, err
	}
	trainSet, devSet := samples(lex, train), samples(lex, dev)
	// Only words that were cues often enough are learnt from, and of
	// those only the ones that are cues in enough of their uses are scored
	// at all: the rest cost time and lend nothing but false alarms.
	positives, uses := make(map[uint64]int), make(map[uint64]int)
	for _, s := range trainSet {
		uses[s.word]++
		if s.cue {
			positives[s.word]++
		}
	}
	vocab, scored := make(map[uint64]bool), make(map[uint64]bool)
	for h, n := range positives {
		if n >= minVocabCount {
			vocab[h] = true
			if float64(n) >= minVocabRate*float64(uses[h]) {
				scored[h] = true
			}
		}
	}
	trainSet, devSet = inVocab(trainSet, vocab), inVocab(devSet, vocab)
	dropRareFeatures(trainSet, devSet)
	rep, err := countSamples(trainSet, "candidate tokens")
	if err != nil {
		return rep, err
	}
	best := bagged(trainSet, devSet, opts, &rep)
	rep.Features = len(best)
	return rep, writeCueModel(w, scored, best)
}

// countSamples returns a report of how many samples set holds and how many
// of them are cues, and an error, naming the samples what, if none is.
func countSamples(set []sample, what string) (TrainReport, error) {
	var rep TrainReport
	for _, s := range set {
		rep.Example++
		if s.cue {
			rep.Positive++
		}
	}
	if rep.Positive == 0 {
		return rep, fmt.Errorf("attrib: train: no gold cues among %d %s", rep.Example, what)
	}
	return rep, nil
}

// dropRareFeatures drops the features seen fewer than minFeatureCount
// times in trainSet, which would only memorize it, from every sample.
func dropRareFeatures(trainSet, devSet []sample) {
	counts := make(map[uint64]int)
	for _, s := range trainSet {
		for _, f := range s.fs {
			counts[f]++
		}
	}
	for _, set := range [][]sample{trainSet, devSet} {
		for k := range set {
			fs := set[k].fs[:0]
			for _, f := range set[k].fs {
				if counts[f] >= minFeatureCount {
					fs = append(fs, f)
				}
			}
			set[k].fs = fs
		}
	}
}

// trainingOrders is how many orders of the training examples bagged
// trains a perceptron in. A perceptron depends on the order it sees the
// examples in: on PolNeAR's training split, by cross-validation, three
// orders moved cue F1 between 0.759 and 0.762, more than most changes to
// the features. The mean of the weights of several orders varies less and
// is a linear model like each of them, so it costs the stage nothing.
const trainingOrders = 5

// bagged returns the mean of the weights of trainingOrders perceptrons,
// each trained on trainSet in its own order with its epoch chosen on
// devSet (see perceptron), and notes in rep the first order's epoch and
// the mean's scores on devSet.
func bagged(trainSet, devSet []sample, opts TrainOptions, rep *TrainReport) map[uint64]float64 {
	d := newDenseSet(trainSet)
	mean := meanOfOrders(func(order uint64) map[uint64]float64 {
		var r TrainReport
		weights := perceptron(d, devSet, opts, &r, order)
		if order == 0 {
			rep.Epoch = r.Epoch
		}
		return weights
	})
	rep.DevPrecision, rep.DevRecall, rep.DevF1 = evaluate(mean, devSet)
	return mean
}

// meanOfOrders returns the mean of the weights that train returns for
// each of trainingOrders orders.
func meanOfOrders(train func(order uint64) map[uint64]float64) map[uint64]float64 {
	mean := make(map[uint64]float64)
	for order := range uint64(trainingOrders) {
		for f, v := range train(order) {
			mean[f] += v / trainingOrders
		}
	}
	return mean
}

// perceptron trains an averaged perceptron on d, in the order numbered
// order, for up to opts.MaxEpochs epochs and returns the averaged weights
// of the epoch that scores best on devSet, which it notes in rep.
func perceptron(d denseSet, devSet []sample, opts TrainOptions, rep *TrainReport, order uint64) map[uint64]float64 {
	var best map[uint64]float64
	bestF1 := -1.0
	averagedPerceptron(d, opts.MaxEpochs, order, func(epoch int, avg map[uint64]float64) {
		p, r, f1 := evaluate(avg, devSet)
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "epoch %d: dev precision %.4f recall %.4f F1 %.4f\n", epoch, p, r, f1)
		}
		if f1 > bestF1 {
			best, bestF1 = avg, f1
			rep.Epoch, rep.DevPrecision, rep.DevRecall, rep.DevF1 = epoch, p, r, f1
		}
	})
	return best
}

// samples returns the candidate tokens of examples with their labels.
func samples(lex *lexicon, examples []CueExample) []sample {
	var out []sample
	for _, ex := range examples {
		cues := sortedCues(ex)
		x := newExtractor(lex, nil, ex.Doc)
		for _, sent := range ex.Doc.Sentences {
			s0, s1 := sent.Tokens.Start, sent.Tokens.End
			if s0 < 0 || s1 > len(x.toks) || s0 >= s1 {
				continue
			}
			for i := s0; i < s1; i++ {
				if !x.isCandidate(i) {
					continue
				}
				out = append(out, sample{fs: x.cueFeatures(nil, i, s0, s1), word: feature(fWord, x.words[i]), sensed: x.class[i]&classSensed != 0, cue: overlapsAny(cues, x.toks[i].Span)})
			}
		}
	}
	return out
}

// overlapsAny reports whether sp overlaps one of spans, sorted by Start.
func overlapsAny(spans []sitrep.Span, sp sitrep.Span) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].End > sp.Start })
	return k < len(spans) && spans[k].Start < sp.End
}

// sortedCues returns the gold cues of ex sorted by Start.
func sortedCues(ex CueExample) []sitrep.Span {
	cues := append([]sitrep.Span(nil), ex.Cues...)
	sort.Slice(cues, func(i, j int) bool { return cues[i].Start < cues[j].Start })
	return cues
}

// evaluate returns token-level precision, recall and F1 of weights on set.
func evaluate(weights map[uint64]float64, set []sample) (p, r, f1 float64) {
	tp, pred, gold := 0, 0, 0
	for _, s := range set {
		score := 0.0
		for _, f := range s.fs {
			score += weights[f]
		}
		if score > cueThreshold {
			pred++
			if s.cue {
				tp++
			}
		}
		if s.cue {
			gold++
		}
	}
	if pred > 0 {
		p = float64(tp) / float64(pred)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// permutation returns 0..n-1 shuffled by a fixed linear congruential
// generator seeded with seed, so that training is reproducible.
func permutation(n int, seed uint64) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	state := seed*6364136223846793005 + 1442695040888963407
	for i := n - 1; i > 0; i-- {
		state = state*6364136223846793005 + 1442695040888963407
		j := int((state >> 33) % uint64(i+1))
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// JudgeFolds is how many folds TrainJudge splits its examples into, so
// that each example's candidates carry the score of a cue classifier
// that was not trained on it.
const JudgeFolds = 5

// HeldOutEvery is how the trainers split examples: every HeldOutEvery-th
// is held out to choose the number of epochs.
const HeldOutEvery = 10

// SplitHeldOut holds out every HeldOutEvery-th example.
func SplitHeldOut(examples []CueExample) (train, held []CueExample) {
	for i, ex := range examples {
		if i%HeldOutEvery == HeldOutEvery-1 {
			held = append(held, ex)
		} else {
			train = append(train, ex)
		}
	}
	return train, held
}

// TrainJudge trains the judge of candidate attributions (see
// judgeSentence), the mean of trainingOrders logistic regressions (see
// logisticRegression), on train and held together, and writes it to w in
// the format of the cue classifier, with no vocabulary. A candidate is
// labelled by whether its cue overlaps a gold cue. Its features include
// the cue classifier's score, which on the classifier's own training text
// would be overconfident: the examples are split into JudgeFolds folds
// (example i of train then held in fold i mod JudgeFolds), and the
// candidates of each fold are found with a classifier trained, as by
// TrainCues, on the others.
//
// The number of epochs and the threshold of each origin (see
// placeThresholds) are chosen on the judge's out-of-fold scores of every
// candidate, each fold's scored by a judge trained on the others; the
// judge written is then trained on all of them.
func TrainJudge(train, held []CueExample, opts TrainOptions, w io.Writer) (TrainReport, error) {
	if opts.MaxEpochs <= 0 {
		opts.MaxEpochs = 10
	}
	cands, err := judgeCandidates(append(slices.Clip(train), held...), opts)
	if err != nil {
		return TrainReport{}, err
	}
	rep, err := countSamples(cands.set, "candidate attributions")
	if err != nil {
		return rep, err
	}
	epoch, shift := chooseJudgeEpoch(cands, opts, &rep)
	set := cloneSamples(cands.set)
	dropRareFeatures(set, nil)
	d := newDenseSet(set)
	weights := meanOfOrders(func(order uint64) map[uint64]float64 {
		var last map[uint64]float64
		logisticRegression(d, epoch, order, func(_ int, avg map[uint64]float64) { last = avg })
		return last
	})
	for o, v := range shift {
		if v != 0 {
			weights[jOriginFeatures[o]] += v
		}
	}
	rep.Features = len(weights)
	return rep, writeCueModel(w, nil, weights)
}

// foldSplit returns the candidates of c outside fold, to train on, their
// rare features dropped, and the indices of those in it.
func (c *judgeCandidateSet) foldSplit(fold int) (train []sample, scored []int) {
	for k, s := range c.set {
		if c.fold[k] == fold {
			scored = append(scored, k)
		} else {
			train = append(train, s)
		}
	}
	train = cloneSamples(train)
	dropRareFeatures(train, nil)
	return train, scored
}

// judgeCandidateSet holds the candidate attributions of a list of
// examples, in example order, found with out-of-fold cue classifiers.
type judgeCandidateSet struct {
	set     []sample
	origins []origin
	fold    []int // the fold of each candidate's example
	gold    int   // gold cues of all the examples
}

// judgeCandidates returns the candidate attributions of examples, each
// fold's found with a cue classifier trained on the other folds (example
// i in fold i mod JudgeFolds).
func judgeCandidates(examples []CueExample, opts TrainOptions) (*judgeCandidateSet, error) {
	lex, err := parseLexicon(cuesData)
	if err != nil {
		return nil, err
	}
	sets, origins := make([][]sample, len(examples)), make([][]origin, len(examples))
	for fold := 0; fold < JudgeFolds; fold++ {
		var rest []CueExample
		for i, ex := range examples {
			if i%JudgeFolds != fold {
				rest = append(rest, ex)
			}
		}
		var buf bytes.Buffer
		foldOpts := opts
		foldOpts.Log = nil
		trn, hld := SplitHeldOut(rest)
		if _, err := TrainCues(trn, hld, foldOpts, &buf); err != nil {
			return nil, fmt.Errorf("attrib: train judge: fold %d: %w", fold, err)
		}
		model, err := loadCueModel(buf.Bytes())
		if err != nil {
			return nil, err
		}
		for i := fold; i < len(examples); i += JudgeFolds {
			sets[i], origins[i] = judgeSamples(lex, model, examples[i])
		}
	}
	c := new(judgeCandidateSet)
	for i, ex := range examples {
		c.set, c.origins = append(c.set, sets[i]...), append(c.origins, origins[i]...)
		for range sets[i] {
			c.fold = append(c.fold, i%JudgeFolds)
		}
		c.gold += len(ex.Cues)
	}
	return c, nil
}

// cloneSamples returns a copy of set whose features dropRareFeatures may
// rewrite.
func cloneSamples(set []sample) []sample {
	out := make([]sample, len(set))
	for k, s := range set {
		out[k] = s
		out[k].fs = slices.Clone(s.fs)
	}
	return out
}

// chooseJudgeEpoch scores every candidate of c by a judge trained on the
// other folds, for each number of epochs up to opts.MaxEpochs, and
// returns the number whose out-of-fold scores, with the thresholds
// placeThresholds chooses on them, give the highest cue F1 (or one within
// epochTolerance of it; see there), and those thresholds, as shifts of the
// origins' weights; it notes the epoch and its figures in rep. A judge's
// scores on its own training candidates would be overconfident, and the
// held-out tenth alone, some 80 texts, is too few to place five
// thresholds: on the training split of PolNeAR, by cross-validation,
// choosing the epoch and thresholds on it gave cue F1 0.762 with
// nearMargin at 5 or 10, against 0.763 and 0.765 with these.
func chooseJudgeEpoch(c *judgeCandidateSet, opts TrainOptions, rep *TrainReport) (int, [len(originNames)]float64) {
	scores := make([][]float64, opts.MaxEpochs) // scores[e][k]: candidate k's after e+1 epochs
	for e := range scores {
		scores[e] = make([]float64, len(c.set))
	}
	for fold := 0; fold < JudgeFolds; fold++ {
		trainSet, scored := c.foldSplit(fold)
		d := newDenseSet(trainSet)
		for order := range uint64(trainingOrders) {
			logisticRegression(d, opts.MaxEpochs, order, func(epoch int, avg map[uint64]float64) {
				for _, k := range scored {
					for _, f := range c.set[k].fs {
						scores[epoch-1][k] += avg[f] / trainingOrders
					}
				}
			})
		}
	}
	n := len(scores)
	shifts := make([][len(originNames)]float64, n)
	precisions, recalls, f1s := make([]float64, n), make([]float64, n), make([]float64, n)
	for e := range scores {
		shifts[e], precisions[e], recalls[e], f1s[e] = placeThresholds(scores[e], c.set, c.origins, c.gold)
		if opts.Log != nil {
			fmt.Fprintf(opts.Log, "judge epoch %d: out-of-fold cue precision %.4f recall %.4f F1 %.4f\n", e+1, precisions[e], recalls[e], f1s[e])
		}
	}
	chosen := mostPreciseNearBest(f1s, precisions)
	best, bestShift := chosen+1, shifts[chosen]
	rep.Epoch, rep.DevPrecision, rep.DevRecall, rep.DevF1 = best, precisions[chosen], recalls[chosen], f1s[chosen]
	if opts.Log != nil {
		for o, v := range bestShift {
			fmt.Fprintf(opts.Log, "judge: %s threshold %g\n", originNames[o], -v)
		}
	}
	return best, bestShift
}

// epochTolerance is how far below the best out-of-fold cue F1 the judge's
// chosen epoch may score. The F1 of successive epochs differs by less
// than this (0.7676 to 0.7680 on PolNeAR's training split) while their
// precision ranges from 0.80 to 0.82, so the highest F1 alone picks the
// balance of precision and recall by chance, and the shipped judge, and
// every figure on dev, swung with it at each retraining. Among the
// epochs within it, the most precise is taken: a false attribution
// misleads an analyst more than a missing one.
const epochTolerance = 0.001

// mostPreciseNearBest returns the index of the most precise of the
// outcomes whose F1 is within epochTolerance of the highest; f1s and
// precisions hold each outcome's figures, and the first of equals wins.
func mostPreciseNearBest(f1s, precisions []float64) int {
	best := slices.Max(f1s)
	chosen := -1
	for k, f1 := range f1s {
		if f1 >= best-epochTolerance && (chosen < 0 || precisions[k] > precisions[chosen]+1e-9) {
			chosen = k
		}
	}
	return chosen
}

// keepAll is the shift of an origin's weight that keeps all its
// candidates (or, negated, none).
const keepAll = 1e4

// placeThresholds returns, for each origin of candidates, the shift of
// the judge's scores that makes cue F1 over set (whose candidates have
// scores and origins, and whose texts have gold gold cues) highest, and
// that precision, recall and F1 (counting the sure candidates as kept,
// as the stage does). The judge's own boundary weighs a false candidate
// as much as a true one, while a candidate pays for itself in F1 only
// when it is true more often than about F1/2. The shifts are chosen one
// origin at a time, twice over, each among all the cuts between two
// scores of the origin's candidates, so that they fit scores of any
// scale; the stage applies them as weights of the origins' features.
func placeThresholds(scores []float64, set []sample, origins []origin, gold int) (shift [len(originNames)]float64, p, r, f1 float64) {
	for o := range shift {
		if origin(o) <= originModel {
			shift[o] = keepAll // the rules' own: kept unless the judge learns otherwise
		}
	}
	for range 2 {
		for o := range shift {
			shift[o] = bestShift(scores, set, origins, gold, origin(o), shift)
		}
	}
	tp, pred := 0, 0
	for k, s := range set {
		if s.sure || scores[k]+shift[origins[k]] > 0 {
			pred++
			if s.cue {
				tp++
			}
		}
	}
	if pred > 0 {
		p = float64(tp) / float64(pred)
	}
	if gold > 0 {
		r = float64(tp) / float64(gold)
	}
	return shift, p, r, 2 * float64(tp) / float64(max(pred+gold, 1))
}

// A judgedScore is a candidate's score by the judge and its label.
type judgedScore struct {
	score float64
	cue   bool
}

// bestShift returns the shift of origin o's scores that, with the other
// origins shifted by shift, makes cue F1 highest (see placeThresholds):
// halfway between the scores of the last candidate it keeps and the
// first it drops, or ±keepAll to keep all or none. It keeps shift[o]
// unless another shift does better.
func bestShift(scores []float64, set []sample, origins []origin, gold int, o origin, shift [len(originNames)]float64) float64 {
	// The others, and the sure candidates, count whatever o's shift.
	tp0, pred0 := 0, 0
	var own []judgedScore
	for k, s := range set {
		switch {
		case !s.sure && origins[k] == o:
			own = append(own, judgedScore{scores[k], s.cue})
		case s.sure || scores[k]+shift[origins[k]] > 0:
			pred0++
			if s.cue {
				tp0++
			}
		}
	}
	f1 := func(tp, pred int) float64 { return 2 * float64(tp0+tp) / float64(max(pred0+pred+gold, 1)) }
	tp, pred := 0, 0
	for _, s := range own {
		if s.score+shift[o] > 0 {
			pred++
			if s.cue {
				tp++
			}
		}
	}
	best, bestF1 := shift[o], f1(tp, pred)
	slices.SortStableFunc(own, func(a, b judgedScore) int { return cmp.Compare(b.score, a.score) })
	tp = 0
	for n := 0; n <= len(own); n++ { // keep own[:n]
		if n > 0 && own[n-1].cue {
			tp++
		}
		if n > 0 && n < len(own) && own[n-1].score == own[n].score {
			continue // no cut between equal scores
		}
		if v := f1(tp, n); v > bestF1+1e-9 {
			bestF1 = v
			switch n {
			case 0:
				best = -keepAll
			case len(own):
				best = keepAll
			default:
				best = -(own[n-1].score + own[n].score) / 2
			}
		}
	}
	return best
}

// judgeSamples returns the candidate attributions of ex found with the cue
// classifier model, and their origins. A candidate of the rules is
// labelled by whether its cue overlaps a gold cue; another one by whether
// its cue overlaps a gold cue that no candidate before it overlaps, since
// scoring credits each gold cue to one predicted cue at most.
func judgeSamples(lex *lexicon, model *cueModel, ex CueExample) ([]sample, []origin) {
	cues := sortedCues(ex)
	taken := make([]bool, len(cues))
	x := newExtractor(lex, model, ex.Doc)
	x.record = true
	for i := range ex.Doc.Sentences {
		x.sentence(i)
	}
	out, origins := make([]sample, len(x.recorded)), make([]origin, len(x.recorded))
	label := func(sp sitrep.Span, onlyFree bool) bool {
		found := false
		for k := sort.Search(len(cues), func(k int) bool { return cues[k].End > sp.Start }); k < len(cues) && cues[k].Start < sp.End; k++ {
			if cues[k].End <= sp.Start || onlyFree && taken[k] {
				continue
			}
			found, taken[k] = true, true
			if onlyFree {
				break
			}
		}
		return found
	}
	for k, r := range x.recorded {
		if r.origin <= originModel {
			out[k], origins[k] = sample{fs: r.fs, cue: label(r.cue, false), sure: r.sure}, r.origin
		}
	}
	for k, r := range x.recorded {
		if r.origin > originModel {
			out[k], origins[k] = sample{fs: r.fs, cue: label(r.cue, true)}, r.origin
		}
	}
	return out, origins
}
