package number_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/date"
	"github.com/sitrep-dev/sitrep/stage/number"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

func run(tb testing.TB, text string) *sitrep.Document {
	tb.Helper()
	doc := sitrep.NewDocument(text, sitrep.Metadata{})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		tb.Fatal(err)
	}
	st, err := number.New()
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

// describe writes a figure as "text: min..max unit victim", max "+" if open.
func describe(doc *sitrep.Document, f sitrep.Figure) string {
	hi := fmt.Sprint(f.Count.Max)
	if f.Count.Open {
		hi = "+"
	}
	s := fmt.Sprintf("%s: %d..%s %s", f.Text(doc), f.Count.Min, hi, f.Unit)
	if f.Victim != "" {
		s += " " + f.Victim
	}
	if f.Total {
		s += " total"
	}
	if f.PartOf >= 0 {
		s += fmt.Sprintf(" part of %d", f.PartOf)
	}
	return s
}

func TestFigures(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Airstrikes hit the city, killing at least 14 civilians and leaving 30 others injured.",
			[]string{"at least 14 civilians: 14..+ killed civilians", "30 others: 30..30 injured"}},
		{"It said one of its volunteers had been killed and another one injured.",
			[]string{"one of its volunteers: 1..1 killed aid workers", "another one: 1..1 injured aid workers"}},
		{"Fourteen soldiers were killed and more than 20 wounded.",
			[]string{"Fourteen soldiers: 14..14 killed soldiers", "more than 20 wounded: 21..+ injured"}},
		// A headline's plural subject in -men kills; it is not one victim.
		{"Gunmen killed five people in Borno",
			[]string{"five people: 5..5 killed"}},
		{"Police arrested between 10 and 15 protesters.",
			[]string{"between 10 and 15 protesters: 10..15 arrested protesters"}},
		{"Dozens of people were injured and hundreds displaced.",
			[]string{"Dozens of people: 24..99 injured", "hundreds displaced: 200..999 displaced"}},
		{"The death toll rose to 112, including six children.",
			[]string{"112: 112..112 killed total", "six children: 6..6 killed children part of 0"}},
		{"No casualties were reported.",
			[]string{"No casualties: 0..0 killed", "No casualties: 0..0 injured"}},
		{"John Smith, 24, was shot dead outside his home.",
			[]string{"John Smith: 1..1 killed"}},
		{"A policeman was wounded and two journalists were kidnapped.",
			[]string{"A policeman: 1..1 injured police", "two journalists: 2..2 kidnapped journalists"}},
		{"Half of the 40 passengers were killed and a third of the 300 residents fled.",
			[]string{"Half of the 40 passengers: 20..20 killed civilians"}},
		{"Nearly half of the 40 passengers were injured.",
			[]string{"Nearly half of the 40 passengers: 20..20 injured civilians"}},
		{"Up to 30 people are missing after the flood.",
			[]string{"Up to 30 people: 0..30 missing"}},
		{"The bomb killed 12 and injured a dozen.",
			[]string{"12: 12..12 killed", "a dozen: 12..12 injured"}},
		{"Man shot, killed on west side",
			[]string{"Man: 1..1 killed"}},
		{"Police said a 21-year-old man who was shot by officers is in stable condition.",
			[]string{"a 21-year-old man: 1..1 injured"}},
		{"The gunman shot and killed his wife before turning the gun on himself.",
			[]string{"his wife: 1..1 killed"}},
		{"Timothy Bunn killed himself during the standoff.",
			[]string{"Timothy Bunn: 1..1 killed"}},
		{"Investigators are looking into a fatal shooting downtown.",
			[]string{"fatal shooting: 1..+ killed"}},
		{"A man's body was found near the river.",
			[]string{"A man: 1..1 killed"}},
		{"Five soldiers and a civilian were killed at the checkpoint.",
			[]string{"Five soldiers: 5..5 killed soldiers", "a civilian: 1..1 killed civilians"}},
		{"The 25-year-old was shot dead late Tuesday.",
			[]string{"The 25-year-old: 1..1 killed"}},
		// A time after a bare count; a parenthesis before the participle.
		{"Fighting killed 12 people and wounded 48 overnight.",
			[]string{"12 people: 12..12 killed", "48: 48..48 injured"}},
		{"At least nine civilians, including women and children, had been killed.",
			[]string{"At least nine civilians: 9..+ killed civilians"}},
		{"Nine civilians, including two children, killed in strike",
			[]string{"Nine civilians: 9..9 killed civilians", "two children: 2..2 killed children part of 0"}},
		{"Nine civilians, including two children, attacked the soldiers.", nil},
		// A people counted: plural demonyms, not adjectives.
		{"At least 30 Palestinians were killed and five Iraqis were wounded.",
			[]string{"At least 30 Palestinians: 30..+ killed", "five Iraqis: 5..5 injured"}},
		{"Two Palestinian children were killed.",
			[]string{"Two Palestinian children: 2..2 killed children"}},
		// Active verbs whose subjects are not victims.
		{"Three gunmen killed two guards.",
			[]string{"two guards: 2..2 killed soldiers"}},
		{"John Smith shot a neighbor.",
			[]string{"a neighbor: 1..1 injured"}},
		// The group the people counted belong to, before the participle.
		{"Police said 12 members of the armed forces were killed and three members of the police wounded.",
			[]string{"12 members: 12..12 killed", "three members: 3..3 injured police"}},
		{"Ten members of the council voted.", nil},
		// A place or a time between a toll and its verb.
		{"The death toll in the province since March had risen to 412.",
			[]string{"412: 412..412 killed total"}},
		// Injuries described; drones shot down are no casualties.
		{"Six workers had suffered minor injuries.",
			[]string{"Six workers: 6..6 injured"}},
		{"Three drones flew at the ship and one was shot down.", nil},
		// Jargon for enemies killed, counted, even in scare quotes; a single
		// person "neutralised" may have been subdued.
		{"The army said it had \"neutralised\" 20 insurgents and police neutralized the gunman.",
			[]string{"20 insurgents: 20..20 killed fighters"}},
		// A part of people an active verb counts no number of.
		{"Shelling hit the town, killing villagers including 14 children.",
			[]string{"14 children: 14..+ killed children"}},
		// Numbers that are not casualty figures.
		{"On Oct. 23, 2017, the alliance of over 70 members met for 3 hours and raised 14 percent.", nil},
		{"Prices rose 5 percent in 2016, killing 3 percent of growth.", nil},
	}
	for _, tt := range tests {
		doc := run(t, tt.text)
		var got []string
		for _, f := range doc.Figures {
			got = append(got, describe(doc, f))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("figures of %q\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestNumbers(t *testing.T) {
	tests := []struct {
		text string
		want []string // "text=min..max qualifier"
	}{
		{"at least fourteen", []string{"at least fourteen=14..0+ at least"}},
		{"twenty-six and one hundred and five", []string{"twenty-six=26..26 ", "one hundred and five=105..105 "}},
		{"3.5 million and 1,200", []string{"3.5 million=3500000..3500000 ", "1,200=1200..1200 "}},
		{"two or three", []string{"two or three=2..3 between"}},
		{"nearly 100", []string{"nearly 100=100..100 about"}},
		{"fewer than 10", []string{"fewer than 10=0..9 fewer than"}},
		{"scores", []string{"scores=40..99 "}},
		{"half of the 40 and a third of its 300 and half the 41", []string{"half of the 40=20..20 ", "a third of its 300=100..100 ", "half the 41=20..21 "}},
		{"nearly two-thirds of 90", []string{"nearly two-thirds of 90=60..60 about"}},
		{"half of them and a quarter of an hour", nil},
		{"Oct. 23 and 23 October and 10:35 and 2017", nil},
	}
	for _, tt := range tests {
		doc := run(t, tt.text)
		var got []string
		for _, n := range doc.Numbers {
			open := ""
			if n.Value.Open {
				open = "+"
			}
			got = append(got, fmt.Sprintf("%s=%d..%d%s %s", n.Text(doc), n.Value.Min, n.Value.Max, open, n.Qualifier))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("numbers of %q\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func FuzzStage(f *testing.F) {
	for _, s := range []string{
		"killing at least 14 civilians and leaving 30 others injured",
		"between and and 10 or or more John Smith, 24, was No casualties",
		"another one another a an the death toll rose to to to",
		"2 worshipper and", // a coordination cut off by the end of the text
		"",
	} {
		f.Add(s)
	}
	st, err := number.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := sitrep.NewDocument(text, sitrep.Metadata{})
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

var benchText = strings.Repeat(`BEIRUT, Oct 24 (Reuters) - Airstrikes on Monday killed at least 14 civilians and wounded 30 others in the eastern city, a monitor said on Tuesday. The death toll rose to 112 from 98 last week, including six children. Three days ago, two soldiers were killed and a volunteer was injured at 10:35 a.m. near the border, where fighting has raged since 2011.
The ministry said on 23/10/2017 that dozens of people had been arrested and hundreds displaced over the past two months. No casualties were reported in the second attack, which took place late on Sunday night, nearly two weeks after talks in Geneva collapsed.
`, 40)

func BenchmarkStage(b *testing.B) {
	doc := sitrep.NewDocument(benchText, sitrep.Metadata{})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		b.Fatal(err)
	}
	st, err := number.New()
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

// BenchmarkDateAndNumber measures the date and number stages together, as
// the pipeline runs them, on text already segmented.
func BenchmarkDateAndNumber(b *testing.B) {
	doc := sitrep.NewDocument(benchText, sitrep.Metadata{Published: time.Date(2017, 10, 24, 0, 0, 0, 0, time.UTC)})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		b.Fatal(err)
	}
	d, err := date.New(date.Config{})
	if err != nil {
		b.Fatal(err)
	}
	n, err := number.New()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := d.Run(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
		if err := n.Run(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}
