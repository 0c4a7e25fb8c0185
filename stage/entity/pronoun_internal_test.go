package entity

import "testing"

// findPronouns skips words longer than maxPronoun without looking them up.
func TestMaxPronounCoversEveryPronoun(t *testing.T) {
	for _, set := range []map[string]bool{personPronouns, itPronouns, theyPronouns} {
		for p := range set {
			if len(p) > maxPronoun {
				t.Errorf("pronoun %q is longer than maxPronoun (%d)", p, maxPronoun)
			}
		}
	}
}
