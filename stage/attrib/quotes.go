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
// inside a double quote any quotation mark is nested and ignored.
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
	out      []quotation
}

func findQuotations(text string, dst []quotation) []quotation {
	s := quoteScanner{text: text, open: -1, skip: -1, out: dst}
	for i := 0; i < len(text); {
		// Most bytes are ASCII that neither quotes nor ends a paragraph.
		if i+8 <= len(text) && quiet8(text[i:i+8]) {
			i += 8
			continue
		}
		if c := text[i]; c < utf8.RuneSelf && c != '\n' && c != '"' && c != '\'' {
			i++
			continue
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
			case s.open < 0 || s.single:
				// A double quote outranks a single one left open, most
				// likely an apostrophe.
				s.start(i, false, false)
			case !s.straight && r == '“' && closesAt(text, i+n) && !opensAt(text, i):
				s.emit(i+n, false)
			}
		case '”', '»':
			if s.open >= 0 && !s.straight && !s.single {
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

// quiet8 reports whether the eight bytes of s are ASCII with no line
// break, double quote or apostrophe: bytes findQuotations passes over.
func quiet8(s string) bool {
	const lows, highs = 0x0101010101010101, 0x8080808080808080
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	if w&highs != 0 {
		return false
	}
	// v has a zero byte where w has byte c; (v-lows)&^v&highs is nonzero
	// exactly when v has one.
	hasByte := func(c uint64) bool { v := w ^ lows*c; return (v-lows)&^v&highs != 0 }
	return !hasByte('\n') && !hasByte('"') && !hasByte('\'')
}

func (s *quoteScanner) start(i int, single, straight bool) {
	s.open, s.single, s.straight = i, single, straight
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
			if s.straight {
				s.skip = j // a straight mark there would otherwise close it
			}
			return
		}
	}
	s.emit(trimRight(s.text, nl), true)
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
