package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// A quotation is a span of text between quotation marks, the marks included.
type quotation struct {
	sitrep.Span
	unclosed bool // the text ended a paragraph without a closing mark
}

// quoteScanner finds top-level quotations. Double quotes, straight or curly,
// delimit them; single curly quotes do too when no double quote is open, and
// inside a double quote any quotation mark is nested and ignored. A curly
// quotation nests in a curly one when the paragraph holds a closing mark
// for each ("“I'd rather live in what he calls “hell” than here.”"); when
// it does not, the outer one lost its closing mark to a slip ("“Yes, he
// said. “No.”") and the new mark is read as before.
//
// Some sources mix the two kinds in one quotation (“Yes," he said), so a
// straight mark that ends a word closes a quotation opened with a curly
// one, and a closing curly mark closes one opened with a straight mark,
// unless a nested quotation of that kind is open inside it ("He called it
// “fake news” today," she said).
//
// By the convention of news writing, a quotation that runs over several
// paragraphs leaves each paragraph but the last unclosed and opens the next
// one with a fresh mark; the scanner joins them. A paragraph that opens a
// quotation and neither closes it nor is followed by a paragraph opening one
// closes it at the paragraph's end.
type quoteScanner struct {
	text     string
	open     int  // byte offset of the pending opening mark; -1 if none
	single   bool // the pending quotation opened with ‘
	straight bool // the pending quotation opened with "
	skip     int  // offset of a straight mark that reopens a quotation; -1 if none
	// nested is set while a double quotation of the other kind than the
	// pending one's opening mark is open inside it; nestedCurly while a
	// curly one is open inside a curly one.
	nested, nestedCurly bool
	out                 []quotation
}

func findQuotations(text string, dst []quotation) []quotation {
	s := quoteScanner{text: text, open: -1, skip: -1, out: dst}
	m := newMarkScanner(text)
	for i := 0; i < len(text); {
		// Most bytes neither quote nor end a paragraph.
		if i = m.from(i); i >= len(text) {
			break
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '\n':
			if s.open >= 0 {
				s.paragraphEnd(i)
			}
		case '“', '«':
			// While a quotation is open, an opening mark is nested or
			// reopens it after a paragraph break, or is a typo for the
			// closing mark when it follows a word ("review“ ").
			switch {
			case i == s.skip:
				s.skip = -1
			case s.open < 0 || s.single:
				// A double quote outranks a single one left open, most
				// likely an apostrophe.
				s.start(i, false, false)
			case !s.straight && r == '“' && closesAt(text, i+n) && !opensAt(text, i):
				s.emit(i+n, false)
			case s.straight && r == '“':
				s.nested = true
			case !s.straight && r == '“' && !s.nestedCurly && closedTwice(text, i+n):
				s.nestedCurly = true
			}
		case '”', '»':
			switch {
			case r == '”' && (s.open < 0 || s.single) && opensAt(text, i) && !closesAt(text, i+n):
				// A closing mark that starts a word, at a paragraph's
				// start or after a space, is a slip for the opening
				// one ("”Fear. I am afraid…” ― a reader").
				s.start(i, false, false)
			case s.open < 0 || s.single:
			case !s.straight && r == '”' && s.nestedCurly:
				s.nestedCurly = false
			case !s.straight:
				s.emit(i+n, false)
			case r == '”' && s.nested:
				s.nested = false
			case r == '”' && !opensAt(text, i):
				s.emit(i+n, false)
			}
		case '"', '\'':
			if r == '\'' {
				// Two apostrophes stand for a straight double quote in
				// some archives: ''Yes,'' he said.
				if !strings.HasPrefix(text[i:], "''") {
					break
				}
				n = 2
			}
			switch {
			case i == s.skip:
				s.skip = -1
			case s.open < 0 || s.single:
				s.start(i, false, true)
			case s.straight:
				s.emit(i+n, false)
			case opensAt(text, i):
				s.nested = true
			case s.nested:
				s.nested = false
			case closesAt(text, i+n):
				s.emit(i+n, false)
			}
		case '‘':
			if s.open < 0 && opensAt(text, i) {
				s.start(i, true, false)
			}
		case '’':
			if s.open >= 0 && s.single && closesAt(text, i+n) {
				s.emit(i+n, false)
			}
		}
		i += n
	}
	if s.open >= 0 {
		s.emit(trimRight(text, len(text)), true)
	}
	return s.out
}

