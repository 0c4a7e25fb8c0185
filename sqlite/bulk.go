package sqlite

import (
	"context"
	"database/sql/driver"
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
type bulkForms [len(bulkRows)]driver.Stmt

// connBulk is every bulk statement prepared on one driver connection.
//
// Commit runs them through the driver, below database/sql: database/sql
// checks and converts each argument of each statement, by reflection for
// an int, and a Commit binds hundreds of thousands of them.
type connBulk struct {
	conn  driver.Conn
	forms map[string]*bulkForms // prepared as first needed
}

// bulkOn returns the bulk statements prepared on the driver connection
// conn, which Commit holds.
func (s *Store) bulkOn(conn any) (*connBulk, error) {
	dc, ok := conn.(driver.Conn)
	if !ok {
		return nil, fmt.Errorf("driver connection %T", conn)
	}
	s.bulkMu.Lock()
	defer s.bulkMu.Unlock()
	if s.bulk == nil {
		s.bulk = map[driver.Conn]*connBulk{}
	}
	cb := s.bulk[dc]
	if cb == nil {
		// The pool closes connections (those idle past its limit, and
		// broken ones), which finalizes nothing: forget those first.
		for c := range s.bulk {
			if !usable(c) {
				delete(s.bulk, c)
			}
		}
		cb = &connBulk{conn: dc, forms: map[string]*bulkForms{}}
		s.bulk[dc] = cb
	}
	return cb, nil
}

// usable reports whether a driver connection is open.
func usable(c driver.Conn) bool {
	v, ok := c.(driver.Validator)
	return !ok || v.IsValid()
}

// form returns the prepared form i (of bulkRows) of the named statement.
func (cb *connBulk) form(ctx context.Context, name string, i int) (driver.Stmt, error) {
	forms := cb.forms[name]
	if forms == nil {
		forms = new(bulkForms)
		cb.forms[name] = forms
	}
	if forms[i] == nil {
		b := bulks[name]
		query := b.sql(placeholders(bulkRows[i], b.cols))
		// Prepared into a local: a driver may return a typed nil with its
		// error (modernc does when ctx is done), which must not be cached.
		var stmt driver.Stmt
		var err error
		if p, ok := cb.conn.(driver.ConnPrepareContext); ok {
			stmt, err = p.PrepareContext(ctx, query)
		} else {
			stmt, err = cb.conn.Prepare(query)
		}
		if err != nil {
			return nil, fmt.Errorf("prepare %s: %w", name, err)
		}
		forms[i] = stmt
	}
	return forms[i], nil
}

// closeBulk finalizes the statements of the connections still open. It
// runs when the store closes, with no Commit in progress.
func closeBulk(bulk map[driver.Conn]*connBulk) {
	for c, cb := range bulk {
		if usable(c) {
			cb.close()
		}
	}
}

// close finalizes the statements prepared on cb's connection, which must
// be open.
func (cb *connBulk) close() {
	for _, forms := range cb.forms {
		for _, stmt := range forms {
			if stmt != nil {
				stmt.Close()
			}
		}
	}
	cb.forms = map[string]*bulkForms{}
}

// dropBulk finalizes and forgets the statements prepared on the driver
// connection conn, which is still open. A Commit that fails calls it: an
// interrupted connection is closed by the pool, which would finalize
// nothing, and SQLite keeps a connection with live statements (its file
// descriptors and page cache) as a zombie until they are finalized.
func (s *Store) dropBulk(conn any) {
	dc, ok := conn.(driver.Conn)
	if !ok {
		return
	}
	s.bulkMu.Lock()
	defer s.bulkMu.Unlock()
	if cb := s.bulk[dc]; cb != nil {
		cb.close()
		delete(s.bulk, dc)
	}
}

// namedValues returns args as the driver takes them, in nv[:0]: ints as
// int64, and any other type that is not a driver.Value converted as
// database/sql converts it.
func namedValues(nv []driver.NamedValue, args []any) ([]driver.NamedValue, error) {
	nv = nv[:0]
	for i, a := range args {
		switch v := a.(type) {
		case int:
			a = int64(v)
		case int64, float64, string, []byte, bool, nil:
		default:
			var err error
			if a, err = driver.DefaultParameterConverter.ConvertValue(a); err != nil {
				return nil, fmt.Errorf("argument %d: %w", i+1, err)
			}
		}
		nv = append(nv, driver.NamedValue{Ordinal: i + 1, Value: a})
	}
	return nv, nil
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

// compressAnnotations returns jsonData compressed, in out if it has room.
func compressAnnotations(out, jsonData []byte) []byte {
	if n := 1 + s2.MaxEncodedLen(len(jsonData)); cap(out) < n {
		out = make([]byte, n)
	}
	out = out[:cap(out)]
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
