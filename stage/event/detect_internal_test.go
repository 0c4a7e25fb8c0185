package event

import (
	"strings"
	"testing"
)

func TestHasCurlyApostrophe(t *testing.T) {
	for _, w := range []string{"", "’", "syria’s", "it's", "‘quoted’", "“", "—", "\xe2\x80", "a\xe2\x80\x98b", "x’"} {
		if got, want := hasCurlyApostrophe(w), strings.Contains(w, "’"); got != want {
			t.Errorf("hasCurlyApostrophe(%q) = %v, want %v", w, got, want)
		}
	}
}
