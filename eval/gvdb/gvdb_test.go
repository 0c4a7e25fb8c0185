package gvdb

import (
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

const tsv = "Article id\tArticle url\tArticle title\tFull text\tJson\tWorker\n" +
	"7\thttp://example.com/2016/01/27/story/\tMan shot\tMan shotA man was shot.\t" +
	`{"date-and-time":{"city":{"value":"Wilmington"},"date":"2016-1-27"},"victim-section":[{"victim-was":["killed"]},{"victim-was":["injured","hospitalized"]},{"victim-was":["hospitalized"]},{"victim-was":["killed","injured"]}]}` +
	"\tw1\n"

func TestRead(t *testing.T) {
	arts, err := Read(strings.NewReader(tsv))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 {
		t.Fatalf("got %d articles, want 1", len(arts))
	}
	a := arts[0]
	want := Facts{Killed: 2, Injured: 2, Date: "2016-01-27", City: "Wilmington"}
	if a.Gold != want {
		t.Errorf("gold = %+v, want %+v", a.Gold, want)
	}
	if a.Text != "Man shot\nA man was shot." {
		t.Errorf("text = %q: the title is not split from the body", a.Text)
	}
	if _, err := Read(strings.NewReader("h\nonly\ttwo\n")); err == nil {
		t.Error("Read of a short row: no error")
	}
}

func TestPublishedFromURL(t *testing.T) {
	for url, want := range map[string]string{
		"http://fox6now.com/2015/12/11/same-man/":             "2015-12-11",
		"http://www.rrstar.com/article/20150803/NEWS/150809":  "2015-08-03",
		"http://x.com/2013-01-27/story":                       "2013-01-27",
		"http://www.arkansasonline.com/news/2016/jan/26/girl": "2016-01-26",
		"http://x.com/socal/tn-blr-me-20160223-story.html":    "2016-02-23",
		"http://x.com/general-news/20160108/man-wounded":      "2016-01-08",
		"http://x.com/a/2016/0127-story":                      "",
		"http://x.com/calendar/20662526-113/eighth":           "",
		"http://www.wxyz.com/news/man-shot-killed":            "",
		"http://x.com/story/31073042/armed":                   "",
	} {
		got := ""
		if t := PublishedFromURL(url); !t.IsZero() {
			got = t.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("PublishedFromURL(%q) = %q, want %q", url, got, want)
		}
	}
}

func TestPredict(t *testing.T) {
	doc := sitrep.NewDocument("A man was shot Tuesday. He died. Two others were hurt.", sitrep.Metadata{Published: time.Date(2016, 1, 27, 0, 0, 0, 0, time.UTC)})
	doc.Sentences = []sitrep.Sentence{{Span: sitrep.Span{Start: 0, End: 23}}, {Span: sitrep.Span{Start: 24, End: 33}}, {Span: sitrep.Span{Start: 34, End: 54}}}
	doc.Times = []sitrep.Time{{Span: sitrep.Span{Start: 15, End: 22}, Type: sitrep.TimeDate, Value: "2016-01-26"}}
	doc.SentenceDates = []sitrep.SentenceDate{{Time: 0, Value: "2016-01-26", Precision: sitrep.TimeDay}, {Time: 0, Value: "2016-01-26", Precision: sitrep.TimeDay}, {Time: -1, Value: "2016-01-27", Precision: sitrep.TimeWeek}}
	doc.Figures = []sitrep.Figure{
		{Span: sitrep.Span{Start: 0, End: 5}, Count: sitrep.Count{Min: 1, Max: 1}, Unit: sitrep.UnitInjured, UnitCue: sitrep.Span{Start: 14, End: 18}, PartOf: -1, Number: -1},
		{Span: sitrep.Span{Start: 24, End: 26}, Count: sitrep.Count{Min: 1, Max: 1}, Unit: sitrep.UnitKilled, UnitCue: sitrep.Span{Start: 27, End: 31}, PartOf: -1, Number: -1},
		{Span: sitrep.Span{Start: 34, End: 44}, Count: sitrep.Count{Min: 2, Max: 2}, Unit: sitrep.UnitInjured, UnitCue: sitrep.Span{Start: 50, End: 54}, PartOf: -1, Number: -1},
	}
	got := Predict(doc, time.Time{})
	want := Facts{Killed: 1, Injured: 2, Date: "2016-01-26"}
	if got != want {
		t.Errorf("Predict = %+v, want %+v (\"shot\" is the man who died; the others were hurt)", got, want)
	}
}

func TestCounts(t *testing.T) {
	c := NewCounts(false, 5)
	c.Add("1", Facts{Killed: 1, Date: "2016-01-01", City: "Reno"}, Facts{Killed: 1, Date: "2016-01-02"})
	c.Add("2", Facts{Injured: 2}, Facts{Injured: 1})
	m := c.Metrics()
	if m.KilledAcc != 1 || m.InjuredAcc != 0.5 || m.DateAcc != 0.5 || m.CityAcc != nil || m.N != 2 {
		t.Errorf("Metrics() = %+v", m)
	}
	if len(c.Misses) != 2 {
		t.Errorf("kept %d misses, want 2", len(c.Misses))
	}
	if !SameCity("NEW ORLEANS", "New Orleans") || SameCity("Reno", "") {
		t.Error("SameCity folds case only")
	}
	c = NewCounts(true, 0)
	c.Add("1", Facts{City: "Reno"}, Facts{City: "reno"})
	if m := c.Metrics(); m.CityAcc == nil || *m.CityAcc != 1 {
		t.Errorf("city scored: Metrics() = %+v", m)
	}
}

func TestDayOf(t *testing.T) {
	collected := time.Date(2016, 2, 8, 0, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		value     string
		collected time.Time
		want      string
	}{
		{"2015-12-03", collected, "2015-12-03"},
		{"2015-12-03T10:35", time.Time{}, "2015-12-03"},
		{"XXXX-01-27", collected, "2016-01-27"},
		{"XXXX-12-25", collected, "2015-12-25"},
		{"XXXX-02-09", collected, "2015-02-09"},
		{"XXXX-02-29", collected, ""}, // no 29 February in 2016 up to the 8th, nor in 2015
		{"XXXX-01-27", time.Time{}, ""},
		{"XXXX-WXX-2", collected, ""},
		{"2015-W49", collected, ""},
		{"2015-12", collected, ""},
	} {
		if got := dayOf(tt.value, tt.collected); got != tt.want {
			t.Errorf("dayOf(%q, %v) = %q, want %q", tt.value, tt.collected, got, tt.want)
		}
	}
	arts := []Article{{URL: "http://x.com/2016/01/27/a"}, {URL: "http://x.com/b"}, {URL: "http://x.com/2016/02/08/c"}}
	if got := Collected(arts); !got.Equal(collected) {
		t.Errorf("Collected = %v, want %v", got, collected)
	}
}

func TestDateReachable(t *testing.T) {
	doc := sitrep.NewDocument("He was shot Jan. 27 and died.", sitrep.Metadata{})
	doc.Times = []sitrep.Time{{Span: sitrep.Span{Start: 12, End: 19}, Type: sitrep.TimeDate, Value: "XXXX-01-27"}}
	collected := time.Date(2016, 2, 8, 0, 0, 0, 0, time.UTC)
	if !DateReachable(doc, "2016-01-27", collected) {
		t.Error("a year-less day read in the collection year: not reachable")
	}
	if DateReachable(doc, "2016-01-26", collected) || DateReachable(doc, "2016-01-27", time.Time{}) {
		t.Error("a day the article does not give: reachable")
	}
	doc.Meta.Published = time.Date(2016, 1, 28, 0, 0, 0, 0, time.UTC)
	if !DateReachable(doc, "2016-01-28", time.Time{}) {
		t.Error("the publication date: not reachable")
	}
}
