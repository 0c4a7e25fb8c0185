package sqlite

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/storetest"
)

func openMemory(t *testing.T) *Store {
	t.Helper()
	s, err := Open(":memory:")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// manyEntities returns a document with n entities, each named by its own
// mention, and as many places; variant makes its text distinct.
func manyEntities(t *testing.T, n int, variant string) *sitrep.Document {
	t.Helper()
	var text strings.Builder
	for i := range n {
		fmt.Fprintf(&text, "Name%03d ", i)
	}
	text.WriteString(variant)
	doc := sitrep.NewDocument(text.String(), sitrep.Metadata{Language: "en"})
	for i := range n {
		span := sitrep.Span{Start: 8 * i, End: 8*i + 7}
		doc.Mentions = append(doc.Mentions, sitrep.Mention{Span: span, Type: sitrep.ORG, Kind: sitrep.MentionName, Entity: i})
		doc.Entities = append(doc.Entities, sitrep.Entity{Type: sitrep.ORG, Name: i, Mentions: []int{i}, Affiliation: -1})
		doc.Places = append(doc.Places, sitrep.Place{Span: span, Kind: sitrep.PlaceToponym, Mention: i,
			GeonameID: 1000 + i, Name: doc.Text[span.Start:span.End], Country: "SY", Precision: sitrep.PrecisionTown})
	}
	if err := doc.Check(); err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return doc
}

// TestCommitWritesEveryRow commits row counts that need every prepared
// form (64, 16, 4 and 1 rows) alone and together, and finds each row once.
func TestCommitWritesEveryRow(t *testing.T) {
	for _, n := range []int{0, 1, 3, 4, 5, 16, 21, 63, 64, 65, 85, 150} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			s := openMemory(t)
			a, b := manyEntities(t, n, "a"), manyEntities(t, n/2, "b")
			if err := s.Commit(t.Context(), &sitrep.Batch{Documents: []*sitrep.Document{a, b}}); err != nil {
				t.Fatal(err)
			}
			for _, doc := range []*sitrep.Document{a, b} {
				for _, table := range []string{"entities", "places"} {
					var count, distinct, maxIdx int
					err := s.db.QueryRowContext(t.Context(), `SELECT COUNT(*), COUNT(DISTINCT idx), COALESCE(MAX(idx), -1)
						FROM `+table+` WHERE doc = (SELECT rowid FROM documents WHERE id = ?)`, doc.ID).Scan(&count, &distinct, &maxIdx)
					if err != nil {
						t.Fatal(err)
					}
					want := len(doc.Entities)
					if count != want || distinct != want || maxIdx != want-1 {
						t.Errorf("%s of a document with %d: %d rows, %d distinct, max idx %d", table, want, count, distinct, maxIdx)
					}
				}
				got, err := s.Document(t.Context(), doc.ID)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(got.Places, doc.Places) {
					t.Errorf("Document(%s).Places differ from those committed", doc.ID)
				}
			}
		})
	}
}

// TestDocumentReadsUncompressedAnnotations reads a document stored before
// annotations were compressed: plain JSON.
func TestDocumentReadsUncompressedAnnotations(t *testing.T) {
	s := openMemory(t)
	want := storetest.Article(t, "", "")
	if err := s.Commit(t.Context(), &sitrep.Batch{Documents: []*sitrep.Document{want}}); err != nil {
		t.Fatal(err)
	}
	var stored []byte
	if err := s.db.QueryRowContext(t.Context(), `SELECT annotations FROM documents WHERE id = ?`, want.ID).Scan(&stored); err != nil {
		t.Fatal(err)
	}
	if len(stored) == 0 || stored[0] != compressedAnnotations {
		t.Fatalf("annotations are stored uncompressed: %.20q", stored)
	}
	c := *want
	c.Text = ""
	plain, err := json.Marshal(&c)
	if err != nil {
		t.Fatal(err)
	}
	if len(stored) >= len(plain) {
		t.Errorf("compressed annotations take %d bytes, plain JSON %d", len(stored), len(plain))
	}
	if _, err := s.db.ExecContext(t.Context(), `UPDATE documents SET annotations = ? WHERE id = ?`, plain, want.ID); err != nil {
		t.Fatal(err)
	}
	got, err := s.Document(t.Context(), want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Events, want.Events) || !reflect.DeepEqual(got.Attributions, want.Attributions) {
		t.Errorf("Document from plain JSON annotations differs from the one committed")
	}
}

