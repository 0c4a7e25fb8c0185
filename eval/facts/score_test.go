package facts

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// fixture returns article annotated by hand, as a pipeline might.
func fixture(tb testing.TB) *sitrep.Document {
	b := newBuilder(tb)
	ministry := b.entity(sitrep.ORG, b.span("Syrian Foreign Ministry", 0))
	dillon := b.entity(sitrep.PERSON, b.span("Army Col. Ryan Dillon", 0), b.span("Dillon", 1))
	sana := b.entity(sitrep.ORG, b.span("SANA", 0))
	coalition := b.entity(sitrep.ORG, b.span("coalition", 0))
	b.entity(sitrep.GPE, b.span("MOSCOW", 0))

	b.place("MOSCOW", sitrep.Place{Kind: sitrep.PlaceDatelineName, GeonameID: 524901, Name: "Moscow",
		Country: "RU", Admin1: "48", Lat: 55.75222, Lon: 37.61556})
	// A different id for Deir ez-Zor, 7 km from the gold point.
	deir := b.place("Deir ez-Zor", sitrep.Place{GeonameID: 999, Name: "Dayr az Zawr",
		Country: "SY", Admin1: "07", Lat: 35.40, Lon: 40.14})
	b.place("Syria", sitrep.Place{Name: "Syria", Country: "SY", Precision: sitrep.PrecisionCountry})
	b.place("Syrian", sitrep.Place{Kind: sitrep.PlaceAdjectival, Name: "Syria", Country: "SY"})
	// A demonym is not a toponym: never counted by precision, even when
	// resolved wrongly.
	b.place("Syrian", sitrep.Place{Kind: sitrep.PlaceAdjectival, GeonameID: 6252001, Name: "United States", Country: "US"})
	// Inside an organization's name: never counted by precision.
	b.place("Syrian", sitrep.Place{Kind: sitrep.PlaceInName, GeonameID: 163843, Name: "Syria", Country: "SY"})
	// A false place.
	b.place("Dillon", sitrep.Place{GeonameID: 5655240, Name: "Dillon", Country: "US", Lat: 45.2, Lon: -112.6})

	b.doc.Times = []sitrep.Time{{Span: b.span("on Monday", 0), Type: sitrep.TimeDate, Value: "2017-10-23"}}

	dead := b.figure("at least 14 civilians", sitrep.Count{Min: 14, Open: true}, sitrep.UnitKilled)
	injured := b.figure("30 others", sitrep.Count{Min: 30, Max: 30}, sitrep.UnitInjured)
	b.doc.Numbers = []sitrep.Number{
		{Span: b.span("14", 0), Value: sitrep.Count{Min: 14, Open: true}, Qualifier: "at least"},
		{Span: b.span("30", 0), Value: sitrep.Count{Min: 30, Max: 30}},
		{Span: b.span("200", 0), Value: sitrep.Count{Min: 200, Max: 200}},
	}
	b.doc.Figures[dead].Number, b.doc.Figures[injured].Number = 0, 1

	b.doc.Attributions = []sitrep.Attribution{
		{Source: b.span("The Syrian Foreign Ministry", 0), Cue: b.span("said", 0),
			Content: b.span("airstrikes on Deir ez-Zor in Syria killed at least 14 civilians and injured 30 others", 0),
			Speaker: ministry, Via: []sitrep.Link{{Span: b.span("SANA", 0), Entity: sana}}, Stance: sitrep.StanceAssert},
		{Source: b.span("Army Col. Ryan Dillon", 0), Cue: b.span("has denied", 0),
			Content: b.span("the coalition carried out an airstrike", 0), Speaker: dillon, Stance: sitrep.StanceDeny},
	}
	b.doc.Events = []sitrep.Event{
		{Span: b.span("airstrikes", 0), Category: sitrep.ASSAULT, Mode: "aerial", Place: deir,
			Date:   sitrep.SentenceDate{Time: 0, Value: "2017-10-23", Precision: sitrep.TimeDay},
			Actor:  sitrep.Argument{Span: b.span("coalition", 0), Mention: b.mentionOf(coalition), Entity: coalition},
			Target: sitrep.Argument{Span: b.span("civilians", 0), Mention: -1, Entity: -1},
			Dead:   dead, Injured: injured, Sources: []int{0},
			Claims: []sitrep.Claim{{Stance: sitrep.StanceDeny, Attribution: 1, By: dillon, Actor: -1}}},
		{Span: b.span("said", 0), Category: sitrep.ACCUSE, Place: -1, Dead: -1, Injured: -1,
			Actor: sitrep.Argument{Span: b.span("Syrian Foreign Ministry", 0), Mention: b.mentionOf(ministry), Entity: ministry}},
	}
	return b.doc
}

