// Package sqlite implements sitrep.Store on SQLite, through the pure-Go
// modernc.org/sqlite driver: one file (sitrep.db by default), no server.
//
// The schema is created and upgraded by the versioned migrations embedded
// from migration/*.sql. Documents are searchable through an FTS5 index over
// their titles and texts, and events through an R*Tree over their
// coordinates. The database runs in WAL mode, so a crash or an interrupt
// loses at most the transaction in progress and never corrupts the file.
package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/sitrep-dev/sitrep"
)

// DefaultPath is the database file used when none is given.
const DefaultPath = "sitrep.db"

//go:embed migration/*.sql
var migrationFS embed.FS

// Store is a sitrep.Store in one SQLite database.
type Store struct {
	db *sql.DB
	// writer is the one connection Commit writes through, with foreign
	// keys off (see commitTx); nil for an in-memory store, which has one
	// connection for all.
	writer *sql.DB
	// Now returns the current time; tests replace it.
	Now func() time.Time

	hasDocument *sql.Stmt // prepared once: ingest asks it of every article

	bulkMu sync.Mutex
	bulk   map[driver.Conn]*connBulk // prepared by Commit, on each connection it ran on
	stored atomic.Int64              // documents stored through this Store
}

var _ sitrep.Store = (*Store)(nil)

// Open opens (creating if needed) the database at path and brings its
// schema up to date. The path ":memory:" opens a private in-memory database.
func Open(path string) (*Store, error) {
	return open(path, 0)
}

// open is Open, migrating the schema only up to version upTo unless it is
// 0; tests make stores of older versions with it.
func open(path string, upTo int) (*Store, error) {
	memory := path == ":memory:"
	dsn := func(foreignKeys string) string {
		params := url.Values{}
		// A 64 MB page cache per connection keeps the indexes of a large
		// store in memory between queries. Temporary storage in memory
		// keeps the statement journals of Commit's multi-row INSERTs out
		// of files.
		for _, p := range []string{"foreign_keys(" + foreignKeys + ")", "busy_timeout(10000)", "cache_size(-65536)", "temp_store(2)"} {
			params.Add("_pragma", p)
		}
		name := path
		if !memory {
			params.Add("_pragma", "journal_mode(WAL)")
			params.Add("_pragma", "synchronous(NORMAL)")
			name = "file:" + path
		}
		params.Add("_txlock", "immediate")
		return name + "?" + params.Encode()
	}
	db, err := sql.Open("sqlite", dsn("1"))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if memory {
		// Every connection to ":memory:" is a different database.
		db.SetMaxOpenConns(1)
	}
	s := &Store{db: db, Now: time.Now}
	if err := s.migrate(context.Background(), upTo); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	if s.hasDocument, err = db.Prepare(hasDocumentSQL); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: %s: %w", path, err)
	}
	if !memory {
		if s.writer, err = sql.Open("sqlite", dsn("0")); err != nil {
			s.hasDocument.Close()
			db.Close()
			return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
		}
		s.writer.SetMaxOpenConns(1)
	}
	return s, nil
}

// Close closes the database, first letting SQLite refresh the statistics
// its query planner uses, as SQLite recommends before closing; it is quick
// when little has changed, and skipped if another process is writing.
//
// If documents were stored through s, Close also merges the segments of
// the full-text index, with work in proportion to the documents stored:
// each commit adds segments, and checking a document against a query
// costs as much as opening the query on each segment. After a bulk
// ingest, the index is left in one segment; after a small one, it moves
// that way.
func (s *Store) Close() error {
	ctx := context.Background()
	if conn, err := s.db.Conn(ctx); err == nil {
		conn.ExecContext(ctx, `PRAGMA busy_timeout=0`)
		if n := s.stored.Load(); n > 0 {
			// A negative page count merges segments of every level.
			conn.ExecContext(ctx, `INSERT INTO documents_fts(documents_fts, rank) VALUES ('merge', ?)`, -max(n, mergePages))
		}
		conn.ExecContext(ctx, `PRAGMA analysis_limit=1000; PRAGMA optimize;`)
		conn.Close()
	}
	s.hasDocument.Close()
	s.bulkMu.Lock()
	closeBulk(s.bulk)
	s.bulk = nil
	s.bulkMu.Unlock()
	if s.writer != nil {
		s.writer.Close()
	}
	return s.db.Close()
}

