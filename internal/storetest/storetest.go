// Package storetest is the conformance suite that every sitrep.Store
// implementation runs:
//
//	func TestStore(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) sitrep.Store { return open(t) })
//	}
//
// Its fixtures are built by hand, not by the pipeline, so that the suite
// tests storage alone and does not change when the stages improve.
package storetest

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Run runs every conformance test, each on a fresh, empty store from open.
func Run(t *testing.T, open func(t *testing.T) sitrep.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, sitrep.Store)
	}{
		{"DocumentRoundTrip", testDocumentRoundTrip},
		{"Duplicates", testDuplicates},
		{"NotExtracted", testNotExtracted},
		{"NotFound", testNotFound},
		{"FindEvents", testFindEvents},
		{"Incidents", testIncidents},
		{"CanceledCommitStoresNothing", testCanceledCommit},
		{"Stories", testStories},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() { s.Close() })
			tt.fn(t, s)
		})
	}
}

var (
	monday    = time.Date(2017, 10, 23, 0, 0, 0, 0, time.UTC)
	published = time.Date(2017, 10, 24, 9, 0, 0, 0, time.UTC)
)

// Article returns a hand-annotated document: an airstrike in Deir ez-Zor,
// with a casualty figure, an accusation and a denial. Its text varies with
// variant, so that tests can make distinct documents; its URL is url.
func Article(t testing.TB, variant, url string) *sitrep.Document {
	t.Helper()
	text := "DAMASCUS (SANA) - US-led coalition airstrikes killed at least 14 civilians in Deir ez-Zor on Monday, " +
		"the Syrian Foreign Ministry said. The coalition denied the report. " + variant
	doc := sitrep.NewDocument(text, sitrep.Metadata{Source: "SANA", URL: url, Title: "Airstrikes in Deir ez-Zor " + variant,
		Published: published, Language: "en"})
	span := func(s string) sitrep.Span {
		i := strings.Index(doc.Text, s)
		if i < 0 {
			t.Fatalf("fixture: %q not in text", s)
		}
		return sitrep.Span{Start: i, End: i + len(s)}
	}
	doc.Meta.Dateline = sitrep.Dateline{Span: span("DAMASCUS (SANA) -"), Place: span("DAMASCUS"), Source: span("SANA")}
	doc.Mentions = []sitrep.Mention{
		{Span: span("US-led coalition"), Type: sitrep.ORG, Kind: sitrep.MentionName, Entity: 0},
		{Span: span("civilians"), Type: sitrep.NORP, Kind: sitrep.MentionNominal, Entity: 1},
		{Span: span("Deir ez-Zor"), Type: sitrep.GPE, Kind: sitrep.MentionName, Entity: 2},
		{Span: span("Syrian Foreign Ministry"), Type: sitrep.ORG, Kind: sitrep.MentionName, Entity: 3},
		{Span: span("The coalition"), Type: sitrep.ORG, Kind: sitrep.MentionNominal, Entity: 0},
	}
	doc.Entities = []sitrep.Entity{
		{Type: sitrep.ORG, Name: 0, Mentions: []int{0, 4}, Actor: "USAMIL", Affiliation: -1},
		{Type: sitrep.NORP, Name: 1, Mentions: []int{1}, Actor: "CVL", Affiliation: -1},
		{Type: sitrep.GPE, Name: 2, Mentions: []int{2}, Affiliation: -1},
		{Type: sitrep.ORG, Name: 3, Mentions: []int{3}, Actor: "SYRGOV", Affiliation: -1},
	}
	doc.Places = []sitrep.Place{{Span: span("Deir ez-Zor"), Kind: sitrep.PlaceToponym, Mention: 2, GeonameID: 170794,
		Name: "Deir ez-Zor", Country: "SY", Admin1: "05", Admin1Name: "Deir ez-Zor", Lat: 35.336, Lon: 40.140,
		Feature: "P.PPLA", Precision: sitrep.PrecisionTown, Score: 0.9}}
	doc.Focus = sitrep.Focus{Country: "SY", City: 0}
	doc.Times = []sitrep.Time{{Span: span("Monday"), Type: sitrep.TimeDate, Value: "2017-10-23"}}
	doc.Numbers = []sitrep.Number{{Span: span("at least 14"), Value: sitrep.Count{Min: 14, Open: true}, Qualifier: "at least"}}
	doc.Figures = []sitrep.Figure{{Span: span("at least 14 civilians"), Number: 0, Count: sitrep.Count{Min: 14, Open: true},
		Unit: sitrep.UnitKilled, UnitCue: span("killed"), Victim: "civilians", VictimCue: span("civilians"), PartOf: -1}}
	accusation := span("US-led coalition airstrikes killed at least 14 civilians in Deir ez-Zor on Monday, the Syrian Foreign Ministry said.")
	denial := span("The coalition denied the report.")
	doc.Attributions = []sitrep.Attribution{
		{Span: accusation, Source: span("the Syrian Foreign Ministry"), Cue: span("said"),
			Content: span("US-led coalition airstrikes killed at least 14 civilians in Deir ez-Zor on Monday"),
			Speaker: 3, Stance: sitrep.StanceAccuse},
		{Span: denial, Source: span("The coalition"), Cue: span("denied"), Content: span("the report"),
			Speaker: 0, Stance: sitrep.StanceDeny},
	}
	doc.Events = []sitrep.Event{{
		Span: span("airstrikes"), Category: sitrep.ASSAULT, Mode: "aerial", Modality: sitrep.Asserted,
		Actor:  sitrep.Argument{Span: span("US-led coalition"), Mention: 0, Entity: 0},
		Target: sitrep.Argument{Span: span("civilians"), Mention: 1, Entity: 1},
		Place:  0, Date: sitrep.SentenceDate{Time: 0, Value: "2017-10-23", Precision: sitrep.TimeDay},
		Dead: 0, Injured: -1, Figures: []int{0}, Sources: []int{0},
		Claims: []sitrep.Claim{
			{Stance: sitrep.StanceAccuse, Attribution: 0, By: 3, Actor: 0},
			{Stance: sitrep.StanceDeny, Attribution: 1, By: 0, Actor: 0},
		},
		Evidence: []sitrep.Span{accusation, denial},
		CAMEO:    "19", QuadClass: 4, ACLEDType: "Explosions/Remote violence", ACLEDSubType: "Air/drone strike",
	}}
	if err := doc.Check(); err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return doc
}

