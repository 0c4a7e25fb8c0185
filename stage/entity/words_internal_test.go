package entity

import (
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// The per-token caches must answer exactly as the functions they replace.
func TestWordHelpersMatchStrings(t *testing.T) {
	words := []string{"", "a", "The", "US-led", "anti-Daesh", "ÉTAT", "état", "İstanbul", "Kelvin\u212a",
		"NATO", "F-16", "ez-Zor", "’s", "“", "a\u00a0b", "x\tY  z", "\xff", "\ufffd", "ΣΟΦΙΑ", "3rd"}
	for _, w := range words {
		if got, want := lowerWord(w), strings.ToLower(w); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", w, got, want)
		}
		s := shapeOf(w)
		if got := s&shapeCapitalized != 0; got != isCapitalized(w) {
			t.Errorf("shapeOf(%q) capitalized = %v", w, got)
		}
		a := &annotator{words: []string{w}, shapes: []shape{s}}
		if got := a.allCaps(0); got != isAllCaps(w) || a.allCaps(0) != got {
			t.Errorf("allCaps(%q) = %v", w, got)
		}
		if got := s&shapeHyphen != 0; got != strings.Contains(w, "-") {
			t.Errorf("shapeOf(%q) hyphen = %v", w, got)
		}
		if got, want := appendFields(nil, w), strings.Fields(w); strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
			t.Errorf("appendFields(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestWordFilterKeepsItsWords(t *testing.T) {
	lx, err := parseLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for w, c := range lx.classes {
		if c&(classNominal|classMultiFirst) != 0 && !lx.heads.MayHave(w) {
			t.Errorf("heads filter rejects %q", w)
		}
		if c&(classPersonPronoun|classIt|classThey) != 0 && !lx.pronouns.MayHave(w) {
			t.Errorf("pronouns filter rejects %q", w)
		}
	}
	for w := range lx.exact {
		if !lx.exactWords.MayHave(w) {
			t.Errorf("exact words filter rejects %q", w)
		}
	}
	rejected := 0
	for _, w := range strings.Fields("quickly brown jumped over lazy dog yesterday parliament elections") {
		if !lx.heads.MayHave(w) {
			rejected++
		}
	}
	if rejected == 0 {
		t.Error("heads filter rejects nothing")
	}
}

// mergeRuns must give the order a stable sort gives, or decline.
func TestMergeRunsIsStableSort(t *testing.T) {
	starts := [][]int{
		{}, {5}, {1, 2, 3}, {1, 3, 5, 2, 3, 4}, {3, 3, 1, 3}, {4, 5, 1, 2, 6, 0}, {2, 1, 0}, {1, 1, 1, 1, 0, 1},
	}
	for _, s := range starts {
		a := &annotator{}
		for _, st := range s {
			a.ms = append(a.ms, mention{span: sitrep.Span{Start: st, End: st + 1}})
		}
		want := make([]int, len(s))
		for i := range want {
			want[i] = i
		}
		slices.SortStableFunc(want, func(x, y int) int { return s[x] - s[y] })
		got := make([]int, len(s))
		if !a.mergeRuns(got) {
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("mergeRuns(%v) = %v, want %v", s, got, want)
		}
	}
	a := &annotator{ms: []mention{{span: sitrep.Span{Start: 2}}, {span: sitrep.Span{Start: 1}}, {span: sitrep.Span{Start: 0}}}}
	if a.mergeRuns(make([]int, 3)) {
		t.Error("mergeRuns accepted three runs")
	}
}

// setShapes finds hyphens in the text; it must agree with shapeOf per token.
func TestSetShapesMatchesShapeOf(t *testing.T) {
	text := "US-led anti-Daesh - F-16 ez-Zor--x Éta-t -"
	var words []sitrep.Span // the text's words
	for i := 0; i < len(text); {
		j := strings.IndexByte(text[i:], ' ')
		if j < 0 {
			j = len(text) - i
		}
		words = append(words, sitrep.Span{Start: i, End: i + j})
		i += j + 1
	}
	tests := [][]sitrep.Span{
		words,
		{span(0, 2), span(2, 3), span(3, 6), span(7, 11), span(12, 17)},
		{span(0, 6), span(3, 17), span(20, 24)}, // overlapping tokens
		{},
	}
	for _, spans := range tests {
		a := &annotator{text: text}
		for _, s := range spans {
			a.toks = append(a.toks, sitrep.Token{Span: s})
			a.words = append(a.words, text[s.Start:s.End])
		}
		a.shapes = make([]shape, len(spans))
		a.setShapes()
		for i, w := range a.words {
			if a.shapes[i] != shapeOf(w) {
				t.Errorf("setShapes: token %q has shape %b, want %b", w, a.shapes[i], shapeOf(w))
			}
		}
	}
}

func span(start, end int) sitrep.Span { return sitrep.Span{Start: start, End: end} }
