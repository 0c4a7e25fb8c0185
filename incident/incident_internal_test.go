package incident

import (
	"slices"
	"testing"
	"unicode"

	"github.com/sitrep-dev/sitrep"
)

// A bucket's withoutOwn leaves out only incidents added for the document
// asked about, at its end, and keeps track of them as others are removed.
func TestBucketWithoutOwn(t *testing.T) {
	from := func(doc string) *entry {
		return &entry{inc: &sitrep.Incident{Reports: []sitrep.Report{{Document: doc}}}}
	}
	a, b, c := from("d1"), from("d2"), from("d2")
	var none *bucket
	if got := none.withoutOwn("d2"); got != nil {
		t.Errorf("a missing bucket gives %v", got)
	}
	var x bucket
	x.add(a)
	x.add(b)
	x.add(c)
	for _, tt := range []struct {
		doc  string
		want []*entry
	}{{"d2", []*entry{a}}, {"d1", []*entry{a, b, c}}, {"d3", []*entry{a, b, c}}} {
		if got := x.withoutOwn(tt.doc); !slices.Equal(got, tt.want) {
			t.Errorf("withoutOwn(%s) = %d entries, want %d", tt.doc, len(got), len(tt.want))
		}
	}
	x.remove(a) // before the run: it starts one earlier
	if got := x.withoutOwn("d2"); len(got) != 0 {
		t.Errorf("after removing d1's incident, withoutOwn(d2) keeps %d", len(got))
	}
	x.remove(c)
	if got := x.withoutOwn("d1"); !slices.Equal(got, []*entry{b}) {
		t.Errorf("after removing c, withoutOwn(d1) = %d entries, want b", len(got))
	}
	a.inc.Reports = append(a.inc.Reports, sitrep.Report{Document: "d2"}) // a joined by d2 goes to the end: the run grows
	x.add(a)
	if got := x.withoutOwn("d2"); len(got) != 0 {
		t.Errorf("withoutOwn(d2) keeps %d of d2's incidents", len(got))
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
