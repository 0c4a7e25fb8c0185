package ingest

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
)

// A wire dateline opens the text:
//
//	MOSCOW (Sputnik) —
//	BEIRUT, Oct 24 (Reuters) -
//	DAMASCUS, Syria (AP) —
//	KABUL, Afghanistan, March 3 —
//	GOMA, Democratic Republic of Congo, July 27 (Reuters) -
//	Gaza City (AFP) -
//	Gusau (Nigeria) (AFP) -
//	JERUSALEM/BEIRUT, July 31 (Reuters) -
//	MOSCOW, May 30. /TASS/.
//
// The pattern is assembled from parts, so each stays readable.
var (
	placeCaps  = `[\p{Lu}][\p{Lu}.'’\-]+(?:(?:[ \t]+|/)[\p{Lu}][\p{Lu}.'’\-]+){0,4}`
	placeTitle = `[\p{Lu}][\p{L}.'’\-]+(?:[ \t]+[\p{Lu}][\p{L}.'’\-]+){0,3}`
	region     = `(?:,[ \t]+[\p{Lu}][\p{L}.'’\-]+(?:[ \t]+(?:(?:of|and)[ \t]+(?:the[ \t]+)?)?[\p{Lu}][\p{L}.'’\-]+){0,3})?`
	// AFP puts the country in brackets before its own name: "Gusau
	// (Nigeria) (AFP) -". Only before a source: one bracket alone is the
	// source.
	bracketRegion = `(?:[ \t]*\([\p{Lu}][\p{L}.'’\-]+(?:[ \t]+(?:(?:of|and)[ \t]+(?:the[ \t]+)?)?[\p{Lu}][\p{L}.'’\-]+){0,3}\))?`
	month         = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`
	date          = `(?:,[ \t]+(` + month + `[ \t]+\d{1,2}(?:,[ \t]+\d{4})?|\d{1,2}[ \t]+` + month + `(?:[ \t]+\d{4})?))?`
	source        = `[ \t]*\(([^()\n]{1,40})\)`
	dash          = `[ \t]*(?:—|–|--?)[ \t]*` // a hyphen glued to the next word: see gluedHyphenOK
	// TASS puts its name between slashes after the date, with no dash.
	slashSource = `\.?[ \t]+/([^/\n]{1,40})/\.?[ \t]+`

	// With a source in brackets the place may be in title case; without
	// one it must be in capitals, so that an ordinary first sentence
	// ("Officials said — ...") is never taken for a dateline.
	datelineWithSource = regexp.MustCompile(`^[ \t]*(` + placeCaps + `|` + placeTitle + `)` + region + bracketRegion + date + source + dash)
	datelineCapsOnly   = regexp.MustCompile(`^[ \t]*(` + placeCaps + `)` + region + date + `()` + dash)
	datelineSlash      = regexp.MustCompile(`^[ \t]*(` + placeCaps + `)` + region + date + slashSource)
)

// FindDateline returns the dateline at the start of text, or at the start
// of the line after its header (a headline, a byline, a date line: see
// readHeader), as extracted web pages and some feeds put it.
func FindDateline(text string) (sitrep.Dateline, bool) {
	return findDateline(text, readHeader(text))
}

func findDateline(text string, h header) (sitrep.Dateline, bool) {
	for _, at := range h.starts {
		if dl, ok := datelineAt(text, at); ok {
			return dl, true
		}
	}
	return sitrep.Dateline{}, false
}

func isHeadline(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) >= 200 {
		return false
	}
	// A headline may end with a quotation ('Yemen truce "holding but
	// fragile"'), but not with a sentence inside one ('… fragile."').
	body := strings.TrimRight(line, "”\"’'")
	return body != "" && !strings.ContainsAny(body[len(body)-1:], ".!?")
}

// gluedHyphenOK reports whether match m of a dateline pattern in head is
// one, when its dash is a hyphen with no space after it: "BEIRUT-Israeli
// strikes killed …" (a place of four capitals or more, then a word in
// title case) is a dateline; "AFL-CIO to endorse Clinton" and "AP-GfK
// poll" are names.
func gluedHyphenOK(head string, m []int) bool {
	end := m[1]
	if end == 0 || head[end-1] != '-' || end >= len(head) || head[end] == ' ' || head[end] == '\t' || head[end] == '\n' {
		return true
	}
	place := head[m[2]:m[3]]
	if len(place) < 4 || strings.ToUpper(place) != place {
		return false
	}
	next := []rune(head[end:min(len(head), end+8)])
	return len(next) >= 2 && unicode.IsUpper(next[0]) && unicode.IsLower(next[1])
}

// datelineAt matches a dateline starting at byte offset at.
func datelineAt(text string, at int) (sitrep.Dateline, bool) {
	head := text[at:min(len(text), at+200)]
	for _, re := range []*regexp.Regexp{datelineWithSource, datelineCapsOnly, datelineSlash} {
		m := re.FindStringSubmatchIndex(head)
		if m == nil || !gluedHyphenOK(head, m) {
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += at
			}
		}
		dl := sitrep.Dateline{
			Span:  sitrep.Span{Start: m[0], End: m[1]},
			Place: sitrep.Span{Start: m[2], End: m[3]},
		}
		if slash := strings.IndexByte(text[m[2]:m[3]], '/'); slash > 0 {
			// A story filed from two cities ("JERUSALEM/BEIRUT"): the
			// first is where the dateline puts it.
			dl.Place.End = m[2] + slash
		}
		if m[4] >= 0 {
			dl.Date = sitrep.Span{Start: m[4], End: m[5]}
		}
		if m[6] >= 0 && m[7] > m[6] {
			dl.Source = sitrep.Span{Start: m[6], End: m[7]}
		}
		// Trim white space around the dateline, keeping the dash.
		for dl.Start < dl.End && (text[dl.Start] == ' ' || text[dl.Start] == '\t') {
			dl.Start++
		}
		for dl.End > dl.Start && (text[dl.End-1] == ' ' || text[dl.End-1] == '\t') {
			dl.End--
		}
		return dl, true
	}
	return sitrep.Dateline{}, false
}
