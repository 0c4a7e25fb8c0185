package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// A prepare that fails (here because its context is done, as when an
// ingest is interrupted mid-commit) must not leave a broken statement in
// the cache: the next Commit on that connection, and Close, use it.
func TestFailedPrepareIsNotCached(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	conn, err := s.writer.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	canceled, cancel := context.WithCancel(ctx)
	cancel()
	err = conn.Raw(func(dc any) error {
		cb, err := s.bulkOn(dc)
		if err != nil {
			return err
		}
		for i := range bulkRows {
			if _, err := cb.form(canceled, "document", i); err == nil {
				t.Errorf("form %d prepared with a canceled context", i)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	conn.Close()

	if err := s.Commit(ctx, &sitrep.Batch{Documents: []*sitrep.Document{manyEntities(t, 3, "a")}}); err != nil {
		t.Fatalf("commit after a failed prepare: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// A failed commit finalizes the statements prepared on its connection, so
// that the pool, which may close an interrupted connection, leaks none.
func TestFailedCommitFinalizesStatements(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.Commit(ctx, &sitrep.Batch{Documents: []*sitrep.Document{manyEntities(t, 3, "a")}}); err != nil {
		t.Fatal(err)
	}
	prepared := func() int {
		s.bulkMu.Lock()
		defer s.bulkMu.Unlock()
		n := 0
		for _, cb := range s.bulk {
			n += len(cb.forms)
		}
		return n
	}
	if prepared() == 0 {
		t.Fatal("a commit prepared no statement: the test no longer tests anything")
	}
	failure := errors.New("failed")
	err = s.commitTx(ctx, func(*sql.Conn, *sql.Tx) error { return failure })
	if !errors.Is(err, failure) {
		t.Fatalf("commitTx: %v, want %v", err, failure)
	}
	if n := prepared(); n != 0 {
		t.Errorf("%d statements still cached after a failed commit", n)
	}
	if err := s.Commit(ctx, &sitrep.Batch{Documents: []*sitrep.Document{manyEntities(t, 3, "b")}}); err != nil {
		t.Fatalf("commit after a failed one: %v", err)
	}
}
