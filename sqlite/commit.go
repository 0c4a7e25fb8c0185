package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep"
)

// Commit stores b in one transaction. Documents already stored (by hash or
// canonical URL), or earlier in b, are skipped.
//
// Rows are gathered for the whole batch and inserted many per statement,
// through statements prepared once per connection (see bulkRows and
// connBulk). Row IDs of documents and events are assigned here, which is
// safe because the transaction holds the write lock from its start.
func (s *Store) Commit(ctx context.Context, b *sitrep.Batch) error {
	return s.CommitPrepared(ctx, b, nil)
}

// A preparedDocument is the share of storing a document that depends on
// it alone.
type preparedDocument struct {
	doc         *sitrep.Document
	annotations []byte // encoded by encodeAnnotations
}

// Prepare does ahead the share of storing doc that depends on doc alone
// (encoding its annotations, a fifth of a Commit's work), for
// CommitPrepared. It is safe for concurrent use: ingest prepares documents
// in its workers, in parallel, rather than in the one goroutine that
// commits.
func (s *Store) Prepare(doc *sitrep.Document) (any, error) {
	buf := jsonBuffers.Get().(*jsonBuffer)
	annotations, err := encodeAnnotations(buf, doc)
	jsonBuffers.Put(buf)
	if err != nil {
		return nil, fmt.Errorf("sqlite: document %s: %w", doc.ID, err)
	}
	return &preparedDocument{doc: doc, annotations: annotations}, nil
}

// jsonBuffers are Prepare's scratch buffers for the JSON of annotations
// and their compressed form, which encodeAnnotations copies out.
var jsonBuffers = sync.Pool{New: func() any { return new(jsonBuffer) }}

// A jsonBuffer is encodeAnnotations' scratch space.
type jsonBuffer struct{ json, compressed []byte }

// CommitPrepared is Commit, given for each of b.Documents (or for none, if
// prepared is nil) what Prepare returned.
func (s *Store) CommitPrepared(ctx context.Context, b *sitrep.Batch, prepared []any) error {
	if b == nil || len(b.Documents) == 0 && len(b.Incidents) == 0 && len(b.Stories) == 0 {
		return nil
	}
	var stored int64
	err := s.commitTx(ctx, func(conn *sql.Conn, tx *sql.Tx) error {
		w := &writer{ctx: ctx, conn: conn, tx: tx, store: s, rows: map[string]*table{}, seen: map[string]bool{},
			inserted: map[string]bool{}, incidentOf: map[eventRef]int64{}}
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(rowid), 0) FROM documents`).Scan(&w.lastDoc); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(rowid), 0) FROM events`).Scan(&w.lastEvent); err != nil {
			return err
		}
		canonical := make([]string, len(b.Documents))
		for i, doc := range b.Documents {
			canonical[i] = sitrep.CanonicalURL(doc.Meta.URL)
		}
		if err := w.markStored(b.Documents, canonical); err != nil {
			return err
		}
		for _, inc := range b.Incidents {
			for _, r := range inc.Reports {
				w.incidentOf[eventRef{r.Document, r.Event}] = inc.ID
			}
		}
		w.reserve(b.Documents)
		firstDoc, now := w.lastDoc, s.Now().Unix()
		for i, doc := range b.Documents {
			var annotations []byte
			if i < len(prepared) {
				if p, ok := prepared[i].(*preparedDocument); ok && p.doc == doc {
					annotations = p.annotations
				}
			}
			if err := w.document(doc, canonical[i], annotations, now); err != nil {
				return fmt.Errorf("document %s: %w", doc.ID, err)
			}
		}
		stored = w.lastDoc - firstDoc
		if err := w.flush(); err != nil {
			return err
		}
		for _, r := range b.Stories {
			w.add("story", r.Document, r.Story, r.Profile)
		}
		for _, inc := range b.Incidents {
			if err := w.incident(inc); err != nil {
				return fmt.Errorf("incident %d: %w", inc.ID, err)
			}
		}
		if err := w.flush(); err != nil {
			return err
		}
		return w.link()
	})
	if err != nil {
		return fmt.Errorf("sqlite: commit: %w", err)
	}
	s.stored.Add(stored)
	return nil
}

