package attrib

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func writeCorpus(tb testing.TB, files map[string]string) string {
	tb.Helper()
	dir := tb.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

func TestAgreement(t *testing.T) {
	// The second annotator found the first attribution but not the
	// second; the third found both. A text with one annotator is skipped.
	second := "T1\tSource 5 14\towner Ann\nT2\tCue 15 19\tsaid\nT3\tContent 20 39\tthe strike was loud\n" +
		"E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
	dir := writeCorpus(t, map[string]string{
		"text/a.txt":              fixtureText,
		"attributions/a_0001.ann": fixtureAnn,
		"attributions/a_0002.ann": second,
		"attributions/a_0003.ann": fixtureAnn,
		"text/b.txt":              fixtureText,
		"attributions/b_0001.ann": fixtureAnn,
	})
	r, err := Agreement(dir)
	if err != nil {
		t.Fatal(err)
	}
	if r.Articles != 2 {
		t.Errorf("scored %d annotator pairs, want 2", r.Articles)
	}
	if c := r.Overlap.Attributions; c.TP != 3 || c.Pred != 3 || c.Gold != 4 {
		t.Errorf("attribution counts %+v, want 3 of 3 predicted matching 4 gold", c)
	}
	if _, err := Agreement(writeCorpus(t, map[string]string{"text/b.txt": fixtureText, "attributions/b_0001.ann": fixtureAnn})); err == nil {
		t.Error("Agreement with one annotator per text succeeded, want an error")
	}
}

func TestCueExamples(t *testing.T) {
	files := map[string]string{}
	for _, n := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"} {
		files["text/"+n+".txt"] = fixtureText
		files["attributions/"+n+"_0001.ann"] = fixtureAnn
	}
	var prepared int
	train, held, err := CueExamples(context.Background(), writeCorpus(t, files), func(_ context.Context, doc *sitrep.Document) error {
		prepared++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if prepared != 11 || len(train) != 10 || len(held) != 1 {
		t.Errorf("prepared %d, split %d/%d; want 11 articles split 10/1", prepared, len(train), len(held))
	}
	if got := train[0].Cues; len(got) != 2 || got[0].Text(train[0].Doc) != "said" {
		t.Errorf("cues = %v, want said and say", got)
	}
}
