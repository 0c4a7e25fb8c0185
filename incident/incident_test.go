package incident_test

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/incident"
)

// report describes one article's single event, for building documents.
type report struct {
	source    string
	category  sitrep.Category
	lat, lon  float64
	geo       sitrep.GeoPrecision // 0: no place
	country   string
	date      string
	precision sitrep.TimePrecision
	actor     string // actor code; "" unknown
	target    string // target code; "" unknown
	dead      *sitrep.Count
	claims    []sitrep.Stance // each by a third party, except deny, by the actor
}

// doc builds a document whose text names the event's parts, with spans
// into it, so that it passes Check.
func doc(t testing.TB, r report) *sitrep.Document {
	t.Helper()
	text := fmt.Sprintf("%s report: the actor struck the town, killing people, an official said. The actor denied it. %v %v",
		r.source, r.lat, r.date)
	d := sitrep.NewDocument(text, sitrep.Metadata{Source: r.source, Language: "en",
		Published: time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)})
	at := func(s string) sitrep.Span {
		for i := 0; i+len(s) <= len(d.Text); i++ {
			if d.Text[i:i+len(s)] == s {
				return sitrep.Span{Start: i, End: i + len(s)}
			}
		}
		t.Fatalf("%q not in text", s)
		return sitrep.Span{}
	}
	d.Mentions = []sitrep.Mention{{Span: at("the actor"), Type: sitrep.ORG, Kind: sitrep.MentionNominal, Entity: 0},
		{Span: at("an official"), Type: sitrep.PERSON, Kind: sitrep.MentionNominal, Entity: 1}}
	d.Entities = []sitrep.Entity{{Type: sitrep.ORG, Name: 0, Mentions: []int{0}, Actor: r.actor, Affiliation: -1},
		{Type: sitrep.PERSON, Name: 1, Mentions: []int{1}, Affiliation: -1}}
	ev := sitrep.Event{Span: at("struck"), Category: r.category, Modality: sitrep.Asserted,
		Actor:  sitrep.Argument{Span: at("the actor"), Mention: 0, Entity: 0},
		Target: sitrep.Argument{Mention: -1, Entity: -1}, Place: -1,
		Date: sitrep.SentenceDate{Time: -1, Value: r.date, Precision: r.precision}, Dead: -1, Injured: -1,
		Evidence: []sitrep.Span{at("the actor struck the town, killing people, an official said.")}}
	if r.actor == "" {
		ev.Actor = sitrep.Argument{Mention: -1, Entity: -1}
	}
	if r.target != "" {
		// The target's mention, "people", comes before the official's:
		// mentions ascend by Start.
		d.Mentions = []sitrep.Mention{d.Mentions[0], {Span: at("people"), Type: sitrep.PERSON, Kind: sitrep.MentionNominal, Entity: 2}, d.Mentions[1]}
		d.Entities[1].Name, d.Entities[1].Mentions = 2, []int{2}
		d.Entities = append(d.Entities, sitrep.Entity{Type: sitrep.PERSON, Name: 1, Mentions: []int{1}, Actor: r.target, Affiliation: -1})
		ev.Target = sitrep.Argument{Span: at("people"), Mention: 1, Entity: 2}
	}
	if r.geo != 0 {
		d.Places = []sitrep.Place{{Span: at("the town"), Kind: sitrep.PlaceToponym, Mention: -1, Name: "Town",
			Country: r.country, Lat: r.lat, Lon: r.lon, Precision: r.geo}}
		ev.Place = 0
	}
	if r.dead != nil {
		d.Figures = []sitrep.Figure{{Span: at("people"), Number: -1, Count: *r.dead, Unit: sitrep.UnitKilled, PartOf: -1}}
		ev.Dead = 0
	}
	d.Attributions = []sitrep.Attribution{
		{Span: at("the actor struck the town, killing people, an official said."), Cue: at("said"), Speaker: 1, Stance: sitrep.StanceAccuse},
		{Span: at("The actor denied it."), Cue: at("denied"), Speaker: 0, Stance: sitrep.StanceDeny},
	}
	for _, s := range r.claims {
		c := sitrep.Claim{Stance: s, Attribution: 0, By: 1, Actor: 0}
		if s == sitrep.StanceDeny {
			c.Attribution, c.By = 1, 0
		}
		ev.Claims = append(ev.Claims, c)
	}
	d.Events = []sitrep.Event{ev}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	return d
}