// scoreCase scores the fixture against a fact file and checks, per
// category, which facts were found ("y") and missed ("n").
func scoreCase(t *testing.T, facts string, want map[Category]string) ArticleResult {
	t.Helper()
	res := Score(fixture(t), parse(t, facts))
	for c, w := range want {
		if got := found(res, c); got != w {
			t.Errorf("%s found = %q, want %q", c, got, w)
			for _, f := range res.Facts {
				if f.Category == c {
					t.Logf("  %s[%d] %s found=%v nearest=%s", c, f.Index, f.Fact, f.Found, f.Nearest)
				}
			}
		}
	}
	return res
}

func TestScoreEntities(t *testing.T) {
	res := scoreCase(t, `{"entities": [
		{"type": "PERSON", "names": ["Ryan Dillon"]},
		{"type": "PERSON", "names": ["Dillon"]},
		{"type": "PERSON", "names": ["Col. Ryan Dillon", "Army Col. Ryan Dillon"]},
		{"type": "ORG", "names": ["Foreign Ministry", "the Syrian Foreign Ministry"]},
		{"type": "PERSON", "names": ["SANA"]},
		{"type": "GPE", "names": ["Moscow"]},
		{"names": ["coalition"]},
		{"type": "ORG", "names": ["Daesh"]}
	]}`, map[Category]string{Entities: "nyyynyyn"})
	if n := res.Facts[4].Nearest; !strings.Contains(n, "type ORG") {
		t.Errorf("nearest for SANA as a PERSON = %q, want it to name type ORG", n)
	}
	if _, ok := res.Categories[Entities].Precision(); ok {
		t.Errorf("entities precision defined, want undefined: not complete")
	}
}

func TestScorePlaces(t *testing.T) {
	res := scoreCase(t, `{"complete": ["places"], "places": [
		{"names": ["Moscow"], "geonameid": 524901, "lat": 55.75222, "lon": 37.61556},
		{"names": ["Deir ez-Zor", "Deir Ezzour"], "geonameid": 170794, "lat": 35.33588, "lon": 40.14084},
		{"names": ["Deir ez-Zor"], "geonameid": 170794, "lat": 35.68, "lon": 40.14},
		{"names": ["Raqqa"], "geonameid": 999},
		{"names": ["Syria"], "country": "SY", "level": "country"},
		{"names": ["Moscow"], "country": "SY", "level": "country"},
		{"names": ["Deir ez-Zor"], "country": "SY", "admin1": "07", "level": "admin1"},
		{"names": ["Deir ez-Zor"], "country": "SY", "admin1": "08", "level": "admin1"},
		{"names": ["Syrian"], "country": "SY", "admin1": "07", "level": "admin1"}
	]}`, map[Category]string{
		// Same id; 7 km; 30 km away; right id, wrong name; country; wrong
		// country; a town inside the region; another region; a country is
		// coarser than a region.
		Places: "yynnynyn" + "n",
	})
	n := res.Categories[Places]
	// Moscow, Deir ez-Zor, Syria and Dillon; the adjectival places and the
	// place inside "Syrian Foreign Ministry" do not count.
	if n.System != 4 || n.Correct != 3 {
		t.Errorf("places system, correct = %d, %d, want 4, 3", n.System, n.Correct)
	}
	if len(res.False) != 1 || res.False[0].Text != "Dillon" {
		t.Errorf("False = %+v, want only Dillon", res.False)
	}
}

