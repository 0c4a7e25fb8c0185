package incident_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/incident"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

// article is an undated text with its named parties and places marked, and
// optionally one event, for story linking.
type article struct {
	text   string
	names  []string       // person names, each marked at its first occurrence
	places map[string]int // place name → GeoNames id
	event  string         // trigger of one asserted event; "" for none
	date   string         // the event's day, "2013-05-02"; "" if unknown
}

func (a article) doc(t testing.TB) *sitrep.Document {
	t.Helper()
	d := sitrep.NewDocument(a.text, sitrep.Metadata{Language: "en"})
	if err := segment.New().Run(t.Context(), d); err != nil {
		t.Fatal(err)
	}
	at := func(s string) sitrep.Span {
		i := strings.Index(d.Text, s)
		if i < 0 {
			t.Fatalf("%q not in %q", s, d.Text)
		}
		return sitrep.Span{Start: i, End: i + len(s)}
	}
	type marked struct {
		span sitrep.Span
		typ  sitrep.EntityType
		geo  int
	}
	var all []marked
	for _, n := range a.names {
		all = append(all, marked{at(n), sitrep.PERSON, 0})
	}
	for n, id := range a.places {
		all = append(all, marked{at(n), sitrep.GPE, id})
	}
	// Layers are sorted by Start.
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			if all[j].span.Start < all[i].span.Start {
				all[i], all[j] = all[j], all[i]
			}
		}
	}
	for _, m := range all {
		i := len(d.Mentions)
		d.Mentions = append(d.Mentions, sitrep.Mention{Span: m.span, Type: m.typ, Kind: sitrep.MentionName, Entity: i})
		d.Entities = append(d.Entities, sitrep.Entity{Type: m.typ, Name: i, Mentions: []int{i}, Affiliation: -1})
		if m.typ == sitrep.GPE {
			d.Places = append(d.Places, sitrep.Place{Span: m.span, Kind: sitrep.PlaceToponym, Mention: i,
				GeonameID: m.geo, Name: m.span.Text(d), Country: "US", Lat: float64(m.geo % 90), Precision: sitrep.PrecisionTown})
		}
	}
	d.Focus.City = -1
	if a.event != "" {
		p := at(a.event)
		ev := sitrep.Event{Span: p, Category: sitrep.Category("MOVE"), Modality: sitrep.Asserted,
			Actor: sitrep.Argument{Mention: -1, Entity: -1}, Target: sitrep.Argument{Mention: -1, Entity: -1},
			Place: -1, Dead: -1, Injured: -1, Date: sitrep.SentenceDate{Time: -1}, Evidence: []sitrep.Span{p}}
		if len(d.Places) > 0 {
			ev.Place = 0
		}
		if a.date != "" {
			ev.Date.Value, ev.Date.Precision = a.date, sitrep.TimeDay
		}
		d.Events = []sitrep.Event{ev}
	}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	return d
}

// rehab holds two incidents of one kind, as an ECB+ topic does (Tara Reid
// enters a Malibu clinic; Lindsay Lohan enters the Betty Ford clinic), among
// unrelated articles that give the words their rarity, one of which shares
// a place with them.
var rehab = []article{
	{text: "The Malibu council approved the budget for the harbour after a long debate about fishing quotas.",
		places: map[string]int{"Malibu": 5370164}},
	{text: "Tara Reid checked into Promises Treatment Center in Malibu, her publicist said.",
		names: []string{"Tara Reid"}, places: map[string]int{"Malibu": 5370164}, event: "checked"},
	{text: "Farmers protested the price of grain outside the ministry, blocking traffic for hours."},
	{text: "Lindsay Lohan entered the Betty Ford Center in Rancho Mirage on Thursday, her lawyer said.",
		names: []string{"Lindsay Lohan"}, places: map[string]int{"Rancho Mirage": 5386015}, event: "entered"},
	{text: "Actress Tara Reid is in rehab at Promises in Malibu; her publicist asked for privacy.",
		names: []string{"Tara Reid"}, places: map[string]int{"Malibu": 5370164}},
	{text: "The storm flooded the coastal road and closed schools across the county on Friday."},
	{text: "Lohan checked into Betty Ford in Rancho Mirage to serve her sentence, a court spokesman confirmed.",
		names: []string{"Lohan"}, places: map[string]int{"Rancho Mirage": 5386015}, event: "checked"},
	{text: "Reid's publicist confirmed that Tara Reid checked into Promises for treatment.",
		names: []string{"Tara Reid"}, event: "checked"},
	{text: "Shares fell sharply as the central bank raised interest rates for the third time."},
}

