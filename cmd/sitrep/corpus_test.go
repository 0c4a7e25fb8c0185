package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// run executes a command built by newCmd with args, returning its output.
func run(t *testing.T, newCmd func() *cobra.Command, args ...string) (string, error) {
	t.Helper()
	cmd := newCmd()
	var out, errOut bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&errOut)
	cmd.SetArgs(args)
	err := cmd.ExecuteContext(t.Context())
	return out.String(), err
}

// TestCorpusCommands ingests the example articles and reads them back
// through query, incidents, show and every export format, as the README does.
func TestCorpusCommands(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	db := filepath.Join(t.TempDir(), "sitrep.db")
	if _, err := run(t, newIngestCmd, "--db", db, "../../examples"); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	if _, err := run(t, newIngestCmd, "--db", db, "../../examples"); err != nil {
		t.Fatalf("second ingest: %v", err)
	}
	out, err := run(t, newQueryCmd, "--db", db, "--format", "json", "--limit", "0")
	if err != nil {
		t.Fatalf("query: %v", err)
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var e eventJSON
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("query --format json: %v in %q", err, line)
		}
		ids = append(ids, e.ID)
	}
	if len(ids) == 0 {
		t.Fatal("query found no events in the example articles")
	}
	if _, err := run(t, newShowCmd, "--db", db, ids[0]); err != nil {
		t.Errorf("show %s: %v", ids[0], err)
	}
	if _, err := run(t, newShowCmd, "--db", db, strings.Split(ids[0], "/")[0]); err != nil {
		t.Errorf("show document: %v", err)
	}
	if out, err := run(t, newIncidentsCmd, "--db", db, "--format", "json"); err != nil || out == "" {
		t.Errorf("incidents = %q, %v", out, err)
	}
	if _, err := run(t, newShowCmd, "--db", db, "1"); err != nil {
		t.Errorf("show incident 1: %v", err)
	}
	for _, format := range []string{"jsonl", "csv", "geojson", "acled", "cameo", "documents"} {
		out, err := run(t, newExportCmd, "--db", db, "--format", format)
		if err != nil {
			t.Errorf("export --format %s: %v", format, err)
			continue
		}
		switch format {
		case "csv", "acled", "cameo":
			r := csv.NewReader(strings.NewReader(out))
			if format == "cameo" {
				r.Comma = '\t'
			}
			if _, err := r.ReadAll(); err != nil {
				t.Errorf("export --format %s: %v", format, err)
			}
		case "geojson":
			var fc struct{ Type string }
			if err := json.Unmarshal([]byte(out), &fc); err != nil || fc.Type != "FeatureCollection" {
				t.Errorf("export --format geojson: %v, type %q", err, fc.Type)
			}
		}
	}
	if _, err := run(t, newQueryCmd, "--db", filepath.Join(t.TempDir(), "missing.db")); err == nil {
		t.Error("query on a missing database succeeded, want an error")
	}
}

// TestResumedIngestLinksAsOneRun interrupts an ingest (a first run that
// stores only the first articles), resumes it, and checks that the stories
// and incidents are those of one uninterrupted run: the stored story
// records restore the stories the first run made.
func TestResumedIngestLinksAsOneRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	// Each example article as three outlets carry it, interleaved, so that
	// later articles join the stories of earlier ones.
	dir := t.TempDir()
	var files []string
	for copy := range 3 {
		for _, name := range []string{"bombing", "protest", "strike"} {
			text, err := os.ReadFile(filepath.Join("../../examples", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(dir, fmt.Sprintf("%d-%s.txt", copy, name))
			text = fmt.Appendf(text, "\n\nDistributed by wire desk %d.\n", copy+1)
			if err := os.WriteFile(path, text, 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, path)
		}
	}
	ingest := func(db string, files []string) {
		t.Helper()
		if _, err := run(t, newIngestCmd, append([]string{"--db", db, "--workers", "2", "--batch", "2"}, files...)...); err != nil {
			t.Fatalf("ingest: %v", err)
		}
	}
	outcome := func(db string) (string, []sitrep.StoryRecord) {
		t.Helper()
		incidents, err := run(t, newIncidentsCmd, "--db", db, "--format", "json")
		if err != nil {
			t.Fatalf("incidents: %v", err)
		}
		s, err := sqlite.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var stories []sitrep.StoryRecord
		if err := s.Stories(t.Context(), func(r sitrep.StoryRecord) error {
			stories = append(stories, r)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		return incidents, stories
	}
	one := filepath.Join(t.TempDir(), "one.db")
	ingest(one, files)
	wantIncidents, wantStories := outcome(one)
	if len(wantStories) != len(files) {
		t.Fatalf("%d story records, want one per article, %d", len(wantStories), len(files))
	}
	distinct := map[int64]bool{}
	for _, r := range wantStories {
		distinct[r.Story] = true
	}
	if len(distinct) >= len(files) {
		t.Fatalf("every article is its own story (%v): the test needs stories with several", storyIDs(wantStories))
	}
	resumed := filepath.Join(t.TempDir(), "resumed.db")
	ingest(resumed, files[:4])
	ingest(resumed, files)
	gotIncidents, gotStories := outcome(resumed)
	if !reflect.DeepEqual(gotStories, wantStories) {
		t.Errorf("resumed run's stories %v, want %v", storyIDs(gotStories), storyIDs(wantStories))
	}
	if gotIncidents != wantIncidents {
		t.Errorf("resumed run's incidents:\n%s\nwant\n%s", gotIncidents, wantIncidents)
	}
}

// storyIDs maps each record's document to its story.
func storyIDs(records []sitrep.StoryRecord) map[string]int64 {
	out := map[string]int64{}
	for _, r := range records {
		out[r.Document] = r.Story
	}
	return out
}