func TestScoreTimes(t *testing.T) {
	scoreCase(t, `{"times": [
		{"text": "Monday", "value": "2017-10-23"},
		{"text": "Monday", "value": "2017-10-24"},
		{"text": "Tuesday", "value": "2017-10-23"},
		{"text": "on Monday that", "value": "2017-10-23"},
		{"value": "2017-10-23"}
	]}`, map[Category]string{Times: "ynnny"})
}

func TestScoreNumbers(t *testing.T) {
	scoreCase(t, `{"numbers": [
		{"text": "at least 14 civilians", "min": 14, "max": null, "unit": "killed", "who": ["civilians"]},
		{"text": "14 civilians", "min": 14, "max": null, "unit": "killed"},
		{"text": "at least 14 civilians", "min": 14, "max": 14, "unit": "killed"},
		{"text": "at least 14 civilians", "min": 14, "max": null, "unit": "injured"},
		{"text": "30 others", "min": 30, "unit": "injured"},
		{"text": "30 others", "min": 30, "max": null, "unit": "injured"},
		{"text": "30 others", "min": 30, "max": 31, "unit": "injured"},
		{"text": "200 people", "min": 200, "max": 200, "unit": "people"},
		{"text": "200 people", "min": 200, "unit": "displaced"},
		{"text": "killed at least 14 civilians", "min": 14, "max": null, "unit": "killed"}
	]}`, map[Category]string{
		// The figure covers a shorter text, not a longer one; a null max
		// is open, an absent one exact; "people" is a plain number.
		Numbers: "yynnynnynn",
	})
}

func TestScoreQuotes(t *testing.T) {
	res := scoreCase(t, `{"quotes": [
		{"speaker": ["Syrian Foreign Ministry"], "contains": "killed at least 14", "via": ["SANA"]},
		{"speaker": ["Foreign Ministry"], "contains": "killed at least 14"},
		{"speaker": ["Dillon"], "contains": "Carried out, an airstrike", "cue": ["denied"], "direct": false},
		{"speaker": ["Dillon"], "contains": "carried out", "direct": true},
		{"speaker": ["SANA"], "contains": "killed"},
		{"speaker": ["Syrian Foreign Ministry"], "contains": "killed", "via": [["SANA"]]},
		{"speaker": ["Syrian Foreign Ministry"], "contains": "killed", "via": [["SANA"], ["Sputnik"]]},
		{"speaker": ["Ryan Dillon", "Army Col. Ryan Dillon"], "contains": "airstrike", "via": []},
		{"speaker": ["Syrian Foreign Ministry"], "contains": "killed", "via": []},
		{"speaker": ["Syrian Foreign Ministry"], "contains": "killed", "cue": ["according to"]}
	]}`, map[Category]string{
		// Names match whole, so "Foreign Ministry" is not "Syrian Foreign
		// Ministry"; a chain of lists is ordered and whole; [] means no chain.
		Quotes: "ynynnyny" + "nn",
	})
	if n := res.Facts[3].Nearest; !strings.Contains(n, "wrong direct") {
		t.Errorf("nearest for a direct quote = %q, want wrong direct", n)
	}
}

// TestScorePartialQuotation checks that "direct": true is met by a
// partial quotation inside a reported content when the fact's words lie
// in it, and that such a content is still indirect.
func TestScorePartialQuotation(t *testing.T) {
	doc := fixture(t)
	a := &doc.Attributions[1] // Dillon's denial
	at := a.Content.Start + strings.Index(a.Content.Text(doc), "an airstrike")
	a.Quoted = []sitrep.Span{{Start: at, End: at + len("an airstrike")}}
	res := Score(doc, parse(t, `{"quotes": [
		{"speaker": ["Dillon"], "contains": "an airstrike", "direct": true},
		{"speaker": ["Dillon"], "contains": "carried out", "direct": true},
		{"speaker": ["Dillon"], "contains": "an airstrike", "direct": false},
		{"speaker": ["Dillon"], "direct": true}
	]}`))
	if got := found(res, Quotes); got != "ynyn" {
		t.Errorf("quotes found = %q, want %q", got, "ynyn")
	}
}

