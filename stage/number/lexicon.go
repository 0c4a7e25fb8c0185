package number

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/wordfilter"
)

//go:embed lexicon.txt
var lexiconText string

// A phrase is a lexicon entry of one or more words.
type phrase struct {
	words []string
	unit  sitrep.FigureUnit
	value string // victim category, normalized qualifier
	min   int    // vague quantities
	max   int
}

// A phraseSet finds phrases by their first word, longest first. Its role
// bit marks, in lexicon.roles, the words that begin one of its phrases
// (bit) and those that end one (bit << 16), so that a scanner can rule
// out a match without a lookup.
type phraseSet struct {
	byFirst map[string][]phrase
	first   *wordfilter.Table[[]phrase] // byFirst, for lookups: see sort
	bit     uint32
}

func newPhraseSet(bit uint32) *phraseSet {
	return &phraseSet{byFirst: map[string][]phrase{}, bit: bit}
}

func (ps *phraseSet) add(p phrase) {
	ps.byFirst[p.words[0]] = append(ps.byFirst[p.words[0]], p)
}

// sort orders each word's phrases longest first and builds ps.first.
func (ps *phraseSet) sort() {
	for _, l := range ps.byFirst {
		sort.SliceStable(l, func(i, j int) bool { return len(l[i].words) > len(l[j].words) })
	}
	ps.first = wordfilter.NewTable(ps.byFirst)
}

// at returns the longest phrase of ps starting at words[k], and its length;
// nil and 0 if there is none. The phrase is the lexicon's, read-only: a
// pointer spares copying it out of every call, most of which find none.
func (ps *phraseSet) at(words []string, k int) (*phrase, int) {
	if k < 0 || k >= len(words) {
		return nil, 0
	}
	l, _ := ps.first.Get(words[k])
	for i := range l {
		p := &l[i]
		if k+len(p.words) > len(words) {
			continue
		}
		ok := true
		for x, w := range p.words[1:] {
			if words[k+1+x] != w {
				ok = false
				break
			}
		}
		if ok {
			return p, len(p.words)
		}
	}
	return nil, 0
}

// ending returns the longest phrase of ps that ends at words[k-1], and its
// length. maxLen bounds the phrases tried.
func (ps *phraseSet) ending(words []string, k int, maxLen int) (*phrase, int) {
	for n := min(maxLen, k); n >= 1; n-- {
		if p, m := ps.at(words, k-n); m == n {
			return p, n
		}
	}
	return nil, 0
}

// A lexicon holds the words of casualty figures, read from lexicon.txt.
type lexicon struct {
	after, before, total, none *phraseSet
	implied                    *phraseSet
	qualifiers, vague          *phraseSet
	fractions                  *phraseSet // min/max hold the numerator and denominator
	victimPhrases              *phraseSet
	nouns                      map[string]sitrep.FigureUnit
	victims                    map[string]string // word → category; "" for people of no category
	maxBefore                  int
	// roles holds, for every word of every entry and the number words,
	// the role bits of the phrase sets it begins or ends (roleOther for
	// the rest). A word that is not in roles starts nothing.
	roles map[string]uint32
	// roleTable is roles for lookups: the scanner asks about every token.
	roleTable *wordfilter.Table[uint32]
}

// role returns the role bits of word w; 0 if it is in no entry.
func (lx *lexicon) role(w string) uint32 {
	r, _ := lx.roleTable.Get(w)
	return r
}

// Role bits of phrase sets; a phrase set's end bit is its bit << 16.
const (
	roleAfter uint32 = 1 << iota
	roleBefore
	roleTotal
	roleNone
	roleImplied
	roleQualifier
	roleVague
	roleVictimPhrase
	roleFraction
	roleNumber // words that may begin a number: "fourteen", "a"
	roleOther  // victims, counted nouns, singular words and every entry's words
	// The bits below mark the keys of one word map each, so that the
	// scanner asks a map only about words it holds: noun phrases are
	// read word by word after every determiner.
	roleVictim // a key of lexicon.victims
	roleNoun   // a key of lexicon.nouns
	// roleSingular marks the singularStarts, which may begin a phrase
	// naming one person (see scanner.maySingular).
	roleSingular
)

// The role bits of a token's shape rather than of a word of the lexicon
// (see shapeRoles), which the scanner asks about at every token. They lie
// above the end bits of the phrase sets (roleAfter<<16 to roleFraction<<16).
const (
	roleDigits   uint32 = 1 << (25 + iota) // a token that starts with a digit: "14", "1,200"
	roleCompound                           // a hyphenated number word: "twenty-six"
	roleName                               // a capitalized word that may be a name (see isName)
)

// roleQuantity are the role bits of the tokens at which scanner.quantity
// may read a number: a number word, digits or a compound number, or a word
// that begins a qualifier ("at least"), a vague quantity ("dozens") or a
// fraction ("half of").
const roleQuantity = roleNumber | roleQualifier | roleVague | roleFraction | roleDigits | roleCompound

var units = map[string]sitrep.FigureUnit{
	"killed": sitrep.UnitKilled, "injured": sitrep.UnitInjured, "missing": sitrep.UnitMissing,
	"arrested": sitrep.UnitArrested, "kidnapped": sitrep.UnitKidnapped, "displaced": sitrep.UnitDisplaced,
}