// Protest returns a hand-annotated document about a protest in Kabul, with
// no casualties, for filters to tell apart from Article.
func Protest(t testing.TB) *sitrep.Document {
	t.Helper()
	text := "KABUL - Hundreds of students protested outside the university on 3 March 2019 against the new exam rules."
	doc := sitrep.NewDocument(text, sitrep.Metadata{Source: "Pajhwok", Title: "Students protest in Kabul",
		Published: time.Date(2019, 3, 4, 8, 0, 0, 0, time.UTC), Language: "en"})
	i := strings.Index(doc.Text, "protested")
	k := strings.Index(doc.Text, "KABUL")
	doc.Places = []sitrep.Place{{Span: sitrep.Span{Start: k, End: k + 5}, Kind: sitrep.PlaceDatelineName, Mention: -1,
		GeonameID: 1138958, Name: "Kabul", Country: "AF", Lat: 34.528, Lon: 69.172, Feature: "P.PPLC",
		Precision: sitrep.PrecisionTown}}
	doc.Events = []sitrep.Event{{
		Span: sitrep.Span{Start: i, End: i + len("protested")}, Category: sitrep.PROTEST, Mode: "demonstrate",
		Modality: sitrep.Asserted, Actor: sitrep.Argument{Mention: -1, Entity: -1}, Target: sitrep.Argument{Mention: -1, Entity: -1},
		Place: 0, Date: sitrep.SentenceDate{Time: -1, Value: "2019-03-03", Precision: sitrep.TimeDay},
		Dead: -1, Injured: -1, Evidence: []sitrep.Span{{Start: 0, End: len(doc.Text)}},
		CAMEO: "14", QuadClass: 3, ACLEDType: "Protests", ACLEDSubType: "Peaceful protest",
	}}
	doc.Focus = sitrep.Focus{Country: "AF", City: 0}
	if err := doc.Check(); err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return doc
}

func commit(t *testing.T, s sitrep.Store, b *sitrep.Batch) {
	t.Helper()
	if err := s.Commit(t.Context(), b); err != nil {
		t.Fatalf("Commit: %v", err)
	}
}

