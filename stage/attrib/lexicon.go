package attrib

import (
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/wordmap"
)

//go:embed cues.txt
var cuesData string

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
	// noSource marks a raising verb, whose subject belongs to the
	// content: "he seems to".
	noSource bool
}

// A lexicon finds cues by their first word.
type lexicon struct {
	// known numbers the words of the closed classes, the first words of
	// cues and the words of senses, and entries holds what the lexicon
	// knows of each, so that the extractor looks a token up once.
	known   *wordmap.Index
	entries []lexEntry
}

// A lexEntry is what the lexicon knows of one word.
type lexEntry struct {
	class wordClass // closedClasses, classCueWord and classSensed
	forms []cue     // the cues the word starts, longest first
	// The cue model's features of the word, hashed once: its own, the
	// feature fLexicon of its first cue, and the feature fSense of its
	// sense and the hash of fSense's features of two strings before the
	// second.
	feats                     wordFeatures
	cueFeature                uint64
	senseFeature, sensePrefix uint64
	reportNoun                bool // the word has the report sense: "statement", "allegation"
}

// newLexEntry returns the entry of word w of classes c, with the cues
// forms and the sense sense ("" if none).
func newLexEntry(w string, c wordClass, forms []cue, sense string) lexEntry {
	e := lexEntry{class: c, forms: forms, feats: newWordFeatures(w)}
	if len(forms) > 0 {
		e.cueFeature = feature2(fLexicon, string(forms[0].stance), kindNames[forms[0].kind])
	}
	if sense != "" {
		e.senseFeature, e.sensePrefix = feature(fSense, sense), prefix2(fSense, sense)
	}
	e.reportNoun = sense == "report"
	return e
}

// parseLexicon reads the format documented in cues.txt.
func parseLexicon(data string) (*lexicon, error) {
	lex := &lexicon{}
	byFirst := map[string][]cue{} // cues by first word, longest forms first
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
		var weak, noSource bool
		if len(fields) > 2 {
			for _, flag := range strings.Fields(fields[2]) {
				switch flag {
				case "prep":
					kind = cuePrep
				case "relay":
					kind = cueRelay
				case "weak":
					weak = true
				case "nosource":
					noSource = true
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
			c := cue{words: words, stance: stance, kind: kind, weak: weak, noSource: noSource}
			list := append(byFirst[words[0]], c)
			// Keep the longest forms first so that matching is greedy.
			for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
				list[i], list[i-1] = list[i-1], list[i]
			}
			byFirst[words[0]] = list
		}
	}
	classes := make(map[string]wordClass, len(closedClasses)+len(byFirst))
	for w, c := range closedClasses {
		classes[w] = c
	}
	for w := range byFirst {
		classes[w] |= classCueWord
	}
	senses, err := parseSenses(sensesData) // the sense of a word form (see senses.txt)
	if err != nil {
		return nil, err
	}
	for w := range senses {
		classes[w] |= classSensed
	}
	words := slices.Sorted(maps.Keys(classes)) // the layout then depends on the words only
	for _, w := range words {
		lex.entries = append(lex.entries, newLexEntry(w, classes[w], byFirst[w], senses[w]))
	}
	lex.known = wordmap.New(words)
	return lex, nil
}

// matchCue returns the longest cue whose words start at the document's
// token i and end before end, skipping the lookup for the many words that
// start no cue. It returns the cue, which the caller must not modify, or
// nil.
func (x *extractor) matchCue(i, end int) *cue {
	if i < 0 || i >= end || end > len(x.words) || x.class[i]&classCueWord == 0 {
		return nil
	}
	return matchForms(x.lex.entries[x.known[i]].forms, x.words, i, end)
}

// matchForms returns the first of forms, the cues that start with
// words[i], whose words all match before end, or nil.
func matchForms(forms []cue, words []string, i, end int) *cue {
	for k := range forms {
		c := &forms[k]
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
			return c
		}
	}
	return nil
}
