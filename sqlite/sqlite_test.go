package sqlite_test

import (
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/storetest"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// MustOpen opens a store at path, failing tb on error; it is closed when tb ends.
func MustOpen(tb testing.TB, path string) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestStore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store { return MustOpen(t, ":memory:") })
}

func TestStoreFile(t *testing.T) {
	storetest.Run(t, func(t *testing.T) sitrep.Store { return MustOpen(t, filepath.Join(t.TempDir(), "sitrep.db")) })
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sitrep.db")
	s := MustOpen(t, path)
	doc := storetest.Article(t, "", "")
	if err := s.Commit(t.Context(), &sitrep.Batch{Documents: []*sitrep.Document{doc}}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = MustOpen(t, path)
	v, err := s.SchemaVersion(t.Context())
	if err != nil || v != 3 {
		t.Errorf("SchemaVersion = %d, %v; want 3", v, err)
	}
	if ok, err := s.HasDocument(t.Context(), doc.Hash, ""); err != nil || !ok {
		t.Errorf("HasDocument after reopen = %v, %v; want true", ok, err)
	}
	if err := s.CheckIntegrity(t.Context()); err != nil {
		t.Error(err)
	}
}