// TestDocumentRejectsCorruptAnnotations gets an error, not a panic or a
// wrong document, from annotations that do not decompress.
func TestDocumentRejectsCorruptAnnotations(t *testing.T) {
	s := openMemory(t)
	doc := storetest.Article(t, "", "")
	if err := s.Commit(t.Context(), &sitrep.Batch{Documents: []*sitrep.Document{doc}}); err != nil {
		t.Fatal(err)
	}
	corrupt := []byte{compressedAnnotations, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3}
	if _, err := s.db.ExecContext(t.Context(), `UPDATE documents SET annotations = ? WHERE id = ?`, corrupt, doc.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Document(t.Context(), doc.ID); err == nil {
		t.Error("Document with corrupt annotations: no error")
	}
}

// TestCloseMergesFullTextIndex stores documents in many commits, each of
// which adds segments to the full-text index, and finds one segment after
// Close, and an index that answers as before.
func TestCloseMergesFullTextIndex(t *testing.T) {
	path := t.TempDir() + "/sitrep.db"
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 12 {
		doc := storetest.Article(t, fmt.Sprintf("variant %d", i), "")
		if err := s.Commit(t.Context(), &sitrep.Batch{Documents: []*sitrep.Document{doc}}); err != nil {
			t.Fatal(err)
		}
	}
	segments := func(s *Store) int {
		var n int
		if err := s.db.QueryRowContext(t.Context(), `SELECT COUNT(DISTINCT segid) FROM documents_fts_idx`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := segments(s); n < 2 {
		t.Fatalf("%d segments before Close; the test needs several", n)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openPath(t, path)
	if n := segments(s); n != 1 {
		t.Errorf("%d segments after Close, want 1", n)
	}
	if err := s.CheckIntegrity(t.Context()); err != nil {
		t.Error(err)
	}
	found, err := s.FindEvents(t.Context(), sitrep.EventFilter{Text: `"variant 7"`})
	if err != nil || len(found) != 1 {
		t.Errorf(`FindEvents "variant 7" = %d events, %v; want 1`, len(found), err)
	}
}

func openPath(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestCommitSkipsStoredDocumentsOfLargeBatches recommits more documents
// than one lookup of stored documents takes, by hash and by URL.
func TestCommitSkipsStoredDocumentsOfLargeBatches(t *testing.T) {
	s := openMemory(t)
	const n = 300 // 600 hashes and URLs
	doc := func(text, url string) *sitrep.Document {
		return sitrep.NewDocument(text, sitrep.Metadata{Language: "en", URL: url})
	}
	var first, again []*sitrep.Document
	for i := range n {
		first = append(first, doc(fmt.Sprintf("text %d", i), fmt.Sprintf("https://example.org/%d", i)))
		if i%2 == 0 {
			again = append(again, doc(fmt.Sprintf("new text %d", i), fmt.Sprintf("http://www.example.org/%d/", i))) // same URL
		} else {
			again = append(again, doc(fmt.Sprintf("text %d", i), fmt.Sprintf("https://example.org/new/%d", i))) // same text
		}
	}
	again = append(again, doc("a new document", "https://example.org/new"))
	for _, b := range [][]*sitrep.Document{first, again} {
		if err := s.Commit(t.Context(), &sitrep.Batch{Documents: b}); err != nil {
			t.Fatal(err)
		}
	}
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if st.Documents != n+1 {
		t.Errorf("%d documents stored, want %d", st.Documents, n+1)
	}
}

// TestCommitLinksEvents links events stored by the same commit, by an
// earlier one, and by an earlier one whose document is committed again.
func TestCommitLinksEvents(t *testing.T) {
	s := openMemory(t)
	a, b, c := storetest.Article(t, "A.", ""), storetest.Article(t, "B.", ""), storetest.Protest(t)
	incidentOf := func(doc *sitrep.Document) int64 {
		t.Helper()
		found, err := s.FindEvents(t.Context(), sitrep.EventFilter{Document: doc.ID})
		if err != nil || len(found) != 1 {
			t.Fatalf("FindEvents(document %s) = %d events, %v; want 1", doc.ID, len(found), err)
		}
		return found[0].Incident
	}
	commit := func(b *sitrep.Batch) {
		t.Helper()
		if err := s.Commit(t.Context(), b); err != nil {
			t.Fatal(err)
		}
	}
	commit(&sitrep.Batch{Documents: []*sitrep.Document{a, c}, Incidents: []*sitrep.Incident{storetest.Incident(1, a)}})
	if got := incidentOf(a); got != 1 {
		t.Errorf("event of a, linked in its commit: incident %d, want 1", got)
	}
	if got := incidentOf(c); got != 0 {
		t.Errorf("event of c, not linked: incident %d, want 0", got)
	}
	// a moves to incident 2 with b; c, stored already, is committed again
	// with incident 3.
	commit(&sitrep.Batch{Documents: []*sitrep.Document{b, c},
		Incidents: []*sitrep.Incident{storetest.Incident(2, a, b), storetest.Incident(3, c)}})
	for _, tt := range []struct {
		name string
		doc  *sitrep.Document
		want int64
	}{{"a", a, 2}, {"b", b, 2}, {"c", c, 3}} {
		if got := incidentOf(tt.doc); got != tt.want {
			t.Errorf("event of %s: incident %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestSpansJSON(t *testing.T) {
	for _, spans := range [][]sitrep.Span{nil, {{Start: 0, End: 3}}, {{Start: 12, End: 345}, {Start: 1000000, End: 1000007}}} {
		pairs := [][2]int{}
		for _, s := range spans {
			pairs = append(pairs, [2]int{s.Start, s.End})
		}
		want, err := json.Marshal(pairs)
		if err != nil {
			t.Fatal(err)
		}
		if got := spansJSON(spans); got != string(want) {
			t.Errorf("spansJSON(%v) = %s, want %s", spans, got, want)
		}
	}
}

// TestCommitLeavesForeignKeysOn checks that Commit, which inserts without
// enforcing foreign keys, restores them on its connection: deleting a
// document must still delete its rows.
func TestCommitLeavesForeignKeysOn(t *testing.T) {
	s := openMemory(t) // one connection, the one Commit used
	doc := storetest.Article(t, "", "")
	if err := s.Commit(t.Context(), &sitrep.Batch{Documents: []*sitrep.Document{doc}}); err != nil {
		t.Fatal(err)
	}
	var on int
	if err := s.db.QueryRowContext(t.Context(), `PRAGMA foreign_keys`).Scan(&on); err != nil || on != 1 {
		t.Fatalf("PRAGMA foreign_keys after Commit = %d, %v; want 1", on, err)
	}
	if len(doc.Entities) == 0 || len(doc.Events) == 0 {
		t.Fatal("fixture: the article has no entities or no events")
	}
	if _, err := s.db.ExecContext(t.Context(), `DELETE FROM documents WHERE id = ?`, doc.ID); err != nil {
		t.Fatal(err)
	}
	var rows int
	if err := s.db.QueryRowContext(t.Context(), `SELECT (SELECT COUNT(*) FROM entities) + (SELECT COUNT(*) FROM events)`).Scan(&rows); err != nil || rows != 0 {
		t.Errorf("%d entity and event rows left after deleting their document (%v); want 0", rows, err)
	}
}

// TestCommitPrepared stores documents prepared ahead as Commit stores them,
// and ignores what was prepared for another document.
func TestCommitPrepared(t *testing.T) {
	docs := []*sitrep.Document{storetest.Article(t, "", ""), storetest.Article(t, "second", ""), storetest.Protest(t)}
	plain, prepared := openMemory(t), openMemory(t)
	if err := plain.Commit(t.Context(), &sitrep.Batch{Documents: docs}); err != nil {
		t.Fatal(err)
	}
	p0, err := prepared.Prepare(docs[0])
	if err != nil {
		t.Fatal(err)
	}
	// docs[1] unprepared; docs[2] given docs[0]'s preparation, which must not be used.
	if err := prepared.CommitPrepared(t.Context(), &sitrep.Batch{Documents: docs}, []any{p0, nil, p0}); err != nil {
		t.Fatal(err)
	}
	for _, doc := range docs {
		want, err := plain.Document(t.Context(), doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		got, err := prepared.Document(t.Context(), doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("document %s committed prepared differs from committed plain", doc.ID)
		}
	}
}

// The chain of an attribution whose source coordinates several speakers
// names the others with the speaker.
func TestChainNamesCoSpeakers(t *testing.T) {
	doc := sitrep.NewDocument("Russia and Syria denied it, SANA reported.", sitrep.Metadata{Source: "Sputnik"})
	name := func(text string, typ sitrep.EntityType) int {
		start := strings.Index(doc.Text, text)
		doc.Mentions = append(doc.Mentions, sitrep.Mention{Span: sitrep.Span{Start: start, End: start + len(text)}, Type: typ, Kind: sitrep.MentionName, Entity: len(doc.Entities)})
		doc.Entities = append(doc.Entities, sitrep.Entity{Type: typ, Name: len(doc.Mentions) - 1, Affiliation: -1})
		return len(doc.Entities) - 1
	}
	russia, syria := name("Russia", sitrep.GPE), name("Syria", sitrep.GPE)
	sana := strings.Index(doc.Text, "SANA")
	a := sitrep.Attribution{Source: sitrep.Span{Start: 0, End: 16}, Speaker: syria, CoSpeakers: []int{russia},
		Via: []sitrep.Link{{Span: sitrep.Span{Start: sana, End: sana + 4}, Entity: -1}}}
	if got, want := chain(doc, a), "Syria (with Russia) → SANA → Sputnik"; got != want {
		t.Errorf("chain = %q, want %q", got, want)
	}
}
