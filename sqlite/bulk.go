package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/klauspost/compress/s2"
)

// bulkRows are the row counts of the prepared forms of each bulk
// statement: n rows are written by as many 64-row statements as fit, then
// 16-, 4- and 1-row ones. With an in-process database the cost of a
// statement dominates that of a row; preparing each form once, rather
// than an INSERT of the whole batch each time, also spares SQLite from
// parsing thousands of placeholders per table and commit.
var bulkRows = [...]int{64, 16, 4, 1}

// A bulkStatement is a statement over many rows of values.
type bulkStatement struct {
	cols int
	sql  func(values string) string // the statement, given "(?,?),(?,?)" for its rows
	// oneRow keeps to the 1-row form. A statement over several rows runs
	// in a statement transaction, at the start of which FTS5 writes the
	// terms it holds to a new segment of its index: fed one row at a
	// time, the full-text index gets one segment per commit, not one per
	// statement, and merges less.
	oneRow bool
}

// insert returns the bulk statement of an INSERT head such as
// "INSERT INTO t (a, b)".
func insert(head string) bulkStatement {
	cols := strings.Count(head[strings.Index(head, "("):], ",") + 1
	return bulkStatement{cols: cols, sql: func(values string) string { return head + " VALUES " + values }}
}

// oneRow returns b kept to its 1-row form.
func oneRow(b bulkStatement) bulkStatement {
	b.oneRow = true
	return b
}

// bulkForms are the prepared forms of one bulk statement, in the order of
// bulkRows.
type bulkForms [len(bulkRows)]*sql.Stmt

// prepareBulk prepares every form of every bulk statement, once per Store.
// It runs before Commit's transaction starts: an in-memory database has a
// single connection, which the transaction holds.
func (s *Store) prepareBulk(ctx context.Context) error {
	s.bulkMu.Lock()
	defer s.bulkMu.Unlock()
	if s.bulk != nil {
		return nil
	}
	prepared := make(map[string]*bulkForms, len(bulks))
	for name, b := range bulks {
		forms := new(bulkForms)
		for i, rows := range bulkRows {
			if b.oneRow && rows > 1 {
				continue
			}
			stmt, err := s.db.PrepareContext(ctx, b.sql(placeholders(rows, b.cols)))
			if err != nil {
				closeBulk(prepared)
				return fmt.Errorf("prepare %s: %w", name, err)
			}
			forms[i] = stmt
		}
		prepared[name] = forms
	}
	s.bulk = prepared
	return nil
}

func closeBulk(prepared map[string]*bulkForms) {
	for _, forms := range prepared {
		for _, stmt := range forms {
			if stmt != nil {
				stmt.Close()
			}
		}
	}
}

// placeholders returns "(?,?),(?,?)" for rows rows of cols columns.
func placeholders(rows, cols int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?,", cols), ",") + ")"
	return strings.TrimSuffix(strings.Repeat(one+",", rows), ",")
}

// compressedAnnotations marks annotations stored compressed (with S2);
// JSON never starts with this byte, and rows written before compression
// start with '{'.
const compressedAnnotations = 0x01

func compressAnnotations(jsonData []byte) []byte {
	out := make([]byte, 1+s2.MaxEncodedLen(len(jsonData)))
	out[0] = compressedAnnotations
	return out[:1+len(s2.Encode(out[1:], jsonData))]
}

// maxAnnotationsLen bounds the decoded annotations of one document.
const maxAnnotationsLen = 1 << 30

// decodeAnnotations returns the JSON of stored annotations.
func decodeAnnotations(blob []byte) ([]byte, error) {
	if len(blob) > 0 && blob[0] == compressedAnnotations {
		// A corrupt header could claim any length: refuse more than a
		// document's annotations can plausibly take before allocating.
		if n, err := s2.DecodedLen(blob[1:]); err != nil {
			return nil, err
		} else if n > maxAnnotationsLen {
			return nil, fmt.Errorf("annotations of %d bytes exceed the limit of %d", n, maxAnnotationsLen)
		}
		return s2.Decode(nil, blob[1:])
	}
	return blob, nil
}
