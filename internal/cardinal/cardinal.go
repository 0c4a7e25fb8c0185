// Package cardinal reads cardinal and ordinal numbers written in digits or in
// English words from a run of lower-cased tokens: "14", "1,200", "3.5 million",
// "fourteen", "twenty-six", "one hundred and five", "a dozen", "23rd", "third".
//
// The date and number stages both read numbers ("three days ago", "at least
// fourteen civilians"), so the reading lives here once.
package cardinal

import (
	"encoding/binary"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/sitrep-dev/sitrep/internal/wordfilter"
)

var units = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]int64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]int64{
	"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000,
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30,
}

// numberWords holds every word that Word reads: the keys of units and
// tens, "dozen", and the compounds of a tens word and a unit.
var numberWords = func() *wordfilter.Filter {
	f := new(wordfilter.Filter)
	f.Add("dozen")
	for t := range tens {
		f.Add(t)
		for u, uv := range units {
			if uv > 0 && uv < 10 {
				f.Add(t + "-" + u)
			}
		}
	}
	for u := range units {
		f.Add(u)
	}
	return f
}()

// maxValue bounds every reading, so that sums and products never overflow.
const maxValue = 1 << 50

// compounds holds the hyphenated words that Word reads: the compounds of
// a tens word and a unit, and any key of units or tens with a hyphen.
var compounds = func() *wordfilter.Filter {
	f := new(wordfilter.Filter)
	for t := range tens {
		for u, uv := range units {
			if uv > 0 && uv < 10 {
				f.Add(t + "-" + u)
			}
		}
	}
	for _, m := range []map[string]int64{units, tens} {
		for w := range m {
			if strings.IndexByte(w, '-') >= 0 {
				f.Add(w)
			}
		}
	}
	return f
}()

// MayBeCompound reports whether w may be a hyphenated number word that Word
// reads ("twenty-six"); false means it is not. It costs a few instructions
// and no call, so that a scanner can ask it of every token.
func MayBeCompound(w string) bool { return compounds.MayHave(w) }

// Word returns the value of a single number word or hyphenated compound
// ("fourteen", "twenty-six", "dozen"), and whether w is one.
func Word(w string) (int64, bool) {
	if !numberWords.MayHave(w) {
		return 0, false // most words, without the map lookups below
	}
	if v, ok := units[w]; ok {
		return v, true
	}
	if v, ok := tens[w]; ok {
		return v, true
	}
	if w == "dozen" {
		return 12, true
	}
	if t, u, ok := strings.Cut(w, "-"); ok {
		tv, ok1 := tens[t]
		uv, ok2 := units[u]
		if ok1 && ok2 && uv > 0 && uv < 10 {
			return tv + uv, true
		}
	}
	return 0, false
}

// Digits returns the value of a token written in digits with optional
// thousands separators ("1,200") or a decimal point ("3.5", truncated), and
// whether w is one. frac reports a decimal part, which a following scale
// word ("3.5 million") makes whole.
func Digits(w string) (v float64, frac bool, ok bool) {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return 0, false, false
	}
	clean := w
	if strings.IndexByte(w, ',') >= 0 {
		// Thousands groups have three digits: "1,200" but not "1,2".
		parts := strings.Split(w, ",")
		for _, p := range parts[1:] {
			if len(p) != 3 {
				return 0, false, false
			}
		}
		clean = strings.Join(parts, "")
	}
	for i := 0; i < len(clean); i++ {
		c := clean[i]
		if c == '.' {
			frac = true
			continue
		}
		if c < '0' || c > '9' {
			return 0, false, false
		}
	}
	if len(clean) > 15 {
		return 0, false, false
	}
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil || strings.Count(clean, ".") > 1 {
		return 0, false, false
	}
	return f, frac, true
}

// Parse reads the longest number at words[i:], where words are lower-cased
// token texts, and returns its value and the number of tokens it takes.
// n is 0 when no number starts at i. A leading "a" counts only before a
// scale word or "dozen": "a hundred", "a dozen".
func Parse(words []string, i int) (value int64, n int) {
	if i >= len(words) {
		return 0, 0
	}
	w := words[i]
	if f, frac, ok := Digits(w); ok {
		j := i + 1
		if j < len(words) {
			if s, ok := scales[words[j]]; ok && s >= 1000 {
				return min(int64(f*float64(s)), maxValue), 2
			}
			if words[j] == "dozen" {
				return min(int64(f*12), maxValue), 2
			}
		}
		if frac {
			return int64(f), 1
		}
		return min(int64(f), maxValue), 1
	}
	var total, group int64
	j := i
	if w == "a" || w == "an" {
		if i+1 >= len(words) {
			return 0, 0
		}
		if _, ok := scales[words[i+1]]; !ok && words[i+1] != "dozen" {
			return 0, 0
		}
		group = 1
		j++
	}
	start := j
	for ; j < len(words); j++ {
		w := words[j]
		if w == "dozen" {
			if group <= 0 || group >= 100 {
				break
			}
			group *= 12
			continue
		}
		if v, ok := Word(w); ok {
			low := group % 100
			fits := low == 0 || (low >= 20 && low%10 == 0 && v < 10)
			if !fits || (group > 0 && group < 100 && j == start+1 && words[start] == w) {
				break // "five six" is two numbers
			}
			group += v
			continue
		}
		if s, ok := scales[w]; ok {
			if s == 100 {
				if group <= 0 || group >= 100 {
					break
				}
				group *= 100
				continue
			}
			if group <= 0 {
				break
			}
			total += group * s
			group = 0
			if total > maxValue {
				return maxValue, j + 1 - i
			}
			continue
		}
		// "one hundred and five"
		if w == "and" && j+1 < len(words) && group%100 == 0 && total+group > 0 {
			if v, ok := Word(words[j+1]); ok && v < 100 {
				continue
			}
		}
		break
	}
	if j == start || (start > i && total+group <= 1) {
		return 0, 0
	}
	return total + group, j - i
}

