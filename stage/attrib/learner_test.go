package attrib

import (
	"maps"
	"math"
	"testing"
)

func TestLogisticRegressionLearnsAndIsDeterministic(t *testing.T) {
	// "said" is a cue but for one time in four, "campaign" never is; the
	// bias is in every sample.
	said, campaign, bias := feature(jWord, "said"), feature(jWord, "campaign"), feature(jBias, "")
	var set []sample
	for k := range 40 {
		set = append(set, sample{fs: []uint64{bias, said}, cue: k%4 != 0})
		set = append(set, sample{fs: []uint64{bias, campaign}})
	}
	train := func() []map[uint64]float64 {
		var out []map[uint64]float64
		logisticRegression(newDenseSet(set), 3, 1, func(_ int, avg map[uint64]float64) { out = append(out, avg) })
		return out
	}
	got := train()
	if len(got) != 3 {
		t.Fatalf("%d epochs passed on, want 3", len(got))
	}
	last := got[2]
	if s := last[bias] + last[said]; s <= 0 {
		t.Errorf("score of \"said\" %g, want above 0", s)
	}
	if s := last[bias] + last[campaign]; s >= 0 {
		t.Errorf("score of \"campaign\" %g, want below 0", s)
	}
	// Log odds: "said" is a cue three times in four, log 3 ≈ 1.1, which
	// it nears as it learns; a perceptron's scores have no such scale.
	if s := last[bias] + last[said]; s > 3 {
		t.Errorf("score of \"said\" %g, want log odds near log 3", s)
	}
	again := train()
	for e := range got {
		if !maps.Equal(got[e], again[e]) {
			t.Errorf("epoch %d: two trainings on the same samples gave different weights", e+1)
		}
	}
}

func TestLogisticRegressionSurvivesSureSamples(t *testing.T) {
	// Once "said" alone gives a log odds so high that the loss is flat, a
	// sample with a feature not seen before must not divide zero by zero.
	said, rare := feature(jWord, "said"), feature(jWord, "rare")
	set := []sample{{fs: repeat(said, 2000), cue: true}, {fs: append(repeat(said, 2000), rare), cue: true}}
	for order := range uint64(4) {
		logisticRegression(newDenseSet(set), 2, order, func(epoch int, avg map[uint64]float64) {
			for f, v := range avg {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Errorf("order %d, epoch %d: weight of %x is %g", order, epoch, f, v)
				}
			}
		})
	}
}
