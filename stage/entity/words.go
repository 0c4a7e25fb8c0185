package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/wordfilter"
)

// A wordClass is the set of the stage's lower-case word lists that a word
// belongs to. The rules ask the same lists about the same tokens many
// times; one lookup per token answers them all.
type wordClass uint32

const (
	classNominal       wordClass = 1 << iota // a one-word head of a description (lexicon.nominals)
	classMultiFirst                          // the first word(s) of a multi-word head (lexicon.multiHead)
	classModifier                            // lexicon.modifiers
	classVerb                                // lexicon.verbs
	classAux                                 // lexicon.aux
	classNoun                                // lexicon.nouns
	classDefinite                            // definiteDet
	classIndefinite                          // indefiniteDet
	classPreposition                         // prepositions
	classFollower                            // followers
	classPersonPronoun                       // personPronouns
	classIt                                  // itPronouns
	classThey                                // theyPronouns
	classClauseStart                         // clauseStarts
	classFunction                            // functionWords
	// classKnown marks a token whose classes are computed.
	classKnown
)

// lowerClasses returns the classes of every lower-case word in the
// lexicon's lists and the package's word sets.
func (lx *lexicon) lowerClasses() map[string]wordClass {
	out := make(map[string]wordClass)
	add := func(c wordClass, words map[string]bool) {
		for w, ok := range words {
			if ok {
				out[w] |= c
			}
		}
	}
	for w := range lx.nominals {
		out[w] |= classNominal
	}
	// A token never holds the space that separates a head's words, but mark
	// every prefix ending before a space, so the class is exactly "some
	// multi-word head starts with this word and a space".
	for phrase := range lx.multiHead {
		for i := 0; i < len(phrase); i++ {
			if phrase[i] == ' ' {
				out[phrase[:i]] |= classMultiFirst
			}
		}
	}
	add(classModifier, lx.modifiers)
	add(classVerb, lx.verbs)
	add(classAux, lx.aux)
	add(classNoun, lx.nouns)
	add(classDefinite, definiteDet)
	add(classIndefinite, indefiniteDet)
	add(classPreposition, prepositions)
	add(classFollower, followers)
	add(classPersonPronoun, personPronouns)
	add(classIt, itPronouns)
	add(classThey, theyPronouns)
	add(classClauseStart, clauseStarts)
	add(classFunction, functionWords)
	return out
}

// filters returns filters for the words that can head a description and
// for the pronouns. A word can head a description only if heads may have
// it and headTails may have it without its first byte: the two filters
// look at different bytes, and most words pass one of them only.
func (lx *lexicon) filters() (heads, headTails, pronouns *wordfilter.Filter) {
	heads, headTails, pronouns = new(wordfilter.Filter), new(wordfilter.Filter), new(wordfilter.Filter)
	for w, c := range lx.classes {
		if c&(classNominal|classMultiFirst) != 0 {
			heads.Add(w)
			headTails.Add(w[min(1, len(w)):])
		}
		if c&(classPersonPronoun|classIt|classThey) != 0 {
			pronouns.Add(w)
		}
	}
	return heads, headTails, pronouns
}

// class returns the classes of token i in lower case; 0 outside the
// document. It looks a token up once.
func (a *annotator) class(i int) wordClass {
	if i < 0 || i >= len(a.classes) {
		return 0
	}
	c := a.classes[i]
	if c&classKnown == 0 {
		c = a.s.lex.classTable.Value(a.lower(i)) | classKnown
		a.classes[i] = c
	}
	return c
}

// is reports whether token i in lower case is in all of the classes c.
func (a *annotator) is(i int, c wordClass) bool { return a.class(i)&c == c }

// An exactClass is the set of the stage's case-sensitive word lists that
// a word, as written, belongs to.
type exactClass uint8

const (
	exactTitle   exactClass = 1 << iota // lexicon.titles
	exactStrong                         // a strong title (lexicon.strong)
	exactOrgHead                        // lexicon.orgHeads
	// exactKnown marks a token whose classes are computed.
	exactKnown
)

// exactClasses returns the classes of every word of the case-sensitive
// lists.
func (lx *lexicon) exactClasses() map[string]exactClass {
	out := make(map[string]exactClass)
	for w := range lx.titles {
		out[w] |= exactTitle
	}
	for w, strong := range lx.strong {
		if strong {
			out[w] |= exactStrong
		}
	}
	for w, ok := range lx.orgHeads {
		if ok {
			out[w] |= exactOrgHead
		}
	}
	return out
}

// isExact reports whether token i, which must be in range, is in all of
// the case-sensitive classes c. It looks a token up once.
func (a *annotator) isExact(i int, c exactClass) bool {
	x := a.exacts[i]
	if x&exactKnown == 0 {
		if w := a.words[i]; a.s.lex.exactWords.MayHave(w) {
			x = a.s.lex.exact[w]
		}
		x |= exactKnown
		a.exacts[i] = x
	}
	return x&c == c
}

// A shape says how a token is capitalized.
type shape uint8

