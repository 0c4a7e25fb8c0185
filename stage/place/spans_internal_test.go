package place

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// spanIndex must answer as a scan of all its spans does.
func TestSpanIndexMatchesScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 200; trial++ {
		var x spanIndex
		for range rng.IntN(20) {
			start := rng.IntN(200)
			sp := sitrep.Span{Start: start, End: start + 1 + rng.IntN(15)}
			x.spans = append(x.spans, sp)
			x.maxLen = max(x.maxLen, sp.Len())
		}
		slices.SortFunc(x.spans, func(a, b sitrep.Span) int { return a.Start - b.Start })
		for range 50 {
			start := rng.IntN(220)
			s := sitrep.Span{Start: start, End: start + 1 + rng.IntN(10)}
			want := slices.ContainsFunc(x.spans, s.Overlaps)
			if got := x.overlaps(s); got != want {
				t.Fatalf("spans %v: overlaps(%v) = %v, want %v", x.spans, s, got, want)
			}
		}
	}
}

// applyEntities must keep the same places whether it scans the recognized
// ones or looks them up in a spanIndex.
func TestEntityPlacesIndexMatchesScan(t *testing.T) {
	s := newStage(t)
	// Every capitalized word after the first of its sentence stands for a
	// GPE mention of the entity stage, and pairs of them for LOC mentions
	// over both, so that mentions overlap recognized places and each other.
	var ms []sitrep.Mention
	doc := annotate(t, s, newsText, sitrep.Metadata{})
	for i, tok := range doc.Tokens {
		w := newsText[tok.Start:tok.End]
		if i == 0 || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		ms = append(ms, sitrep.Mention{Span: tok.Span, Kind: sitrep.MentionName, Type: sitrep.GPE, Entity: -1})
		if i+1 < len(doc.Tokens) && tok.End+1 == doc.Tokens[i+1].Start {
			ms = append(ms, sitrep.Mention{Span: sitrep.Span{Start: tok.Start, End: doc.Tokens[i+1].End}, Kind: sitrep.MentionName, Type: sitrep.LOC, Entity: -1})
		}
	}
	places := func(scanned int) []sitrep.Place {
		defer func(n int) { maxScannedPlaces = n }(maxScannedPlaces)
		maxScannedPlaces = scanned
		return annotate(t, s, newsText, sitrep.Metadata{}, ms...).Places
	}
	scan, index := places(1<<30), places(0)
	if len(scan) == 0 {
		t.Fatal("no places")
	}
	if !slices.EqualFunc(scan, index, func(a, b sitrep.Place) bool {
		return a.Span == b.Span && a.GeonameID == b.GeonameID && a.Kind == b.Kind
	}) {
		t.Errorf("the index keeps other places than a scan:\nscan  %v\nindex %v", scan, index)
	}
}

// A place the gazetteer lacks falls back to the finest region resolved in
// its own sentence, and is dropped in a sentence without one.
func TestFallbackToTheSentencesRegion(t *testing.T) {
	s := newStage(t)
	text := "Fighting reached the village of Qarqozat in Deir ez-Zor province on Monday. Later the rebels left Zibdiyan."
	gpe := func(name string) sitrep.Mention {
		i := strings.Index(text, name)
		return sitrep.Mention{Span: sitrep.Span{Start: i, End: i + len(name)}, Kind: sitrep.MentionName, Type: sitrep.GPE, Entity: -1}
	}
	doc := annotate(t, s, text, sitrep.Metadata{}, gpe("Qarqozat"), gpe("Zibdiyan"))
	var got []string
	for _, p := range doc.Places {
		got = append(got, fmt.Sprintf("%s=%s/%d", p.Span.Text(doc), p.Admin1Name, p.Precision))
	}
	found := false
	for _, p := range doc.Places {
		switch p.Span.Text(doc) {
		case "Qarqozat":
			found = true
			if p.Admin1Name != "Deir ez-Zor" || p.Precision < sitrep.PrecisionNear {
				t.Errorf("Qarqozat: %s, precision %d; want Deir ez-Zor's region, near (places %v)", p.Admin1Name, p.Precision, got)
			}
		case "Zibdiyan":
			t.Errorf("Zibdiyan: kept with no region in its sentence (places %v)", got)
		}
	}
	if !found {
		t.Errorf("Qarqozat dropped; places %v", got)
	}
}
