package attrib

import (
	"bytes"
	"context"
	"fmt"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/attrib"
)

// CueExamples loads the corpus in dir (see Load) and returns its articles
// as examples for attrib.TrainCues, each annotated first by prepare, which
// must add the layers the attribution stage needs (tokens, sentences,
// entities). Gold cues are the first annotator's, as in scoring; the
// fragments of a discontinuous cue are separate spans.
func CueExamples(ctx context.Context, dir string, prepare func(context.Context, *sitrep.Document) error) (train, held []attrib.CueExample, err error) {
	arts, err := Load(dir)
	if err != nil {
		return nil, nil, err
	}
	examples, err := cueExamples(ctx, arts, prepare)
	if err != nil {
		return nil, nil, err
	}
	train, held = attrib.SplitHeldOut(examples)
	return train, held, nil
}

// cueExamples returns arts as examples, each annotated first by prepare.
func cueExamples(ctx context.Context, arts []Article, prepare func(context.Context, *sitrep.Document) error) ([]attrib.CueExample, error) {
	out := make([]attrib.CueExample, 0, len(arts))
	for _, art := range arts {
		doc := sitrep.NewDocument(art.Text, sitrep.Metadata{})
		if err := prepare(ctx, doc); err != nil {
			return nil, fmt.Errorf("%s: %w", art.Name, err)
		}
		ex := attrib.CueExample{Doc: doc}
		for _, frags := range art.Spans[Cue] {
			ex.Cues = append(ex.Cues, frags...)
		}
		out = append(out, ex)
	}
	return out, nil
}

// CrossValidate scores the cue classifier's training on the corpus in dir
// by k-fold cross-validation: article i belongs to fold i mod k, and each
// fold is scored, like Run, by the attribution stage with a classifier
// trained (as CueExamples and attrib.TrainCues do) on the other folds,
// and with withJudge a judge trained (by attrib.TrainJudge) on them too.
// prepare must add the layers the stage needs. The folds' counts are
// summed into one Result. It measures a change to the stage or its
// training on the training split without looking at dev.
func CrossValidate(ctx context.Context, dir string, k int, prepare func(context.Context, *sitrep.Document) error, opts attrib.TrainOptions, withJudge bool) (*Result, error) {
	return CrossValidateEach(ctx, dir, k, prepare, opts, withJudge, nil)
}

// CrossValidateEach is CrossValidate, calling each (if not nil) with every
// article, its fold and its document once the fold's stage has run on it:
// the out-of-fold attributions, which show what a change to the rules
// does on the training split with models that did not see the text.
func CrossValidateEach(ctx context.Context, dir string, k int, prepare func(context.Context, *sitrep.Document) error, opts attrib.TrainOptions, withJudge bool,
	each func(art Article, fold int, doc *sitrep.Document) error) (*Result, error) {
	if k < 2 {
		return nil, fmt.Errorf("eval attrib: cross-validation needs 2 folds or more, not %d", k)
	}
	arts, err := Load(dir)
	if err != nil {
		return nil, err
	}
	examples, err := cueExamples(ctx, arts, prepare)
	if err != nil {
		return nil, err
	}
	r := NewResult()
	for fold := 0; fold < k; fold++ {
		var rest []attrib.CueExample
		for i, ex := range examples {
			if i%k != fold {
				rest = append(rest, ex)
			}
		}
		train, held := attrib.SplitHeldOut(rest)
		var buf bytes.Buffer
		if _, err := attrib.TrainCues(train, held, opts, &buf); err != nil {
			return nil, fmt.Errorf("fold %d: %w", fold, err)
		}
		var judge []byte
		if withJudge {
			var jbuf bytes.Buffer
			if _, err := attrib.TrainJudge(train, held, opts, &jbuf); err != nil {
				return nil, fmt.Errorf("fold %d: %w", fold, err)
			}
			judge = jbuf.Bytes()
		}
		st, err := attrib.NewWithWeights(buf.Bytes(), judge)
		if err != nil {
			return nil, err
		}
		for i := fold; i < len(arts); i += k {
			doc := examples[i].Doc
			if err := st.Run(ctx, doc); err != nil {
				return nil, fmt.Errorf("%s: %w", arts[i].Name, err)
			}
			r.Score(arts[i], doc.Attributions)
			if each != nil {
				if err := each(arts[i], fold, doc); err != nil {
					return nil, err
				}
			}
		}
	}
	return r, nil
}