var base = report{source: "A", category: sitrep.ASSAULT, lat: 35.33, lon: 40.14, geo: sitrep.PrecisionTown,
	country: "SY", date: "2017-10-23", precision: sitrep.TimeDay, actor: "USAMIL"}

func with(f func(*report)) report {
	r := base
	r.source = "B"
	f(&r)
	return r
}

// TestContestedVictimsNeedOneToll checks that civilians and fighters hit
// by one named actor link only when the dead they count can be the same.
func TestContestedVictimsNeedOneToll(t *testing.T) {
	for _, tc := range []struct {
		name          string
		first, second sitrep.Count
		linked        bool
	}{
		{"20 or more, and 23", sitrep.Count{Min: 20, Open: true}, sitrep.Count{Min: 23, Max: 23}, true},
		{"12, and 3", sitrep.Count{Min: 12, Max: 12}, sitrep.Count{Min: 3, Max: 3}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			first, second := base, with(func(r *report) { r.target = "REB" })
			first.target = "CVL"
			first.dead, second.dead = &tc.first, &tc.second
			l := incident.New(incident.Config{}, nil)
			a, b := l.Link(doc(t, first)), l.Link(doc(t, second))
			if linked := a[0].ID == b[0].ID; linked != tc.linked {
				t.Errorf("linked = %v, want %v", linked, tc.linked)
			}
		})
	}
}

// withTarget gives the first report of a pair civilians as target when the
// second names one.
func withTarget(second report) report {
	first := base
	if second.target != "" {
		first.target = "CVL"
	}
	return first
}

func TestLinkPairs(t *testing.T) {
	tests := []struct {
		name   string
		second report
		linked bool
	}{
		{"same", with(func(r *report) {}), true},
		{"next day", with(func(r *report) { r.date = "2017-10-24" }), true},
		{"three days later", with(func(r *report) { r.date = "2017-10-26" }), false},
		{"same week, week precision", with(func(r *report) { r.date = "2017-10-26"; r.precision = sitrep.TimeWeek }), true},
		{"20 km away", with(func(r *report) { r.lat += 0.18 }), true},
		{"100 km away", with(func(r *report) { r.lat += 0.9 }), false},
		{"20 km away, across a border", with(func(r *report) { r.lat += 0.18; r.country = "IQ" }), false},
		{"100 km away, province precision", with(func(r *report) { r.lat += 0.9; r.geo = sitrep.PrecisionAdmin1 }), true},
		{"country precision, same country", with(func(r *report) { r.lat += 3; r.geo = sitrep.PrecisionCountry }), true},
		{"country precision, other country", with(func(r *report) { r.geo = sitrep.PrecisionCountry; r.country = "IQ" }), false},
		{"other category", with(func(r *report) { r.category = sitrep.PROTEST }), false},
		{"same country's other actor", with(func(r *report) { r.actor = "USAGOV" }), true},
		{"other country's actor", with(func(r *report) { r.actor = "RUSMIL" }), false},
		{"unknown actor", with(func(r *report) { r.actor = "" }), true},
		{"no place, same actor", with(func(r *report) { r.geo = 0 }), true},
		{"no place, unknown actor", with(func(r *report) { r.geo = 0; r.actor = "" }), false},
		// Without a date, the publication date (2020-01-01) stands in, years later.
		{"no date", with(func(r *report) { r.date = "" }), false},
		// The first report counts civilians; the attacker's own says it hit
		// fighters. With the same named actor, that is one contested strike.
		{"civilians or fighters, same actor", with(func(r *report) { r.target = "REB" }), true},
		{"civilians or fighters, unknown actor", with(func(r *report) { r.target = "REB"; r.actor = "" }), false},
		{"civilians or another country's army", with(func(r *report) { r.target = "RUSGOV" }), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := incident.New(incident.Config{}, nil)
			first := l.Link(doc(t, withTarget(tt.second)))
			second := l.Link(doc(t, tt.second))
			if len(first) != 1 || len(second) != 1 {
				t.Fatalf("Link returned %d and %d incidents, want 1 each", len(first), len(second))
			}
			linked := first[0].ID == second[0].ID
			if linked != tt.linked {
				t.Errorf("linked = %v, want %v (reason %q)", linked, tt.linked, second[0].Reports[len(second[0].Reports)-1].Reason)
			}
		})
	}
}