func TestScoreEvents(t *testing.T) {
	res := scoreCase(t, `{"complete": ["events"], "events": [
		{"type": ["ASSAULT"], "mode": ["aerial"], "date": "2017-10-23",
		 "place": {"geonameid": 170794, "lat": 35.33588, "lon": 40.14084},
		 "actor": ["US-led coalition", "coalition"], "target": ["civilians"],
		 "dead": {"min": 14, "max": null}, "injured": {"min": 30, "max": 30},
		 "sources": ["SANA"], "claims": [{"stance": "deny", "by": ["Ryan Dillon", "Dillon"]}]},
		{"type": ["ASSAULT"], "date": "2017-10-23", "place": {"country": "SY", "level": "country"},
		 "dead": {"min": 14, "max": 14}},
		{"type": ["ASSAULT", "COERCE"], "place": {"country": "SY", "admin1": "07", "level": "admin1"},
		 "claims": [{"stance": "deny", "by": ["Damascus"]}]},
		{"type": ["ASSAULT"], "date": "2017-10-22"},
		{"type": ["REQUEST"], "actor": ["Syrian Foreign Ministry"]},
		{"type": ["ACCUSE"], "actor": ["Foreign Ministry"], "place": {"names": ["Deir ez-Zor"]}},
		{"type": ["ACCUSE"], "actor": ["the Syrian Foreign Ministry"]}
	]}`, map[Category]string{Events: "ynnnnny"})
	var loose []bool
	for _, f := range res.Facts {
		loose = append(loose, f.Loose)
	}
	if want := []bool{true, true, true, false, false, false, true}; !equalBools(loose, want) {
		t.Errorf("loose = %v, want %v", loose, want)
	}
	if n := res.Facts[1].Nearest; !strings.Contains(n, "wrong dead") {
		t.Errorf("nearest for events[1] = %q, want wrong dead", n)
	}
	// Both system events match some fact: the ASSAULT events[0], the ACCUSE events[6].
	if n := res.Categories[Events]; n.System != 2 || n.Correct != 2 {
		t.Errorf("events system, correct = %d, %d, want 2, 2", n.System, n.Correct)
	}
	if l := res.Loose; l.Gold != 7 || l.Found != 4 || l.Correct != 2 {
		t.Errorf("loose = %+v, want 4 of 7 found, 2 correct", l)
	}
}

func TestScoreFalseEvents(t *testing.T) {
	res := scoreCase(t, `{"complete": ["events"], "events": [
		{"type": ["ASSAULT"], "date": "2017-10-23", "dead": {"min": 15}}
	]}`, map[Category]string{Events: "n"})
	n := res.Categories[Events]
	if p, ok := n.Precision(); !ok || p != 0 {
		t.Errorf("events precision = %v, %v, want 0", p, ok)
	}
	if len(res.False) != 2 || !strings.Contains(res.False[0].Item, "loose match") || strings.Contains(res.False[1].Item, "loose match") {
		t.Errorf("False = %+v, want both events, the ASSAULT a loose match", res.False)
	}
	if f1, ok := n.F1(); !ok || f1 != 0 {
		t.Errorf("events F1 = %v, %v, want 0", f1, ok)
	}
}

func TestScoreSource(t *testing.T) {
	res := Score(fixture(t), parse(t, `{"source": "SPUTNIK"}`))
	if res.Source == nil || !res.Source.Match {
		t.Errorf("Source = %+v, want a match", res.Source)
	}
	res = Score(fixture(t), parse(t, `{"source": "Reuters"}`))
	if res.Source == nil || res.Source.Match {
		t.Errorf("Source = %+v, want no match", res.Source)
	}
	if res := Score(fixture(t), parse(t, `{}`)); res.Source != nil {
		t.Errorf("Source = %+v with no gold source, want nil", res.Source)
	}
}

