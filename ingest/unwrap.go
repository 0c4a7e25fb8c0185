package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hard-wrapped text breaks its lines at a fixed width, where the next word
// would not fit, rather than where paragraphs end: wire feeds, e-mail,
// plain-text archives and monitoring services send news so, at 60 to 80
// characters. The pipeline reads every line break as the end of a sentence
// and a paragraph (see package segment), which is right for extracted pages
// and feeds that put a paragraph on a line, but would tear a wrapped story
// apart at each line: "The watchmen on duty reported that at 2030 they" would
// be a sentence, and its speaker's content would stop at "they".
//
// Unwrap recognizes the layout and turns each line break inside a paragraph
// into a space. One byte stands for one, so every offset into the text, and
// every span a caller computed on the text as given, stays valid.

// Wrap widths outside these bounds are not a wrapped layout: below, lines are
// items of a list; above, each line is a paragraph.
const (
	minWrapWidth = 30
	maxWrapWidth = 100
)

// A textLine is one line of the text, without its line break.
type textLine struct {
	start, end int // byte offsets; end is at the '\n' or the text's end
	width      int // in runes, without trailing white space
	firstWord  int // width of the first word, in runes
	blank      bool
	indent     int  // leading white space, in bytes
	listItem   bool // opens with a bullet, a dash or a number: an item starts here
	tabular    bool // holds a tab or a run of spaces, or opens with "|", as the cells of a table
	label      bool // opens with a speaker's label, as transcripts do: "ANCHOR:", "Q:"
	byline     bool // "By Jane Smith and …": the writers, not the story
	colon      bool // ends with a colon, which a list or quotation follows
	dateline   bool // opens with a wire dateline (sought in the first lines only)
	lowerStart bool // the first letter is lower case
	terminal   bool // ends with the punctuation that ends a sentence
}

// Unwrap returns text with the line breaks inside the paragraphs of a
// hard-wrapped text turned into spaces, or text unchanged when its lines are
// not wrapped. It expects LF line endings, as sitrep.NormalizeText leaves.
func Unwrap(text string) string {
	if strings.Count(text, "\n") < 2 {
		return text
	}
	lines := splitLines(text)
	// A break is a candidate when the lines around it may be one paragraph
	// (see mayJoin); a blank line always separates paragraphs.
	var widths []int
	for i := range len(lines) - 1 {
		if mayJoin(&lines[i], &lines[i+1]) {
			widths = append(widths, lines[i].width)
		}
	}
	if len(widths) < 2 {
		return text
	}
	// The wrap width, taken high but not from the longest line, which may
	// be a link or a heading set apart.
	slices.Sort(widths)
	width := widths[(len(widths)-1)*9/10]
	if width < minWrapWidth || width > maxWrapWidth {
		return text
	}
	// A line was broken by wrapping when the next line's first word would
	// not have fitted on it. Editors and feeds wrap a little short of their
	// width, hence the slack; a line ending a sentence must pass without it,
	// since it may as well end a paragraph.
	slack := width / 8
	// Neither line may be much longer than the width: such a line is a
	// paragraph of its own, set among short ones.
	long := width + slack
	fits := func(i int, slack int) bool {
		return lines[i].width+1+lines[i+1].firstWord > width-slack && lines[i].width <= long && lines[i+1].width <= long
	}
	wrapped, lowerAfter, upper, lower := 0, 0, 0, 0
	for i := range len(lines) - 1 {
		a, b := &lines[i], &lines[i+1]
		if !mayJoin(a, b) || a.terminal || !fits(i, slack) || i < datelineLines && (a.byline || b.dateline) {
			continue // (a byline or the line before a dateline is no evidence)
		}
		wrapped++
		if b.lowerStart {
			lowerAfter++
		}
		up, low := letterCase(text[a.start:a.end])
		upper, lower = upper+up, lower+low
	}
	// Evidence of wrapping: at least half the candidate breaks, and two
	// or more, fall mid-sentence where a word would not fit, and a third
	// of them at least before a word in lower case, which a heading or a
	// list of titles seldom has. A text in capitals, as telex and older
	// wire copy are, shows no case, and goes by its breaks alone.
	allCaps := lower*10 < upper // a dateline's "(Reuters)" aside
	if wrapped*2 < len(widths) || wrapped < 2 || !(lowerAfter >= 1 && lowerAfter*3 >= wrapped || allCaps) {
		return text
	}
	out := []byte(text)
	first := true // the text's first line, which may be its headline
	for i := range len(lines) - 1 {
		a, b := &lines[i], &lines[i+1]
		headline := first && !a.blank && !a.dateline // a dateline opens the body
		first = first && a.blank
		if !mayJoin(a, b) {
			continue
		}
		// A headline runs on into the body only mid-sentence, before a
		// word in lower case (in capitals, nothing tells); the body's
		// dateline always opens a line.
		if headline && !b.lowerStart && !allCaps || i < datelineLines && (a.byline || b.dateline) {
			continue
		}
		if a.terminal && !fits(i, 0) || !a.terminal && !fits(i, slack) {
			continue
		}
		out[a.end] = ' '
	}
	return string(out)
}