// marks are the bytes that findQuotations acts on: a line break, the
// straight quote and apostrophe, and the lead bytes of the curly quotes
// (E2 80 98 to E2 80 9D) and of the guillemets (C2 AB, C2 BB). In UTF-8 a
// lead byte is never part of another character.
const marks = "\n\"'\xe2\xc2"

// A markScanner finds the next of the marks in a text. It keeps the next
// offset of each mark, so that it searches the text once for each, with
// strings.IndexByte, which tests many bytes an instruction.
type markScanner struct {
	text string
	next [len(marks)]int // offset of the next marks[k]; len(text) if none
}

func newMarkScanner(text string) markScanner {
	m := markScanner{text: text}
	for k := range m.next {
		m.next[k] = -1 // not searched yet
	}
	return m
}

// from returns the offset of the first mark at or after i, or len(text).
func (m *markScanner) from(i int) int {
	first := len(m.text)
	for k := range m.next {
		if m.next[k] < i {
			m.next[k] = len(m.text)
			if j := strings.IndexByte(m.text[i:], marks[k]); j >= 0 {
				m.next[k] = i + j
			}
		}
		first = min(first, m.next[k])
	}
	return first
}

func (s *quoteScanner) start(i int, single, straight bool) {
	s.open, s.single, s.straight, s.nested, s.nestedCurly = i, single, straight, false, false
}

func (s *quoteScanner) emit(end int, unclosed bool) {
	if end > s.open {
		s.out = append(s.out, quotation{Span: sitrep.Span{Start: s.open, End: end}, unclosed: unclosed})
	}
	s.open = -1
}

// paragraphEnd handles a line break at nl while a quotation is open: it
// continues if the next paragraph opens with the same kind of mark, and
// ends at the end of this paragraph otherwise.
func (s *quoteScanner) paragraphEnd(nl int) {
	j := nl
	for j < len(s.text) {
		r, n := utf8.DecodeRuneInString(s.text[j:])
		if !unicode.IsSpace(r) {
			break
		}
		j += n
	}
	if j < len(s.text) {
		r, _ := utf8.DecodeRuneInString(s.text[j:])
		continues := (r == '“' && !s.straight && !s.single) || ((r == '"' || strings.HasPrefix(s.text[j:], "''")) && s.straight) || (r == '‘' && s.single)
		if continues {
			s.nested, s.nestedCurly = false, false
			if !s.single {
				// A straight mark there would otherwise close the
				// quotation, and a curly one open a nested one.
				s.skip = j
			}
			return
		}
	}
	s.emit(trimRight(s.text, nl), true)
}

// closedTwice reports whether, from i to the end of its paragraph, the
// closing curly marks outnumber the opening ones: enough to close a
// quotation opened just before i and the one it is nested in.
func closedTwice(text string, i int) bool {
	open := 1
	for _, r := range text[i:] {
		switch r {
		case '\n':
			return false
		case '“':
			open++
		case '”':
			if open--; open < 0 {
				return true
			}
		}
	}
	return false
}

// trimRight returns end moved left over white space.
func trimRight(text string, end int) int {
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return end
}

// opensAt reports whether a single quote at i can open a quotation: it
// follows a space, an opening bracket or the start of the text.
func opensAt(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '“'
}

// closesAt reports whether a single quote ending at i can close a
// quotation: no letter follows, so it is not an apostrophe as in "Syria’s".
func closesAt(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
