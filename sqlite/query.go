package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Document returns the stored document with its annotations, or ErrNotFound.
func (s *Store) Document(ctx context.Context, id string) (*sitrep.Document, error) {
	var (
		text        string
		annotations []byte
	)
	err := s.db.QueryRowContext(ctx, `SELECT text, annotations FROM documents WHERE id = ?`, id).Scan(&text, &annotations)
	if err != nil {
		return nil, notFound(err, "document "+id)
	}
	doc := new(sitrep.Document)
	annotations, err = decodeAnnotations(annotations)
	if err == nil {
		err = json.Unmarshal(annotations, doc)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite: document %s: decode annotations: %w", id, err)
	}
	doc.Text = text
	return doc, nil
}

const eventColumns = `d.id, e.idx, COALESCE(e.incident, 0), e.category, e.mode, e.modality, e.date, e.time_precision,
	e.actor, e.actor_code, e.target, e.target_code, e.place_name, e.admin1_name, e.country,
	COALESCE(e.lat, 0), COALESCE(e.lon, 0), e.geo_precision,
	e.dead_min, e.dead_max, e.dead_open, e.injured_min, e.injured_max, e.injured_open,
	e.cameo, e.quad_class, e.acled_type, e.acled_subtype,
	d.source, d.title, d.url, d.published, e.trigger_text, e.evidence, e.start_byte, e.end_byte`

// FindEvents returns the events that match f.
func (s *Store) FindEvents(ctx context.Context, f sitrep.EventFilter) ([]sitrep.EventRecord, error) {
	var (
		where []string
		args  []any
	)
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if !f.From.IsZero() {
		add(`e.day >= ?`, dayOf(f.From))
	}
	if !f.To.IsZero() {
		add(`e.day <= ?`, dayOf(f.To))
	}
	from := ` FROM events e JOIN documents d ON d.rowid = e.doc`
	if b := f.BBox; b != nil {
		box := `SELECT id FROM events_rtree WHERE min_lat >= ? AND max_lat <= ? AND min_lon >= ? AND max_lon <= ?`
		boxArgs := []any{b.MinLat, b.MaxLat, b.MinLon, b.MaxLon}
		if !f.From.IsZero() {
			box += ` AND max_day >= ?`
			boxArgs = append(boxArgs, dayOf(f.From))
		}
		if !f.To.IsZero() {
			box += ` AND min_day <= ?`
			boxArgs = append(boxArgs, dayOf(f.To))
		}
		// As for full text below: a small box drives the search through the
		// R*Tree; a large one is checked on each event's coordinates, which
		// is faster than checking membership in a long list of matches.
		few, err := s.fewRows(ctx, box, boxArgs, rareMatches)
		if err != nil {
			return nil, fmt.Errorf("sqlite: find events: %w", err)
		}
		if few {
			from = ` FROM (` + box + `) b CROSS JOIN events e ON e.rowid = b.id JOIN documents d ON d.rowid = e.doc`
			args = append(boxArgs, args...)
		} else {
			add(`e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?`, b.MinLat, b.MaxLat, b.MinLon, b.MaxLon)
		}
	}
	if f.Country != "" {
		add(`e.country = ?`, strings.ToUpper(f.Country))
	}
	if f.Category != "" {
		add(`e.category = ?`, strings.ToUpper(string(f.Category)))
	}
	if f.Mode != "" {
		add(`e.mode = ?`, strings.ToLower(f.Mode))
	}
	if f.Actor != "" {
		if isActorCode(f.Actor) {
			add(`e.actor_code = ?`, strings.ToUpper(f.Actor))
		} else {
			add(`e.actor LIKE ? ESCAPE '\'`, "%"+likeEscape(f.Actor)+"%")
		}
	}
	if f.Source != "" {
		add(`d.source = ? COLLATE NOCASE`, f.Source)
	}
	if f.Document != "" {
		add(`d.id = ?`, f.Document)
	}
	if f.Incident != 0 {
		add(`e.incident = ?`, f.Incident)
	}
	q := eventQuery{from: from, where: where, args: args}
	if f.Text == "" {
		return s.queryEvents(ctx, q, f.Limit)
	}
	return s.findText(ctx, q, f.Text, f.Limit)
}

// An eventQuery is a FindEvents query without its order and limit.
type eventQuery struct {
	from  string // " FROM events e JOIN documents d ..."
	where []string
	args  []any
}

// with returns q with one more condition.
func (q eventQuery) with(cond string, args ...any) eventQuery {
	q.where = append(q.where[:len(q.where):len(q.where)], cond)
	q.args = append(q.args[:len(q.args):len(q.args)], args...)
	return q
}