func loadLexicon(text string) (*lexicon, error) {
	lx := &lexicon{
		after: newPhraseSet(roleAfter), before: newPhraseSet(roleBefore), total: newPhraseSet(roleTotal),
		none: newPhraseSet(roleNone), implied: newPhraseSet(roleImplied), qualifiers: newPhraseSet(roleQualifier),
		vague: newPhraseSet(roleVague), victimPhrases: newPhraseSet(roleVictimPhrase),
		fractions: newPhraseSet(roleFraction),
		nouns:     map[string]sitrep.FigureUnit{}, victims: map[string]string{},
	}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 3 {
			return nil, fmt.Errorf("number lexicon line %d: want at least 3 fields", n+1)
		}
		kind, val, words := f[0], f[1], f[2:]
		unitOf := func() (sitrep.FigureUnit, error) {
			u, ok := units[val]
			if !ok {
				return "", fmt.Errorf("number lexicon line %d: unknown unit %q", n+1, val)
			}
			return u, nil
		}
		switch kind {
		case "after", "before", "total", "none", "noun", "implied":
			u, err := unitOf()
			if err != nil {
				return nil, err
			}
			p := phrase{words: words, unit: u}
			switch kind {
			case "after":
				lx.after.add(p)
			case "before":
				lx.before.add(p)
				lx.maxBefore = max(lx.maxBefore, len(words))
			case "total":
				lx.total.add(p)
			case "none":
				lx.none.add(p)
			case "implied":
				lx.implied.add(p)
			case "noun":
				lx.nouns[words[0]] = u
			}
		case "victim":
			cat, ws := strings.ReplaceAll(val, "_", " "), words // "aid_workers"
			if len(ws) == 1 {
				lx.victims[ws[0]] = cat
			} else {
				lx.victimPhrases.add(phrase{words: ws, value: cat})
			}
		case "people":
			if len(words) == 1 {
				lx.victims[words[0]] = ""
			} else {
				lx.victimPhrases.add(phrase{words: words})
			}
		case "qualifier":
			lx.qualifiers.add(phrase{words: words, value: strings.ReplaceAll(val, "_", " ")})
		case "vague":
			if len(f) < 4 {
				return nil, fmt.Errorf("number lexicon line %d: vague needs min, max and words", n+1)
			}
			lo, err1 := strconv.Atoi(f[1])
			hi, err2 := strconv.Atoi(f[2])
			if err1 != nil || err2 != nil || lo > hi {
				return nil, fmt.Errorf("number lexicon line %d: bad range", n+1)
			}
			lx.vague.add(phrase{words: f[3:], min: lo, max: hi})
		case "fraction":
			num, den, ok := strings.Cut(val, "/")
			a, err1 := strconv.Atoi(num)
			b, err2 := strconv.Atoi(den)
			if !ok || err1 != nil || err2 != nil || a <= 0 || b <= a {
				return nil, fmt.Errorf("number lexicon line %d: bad fraction %q", n+1, val)
			}
			lx.fractions.add(phrase{words: words, min: a, max: b})
		default:
			return nil, fmt.Errorf("number lexicon line %d: unknown kind %q", n+1, kind)
		}
	}
	lx.roles = map[string]uint32{}
	for _, w := range cardinalWords {
		lx.roles[w] |= roleNumber
	}
	for w := range lx.nouns {
		lx.roles[w] |= roleOther | roleNoun
	}
	for w := range lx.victims {
		lx.roles[w] |= roleOther | roleVictim
	}
	for _, w := range singularWords {
		lx.roles[w] |= roleOther
	}
	for _, w := range singularStarts {
		lx.roles[w] |= roleSingular
	}
	for _, ps := range []*phraseSet{lx.after, lx.before, lx.total, lx.none, lx.implied, lx.qualifiers, lx.vague, lx.victimPhrases, lx.fractions} {
		for _, l := range ps.byFirst {
			for _, p := range l {
				for _, w := range p.words {
					lx.roles[w] |= roleOther
				}
				lx.roles[p.words[0]] |= ps.bit
				lx.roles[p.words[len(p.words)-1]] |= ps.bit << 16
			}
		}
	}
	for _, ps := range []*phraseSet{lx.after, lx.before, lx.total, lx.none, lx.implied, lx.qualifiers, lx.vague, lx.victimPhrases, lx.fractions} {
		ps.sort()
	}
	lx.roleTable = wordfilter.NewTable(lx.roles)
	return lx, nil
}

// cardinalWords are the words that may begin a number.
var cardinalWords = strings.Fields(`zero one two three four five six seven eight nine ten eleven
	twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty
	fifty sixty seventy eighty ninety hundred thousand million billion dozen a an between`)

// singularWords may begin a phrase naming one person: "a", "his", "he".
var singularWords = strings.Fields(`a an the his her their its another he she him himself herself no nobody`)

// singularStarts are the words at which singularPhrase may find a phrase
// naming one person (besides victims and names): "a volunteer", "he".
var singularStarts = strings.Fields(`another a an the his her their its one he she him himself herself`)
