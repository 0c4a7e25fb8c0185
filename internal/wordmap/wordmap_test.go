package wordmap

import (
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	words := []string{"a", "an", "the", "said", "told", "accused", "according", "international", "internationally",
		"intergovernmental", "é", "naïve", "’s", "don't", "x\x00", "x"}
	x := New(words)
	for i, w := range words {
		if got := x.Find(w); got != i {
			t.Errorf("Find(%q) = %d, want %d", w, got, i)
		}
	}
	// Words that share a key's bytes or a length with a listed one.
	for _, w := range []string{"", "b", "A", "th", "thee", "sai", "saidd", "accuses", "intern", "internatiomal",
		"interxational", "intergovernmentaL", "x\x00\x00", "naive", "dont"} {
		if got := x.Find(w); got != -1 {
			t.Errorf("Find(%q) = %d, want -1", w, got)
		}
	}
}

func TestFindMany(t *testing.T) {
	// Enough words, of lengths on both sides of eight bytes, that slots
	// collide and probes wrap.
	var words []string
	for i := 0; i < 3000; i++ {
		w := strings.Repeat(string(rune('a'+i%26)), 1+i%13) + string(rune('a'+i/26%26)) + string(rune('a'+i/676))
		words = append(words, w)
	}
	x := New(words)
	for i, w := range words {
		if got := x.Find(w); got != i {
			t.Fatalf("Find(%q) = %d, want %d", w, got, i)
		}
		if got := x.Find(w + "z"); got >= 0 && words[got] != w+"z" {
			t.Fatalf("Find(%q) = %d (%q)", w+"z", got, words[got])
		}
	}
}

func TestEmpty(t *testing.T) {
	var x Index
	if got := x.Find("said"); got != -1 {
		t.Errorf("zero Index: Find = %d", got)
	}
	if got := New(nil).Find(""); got != -1 {
		t.Errorf("empty Index: Find(\"\") = %d", got)
	}
}

func BenchmarkFind(b *testing.B) {
	words := strings.Fields("the a an of to in said told accused according reported international officials")
	x := New(words)
	probe := strings.Fields("the officials said on Monday that the attack killed internationally known reporters")
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range probe {
			x.Find(w)
		}
	}
}
