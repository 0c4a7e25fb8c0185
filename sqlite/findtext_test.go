package sqlite

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// textWords make the texts of textStore: the first words are in most
// documents, the last in few.
var textWords = strings.Fields("alpha alpha alpha beta gamma gamma delta delta epsilon zeta")

// textStore returns a store of n documents of random words from
// textWords, with two events each, and the text of each document by ID.
func textStore(t *testing.T, n int) (*Store, map[string]string) {
	t.Helper()
	s := openMemory(t)
	rng := rand.New(rand.NewPCG(3, 4))
	texts := map[string]string{}
	b := &sitrep.Batch{}
	for i := range n {
		var words []string
		for range 3 + rng.IntN(6) {
			words = append(words, textWords[rng.IntN(len(textWords))])
		}
		if i%50 == 0 {
			words = append(words, "omega") // rare
		}
		words = append(words, fmt.Sprintf("n%d", i))
		published := time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(60))
		doc := sitrep.NewDocument(strings.Join(words, " "), sitrep.Metadata{Language: "en", Published: published,
			Source: fmt.Sprintf("S%d", rng.IntN(3))})
		span := sitrep.Span{Start: 0, End: len(words[0])}
		for k := range 2 {
			country := []string{"SY", "IQ", "YE"}[rng.IntN(3)]
			doc.Places = append(doc.Places, sitrep.Place{Span: span, Kind: sitrep.PlaceToponym, Mention: -1,
				Name: "P" + country, Country: country, Lat: 30 + rng.Float64()*10, Lon: 35 + rng.Float64()*10,
				Precision: sitrep.PrecisionTown})
			doc.Events = append(doc.Events, sitrep.Event{Span: span, Category: sitrep.ASSAULT, Modality: sitrep.Asserted,
				Actor: sitrep.Argument{Mention: -1, Entity: -1}, Target: sitrep.Argument{Mention: -1, Entity: -1},
				Place: k, Date: sitrep.SentenceDate{Time: -1, Value: published.AddDate(0, 0, -rng.IntN(5)).Format("2006-01-02"),
					Precision: sitrep.TimeDay}, Dead: -1, Injured: -1})
		}
		texts[doc.ID] = doc.Text
		b.Documents = append(b.Documents, doc)
		if len(b.Documents) == 37 || i == n-1 { // several commits, several index segments
			if err := s.Commit(t.Context(), b); err != nil {
				t.Fatal(err)
			}
			b.Documents = nil
		}
	}
	return s, texts
}

// naiveMatch evaluates the full-text queries the test uses on text alone:
// a word, a phrase of two words in quotes, or "a NOT b".
func naiveMatch(query, text string) bool {
	words := strings.Fields(text)
	if a, b, ok := strings.Cut(query, " NOT "); ok {
		return naiveMatch(a, text) && !naiveMatch(b, text)
	}
	if phrase, ok := strings.CutPrefix(query, `"`); ok {
		first, second, _ := strings.Cut(strings.TrimSuffix(phrase, `"`), " ")
		for i := 0; i+1 < len(words); i++ {
			if words[i] == first && words[i+1] == second {
				return true
			}
		}
		return false
	}
	return slices.Contains(words, query)
}

// TestFindTextMatchesNaive compares FindEvents with a full-text query, in
// every plan, with filtering the events found without it.
func TestFindTextMatchesNaive(t *testing.T) {
	s, texts := textStore(t, 400)
	day := func(d int) time.Time { return time.Date(2022, 1, d, 0, 0, 0, 0, time.UTC) }
	filters := []sitrep.EventFilter{
		{},
		{From: day(10), To: day(20)},
		{Country: "IQ"},
		{BBox: &sitrep.BBox{MinLat: 30, MinLon: 35, MaxLat: 35, MaxLon: 40}},
		{Source: "S1", From: day(5)},
	}
	queries := []string{"alpha", `"gamma delta"`, "omega", "alpha NOT beta", "epsilon NOT omega", "nothing"}
	savedRare, savedChecked := rareMatches, checkedDocuments
	defer func() { rareMatches, checkedDocuments = savedRare, savedChecked }()
	for _, plan := range []struct{ rare, checked int }{{2000, 1000}, {0, 0}, {0, 100000}, {0, 40}} {
		rareMatches, checkedDocuments = plan.rare, plan.checked
		for _, base := range filters {
			all, err := s.FindEvents(t.Context(), base)
			if err != nil {
				t.Fatal(err)
			}
			for _, query := range queries {
				var want []string
				for _, e := range all {
					if naiveMatch(query, texts[e.Document]) {
						want = append(want, fmt.Sprintf("%s/%d", e.Document, e.Index))
					}
				}
				for _, limit := range []int{0, 1, 7, 60} {
					f := base
					f.Text, f.Limit = query, limit
					found, err := s.FindEvents(t.Context(), f)
					if err != nil {
						t.Fatalf("%+v: %v", f, err)
					}
					var got []string
					for _, e := range found {
						got = append(got, fmt.Sprintf("%s/%d", e.Document, e.Index))
					}
					w := want
					if limit > 0 && len(w) > limit {
						w = w[:limit]
					}
					if !slices.Equal(got, w) {
						t.Errorf("rare %d, checked %d, %+v: %d events, want %d\ngot  %v\nwant %v",
							plan.rare, plan.checked, f, len(got), len(w), got, w)
					}
				}
			}
		}
	}
}
