package attrib

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// innerQuotations adds an attribution for each quotation in single marks
// that a direct quotation holds with its own speech tag before it: in
// “One of the teachers told me, ‘They came on motorcycles,’ and I assure
// the parents …,” the governor said, the teacher said the inner words,
// which reach the reader through the governor (see nestedChains). The
// quotation scanner finds top-level quotations only, and the judge was
// never asked about such tags, so they are read here, after it. "We were
// told, ‘…’" names no speaker.
func (x *extractor) innerQuotations() {
	n := len(x.out)
	for i := range n {
		a := x.out[i]
		if !a.Direct || a.Content.Len() < 8 {
			continue
		}
		first, end := x.tokenAfter(a.Content.Start)+1, x.tokenAfter(a.Content.End)-1
		for j := first + 2; j < end-1; j++ {
			if w := x.words[j]; w != "‘" && w != "'" || x.words[j-1] != "," && x.words[j-1] != ":" {
				continue
			}
			close := x.innerClose(j+1, end)
			if close < 0 {
				continue
			}
			verb := j - 2
			if objectPronouns[x.words[verb]] && verb-1 >= first {
				verb-- // "told me, ‘…’"
			}
			if !innerSpeechVerbs[x.words[verb]] {
				continue
			}
			inner := sitrep.Attribution{
				Cue:     x.span(verb, verb+1),
				Content: sitrep.Span{Start: x.toks[j].Start, End: x.toks[close].End},
				Direct:  true,
				Speaker: -1,
				Stance:  sitrep.StanceAssert,
			}
			if verb-1 < first || !beForms[x.words[verb-1]] {
				// "One of the teachers told me": the subject before the
				// verb; a passive ("we were told") names none.
				e := verb
				for e-1 >= first && (auxiliaries[x.words[e-1]] || innerAdverbs[x.words[e-1]] || strings.HasSuffix(x.words[e-1], "ly")) {
					e-- // "he immediately said", "I had said"
				}
				b := e
				for b-1 >= first && e-(b-1) <= maxNP && !isPunct(x.words[b-1]) && !innerClauseWords[x.words[b-1]] && !auxiliaries[x.words[b-1]] {
					b--
				}
				if b == e || b+1 == e && (x.words[b] == "i" || x.words[b] == "we") || relativePronouns[x.words[b]] {
					continue // no subject, the speaker's own words told again, or a relative clause's
				}
				inner.Source = x.span(b, e)
			}
			x.finish(&inner)
			// What the inner speaker said is told as said: the stance
			// rules read reports, not an imperative retold ("‘Never
			// trust a soldier’" denies nothing).
			inner.Stance = sitrep.StanceAssert
			x.out = append(x.out, inner)
			j = close
		}
	}
	if len(x.out) > n {
		// Keep the attributions in the order nestedChains and the
		// callers expect: by where each starts, stably.
		slices.SortStableFunc(x.out, func(a, b sitrep.Attribution) int { return a.Start - b.Start })
	}
}

// innerClose returns the token of the single mark that closes an inner
// quotation opened before token from, before token end: a ’ or ' after
// the quotation's final punctuation ("… like cattle,’", "… our
// responsibility.’"), or -1. An apostrophe inside a word or after a
// plural ("the parents’ fears") closes nothing.
func (x *extractor) innerClose(from, end int) int {
	for k := from + 1; k < end; k++ {
		if w := x.words[k]; (w == "’" || w == "'") && strings.Contains(",.!?", x.words[k-1]) && x.toks[k-1].End == x.toks[k].Start {
			return k
		}
	}
	return -1
}

var (
	// innerSpeechVerbs tag a quotation inside a quotation.
	innerSpeechVerbs = wordSet(`told said says asked shouted wrote replied warned`)
	objectPronouns   = wordSet(`me us him her them`)
	// innerClauseWords open the clause whose subject tags an inner
	// quotation, and so end the subject.
	innerClauseWords = wordSet(`and but that because when then so while after before if as`)
	innerAdverbs     = wordSet(`now then also once just still even`)
)
