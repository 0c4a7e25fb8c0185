// Package segment splits a document's text into tokens, sentences and
// paragraphs.
//
// A token is a word (letters and digits, with inner hyphens, apostrophes and
// the periods of abbreviations such as "U.S." and "Col."), a number ("1,200",
// "23/10/2017", "3.5"), a punctuation mark, or a symbol. A sentence ends at
// terminal punctuation (and any closing quotes or brackets after it) followed
// by space and a plausible sentence start, unless the period belongs to a known
// abbreviation or an initial; a line break always ends a sentence and a
// paragraph, since wire texts and extracted HTML put one paragraph on a line.
package segment

import (
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// Stage is the tokenizer and sentence splitter.
type Stage struct{}

// New returns the segment stage.
func New() *Stage { return &Stage{} }

// Name returns "segment".
func (*Stage) Name() string { return "segment" }

// Needs returns no layers: segmentation reads only the text.
func (*Stage) Needs() []sitrep.Layer { return nil }

// Adds returns the token and sentence layers.
func (*Stage) Adds() []sitrep.Layer {
	return []sitrep.Layer{sitrep.LayerTokens, sitrep.LayerSentences}
}

// Run tokenizes doc.Text and splits it into sentences.
func (*Stage) Run(_ context.Context, doc *sitrep.Document) error {
	// English runs about six bytes a token: one allocation, rarely two.
	doc.Tokens = Tokenize(doc.Text, slices.Grow(doc.Tokens[:0], len(doc.Text)/5+1))
	// and a sentence about thirty tokens: one allocation, rarely two.
	doc.Sentences = Split(doc.Text, doc.Tokens, slices.Grow(doc.Sentences[:0], len(doc.Tokens)/24))
	return nil
}

// Tokenize appends the tokens of text to dst and returns it.
func Tokenize(text string, dst []sitrep.Token) []sitrep.Token {
	i := 0
	for i < len(text) {
		c := text[i]
		if c == ' ' || c == '\n' {
			i++ // the common case, without a call
			continue
		}
		if asciiWord[c] && (c < '0' || c > '9') {
			// A letter, the next most common case: what the switch below
			// finds after three calls.
			end := scanWord(text, i)
			dst = append(dst, sitrep.Token{Span: sitrep.Span{Start: i, End: end}, Kind: sitrep.TokenWord})
			i = end
			continue
		}
		r, n := runeAt(text, i)
		switch {
		case isSpace(r):
			i += n
		case unicode.IsDigit(r):
			end, kind := scanNumberOrWord(text, i)
			dst = append(dst, sitrep.Token{Span: sitrep.Span{Start: i, End: end}, Kind: kind})
			i = end
		case isWordRune(r):
			end := scanWord(text, i)
			dst = append(dst, sitrep.Token{Span: sitrep.Span{Start: i, End: end}, Kind: sitrep.TokenWord})
			i = end
		case (r == '\'' || r == '’') && i+n < len(text) && (text[i+n] == 's' || text[i+n] == 'S') && !startsWord(text, i+n+1):
			dst = append(dst, sitrep.Token{Span: sitrep.Span{Start: i, End: i + n + 1}, Kind: sitrep.TokenWord})
			i += n + 1
		case unicode.IsPunct(r):
			end := i + n
			if r == '.' || r == '-' { // "..." and "--" stay one token
				for end < len(text) && text[end] == byte(r) {
					end++
				}
			}
			dst = append(dst, sitrep.Token{Span: sitrep.Span{Start: i, End: end}, Kind: sitrep.TokenPunct})
			i = end
		default:
			dst = append(dst, sitrep.Token{Span: sitrep.Span{Start: i, End: i + n}, Kind: sitrep.TokenSymbol})
			i += n
		}
	}
	return dst
}

// asciiWord marks the ASCII letters and digits: the bytes of most words,
// tested with one load.
var asciiWord = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

func startsWord(text string, i int) bool { r, _ := runeAt(text, i); return isWordRune(r) }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// The same answer as below, without the table searches, for the
		// ASCII that most news text is made of.
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	if r >= 0x2000 && r <= 0x206f {
		// General Punctuation (curly quotes, dashes) has no letters,
		// digits or marks: the most frequent non-ASCII runes of news.
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isInnerJoiner reports whether r may join two word parts: "US-led", "Syria's".
func isInnerJoiner(r rune) bool {
	return r == '-' || r == '\'' || r == '’' || r == '‐' || r == '‑'
}

func runeAt(text string, i int) (rune, int) {
	if i >= len(text) {
		return utf8.RuneError, 0
	}
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// scanWord returns the end of the word starting at i.
func scanWord(text string, i int) int {
	end := i
	for {
		// ASCII letters and digits, the bytes of most words, without a call.
		for end < len(text) && asciiWord[text[end]] {
			end++
		}
		if end >= len(text) {
			break
		}
		if c := text[end]; c < utf8.RuneSelf && c != '-' && c != '\'' {
			// Other ASCII, as a word mostly ends (in a space or a
			// comma), is neither a word rune nor a joiner: see below.
			break
		}
		r, n := runeAt(text, end)
		if isWordRune(r) {
			end += n
			continue
		}
		if isInnerJoiner(r) {
			next, nn := runeAt(text, end+n)
			if r != '-' && (next == 's' || next == 'S') {
				// The possessive "'s" is a token of its own: "Syria" "'s".
				if after, _ := runeAt(text, end+n+nn); !isWordRune(after) {
					break
				}
			}
			if isWordRune(next) && end > i {
				end += n
				continue
			}
		}
		break
	}
	// Abbreviations keep their period: "Col.", "U.S.", "Oct.", "J.".
	if end < len(text) && text[end] == '.' {
		if ext := dottedAcronymEnd(text, i); ext > end {
			return ext
		}
		if IsAbbreviation(text[i:end]) || isInitial(text[i:end]) {
			return end + 1
		}
	}
	return end
}

// dottedAcronymEnd returns the end of "U.S." or "U.S" starting at i, after its
// last period, or i if text[i:] is not such an acronym.
func dottedAcronymEnd(text string, i int) int {
	j, letters := i, 0
	for {
		r, n := runeAt(text, j)
		if !unicode.IsLetter(r) || j+n >= len(text) || text[j+n] != '.' {
			break
		}
		// Each part is a single letter.
		letters++
		j += n + 1
		if next, _ := runeAt(text, j); !unicode.IsLetter(next) {
			break
		}
		if nn := j + utf8.RuneLen(mustRune(text, j)); nn < len(text) && isWordRune(mustRune(text, nn)) {
			break // "U.Something" is not an acronym
		}
	}
	if letters >= 2 {
		return j
	}
	return i
}

func mustRune(text string, i int) rune { r, _ := runeAt(text, i); return r }

func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r)
}

// scanNumberOrWord scans digits with inner separators ("1,200", "3.5",
// "23/10/2017", "10:30") or an alphanumeric word ("9th", "F-16" handled by scanWord).
func scanNumberOrWord(text string, i int) (int, sitrep.TokenKind) {
	end := i
	for end < len(text) {
		c := text[end]
		if c >= '0' && c <= '9' {
			end++
			continue
		}
		if (c == ',' || c == '.' || c == '/' || c == ':') && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9' {
			end++
			continue
		}
		break
	}
	if r, _ := runeAt(text, end); isWordRune(r) || (isInnerJoiner(r) && end+1 < len(text)) {
		// "9th", "2nd", "30-year-old": a word that starts with digits.
		if w := scanWord(text, i); w > end {
			return w, sitrep.TokenWord
		}
	}
	return end, sitrep.TokenNumber
}

