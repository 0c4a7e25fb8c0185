package wordfilter

import (
	"strconv"
	"testing"
)

func TestTable(t *testing.T) {
	m := map[string]int{"monday": 1, "oct.": 2, "a": 3, "twenty-one": 4, "é": 5, "": 6}
	for i := range 100 { // enough words to make the probes collide and wrap
		m["w"+strconv.Itoa(i)] = 100 + i
	}
	tab := NewTable(m)
	if tab.Len() != len(m) {
		t.Errorf("Len() = %d, want %d", tab.Len(), len(m))
	}
	for w, want := range m {
		if got, ok := tab.Get(w); !ok || got != want {
			t.Errorf("Get(%q) = %d, %v, want %d, true", w, got, ok, want)
		}
		if !tab.Has(w) {
			t.Errorf("Has(%q) = false", w)
		}
	}
	for _, w := range []string{"Monday", "OCT.", "A", "Twenty-One"} {
		if !tab.MayHaveFolded(w) {
			t.Errorf("MayHaveFolded(%q) = false, though t has it lower-cased", w)
		}
	}
	for _, w := range []string{"tuesday", "Monday", "oct", "w100", "w", "b", "twenty"} {
		if got, ok := tab.Get(w); ok || got != 0 {
			t.Errorf("Get(%q) = %d, %v, want 0, false", w, got, ok)
		}
	}
}

func TestTableEmptyAndNil(t *testing.T) {
	empty := NewTable(map[string]bool{})
	if empty.Has("x") || empty.Has("") {
		t.Error("an empty table has a word")
	}
	var nilTable *Table[bool]
	if nilTable.Has("x") {
		t.Error("a nil table has a word")
	}
}

// BenchmarkTable looks up a mix of lexicon words and others, as a stage
// does for every token.
func BenchmarkTable(b *testing.B) {
	m := map[string]uint32{}
	for i := range 500 {
		m["word"+strconv.Itoa(i)] = uint32(i)
	}
	tab := NewTable(m)
	words := []string{"word1", "the", "word499", "of", "wordx", "killed", "word250", "Syria"}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			tab.Get(w)
		}
	}
}
