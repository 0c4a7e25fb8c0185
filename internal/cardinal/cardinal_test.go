package cardinal

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in    string
		value int64
		n     int
	}{
		{"14 civilians", 14, 1},
		{"1,200 people", 1200, 1},
		{"1,20 people", 0, 0},
		{"3.5 million", 3500000, 2},
		{"fourteen soldiers", 14, 1},
		{"twenty-six", 26, 1},
		{"twenty six", 26, 2},
		{"one hundred and five", 105, 4},
		{"a hundred", 100, 2},
		{"a dozen", 12, 2},
		{"two dozen", 24, 2},
		{"two thousand five hundred", 2500, 4},
		{"five six", 5, 1},
		{"a man", 0, 0},
		{"and five", 0, 0},
		{"", 0, 0},
	}
	for _, tt := range tests {
		v, n := Parse(strings.Fields(tt.in), 0)
		if v != tt.value || n != tt.n {
			t.Errorf("Parse(%q) = %d, %d; want %d, %d", tt.in, v, n, tt.value, tt.n)
		}
	}
}

func TestOrdinal(t *testing.T) {
	for w, want := range map[string]int{"third": 3, "23rd": 23, "1st": 1, "twenty-first": 21, "3": 0, "rd": 0, "first-quarter": 0} {
		got, ok := Ordinal(w)
		if got != want || ok != (want > 0) {
			t.Errorf("Ordinal(%q) = %d, %v; want %d", w, got, ok, want)
		}
	}
}

func TestLower(t *testing.T) {
	if Lower("Monday") != "monday" || Lower("ÉTÉ") != "été" || Lower("plain") != "plain" {
		t.Error("Lower does not lower-case")
	}
}

func TestLowerText(t *testing.T) {
	tests := []struct {
		text string
		ok   bool
	}{
		{"", true},
		{"Army Col. Ryan Dillon SAID", true},
		{"ÉTAT-MAJOR à Deir ez-Zor “quoted” ’s — ΑΘΗΝΑ Москва", true},
		{"all lower-case already", true},
		{"İstanbul", false},            // "İ" lowers to two runes, three bytes
		{"a 5 \u2126 resistor", false}, // the ohm sign lowers to a two-byte ω
		{"5 \u212a", false},            // the Kelvin sign lowers to a one-byte "k"
		{"bad \xff byte", false},
	}
	for _, tt := range tests {
		lower, ok := LowerText(tt.text)
		if ok != tt.ok {
			t.Errorf("LowerText(%q) ok = %v, want %v", tt.text, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if lower != strings.ToLower(tt.text) {
			t.Errorf("LowerText(%q) = %q, want %q", tt.text, lower, strings.ToLower(tt.text))
		}
		// Every rune-aligned slice must equal the lowered slice.
		for i := range tt.text {
			for j := i; j <= len(tt.text); j++ {
				if j < len(tt.text) && !utf8.RuneStart(tt.text[j]) {
					continue
				}
				if got, want := lower[i:j], Lower(tt.text[i:j]); got != want {
					t.Fatalf("LowerText(%q)[%d:%d] = %q, want %q", tt.text, i, j, got, want)
				}
			}
		}
	}
}

// TestGeneralPunctuationHasNoCase guards LowerText's shortcut.
func TestGeneralPunctuationHasNoCase(t *testing.T) {
	for r := rune(0x2000); r <= 0x206f; r++ {
		if !generalPunctuation(r) || unicode.ToLower(r) != r {
			t.Errorf("%U: generalPunctuation %v, lower %U", r, generalPunctuation(r), unicode.ToLower(r))
		}
	}
}

// TestLowerTextEveryASCIIByte checks the eight-bytes-at-a-time path
// against strings.ToLower for every ASCII byte at every position.
func TestLowerTextEveryASCIIByte(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		for pos := 0; pos < 8; pos++ {
			b := []byte("xYz@[`{Q\x7f01234567")
			b[pos] = byte(c)
			text := string(b)
			if got, ok := LowerText(text); !ok || got != strings.ToLower(text) {
				t.Fatalf("LowerText(%q) = %q, %v; want %q", text, got, ok, strings.ToLower(text))
			}
		}
	}
}

func FuzzLowerText(f *testing.F) {
	f.Add("Army Col. Ryan Dillon SAID “We DENY it” in DEIR EZ-ZOR")
	f.Add("\u0130stanbul")
	f.Fuzz(func(t *testing.T, text string) {
		lower, ok := LowerText(text)
		if !ok {
			return
		}
		if lower != strings.ToLower(text) {
			t.Fatalf("LowerText(%q) = %q, want %q", text, lower, strings.ToLower(text))
		}
	})
}

// TestWordReadsEveryNumberWord checks that Word's filter lets through every
// number word and compound, and rejects other words.
func TestWordReadsEveryNumberWord(t *testing.T) {
	for w, v := range units {
		if got, ok := Word(w); !ok || got != v {
			t.Errorf("Word(%q) = %d, %v; want %d", w, got, ok, v)
		}
		for tw, tv := range tens {
			if got, ok := Word(tw); !ok || got != tv {
				t.Errorf("Word(%q) = %d, %v; want %d", tw, got, ok, tv)
			}
			if v > 0 && v < 10 {
				if got, ok := Word(tw + "-" + w); !ok || got != tv+v {
					t.Errorf("Word(%q) = %d, %v; want %d", tw+"-"+w, got, ok, tv+v)
				}
			}
		}
	}
	for _, w := range []string{"dozen"} {
		if _, ok := Word(w); !ok {
			t.Errorf("Word(%q) is not a number word", w)
		}
	}
	for _, w := range []string{"the", "twenty-ten", "ones", "", "Two"} {
		if v, ok := Word(w); ok {
			t.Errorf("Word(%q) = %d, true; want no number", w, v)
		}
	}
}