// mergePages is the least work, in pages written, of Close's merge of the
// full-text index.
const mergePages = 256

// migrate applies, in order and each in its own transaction, every embedded
// migration newer than the schema version recorded in the database, up to
// version upTo unless it is 0.
func (s *Store) migrate(ctx context.Context, upTo int) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	names, err := fs.Glob(migrationFS, "migration/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	var current int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	for _, name := range names {
		version, err := migrationVersion(name)
		if err != nil {
			return err
		}
		if version <= current || upTo > 0 && version > upTo {
			continue
		}
		body, err := migrationFS.ReadFile(name)
		if err != nil {
			return err
		}
		if err := s.inTx(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return err
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`,
				version, name, s.Now().Unix())
			return err
		}); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

// migrationVersion reads the version from a name such as "migration/001_init.sql".
func migrationVersion(name string) (int, error) {
	base := strings.TrimPrefix(name, "migration/")
	num, _, _ := strings.Cut(base, "_")
	v, err := strconv.Atoi(num)
	if err != nil || v <= 0 {
		return 0, fmt.Errorf("migration %s: name must start with a positive version number", name)
	}
	return v, nil
}

// SchemaVersion returns the version of the newest migration applied.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// inTx runs fn in a transaction, committing if it returns nil.
func (s *Store) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	return runTx(tx, fn)
}

// runTx runs fn in tx, committing if it returns nil and rolling back if not.
func runTx(tx *sql.Tx, fn func(*sql.Tx) error) error {
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// HasDocument reports whether a document with this hash or canonical URL is stored.
func (s *Store) HasDocument(ctx context.Context, hash, rawURL string) (bool, error) {
	var n int
	err := s.hasDocument.QueryRowContext(ctx, hash, nullString(sitrep.CanonicalURL(rawURL))).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("sqlite: find document: %w", err)
	}
	return n != 0, nil
}

const hasDocumentSQL = `SELECT EXISTS(SELECT 1 FROM documents WHERE hash = ?) OR EXISTS(SELECT 1 FROM documents WHERE canonical_url = ?)`

// Stats counts what the store holds.
func (s *Store) Stats(ctx context.Context) (sitrep.Stats, error) {
	var st sitrep.Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM documents),
		(SELECT COUNT(*) FROM documents WHERE extracted = 0),
		(SELECT COUNT(*) FROM events),
		(SELECT COUNT(*) FROM incidents)`).Scan(&st.Documents, &st.NotExtracted, &st.Events, &st.Incidents)
	if err != nil {
		return st, fmt.Errorf("sqlite: stats: %w", err)
	}
	return st, nil
}

// Empty reports whether the store holds no document; unlike Stats, it
// reads at most one row.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	var any bool
	if err := s.db.QueryRowContext(ctx, `SELECT EXISTS(SELECT 1 FROM documents)`).Scan(&any); err != nil {
		return false, fmt.Errorf("sqlite: empty: %w", err)
	}
	return !any, nil
}

// Stories calls fn with every story record in commit order. fn must not
// use the store: the rows stay open while it runs.
func (s *Store) Stories(ctx context.Context, fn func(sitrep.StoryRecord) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT doc, story, profile FROM stories ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("sqlite: stories: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r sitrep.StoryRecord
		if err := rows.Scan(&r.Document, &r.Story, &r.Profile); err != nil {
			return fmt.Errorf("sqlite: stories: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: stories: %w", err)
	}
	return nil
}

// CheckIntegrity runs SQLite's integrity check and that of the FTS index.
func (s *Store) CheckIntegrity(ctx context.Context) error {
	var res string
	if err := s.db.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&res); err != nil {
		return err
	}
	if res != "ok" {
		return fmt.Errorf("sqlite: integrity check: %s", res)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')`); err != nil {
		return fmt.Errorf("sqlite: full-text index: %w", err)
	}
	return nil
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func notFound(err error, what string) error {
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s: %w", what, sitrep.ErrNotFound)
	}
	return fmt.Errorf("sqlite: %s: %w", what, err)
}
