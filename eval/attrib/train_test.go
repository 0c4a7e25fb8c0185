package attrib

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/attrib"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

func TestCrossValidate(t *testing.T) {
	dir := fourArticles(t)
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

// TestCrossValidateEachSeesEveryArticle checks that each article is
// handed over once, in its fold, with its out-of-fold attributions.
func TestCrossValidateEachSeesEveryArticle(t *testing.T) {
	dir := fourArticles(t)
	prepare := func(ctx context.Context, doc *sitrep.Document) error { return segment.New().Run(ctx, doc) }
	folds := map[string]int{}
	_, err := CrossValidateEach(context.Background(), dir, 2, prepare, attrib.TrainOptions{MaxEpochs: 2}, false, func(art Article, fold int, doc *sitrep.Document) error {
		folds[art.Name] = fold
		cues, missed := CheckCues(art, doc.Attributions)
		if len(cues) != 1 || cues[0].Text != "said" || !cues[0].Gold || len(missed) != 0 {
			t.Errorf("%s: cues %+v, missed %+v; want \"said\", true, and none missed", art.Name, cues, missed)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]int{"a0": 0, "a1": 1, "a2": 0, "a3": 1}; !maps.Equal(folds, want) {
		t.Errorf("folds %v, want %v", folds, want)
	}
}

// TestCheckCues checks that a cue overlapping no gold cue is marked
// false, and that a gold cue no prediction overlaps is listed as missed.
func TestCheckCues(t *testing.T) {
	text := "Officials said the road was open. Residents doubted it."
	said := strings.Index(text, "said")
	doubted := strings.Index(text, "doubted")
	art := Article{Name: "x", Text: text, Spans: map[Part][]Fragments{Cue: {{{Start: doubted, End: doubted + len("doubted")}}}}}
	pred := []sitrep.Attribution{{Cue: sitrep.Span{Start: said, End: said + len("said")}}, {Cue: sitrep.Span{Start: said, End: said + len("said")}}}
	cues, missed := CheckCues(art, pred)
	if len(cues) != 1 || cues[0].Text != "said" || cues[0].Gold {
		t.Errorf("cues %+v, want \"said\" once, not gold", cues)
	}
	if len(missed) != 1 || missed[0].Text != "doubted" {
		t.Errorf("missed %+v, want \"doubted\"", missed)
	}
}

// fourArticles writes a PolNeAR-layout corpus of four copies of one
// annotated sentence and returns its directory.
func fourArticles(t *testing.T) string {
	t.Helper()
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
	return dir
}