// A fact file with fields and categories no one knows still scores.
func TestScoreUnknownFields(t *testing.T) {
	res := scoreCase(t, `{"annotator": "jd", "weather": [{"text": "sunny"}],
		"times": [{"text": "Monday", "value": "2017-10-23", "confidence": "high"}],
		"events": [{"type": ["ASSAULT"], "date": "2017-10-23", "perpetrator_type": "state"}]}`,
		map[Category]string{Times: "y", Events: "y"})
	if len(res.Warnings) != 4 {
		t.Errorf("Warnings = %q, want 4", res.Warnings)
	}
}

func TestScorePrecisionUndefined(t *testing.T) {
	res := Score(fixture(t), parse(t, `{"times": [{"text": "Monday", "value": "2017-10-23"}]}`))
	for _, c := range Categories() {
		n := res.Categories[c]
		if _, ok := n.Precision(); ok {
			t.Errorf("%s precision defined, want undefined: nothing is complete", c)
		}
		if _, ok := n.F1(); ok {
			t.Errorf("%s F1 defined, want undefined", c)
		}
	}
	if _, ok := res.Categories[Places].Recall(); ok {
		t.Errorf("places recall defined with no gold place")
	}
	// Complete, but the system has no item: still undefined.
	empty := sitrep.NewDocument(article, sitrep.Metadata{})
	res = Score(empty, parse(t, `{"complete": ["events"], "events": [{"type": "ASSAULT"}]}`))
	if _, ok := res.Categories[Events].Precision(); ok {
		t.Errorf("events precision defined with no system event")
	}
}

// Score never panics, even on a document whose indexes point nowhere.
func TestScoreMalformedDocument(t *testing.T) {
	doc := fixture(t)
	bad := sitrep.Span{Start: -3, End: len(doc.Text) + 10}
	doc.Mentions[0].Entity = 99
	doc.Entities[0].Name = 99
	doc.Entities[1].Mentions = append(doc.Entities[1].Mentions, -1, 1000)
	doc.Places[0].Mention = 42
	doc.Places[1].Span = bad
	doc.Figures[0].Number = 77
	doc.Attributions[0].Speaker = 12
	doc.Attributions[0].Via = append(doc.Attributions[0].Via, sitrep.Link{Span: bad, Entity: -7})
	doc.Attributions[1].Content = bad
	doc.Events[0].Place, doc.Events[0].Dead, doc.Events[0].Injured = 50, 50, -2
	doc.Events[0].Sources = []int{-1, 9}
	doc.Events[0].Actor = sitrep.Argument{Span: bad, Mention: 400, Entity: 400}
	doc.Events[0].Claims = []sitrep.Claim{{Stance: sitrep.StanceDeny, Attribution: 30, By: 30, Actor: 30}}
	f := parse(t, `{"complete": ["entities", "places", "times", "numbers", "quotes", "events"],
		"entities": [{"names": ["x"]}], "places": [{"names": ["Moscow"], "lat": 1, "lon": 2}],
		"times": [{"text": "Monday", "value": "x"}], "numbers": [{"text": "14", "min": 1}],
		"quotes": [{"speaker": ["x"], "contains": "x", "via": ["x"]}],
		"events": [{"type": "ASSAULT", "place": {"geonameid": 1}, "actor": ["x"], "sources": ["x"],
		            "dead": {"min": 1}, "claims": [{"stance": "deny", "by": ["x"], "actor": ["x"]}]}]}`)
	res := Score(doc, f)
	if res.Overall().Gold != 6 {
		t.Errorf("Overall().Gold = %d, want 6", res.Overall().Gold)
	}
}