func stats(t *testing.T, s sitrep.Store) sitrep.Stats {
	t.Helper()
	st, err := s.Stats(t.Context())
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	return st
}

func testDocumentRoundTrip(t *testing.T, s sitrep.Store) {
	want := Article(t, "", "https://example.org/strike")
	commit(t, s, &sitrep.Batch{Documents: []*sitrep.Document{want}})
	got, err := s.Document(t.Context(), want.ID)
	if err != nil {
		t.Fatalf("Document(%s): %v", want.ID, err)
	}
	if got.Text != want.Text || got.Hash != want.Hash || got.ID != want.ID {
		t.Errorf("Document(%s): text, hash or ID differ", want.ID)
	}
	if !got.Meta.Published.Equal(want.Meta.Published) {
		t.Errorf("Published = %v, want %v", got.Meta.Published, want.Meta.Published)
	}
	got.Meta.Published = want.Meta.Published
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"Meta", got.Meta, want.Meta},
		{"Mentions", got.Mentions, want.Mentions},
		{"Entities", got.Entities, want.Entities},
		{"Places", got.Places, want.Places},
		{"Times", got.Times, want.Times},
		{"Figures", got.Figures, want.Figures},
		{"Attributions", got.Attributions, want.Attributions},
		{"Events", got.Events, want.Events},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			t.Errorf("Document(%s).%s =\n%+v\nwant\n%+v", want.ID, f.name, f.got, f.want)
		}
	}
	if err := got.Check(); err != nil {
		t.Errorf("stored document fails Check: %v", err)
	}
	if st := stats(t, s); st.Documents != 1 || st.Events != 1 {
		t.Errorf("Stats = %+v, want 1 document and 1 event", st)
	}
}

func testDuplicates(t *testing.T, s sitrep.Store) {
	ctx := t.Context()
	a := Article(t, "", "https://www.example.org/strike/?utm_source=feed")
	if ok, err := s.HasDocument(ctx, a.Hash, a.Meta.URL); err != nil || ok {
		t.Fatalf("HasDocument before Commit = %v, %v; want false, nil", ok, err)
	}
	batch := &sitrep.Batch{Documents: []*sitrep.Document{a}}
	commit(t, s, batch)
	commit(t, s, batch) // idempotent
	for _, tt := range []struct {
		hash, url string
		want      bool
	}{
		{a.Hash, "", true},
		{"0000", "http://example.org/strike#comments", true},
		{"0000", "https://EXAMPLE.org/strike", true},
		{"0000", "https://example.org/other", false},
		{"0000", "", false},
	} {
		if got, err := s.HasDocument(ctx, tt.hash, tt.url); err != nil || got != tt.want {
			t.Errorf("HasDocument(%.8s, %q) = %v, %v; want %v", tt.hash, tt.url, got, err, tt.want)
		}
	}
	// Same URL, different text (an updated page): a duplicate by URL.
	b := Article(t, "Updated.", "https://example.org/strike")
	// Same text, different URL (syndication): a duplicate by hash.
	c := Article(t, "", "https://mirror.example.net/strike")
	commit(t, s, &sitrep.Batch{Documents: []*sitrep.Document{b, c}})
	if st := stats(t, s); st.Documents != 1 || st.Events != 1 {
		t.Errorf("after duplicates, Stats = %+v, want 1 document and 1 event", st)
	}
	// Two distinct documents in one batch, one of them twice.
	d := Article(t, "Second report.", "")
	e := Protest(t)
	commit(t, s, &sitrep.Batch{Documents: []*sitrep.Document{d, e, d}})
	if st := stats(t, s); st.Documents != 3 || st.Events != 3 {
		t.Errorf("Stats = %+v, want 3 documents and 3 events", st)
	}
}

