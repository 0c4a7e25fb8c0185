package attrib

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// The fixture has one attribution with a discontinuous content and one
// without a source. Offsets count characters: "é" is one character and two
// bytes, so every offset after it moves by one byte.
const (
	fixtureText = "Café owner Ann said the strike was loud. It was, \"she added.\" Reports say fires burned."
	fixtureAnn  = "T1\tSource 5 14\towner Ann\n" +
		"T2\tCue 15 19\tsaid\n" +
		"T3\tContent 20 39;49 60\tthe strike was loud \"she added.\n" +
		"E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n" +
		"T4\tCue 70 73\tsay\n" +
		"T5\tContent 74 86\tfires burned\n" +
		"E2\tAttribution-no-source:T4 Cue:T4 Content:T5\n" +
		"T6\tDiscuss 0 4\tCafé\n"
)

func TestParseArticleSortsFragments(t *testing.T) {
	art, err := ParseArticle("x", fixtureText, "T1\tContent 49 60;20 39\tx\nT2\tCue 15 19\tsaid\nE1\tAttribution:T2 Cue:T2 Content:T1\n")
	if err != nil {
		t.Fatal(err)
	}
	// Character offsets 20 and 60 are bytes 21 and 61, after "é".
	if got, want := art.Gold[0].Content.Extent(), (sitrep.Span{Start: 21, End: 61}); got != want {
		t.Errorf("extent of out-of-order fragments = %v, want %v", got, want)
	}
}

func TestParseArticle(t *testing.T) {
	art, err := ParseArticle("x", fixtureText, fixtureAnn)
	if err != nil {
		t.Fatal(err)
	}
	if len(art.Gold) != 2 {
		t.Fatalf("got %d gold attributions, want 2", len(art.Gold))
	}
	g := art.Gold[0]
	if got := g.Source.Extent().Text(&sitrep.Document{Text: art.Text}); got != "owner Ann" {
		t.Errorf("source = %q, want %q", got, "owner Ann")
	}
	if len(g.Content) != 2 || art.Text[g.Content[1].Start:g.Content[1].End] != "\"she added." {
		t.Errorf("content fragments = %v, want two, the second \"she added.", g.Content)
	}
	if art.Gold[1].Source != nil {
		t.Errorf("second attribution has source %v, want none", art.Gold[1].Source)
	}
	if n := len(art.Spans[Cue]); n != 2 {
		t.Errorf("%d cue spans, want 2 (Discuss lines are ignored)", n)
	}
}

func span(text, sub string) sitrep.Span {
	for i := 0; i+len(sub) <= len(text); i++ {
		if text[i:i+len(sub)] == sub {
			return sitrep.Span{Start: i, End: i + len(sub)}
		}
	}
	panic("no " + sub)
}

func TestScore(t *testing.T) {
	art, err := ParseArticle("x", fixtureText, fixtureAnn)
	if err != nil {
		t.Fatal(err)
	}
	text := art.Text
	pred := []sitrep.Attribution{
		// Exact cue, overlapping source and content: matches under overlap only.
		{Source: span(text, "Ann"), Cue: span(text, "said"), Content: span(text, "the strike was loud.")},
		// Right cue and content, but a source the gold lacks.
		{Source: span(text, "Reports"), Cue: span(text, "say"), Content: span(text, "fires burned")},
		// A false cue.
		{Cue: span(text, "was loud"), Content: span(text, "It")},
	}
	r := NewResult()
	r.Score(art, pred)
	rep := r.Report()
	check := func(name string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > 1e-9 {
			t.Errorf("%s = %.4f, want %.4f", name, got, want)
		}
	}
	// Cues: 2 of 3 predicted match 2 of 2 gold under overlap (P 2/3, R 1).
	check("cue_f1", rep.CueF1, 0.8)
	// Sources: "Ann" overlaps "owner Ann"; "Reports" matches nothing: P 1/2, R 1/1.
	check("source_f1", rep.SourceF1, 2*0.5*1/(0.5+1))
	// Attributions: only the first matches (the second has a source gold lacks).
	check("attribution_f1", rep.AttributionF1, 2*(1.0/3)*(1.0/2)/((1.0/3)+(1.0/2)))
	// Exact: cues "said" and "say" are exact; no source or content is.
	check("exact cue_f1", rep.Exact.CueF1, 0.8)
	check("exact source_f1", rep.Exact.SourceF1, 0)
	check("exact attribution_f1", rep.Exact.AttributionF1, 0)
	if rep.N != 1 {
		t.Errorf("n = %d, want 1", rep.N)
	}
}

func TestOneToOne(t *testing.T) {
	// Two predicted spans inside one gold span: only one is credited.
	gold := []Fragments{{{Start: 0, End: 10}}}
	pred := []sitrep.Span{{Start: 0, End: 4}, {Start: 5, End: 9}}
	if n := matchSpans(pred, gold, false); n != 1 {
		t.Errorf("matchSpans = %d, want 1", n)
	}
}

func TestLoadAndRun(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"text/a.txt":                fixtureText,
		"attributions/a_4e07.ann":   fixtureAnn,
		"attributions/a_d473.ann":   "", // a second annotator: ignored
		"attributions/lost_ab.ann":  fixtureAnn,
		"text/unannotated_text.txt": "No gold.",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r, err := Run(context.Background(), dir, func(_ context.Context, doc *sitrep.Document) error {
		doc.Attributions = []sitrep.Attribution{{Cue: span(doc.Text, "said"), Content: span(doc.Text, "the strike")}}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if r.Articles != 1 || r.Overlap.Parts[Cue].Gold != 2 || r.Overlap.Parts[Cue].TP != 1 {
		t.Errorf("articles %d, cue counts %+v; want 1 article, 1 of 2 gold cues found", r.Articles, *r.Overlap.Parts[Cue])
	}
	if _, err := Load(t.TempDir()); err == nil {
		t.Error("Load of an empty directory succeeded, want an error")
	}
}