func TestSummarize(t *testing.T) {
	a := Score(fixture(t), parse(t, `{"complete": ["events"],
		"times": [{"text": "Monday", "value": "2017-10-23"}, {"text": "Monday", "value": "2017-10-20"}],
		"events": [{"type": "ASSAULT", "date": "2017-10-23"}, {"type": "PROTEST"}]}`))
	b := Score(fixture(t), parse(t, `{"source": "Sputnik", "times": [{"text": "Monday", "value": "2017-10-23"}]}`))
	r := Summarize([]ArticleResult{a, b})
	if o := r.Overall; o.Gold != 5 || o.Found != 3 {
		t.Errorf("Overall = %+v, want 3 of 5 found", o)
	}
	if rec, _ := r.Overall.Recall(); rec != 0.6 {
		t.Errorf("overall recall = %v, want 0.6 (micro-averaged)", rec)
	}
	// Only article a is complete for events: 1 of its 2 events is right.
	if p, ok := r.Categories[Events].Precision(); !ok || p != 0.5 {
		t.Errorf("events precision = %v, %v, want 0.5", p, ok)
	}
	if p, ok := r.Overall.Precision(); !ok || p != 0.5 {
		t.Errorf("overall precision = %v, %v, want 0.5", p, ok)
	}
	if r.Sources != (SourceTally{Gold: 1, Detected: 1}) {
		t.Errorf("Sources = %+v", r.Sources)
	}

	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Overall    map[string]any
		Categories map[string]map[string]any
		Articles   []map[string]any
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if got.Overall["recall"] != 0.6 || got.Overall["f1"] == nil {
		t.Errorf("overall = %v", got.Overall)
	}
	times := got.Categories["times"]
	if times["precision"] != nil || times["f1"] != nil || times["recall"] != 0.6667 {
		t.Errorf(`categories["times"] = %v, want recall 0.6667 and null precision and f1`, times)
	}
	if _, ok := times["precision"]; !ok {
		t.Errorf(`categories["times"] has no "precision" key; want null`)
	}
	if got.Categories["events"]["loose"] == nil {
		t.Errorf(`categories["events"] has no loose score`)
	}
	if len(got.Categories) != len(Categories()) || len(got.Articles) != 2 {
		t.Errorf("%d categories and %d articles, want %d and 2", len(got.Categories), len(got.Articles), len(Categories()))
	}
	if !strings.HasPrefix(string(data), `{"overall":`) || !strings.Contains(string(data), `"categories":{"entities":`) {
		t.Errorf("JSON does not start with overall, then categories in report order: %.80s", data)
	}

	var text strings.Builder
	if err := r.WriteText(&text); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`missed times[1] "Monday" = 2017-10-20`, `missed events[1] PROTEST`,
		`false event "said"`, "source detected in 1 of 1", "== all articles (2)"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text output lacks %q:\n%s", want, text.String())
		}
	}
}

func equalBools(a, b []bool) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// FuzzScore parses any bytes as a fact file and scores the fixture against
// it: no panic, and found never exceeds gold.
func FuzzScore(f *testing.F) {
	f.Add([]byte(`{"complete": ["events", "places"], "times": [{"text": "Monday", "value": "2017-10-23"}]}`))
	f.Add([]byte(`{"events": [{"type": "ASSAULT", "dead": {"min": 1, "max": null}, "claims": [{"by": []}]}]}`))
	f.Add([]byte(`{"quotes": [{"speaker": "x", "via": [["a"], []]}], "places": [{"lat": 1e400, "lon": "x"}]}`))
	doc := fixture(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse(data)
		if err != nil {
			return
		}
		res := Score(doc, file)
		for c, n := range res.Categories {
			if n.Found > n.Gold || n.Correct > n.System {
				t.Errorf("%s: %+v", c, n)
			}
		}
		if _, err := Summarize([]ArticleResult{res}).MarshalJSON(); err != nil {
			t.Errorf("MarshalJSON: %v", err)
		}
	})
}

// TestSamePublisher checks that a detected publisher matches the gold one
// under another name of the same outlet, and only then.
func TestSamePublisher(t *testing.T) {
	tests := []struct {
		gold, detected string
		want           bool
	}{
		{"Reuters", "Reuters", true},
		{"The Guardian", "Guardian", true},
		{"Associated Press", "AP", true},
		{"AFP", "Agence France-Presse", true},
		{"Associated Press", "AFP", false},
		{"Anadolu", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		if got := samePublisher(tc.gold, tc.detected); got != tc.want {
			t.Errorf("samePublisher(%q, %q) = %v, want %v", tc.gold, tc.detected, got, tc.want)
		}
	}
}
