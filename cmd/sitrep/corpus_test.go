package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
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
