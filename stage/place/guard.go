package place

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/gazetteer"
)

// notAName reports whether the one-word surface w cannot be a place name
// whatever the gazetteer says, because folding made it match one: a single
// letter or an initial ("I" folds like "Ii", "N." like "Na'an"), a Roman
// numeral in capitals ("World War II"), or a contraction ("We're" folds
// like "Were").
func (lx *lexicon) notAName(w string) bool {
	letters := 0
	roman := true
	apostrophe, size := -1, 0 // the last apostrophe, ' or ’
	for k, c := range w {
		if c < utf8.RuneSelf {
			// ASCII, the common case, without the table searches.
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				letters++
			} else if c == '\'' {
				apostrophe, size = k, 1
			}
			roman = roman && (c == 'I' || c == 'V' || c == 'X')
			continue
		}
		if c == '’' {
			apostrophe, size = k, len("’")
		}
		if unicode.IsLetter(c) {
			letters++
		}
		roman = false
	}
	if letters <= 1 || roman {
		return true
	}
	if apostrophe > 0 {
		return lx.contractions.Has(strings.ToLower(w[apostrophe+size:]))
	}
	return false
}

// spelledAsName reports whether w is spelled like the preferred name of one
// of the candidates, ignoring case and diacritics ("Stei" for "Ștei"), as
// opposed to matching only an alternate name or a transliteration variant
// that folding joins ("Stay" folds like "Ștei").
func spelledAsName(w string, cands []gazetteer.Candidate) bool {
	for ci := range cands {
		c := &cands[ci] // by pointer: a Candidate is large
		if !c.Alternate && strings.EqualFold(stripMarks(c.Name), stripMarks(w)) {
			return true
		}
	}
	return false
}

// stripMarks removes combining marks: "Ștei" → "Stei".
func stripMarks(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for _, c := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// clauseStart reports whether token i opens a sentence or a clause, where a
// capital letter is owed to the position and says nothing about a name:
// the sentence's first word, the first word of a line, or a word after a
// colon, a quotation mark or a bullet (lexicon section clauseopeners).
func (r *run) clauseStart(i, lo int) bool {
	if i <= lo {
		return true
	}
	prev := r.doc.Tokens[i-1]
	if strings.ContainsRune(r.doc.Text[prev.End:r.doc.Tokens[i].Start], '\n') {
		return true
	}
	return prev.Kind != sitrep.TokenWord && r.s.lx.clauseOpeners.Has(r.tok(i-1))
}

// commonWordOK decides whether a one-word name that is a common English
// word (m.cands set, first its lowercase form) is read as a place. It must
// be spelled as a place's preferred name, not only as a variant folding
// joins to one; and where its capital letter proves nothing (at the start
// of a clause, in a headline, after a determiner, or in a text that also
// uses the word in lowercase) it needs a locative cue or a region after it.
func (r *run) commonWordOK(m *mention, first string, i, next, lo, hi int, titleCase bool) bool {
	if !spelledAsName(r.tok(i), m.cands) {
		return r.followedByRegion(next, hi)
	}
	uninformative := r.clauseStart(i, lo) || titleCase || r.usedLowercase(first) ||
		r.s.lx.determiners.Has(r.low(i-1))
	return !uninformative || m.cue || r.followedByRegion(next, hi)
}

// tokenAt returns the index of the token starting at byte pos, or -1.
func (r *run) tokenAt(pos int) int {
	toks := r.doc.Tokens
	i := sitrep.FirstTokenFrom(toks, pos)
	if i < len(toks) && toks[i].Start == pos {
		return i
	}
	return -1
}

// maxEntityAcronym is the longest all-capital word of an entity mention
// read as an acronym.
const maxEntityAcronym = 3

// weakEntityName reports whether a GPE or LOC mention of the entity stage
// that recognition did not find is too weak to look up: after a leading
// determiner it is one word that is no name at all ("I"), a function word
// or a compass word ("East"), a news agency ("Xinhua"), an organization's
// head word or a title, a short acronym, or a common word after that
// determiner ("The Summit").
func (r *run) weakEntityName(s sitrep.Span) bool {
	i := r.tokenAt(s.Start)
	if i < 0 {
		return false
	}
	lx := r.s.lx
	first := i
	for first < len(r.doc.Tokens) && r.doc.Tokens[first].End <= s.End && lx.determiners.Has(r.low(first)) {
		first++
	}
	if first >= len(r.doc.Tokens) || r.doc.Tokens[first].End != s.End {
		return false // several words: a name of its own
	}
	w := r.tok(first)
	lw := strings.ToLower(w)
	if lx.notAName(w) || lx.agencies[w] || lx.stopwords.Has(lw) || lx.directions.Has(lw) || lx.orgWords.Has(lw) || lx.titles.Has(lw) {
		return true
	}
	// A short acronym ("MO", "EU") unless a country's; longer words in
	// capitals are often datelines ("XENIA —").
	if isAllCaps(w) && utf8.RuneCountInString(w) <= maxEntityAcronym && !namesCountry(r.lookup(r.s.gaz.FoldCached(w))) {
		return true
	}
	// "The Summit", "The Mall": a common word with an article is a named
	// thing, not a town.
	return first > i && r.s.gaz.IsCommonWord(lw)
}
