package attrib

import (
	"strings"
	"testing"
)

// TestMarkScanner checks the mark search of findQuotations against a byte
// by byte one, from every offset of texts with each mark at every place,
// asked in ascending order as findQuotations asks.
func TestMarkScanner(t *testing.T) {
	texts := []string{"", "abc", "Syria, 1 \t(x)!#", "“Yes,” he said.\n‘No’ — «non» ''x'' \"q\" it's"}
	for _, c := range []byte{'\n', '"', '\'', 0xE2, 0xC2, 0x80, 0xFF} {
		for pos := 0; pos < 10; pos++ {
			b := []byte("abcdefghij")
			b[pos] = c
			texts = append(texts, string(b))
		}
	}
	for _, text := range texts {
		for step := 1; step <= 3; step++ {
			m := newMarkScanner(text)
			for i := 0; i <= len(text); i += step {
				want := len(text)
				if j := strings.IndexAny(text[i:], "\n\"'"); j >= 0 {
					want = i + j
				}
				for j := i; j < want; j++ {
					if text[j] == 0xE2 || text[j] == 0xC2 {
						want = j
					}
				}
				if got := m.from(i); got != want {
					t.Errorf("%q: from(%d) = %d, want %d", text, i, got, want)
				}
			}
		}
	}
}

// TestNestedCurlyQuotations checks when a curly quotation opened inside a
// curly one nests in it: only when its paragraph closes both.
func TestNestedCurlyQuotations(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"“They call it “liberation” but we lost our homes,” he said.", "“They call it “liberation” but we lost our homes,”"},
		// The outer quotation lost its closing mark: the second
		// opening mark does not hide the first closing one.
		{"“The shelling went on, he said. “We hid.” Then silence.", "“The shelling went on, he said. “We hid.”"},
		// Over two paragraphs, the second paragraph's opening mark
		// continues the quotation rather than nesting.
		{"“We waited.\n\n“Then it “stopped” and we ran.” he said.", "“We waited.\n\n“Then it “stopped” and we ran.”"},
	} {
		qs := findQuotations(tc.text, nil)
		if len(qs) == 0 {
			t.Errorf("%q: no quotation", tc.text)
			continue
		}
		if got := tc.text[qs[0].Start:qs[0].End]; got != tc.want {
			t.Errorf("%q: first quotation %q, want %q", tc.text, got, tc.want)
		}
	}
}
