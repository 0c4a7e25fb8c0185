package ingest

import (
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// TestHeader checks what the lines above a story give: the publisher, the
// time of publication and the dateline under them.
func TestHeader(t *testing.T) {
	tests := []struct {
		name, text, source, published, dateline string
	}{
		{"a date line before the dateline",
			"Drone strike kills militia commander\n\nNovember 17, 2022 9:05 AM GMT\n\nBAGHDAD/WASHINGTON, Nov 17 (Reuters) - A drone strike killed …",
			"Reuters", "2022-11-17T09:05:00Z", "BAGHDAD/WASHINGTON, Nov 17 (Reuters) -"},
		{"an outlet's byline and a published line",
			"Jihadists storm army post in central Mali\n\nBy AFP\nPublished November 14, 2023\n\nSuspected jihadists attacked …",
			"AFP", "2023-11-14T00:00:00Z", ""},
		{"a byline in capitals takes the outlet's name, and the dateline's abbreviation gives way to it",
			"Thousands flee as insurgents raid town\n\nBy THE ASSOCIATED PRESS\nMarch 21, 2023\n\nMAPUTO, Mozambique (AP) — Insurgents …",
			"Associated Press", "2023-03-21T00:00:00Z", "MAPUTO, Mozambique (AP) —"},
		{"a standfirst before a staff byline",
			"Gunmen abduct dozens of students in Zamfara\n\nPolice say 42 pupils missing after dawn raid on boarding school.\n\nBy Al Jazeera Staff\nPublished On 24 May 2022\n\nGunmen on motorcycles …",
			"Al Jazeera", "2022-05-24T00:00:00Z", ""},
		{"an outlet's name on a line of its own, and a time of day in another zone",
			"Suicide bomber kills 25 at rally\n\nARAB NEWS\nUpdated 09 October 2023 14:20 PKT\n\nPESHAWAR: A suicide bomber …",
			"Arab News", "2023-10-09T00:00:00Z", ""},
		{"a one-word outlet in capitals takes its name",
			"Strike kills five\nREUTERS\n\nThe strike …", "Reuters", "", ""},
		{"a dateline after a header of six lines",
			"Strike kills commander\nThe militia vowed revenge.\nBy Jane Doe\nREUTERS\nNovember 17, 2022\nUpdated November 17, 2022\nBAGHDAD, Nov 17 (Reuters) - A drone strike …",
			"Reuters", "2022-11-17T00:00:00Z", "BAGHDAD, Nov 17 (Reuters) -"},
		{"a writer and an outlet", "Talks resume\nBy Jane Doe, Reuters\n\nTalks resumed on Monday.", "Reuters", "", ""},
		{"a writer alone names no outlet", "Talks resume\nBy Jane Doe\n\nTalks resumed on Monday.", "", "", ""},
		{"a sentence opening with By is the story", "By Tuesday evening, Reuters had confirmed it.\nMay 3, 2021", "", "", ""},
		{"a standfirst with nothing after it is the story's first paragraph",
			"Talks resume\n\nThe two sides met on Monday.\n\nBAGHDAD (AP) — text", "", "", ""},
		{"a line opening with By and a day is no byline",
			"Talks resume\n\nThe two sides met on Monday.\nBy Tuesday the talks had failed\n\nBAGHDAD (AP) — text", "", "", ""},
		{"an impossible day is no date line", "Talks resume\nFebruary 31, 2022\n\nThe two sides met.", "", "", ""},
		{"a title-case name alone may be the story's word", "Strike kills five\nReuters\n\nThe strike …", "", "", ""},
	}
	for _, tt := range tests {
		doc, err := FromText(tt.text, sitrep.Metadata{})
		if err != nil {
			t.Fatal(err)
		}
		published := ""
		if !doc.Meta.Published.IsZero() {
			published = doc.Meta.Published.Format(time.RFC3339)
		}
		if dl := doc.Meta.Dateline.Text(doc); doc.Meta.Source != tt.source || published != tt.published || dl != tt.dateline {
			t.Errorf("%s: source %q, published %q, dateline %q; want %q, %q, %q", tt.name, doc.Meta.Source, published, dl, tt.source, tt.published, tt.dateline)
		}
	}
}

// TestHeaderKeepsTheCallersMetadata checks that what the caller gives wins
// over what the header says.
func TestHeaderKeepsTheCallersMetadata(t *testing.T) {
	given := time.Date(2023, 11, 15, 8, 0, 0, 0, time.UTC)
	doc, err := FromText("Army post stormed\nBy AFP\nPublished November 14, 2023\n\nJihadists attacked …", sitrep.Metadata{Source: "Le Monde", Published: given})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Source != "Le Monde" || !doc.Meta.Published.Equal(given) {
		t.Errorf("source %q, published %v; want the caller's", doc.Meta.Source, doc.Meta.Published)
	}
}

// FuzzReadHeader checks that a header's lines lie in the text, in order,
// that a dateline found under it lies in the text, and that a date line
// gives a real day.
func FuzzReadHeader(f *testing.F) {
	f.Add("Headline\n\nBy AFP\nPublished November 14, 2023\n\nPARIS (AFP) - Text.")
	f.Add("Headline\nARAB NEWS\nUpdated 09 October 2023 2:20 PM GMT\n\nText.")
	f.Add("By \xff\n\n2023-02-29\n")
	f.Fuzz(func(t *testing.T, text string) {
		h := readHeader(text)
		prev := -1
		for _, at := range h.starts {
			if at <= prev || at > len(text) {
				t.Fatalf("starts %v out of order or past the text's %d bytes", h.starts, len(text))
			}
			prev = at
		}
		if dl, ok := findDateline(text, h); ok && (dl.Start < 0 || dl.End > len(text) || dl.Start > dl.End) {
			t.Fatalf("dateline %+v outside the text", dl.Span)
		}
		if p := h.published; !p.IsZero() && (p.Year() < 1900 || p.Year() > 2200) {
			t.Fatalf("published %v", p)
		}
	})
}