const (
	shapeCapitalized shape = 1 << iota // isCapitalized
	shapeAllCaps                       // isAllCaps
	shapeHyphen                        // has a hyphen-minus: "US-led", "ez-Zor", "F-16"
	shapeCapsKnown                     // shapeAllCaps is known
)

// shapeOf returns the shape of w, all but shapeAllCaps, which allCaps
// finds when asked: few rules ask it.
func shapeOf(w string) shape {
	s := capitalShape(w)
	if strings.IndexByte(w, '-') >= 0 {
		s |= shapeHyphen
	}
	return s
}

// capitalShape returns shapeCapitalized if w is capitalized, else 0.
func capitalShape(w string) shape {
	if w != "" && (w[0] < utf8.RuneSelf && 'A' <= w[0] && w[0] <= 'Z' || w[0] >= utf8.RuneSelf && isCapitalized(w)) {
		return shapeCapitalized
	}
	return 0
}

// setHyphens adds shapeHyphen to the shapes of the tokens that have a
// hyphen, given their capitals, and lists them in hyphens: it finds the
// hyphens in the whole text, which is faster than searching each token, if
// the tokens are disjoint.
func (a *annotator) setHyphens(disjoint bool) {
	if !disjoint {
		for i, w := range a.words {
			a.shapes[i] = shapeOf(w)
			if a.shapes[i]&shapeHyphen != 0 {
				a.hyphens = append(a.hyphens, int32(i))
			}
		}
		return
	}
	ti := 0
	for h := 0; ; h++ {
		k := strings.IndexByte(a.text[h:], '-')
		if k < 0 {
			return
		}
		h += k
		for ti < len(a.toks) && a.toks[ti].End <= h {
			ti++
		}
		if ti == len(a.toks) {
			return
		}
		if a.toks[ti].Start <= h && a.shapes[ti]&shapeHyphen == 0 {
			a.shapes[ti] |= shapeHyphen
			a.hyphens = append(a.hyphens, int32(ti))
		}
	}
}

// capitalized reports isCapitalized of token i, which must be in range.
func (a *annotator) capitalized(i int) bool { return a.shapes[i]&shapeCapitalized != 0 }

// allCaps reports isAllCaps of token i, which must be in range.
func (a *annotator) allCaps(i int) bool {
	s := a.shapes[i]
	if s&shapeCapsKnown == 0 {
		s |= shapeCapsKnown
		if isAllCaps(a.words[i]) {
			s |= shapeAllCaps
		}
		a.shapes[i] = s
	}
	return s&shapeAllCaps != 0
}

// hasHyphen reports whether token i, which must be in range, has a
// hyphen-minus.
func (a *annotator) hasHyphen(i int) bool { return a.shapes[i]&shapeHyphen != 0 }

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters > 0
}

// hasUpper reports whether w has a capital or a non-ASCII byte: whether
// strings.ToLower may change it.
func hasUpper(w string) bool {
	for j := 0; j < len(w); j++ {
		if c := w[j]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// lowerWord is strings.ToLower, without the allocation for words that
// have nothing to lower.
func lowerWord(w string) string {
	if !hasUpper(w) {
		return w
	}
	return strings.ToLower(w)
}

// trimPunct is strings.Trim(w, sectorPunct) without strings.Trim's
// search of a cutset that is not ASCII for every word.
func trimPunct(w string) string {
	for w != "" {
		r, size := rune(w[0]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(w)
		}
		if !isSectorPunct(r) {
			break
		}
		w = w[size:]
	}
	for w != "" {
		r, size := rune(w[len(w)-1]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeLastRuneInString(w)
		}
		if !isSectorPunct(r) {
			break
		}
		w = w[:len(w)-size]
	}
	return w
}

// isSectorPunct reports whether r is punctuation that sectorOf trims off
// its words.
func isSectorPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiSectorPunct[r] // a table: strings.ContainsRune costs a call
	}
	return strings.ContainsRune(sectorPunct, r)
}

// asciiSectorPunct marks the ASCII characters of sectorPunct.
var asciiSectorPunct = func() (t [utf8.RuneSelf]bool) {
	for _, r := range sectorPunct {
		if r < utf8.RuneSelf {
			t[r] = true
		}
	}
	return t
}()

// sectorPunct is the punctuation trimmed off the words of a sector.
const sectorPunct = ",;:()\"“”"

// appendFields appends the fields of s to out, as strings.Fields splits it.
func appendFields(out []string, s string) []string {
	start := -1
	for i := 0; i < len(s); {
		// The bytes of a word first, in a loop of their own: decoding and
		// unicode.IsSpace cost more, and words are most of the text.
		if start >= 0 {
			for i < len(s) && fieldByte[s[i]] {
				i++
			}
			if i == len(s) {
				break
			}
		}
		space, size := false, 1
		if c := s[i]; c < utf8.RuneSelf {
			space = !fieldByte[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
		}
		if space {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// fieldByte marks the ASCII bytes that are no space.
var fieldByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c != ' ' && (c < '\t' || c > '\r')
	}
	return t
}()