// ordinalWords holds every word that Ordinal reads from its tables: the
// keys of ordinals and the compounds of a tens word and an ordinal unit.
var ordinalWords = func() *wordfilter.Filter {
	f := new(wordfilter.Filter)
	for o, v := range ordinals {
		f.Add(o)
		if v < 10 {
			for t := range tens {
				f.Add(t + "-" + o)
			}
		}
	}
	return f
}()

// Ordinal returns the value of an ordinal word or numeral ("third", "23rd",
// "1st"), and whether w is one.
func Ordinal(w string) (int, bool) {
	if ordinalWords.MayHave(w) { // most words, without the map lookups below
		if v, ok := ordinals[w]; ok {
			return v, true
		}
		if t, u, ok := strings.Cut(w, "-"); ok {
			if tv, ok := tens[t]; ok {
				if uv, ok := ordinals[u]; ok && uv < 10 {
					return int(tv) + uv, true
				}
			}
		}
	}
	if len(w) < 3 || len(w) > 4 {
		return 0, false
	}
	suf := w[len(w)-2:]
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return 0, false
	}
	if c := w[0]; (c < '0' || c > '9') && c != '+' && c != '-' {
		return 0, false // "with": not a number, without Atoi's error, which allocates
	}
	v, err := strconv.Atoi(w[:len(w)-2])
	if err != nil || v <= 0 {
		return 0, false
	}
	return v, true
}

// Lower returns token w lower-cased, as Parse expects its words, without
// allocating when w already is.
func Lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return strings.ToLower(w)
		}
	}
	return w
}

// LowerText returns text lower-cased and true when every rune keeps its byte
// length when lower-cased, so that lower[i:j] equals Lower(text[i:j]) for
// any span on rune boundaries: a stage lowers a document once and slices
// each token from it instead of allocating one string per capitalized
// token. It returns "", false for text with a rune such as "İ" or "Ω"
// whose lower case is longer or shorter, or with invalid UTF-8; such text
// is lowered token by token.
//
// A pipeline's stages lower the same document one after another:
// sitrep.Document.LowerText remembers the answer for each document.
func LowerText(text string) (string, bool) {
	var b []byte // a copy of text, made at the first letter to lower
	for i := 0; i < len(text); {
		if i+8 <= len(text) {
			// Eight ASCII bytes at a time: most of a news text.
			w := uint64(text[i]) | uint64(text[i+1])<<8 | uint64(text[i+2])<<16 | uint64(text[i+3])<<24 |
				uint64(text[i+4])<<32 | uint64(text[i+5])<<40 | uint64(text[i+6])<<48 | uint64(text[i+7])<<56
			if w&highBits == 0 {
				// A byte's high bit is set in atLeastA if it is >= 'A', in
				// aboveZ if it is > 'Z'; ASCII bytes cannot carry into the
				// next byte.
				atLeastA := w + lowBytes*(0x80-'A')
				aboveZ := w + lowBytes*(0x80-'Z'-1)
				if upper := atLeastA &^ aboveZ & highBits; upper != 0 {
					if b == nil {
						b = []byte(text)
					}
					binary.LittleEndian.PutUint64(b[i:], w|upper>>2) // 0x80>>2 is 'a'-'A'
				}
				i += 8
				continue
			}
		}
		c := text[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				if b == nil {
					b = []byte(text)
				}
				b[i] = c + 'a' - 'A'
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			return "", false
		}
		i += size
		if generalPunctuation(r) {
			continue // quotes and dashes, the most frequent non-ASCII runes, have no case
		}
		l := unicode.ToLower(r)
		if l == r {
			continue
		}
		if utf8.RuneLen(l) != size {
			return "", false
		}
		if b == nil {
			b = []byte(text)
		}
		utf8.EncodeRune(b[i-size:], l)
	}
	if b == nil {
		return text, true
	}
	// b is never written again: share its bytes rather than copy them.
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// highBits and lowBytes have the high or low bit of each of 8 bytes set.
const (
	highBits = 0x8080808080808080
	lowBytes = 0x0101010101010101
)

// generalPunctuation reports whether r is in the General Punctuation block
// (U+2000–U+206F: curly quotes, dashes, ellipsis), which has no letters.
func generalPunctuation(r rune) bool { return r >= 0x2000 && r <= 0x206f }
