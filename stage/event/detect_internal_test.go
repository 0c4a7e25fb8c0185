package event

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestHasCurlyApostrophe(t *testing.T) {
	for _, w := range []string{"", "’", "syria’s", "it's", "‘quoted’", "“", "—", "\xe2\x80", "a\xe2\x80\x98b", "x’"} {
		if got, want := hasCurlyApostrophe(w), strings.Contains(w, "’"); got != want {
			t.Errorf("hasCurlyApostrophe(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestNotableTown(t *testing.T) {
	for _, tc := range []struct {
		pl   sitrep.Place
		want bool
	}{
		{sitrep.Place{Name: "Sa'dah", Feature: "P.PPLA", Population: 51870}, true},
		{sitrep.Place{Name: "Goma", Feature: "P.PPL", Population: 670000}, true},
		{sitrep.Place{Name: "Darfur", Feature: "A.ADM1"}, true},
		{sitrep.Place{Name: "Nixon", Feature: "P.PPL", Population: 2465}, false},
		{sitrep.Place{Name: "Ala", Feature: "P.PPLA3", Population: 5331}, false},
	} {
		if got := notableTown(&tc.pl); got != tc.want {
			t.Errorf("notableTown(%s) = %v, want %v", tc.pl.Name, got, tc.want)
		}
	}
}