func linkAll(t *testing.T, l *incident.Linker, arts []article) []string {
	t.Helper()
	var ids []string
	for _, a := range arts {
		d := a.doc(t)
		l.Link(d)
		ids = append(ids, d.ID)
	}
	return ids
}

func TestStoriesClusterReportsOfOneIncident(t *testing.T) {
	l := incident.New(incident.Config{}, nil)
	ids := linkAll(t, l, rehab)
	st := l.Stories()
	reid := []string{ids[1], ids[4], ids[7]}
	lohan := []string{ids[3], ids[6]}
	for _, group := range [][]string{reid, lohan} {
		for _, id := range group[1:] {
			if st[id] != st[group[0]] {
				t.Errorf("story of %s = %d, want %d as %s", id, st[id], st[group[0]], group[0])
			}
		}
	}
	if st[reid[0]] == st[lohan[0]] {
		t.Errorf("Reid and Lohan articles share story %d", st[reid[0]])
	}
	for _, i := range []int{0, 2, 5, 8} {
		for j, id := range ids {
			if j != i && st[id] == st[ids[i]] {
				t.Errorf("unrelated article %d shares story %d with article %d", i, st[id], j)
			}
		}
	}
	// The undated Lohan events, with no named party in common, join one
	// incident: their story stands in for the party, their shared place
	// and the story for the date.
	inc := map[string]int64{}
	for _, in := range l.Incidents() {
		for _, r := range in.Reports {
			inc[r.Document] = in.ID
		}
	}
	if inc[ids[3]] == 0 || inc[ids[3]] != inc[ids[6]] {
		t.Errorf("Lohan events in incidents %d and %d, want one", inc[ids[3]], inc[ids[6]])
	}
	if inc[ids[1]] == inc[ids[3]] {
		t.Errorf("Reid and Lohan events share incident %d", inc[ids[1]])
	}
}

func TestStoriesVetoConflictingDates(t *testing.T) {
	arts := append([]article(nil), rehab...)
	arts[3].date = "2013-05-02"
	arts[6].date = "2011-05-02" // the same words and names, two years apart
	l := incident.New(incident.Config{}, nil)
	ids := linkAll(t, l, arts)
	if st := l.Stories(); st[ids[3]] == st[ids[6]] {
		t.Errorf("articles dated two years apart share story %d", st[ids[3]])
	}
	arts[6].date = "2013-05-03"
	l = incident.New(incident.Config{}, nil)
	ids = linkAll(t, l, arts)
	if st := l.Stories(); st[ids[3]] != st[ids[6]] {
		t.Errorf("articles dated a day apart in stories %d and %d", st[ids[3]], st[ids[6]])
	}
}

func TestStoriesThreshold(t *testing.T) {
	// At a similarity no pair of articles reaches, every article is a story.
	l := incident.New(incident.Config{StoryThreshold: 1.01}, nil)
	linkAll(t, l, rehab)
	seen := map[int64]bool{}
	for _, st := range l.Stories() {
		seen[st] = true
	}
	if len(seen) != len(rehab) {
		t.Errorf("%d stories, want %d", len(seen), len(rehab))
	}
}

func TestStoriesDeterministicAndReplayed(t *testing.T) {
	all := incident.New(incident.Config{}, nil)
	linkAll(t, all, rehab)
	again := incident.New(incident.Config{}, nil)
	linkAll(t, again, rehab)
	if !reflect.DeepEqual(all.Stories(), again.Stories()) {
		t.Fatalf("stories differ between runs:\n%v\n%v", all.Stories(), again.Stories())
	}
	// Stopped after five articles and restarted from the stored incidents,
	// with the stored articles replayed: the same stories and incidents.
	first := incident.New(incident.Config{}, nil)
	linkAll(t, first, rehab[:5])
	second := incident.New(incident.Config{}, roundTrip(t, first.Incidents()))
	for _, a := range rehab[:5] {
		second.Replay(a.doc(t))
	}
	linkAll(t, second, rehab[5:])
	if got, want := second.Stories(), all.Stories(); !reflect.DeepEqual(got, want) {
		t.Errorf("replayed stories %v, want %v", got, want)
	}
	if got, want := second.Incidents(), all.Incidents(); !reflect.DeepEqual(got, want) {
		t.Errorf("replayed incidents differ:\n%+v\nwant\n%+v", got, want)
	}

	// The same, restored from the story records Story gave, without the
	// articles: what a resumed ingest does.
	first = incident.New(incident.Config{}, nil)
	var records []sitrep.StoryRecord
	for _, a := range rehab[:5] {
		doc := a.doc(t)
		first.Link(doc)
		rec, ok := first.Story(doc.ID)
		if !ok {
			t.Fatalf("no story record for %s", doc.ID)
		}
		records = append(records, rec)
	}
	third := incident.New(incident.Config{}, roundTrip(t, first.Incidents()))
	for _, rec := range records {
		if want := all.Stories()[rec.Document]; rec.Story != want {
			t.Errorf("record of %s has story %d, want %d", rec.Document, rec.Story, want)
		}
		if err := third.Restore(rec); err != nil {
			t.Fatal(err)
		}
	}
	linkAll(t, third, rehab[5:])
	if got, want := third.Stories(), all.Stories(); !reflect.DeepEqual(got, want) {
		t.Errorf("restored stories %v, want %v", got, want)
	}
	if got, want := third.Incidents(), all.Incidents(); !reflect.DeepEqual(got, want) {
		t.Errorf("restored incidents differ:\n%+v\nwant\n%+v", got, want)
	}
	if err := third.Restore(sitrep.StoryRecord{Document: "x", Profile: []byte("{")}); err == nil {
		t.Error("Restore accepted a broken profile")
	}
}

