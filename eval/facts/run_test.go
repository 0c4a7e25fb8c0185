package facts

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// dayBefore is a stand-in pipeline: it marks each "Monday" as the day
// before publication, so a test sees whether the published date reached
// the reader.
type dayBefore struct{}

func (dayBefore) Run(_ context.Context, doc *sitrep.Document) error {
	if strings.Contains(doc.Text, "CRASH") {
		return errors.New("stage failed")
	}
	for _, sp := range occurrences(doc.Text, "Monday") {
		doc.Times = append(doc.Times, sitrep.Time{Span: sp, Type: sitrep.TimeDate,
			Value: doc.Meta.Published.AddDate(0, 0, -1).Format(time.DateOnly)})
	}
	return nil
}

// readText reads a file as plain text; it refuses a source, which the
// reader must detect itself.
func readText(path string, meta sitrep.Metadata) (*sitrep.Document, error) {
	if meta.Source != "" {
		return nil, errors.New("the fact file's source reached the reader")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc := sitrep.NewDocument(string(data), meta)
	if strings.HasSuffix(path, ".html") {
		doc.Meta.Source = "From HTML"
	}
	return doc, nil
}

func writeFiles(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

func TestEvaluate(t *testing.T) {
	dir := t.TempDir()
	monday := `{"published": "2017-10-24", "source": "From HTML", "times": [{"text": "Monday", "value": "2017-10-23"}]}`
	writeFiles(t, dir, map[string]string{
		"a.txt": "It happened on Monday.", "a.facts.json": monday,
		"b.html": "It happened on Monday.", "b.facts.json": monday,
		// The plain text wins over the HTML.
		"c.txt": "Tuesday.", "c.html": "Monday", "c.facts.json": monday,
		"crash.txt": "CRASH on Monday", "crash.facts.json": monday,
		"broken.txt": "Monday", "broken.facts.json": `{"times": [`,
		"orphan.facts.json": monday,
		"unscored.txt":      "Monday",
	})
	r, err := Evaluate(t.Context(), dir, readText, dayBefore{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range r.Articles {
		names = append(names, a.Name+":"+found(a, Times))
	}
	if got := strings.Join(names, " "); got != "a:y b:y broken: c:n crash:n" {
		t.Errorf("articles = %s, want a:y b:y broken: c:n crash:n", got)
	}
	if len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0], "orphan.facts.json") {
		t.Errorf("Warnings = %q, want one about orphan.facts.json", r.Warnings)
	}
	byName := make(map[string]ArticleResult)
	for _, a := range r.Articles {
		byName[a.Name] = a
	}
	if !strings.HasSuffix(byName["c"].File, "c.txt") {
		t.Errorf("c was read from %s, want c.txt", byName["c"].File)
	}
	if e := byName["crash"].Err; !strings.Contains(e, "stage failed") {
		t.Errorf("crash Err = %q, want the pipeline's error", e)
	}
	if e := byName["broken"].Err; e == "" {
		t.Errorf("broken fact file scored without an error")
	}
	// The failed article's facts still count as missed.
	if o := r.Overall; o.Gold != 4 || o.Found != 2 {
		t.Errorf("Overall = %+v, want 2 of 4 found", o)
	}
	if r.Sources != (SourceTally{Gold: 4, Detected: 1}) {
		t.Errorf("Sources = %+v, want 1 of 4 detected (b.html)", r.Sources)
	}
}

func TestEvaluateMissingDir(t *testing.T) {
	if _, err := Evaluate(t.Context(), filepath.Join(t.TempDir(), "none"), readText, dayBefore{}); err == nil {
		t.Error("Evaluate on a missing directory succeeded")
	}
}
