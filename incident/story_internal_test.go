package incident

import (
	"cmp"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
)

func TestLowerHashIsHashOfLowered(t *testing.T) {
	for _, w := range []string{"Damascus", "strike", "USAMIL", "al-Qaeda", "O'Brien"} {
		h, ascii := lowerHash(kindContent, w)
		if !ascii || h != termHash(kindContent, strings.ToLower(w)) {
			t.Errorf("lowerHash(%q) = %x, %v; want termHash of %q", w, h, ascii, strings.ToLower(w))
		}
	}
	if _, ascii := lowerHash(kindContent, "Zürich"); ascii {
		t.Error(`lowerHash("Zürich") claims ASCII`)
	}
	if termHash(kindName, "reid") == termHash(kindContent, "reid") {
		t.Error("a name and a content word with one text share a term")
	}
}

func TestHeaviest(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 5, 64, 199} {
		terms := make([]scored, 200)
		for i := range terms {
			// Few distinct weights, so that ties go by term.
			terms[i] = scored{termCount{term: uint64(rng.IntN(1 << 20))}, float64(rng.IntN(8))}
		}
		want := slices.Clone(terms)
		slices.SortFunc(want, func(a, b scored) int { return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.term, b.term)) })
		got := heaviest(terms, n)
		slices.SortFunc(got, func(a, b scored) int { return cmp.Or(cmp.Compare(b.w, a.w), cmp.Compare(a.term, b.term)) })
		if !reflect.DeepEqual(got, want[:n]) {
			t.Errorf("heaviest(%d) = %v, want %v", n, got, want[:n])
		}
	}
}

func TestProfileRoundTrip(t *testing.T) {
	s := newStories(0.2)
	b := &s.bag
	var r report
	terms := map[termKind]map[string]float64{
		kindName:    {"tara reid": 2, `o"brien \ jr`: 1, "zürich fc": 3},
		kindContent: {"rehab": 1.5, "tab\there": 1, "<b>": 4},
		kindEvent:   {"MOVE checked": 1},
	}
	for k := termKind(0); k < numKinds; k++ {
		b.start(k)
		for text, c := range terms[k] {
			b.add(text, c)
		}
		b.finish(&r)
	}
	r.days = []int{15000, 15002}
	data, err := encodeProfile(&r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := s.decodeProfile(data)
	if err != nil {
		t.Fatalf("%v in %s", err, data)
	}
	for k := termKind(0); k < numKinds; k++ {
		got, want := asMap(back, k), asMap(r, k)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("kind %d: read back %v, want %v", k, got, want)
		}
	}
	if !reflect.DeepEqual(back.days, r.days) {
		t.Errorf("days %v, want %v", back.days, r.days)
	}
}

type textCount struct {
	text string
	c    float64
}

// asMap returns a report's terms of a kind, with their texts and counts.
func asMap(r report, k termKind) map[uint64]textCount {
	m := map[uint64]textCount{}
	for i, t := range r.terms[k] {
		m[t.term] = textCount{r.text[k][i], t.c}
	}
	return m
}

// TestAppendCountIsShortestFloat checks appendCount against the 'g' format
// it stands in for, on whole numbers either side of its cutoff and on
// fractions.
func TestAppendCountIsShortestFloat(t *testing.T) {
	for _, c := range []float64{0, math.Copysign(0, -1), 1, 2, 7, 10, 99, 100, 12345, 999999, 1e6, 1000001, 2.5e7, 0.5, 1.25, 3.0000001, 1e-7, 123456.5} {
		want := strconv.FormatFloat(c, 'g', -1, 64)
		if got := string(appendCount(nil, c)); got != want {
			t.Errorf("appendCount(%v) = %s, want %s", c, got, want)
		}
	}
}
