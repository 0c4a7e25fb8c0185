package facts

import (
	"strings"
	"testing"
	"time"
)

func TestParseRejectsNonObjects(t *testing.T) {
	for _, in := range []string{"", "[]", "null", "42", `"facts"`, "{", "{} {}"} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q) succeeded, want an error", in)
		}
	}
}

func TestParseFile(t *testing.T) {
	f := parse(t, `{
	  "published": "2017-10-24",
	  "source": "Sputnik",
	  "complete": ["events", "places"],
	  "entities": [{"type": "person", "names": ["Ryan Dillon", "Col. Ryan Dillon"]}],
	  "places": [
	    {"names": ["Deir ez-Zor"], "geonameid": 170794, "lat": 35.33588, "lon": 40.14084},
	    {"names": ["Syria"], "country": "sy", "level": "country"},
	    {"names": ["Deir ez-Zor Governorate"], "country": "SY", "admin1": "07", "level": "admin1"}
	  ],
	  "times": [{"text": "Monday", "value": "2017-10-23"}],
	  "numbers": [
	    {"text": "at least 14 civilians", "min": 14, "max": null, "unit": "killed", "who": ["civilians"]},
	    {"text": "30 others", "min": 30, "max": 30, "unit": "injured"},
	    {"text": "3 soldiers", "min": 3, "unit": "killed"}
	  ],
	  "quotes": [{"speaker": ["SOHR"], "contains": "killing", "cue": ["reported"], "direct": false, "via": ["SANA"]}],
	  "events": [{"type": ["ASSAULT"], "mode": ["aerial"], "date": "2017-10-23",
	              "place": {"geonameid": 170794, "lat": 35.33588, "lon": 40.14084},
	              "actor": ["coalition"], "target": ["civilians"],
	              "dead": {"min": 14, "max": null}, "injured": {"min": 30, "max": 30},
	              "sources": ["SOHR"],
	              "claims": [{"stance": "accuse", "by": ["Damascus"], "actor": ["coalition"]}, {"stance": "Deny", "by": ["Dillon"]}]}]
	}`)
	if len(f.Warnings) != 0 {
		t.Errorf("Warnings = %q, want none", f.Warnings)
	}
	if want := time.Date(2017, 10, 24, 0, 0, 0, 0, time.UTC); !f.Published.Equal(want) {
		t.Errorf("Published = %v, want %v", f.Published, want)
	}
	if !f.IsComplete(Events) || !f.IsComplete(Places) || f.IsComplete(Quotes) {
		t.Errorf("Complete = %v, want events and places", f.Complete)
	}
	if got := f.Entities[0]; got.Type != "PERSON" || len(got.Names) != 2 {
		t.Errorf("Entities[0] = %+v", got)
	}
	levels := []Level{f.Places[0].Level, f.Places[1].Level, f.Places[2].Level}
	if levels[0] != LevelPoint || levels[1] != LevelCountry || levels[2] != LevelAdmin1 || f.Places[1].Country != "SY" {
		t.Errorf("place levels = %v, country %q", levels, f.Places[1].Country)
	}
	ranges := []string{f.Numbers[0].Range.String(), f.Numbers[1].Range.String(), f.Numbers[2].Range.String()}
	if strings.Join(ranges, " ") != "14+ 30 3" {
		t.Errorf("number ranges = %v, want [14+ 30 3] (null max open, absent max exact)", ranges)
	}
	q := f.Quotes[0]
	if q.Direct == nil || *q.Direct || q.Via == nil || q.Via.Ordered || len(q.Via.Links) != 1 {
		t.Errorf("Quotes[0] = %+v", q)
	}
	e := f.Events[0]
	if e.Place == nil || !e.Place.HasLocation || e.Dead == nil || !e.Dead.Open || e.Injured.Open || len(e.Claims) != 2 || e.Claims[1].Stance != "deny" {
		t.Errorf("Events[0] = %+v", e)
	}
}

// An odd fact file is read as far as it goes, with a warning for each part
// that was ignored.
func TestParseOddFile(t *testing.T) {
	f := parse(t, `{
	  "complete": ["events", "rumours"],
	  "rumours": [{"text": "x"}],
	  "published": "last week",
	  "entities": [{"names": "Sputnik", "confidence": 0.9}, {"type": "ORG"}, 7, {"names": ["the", ""]}, {"type": "THING", "names": ["x"]}],
	  "places": [{"names": ["Atlantis"]}, {"lat": 1}, {"names": ["X"], "country": "SY", "level": "province"}],
	  "times": [{"text": "Monday"}, {"value": "2017"}],
	  "numbers": {"text": "14"},
	  "quotes": [{"speaker": ["A"], "direct": "yes", "via": [["SANA"], ["Reuters", "Reuters News"]]}, {"cue": ["said"]}],
	  "events": [{"mode": "aerial", "dead": {"max": 3}, "place": {}, "claims": [{}, "deny", {"stance": "deny", "who": "x"}]},
	             {"type": "BOMBING", "claims": [{"stance": "blame"}]}],
	  "entities2": []
	}`)
	wantWarnings := []string{
		`file: complete: unknown category "rumours" ignored`,
		`file: unknown field "rumours" ignored`,
		`file: published "last week" is not a date`,
		`entities[0]: unknown field "confidence" ignored`,
		`entities[1]: no names; skipped`,
		`entities[2]: not an object; skipped`,
		`entities[3]: names has no usable name`,
		`entities[4]: type "THING" is not one of`,
		`places[0]: no location; matched by name only`,
		`places[1]: lat and lon must both be given`,
		`places[2]: unknown level "province"`,
		`times[0]: no value; skipped`,
		`file: numbers is not a list; ignored`,
		`quotes[0]: direct is not true or false`,
		`quotes[1]: neither speaker nor contains; skipped`,
		`events[0]: no type; any event category matches`,
		`events[0].dead: max without min`,
		`events[0].place: neither names nor a location`,
		`events[0].claims[0]: nothing to check; skipped`,
		`events[0].claims[1]: not an object; skipped`,
		`events[0].claims[2]: unknown field "who" ignored`,
		`events[1]: type "BOMBING" is not a PLOVER category`,
		`events[1].claims[0]: stance "blame" is not one of`,
	}
	all := strings.Join(f.Warnings, "\n")
	for _, w := range wantWarnings {
		if !strings.Contains(all, w) {
			t.Errorf("no warning %q in:\n%s", w, all)
		}
	}
	if len(f.Entities) != 2 || f.Entities[0].Names[0] != "Sputnik" || f.Entities[0].Type != "" {
		t.Errorf("Entities = %+v, want Sputnik, of any type, and x", f.Entities)
	}
	if len(f.Places) != 2 || f.Places[1].Level != LevelCountry {
		t.Errorf("Places = %+v, want Atlantis by name and X inferred as a country", f.Places)
	}
	if len(f.Times) != 1 || f.Times[0].Value != "2017" {
		t.Errorf("Times = %+v", f.Times)
	}
	if q := f.Quotes; len(q) != 1 || q[0].Direct != nil || !q[0].Via.Ordered || len(q[0].Via.Links) != 2 {
		t.Errorf("Quotes = %+v, want one, direct unchecked, an ordered chain of two", q)
	}
	if e := f.Events; len(e) != 2 || e[0].Types != nil || e[0].Dead != nil || e[0].Place != nil || len(e[0].Claims) != 1 {
		t.Errorf("Events = %+v", e)
	}
}