func testNotExtracted(t *testing.T, s sitrep.Store) {
	doc := sitrep.NewDocument("Des frappes aériennes ont tué au moins 14 civils à Deir ez-Zor lundi.",
		sitrep.Metadata{Language: "fr", Source: "AFP"})
	commit(t, s, &sitrep.Batch{Documents: []*sitrep.Document{doc, Protest(t)}})
	st := stats(t, s)
	if st.Documents != 2 || st.NotExtracted != 1 {
		t.Errorf("Stats = %+v, want 2 documents, 1 not extracted", st)
	}
	got, err := s.Document(t.Context(), doc.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Meta.Language != "fr" || got.Text != doc.Text {
		t.Errorf("Document(%s) language %q, text %q; want fr and the original text", doc.ID, got.Meta.Language, got.Text)
	}
}

func testNotFound(t *testing.T, s sitrep.Store) {
	if _, err := s.Document(t.Context(), "0123456789abcdef"); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Document(missing) error = %v, want ErrNotFound", err)
	}
	if _, err := s.Incident(t.Context(), 42); !errors.Is(err, sitrep.ErrNotFound) {
		t.Errorf("Incident(missing) error = %v, want ErrNotFound", err)
	}
}

func testFindEvents(t *testing.T, s sitrep.Store) {
	strike, protest := Article(t, "", "https://example.org/strike"), Protest(t)
	commit(t, s, &sitrep.Batch{Documents: []*sitrep.Document{strike, protest}})
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name   string
		filter sitrep.EventFilter
		want   []string // document IDs, in order
	}{
		{"all", sitrep.EventFilter{}, []string{protest.ID, strike.ID}},
		{"from", sitrep.EventFilter{From: day(2018, 1, 1)}, []string{protest.ID}},
		{"to", sitrep.EventFilter{To: day(2017, 10, 23)}, []string{strike.ID}},
		{"to before", sitrep.EventFilter{To: day(2017, 10, 22)}, nil},
		{"day", sitrep.EventFilter{From: monday, To: monday}, []string{strike.ID}},
		{"bbox Syria", sitrep.EventFilter{BBox: &sitrep.BBox{MinLat: 32, MinLon: 35, MaxLat: 37.5, MaxLon: 42.5}}, []string{strike.ID}},
		{"bbox and days", sitrep.EventFilter{BBox: &sitrep.BBox{MinLat: 32, MinLon: 35, MaxLat: 37.5, MaxLon: 42.5}, From: monday, To: monday}, []string{strike.ID}},
		{"bbox, other days", sitrep.EventFilter{BBox: &sitrep.BBox{MinLat: 32, MinLon: 35, MaxLat: 37.5, MaxLon: 42.5}, From: day(2018, 1, 1)}, nil},
		{"bbox empty", sitrep.EventFilter{BBox: &sitrep.BBox{MinLat: -10, MinLon: -10, MaxLat: 10, MaxLon: 10}}, nil},
		{"country", sitrep.EventFilter{Country: "af"}, []string{protest.ID}},
		{"category", sitrep.EventFilter{Category: sitrep.ASSAULT}, []string{strike.ID}},
		{"mode", sitrep.EventFilter{Mode: "aerial"}, []string{strike.ID}},
		{"mode other", sitrep.EventFilter{Category: sitrep.ASSAULT, Mode: "demonstrate"}, nil},
		{"actor code", sitrep.EventFilter{Actor: "usamil"}, []string{strike.ID}},
		{"actor name", sitrep.EventFilter{Actor: "coalition"}, []string{strike.ID}},
		{"source", sitrep.EventFilter{Source: "pajhwok"}, []string{protest.ID}},
		{"text", sitrep.EventFilter{Text: "airstrikes"}, []string{strike.ID}},
		{"text phrase", sitrep.EventFilter{Text: `"exam rules"`}, []string{protest.ID}},
		{"text none", sitrep.EventFilter{Text: "earthquake"}, nil},
		{"document", sitrep.EventFilter{Document: protest.ID}, []string{protest.ID}},
		{"limit", sitrep.EventFilter{Limit: 1}, []string{protest.ID}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.FindEvents(t.Context(), tt.filter)
			if err != nil {
				t.Fatalf("FindEvents(%+v): %v", tt.filter, err)
			}
			var ids []string
			for _, r := range got {
				ids = append(ids, r.Document)
			}
			if !reflect.DeepEqual(ids, tt.want) {
				t.Errorf("FindEvents(%+v) = %v, want %v", tt.filter, ids, tt.want)
			}
		})
	}
	got, err := s.FindEvents(t.Context(), sitrep.EventFilter{Document: strike.ID})
	if err != nil || len(got) != 1 {
		t.Fatalf("FindEvents(strike) = %v, %v", got, err)
	}
	r := got[0]
	want := sitrep.EventRecord{
		Document: strike.ID, Category: sitrep.ASSAULT, Mode: "aerial", Modality: sitrep.Asserted,
		Date: "2017-10-23", Precision: sitrep.TimeDay, Actor: "US-led coalition", ActorCode: "USAMIL",
		Target: "civilians", TargetCode: "CVL", Place: "Deir ez-Zor", Admin1: "Deir ez-Zor", Country: "SY",
		Lat: 35.336, Lon: 40.140, GeoPrecision: sitrep.PrecisionTown, Dead: &sitrep.Count{Min: 14, Open: true},
		CAMEO: "19", QuadClass: 4, ACLEDType: "Explosions/Remote violence", ACLEDSubType: "Air/drone strike",
		Source: "SANA", Title: strike.Meta.Title, URL: "https://example.org/strike", Published: published,
		Trigger: "airstrikes", Evidence: strike.Events[0].Evidence[0].Text(strike), Span: strike.Events[0].Span,
		// The fixture has no sentences, so the evidence is the first evidence span.
	}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("FindEvents(strike)[0] =\n%+v\nwant\n%+v", r, want)
	}
}

