package wordfilter

import (
	"strings"
	"testing"
)

func TestFilter(t *testing.T) {
	var f Filter
	added := []string{"monday", "oct.", "'90s", "a", "twenty-one", strings.Repeat("x", 80), "é"}
	for _, w := range added {
		f.Add(w)
	}
	for _, w := range added {
		if !f.MayHave(w) {
			t.Errorf("MayHave(%q) = false after Add", w)
		}
	}
	// Each of these differs from every added word in its first or last
	// byte or its length, so the filter must reject it.
	for _, w := range []string{"", "tuesday", "mondays", "b", "oct", "1990s", "x", "ê"} {
		if f.MayHave(w) {
			t.Errorf("MayHave(%q) = true, want false", w)
		}
	}
	f.Add("")
	if !f.MayHave("") {
		t.Error(`MayHave("") = false after Add("")`)
	}
}

func TestFilterLongWordsShareALength(t *testing.T) {
	var f Filter
	f.Add("a" + strings.Repeat("b", 70) + "c")
	if !f.MayHave("a" + strings.Repeat("b", 100) + "c") {
		t.Error("a longer word with the same ends must pass: long lengths share a bit")
	}
}

// TestMayHaveFolded checks that MayHaveFolded never answers no for a word
// whose lower case was added, and answers as MayHave does for the lower
// case of an ASCII word.
func TestMayHaveFolded(t *testing.T) {
	var f Filter
	added := []string{"syrian", "south korean", "ștei", "kurdish"}
	for _, w := range added {
		f.Add(w)
	}
	for _, w := range []string{"Syrian", "SYRIAN", "South Korean", "SOUTH KOREAN", "Ștei", "KurdisH", "syrian"} {
		if !f.MayHaveFolded(w) {
			t.Errorf("MayHaveFolded(%q) = false, but its lower case was added", w)
		}
	}
	for _, w := range []string{"Damascus", "The", "Syria", "X", "Kurd"} {
		if got, want := f.MayHaveFolded(w), f.MayHave(strings.ToLower(w)); got != want {
			t.Errorf("MayHaveFolded(%q) = %v, MayHave of its lower case = %v", w, got, want)
		}
	}
}

func BenchmarkMayHave(b *testing.B) {
	var f Filter
	for _, w := range strings.Fields("january february march april may june july august september october november december monday tuesday") {
		f.Add(w)
	}
	words := strings.Fields("the army said on monday that 14 civilians were killed in shelling near the town , and 30 others were injured .")
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, w := range words {
			f.MayHave(w)
		}
	}
}