// commitTx runs fn in a transaction, as inTx does, with foreign keys not
// enforced: Commit inserts every child row with the row ID of a parent it
// inserted in the same transaction, so the constraints hold by
// construction, and checking each of the tens of thousands of rows of a
// batch costs a lookup of its parent. Other connections keep enforcing
// them (ON DELETE CASCADE among others).
//
// A store in a file commits through a connection of its own, s.writer,
// opened with foreign keys off. An in-memory store has one connection,
// on which commitTx turns them off and on again; that makes SQLite
// compile again, on each Commit, every statement prepared on it.
func (s *Store) commitTx(ctx context.Context, fn func(*sql.Conn, *sql.Tx) error) error {
	db := s.writer
	if db == nil {
		db = s.db
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if s.writer == nil {
		// The pragma is a no-op inside a transaction; it is set before
		// BEGIN and restored after COMMIT, even if ctx is canceled
		// meanwhile.
		if _, err := conn.ExecContext(ctx, `PRAGMA foreign_keys = OFF`); err != nil {
			return err
		}
		defer func() {
			if _, err := conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA foreign_keys = ON`); err != nil {
				// A connection left without foreign keys must not go back
				// to the pool, where a delete would skip ON DELETE CASCADE.
				conn.Raw(func(any) error { return driver.ErrBadConn })
			}
		}()
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := runTx(tx, func(tx *sql.Tx) error { return fn(conn, tx) }); err != nil {
		// The statements are prepared again by the next Commit (see dropBulk).
		conn.Raw(func(dc any) error { s.dropBulk(dc); return nil })
		return err
	}
	return nil
}

// writer gathers the rows of one Commit.
type writer struct {
	ctx                context.Context
	conn               *sql.Conn // holds tx, whose statements exec runs on the driver connection
	tx                 *sql.Tx
	store              *Store
	named              []driver.NamedValue // exec's arguments, reused
	json               jsonBuffer          // reused to encode annotations
	rows               map[string]*table
	order              []string        // tables in the order rows were first added, parents first
	seen               map[string]bool // hashes and canonical URLs stored before or by this Commit
	links              []any           // incident ID, document ID, event index; for link
	lastDoc, lastEvent int64
	inserted           map[string]bool    // IDs of the documents this Commit stores
	incidentOf         map[eventRef]int64 // the incident of each report's event
}

// An eventRef names an event as a Report does.
type eventRef struct {
	doc   string // Document.ID
	event int    // index into its Events
}

// A table is the pending rows of one bulk statement.
type table struct {
	args []any
}

// bulks are the statements of a Commit: an INSERT into every table it
// writes, and the UPDATE that links events to incidents.
var bulks = map[string]bulkStatement{
	"document": insert(`INSERT INTO documents (rowid, id, hash, url, canonical_url, source, title, published, language, extracted,
		dateline_start, dateline_end, text, annotations, ingested)`),
	"fts":    oneRow(insert(`INSERT INTO documents_fts (rowid, title, text)`)),
	"entity": insert(`INSERT INTO entities (doc, idx, type, name, actor, start_byte, end_byte, mentions)`),
	"place": insert(`INSERT INTO places (doc, idx, start_byte, end_byte, kind, geonameid, name, country, admin1, admin1_name,
		lat, lon, feature, precision)`),
	"attribution": insert(`INSERT INTO attributions (doc, idx, start_byte, end_byte, source_start, source_end, cue_start, cue_end,
		content_start, content_end, direct, speaker, stance, chain)`),
	"figure": insert(`INSERT INTO figures (doc, idx, start_byte, end_byte, unit, victim, min, max, total)`),
	"event": insert(`INSERT INTO events (rowid, doc, idx, start_byte, end_byte, category, mode, modality,
		actor, actor_code, actor_start, actor_end, target, target_code, target_start, target_end,
		place, place_name, admin1_name, country, lat, lon, geo_precision, date, day, time_precision,
		dead_min, dead_max, dead_open, injured_min, injured_max, injured_open,
		cameo, quad_class, acled_type, acled_subtype, trigger_text, evidence, spans, incident)`),
	"rtree": insert(`INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon, min_day, max_day)`),
	"claim": insert(`INSERT INTO claims (event, idx, stance, attribution, by_name, by_code, actor_name, actor_code, start_byte, end_byte)`),
	// A document's first story record is kept: the one it was linked with.
	"story": insert(`INSERT OR IGNORE INTO stories (doc, story, profile)`),
	"incident": insert(`INSERT OR REPLACE INTO incidents (id, category, mode, place, country, lat, lon, geo_precision,
		first_date, last_date, first_day, last_day, time_precision, actors, targets,
		dead_low, dead_best, dead_high, dead_reports, injured_low, injured_best, injured_high, injured_reports,
		status, reports, detail)`),
	// Sets the incident of a report's event stored by an earlier Commit;
	// events already linked to their incident are left alone. (Those of
	// this Commit are linked as they are inserted.) Why each was linked is
	// kept in the incident's detail.
	"link": {cols: 3, sql: func(values string) string {
		return `UPDATE events SET incident = v.column1
			FROM (VALUES ` + values + `) v JOIN documents d ON d.id = v.column2
			WHERE events.doc = d.rowid AND events.idx = v.column3 AND events.incident IS NOT v.column1`
	}},
}

// reserve makes room for the rows of docs, which spares growing the
// queues of large batches many times.
func (w *writer) reserve(docs []*sitrep.Document) {
	rows := map[string]int{"document": len(docs), "fts": len(docs)}
	for _, doc := range docs {
		rows["entity"] += len(doc.Entities)
		rows["place"] += len(doc.Places)
		rows["attribution"] += len(doc.Attributions)
		rows["figure"] += len(doc.Figures)
		rows["event"] += len(doc.Events)
		rows["rtree"] += len(doc.Events)
		for i := range doc.Events {
			rows["claim"] += len(doc.Events[i].Claims)
		}
	}
	for name, n := range rows {
		if n > 0 {
			w.rows[name] = &table{args: make([]any, 0, n*bulks[name].cols)}
		}
	}
}

// add queues one row for the named table.
func (w *writer) add(name string, row ...any) {
	t, ok := w.rows[name]
	if !ok {
		t = &table{}
		w.rows[name] = t
	}
	if len(t.args) == 0 {
		w.order = append(w.order, name)
	}
	t.args = append(t.args, row...)
}

// flush inserts every queued row, parents before children, many rows per
// statement.
func (w *writer) flush() error {
	err := w.conn.Raw(func(conn any) error {
		for _, name := range w.order {
			if err := w.exec(conn, name, w.rows[name].args); err != nil {
				return fmt.Errorf("insert %s: %w", name, err)
			}
		}
		return nil
	})
	w.rows, w.order = map[string]*table{}, nil
	return err
}

// exec runs the named bulk statement over args, a whole number of rows, on
// the driver connection conn that holds the transaction: as many of its
// largest prepared form as fit, then the smaller ones.
func (w *writer) exec(conn any, name string, args []any) error {
	cb, err := w.store.bulkOn(conn)
	if err != nil {
		return err
	}
	b := bulks[name]
	for i, rows := range bulkRows {
		if b.oneRow && rows > 1 {
			continue
		}
		for n := rows * b.cols; len(args) >= n; args = args[n:] {
			stmt, err := cb.form(w.ctx, name, i)
			if err != nil {
				return err
			}
			if w.named, err = namedValues(w.named, args[:n]); err != nil {
				return err
			}
			if _, err := stmt.(driver.StmtExecContext).ExecContext(w.ctx, w.named); err != nil {
				return err
			}
		}
	}
	return nil
}

// partySeparator separates the actors (and targets) of an incident in one
// column; names hold spaces, never tabs.
const partySeparator = "\t"

// undatedSpan is the day range, either side of 1970, that an undated event
// covers in the R*Tree: every date a query can name.
const undatedSpan = 1 << 22

// Extracted reports whether a document in language lang goes through the
// pipeline; others are stored and marked.
func Extracted(lang string) bool { return lang == "" || lang == "en" }

// markStored adds to w.seen the hashes and canonical URLs of docs that are
// stored already, a few statements for the whole batch.
func (w *writer) markStored(docs []*sitrep.Document, canonical []string) error {
	var keys []any
	for i, doc := range docs {
		keys = append(keys, doc.Hash)
		if canonical[i] != "" {
			keys = append(keys, canonical[i])
		}
	}
	for len(keys) > 0 {
		n := min(len(keys), 500)
		in := placeholders(1, n)
		args := append(keys[:n:n], keys[:n]...)
		rows, err := w.tx.QueryContext(w.ctx, `SELECT hash, COALESCE(canonical_url, '') FROM documents
			WHERE hash IN `+in+` OR canonical_url IN `+in, args...)
		if err != nil {
			return fmt.Errorf("find stored documents: %w", err)
		}
		err = w.markRows(rows)
		rows.Close()
		if err != nil {
			return fmt.Errorf("find stored documents: %w", err)
		}
		keys = keys[n:]
	}
	return nil
}

func (w *writer) markRows(rows *sql.Rows) error {
	for rows.Next() {
		var hash, canonical string
		if err := rows.Scan(&hash, &canonical); err != nil {
			return err
		}
		w.seen[hash] = true
		if canonical != "" {
			w.seen[canonical] = true
		}
	}
	return rows.Err()
}

// document queues the rows of doc, with its annotations encoded unless
// annotations holds them.
func (w *writer) document(doc *sitrep.Document, canonical string, annotations []byte, now int64) error {
	if w.seen[doc.Hash] || canonical != "" && w.seen[canonical] {
		return nil // stored already, or earlier in the batch
	}
	w.inserted[doc.ID] = true
	w.seen[doc.Hash] = true
	if canonical != "" {
		w.seen[canonical] = true
	}
	if annotations == nil {
		var err error
		if annotations, err = encodeAnnotations(&w.json, doc); err != nil {
			return err
		}
	}
	var published any
	if !doc.Meta.Published.IsZero() {
		published = doc.Meta.Published.Unix()
	}
	var dlStart, dlEnd any
	if dl := doc.Meta.Dateline; !dl.IsEmpty() {
		dlStart, dlEnd = dl.Start, dl.End
	}
	w.lastDoc++
	rowid := w.lastDoc
	w.add("document", rowid, doc.ID, doc.Hash, doc.Meta.URL, nullString(canonical), doc.Meta.Source,
		doc.Meta.Title, published, doc.Meta.Language, Extracted(doc.Meta.Language),
		dlStart, dlEnd, doc.Text, annotations, now)
	w.add("fts", rowid, doc.Meta.Title, doc.Text)
	for i, e := range doc.Entities {
		name := entityName(doc, i)
		var span sitrep.Span
		if e.Name >= 0 && e.Name < len(doc.Mentions) {
			span = doc.Mentions[e.Name].Span
		}
		w.add("entity", rowid, i, string(e.Type), name, e.Actor, span.Start, span.End, len(e.Mentions))
	}
	for i, p := range doc.Places {
		w.add("place", rowid, i, p.Start, p.End, int(p.Kind), p.GeonameID, p.Name, p.Country,
			p.Admin1, p.Admin1Name, p.Lat, p.Lon, p.Feature, int(p.Precision))
	}
	for i, a := range doc.Attributions {
		w.add("attribution", rowid, i, a.Start, a.End, a.Source.Start, a.Source.End, a.Cue.Start, a.Cue.End,
			a.Content.Start, a.Content.End, a.Direct, entityName(doc, a.Speaker), string(a.Stance), chain(doc, a))
	}
	for i, f := range doc.Figures {
		var max any
		if !f.Count.Open {
			max = f.Count.Max
		}
		w.add("figure", rowid, i, f.Start, f.End, string(f.Unit), f.Victim, f.Count.Min, max, f.Total)
	}
	for i := range doc.Events {
		if err := w.event(doc, rowid, i); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) event(doc *sitrep.Document, docRow int64, i int) error {
	e := &doc.Events[i]
	actorCode, targetCode := entityActor(doc, e.Actor.Entity), entityActor(doc, e.Target.Entity)
	var (
		placeName, admin1, country string
		lat, lon                   any
		precision                  int
	)
	if e.Place >= 0 && e.Place < len(doc.Places) {
		p := doc.Places[e.Place]
		placeName, admin1, country = p.Name, p.Admin1Name, p.Country
		lat, lon, precision = p.Lat, p.Lon, int(p.Precision)
	}
	var day any
	if d, ok := sitrep.DayNumber(e.Date.Value); ok {
		day = d
	} else if !doc.Meta.Published.IsZero() {
		day = dayOf(doc.Meta.Published.UTC())
	}
	deadMin, deadMax, deadOpen := figureColumns(doc, e.Dead)
	injMin, injMax, injOpen := figureColumns(doc, e.Injured)
	var incident any
	if id, ok := w.incidentOf[eventRef{doc.ID, i}]; ok {
		incident = id
	}
	w.lastEvent++
	eventRow := w.lastEvent
	w.add("event", eventRow, docRow, i, e.Start, e.End, string(e.Category), e.Mode, string(e.Modality),
		spanText(doc, e.Actor.Span), actorCode, e.Actor.Start, e.Actor.End,
		spanText(doc, e.Target.Span), targetCode, e.Target.Start, e.Target.End,
		e.Place, placeName, admin1, country, lat, lon, precision, e.Date.Value, day, int(e.Date.Precision),
		deadMin, deadMax, deadOpen, injMin, injMax, injOpen,
		e.CAMEO, e.QuadClass, e.ACLEDType, e.ACLEDSubType, spanText(doc, e.Span), sitrep.EventSentence(doc, e),
		spansJSON(e.Evidence), incident)
	if lat != nil {
		minDay, maxDay := any(-undatedSpan), any(undatedSpan)
		if day != nil {
			minDay, maxDay = day, day
		}
		w.add("rtree", eventRow, lat, lat, lon, lon, minDay, maxDay)
	}
	for j, c := range e.Claims {
		var span sitrep.Span
		if c.Attribution >= 0 && c.Attribution < len(doc.Attributions) {
			span = doc.Attributions[c.Attribution].Span
		}
		w.add("claim", eventRow, j, string(c.Stance), c.Attribution,
			entityName(doc, c.By), entityActor(doc, c.By), entityName(doc, c.Actor), entityActor(doc, c.Actor),
			span.Start, span.End)
	}
	return nil
}

func (w *writer) incident(inc *sitrep.Incident) error {
	detail, err := reportsJSON(inc.Reports)
	if err != nil {
		return err
	}
	var lat, lon any
	if inc.GeoPrecision != 0 {
		lat, lon = inc.Lat, inc.Lon
	}
	var first, last any
	if d, ok := sitrep.DayNumber(inc.First); ok {
		first = d
	}
	if d, ok := sitrep.DayNumber(inc.Last); ok {
		last = d
	}
	w.add("incident", inc.ID, string(inc.Category), inc.Mode, inc.Place, inc.Country, lat, lon,
		int(inc.GeoPrecision), inc.First, inc.Last, first, last, int(inc.TimePrecision),
		strings.Join(inc.Actors, partySeparator), strings.Join(inc.Targets, partySeparator),
		inc.Dead.Low, inc.Dead.Best, inc.Dead.High, inc.Dead.Reports,
		inc.Injured.Low, inc.Injured.Best, inc.Injured.High, inc.Injured.Reports,
		string(inc.Status), len(inc.Reports), detail)
	for _, r := range inc.Reports {
		if !w.inserted[r.Document] {
			w.links = append(w.links, inc.ID, r.Document, r.Event)
		}
	}
	return nil
}

// link sets the incident of every report's event stored by an earlier
// Commit.
func (w *writer) link() error {
	if len(w.links) == 0 {
		return nil
	}
	if err := w.conn.Raw(func(conn any) error { return w.exec(conn, "link", w.links) }); err != nil {
		return fmt.Errorf("link events: %w", err)
	}
	w.links = nil
	return nil
}

// encodeAnnotations returns doc's annotations as JSON, without the text
// (stored in its own column) and the tokens (large, and cheap to
// recompute), compressed: JSON of annotations is several times the size of
// the text, and writing it cost more than compressing it. The JSON is
// written to buf, which the caller reuses.
//
// The result is cut to size, copied out of buf: it waits for its batch,
// with the others of the batch.
func encodeAnnotations(buf *jsonBuffer, doc *sitrep.Document) ([]byte, error) {
	var err error
	if buf.json, err = documentJSON(buf.json, doc); err != nil {
		return nil, err
	}
	buf.compressed = compressAnnotations(buf.compressed, buf.json)
	return bytes.Clone(buf.compressed), nil
}

func figureColumns(doc *sitrep.Document, i int) (min, max, open any) {
	if i < 0 || i >= len(doc.Figures) {
		return nil, nil, nil
	}
	c := doc.Figures[i].Count
	if c.Open {
		return c.Min, nil, true
	}
	return c.Min, c.Max, false
}

// spansJSON returns spans as JSON pairs: [[start,end],...].
func spansJSON(spans []sitrep.Span) string {
	b := make([]byte, 0, 2+12*len(spans))
	b = append(b, '[')
	for i, sp := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(sp.Start), 10)
		b = append(b, ',')
		b = strconv.AppendInt(b, int64(sp.End), 10)
		b = append(b, ']')
	}
	return string(append(b, ']'))
}

func spanText(doc *sitrep.Document, s sitrep.Span) string {
	if s.IsEmpty() || s.Start < 0 || s.End > len(doc.Text) {
		return ""
	}
	return doc.Text[s.Start:s.End]
}

func entityName(doc *sitrep.Document, i int) string {
	if i < 0 || i >= len(doc.Entities) {
		return ""
	}
	n := doc.Entities[i].Name
	if n < 0 || n >= len(doc.Mentions) {
		return ""
	}
	return spanText(doc, doc.Mentions[n].Span)
}

func entityActor(doc *sitrep.Document, i int) string {
	if i < 0 || i >= len(doc.Entities) {
		return ""
	}
	return doc.Entities[i].Actor
}

// chain renders a reporting chain: speaker → intermediaries → publisher,
// as "Syria (with Russia) → SANA → Sputnik" when the source coordinates
// several speakers.
func chain(doc *sitrep.Document, a sitrep.Attribution) string {
	var parts []string
	if name := entityName(doc, a.Speaker); name != "" {
		var others []string
		for _, e := range a.CoSpeakers {
			if n := entityName(doc, e); n != "" {
				others = append(others, n)
			}
		}
		if len(others) > 0 {
			name += " (with " + strings.Join(others, ", ") + ")"
		}
		parts = append(parts, name)
	} else if t := spanText(doc, a.Source); t != "" {
		parts = append(parts, t)
	}
	for _, l := range a.Via {
		if t := spanText(doc, l.Span); t != "" {
			parts = append(parts, t)
		}
	}
	if doc.Meta.Source != "" {
		parts = append(parts, doc.Meta.Source)
	}
	return strings.Join(parts, " → ")
}
