package gazetteer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Fold returns the lookup key of a place name: the form under which every
// common romanization of the name files together.
//
// Fold lowercases, strips diacritics, and turns punctuation and hyphens into
// word breaks (apostrophes and ayn/hamza marks are dropped, so "Ma'arrat" is
// "maarrat"). It then applies the conventions by which Arabic, Persian,
// Turkish and Russian names are transliterated differently:
//   - a definite article before another word is dropped: al-, el-, ez-, az-,
//     ad-, as-, ar-, at-, an-, ash- ("Deir ez-Zor" → "dair zor");
//   - an article fused to a following doubled consonant is dropped from every
//     word but the first ("Ezzour" → "zour");
//   - doubled letters are single ("Raqqa" → "raqa");
//   - ou is u, and ei, ay and ey are ai ("Deir", "Dayr", "Deyr" → "dair");
//   - a final h after a vowel is dropped ("Raqqah" → "raqa");
//   - "St", "Mt" and "Ft" are "saint", "mount" and "fort".
//
// Deir ez-Zor, Deir Ezzour, Dayr az Zur and Deir al-Zour all fold to
// "dair zur" or "dair zor", which the gazetteer's alternate names connect.
func Fold(name string) string {
	if isASCII(name) {
		var buf [64]byte
		return string(appendFoldASCII(buf[:0], name))
	}
	words := foldWords(name, make([]string, 0, 4))
	return strings.Join(words, " ")
}

// AppendFold appends Fold(name) to dst and returns it. For ASCII names, the
// common case, it allocates nothing: recognizers fold a candidate name per
// word and probe the index with the bytes (see ProbeBytes).
func AppendFold(dst []byte, name string) []byte {
	if isASCII(name) {
		return appendFoldASCII(dst, name)
	}
	for i, w := range foldWords(name, make([]string, 0, 4)) {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
	}
	return dst
}

// appendFoldASCII is Fold for ASCII names, done in one pass over fixed
// buffers.
func appendFoldASCII(out []byte, name string) []byte {
	// The raw words: lowercase letters and digits, apostrophes dropped.
	var rawBuf [64]byte
	var endBuf [16]int
	raw, ends := rawBuf[:0], endBuf[:0]
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			raw = append(raw, c)
		case 'A' <= c && c <= 'Z':
			raw = append(raw, c+('a'-'A'))
		case c == '\'' || c == '`':
		default:
			if len(ends) == 0 && len(raw) > 0 || len(ends) > 0 && len(raw) > ends[len(ends)-1] {
				ends = append(ends, len(raw))
			}
		}
	}
	if len(ends) == 0 && len(raw) > 0 || len(ends) > 0 && len(raw) > ends[len(ends)-1] {
		ends = append(ends, len(raw))
	}
	first := len(out)
	start := 0
	for i, end := range ends {
		w := raw[start:end]
		start = end
		if i < len(ends)-1 && len(w) <= 3 && isArticle(string(w)) {
			continue
		}
		if i > 0 && len(w) >= 5 && (w[0] == 'a' || w[0] == 'e') && w[1] == w[2] && strings.IndexByte(sunLetters, w[1]) >= 0 {
			w = w[2:] // stripFusedArticle
		}
		if len(out) > first {
			out = append(out, ' ')
		}
		if len(w) != 2 || w[1] != 't' {
			out = appendFoldedWord(out, w) // no abbreviation: the common case
		} else if full, ok := expandAbbreviation(string(w)); ok {
			out = appendFoldedWord(out, []byte(full))
		} else {
			out = appendFoldedWord(out, w)
		}
	}
	return out
}

// appendFoldedWord is foldWord appending to dst.
func appendFoldedWord(dst, w []byte) []byte {
	first := len(dst)
	for i := 0; i < len(w); i++ {
		c := w[i]
		if n := len(dst); n > first && dst[n-1] == c && c < utf8.RuneSelf && !isDigit(c) {
			continue // doubled letter
		}
		if i+1 < len(w) {
			switch a, b := c, w[i+1]; {
			case a == 'o' && b == 'u':
				dst = append(dst, 'u')
				i++
				continue
			case a == 'e' && b == 'i', a == 'a' && b == 'y', a == 'e' && b == 'y':
				dst = append(dst, 'a', 'i')
				i++
				continue
			}
		}
		dst = append(dst, c)
	}
	if n := len(dst); n-first > 2 && dst[n-1] == 'h' && isVowel(dst[n-2]) {
		dst = dst[:n-1]
	}
	return dst
}

// foldWords appends the folded words of name to dst.
func foldWords(name string, dst []string) []string {
	var raw []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			raw = append(raw, b.String())
			b.Reset()
		}
	}
	s := name
	if !isASCII(s) {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
				b.WriteRune(r)
			case 'A' <= r && r <= 'Z':
				b.WriteRune(r + ('a' - 'A'))
			case r == '\'' || r == '`':
				// dropped: "Ma'arrat" is "Maarrat"
			default:
				flush()
			}
		case unicode.Is(unicode.Mn, r):
			// a diacritic, stripped
		case isApostrophe(r):
		default:
			if rep, ok := letterFolds[r]; ok {
				b.WriteString(rep)
			} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToLower(r))
			} else {
				flush()
			}
		}
	}
	flush()
	for i, w := range raw {
		if i < len(raw)-1 && isArticle(w) {
			continue
		}
		if i > 0 {
			w = stripFusedArticle(w)
		}
		if full, ok := expandAbbreviation(w); ok {
			w = full
		}
		dst = append(dst, foldWord(w))
	}
	return dst
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isApostrophe(r rune) bool {
	switch r {
	case '’', '‘', 'ʿ', 'ʾ', 'ʻ', 'ʼ', '´', '′':
		return true
	}
	return false
}

