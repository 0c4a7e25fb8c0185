package attrib

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

//go:embed cues.txt
var cuesData string

//go:embed cues_polnear.tsv
var derivedData string

// minDerivedScore is the score (see cues_polnear.tsv) a use of a derived
// word needs to be taken as a cue. Adding a cue whose precision is p raises
// F1 while p exceeds about F1/2; 0.35 keeps a margin below that.
const minDerivedScore = 0.35

// minListedScore is the score below which a use of a one-word cue of
// cues.txt is not taken as a cue: "said" in "the said person" is rare, but
// "asked" before "for", or "called" as a name ("a group called"), are
// common enough to count.
const minListedScore = 0.2

// A cueKind says where a cue expects its source and content.
type cueKind uint8

const (
	cueVerb  cueKind = iota // "X said (that) Y", "Y, X said", "Y, said X"
	cuePrep                 // "according to X, Y"
	cueRelay                // "as quoted by X": an intermediary, or a cue when alone
)

// A cue is one form of the lexicon: "has denied", "according to".
type cue struct {
	words  []string // lower-case words, matched token by token
	stance sitrep.Stance
	kind   cueKind
	weak   bool // a cue only next to a quotation or a "that" clause
}

// A lexicon finds cues by their first word.
type lexicon struct {
	byFirst map[string][]cue        // longest forms first
	derived map[string]*derivedWord // words that are cues in some contexts
}

// A derivedWord holds corpus counts of a word's uses as a cue: in all, and
// after or before particular words.
type derivedWord struct {
	counts     ratio
	prev, next map[string]ratio
}

// A ratio is how often a word was a cue, out of how many uses.
type ratio struct{ cue, all int32 }

// parseLexicon reads the format documented in cues.txt.
func parseLexicon(data string) (*lexicon, error) {
	lex := &lexicon{byFirst: make(map[string][]cue), derived: make(map[string]*derivedWord)}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) < 2 {
			return nil, fmt.Errorf("attrib: cues.txt:%d: want forms, a tab and a stance", n+1)
		}
		stance := sitrep.Stance(fields[1])
		switch stance {
		case sitrep.StanceAssert, sitrep.StanceAccuse, sitrep.StanceDeny, sitrep.StanceConfirm, sitrep.StanceQuestion:
		default:
			return nil, fmt.Errorf("attrib: cues.txt:%d: unknown stance %q", n+1, fields[1])
		}
		var kind cueKind
		var weak bool
		if len(fields) > 2 {
			for _, flag := range strings.Fields(fields[2]) {
				switch flag {
				case "prep":
					kind = cuePrep
				case "relay":
					kind = cueRelay
				case "weak":
					weak = true
				default:
					return nil, fmt.Errorf("attrib: cues.txt:%d: unknown flag %q", n+1, flag)
				}
			}
		}
		for _, form := range strings.Split(fields[0], "|") {
			words := strings.Fields(strings.ToLower(form))
			if len(words) == 0 {
				return nil, fmt.Errorf("attrib: cues.txt:%d: empty form", n+1)
			}
			c := cue{words: words, stance: stance, kind: kind, weak: weak}
			list := append(lex.byFirst[words[0]], c)
			// Keep the longest forms first so that matching is greedy.
			for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
				list[i], list[i-1] = list[i-1], list[i]
			}
			lex.byFirst[words[0]] = list
		}
	}
	return lex, nil
}

// addDerived reads the counts of cues_polnear.tsv. Adverbs that are not
// listed are left out: they join a verb's cue as auxiliaries.
func (lex *lexicon) addDerived(data string) error {
	for n, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		bad := fmt.Errorf("attrib: cues_polnear.tsv:%d: malformed line", n+1)
		if len(f) < 4 {
			return bad
		}
		cue, err1 := strconv.Atoi(f[len(f)-2])
		all, err2 := strconv.Atoi(f[len(f)-1])
		if err1 != nil || err2 != nil || all <= 0 || cue < 0 || cue > all {
			return bad
		}
		r := ratio{int32(cue), int32(all)}
		switch {
		case f[0] == "w" && len(f) == 4:
			w := f[1]
			if len(lex.byFirst[w]) == 0 && isAuxiliary(w) {
				continue
			}
			lex.derived[w] = &derivedWord{counts: r, prev: map[string]ratio{}, next: map[string]ratio{}}
		case f[0] == "p" && len(f) == 5:
			if d := lex.derived[f[2]]; d != nil {
				d.prev[f[1]] = r
			}
		case f[0] == "n" && len(f) == 5:
			if d := lex.derived[f[1]]; d != nil {
				d.next[f[2]] = r
			}
		default:
			return bad
		}
	}
	return nil
}

// derivedScore returns how likely words[i] is a cue in its context: the
// mean of its ratio overall, after words[i-1] and before words[i+1], as far
// as the corpus knew those contexts. It is 0 for words it does not know.
func (lex *lexicon) derivedScore(words []string, i int) float64 {
	d := lex.derived[words[i]]
	if d == nil {
		return 0
	}
	sum, n := float64(d.counts.cue)/float64(d.counts.all), 1.0
	prev, next := "<s>", "</s>"
	if i > 0 {
		prev = words[i-1]
	}
	if i+1 < len(words) {
		next = words[i+1]
	}
	if r, ok := d.prev[prev]; ok {
		sum, n = sum+float64(r.cue)/float64(r.all), n+1
	}
	if r, ok := d.next[next]; ok {
		sum, n = sum+float64(r.cue)/float64(r.all), n+1
	}
	return sum / n
}

// match returns the longest cue whose words are words[i:], and its length in
// tokens, or ok false.
func (lex *lexicon) match(words []string, i, end int) (c cue, n int, ok bool) {
	if i < 0 || i >= end || end > len(words) {
		return cue{}, 0, false
	}
	for _, c := range lex.byFirst[words[i]] {
		if i+len(c.words) > end {
			continue
		}
		all := true
		for k, w := range c.words[1:] {
			if words[i+1+k] != w {
				all = false
				break
			}
		}
		if all {
			return c, len(c.words), true
		}
	}
	return cue{}, 0, false
}

// isCueWord reports whether w starts some cue of the lexicon.
func (lex *lexicon) isCueWord(w string) bool { return len(lex.byFirst[w]) > 0 }