// abbreviations keep their period as part of the token. titles are the
// abbreviations that precede a name or number and so never end a sentence;
// the others ("Inc.", "etc.") end one when a sentence starter follows.
var abbreviations, titles = map[string]bool{}, map[string]bool{}

func init() {
	for _, a := range strings.Fields(`Mr Mrs Ms Dr Prof Sr St Mt Ft
		Gen Lt Col Maj Capt Cpt Sgt Cpl Pvt Adm Cmdr Brig Cdr Gov Sen Rep Pres Amb Rev Hon Insp Supt Det Pte
		Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Vol Fig vs`) {
		abbreviations[a], titles[a] = true, true
	}
	for _, a := range strings.Fields(`Jr Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
		Inc Ltd Corp Co Bros Dept Univ Assn Ave Blvd Rd etc al approx est Govt`) {
		abbreviations[a] = true
	}
}

// IsAbbreviation reports whether w (without its period) is a known
// abbreviation such as "Col" or "Oct".
func IsAbbreviation(w string) bool { return abbreviations[w] }

// Split appends the sentences of text, made of toks, to dst and returns it.
func Split(text string, toks []sitrep.Token, dst []sitrep.Sentence) []sitrep.Sentence {
	paragraph := 0
	start := 0 // first token of the pending sentence
	emit := func(end int) {
		if end > start {
			dst = append(dst, sitrep.Sentence{
				Span:      sitrep.Span{Start: toks[start].Start, End: toks[end-1].End},
				Tokens:    sitrep.Range{Start: start, End: end},
				Paragraph: paragraph,
			})
		}
		start = end
	}
	prevEnd := 0 // the end of token i-1
	for i := range toks {
		t := &toks[i]
		// A line break before this token ends the sentence and paragraph.
		// Most gaps are one space or none, answered here without a call.
		if i > 0 && t.Start > prevEnd && (text[prevEnd] == '\n' || t.Start-prevEnd > 1 && hasNewline(text[prevEnd+1:t.Start])) {
			emit(i)
			paragraph++
		}
		prevEnd = t.End
		// Most tokens end in none of the bytes that may end a sentence:
		// they are ruled out here, without a call (see endsSentence).
		if t.End <= t.Start || !mayEndSentence[text[t.End-1]] || !endsSentence(text, toks, i) {
			continue
		}
		// Take closing quotes and brackets after the terminal mark.
		j := i + 1
		for j < len(toks) && toks[j].Start == toks[j-1].End && isCloser(text[toks[j].Start:toks[j].End]) {
			j++
		}
		if j < len(toks) && !startsSentence(text, toks, j) {
			continue
		}
		emit(j)
	}
	emit(len(toks))
	return dst
}