// letterFolds spells letters that do not decompose into a base letter and marks.
var letterFolds = map[rune]string{
	'ø': "o", 'Ø': "o", 'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'ı': "i", 'ð': "d", 'Ð': "d",
	'þ': "th", 'Þ': "th", 'ħ': "h", 'Ħ': "h",
}

// isArticle reports whether w is a romanized form of the Arabic definite
// article (or one of its assimilations before sun letters), dropped when
// another word follows. A switch, not a map: Fold asks it of every word.
func isArticle(w string) bool {
	switch w {
	case "al", "el", "ul", "il",
		"ad", "ed", "ar", "er", "as", "es",
		"az", "ez", "at", "et", "an", "en",
		"ash", "esh", "adh", "ath", "dh":
		return true
	}
	return false
}

// expandAbbreviation returns the full word that Fold writes for an
// abbreviation: "st" is "saint".
func expandAbbreviation(w string) (string, bool) {
	switch w {
	case "st":
		return "saint", true
	case "mt":
		return "mount", true
	case "ft":
		return "fort", true
	}
	return "", false
}

// sunLetters are the consonants an Arabic article assimilates to: "az-Zawr",
// "ash-Sham", "ar-Raqqa".
const sunLetters = "tdrzsnl"

// stripFusedArticle drops an article written together with its noun and
// assimilated to a doubled sun letter: "ezzour" → "zour", "arraqqa" → "raqqa".
// It leaves short words alone, so "Essen" or "Anna" keep their first letters
// only when they are a name's first word, which Fold never strips.
func stripFusedArticle(w string) string {
	if len(w) < 5 || (w[0] != 'a' && w[0] != 'e') {
		return w
	}
	if c := w[1]; c == w[2] && strings.IndexByte(sunLetters, c) >= 0 {
		return w[2:]
	}
	return w
}

// foldWord applies the letter-level conventions to one lowercase word.
func foldWord(w string) string {
	if len(w) == 0 {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if n := len(b); n > 0 && b[n-1] == c && c < utf8.RuneSelf && !isDigit(c) {
			continue // doubled letter
		}
		if i+1 < len(w) {
			switch pair := w[i : i+2]; pair {
			case "ou":
				b = append(b, 'u')
				i++
				continue
			case "ei", "ay", "ey":
				b = append(b, 'a', 'i')
				i++
				continue
			}
		}
		b = append(b, c)
	}
	// "Raqqah", "Hamah": a final h after a vowel is silent.
	if n := len(b); n > 2 && b[n-1] == 'h' && isVowel(b[n-2]) {
		b = b[:n-1]
	}
	return string(b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

// SameSpelling reports whether a and b are spelled alike up to case,
// diacritics, apostrophes, the breaks between words ("Deir ez-Zor", "deir
// ez zor") and the abbreviations that Fold expands ("St. Petersburg",
// "Saint Petersburg"), but without Fold's transliteration conventions:
// "Gubio" is not spelled "Gubbio", though both fold to "gubio". It
// allocates nothing.
func SameSpelling(a, b string) bool {
	i, j := 0, 0
	for {
		wa, ni := nextWord(a, i)
		wb, nj := nextWord(b, j)
		if wa == "" || wb == "" {
			return wa == wb
		}
		if !sameWord(wa, wb) && !abbreviates(wa, wb) && !abbreviates(wb, wa) {
			return false
		}
		i, j = ni, nj
	}
}

// nextWord returns the first word of s at or after byte i (letters, digits,
// and the apostrophes and marks inside them) and the byte after it; "" at
// the end of s.
func nextWord(s string, i int) (string, int) {
	start := -1
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || (start >= 0 && (r == '\'' || isApostrophe(r) || unicode.Is(unicode.Mn, r)))
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			return s[start:i], i
		}
		i += size
	}
	if start < 0 {
		return "", i
	}
	return s[start:], i
}

// sameWord reports whether words a and b have the same letters, up to
// case, diacritics and apostrophes.
func sameWord(a, b string) bool {
	i, j := 0, 0
	for {
		ra, ni := nextSpelled(a, i)
		rb, nj := nextSpelled(b, j)
		if ra != rb {
			return false
		}
		if ra < 0 {
			return true
		}
		i, j = ni, nj
	}
}

// abbreviates reports whether word w is an abbreviation that Fold expands
// to the word full: "St" for "Saint".
func abbreviates(w, full string) bool {
	if len(w) != 2 {
		return false
	}
	low := [2]byte{w[0] | 0x20, w[1] | 0x20} // ASCII letters only: the switch below checks
	expanded, ok := expandAbbreviation(string(low[:]))
	return ok && sameWord(expanded, full)
}

// nextSpelled returns the first letter or digit of s at or after byte i,
// lowercased and without its diacritics, and the byte after it; or -1 at
// the end of s.
func nextSpelled(s string, i int) (rune, int) {
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				return rune(c), i
			case 'A' <= c && c <= 'Z':
				return rune(c + ('a' - 'A')), i
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		// The base letter of a precomposed one: "é" is "e" and a mark.
		if d := norm.NFD.PropertiesString(s[i:]).Decomposition(); len(d) > 0 {
			r, _ = utf8.DecodeRune(d)
		}
		i += size
		if rep, ok := letterFolds[r]; ok && len(rep) == 1 {
			return rune(rep[0]), i
		}
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isApostrophe(r) {
			return unicode.ToLower(r), i
		}
	}
	return -1, i
}