func TestLinkSkipsSameDocumentAndUnreal(t *testing.T) {
	l := incident.New(incident.Config{}, nil)
	d := doc(t, base)
	d.Events = append(d.Events, d.Events[0]) // two events of one article are two incidents
	if got := l.Link(d); len(got) != 2 || got[0].ID == got[1].ID {
		t.Errorf("two events of one document: %d incidents, want 2 distinct", len(got))
	}
	h := doc(t, with(func(r *report) {}))
	h.Events[0].Modality = sitrep.Hypothetical
	if got := l.Link(h); len(got) != 0 {
		t.Errorf("a hypothetical event was linked: %+v", got)
	}
}

// TestLinkIsDeterministicAndResumable links the same reports in one go and
// in two sessions, the second continuing from the first's incidents as a
// store returns them, and expects the same incidents.
func TestLinkIsDeterministicAndResumable(t *testing.T) {
	var docs []*sitrep.Document
	for i := range 12 {
		docs = append(docs, doc(t, with(func(r *report) {
			r.source = fmt.Sprintf("S%d", i)
			r.lat += float64(i%3) * 2 // three places far apart
			r.dead = &sitrep.Count{Min: 10 + i, Max: 10 + i}
		})))
	}
	all := incident.New(incident.Config{}, nil)
	for _, d := range docs {
		all.Link(d)
	}
	first := incident.New(incident.Config{}, nil)
	for _, d := range docs[:5] {
		first.Link(d)
	}
	second := incident.New(incident.Config{}, roundTrip(t, first.Incidents()))
	for _, d := range docs[5:] {
		second.Link(d)
	}
	got, want := second.Incidents(), all.Incidents()
	if len(want) != 3 {
		t.Fatalf("%d incidents, want 3", len(want))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("resumed linking differs:\n%+v\nwant\n%+v", got, want)
	}
	if want[0].Dead != (sitrep.CasualtyRange{Low: 10, Best: 13, High: 19, Reports: 4}) {
		t.Errorf("incident 1 dead = %+v, want 10–13–19 from 4 reports", want[0].Dead)
	}
}

// roundTrip copies incidents as a store would return them.
func roundTrip(t *testing.T, incs []*sitrep.Incident) []*sitrep.Incident {
	var out []*sitrep.Incident
	for _, inc := range incs {
		c := *inc
		c.Reports = append([]sitrep.Report(nil), inc.Reports...)
		c.Actors = append([]string(nil), inc.Actors...)
		c.Targets = append([]string(nil), inc.Targets...)
		out = append(out, &c)
	}
	return out
}

func rng(low, best, high, reports int) sitrep.CasualtyRange {
	return sitrep.CasualtyRange{Low: low, Best: best, High: high, Reports: reports}
}

