package ingest

import (
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/actor"
)

// A story's header is the few short lines above its first paragraph, as
// web pages and feeds copy them into plain text:
//
//	Gunmen abduct dozens of students from school in Nigeria's Zamfara
//	Police say 42 pupils missing after dawn raid on boarding school.
//	By Al Jazeera Staff
//	Published On 24 May 2022
//
// or a headline, a date line and then the dateline: "November 17, 2022
// 9:05 AM GMT", then "BAGHDAD, Nov 17 (Reuters) - …". The header names
// the publisher and when it published; the story, and any dateline, start
// after it.
type header struct {
	publisher string    // the outlet a byline or a line of its own names; "" if none
	published time.Time // zero if no date line
	starts    []int     // byte offsets where the story may start: each line of the header and the one after it
}

// maxHeaderLines bounds the lines read as a header; maxHeaderBytes bounds
// how far into the text they may reach.
const (
	maxHeaderLines = 6
	maxHeaderBytes = 1200
)

// readHeader reads the header of text. The first line is a headline when
// it has no final stop (or ends with a question mark); after it, a line is
// part of the header when it is a byline,
// an outlet's name, a date line or another line without a final stop (a
// subtitle). A line that ends like a sentence (a standfirst) is part of it
// only when a byline or date line follows it, since otherwise it is the
// story's first paragraph.
func readHeader(text string) header {
	var h header
	lines := nonBlankLines(text, 0, maxHeaderLines, maxHeaderBytes)
	all := true // every line read is the header's
	for k, l := range lines {
		h.starts = append(h.starts, l.start)
		body := strings.TrimSpace(text[l.start:l.end])
		if _, ok := datelineAt(text, l.start); ok {
			all = false
			break // the story opens here
		}
		if out, ok := bylineOutlet(body); ok {
			if h.publisher == "" {
				h.publisher = out
			}
			continue
		}
		if out, ok := outletLine(body); ok {
			if h.publisher == "" {
				h.publisher = out
			}
			continue
		}
		if t, ok := dateLine(body); ok {
			if h.published.IsZero() {
				h.published = t
			}
			continue
		}
		if isByline(body) || isHeadline(body) || k == 0 && len(body) < 120 && strings.HasSuffix(body, "?") {
			continue // a headline, a subtitle or a writer's byline
		}
		if k > 0 && k+1 < len(lines) && len(body) < 300 && signsHeader(strings.TrimSpace(text[lines[k+1].start:lines[k+1].end])) {
			continue // a standfirst, before the byline
		}
		all = false
		break
	}
	if all && len(lines) == maxHeaderLines {
		// The header filled the lines read: the story, and a dateline,
		// may start on the next.
		if next := nonBlankLines(text, lines[len(lines)-1].end+1, 1, len(text)); len(next) > 0 {
			h.starts = append(h.starts, next[0].start)
		}
	}
	return h
}

// signsHeader reports whether line is a byline, an outlet's name or a date
// line: one that only a header holds.
func signsHeader(line string) bool {
	if isByline(line) {
		return true
	}
	if _, ok := outletLine(line); ok {
		return true
	}
	_, ok := dateLine(line)
	return ok
}

// isByline reports whether line is a byline: "By Jane Doe", "BY AFP", not
// "By Tuesday evening, …" nor a sentence.
func isByline(line string) bool {
	rest, ok := strings.CutPrefix(line, "By ")
	if !ok {
		rest, ok = strings.CutPrefix(line, "BY ")
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return ok && rest != "" && unicode.IsUpper(r) && !timeWordAt(rest) && !strings.HasSuffix(rest, ".") && len(rest) < 120
}

// A headerLine is a non-blank line of text, as byte offsets.
type headerLine struct{ start, end int }

// nonBlankLines returns the first n non-blank lines of text from byte
// offset from, that start before byte offset limit.
func nonBlankLines(text string, from, n, limit int) []headerLine {
	var lines []headerLine
	for start := from; start < len(text) && start < limit && len(lines) < n; {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			lines = append(lines, headerLine{start, end})
		}
		start = end + 1
	}
	return lines
}

// outlets is the actor dictionary, read once, whose media entries (actor
// codes in MED) name the outlets a byline may give.
var outlets = sync.OnceValues(actor.New)

// outletNamed returns the name of the outlet s names, after a leading
// "the" and a trailing "staff" or the like: "Al Jazeera Staff", "Reuters",
// "AFP". The name is as written, but for one set in capitals that is no
// acronym (several words, or more than four letters), whose canonical name
// it takes: "THE ASSOCIATED PRESS", "REUTERS".
func outletNamed(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 || !staffWords[strings.ToLower(s[i+1:])] {
			break
		}
		s = strings.TrimSpace(s[:i])
	}
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	if s == "" || len(s) > 60 {
		return "", false
	}
	d, err := outlets()
	if err != nil {
		return "", false
	}
	e, ok := d.Lookup(s)
	if !ok || actor.SectorOf(e.Code) != "MED" {
		return "", false
	}
	if strings.ToUpper(s) == s && (strings.ContainsRune(s, ' ') || len(s) > 4) {
		return e.Name, true // "ARAB NEWS", "REUTERS"; "AFP" and "TASS" stay
	}
	return s, true
}

