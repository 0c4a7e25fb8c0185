package attrib

import (
	"sort"

	"github.com/sitrep-dev/sitrep"
)

// partialQuotations notes in each attribution whose content is not itself
// a quotation the quotations that content holds: "its forces had
// “eliminated five terrorists”" reports indirectly, yet the quoted words
// are the speaker's own, which an analyst cites as such. Not noted: a
// quotation the paragraph left open (it runs to the paragraph's end); a
// name in marks, whose words are all capitalized (Operation “Iron
// Swords”); and one inside the content of an attribution nested in this
// one, whose speaker said it ("The Kremlin said Ukraine had launched “a
// terrorist attack”, TASS reported" quotes the Kremlin, not TASS). out's
// contents are final and out is sorted by Start; x.quotes is in text
// order.
func (x *extractor) partialQuotations(out []sitrep.Attribution) {
	for i := range out {
		a := &out[i]
		if a.Direct || a.Content.IsEmpty() {
			continue
		}
		q := sort.Search(len(x.quotes), func(k int) bool { return x.quotes[k].Start >= a.Content.Start })
		for ; q < len(x.quotes) && x.quotes[q].Start < a.Content.End; q++ {
			qt := x.quotes[q]
			if qt.unclosed || !a.Content.Contains(qt.Span) || x.titleInMarks(qt.Span) || nestedHolds(out, i, qt.Span) {
				continue
			}
			a.Quoted = append(a.Quoted, qt.Span)
		}
	}
}

// titleInMarks reports whether the two or more words inside quotation sp
// are all capitalized: a name or title in marks, “Iron Swords”, not words
// said.
func (x *extractor) titleInMarks(sp sitrep.Span) bool {
	words := 0
	for j := x.tokenAfter(sp.Start); j < len(x.toks) && x.toks[j].End <= sp.End; j++ {
		if x.toks[j].Kind != sitrep.TokenWord {
			continue
		}
		if !startsUpper(x.text[x.toks[j].Start:]) {
			return false
		}
		words++
	}
	return words > 1 // one word may be the speaker's label: “Nazi” positions
}

// nestedHolds reports whether an attribution of out other than the i-th,
// lying inside the i-th's content, has sp in its own content. out is
// sorted by Start.
func nestedHolds(out []sitrep.Attribution, i int, sp sitrep.Span) bool {
	c := out[i].Content
	for k := sort.Search(len(out), func(k int) bool { return out[k].Start >= c.Start }); k < len(out) && out[k].Start < c.End; k++ {
		if k != i && c.Contains(out[k].Span) && out[k].Content != c && out[k].Content.Contains(sp) {
			return true
		}
	}
	return false
}