// unorderedSQL returns the query selecting columns, in no given order.
func (q eventQuery) unorderedSQL(columns string) string {
	sql := `SELECT ` + columns + q.from
	if len(q.where) > 0 {
		sql += ` WHERE ` + strings.Join(q.where, ` AND `)
	}
	return sql
}

// selectSQL returns the query selecting columns, in FindEvents' order:
// newest first, undated last; the order of the day indexes, so that a
// limited query stops early instead of sorting every match.
func (q eventQuery) selectSQL(columns string, limit int) string {
	sql := q.unorderedSQL(columns) + ` ORDER BY e.day DESC, e.rowid DESC`
	if limit > 0 {
		sql += fmt.Sprintf(` LIMIT %d`, limit)
	}
	return sql
}

// findText returns the events of q whose document matches the full-text
// query text. A rare term (few matching documents) drives the search from
// the full-text index outwards. Otherwise the candidate events (those q
// selects) are read in order and their documents checked against the
// index, a batch at a time, until the limit is reached: with matches
// neither rare nor dense, this reads a few hundred candidates where
// checking each event would check most documents three times and
// computing every match would read the whole index. A check costs as much
// as opening the query on every segment of the index, though, so past a
// budget (see checkedDocuments) the set of matching documents is computed
// once and the rest of the candidates checked against it.
func (s *Store) findText(ctx context.Context, q eventQuery, text string, limit int) ([]sitrep.EventRecord, error) {
	match := `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?`
	rare, err := s.fewRows(ctx, match, []any{text}, rareMatches)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find events: full-text query %q: %w", text, err)
	}
	if rare {
		if strings.Contains(q.from, "CROSS JOIN") { // already driven by the R*Tree
			return s.queryEvents(ctx, q.with(`e.doc IN (`+match+`)`, text), limit)
		}
		// CROSS JOIN fixes the order of the join: the index first.
		q.from = ` FROM (` + match + `) t CROSS JOIN events e ON e.doc = t.rowid JOIN documents d ON d.rowid = e.doc`
		q.args = append([]any{text}, q.args...)
		return s.queryEvents(ctx, q, limit)
	}
	// One connection for the candidates and the checks, which run while
	// the candidates are read: an in-memory store has just one.
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find events: %w", err)
	}
	ids, err := matchingEvents(ctx, conn, q, text, limit)
	conn.Close()
	if err != nil {
		return nil, fmt.Errorf("sqlite: find events: full-text query %q: %w", text, err)
	}
	var out []sitrep.EventRecord
	for len(ids) > 0 {
		n := min(len(ids), 10000) // under SQLite's limit of variables
		chunk := eventQuery{from: ` FROM events e JOIN documents d ON d.rowid = e.doc`,
			where: []string{`e.rowid IN ` + placeholders(1, n)}, args: ids[:n]}
		records, err := s.queryEvents(ctx, chunk, 0)
		if err != nil {
			return nil, err
		}
		out = append(out, records...)
		ids = ids[n:]
	}
	return out, nil
}

