package event

import (
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Primary returns the index in doc.Events of the event a one-event-per-
// sentence coder (CAMEO, PETRARCH, the PLOVER gold records) would report for
// a short text, or -1 if there is none: the first event asserted as
// happening whose trigger is used as a verb, as the main verb of a clause
// carries the event such coders record; else the first asserted event; else
// the first event of any modality. Reported speech is not an event, so in
// "X said rebels attacked" the attack is primary.
func (s *Stage) Primary(doc *sitrep.Document) int {
	firstAsserted, first := -1, -1
	for i, e := range doc.Events {
		if first < 0 {
			first = i
		}
		if e.Modality != sitrep.Asserted && e.Modality != sitrep.Denied {
			continue
		}
		if firstAsserted < 0 {
			firstAsserted = i
		}
		if s.verbal(doc, e.Span) {
			return i
		}
	}
	if firstAsserted >= 0 {
		return firstAsserted
	}
	return first
}

// verbal reports whether the trigger at sp is used as a verb: a verb entry
// of the lexicon that no determiner precedes.
func (s *Stage) verbal(doc *sitrep.Document, sp sitrep.Span) bool {
	a := annotator{lex: s.lex, doc: doc}
	i := a.tokenAt(sp.Start)
	if i >= len(doc.Tokens) {
		return false
	}
	words := make([]string, 0, 4)
	for j := i; j < len(doc.Tokens) && doc.Tokens[j].Start < sp.End; j++ {
		words = append(words, lowerWord(doc.Tokens[j].Text(doc)))
	}
	if len(words) == 0 {
		return false
	}
	e := match(s.lex.triggers, words, 0)
	if e == nil {
		// A reported obligation, or the verb undoing a nominal act.
		w := words[0]
		return s.lex.obligation.has(w) || s.lex.reversal.has(w) || s.lex.suppression.has(w)
	}
	if e.verb && (i == 0 || !s.lex.determiner.has(lowerWord(doc.Tokens[i-1].Text(doc)))) {
		return !s.reducedRelative(doc, i, e) && !s.inRelativeClause(doc, i)
	}
	// A noun governed by a light verb: "declared a state of siege".
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := lowerWord(doc.Tokens[j].Text(doc))
		if s.lex.light.has(w) {
			return true
		}
		if !s.lex.determiner.has(w) && doc.Tokens[j].Kind != sitrep.TokenNumber && !strings.Contains(w, "-") {
			break
		}
	}
	return false
}

// ActorCode returns the actor code of an argument's entity, or "". A code
// that names only a sector ("GOV", "MIL") takes its country, as CAMEO
// composes codes, from a nationality or place the argument's span covers
// ("Israeli intelligence officials") or from the organization a person
// belongs to.
func ActorCode(doc *sitrep.Document, arg sitrep.Argument) string {
	if arg.Entity < 0 || arg.Entity >= len(doc.Entities) {
		return ""
	}
	e := doc.Entities[arg.Entity]
	code := e.Actor
	if countryOf(code) != "" {
		return code
	}
	country := ""
	first := sort.Search(len(doc.Mentions), func(i int) bool { return doc.Mentions[i].Start >= arg.Start })
	for _, m := range doc.Mentions[first:] {
		if m.Start >= arg.End {
			break
		}
		if arg.Span.Contains(m.Span) && m.Entity >= 0 && m.Entity != arg.Entity && (m.Type == sitrep.NORP || m.Type == sitrep.GPE) {
			if c := countryOf(doc.Entities[m.Entity].Actor); c != "" {
				country = c
				break
			}
		}
	}
	if country == "" && e.Affiliation >= 0 && e.Affiliation < len(doc.Entities) {
		country = countryOf(doc.Entities[e.Affiliation].Actor)
	}
	if country == "" {
		return code
	}
	return country + strings.TrimPrefix(code, "---")
}

// countryOf returns the country or IGO part of an actor code ("SYR" of
// "SYRGOV", "IGOUNO"), or "" if the code names only a sector.
func countryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	if strings.HasPrefix(code, "IGO") {
		return code[:min(len(code), 6)]
	}
	switch code[:3] {
	case "---", "GOV", "MIL", "REB", "OPP", "CVL", "COP", "JUD", "LEG", "BUS", "MED", "EDU", "REF",
		"NGO", "SPY", "ELI", "LAB", "HLH", "AGR", "CRM", "UAF", "IMG", "MNC", "REL", "SEP", "INS":
		return ""
	}
	return code[:3]
}

// reducedRelative reports whether a past participle at token i modifies the
// noun before it ("the civilians imprisoned for ... were released"): it
// follows a lower-case word that is no pronoun or auxiliary, a preposition
// or time word follows it, and a later auxiliary carries the clause's verb.
func (s *Stage) reducedRelative(doc *sitrep.Document, i int, e *entry) bool {
	if e.form != formEd || i == 0 || doc.Tokens[i-1].Kind != sitrep.TokenWord {
		return false
	}
	prev := doc.Tokens[i-1].Text(doc)
	if prev != strings.ToLower(prev) {
		return false
	}
	switch prev = lowerWord(prev); {
	case s.lex.passive.has(prev), s.lex.verbal.has(prev), s.lex.clause.has(prev), s.lex.scope.has(prev),
		strings.HasSuffix(prev, "ly"), prev == "and", prev == "or", prev == "who", prev == "they", prev == "he", prev == "she", prev == "it", prev == "we", prev == "also":
		return false
	}
	if i+1 >= len(doc.Tokens) {
		return false
	}
	if next := lowerWord(doc.Tokens[i+1].Text(doc)); !s.lex.preposition.has(next) && !s.lex.modifier.has(next) {
		return false
	}
	for j := i + 1; j < len(doc.Tokens) && j < i+15; j++ {
		w := lowerWord(doc.Tokens[j].Text(doc))
		if w == "." || w == ";" {
			break
		}
		if s.lex.passive.has(w) || w == "has" || w == "have" || w == "had" {
			return true
		}
	}
	return false
}

// inRelativeClause reports whether token i follows a relative pronoun in
// its comma-delimited stretch: "Yaish, who had been arrested, ...".
func (s *Stage) inRelativeClause(doc *sitrep.Document, i int) bool {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		w := lowerWord(doc.Tokens[j].Text(doc))
		switch {
		case w == "," || w == "." || w == ";":
			return false
		case w == "who" || w == "which" || w == "whom" || w == "whose":
			return true
		}
	}
	return false
}