// sameOutlet reports whether names a and b are one outlet's: "AP" and
// "Associated Press".
func sameOutlet(a, b string) bool {
	d, err := outlets()
	return err == nil && d.SameEntry(a, b)
}

// staffWords follow an outlet's name in a byline that names no writer:
// "Al Jazeera Staff", "Reuters Staff", "AFP News Desk".
var staffWords = map[string]bool{"staff": true, "writer": true, "writers": true, "reporter": true, "reporters": true,
	"newsroom": true, "desk": true, "correspondent": true, "correspondents": true, "bureau": true, "team": true}

// bylineOutlet returns the outlet that a byline names: "By AFP", "By THE
// ASSOCIATED PRESS", "By Al Jazeera Staff", "By Jane Doe, Reuters", "By
// Jane Doe | Reuters". A byline that names only writers gives none.
func bylineOutlet(line string) (string, bool) {
	if !isByline(line) {
		return "", false
	}
	rest := line[len("By "):]
	if out, ok := outletNamed(rest); ok {
		return out, true
	}
	parts := strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == '|' || r == '/' || r == '•' || r == '—' || r == '–' })
	for i := len(parts) - 1; i >= 1; i-- {
		if out, ok := outletNamed(parts[i]); ok {
			return out, true
		}
	}
	return "", false
}

// outletLine returns the outlet that a line of its own names, as pages
// set the outlet above the date: "ARAB NEWS". Only a line in capitals, or
// a known outlet's name with nothing else, qualifies.
func outletLine(line string) (string, bool) {
	if line == "" || len(line) > 60 || strings.ContainsAny(line, ".!?:;,") {
		return "", false
	}
	for _, r := range line {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return "", false // "Reuters" alone in title case is too often a word of the story's
		}
	}
	return outletNamed(line)
}

// dateLinePattern matches a line that gives only when the story was
// published or updated: "November 17, 2022 9:05 AM GMT", "Published
// November 14, 2023", "Updated 09 October 2023", "Published On 24 May
// 2022", "Mon 3 Jun 2024 14.20 BST", "2024-06-03".
var dateLinePattern = regexp.MustCompile(`(?i)^(?:(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+on)?:?\s+)?` +
	`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?` +
	`(?:` +
	`([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})` + // November 17, 2022
	`|(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})` + // 24 May 2022
	`|(\d{4})-(\d{2})-(\d{2})` + // 2022-05-24
	`)` +
	`(?:,?\s+(?:at\s+)?(\d{1,2})[:.](\d{2})(?:\s*([ap]\.?m\.?))?(?:\s+([a-z]{2,5}|[+-]\d{2}:?\d{2}))?)?` +
	`\s*$`)

// dateLine returns the time a date line gives: the day, and the time of
// day when the line gives it in UTC or GMT (another zone's time is
// dropped, and the day kept).
func dateLine(line string) (time.Time, bool) {
	if len(line) > 80 {
		return time.Time{}, false
	}
	m := dateLinePattern.FindStringSubmatch(line)
	if m == nil {
		return time.Time{}, false
	}
	var year, day int
	var month time.Month
	switch {
	case m[1] != "":
		month, day, year = monthNamed(m[1]), atoi(m[2]), atoi(m[3])
	case m[4] != "":
		day, month, year = atoi(m[4]), monthNamed(m[5]), atoi(m[6])
	default:
		year, month, day = atoi(m[7]), time.Month(atoi(m[8])), atoi(m[9])
	}
	if month < time.January || month > time.December || day < 1 || day > 31 || year < 1900 || year > 2200 {
		return time.Time{}, false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, false // "February 31"
	}
	if zone := strings.ToUpper(m[13]); m[10] != "" && (zone == "GMT" || zone == "UTC") {
		hour, minute := atoi(m[10]), atoi(m[11])
		switch ampm := strings.ToLower(strings.ReplaceAll(m[12], ".", "")); {
		case ampm == "pm" && hour < 12:
			hour += 12
		case ampm == "am" && hour == 12:
			hour = 0
		}
		if hour < 24 && minute < 60 {
			t = t.Add(time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute)
		}
	}
	return t, true
}

// monthNamed returns the month a name or its abbreviation names, or 0.
func monthNamed(s string) time.Month {
	s = strings.ToLower(s)
	if len(s) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if s == name || s == name[:3] || s == "sept" && m == time.September {
			return m
		}
	}
	return 0
}

// atoi returns the number the ASCII digits of s write (at most four).
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
