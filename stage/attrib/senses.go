package attrib

import (
	_ "embed"
	"fmt"
	"strings"
)

//go:embed senses.txt
var sensesData string

// parseSenses reads the format documented in senses.txt and returns the
// sense of every form of its lemmas. A form listed under two senses keeps
// the first.
func parseSenses(data string) (map[string]string, error) {
	out := make(map[string]string)
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, lemmas, ok := strings.Cut(line, "\t")
		if !ok || strings.TrimSpace(lemmas) == "" {
			return nil, fmt.Errorf("attrib: senses.txt:%d: want a sense, a tab and lemmas", n+1)
		}
		for _, lemma := range strings.Fields(strings.ToLower(lemmas)) {
			for _, form := range inflections(lemma) {
				if _, dup := out[form]; !dup {
					out[form] = name
				}
			}
		}
	}
	return out, nil
}

// inflections returns lemma and its regular inflected forms, with some
// that do not exist ("seeed"): a form no text holds costs nothing.
func inflections(lemma string) []string {
	out := []string{lemma}
	n := len(lemma)
	if n < 2 {
		return out
	}
	last, before := lemma[n-1], lemma[n-2]
	switch {
	case last == 'e':
		out = append(out, lemma+"s", lemma+"d", lemma[:n-1]+"ing")
	case last == 'y' && !isVowel(before):
		out = append(out, lemma+"ing", lemma[:n-1]+"ies", lemma[:n-1]+"ied")
	case last == 's' || last == 'x' || last == 'z' || last == 'h' && (before == 's' || before == 'c'):
		out = append(out, lemma+"es", lemma+"ed", lemma+"ing")
	default:
		out = append(out, lemma+"s", lemma+"ed", lemma+"ing")
		if !isVowel(last) && last != 'w' && last != 'y' && isVowel(before) && (n < 3 || !isVowel(lemma[n-3])) {
			// "plan" → "planned", "planning"; "commit" → "committed".
			double := lemma + string(last)
			out = append(out, double+"ed", double+"ing")
		}
	}
	return out
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }
