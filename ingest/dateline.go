package ingest

import (
	"regexp"

	"github.com/sitrep-dev/sitrep"
)

// A wire dateline opens the text:
//
//	MOSCOW (Sputnik) —
//	BEIRUT, Oct 24 (Reuters) -
//	DAMASCUS, Syria (AP) —
//	KABUL, Afghanistan, March 3 —
//	Gaza City (AFP) -
//
// The pattern is assembled from parts, so each stays readable.
var (
	placeCaps  = `[\p{Lu}][\p{Lu}.'’\-]+(?:[ \t]+[\p{Lu}][\p{Lu}.'’\-]+){0,4}`
	placeTitle = `[\p{Lu}][\p{L}.'’\-]+(?:[ \t]+[\p{Lu}][\p{L}.'’\-]+){0,3}`
	region     = `(?:,[ \t]+[\p{Lu}][\p{L}.'’\-]+(?:[ \t]+[\p{Lu}][\p{L}.'’\-]+){0,2})?`
	month      = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`
	date       = `(?:,[ \t]+(` + month + `[ \t]+\d{1,2}(?:,[ \t]+\d{4})?|\d{1,2}[ \t]+` + month + `(?:[ \t]+\d{4})?))?`
	source     = `[ \t]*\(([^()\n]{1,40})\)`
	dash       = `[ \t]*(?:—|–|--?)[ \t]*`

	// With a source in brackets the place may be in title case; without
	// one it must be in capitals, so that an ordinary first sentence
	// ("Officials said — ...") is never taken for a dateline.
	datelineWithSource = regexp.MustCompile(`^[ \t]*(` + placeCaps + `|` + placeTitle + `)` + region + date + source + dash)
	datelineCapsOnly   = regexp.MustCompile(`^[ \t]*(` + placeCaps + `)` + region + date + `()` + dash)
)

// FindDateline returns the dateline at the start of text, if any.
func FindDateline(text string) (sitrep.Dateline, bool) {
	head := text[:min(len(text), 200)]
	for _, re := range []*regexp.Regexp{datelineWithSource, datelineCapsOnly} {
		m := re.FindStringSubmatchIndex(head)
		if m == nil {
			continue
		}
		dl := sitrep.Dateline{
			Span:  sitrep.Span{Start: m[0], End: m[1]},
			Place: sitrep.Span{Start: m[2], End: m[3]},
		}
		if m[4] >= 0 {
			dl.Date = sitrep.Span{Start: m[4], End: m[5]}
		}
		if m[6] >= 0 && m[7] > m[6] {
			dl.Source = sitrep.Span{Start: m[6], End: m[7]}
		}
		// Trim the dateline span's trailing white space, keeping the dash.
		for dl.End > dl.Start && (text[dl.End-1] == ' ' || text[dl.End-1] == '\t') {
			dl.End--
		}
		return dl, true
	}
	return sitrep.Dateline{}, false
}
