package date_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/stage/date"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

func run(tb testing.TB, text, published string) *sitrep.Document {
	tb.Helper()
	var meta sitrep.Metadata
	if published != "" {
		t, err := time.Parse("2006-01-02", published)
		if err != nil {
			t, err = time.Parse(time.RFC3339, published) // a time of day too
		}
		if err != nil {
			tb.Fatal(err)
		}
		meta.Published = t
	}
	doc := sitrep.NewDocument(text, meta)
	if err := segment.New().Run(context.Background(), doc); err != nil {
		tb.Fatal(err)
	}
	st, err := date.New(date.Config{})
	if err != nil {
		tb.Fatal(err)
	}
	if err := st.Run(context.Background(), doc); err != nil {
		tb.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		tb.Fatal(err)
	}
	return doc
}

func TestTimes(t *testing.T) {
	tests := []struct {
		name, published, text string
		want                  []string // "text=TYPE:value"
	}{
		{"past weekday", "2017-10-24", "Airstrikes killed 14 people on Monday.",
			[]string{"Monday=DATE:2017-10-23"}},
		{"weekday same day", "2017-10-23", "The strike happened on Monday.",
			[]string{"Monday=DATE:2017-10-23"}},
		{"future weekday", "2017-10-24", "The council will meet on Friday.",
			[]string{"Friday=DATE:2017-10-27"}},
		{"last and next weekday", "2017-10-24", "It began last Friday and ends next Tuesday.",
			[]string{"last Friday=DATE:2017-10-20", "next Tuesday=DATE:2017-10-31"}},
		{"numeric day first", "", "He died on Monday, 23/10/2017 in the city. On Monday the city was shelled.",
			[]string{"Monday, 23/10/2017=DATE:2017-10-23", "Monday=DATE:2017-10-23"}},
		{"numeric month first", "", "The report is dated 10/23/2017.",
			[]string{"10/23/2017=DATE:2017-10-23"}},
		{"convention from text", "", "It was signed on 23 October 2017 and announced on 05/11/2017.",
			[]string{"23 October 2017=DATE:2017-10-23", "05/11/2017=DATE:2017-11-05"}},
		{"iso", "", "Data as of 2017-10-23.", []string{"2017-10-23=DATE:2017-10-23"}},
		{"month day", "1998-08-10", "The bombing on Aug. 7 killed 200 people.",
			[]string{"Aug. 7=DATE:1998-08-07"}},
		{"month day year", "2020-01-01", "On October 24, 2017, the city fell.",
			[]string{"October 24, 2017=DATE:2017-10-24"}},
		{"relative units", "1998-08-10", "Sales rose last week, fell last month and will rise next year.",
			[]string{"last week=DATE:1998-W32", "last month=DATE:1998-07", "next year=DATE:1999"}},
		{"ago", "2017-10-24", "He left two days ago and returned three years ago.",
			[]string{"two days ago=DATE:2017-10-22", "three years ago=DATE:2014"}},
		{"today yesterday", "2017-10-24", "Shelling resumed yesterday and continues today.",
			[]string{"yesterday=DATE:2017-10-23", "today=DATE:2017-10-24"}},
		{"day before", "2017-10-24", "The talks ended on Oct. 20. The day before, rockets fell.",
			[]string{"Oct. 20=DATE:2017-10-20", "The day before=DATE:2017-10-19"}},
		{"late month", "2017-12-02", "Fighting escalated in late October.",
			[]string{"late October=DATE:2017-10"}},
		{"decade", "2017-10-24", "The war of the 1990s and the '80s.",
			[]string{"the 1990s=DATE:199", "'80s=DATE:198"}},
		{"this year", "2017-10-24", "Earlier this year and this month.",
			[]string{"Earlier this year=DATE:2017", "this month=DATE:2017-10"}},
		{"clock", "1998-08-07", "The bomb went off at 10:35 a.m. and another at 8 p.m.",
			[]string{"10:35 a.m.=TIME:1998-08-07T10:35", "8 p.m.=TIME:1998-08-07T20:00"}},
		{"clock later than the publication is the day before", "2024-01-27T02:00:00Z",
			"The ship was hit at 7:45 p.m. and again at 1:30 a.m.",
			[]string{"7:45 p.m.=TIME:2024-01-26T19:45", "1:30 a.m.=TIME:2024-01-27T01:30"}},
		{"clock in a named zone", "2024-01-27T02:00:00Z",
			"The ship was hit at 4:30 a.m. Sanaa time, and a drone fell at 23:10 GMT.",
			[]string{"4:30 a.m. Sanaa time=TIME:2024-01-27T04:30", "23:10 GMT=TIME:2024-01-26T23:10"}},
		{"clock in a clause about the future", "2024-01-27T02:00:00Z", "The council will meet at 8 p.m.",
			[]string{"8 p.m.=TIME:2024-01-27T20:00"}},
		{"clock split by the segmenter", "2015-12-06", "Shots were fired around 9:45 p.m Saturday near the park.",
			[]string{"9:45 p.m Saturday=TIME:2015-12-05T21:45"}},
		{"part of day", "2017-10-24", "Clashes broke out on Monday night and resumed yesterday morning.",
			[]string{"Monday night=DATE:2017-10-23", "yesterday morning=TIME:2017-10-23TMO"}},
		{"durations", "2017-10-24", "The siege lasted three days after a 16-hour battle over the past two years.",
			[]string{"three days=DURATION:P3D", "16-hour=DURATION:PT16H", "the past two years=DURATION:P2Y"}},
		{"sets", "2017-10-24", "Convoys leave every week and patrols run daily.",
			[]string{"every week=SET:P1W", "daily=SET:P1D"}},
		{"refs", "2017-10-24", "The city is now calm, but clashes erupted recently.",
			[]string{"now=DATE:PRESENT_REF", "recently=DATE:PAST_REF"}},
		{"quarter", "1989-10-25", "Profit rose in the third quarter.",
			[]string{"the third quarter=DATE:1989-Q3"}},
		{"holiday", "1999-11-30", "Shops closed on Thanksgiving Day and Christmas.",
			[]string{"Thanksgiving Day=DATE:1999-11-25", "Christmas=DATE:1999-12-25"}},
		{"month of a named year", "1998-03-10", "Sales fell in June last year and rose this year's third quarter.",
			[]string{"June last year=DATE:1997-06", "this year's third quarter=DATE:1998-Q3"}},
		{"nearest year", "1998-12-05", "Elections are due in April.",
			[]string{"April=DATE:1999-04"}},
		{"month named alone is the last one begun", "2024-06-04", "The siege began in October and eased in June.",
			[]string{"October=DATE:2023-10", "June=DATE:2024-06"}},
		{"month of a schedule in the present", "2024-06-04", "The vote is set for October and the law takes effect in September.",
			[]string{"October=DATE:2024-10", "September=DATE:2024-09"}},
		{"month after a modal in reported speech", "2024-06-04", "The minister said the offensive would last into October.",
			[]string{"October=DATE:2024-10"}},
		{"month opening a past clause", "2024-06-04", "In October, gunmen attacked the town.",
			[]string{"October=DATE:2023-10"}},
		{"clock of a schedule in the present", "2024-06-04T10:00:00Z", "The ceasefire takes effect at 7 p.m.",
			[]string{"7 p.m.=TIME:2024-06-04T19:00"}},
		{"month in a clause about the future", "2024-06-04", "Parliament will vote in October.",
			[]string{"October=DATE:2024-10"}},
		{"month just ahead is the coming one", "2024-06-04", "Elections are held in July.",
			[]string{"July=DATE:2024-07"}},
		{"this month name", "2024-06-04", "Elections are held this October.",
			[]string{"this October=DATE:2024-10"}},
		{"later is a duration", "1998-12-05", "Three days later, the ceasefire collapsed.",
			[]string{"Three days=DURATION:P3D"}},
		{"clock on a day", "1998-02-13", "The deadline passed at noon Thursday.",
			[]string{"noon Thursday=TIME:1998-02-12T12:00"}},
		{"decades in years", "2017-10-24", "The conflict has lasted two decades.",
			[]string{"two decades=DURATION:P20Y"}},
		{"spoken year", "1998-12-05", "It began in nineteen ninety-six.",
			[]string{"nineteen ninety-six=DATE:1996"}},
		{"not dates", "2017-10-24", "May they march on; 2000 people may come.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := run(t, tt.text, tt.published)
			var got []string
			for _, tm := range doc.Times {
				got = append(got, tm.Text(doc)+"="+string(tm.Type)+":"+tm.Value)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("times of %q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSentenceDates(t *testing.T) {
	text := "Jets struck the town on Monday, killing 14.\nRescuers searched the rubble. The toll rose.\nThe UN called for restraint."
	doc := run(t, text, "2017-10-25")
	want := []sitrep.SentenceDate{
		{Time: 0, Value: "2017-10-23", Precision: sitrep.TimeDay},
		{Time: 0, Value: "2017-10-23", Precision: sitrep.TimeDay}, // not in its paragraph: falls back
		{Time: 0, Value: "2017-10-23", Precision: sitrep.TimeDay},
		{Time: -1, Value: "2017-10-25", Precision: sitrep.TimeWeek},
	}
	// Sentences 1 and 2 are in the second paragraph, which has no date of its own.
	want[1] = sitrep.SentenceDate{Time: -1, Value: "2017-10-25", Precision: sitrep.TimeWeek}
	want[2] = want[1]
	if len(doc.SentenceDates) != len(want) {
		t.Fatalf("got %d sentence dates, want %d", len(doc.SentenceDates), len(want))
	}
	for i, w := range want {
		if doc.SentenceDates[i] != w {
			t.Errorf("sentence %d %q: got %+v, want %+v", i, doc.Sentences[i].Text(doc), doc.SentenceDates[i], w)
		}
	}
	doc = run(t, "Shots were fired at 9:45 on Saturday.", "2017-10-25")
	if got := doc.SentenceDates[0]; got.Value != "2017-10-21" || got.Time != 1 {
		t.Errorf("a clock time alone and a day: got %+v, want the day, 2017-10-21", got)
	}
	doc = run(t, "Jets struck the town on Monday. Rescuers searched the rubble.", "2017-10-25")
	if got := doc.SentenceDates[1]; got.Time != 0 || got.Value != "2017-10-23" {
		t.Errorf("second sentence of a paragraph: got %+v, want the first's date", got)
	}
}

// TestDatelineIsNotGoverning checks that the date of a dateline, when the
// report was filed, anchors relative dates and dates the sentences that
// have no date of their own, but never takes over from a date in the
// sentence.
func TestDatelineIsNotGoverning(t *testing.T) {
	tests := []struct {
		name, published, text string
		want                  []string // each sentence's "value/precision"
	}{
		{"dateline a day before the publication", "2024-06-04",
			"GAZA, June 3 (Reuters) - A strike killed five people, medics said.\nThe toll rose on Sunday. Rescuers searched.",
			[]string{"2024-06-03/2", "2024-06-02/1", "2024-06-02/1"}},
		{"dateline and weekday", "2019-03-12",
			"BEIRUT, March 12 (Reuters) - Airstrikes hit a market on Sunday, killing 21 civilians.\nThe toll rose.",
			[]string{"2019-03-10/1", "2019-03-12/2"}},
		{"dateline alone is the publication date", "2019-03-12",
			"BEIRUT, March 12 (Reuters) - Airstrikes hit a market, killing 21 civilians. The toll rose.",
			[]string{"2019-03-12/2", "2019-03-12/2"}},
		{"dateline anchors an unknown publication date", "",
			"BEIRUT, March 12, 2019 (Reuters) - Airstrikes hit a market on Sunday, killing 21 civilians. Rescuers searched the rubble.",
			[]string{"2019-03-10/1", "2019-03-10/1"}},
		{"dateline takes its year from the text", "",
			"KABUL, March 3 (AP) - A bomb exploded on Friday, three months after the attack of 2 December 2018.",
			[]string{"2019-03-01/1"}},
		{"dateline without another date falls back", "",
			"KABUL, March 3, 2019 (AP) - A bomb exploded near the ministry.",
			[]string{"2019-03-03/2"}},
		{"a later explicit date still wins", "2019-03-12",
			"BEIRUT, March 12 (Reuters) - The strike on March 9 killed 21 people.",
			[]string{"2019-03-09/1"}},
	}
	st, err := date.New(date.Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var meta sitrep.Metadata
			if tt.published != "" {
				meta.Published, _ = time.Parse("2006-01-02", tt.published)
			}
			doc, err := ingest.FromText(tt.text, meta)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Meta.Dateline.IsEmpty() {
				t.Fatalf("no dateline found in %q", tt.text)
			}
			if err := segment.New().Run(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			if err := st.Run(context.Background(), doc); err != nil {
				t.Fatal(err)
			}
			if err := doc.Check(); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, sd := range doc.SentenceDates {
				got = append(got, fmt.Sprintf("%s/%d", sd.Value, sd.Precision))
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("sentence dates of %q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSentenceDay checks the governing date of one sentence: ranges, and
// the day of a statement against the day of what it reports.
func TestSentenceDay(t *testing.T) {
	tests := []struct {
		text string
		want string // the sentence's "value/precision"
	}{
		{"Protests were held from Monday to Wednesday.", "2017-10-16/2"},
		{"Protests were held between Monday and Wednesday.", "2017-10-16/2"},
		{"Protests were held Monday through Wednesday.", "2017-10-16/2"},
		{"Protests were held from Oct. 2 until Oct. 5.", "2017-10-02/2"},
		{"Shelling continued from Monday to Wednesday and a strike hit on Thursday.", "2017-10-19/1"},
		{"The talks moved on Monday and ended on Wednesday.", "2017-10-16/1"},
		{"Fighting lasted from June to August.", "2017-06/3"},
		// The day a statement was made yields to the day it reports, but
		// not to a bound or a known act's date; alone, it stands.
		{"The coalition said Wednesday that its strike on Monday had hit a depot.", "2017-10-16/1"},
		{"The ministry announced on Thursday that a raid on Tuesday killed six.", "2017-10-17/1"},
		{"The army said on Monday it killed 12 militants.", "2017-10-16/1"},
		{"The ministry said on Wednesday that strikes had killed 96 people, bringing the toll since Oct. 7 to 2,000.", "2017-10-18/1"},
		{"Iran warned on Monday that it would retaliate for the Oct. 1 strike.", "2017-10-16/1"},
		// A date after the hearer is not read as the statement's.
		{"Officials told reporters on Wednesday that talks would resume on Monday.", "2017-10-18/1"},
		// A date of an agreement named as an object is not the sentence's.
		{"The president accused Israel of violating the ceasefire agreed in September.", "2017-10-20/2"},
		{"The president accused Israel on Monday of violating the ceasefire agreed in September.", "2017-10-16/1"},
		{"The two sides agreed in September to a ceasefire.", "2017-09/3"},
	}
	for _, tt := range tests {
		doc := run(t, tt.text, "2017-10-20")
		got := fmt.Sprintf("%s/%d", doc.SentenceDates[0].Value, doc.SentenceDates[0].Precision)
		if got != tt.want {
			t.Errorf("sentence date of %q = %s, want %s", tt.text, got, tt.want)
		}
	}
}

func FuzzStage(f *testing.F) {
	for _, s := range []string{
		"On Monday, 23/10/2017 at 10:35 a.m. the day before last week.",
		"BEIRUT, March 12 (Reuters) - Strikes on Sunday from Monday to Wednesday at 9:45 p.m",
		"KABUL, Feb 30 (AP) - on 2 March 2018",
		"the the the 99/99/9999 1990s '90s mid- mid-October Oct. 32",
		"\"unbalanced “quotes 2017-02-30 12:61 a.m. every every",
		"",
	} {
		f.Add(s, true)
	}
	st, err := date.New(date.Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, published bool) {
		var meta sitrep.Metadata
		if published {
			meta.Published = time.Date(2017, 10, 24, 0, 0, 0, 0, time.UTC)
		}
		doc := sitrep.NewDocument(text, meta)
		if dl, ok := ingest.FindDateline(doc.Text); ok {
			doc.Meta.Dateline = dl
		}
		if err := segment.New().Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := st.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Check(); err != nil {
			t.Fatal(err)
		}
	})
}

// benchText is a news-like text dense in dates and numbers.
var benchText = strings.Repeat(`BEIRUT, Oct 24 (Reuters) - Airstrikes on Monday killed at least 14 civilians and wounded 30 others in the eastern city, a monitor said on Tuesday. The death toll rose to 112 from 98 last week, including six children. Three days ago, two soldiers were killed and a volunteer was injured at 10:35 a.m. near the border, where fighting has raged since 2011.
The ministry said on 23/10/2017 that dozens of people had been arrested and hundreds displaced over the past two months. No casualties were reported in the second attack, which took place late on Sunday night, nearly two weeks after talks in Geneva collapsed.
`, 40)

func BenchmarkStage(b *testing.B) {
	doc := sitrep.NewDocument(benchText, sitrep.Metadata{Published: time.Date(2017, 10, 24, 0, 0, 0, 0, time.UTC)})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		b.Fatal(err)
	}
	st, err := date.New(date.Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := st.Run(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

func TestAmbiguousNumericDate(t *testing.T) {
	doc := run(t, "The report is dated 03/04/2017.", "")
	if len(doc.Times) != 1 || doc.Times[0].Value != "2017-03-04" {
		t.Fatalf("times = %+v, want 03/04/2017 read month first", doc.Times)
	}
	if len(doc.Diagnostics) != 1 || doc.Diagnostics[0].Layer != sitrep.LayerTimes {
		t.Errorf("diagnostics = %+v, want one about the guessed order", doc.Diagnostics)
	}
	doc = run(t, "Signed on 23/10/2017, dated 03/04/2017.", "")
	if len(doc.Times) != 2 || doc.Times[1].Value != "2017-04-03" || len(doc.Diagnostics) != 0 {
		t.Errorf("with a day-first date in the text: times = %+v, diagnostics = %+v", doc.Times, doc.Diagnostics)
	}
}