// Incident returns an incident over the events of docs, as a linker would.
func Incident(id int64, docs ...*sitrep.Document) *sitrep.Incident {
	inc := &sitrep.Incident{ID: id, Category: sitrep.ASSAULT, Mode: "aerial", Place: "Deir ez-Zor", Country: "SY",
		Lat: 35.336, Lon: 40.140, GeoPrecision: sitrep.PrecisionTown, First: "2017-10-23", Last: "2017-10-23",
		TimePrecision: sitrep.TimeDay, Actors: []string{"USAMIL"}, Targets: []string{"CVL"},
		Dead:   sitrep.CasualtyRange{Low: 14, Best: 14, High: 14, Reports: len(docs)},
		Status: sitrep.Contested}
	for i, d := range docs {
		reason := "new incident"
		if i > 0 {
			reason = "same category, 0 km, 0 days"
		}
		inc.Reports = append(inc.Reports, sitrep.Report{Document: d.ID, Event: 0, Source: d.Meta.Source,
			Published: d.Meta.Published, Reason: reason, Date: "2017-10-23", Place: "Deir ez-Zor", Actor: "USAMIL",
			Target: "CVL", Dead: &sitrep.Count{Min: 14, Open: true},
			Claims: []sitrep.ReportClaim{{Stance: sitrep.StanceAccuse, By: "SYRGOV", Text: "the Syrian Foreign Ministry said"},
				{Stance: sitrep.StanceDeny, By: "USAMIL", Self: true, Text: "The coalition denied the report."}},
			Evidence: "US-led coalition airstrikes killed at least 14 civilians"})
	}
	return inc
}