// datelineLines bounds the lines that a dateline may open: those of a
// headline, a byline and the dateline itself.
const datelineLines = 6

// mayJoin reports whether the break between lines a and b may be a wrap:
// both hold text, neither is a row of a table, b opens no list item, and b
// is indented as a is (a whole text may be indented), or less, after the
// first-line indent of a paragraph: a line indented deeper opens a
// paragraph, and one indented a lot less ends a centred heading.
func mayJoin(a, b *textLine) bool {
	if a.blank || b.blank || a.tabular || b.tabular || b.listItem || b.label || a.colon {
		return false
	}
	return b.indent == a.indent || b.indent < a.indent && a.indent <= maxFirstIndent
}

// maxFirstIndent is the deepest first-line indent of a paragraph, in bytes:
// a tab, or a few spaces.
const maxFirstIndent = 8

func splitLines(text string) []textLine {
	lines := make([]textLine, 0, strings.Count(text, "\n")+1)
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		l := describeLine(text, start, end)
		if len(lines) <= datelineLines && !l.blank {
			// "KHARTOUM, May 1 (Reuters) -"
			_, l.dateline = datelineAt(text, start)
		}
		lines = append(lines, l)
		start = end + 1
	}
	return lines
}

func describeLine(text string, start, end int) textLine {
	l := textLine{start: start, end: end}
	s := strings.TrimRightFunc(text[start:end], unicode.IsSpace)
	body := strings.TrimLeftFunc(s, unicode.IsSpace)
	if body == "" {
		l.blank = true
		return l
	}
	l.width = utf8.RuneCountInString(s)
	word, _, _ := strings.Cut(body, " ")
	l.firstWord = utf8.RuneCountInString(word)
	l.indent = len(s) - len(body)
	l.listItem = listMarker(body)
	l.tabular = strings.Contains(body, "   ") || strings.ContainsRune(body, '\t') || body[0] == '|'
	l.label = speakerLabel(body)
	l.byline = strings.HasPrefix(body, "By ") && len(body) > 3 && unicode.IsUpper(rune(body[3])) && !timeWordAt(body[3:])
	l.colon = strings.HasSuffix(body, ":")
	for _, r := range body {
		if unicode.IsLetter(r) {
			l.lowerStart = unicode.IsLower(r)
			break
		}
		if unicode.IsDigit(r) {
			break
		}
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(body, `"'”’)]`))
	l.terminal = strings.ContainsRune(".!?:;", last)
	return l
}

// listMarker reports whether a line opens with the marker of a list item:
// a bullet or dash, a number of one or two digits with "." or ")", or a
// letter with ")" or in brackets: "a)", "(c)", "(12)".
func listMarker(line string) bool {
	r, n := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '*', '+', '•', '–', '—', '>':
		return true
	case '(':
		// "(b)", "(iv)", "(12)", but not an acronym: "(RSF) said".
		end := strings.IndexByte(line, ')')
		return end > 1 && end <= 5 && end+1 < len(line) && line[end+1] == ' ' && lowerOrDigits(line[1:end])
	}
	if r >= 'a' && r <= 'z' {
		return len(line) > 2 && line[1] == ')' && line[2] == ' '
	}
	if r < '0' || r > '9' {
		return false
	}
	if n < len(line) && line[n] >= '0' && line[n] <= '9' {
		n++
	}
	return n+1 < len(line) && (line[n] == '.' || line[n] == ')') && line[n+1] == ' '
}

// timeWordAt reports whether s opens with a day's or a month's name: "By
// Tuesday evening, …" opens a sentence, not a byline.
func timeWordAt(s string) bool {
	for _, w := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
		"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
		"Then", "Now", "Noon", "Midnight", "Dawn", "Nightfall", "Late", "Early", "Mid"} {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// lowerOrDigits reports whether s is all lower-case ASCII letters or all
// digits.
func lowerOrDigits(s string) bool {
	lower, digits := true, true
	for i := range len(s) {
		lower = lower && s[i] >= 'a' && s[i] <= 'z'
		digits = digits && s[i] >= '0' && s[i] <= '9'
	}
	return lower || digits
}

// speakerLabel reports whether a line opens with the label of a speaker
// in a transcript: a word or two in capitals, or "Q" and "A", and a colon
// ("ANCHOR:", "SEN. SMITH:", "Q:").
func speakerLabel(line string) bool {
	end := strings.IndexByte(line, ':')
	if end < 1 || end > 30 {
		return false
	}
	letters := 0
	for _, r := range line[:end] {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == ' ' || r == '.' || r == '-' || r == '\'':
		default:
			return false
		}
	}
	return letters > 0 && (letters > 1 || end == 1)
}

// letterCase counts the upper and lower case letters of s.
func letterCase(s string) (upper, lower int) {
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper, lower
}