func TestCasualties(t *testing.T) {
	c := func(min, max int, open bool) *sitrep.Count { return &sitrep.Count{Min: min, Max: max, Open: open} }
	tests := []struct {
		name   string
		counts []*sitrep.Count
		want   sitrep.CasualtyRange
	}{
		{"none", []*sitrep.Count{nil, nil}, sitrep.CasualtyRange{}},
		{"one exact", []*sitrep.Count{c(14, 14, false)}, rng(14, 14, 14, 1)},
		{"at least", []*sitrep.Count{c(14, 0, true)}, rng(14, 14, 14, 1)},
		{"range", []*sitrep.Count{c(10, 20, false)}, rng(10, 15, 20, 1)},
		{"rising toll", []*sitrep.Count{c(5, 5, false), c(12, 12, false), nil, c(14, 0, true)}, rng(5, 12, 14, 3)},
		{"outlier", []*sitrep.Count{c(20, 20, false), c(22, 22, false), c(21, 21, false), c(300, 300, false)}, rng(20, 21, 300, 4)},
	}
	for _, tt := range tests {
		var reports []sitrep.Report
		for _, n := range tt.counts {
			reports = append(reports, sitrep.Report{Dead: n})
		}
		got := incident.Casualties(reports, func(r *sitrep.Report) *sitrep.Count { return r.Dead })
		if got != tt.want {
			t.Errorf("Casualties(%s) = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestStatus(t *testing.T) {
	// claim is a stance taken by a party, about an act it says another
	// party did ("" for none named).
	claim := func(s sitrep.Stance, by, actor string, self bool) sitrep.ReportClaim {
		return sitrep.ReportClaim{Stance: s, By: by, Actor: actor, Self: self}
	}
	type report struct {
		actor  string // the event's actor as the report gives it
		claims []sitrep.ReportClaim
	}
	tests := []struct {
		name    string
		reports []report
		want    sitrep.AttributionStatus
	}{
		{"none", []report{{}}, sitrep.Unattributed},
		{"accused", []report{{"", []sitrep.ReportClaim{claim(sitrep.StanceAccuse, "USAGOV", "RUSMIL", false)}}}, sitrep.Alleged},
		{"accused then denied by the accused", []report{
			{"", []sitrep.ReportClaim{claim(sitrep.StanceAccuse, "USAGOV", "RUSMIL", false)}},
			{"", []sitrep.ReportClaim{claim(sitrep.StanceDeny, "RUSMIL", "RUSMIL", false)}}}, sitrep.Contested},
		{"accused, then denied by its government", []report{
			{"", []sitrep.ReportClaim{claim(sitrep.StanceAccuse, "USAGOV", "RUSMIL", false)}},
			{"", []sitrep.ReportClaim{claim(sitrep.StanceDeny, "RUSGOV", "", false)}}}, sitrep.Contested},
		{"denial of a name the allegation shares", []report{
			{"", []sitrep.ReportClaim{claim(sitrep.StanceAccuse, "police", "Haqqani network", false)}},
			{"", []sitrep.ReportClaim{claim(sitrep.StanceDeny, "a Haqqani commander", "", false)}}}, sitrep.Contested},
		{"the reported actor denies", []report{
			{"RUSMIL", nil},
			{"", []sitrep.ReportClaim{claim(sitrep.StanceDeny, "RUSMIL", "RUSMIL", false)}}}, sitrep.Contested},
		{"a bystander denies involvement in a claimed attack", []report{
			{"Islamic State", []sitrep.ReportClaim{claim(sitrep.StanceConfirm, "Islamic State", "Islamic State", true)}},
			{"", []sitrep.ReportClaim{claim(sitrep.StanceDeny, "Taliban", "Taliban", false)}}}, sitrep.Declared},
		{"a bystander denies involvement in an alleged attack", []report{
			{"", []sitrep.ReportClaim{claim(sitrep.StanceAccuse, "AFGGOV", "Haqqani network", false)}},
			{"", []sitrep.ReportClaim{claim(sitrep.StanceDeny, "Taliban", "", false)}}}, sitrep.Alleged},
		{"a denial by no one known", []report{
			{"", []sitrep.ReportClaim{claim(sitrep.StanceAccuse, "AFGGOV", "Taliban", false)}},
			{"", []sitrep.ReportClaim{claim(sitrep.StanceDeny, "", "", false)}}}, sitrep.Alleged},
		{"claimed by the actor", []report{{"IMGREB", []sitrep.ReportClaim{claim(sitrep.StanceAssert, "IMGREB", "", true)}}}, sitrep.Declared},
		{"responsibility claimed by the actor", []report{{"", []sitrep.ReportClaim{claim(sitrep.StanceConfirm, "IMGREB", "IMGREB", true)}}}, sitrep.Declared},
		{"alleged and confirmed", []report{
			{"", []sitrep.ReportClaim{claim(sitrep.StanceAccuse, "USAGOV", "IMGREB", false)}},
			{"", []sitrep.ReportClaim{claim(sitrep.StanceConfirm, "IMGREB", "IMGREB", true)}}}, sitrep.Confirmed},
		{"question only", []report{{"", []sitrep.ReportClaim{claim(sitrep.StanceQuestion, "USAGOV", "", false)}}}, sitrep.Unattributed},
	}
	for _, tt := range tests {
		var reports []sitrep.Report
		for _, r := range tt.reports {
			reports = append(reports, sitrep.Report{Actor: r.actor, Claims: r.claims})
		}
		if got := incident.Status(reports); got != tt.want {
			t.Errorf("Status(%s) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestLinkStatus checks that the reports carry whom each claim names, and
// that the incident's status weighs a denial by it.
func TestLinkStatus(t *testing.T) {
	accused := with(func(r *report) { r.source, r.claims = "A", []sitrep.Stance{sitrep.StanceAccuse} })
	denied := with(func(r *report) { r.claims = []sitrep.Stance{sitrep.StanceDeny} })
	l := incident.New(incident.Config{}, nil)
	l.Link(doc(t, accused))
	incs := l.Link(doc(t, denied))
	if len(incs) != 1 || len(incs[0].Reports) != 2 {
		t.Fatalf("got %d incidents, want one with two reports: %+v", len(incs), incs)
	}
	inc := incs[0]
	for _, r := range inc.Reports {
		if len(r.Claims) != 1 || r.Claims[0].Actor != "USAMIL" {
			t.Errorf("report %s claims %+v, want one naming USAMIL", r.Document, r.Claims)
		}
	}
	if inc.Status != sitrep.Contested {
		t.Errorf("status %q, want contested: the accused denies", inc.Status)
	}
	// The same denial, by a party that no one accused.
	bystander := with(func(r *report) { r.actor, r.claims = "TALREB", []sitrep.Stance{sitrep.StanceDeny} })
	if got := incident.Status(append(inc.Reports[:1:1], reportOf(t, bystander))); got != sitrep.Alleged {
		t.Errorf("status with a bystander's denial %q, want alleged", got)
	}
}

// reportOf is the report a lone document makes.
func reportOf(t *testing.T, r report) sitrep.Report {
	t.Helper()
	incs := incident.New(incident.Config{}, nil).Link(doc(t, r))
	if len(incs) != 1 || len(incs[0].Reports) != 1 {
		t.Fatalf("got %+v, want one incident with one report", incs)
	}
	rep := incs[0].Reports[0]
	rep.Actor = "" // the denial, not the event, names it
	return rep
}

func TestDistance(t *testing.T) {
	// Damascus to Deir ez-Zor is about 400 km.
	if d := incident.Distance(33.51, 36.29, 35.33, 40.14); d < 390 || d > 420 {
		t.Errorf("Distance(Damascus, Deir ez-Zor) = %.0f km, want about 400", d)
	}
}

func BenchmarkLink(b *testing.B) {
	var docs []*sitrep.Document
	for i := range 1000 {
		docs = append(docs, doc(b, with(func(r *report) {
			r.lat += float64(i%50) * 0.5
			r.date = time.Date(2017, 1, 1+i%300, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
		})))
	}
	b.ReportAllocs()
	for b.Loop() {
		l := incident.New(incident.Config{}, nil)
		for _, d := range docs {
			l.Link(d)
		}
	}
}

func TestLinkUndated(t *testing.T) {
	undated := func(source, actor string) *sitrep.Document {
		r := base
		r.source, r.date, r.actor = source, "", actor
		d := doc(t, r)
		d.Meta.Published = time.Time{} // nothing anchors a date
		return d
	}
	for _, tt := range []struct {
		name   string
		a, b   string
		linked bool
	}{
		{"same named party", "USAMIL", "USAMIL", true},
		{"other party", "USAMIL", "RUSMIL", false},
		{"unknown party", "", "", false},
	} {
		l := incident.New(incident.Config{}, nil)
		x, y := l.Link(undated("A", tt.a)), l.Link(undated("B", tt.b))
		if len(x) != 1 || len(y) != 1 {
			t.Fatalf("%s: %d and %d incidents, want 1 each", tt.name, len(x), len(y))
		}
		if linked := x[0].ID == y[0].ID; linked != tt.linked {
			t.Errorf("%s: linked = %v, want %v", tt.name, linked, tt.linked)
		}
	}
}

// Each party of a joint claim of responsibility claims the act for itself:
// the incident is declared, not confirmed by a third party.
func TestJointClaimOfResponsibilityIsDeclared(t *testing.T) {
	d := doc(t, base)
	d.Attributions[0].Stance = sitrep.StanceConfirm
	d.Attributions[0].CoSpeakers = []int{0}
	d.Events[0].Claims = []sitrep.Claim{
		{Stance: sitrep.StanceConfirm, Attribution: 0, By: 0, Actor: 0},
		{Stance: sitrep.StanceConfirm, Attribution: 0, By: 1, Actor: 1},
	}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	incs := incident.New(incident.Config{}, nil).Link(d)
	if len(incs) != 1 {
		t.Fatalf("%d incidents, want 1", len(incs))
	}
	for _, c := range incs[0].Reports[0].Claims {
		if !c.Self {
			t.Errorf("claim by %q against %q is not the claimant's own", c.By, c.Actor)
		}
	}
	if got := incident.Status(incs[0].Reports); got != sitrep.Declared {
		t.Errorf("status %q, want declared", got)
	}
}