func testIncidents(t *testing.T, s sitrep.Store) {
	ctx := t.Context()
	a, b, p := Article(t, "", ""), Article(t, "More.", ""), Protest(t)
	inc := Incident(1, a)
	commit(t, s, &sitrep.Batch{Documents: []*sitrep.Document{a, p}, Incidents: []*sitrep.Incident{inc}})
	got, err := s.Incident(ctx, 1)
	if err != nil {
		t.Fatalf("Incident(1): %v", err)
	}
	if !reflect.DeepEqual(got, inc) {
		t.Errorf("Incident(1) =\n%+v\nwant\n%+v", got, inc)
	}
	// A second report arrives: the incident is replaced, not duplicated.
	inc = Incident(1, a, b)
	inc.Dead = sitrep.CasualtyRange{Low: 14, Best: 15, High: 16, Reports: 2}
	commit(t, s, &sitrep.Batch{Documents: []*sitrep.Document{b}, Incidents: []*sitrep.Incident{inc}})
	got, err = s.Incident(ctx, 1)
	if err != nil || len(got.Reports) != 2 || got.Dead != inc.Dead {
		t.Fatalf("Incident(1) after update = %+v, %v; want 2 reports and %+v", got, err, inc.Dead)
	}
	if st := stats(t, s); st.Incidents != 1 {
		t.Errorf("Stats.Incidents = %d, want 1", st.Incidents)
	}
	events, err := s.FindEvents(ctx, sitrep.EventFilter{Incident: 1})
	if err != nil || len(events) != 2 {
		t.Fatalf("FindEvents(incident 1) = %d events, %v; want 2", len(events), err)
	}
	for _, e := range events {
		if e.Incident != 1 {
			t.Errorf("event %s/%d incident = %d, want 1", e.Document, e.Index, e.Incident)
		}
	}
	other := Incident(2, p)
	other.Category, other.Country, other.First, other.Last = sitrep.PROTEST, "AF", "2019-03-03", "2019-03-03"
	other.Lat, other.Lon = 34.528, 69.172
	commit(t, s, &sitrep.Batch{Incidents: []*sitrep.Incident{other}})
	for _, tt := range []struct {
		name   string
		filter sitrep.IncidentFilter
		want   []int64
	}{
		{"all", sitrep.IncidentFilter{}, []int64{1, 2}},
		{"category", sitrep.IncidentFilter{Category: sitrep.PROTEST}, []int64{2}},
		{"country", sitrep.IncidentFilter{Country: "sy"}, []int64{1}},
		{"reports", sitrep.IncidentFilter{MinReports: 2}, []int64{1}},
		{"from", sitrep.IncidentFilter{From: time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)}, []int64{2}},
		{"to", sitrep.IncidentFilter{To: monday}, []int64{1}},
		{"bbox", sitrep.IncidentFilter{BBox: &sitrep.BBox{MinLat: 30, MinLon: 60, MaxLat: 40, MaxLon: 75}}, []int64{2}},
		{"limit", sitrep.IncidentFilter{Limit: 1}, []int64{1}},
	} {
		got, err := s.FindIncidents(ctx, tt.filter)
		if err != nil {
			t.Fatalf("FindIncidents(%s): %v", tt.name, err)
		}
		var ids []int64
		for _, inc := range got {
			ids = append(ids, inc.ID)
		}
		if !reflect.DeepEqual(ids, tt.want) {
			t.Errorf("FindIncidents(%s) = %v, want %v", tt.name, ids, tt.want)
		}
	}
}

func testCanceledCommit(t *testing.T, s sitrep.Store) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	err := s.Commit(ctx, &sitrep.Batch{Documents: []*sitrep.Document{Article(t, "", ""), Protest(t)}})
	if err == nil {
		t.Fatal("Commit with a canceled context succeeded, want an error")
	}
	if st := stats(t, s); st.Documents != 0 || st.Events != 0 {
		t.Errorf("after a failed Commit, Stats = %+v, want nothing stored", st)
	}
}

// testStories checks that story records come back whole, in commit order
// (not document order), and that a document keeps its first record.
func testStories(t *testing.T, s sitrep.Store) {
	ctx := t.Context()
	a, b, c := Article(t, "A.", ""), Article(t, "B.", ""), Article(t, "C.", "")
	recA := sitrep.StoryRecord{Document: a.ID, Story: 2, Profile: []byte(`{"n":{"coalition":2}}`)}
	recB := sitrep.StoryRecord{Document: b.ID, Story: 1, Profile: []byte(`{"days":[17462]}`)}
	recC := sitrep.StoryRecord{Document: c.ID, Story: 1, Profile: []byte{0, 0xff, 'x'}}
	commit(t, s, &sitrep.Batch{Documents: []*sitrep.Document{a, b}, Stories: []sitrep.StoryRecord{recB, recA}})
	again := recA
	again.Story, again.Profile = 9, []byte(`{}`)
	commit(t, s, &sitrep.Batch{Documents: []*sitrep.Document{c, a}, Stories: []sitrep.StoryRecord{recC, again}})
	var got []sitrep.StoryRecord
	if err := s.Stories(ctx, func(r sitrep.StoryRecord) error {
		got = append(got, r)
		return nil
	}); err != nil {
		t.Fatalf("Stories: %v", err)
	}
	if want := []sitrep.StoryRecord{recB, recA, recC}; !reflect.DeepEqual(got, want) {
		t.Errorf("Stories =\n%+v\nwant\n%+v", got, want)
	}
	stop := errors.New("stop")
	calls := 0
	err := s.Stories(ctx, func(sitrep.StoryRecord) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) || calls != 1 {
		t.Errorf("Stories with fn failing = %v after %d calls, want %v after 1", err, calls, stop)
	}
}
