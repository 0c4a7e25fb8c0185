package attrib

import (
	"sort"

	"github.com/sitrep-dev/sitrep"
)

// partialQuotations notes in each attribution whose content is not itself
// a quotation the quotations that content holds: "its forces had
// “eliminated five terrorists”" reports indirectly, yet the quoted words
// are the speaker's own, which an analyst cites as such. out's contents
// are final (the dateline is trimmed), and x.quotes is in text order.
func (x *extractor) partialQuotations(out []sitrep.Attribution) {
	for i := range out {
		a := &out[i]
		if a.Direct || a.Content.IsEmpty() {
			continue
		}
		q := sort.Search(len(x.quotes), func(k int) bool { return x.quotes[k].Start >= a.Content.Start })
		for ; q < len(x.quotes) && x.quotes[q].Start < a.Content.End; q++ {
			if a.Content.Contains(x.quotes[q].Span) {
				a.Quoted = append(a.Quoted, x.quotes[q].Span)
			}
		}
	}
}
