package cardinal

import (
	"strings"
	"testing"
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
