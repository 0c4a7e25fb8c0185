package attrib

import (
	"context"
	"fmt"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/attrib"
)

// HeldOutEvery is how CueExamples splits a corpus: every HeldOutEvery-th
// article is held out to choose the number of training epochs, so that
// the dev split stays unseen.
const HeldOutEvery = 10

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
	for i, art := range arts {
		doc := sitrep.NewDocument(art.Text, sitrep.Metadata{})
		if err := prepare(ctx, doc); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", art.Name, err)
		}
		ex := attrib.CueExample{Doc: doc}
		for _, frags := range art.Spans[Cue] {
			ex.Cues = append(ex.Cues, frags...)
		}
		if i%HeldOutEvery == HeldOutEvery-1 {
			held = append(held, ex)
		} else {
			train = append(train, ex)
		}
	}
	return train, held, nil
}
