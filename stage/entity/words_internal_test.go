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
		"NATO", "F-16", "ez-Zor", "’s", "“", "a\u00a0b", "x\tY  z", "\xff", "\ufffd", "ΣΟΦΙΑ", "3rd",
		"(“Army”),", "“”", ",;", "\"x\xff\"", "\xff,", "a\u0085b\u00a0",
		"U.S.", "al Qaeda", "Al-Nusra", "O'Brien", "x\vy", "Al  Qaeda", " Al", "Al ", "A B C", "a\nb"}
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
		if got, want := trimPunct(w), strings.Trim(w, sectorPunct); got != want {
			t.Errorf("trimPunct(%q) = %q, want %q", w, got, want)
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

// newAnnotator (setHyphens) finds hyphens in the text; it must agree with shapeOf per token.
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
		doc := &sitrep.Document{Text: text}
		for _, s := range spans {
			doc.Tokens = append(doc.Tokens, sitrep.Token{Span: s})
		}
		a := newAnnotator(nil, doc, nil)
		if !slices.IsSorted(a.capitals) || !slices.IsSorted(a.hyphens) {
			t.Errorf("newAnnotator: capitals %v or hyphens %v out of order", a.capitals, a.hyphens)
		}
		for i, w := range a.words {
			if w != text[spans[i].Start:spans[i].End] {
				t.Errorf("newAnnotator: token %d is %q", i, w)
			}
			if a.shapes[i] != shapeOf(w) {
				t.Errorf("newAnnotator: token %q has shape %b, want %b", w, a.shapes[i], shapeOf(w))
			}
			if listed := slices.Contains(a.capitals, int32(i)); listed != a.capitalized(i) {
				t.Errorf("newAnnotator: token %q in capitals: %v", w, listed)
			}
			if listed := slices.Contains(a.hyphens, int32(i)); listed != a.hasHyphen(i) {
				t.Errorf("newAnnotator: token %q in hyphens: %v", w, listed)
			}
			if a.lower(i) != strings.ToLower(w) {
				t.Errorf("newAnnotator: token %q lowers to %q", w, a.lower(i))
			}
		}
	}
}

func span(start, end int) sitrep.Span { return sitrep.Span{Start: start, End: end} }

// keyTable must answer as a map would, across resets and growth.
func TestKeyTableMatchesMap(t *testing.T) {
	var kt keyTable
	for round := range 3 {
		kt.reset()
		want := make(map[string]int)
		for i := range 200 * (round + 1) {
			k := []byte(strings.Repeat("k", i%7) + string(rune('a'+i%26)) + strings.Repeat("\x00", i%3))
			if got := kt.get(k, hashKey(k)); got != want[string(k)] {
				t.Fatalf("round %d: get(%q) = %d, want %d", round, k, got, want[string(k)])
			}
			kt.set(k, hashKey(k), i+1)
			want[string(k)] = i + 1
		}
		for k, v := range want {
			if got := kt.get([]byte(k), hashKey([]byte(k))); got != v {
				t.Errorf("round %d: get(%q) = %d, want %d", round, k, got, v)
			}
		}
		if got := kt.get([]byte("absent"), hashKey([]byte("absent"))); got != 0 {
			t.Errorf("get(absent) = %d", got)
		}
	}
}

// lower must give strings.ToLower of each token, also in a text whose lower
// case changes some byte offsets (the Kelvin sign, a dotted capital I).
func TestLowerMatchesToLower(t *testing.T) {
	for _, text := range []string{"The US-led Coalition", "Kelvin\u212a in İSTANBUL, ÉTAT"} {
		doc := &sitrep.Document{Text: text}
		for start := 0; start < len(text); {
			end := strings.IndexByte(text[start:], ' ')
			if end < 0 {
				end = len(text) - start
			}
			doc.Tokens = append(doc.Tokens, sitrep.Token{Span: sitrep.Span{Start: start, End: start + end}})
			start += end + 1
		}
		a := newAnnotator(nil, doc, nil)
		for i, tok := range doc.Tokens {
			if w := text[tok.Start:tok.End]; a.lower(i) != strings.ToLower(w) {
				t.Errorf("lower(%q) = %q", w, a.lower(i))
			}
		}
		if a.lower(-1) != "" || a.lower(len(doc.Tokens)) != "" {
			t.Errorf("lower outside the document is not empty")
		}
	}
}
