package entity

import (
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
)

// Determiners and quantifiers before a description; they are not part of
// its span. definiteDet marks those that make it refer back.
var (
	definiteDet = map[string]bool{"the": true, "its": true, "their": true, "his": true, "her": true,
		"our": true, "this": true, "that": true, "these": true, "those": true}
	indefiniteDet = map[string]bool{"a": true, "an": true, "another": true, "several": true, "many": true,
		"some": true, "other": true, "both": true, "all": true, "each": true, "every": true, "no": true,
		"any": true, "few": true, "one": true, "two": true, "three": true, "four": true, "five": true,
		"dozens": true, "hundreds": true, "thousands": true, "numerous": true, "various": true}
	// followers are words after which a head that can also be a modifier
	// ("military", "government") is a head: "the military said".
	followers = map[string]bool{"has": true, "have": true, "had": true, "is": true, "are": true,
		"was": true, "were": true, "will": true, "would": true, "could": true, "should": true,
		"may": true, "might": true, "must": true, "said": true, "says": true, "say": true,
		"of": true, "in": true, "on": true, "at": true, "for": true, "to": true, "and": true,
		"or": true, "but": true, "that": true, "which": true, "who": true, "whose": true,
		"with": true, "from": true, "by": true, "as": true, "also": true, "did": true,
		"does": true, "do": true, "not": true, "against": true, "after": true, "before": true,
		// Words that open a predicate: "Israel's army neither confirmed
		// nor denied", "the military later said".
		"neither": true, "either": true, "never": true, "can": true, "cannot": true, "shall": true,
		"later": true, "then": true, "still": true, "already": true, "now": true, "earlier": true,
		"reportedly": true, "repeatedly": true, "previously": true, "recently": true,
		"immediately": true, "initially": true, "officially": true, "quickly": true,
		// Past forms of acts of force that do not end in -ed: "the air
		// force struck", "the navy shot down".
		"struck": true, "hit": true, "shot": true, "flew": true, "sank": true, "took": true, "sent": true, "began": true}
)

