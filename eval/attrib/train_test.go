package attrib

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/attrib"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

func TestCrossValidate(t *testing.T) {
	dir := t.TempDir()
	const text = "The senator said the deal is dead. The vote was on Monday."
	const ann = "T1\tSource 0 11\tThe senator\nT2\tCue 12 16\tsaid\nT3\tContent 17 33\tthe deal is dead\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
	for i := 0; i < 4; i++ {
		for name, body := range map[string]string{
			fmt.Sprintf("text/a%d.txt", i):              text,
			fmt.Sprintf("attributions/a%d_4e07.ann", i): ann,
		} {
			p := filepath.Join(dir, name)
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	prepare := func(ctx context.Context, doc *sitrep.Document) error { return segment.New().Run(ctx, doc) }
	for _, withJudge := range []bool{false, true} {
		r, err := CrossValidate(context.Background(), dir, 2, prepare, attrib.TrainOptions{MaxEpochs: 2}, withJudge)
		if err != nil {
			t.Fatal(err)
		}
		if c := r.Exact.Parts[Cue]; r.Articles != 4 || c.Gold != 4 || c.TP != 4 {
			t.Errorf("judge %v: articles %d, exact cue counts %+v; want 4 articles, 4 of 4 gold cues found", withJudge, r.Articles, *c)
		}
	}
	if _, err := CrossValidate(context.Background(), dir, 1, prepare, attrib.TrainOptions{}, false); err == nil {
		t.Error("cross-validation with 1 fold succeeded, want an error")
	}
}