func BenchmarkStories(b *testing.B) {
	var (
		docs  []*sitrep.Document
		bytes int64
	)
	for i := range 500 {
		a := rehab[i%len(rehab)]
		a.text = fmt.Sprintf("%s Item %d of the wire, filed by desk %d.", a.text, i, i%17)
		docs = append(docs, a.doc(b))
		bytes += int64(len(a.text))
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	for b.Loop() {
		l := incident.New(incident.Config{}, nil)
		for _, d := range docs {
			l.Link(d)
		}
	}
}

// FuzzStories links arbitrary text, with its story record restored into a
// fresh linker: no panic, and the record reads back.
func FuzzStories(f *testing.F) {
	for _, a := range rehab {
		f.Add(a.text, a.text)
	}
	f.Add("", "\"unbalanced «quotes ' \x00 \xff")
	f.Fuzz(func(t *testing.T, first, second string) {
		l := incident.New(incident.Config{}, nil)
		restored := incident.New(incident.Config{}, nil)
		for _, text := range []string{first, second} {
			d := sitrep.NewDocument(text, sitrep.Metadata{Language: "en"})
			if err := segment.New().Run(t.Context(), d); err != nil {
				t.Fatal(err)
			}
			l.Link(d)
			rec, ok := l.Story(d.ID)
			if !ok {
				t.Fatalf("no story record for %q", text)
			}
			if err := restored.Restore(rec); err != nil {
				t.Fatalf("restoring %s: %v", rec.Profile, err)
			}
		}
		if got, want := restored.Stories(), l.Stories(); !reflect.DeepEqual(got, want) {
			t.Errorf("restored stories %v, want %v", got, want)
		}
	})
}

// TestLinkPreparedLinksAsLink prepares the articles out of order, as
// parallel workers do, links them in order, and gets the incidents,
// stories and story records that Link gives.
func TestLinkPreparedLinksAsLink(t *testing.T) {
	var docs []*sitrep.Document
	for _, a := range rehab {
		docs = append(docs, a.doc(t))
	}
	plain, prepared := incident.New(incident.Config{}, nil), incident.New(incident.Config{}, nil)
	preps := make([]any, len(docs))
	for i := len(docs) - 1; i >= 0; i-- {
		preps[i] = prepared.Prepare(docs[i])
	}
	for i, d := range docs {
		want, got := plain.Link(d), prepared.LinkPrepared(d, preps[i])
		if !reflect.DeepEqual(got, want) {
			t.Errorf("article %d: LinkPrepared = %+v, Link = %+v", i, got, want)
		}
		wantRec, _ := plain.Story(d.ID)
		gotRec, ok := prepared.Story(d.ID)
		if !ok || !reflect.DeepEqual(gotRec, wantRec) {
			t.Errorf("article %d: story record after LinkPrepared = %+v, %v; want %+v", i, gotRec, ok, wantRec)
		}
	}
	if !reflect.DeepEqual(prepared.Stories(), plain.Stories()) {
		t.Errorf("stories differ: %v, want %v", prepared.Stories(), plain.Stories())
	}
	// What was prepared for another article is not used.
	d := docs[0]
	again, fresh := incident.New(incident.Config{}, nil), incident.New(incident.Config{}, nil)
	if got, want := again.LinkPrepared(d, preps[1]), fresh.Link(d); !reflect.DeepEqual(got, want) {
		t.Errorf("LinkPrepared with another article's preparation = %+v, want %+v", got, want)
	}
}
