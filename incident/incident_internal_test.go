package incident

import (
	"testing"
	"unicode"
)

// withoutOwn drops only the incidents at the end of a list whose latest
// report is the article's; the article's incidents earlier in a list (as
// in byStory, where they are not moved) stay, for match to pass over.
func TestWithoutOwn(t *testing.T) {
	a, b := &entry{lastDoc: "a"}, &entry{lastDoc: "b"}
	tests := []struct {
		list []*entry
		want int
	}{
		{nil, 0},
		{[]*entry{a, a}, 0},
		{[]*entry{b, a, a}, 1},
		{[]*entry{a, b, a}, 2},
		{[]*entry{a, b}, 2},
	}
	for _, tt := range tests {
		if got := withoutOwn(tt.list, "a"); len(got) != tt.want {
			t.Errorf("withoutOwn(%d entries) keeps %d, want %d", len(tt.list), len(got), tt.want)
		}
	}
}

// isCode's ASCII shortcut must answer as the rule it stands for: no space
// and no rune that upper-casing changes.
func TestIsCodeMatchesUpperCase(t *testing.T) {
	for _, s := range []string{"", "USAMIL", "SYRGOV", "usamil", "USA MIL", "Reid", "É", "é", "ÉTAT", "ß", "Σ", "σ", "X1-2", "A\u00a0B", "ǅ", "ΣΟΦΙΑ", "abc", "ABCd", "_~[]{}"} {
		want := s != ""
		for _, r := range s {
			if r == ' ' || unicode.ToUpper(r) != r {
				want = false
			}
		}
		if got := isCode(s); got != want {
			t.Errorf("isCode(%q) = %v, want %v", s, got, want)
		}
	}
}