// findNominals adds the descriptions of the lexicon's heads with their
// modifiers: "illegitimate international coalition", "media outlets",
// "coalition spokesman", "Syrian state news agency".
func (a *annotator) findNominals() {
	// nameAt[k] is the index plus one of the name mention over token k, 0
	// if none: zero, the value of most tokens, is the fastest to clear.
	nameAt := slices.Grow(a.nameAt[:0], len(a.toks))[:len(a.toks)]
	a.nameAt = nameAt
	clear(nameAt)
	for mi := range a.ms {
		if m := &a.ms[mi]; a.fullToken(m) {
			for k := m.first; k < m.end; k++ {
				nameAt[k] = int32(mi) + 1
			}
		}
	}
	lx := a.s.lex
	// Locals for the test of every token: through a, the loop would load
	// each slice again per token.
	covered, toks := a.covered, a.toks[:len(a.covered)]
	for i := 0; i < len(toks); i++ {
		if covered[i] || toks[i].Kind != sitrep.TokenWord {
			continue
		}
		// The filters first: they reject most words.
		lw := a.lower(i)
		if !lx.heads.MayHave(lw) || !lx.headTails.MayHave(lw[min(1, len(lw)):]) {
			continue
		}
		sentStart := a.sentenceStart(i)
		if a.capitalized(i) && i != sentStart && i != a.afterDateline {
			continue // a name's word ("Foreign Ministry"), not a description
		}
		end := i + 1
		nom, ok := nominal{}, false
		c := a.class(i)
		if i+1 < len(a.toks) && c&classMultiFirst != 0 {
			if nom, ok = lx.multiHead[lw+" "+a.lower(i+1)]; ok {
				end = i + 2
			}
		}
		if !ok {
			if c&classNominal == 0 {
				continue
			}
			nom = lx.nominals[lw]
		}
		// A head followed by another head is its modifier: "coalition spokesman".
		next := a.lower(end)
		if a.is(end, classNominal) && end < len(a.toks) && !a.covered[end] {
			continue
		}
		// A head that can modify ("military", and the bodies named in two
		// words: "an air force officer", "coast guard sailors") is one only
		// before a word that opens a predicate, or no word.
		if (c&classModifier != 0 || end == i+2 && nom.typ == sitrep.ORG) && end < len(a.toks) && a.toks[end].Kind == sitrep.TokenWord &&
			!a.is(end, classFollower) && !isPossessive(a.words[end]) && !a.is(end, classVerb) && !strings.HasSuffix(next, "ed") {
			continue
		}
		if a.membersOfBody(end) {
			continue
		}
		m := mention{first: i, end: end, typ: nom.typ, kind: sitrep.MentionNominal, head: lw, group: nom.group}
		// Modifiers to the left.
		k := i - 1
		for ; k >= sentStart; k-- {
			if ni := nameAt[k] - 1; ni >= 0 {
				n := &a.ms[ni]
				if n.typ == sitrep.PERSON || n.first < sentStart {
					break
				}
				if nom.typ == sitrep.PERSON && n.inDict && actor.SectorOf(n.entry.Code) == "MED" && a.s.actors.Sector(lw) != "MED" {
					// "A medic told Reuters residents fled": a news outlet
					// names its own people ("Reuters journalists") and
					// bodies ("the Interfax news agency"), not residents,
					// whom it only hears.
					break
				}
				if n.country == "" && n.inDict && (n.entry.Kind == actor.KindDemonym || n.entry.Kind == actor.KindCountry) {
					m.country = n.entry.Code
				}
				k = n.first
				continue
			}
			lk := a.lower(k)
			if (lk == "'" || lk == "’") && k-1 >= sentStart && !a.capitalized(k-1) && strings.HasSuffix(a.lower(k-1), "s") &&
				a.toks[k-1].End == a.toks[k].Start && !a.closesQuote(sentStart, k) {
				k-- // "a doctors' group", "the farmers' union": its members' word modifies it
				continue
			}
			if _, _, e, ok := a.hyphenPart(k); ok {
				if m.country == "" && (e.Kind == actor.KindCountry || e.Kind == actor.KindDemonym) && (strings.HasSuffix(lk, "-led") || strings.HasSuffix(lk, "-backed")) {
					m.country = e.Code
				}
				continue
			}
			if a.is(k, classModifier) {
				continue
			}
			if a.is(k, classNominal) && !a.capitalized(k) {
				continue
			}
			if strings.HasSuffix(lk, "-led") || strings.HasSuffix(lk, "-backed") || strings.HasPrefix(lk, "anti-") || strings.HasPrefix(lk, "pro-") {
				continue
			}
			if isPossessive(a.words[k]) && k-1 >= sentStart && m.country == "" {
				// "Russia's defence ministry", "Israel's military": the
				// possessor, outside the description, is its country.
				if ni := nameAt[k-1] - 1; ni >= 0 {
					if n := &a.ms[ni]; n.inDict && n.entry.Kind == actor.KindCountry {
						m.country, m.possessive = n.entry.Code, true
					}
				}
			}
			break
		}
		first := k + 1
		if k >= sentStart {
			m.definite = a.is(k, classDefinite) || isPossessive(a.words[k])
			m.indef = a.is(k, classIndefinite)
			m.ofPerson = a.words[k] == "his" || a.words[k] == "her" || a.words[k] == "their"
		}
		if !m.definite && !m.indef && strings.HasSuffix(lw, "s") {
			m.definite = true // a bare plural: "civilians"
		}
		if (lw == "source" || lw == "sources") && first == i {
			continue // "the source of ..." is not a person
		}
		m.first = first
		m.span = tokenSpan(a.toks, first, end)
		a.addMention(m)
		i = end - 1
	}
}

// membersOfBody reports whether the plural possessive at token k makes
// the description before it the members' word of a body's name: "a
// doctors' group", "the doctors' union", whose members do not speak.
func (a *annotator) membersOfBody(k int) bool {
	if k+1 >= len(a.toks) || (a.words[k] != "'" && a.words[k] != "’") || a.toks[k-1].End != a.toks[k].Start ||
		!strings.HasSuffix(a.lower(k-1), "s") || a.closesQuote(a.sentenceStart(k), k) {
		return false
	}
	return a.is(k+1, classNominal) && !a.capitalized(k+1) || bodyWords[a.lower(k+1)]
}

// bodyWords name bodies that are no description of the lexicon.
var bodyWords = map[string]bool{"union": true, "unions": true, "association": true, "associations": true,
	"syndicate": true, "network": true, "federation": true, "guild": true}

// closesQuote reports whether the apostrophe at token k closes a quotation
// opened since token from: "called ‘baseless claims’ officials said" has
// no plural possessive.
func (a *annotator) closesQuote(from, k int) bool {
	for j := k - 1; j >= from; j-- {
		switch a.words[j] {
		case "‘":
			return true
		case "’":
			return false
		case "'":
			// A straight mark after a space opens a quotation; one
			// against the word before closes one, which the mark at k
			// is then outside of.
			return j == from || a.toks[j-1].End < a.toks[j].Start
		}
	}
	return false
}