func hasNewline(s string) bool { return strings.IndexByte(s, '\n') >= 0 }

// endsSentence reports whether token i is terminal punctuation, or a word
// whose final period ends a sentence ("the U.S." before "The ...").
func endsSentence(text string, toks []sitrep.Token, i int) bool {
	t := toks[i]
	if t.End <= t.Start {
		return false
	}
	if !mayEndSentence[text[t.End-1]] {
		return false
	}
	w := text[t.Start:t.End]
	switch w {
	case ".", "!", "?", "...", "…", "?!", "!?":
		return true
	}
	if toks[i].Kind == sitrep.TokenWord && strings.HasSuffix(w, ".") && i+1 < len(toks) {
		// An abbreviation ends the sentence only when a function word follows:
		// "in the U.S. The army..." but not "U.S. troops" or "Col. Ryan Dillon".
		if titles[strings.TrimSuffix(w, ".")] {
			return false
		}
		next := text[toks[i+1].Start:toks[i+1].End]
		return sentenceStarters[next]
	}
	return false
}

// mayEndSentence marks the last bytes of the tokens that may end a
// sentence ('…' ends in 0xA6): most tokens are ruled out without comparing
// strings.
var mayEndSentence = [256]bool{'.': true, '!': true, '?': true, 0xA6: true}

// sentenceStarters are capitalized words that, after an abbreviation's
// period, almost always begin a new sentence.
var sentenceStarters = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An He She It They We I In On At But And Its His Her Their
		This That These Those There However Meanwhile Earlier Later According Last`) {
		sentenceStarters[w] = true
	}
}

func isCloser(w string) bool {
	switch w {
	case "\"", "”", "’", "'", ")", "]", "»":
		return true
	}
	return false
}

// startsSentence reports whether token j may begin a sentence: a capital
// letter, a digit, or an opening quote or bracket.
func startsSentence(text string, toks []sitrep.Token, j int) bool {
	if toks[j].Start == toks[j-1].End { // no space: "3.5", "U.S.-led"
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[toks[j].Start:])
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([«—–-", r) || !unicode.IsLetter(r) && !unicode.IsPunct(r)
}
