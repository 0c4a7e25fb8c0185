package place

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestNotAName(t *testing.T) {
	lx, err := parseLexicon(lexiconText)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word string
		want bool
	}{
		{"I", true},       // folds like the Finnish town Ii
		{"N.", true},      // an initial
		{"II", true},      // "World War II"
		{"XIV", true},     // a Roman numeral
		{"We're", true},   // folds like "Were"
		{"They’re", true}, // typographic apostrophe
		{"I've", true},
		{"don't", true},
		{"Ii", false}, // the town's own spelling
		{"Homs", false},
		{"O'Hare", false},
		{"D'Iberville", false},
		{"DC", false},
		{"Ma'arrat", false},
	}
	for _, tt := range tests {
		if got := lx.notAName(tt.word); got != tt.want {
			t.Errorf("notAName(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

// span returns the span of the n-th (from 0) occurrence of sub in text.
func spanOf(text, sub string, n int) sitrep.Span {
	off := 0
	for ; n > 0; n-- {
		off += strings.Index(text[off:], sub) + len(sub)
	}
	i := off + strings.Index(text[off:], sub)
	return sitrep.Span{Start: i, End: i + len(sub)}
}

// TestFalseToponyms checks each guard against words that the gazetteer
// matches but that are no places where they stand, beside places that must
// stay.
func TestFalseToponyms(t *testing.T) {
	s := newStage(t)
	type ment struct {
		text string
		n    int // occurrence
		typ  sitrep.EntityType
	}
	tests := []struct {
		name     string
		text     string
		mentions []ment
		want     []string // the toponyms and their kinds, "text/kind"
	}{
		{name: "the pronoun I", text: "I said the deal was done, and I left for Homs.", want: []string{"Homs/toponym"}},
		{name: "a Roman numeral", text: "World War II veterans met in Damascus.", want: []string{"Damascus/toponym"}},
		{name: "a contraction", text: "We're ready, they said in Homs. They’re not.", want: []string{"Homs/toponym"}},
		{name: "an initial", text: "The restaurant near N. 14th Street in Mosul was hit.", want: []string{"Mosul/toponym"}},
		{name: "a common word after a quotation mark", text: "He said: “Early voting ends today in Aleppo.”", want: []string{"Aleppo/toponym"}},
		{name: "a common word spelled like no town", text: "Officials urged people to Stay, a doctor in Mosul said.", want: []string{"Mosul/toponym"}},
		{name: "a title", text: "Vice President Joe Biden and Sens. Smith visited Erbil.", want: []string{"Erbil/toponym"}},
		{name: "a number abbreviation", text: "The No. 2 official in Baghdad resigned.", want: []string{"Baghdad/toponym"}},
		{name: "a holiday", text: "Children played with toys from Christmas in Basra.", want: []string{"Basra/toponym"}},
		{name: "a street or park", text: "A house in Hunting Park was damaged.", want: nil},
		{name: "a business word", text: "He was shot outside Shenk's Cafe and ran to a Metro station in Basra.", want: []string{"Basra/toponym"}},
		{name: "a people", text: "A 29-year-old Latina died in Basra.", want: []string{"Basra/toponym"}},
		{
			name: "a lowercase organization word",
			text: "Milwaukee police said a man died. The Milwaukee Police Department said more.",
			want: []string{"Milwaukee/toponym", "Milwaukee/in_name"},
		},
		{name: "a postal code qualifier", text: "He was shot in Springfield, MO, police said.", want: []string{"Springfield/toponym", "MO/toponym"}},
		{
			name:     "a surname after the full name",
			text:     "Zakareia Husein was killed. Husein's family offered a reward in Mosul.",
			mentions: []ment{{"Zakareia Husein", 0, sitrep.PERSON}},
			want:     []string{"Mosul/toponym"},
		},
		{
			name:     "a surname after a title",
			text:     "President Obama spoke. Obama said the talks in Doha went well.",
			mentions: []ment{{"President Obama", 0, sitrep.PERSON}},
			want:     []string{"Doha/toponym"},
		},
		{
			name:     "a person's namesake after a locative cue stays",
			text:     "Andrew Jackson was born poor. Protesters gathered in Jackson.",
			mentions: []ment{{"Andrew Jackson", 0, sitrep.PERSON}},
			want:     []string{"Jackson/toponym"},
		},
		{
			name:     "a well-known city beside a person the tagger names after it",
			text:     "Black Memphis man shot. Police said Memphis was calm.",
			mentions: []ment{{"Black Memphis", 0, sitrep.PERSON}},
			want:     []string{"Memphis/toponym"},
		},
		{
			name:     "weak entity mentions",
			text:     "The shooting near East 14th Street ended at The Summit, officials from MO said.",
			mentions: []ment{{"East", 0, sitrep.LOC}, {"The Summit", 0, sitrep.LOC}, {"MO", 0, sitrep.GPE}},
			want:     nil,
		},
		{
			name:     "a place the tagger calls a person once, after a cue",
			text:     "Students in Lombard won awards.",
			mentions: []ment{{"Lombard", 0, sitrep.PERSON}},
			want:     []string{"Lombard/toponym"},
		},
	}
	kinds := map[sitrep.PlaceKind]string{sitrep.PlaceToponym: "toponym", sitrep.PlaceInName: "in_name",
		sitrep.PlaceAdjectival: "adjectival", sitrep.PlaceDatelineName: "dateline"}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []sitrep.Mention
			for _, m := range tt.mentions {
				ms = append(ms, sitrep.Mention{Span: spanOf(tt.text, m.text, m.n), Type: m.typ, Kind: sitrep.MentionName, Entity: -1})
			}
			slices.SortFunc(ms, func(a, b sitrep.Mention) int { return a.Start - b.Start })
			doc := annotate(t, s, tt.text, sitrep.Metadata{}, ms...)
			var got []string
			for _, p := range doc.Places {
				got = append(got, p.Span.Text(doc)+"/"+kinds[p.Kind])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("places = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestBorneNameOverAlternate(t *testing.T) {
	s := newStage(t)
	doc := annotate(t, s, "A man was shot in Philadelphia.", sitrep.Metadata{})
	if len(doc.Places) != 1 || doc.Places[0].GeonameID != 4560349 {
		t.Errorf("Philadelphia = %+v, want the US city 4560349, not Amman (an alternate name)", doc.Places)
	}
}

func TestDatelineWeighsInFocusCity(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		text, want string
	}{
		{"HOMS — A bomb hit Hama overnight.", "HOMS"},                   // the dateline beats one mention
		{"HOMS — A bomb hit Hama. Hama was quiet on Monday.", "Hama"},   // but not two
		{"HOMS — A bomb hit Hama. In Homs, Hama was the talk.", "HOMS"}, // and adds to its town's mentions
		{"A bomb hit Hama overnight, a doctor in Homs said.", "Hama"},   // without a dateline, the first
	}
	for _, tt := range tests {
		var meta sitrep.Metadata
		if strings.HasPrefix(tt.text, "HOMS") {
			meta.Dateline = sitrep.Dateline{Span: sitrep.Span{Start: 0, End: len("HOMS —")}, Place: sitrep.Span{Start: 0, End: 4}}
		}
		doc := annotate(t, s, tt.text, meta)
		c := doc.Focus.City
		if c < 0 || doc.Places[c].Span.Text(doc) != tt.want {
			t.Errorf("%q: focus city %d in %v, want %q", tt.text, c, texts(doc), tt.want)
		}
	}
}