// matchingEvents returns the row IDs of q's events, in FindEvents' order,
// whose documents match text; at most limit unless it is 0.
func matchingEvents(ctx context.Context, conn *sql.Conn, q eventQuery, text string, limit int) ([]any, error) {
	m := &textMatcher{conn: conn, text: text, known: map[int64]bool{}}
	rows, err := conn.QueryContext(ctx, q.selectSQL(`e.rowid, e.doc`, 0), q.args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	type candidate struct{ event, doc int64 }
	var (
		ids       []any
		pending   []candidate
		unchecked []int64
		batch     = 16
	)
	// decide checks the documents of the pending candidates and keeps the
	// events of those that match; it reports whether the limit is reached.
	decide := func() (bool, error) {
		if err := m.check(ctx, unchecked); err != nil {
			return false, err
		}
		for _, c := range pending {
			if m.known[c.doc] {
				ids = append(ids, c.event)
				if len(ids) == limit {
					return true, nil
				}
			}
		}
		pending, unchecked = pending[:0], unchecked[:0]
		return false, nil
	}
	for rows.Next() {
		var c candidate
		if err := rows.Scan(&c.event, &c.doc); err != nil {
			return nil, err
		}
		pending = append(pending, c)
		if _, ok := m.known[c.doc]; !ok && !slices.Contains(unchecked, c.doc) {
			unchecked = append(unchecked, c.doc)
		}
		if len(unchecked) < batch && len(pending) < 4*batch {
			continue
		}
		if done, err := decide(); done || err != nil {
			return ids, err
		}
		batch = min(2*batch, 256) // few checks for a small limit, fewer statements for a large one
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	_, err = decide()
	return ids, err
}

// A textMatcher tells which documents match a full-text query.
type textMatcher struct {
	conn    *sql.Conn
	text    string
	known   map[int64]bool // documents checked: whether they match
	checked int            // documents checked one by one
	spent   time.Duration  // on checking them
	all     bool           // known holds every matching document
}

// check finds which of docs match; none has been checked.
func (m *textMatcher) check(ctx context.Context, docs []int64) error {
	if m.all || len(docs) == 0 {
		return nil
	}
	m.checked += len(docs)
	var rows *sql.Rows
	var err error
	if m.checked > checkedDocuments || m.spent > checkBudget {
		m.all = true
		rows, err = m.conn.QueryContext(ctx, `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?`, m.text)
	} else {
		args := make([]any, 0, len(docs)+1)
		args = append(args, m.text)
		for _, d := range docs {
			m.known[d] = false
			args = append(args, d)
		}
		rows, err = m.conn.QueryContext(ctx, `SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN `+
			placeholders(1, len(docs)), args...)
	}
	if err != nil {
		return err
	}
	defer rows.Close()
	start := time.Now()
	for rows.Next() {
		var doc int64
		if err := rows.Scan(&doc); err != nil {
			return err
		}
		m.known[doc] = true
	}
	if !m.all {
		m.spent += time.Since(start)
	}
	return rows.Err()
}

// After checkedDocuments documents, or checkBudget spent on checking them
// (more on an index of many segments), findText checks no more documents
// one by one against the full-text index and computes every match
// instead. The plan depends on time, the result does not. Tests lower
// checkedDocuments to cover both plans.
var (
	checkedDocuments = 1000
	checkBudget      = 25 * time.Millisecond
)

// queryEvents runs q.
func (s *Store) queryEvents(ctx context.Context, q eventQuery, limit int) ([]sitrep.EventRecord, error) {
	rows, err := s.db.QueryContext(ctx, q.selectSQL(eventColumns, limit), q.args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find events: %w", err)
	}
	defer rows.Close()
	var out []sitrep.EventRecord
	for rows.Next() {
		r, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("sqlite: find events: %w", err)
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: find events: %w", err)
	}
	return out, nil
}

// rareMatches is the number of matches up to which a full-text query or a
// bounding box drives the search. Tests lower it to cover both plans.
var rareMatches = 2000

// fewRows reports whether query returns at most n rows.
func (s *Store) fewRows(ctx context.Context, query string, args []any, n int) (bool, error) {
	var count int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM (`+query+` LIMIT ?)`, append(args, n+1)...).Scan(&count)
	return count <= n, err
}

func scanEvent(rows *sql.Rows) (sitrep.EventRecord, error) {
	var (
		r                                           sitrep.EventRecord
		category, modality                          string
		timePrec, geoPrec                           int
		deadMin, deadMax, injMin, injMax, published sql.NullInt64
		deadOpen, injOpen                           sql.NullBool
	)
	err := rows.Scan(&r.Document, &r.Index, &r.Incident, &category, &r.Mode, &modality, &r.Date, &timePrec,
		&r.Actor, &r.ActorCode, &r.Target, &r.TargetCode, &r.Place, &r.Admin1, &r.Country,
		&r.Lat, &r.Lon, &geoPrec,
		&deadMin, &deadMax, &deadOpen, &injMin, &injMax, &injOpen,
		&r.CAMEO, &r.QuadClass, &r.ACLEDType, &r.ACLEDSubType,
		&r.Source, &r.Title, &r.URL, &published, &r.Trigger, &r.Evidence, &r.Span.Start, &r.Span.End)
	if err != nil {
		return r, err
	}
	r.Category, r.Modality = sitrep.Category(category), sitrep.Modality(modality)
	r.Precision, r.GeoPrecision = sitrep.TimePrecision(timePrec), sitrep.GeoPrecision(geoPrec)
	r.Dead = countOf(deadMin, deadMax, deadOpen)
	r.Injured = countOf(injMin, injMax, injOpen)
	if published.Valid {
		r.Published = time.Unix(published.Int64, 0).UTC()
	}
	return r, nil
}

func countOf(min, max sql.NullInt64, open sql.NullBool) *sitrep.Count {
	if !min.Valid {
		return nil
	}
	c := &sitrep.Count{Min: int(min.Int64), Max: int(max.Int64), Open: open.Bool}
	if c.Open {
		c.Max = 0
	}
	return c
}

// isActorCode reports whether s looks like a CAMEO-style actor code
// ("SYRGOV", "usamil", "CVL") rather than a word of a name.
func isActorCode(s string) bool {
	if len(s) < 3 || len(s) > 12 {
		return false
	}
	for _, r := range s {
		if !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9') {
			return false
		}
	}
	// Codes are written in capitals; in lower case, only a word that ends
	// in a CAMEO sector code is taken for one.
	return strings.ToUpper(s) == s || hasSectorSuffix(strings.ToUpper(s))
}

func hasSectorSuffix(s string) bool {
	for _, suf := range []string{"GOV", "MIL", "REB", "CVL", "POL", "OPP", "MED", "BUS", "IGO", "UNO", "JUD", "LEG"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// dayOf returns the day number of t's date, as events.day stores it.
func dayOf(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

const incidentColumns = `id, category, mode, place, country, COALESCE(lat, 0), COALESCE(lon, 0), geo_precision,
	first_date, last_date, time_precision, actors, targets,
	dead_low, dead_best, dead_high, dead_reports, injured_low, injured_best, injured_high, injured_reports,
	status, detail`

// Incident returns the incident with every report, or ErrNotFound.
func (s *Store) Incident(ctx context.Context, id int64) (*sitrep.Incident, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+incidentColumns+` FROM incidents WHERE id = ?`, id)
	if err != nil {
		return nil, fmt.Errorf("sqlite: incident %d: %w", id, err)
	}
	incs, err := scanIncidents(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: incident %d: %w", id, err)
	}
	if len(incs) == 0 {
		return nil, fmt.Errorf("incident %d: %w", id, sitrep.ErrNotFound)
	}
	return incs[0], nil
}

// FindIncidents returns the incidents that match f, ordered by ID.
func (s *Store) FindIncidents(ctx context.Context, f sitrep.IncidentFilter) ([]*sitrep.Incident, error) {
	var (
		where []string
		args  []any
	)
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if !f.From.IsZero() {
		add(`COALESCE(last_day, first_day) >= ?`, dayOf(f.From))
	}
	if !f.To.IsZero() {
		add(`first_day <= ?`, dayOf(f.To))
	}
	if b := f.BBox; b != nil {
		add(`geo_precision > 0 AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?`, b.MinLat, b.MaxLat, b.MinLon, b.MaxLon)
	}
	if f.Country != "" {
		add(`country = ?`, strings.ToUpper(f.Country))
	}
	if f.Category != "" {
		add(`category = ?`, strings.ToUpper(string(f.Category)))
	}
	if f.MinReports > 0 {
		add(`reports >= ?`, f.MinReports)
	}
	q := `SELECT ` + incidentColumns + ` FROM incidents`
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY id`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find incidents: %w", err)
	}
	incs, err := scanIncidents(rows)
	if err != nil {
		return nil, fmt.Errorf("sqlite: find incidents: %w", err)
	}
	return incs, nil
}

func scanIncidents(rows *sql.Rows) ([]*sitrep.Incident, error) {
	defer rows.Close()
	var out []*sitrep.Incident
	for rows.Next() {
		var (
			inc               sitrep.Incident
			category, status  string
			geoPrec, timePrec int
			actors, targets   string
			detail            []byte
		)
		err := rows.Scan(&inc.ID, &category, &inc.Mode, &inc.Place, &inc.Country, &inc.Lat, &inc.Lon, &geoPrec,
			&inc.First, &inc.Last, &timePrec, &actors, &targets,
			&inc.Dead.Low, &inc.Dead.Best, &inc.Dead.High, &inc.Dead.Reports,
			&inc.Injured.Low, &inc.Injured.Best, &inc.Injured.High, &inc.Injured.Reports,
			&status, &detail)
		if err != nil {
			return nil, err
		}
		inc.Category, inc.Status = sitrep.Category(category), sitrep.AttributionStatus(status)
		inc.GeoPrecision, inc.TimePrecision = sitrep.GeoPrecision(geoPrec), sitrep.TimePrecision(timePrec)
		inc.Actors, inc.Targets = splitParties(actors), splitParties(targets)
		if err := json.Unmarshal(detail, &inc.Reports); err != nil {
			return nil, fmt.Errorf("incident %d: decode reports: %w", inc.ID, err)
		}
		out = append(out, &inc)
	}
	return out, rows.Err()
}

// FindPlace returns the stored place named name (case-insensitive), the
// most precise and most often mentioned one if several, or ErrNotFound.
// It lets queries say "near Deir ez-Zor" without loading a gazetteer.
func (s *Store) FindPlace(ctx context.Context, name string) (sitrep.Place, error) {
	var p sitrep.Place
	var precision int
	err := s.db.QueryRowContext(ctx, `SELECT name, country, admin1, admin1_name, lat, lon, feature, precision, geonameid
		FROM places WHERE name = ? COLLATE NOCASE AND kind <> ?
		GROUP BY geonameid, name ORDER BY precision, COUNT(*) DESC, geonameid LIMIT 1`, name, int(sitrep.PlaceInName)).
		Scan(&p.Name, &p.Country, &p.Admin1, &p.Admin1Name, &p.Lat, &p.Lon, &p.Feature, &precision, &p.GeonameID)
	if err != nil {
		return p, notFound(err, "place "+name)
	}
	p.Precision = sitrep.GeoPrecision(precision)
	return p, nil
}

func splitParties(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, partySeparator)
}
