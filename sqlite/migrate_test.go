package sqlite

import (
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/storetest"
)

// TestOpenUpgradesStore opens a store made at schema version 2, holding
// an article and an incident, and finds it upgraded with its data intact.
func TestOpenUpgradesStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep.db")
	old, err := open(path, 2)
	if err != nil {
		t.Fatal(err)
	}
	doc := storetest.Article(t, "", "")
	inc := storetest.Incident(1, doc)
	if err := old.Commit(t.Context(), &sitrep.Batch{Documents: []*sitrep.Document{doc}, Incidents: []*sitrep.Incident{inc}}); err != nil {
		t.Fatal(err)
	}
	if !hasIndex(t, old, "entities_actor") {
		t.Fatal("version 2 store lacks entities_actor; the test no longer makes a version 2 store")
	}
	old.Close()

	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(t.Context()); err != nil || v != 3 {
		t.Errorf("SchemaVersion = %d, %v; want 3", v, err)
	}
	if hasIndex(t, s, "entities_actor") {
		t.Error("entities_actor is still there after the upgrade")
	}
	got, err := s.Document(t.Context(), doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Entities) != len(doc.Entities) || len(got.Events) != len(doc.Events) {
		t.Errorf("document after upgrade: %d entities, %d events; want %d, %d",
			len(got.Entities), len(got.Events), len(doc.Entities), len(doc.Events))
	}
	if incs, err := s.FindIncidents(t.Context(), sitrep.IncidentFilter{}); err != nil || len(incs) != 1 {
		t.Errorf("FindIncidents after upgrade = %d incidents, %v; want 1", len(incs), err)
	}
	// A store upgraded takes new documents as a new one does.
	more := storetest.Article(t, "upgraded", "")
	if err := s.Commit(t.Context(), &sitrep.Batch{Documents: []*sitrep.Document{more}}); err != nil {
		t.Fatal(err)
	}
	if err := s.CheckIntegrity(t.Context()); err != nil {
		t.Error(err)
	}
}

func hasIndex(t *testing.T, s *Store, name string) bool {
	t.Helper()
	var n int
	if err := s.db.QueryRowContext(t.Context(), `SELECT COUNT(*) FROM sqlite_schema WHERE type = 'index' AND name = ?`, name).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n > 0
}
