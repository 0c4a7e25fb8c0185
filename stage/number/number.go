// Package number finds cardinal quantities and the casualty figures they
// give: how many people were killed, injured, missing, arrested, kidnapped
// or displaced, of which victim category, as a range.
//
// A number is written in digits ("14", "1,200", "3.5 million"), in words
// ("fourteen", "twenty-six", "a dozen"), as a range ("between 10 and 15",
// "10 to 15", "two or three"), as a part of a stated whole ("half of the
// 40" is 20), or as a vague quantity ("dozens", "hundreds"). A qualifier before it bounds its range:
//
//	at least N, no fewer than N        N .. open
//	more than N, over N                N+1 .. open
//	up to N, as many as N, at most N   0 .. N
//	fewer than N, less than N          0 .. N-1
//	about N, around N, some N          N .. N (the stated best estimate)
//	nearly N, almost N                 N .. N (the stated best estimate)
//	between X and Y, X to Y, X or Y    X .. Y
//	N or more                          N .. open
//
// Vague quantities map to ranges by the convention of docs/figures.md:
// "a few" is 2..5, "several" 3..9, "dozens" 24..99, "scores" 40..99,
// "hundreds" 200..999, "thousands" 2000..9999.
//
// A figure is a number, or a singular noun phrase ("a volunteer", "another
// one"), or a named victim ("John Smith, 24, was shot dead"), tied to a unit
// by a cue: a participle after it ("14 civilians killed", "30 others were
// injured"), an active verb before it ("killing at least 14 civilians"), a
// counted noun ("14 deaths"), or a running total ("the death toll rose to
// 112"). "No casualties were reported" gives a figure of 0. A figure that
// follows "including" or "among them" is a part of the figure before it.
// A number with no unit cue, or one that is part of a date or a time, is
// not a figure.
package number

import (
	"context"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/gazetteer"
	"github.com/sitrep-dev/sitrep/internal/cardinal"
	"github.com/sitrep-dev/sitrep/internal/wordfilter"
)

// Stage is the number and casualty figure extractor.
type Stage struct {
	lx *lexicon
	// words pools the per-document token buffers (*words) for reuse by
	// later documents.
	words sync.Pool
}

// New returns the number stage.
func New() (*Stage, error) {
	lx, err := loadLexicon(lexiconText)
	if err != nil {
		return nil, err
	}
	return &Stage{lx: lx}, nil
}

// Name returns "number".
func (*Stage) Name() string { return "number" }

// Needs returns the token and sentence layers.
func (*Stage) Needs() []sitrep.Layer {
	return []sitrep.Layer{sitrep.LayerTokens, sitrep.LayerSentences}
}

// Adds returns the numbers layer, which holds numbers and figures.
func (*Stage) Adds() []sitrep.Layer { return []sitrep.Layer{sitrep.LayerNumbers} }

// Run finds doc's numbers and casualty figures.
func (st *Stage) Run(_ context.Context, doc *sitrep.Document) error {
	doc.Numbers = doc.Numbers[:0]
	doc.Figures = doc.Figures[:0]
	ws, _ := st.words.Get().(*words)
	if ws == nil {
		ws = new(words)
	}
	defer st.words.Put(ws)
	ws.fill(st.lx, doc)
	defer ws.clear()
	s := scanner{lx: st.lx, doc: doc}
	for _, sent := range doc.Sentences {
		if sent.Tokens.Len() == 0 || sent.Tokens.Start < 0 || sent.Tokens.End > len(doc.Tokens) {
			continue
		}
		s.reset(ws, sent.Tokens.Start, sent.Tokens.End)
		s.scan()
	}
	return nil
}

// words holds a document's tokens as the scanner reads them, filled in
// one pass over the document and sliced by sentence.
type words struct {
	lw    []string // lower-cased token texts
	raw   []string // token texts
	roles []uint32 // see scanner.roles
}

// fill sets ws to the tokens of doc.
func (ws *words) fill(lx *lexicon, doc *sitrep.Document) {
	n := len(doc.Tokens)
	ws.lw, ws.raw, ws.roles = slices.Grow(ws.lw[:0], n)[:n], slices.Grow(ws.raw[:0], n)[:n], slices.Grow(ws.roles[:0], n)[:n]
	lower, lowerOK := doc.LowerText()
	// Local slices of one length, so that the loop indexes them unchecked
	// and need not reload them after each store.
	toks, text := doc.Tokens, doc.Text
	raws, lws, roles := ws.raw[:len(toks)], ws.lw[:len(toks)], ws.roles[:len(toks)]
	for i, t := range toks {
		w := text[t.Start:t.End]
		var lw string
		if lowerOK {
			lw = lower[t.Start:t.End]
		} else {
			lw = cardinal.Lower(w)
		}
		raws[i], lws[i], roles[i] = w, lw, lx.role(lw)|shapeRoles(w, lw)
	}
}

// shapeRoles returns the role bits of the shape of a token, whose text is
// raw and lower-cased lw: roleDigits, roleCompound and roleName.
func shapeRoles(raw, lw string) uint32 {
	var r uint32
	if startsDigit(lw) {
		r |= roleDigits
	}
	if cardinal.MayBeCompound(lw) && isCompound(lw) { // most words, without a call
		r |= roleCompound
	}
	if raw != "" && (raw[0] >= 'A' && raw[0] <= 'Z' || raw[0] >= utf8.RuneSelf) && isName(raw) {
		r |= roleName
	}
	return r
}

// clear drops ws's references to the document's text, which a pooled
// buffer must not keep alive.
func (ws *words) clear() {
	clear(ws.lw)
	clear(ws.raw)
}

// A scanner reads the numbers and figures of one sentence.
type scanner struct {
	lx   *lexicon
	doc  *sitrep.Document
	base int      // index in Document.Tokens of the sentence's first token
	lw   []string // lower-cased token texts of the sentence
	raw  []string
	// roles holds each token's role bits (lexicon.roles): 0 for a word
	// that is in no entry.
	roles []uint32
	// first is the index in Document.Figures of the sentence's first figure.
	first int
}

// reset makes the scanner read the sentence of tokens [start, end).
func (s *scanner) reset(ws *words, start, end int) {
	s.base, s.lw, s.raw, s.roles = start, ws.lw[start:end:end], ws.raw[start:end:end], ws.roles[start:end:end]
	s.first = len(s.doc.Figures)
}

// at returns the longest phrase of ps starting at token k.
func (s *scanner) at(ps *phraseSet, k int) (*phrase, int) {
	if k < 0 || k >= len(s.roles) || s.roles[k]&ps.bit == 0 {
		return nil, 0
	}
	return ps.at(s.lw, k)
}

// ending returns the longest phrase of ps, of at most maxLen words, that
// ends just before token k.
func (s *scanner) ending(ps *phraseSet, k, maxLen int) (*phrase, int) {
	if k < 1 || k > len(s.roles) || s.roles[k-1]&(ps.bit<<16) == 0 {
		return nil, 0
	}
	return ps.ending(s.lw, k, maxLen)
}

func (s *scanner) w(k int) string {
	if k < 0 || k >= len(s.lw) {
		return ""
	}
	return s.lw[k]
}

// span returns the text span of sentence tokens [from, to).
func (s *scanner) span(from, to int) sitrep.Span {
	if to <= from {
		return sitrep.Span{}
	}
	return sitrep.Span{Start: s.doc.Tokens[s.base+from].Start, End: s.doc.Tokens[s.base+to-1].End}
}

// A quantity is a number as read, before it is tied to a unit.
type quantity struct {
	from, start, end int // qualifier start, number start, number end (sentence token indexes)
	count            sitrep.Count
	qualifier        string
	vague            bool
}

func (s *scanner) scan() {
	for k := 0; k < len(s.lw); {
		// Each reading below finds nothing where its test here fails:
		// most words start none, and are passed over without a call.
		r := s.roles[k]
		mayQuantity := r&roleQuantity != 0
		maySingular := s.maySingular(k)
		if !mayQuantity && r&(roleNone|roleImplied) == 0 && !maySingular {
			k++
			continue
		}
		if mayQuantity {
			if q, ok := s.quantity(k); ok {
				num := len(s.doc.Numbers)
				s.doc.Numbers = append(s.doc.Numbers, sitrep.Number{
					Span: s.span(q.from, q.end), Value: q.count, Qualifier: q.qualifier, Vague: q.vague,
				})
				s.figure(q, num)
				k = q.end
				continue
			}
		}
		if r&roleNone != 0 {
			if n := s.negation(k); n > 0 {
				k += n
				continue
			}
		}
		if r&roleImplied != 0 {
			if n := s.implied(k); n > 0 {
				k += n
				continue
			}
		}
		if maySingular {
			if n := s.singular(k); n > 0 {
				k += n
				continue
			}
		}
		k++
	}
}

// quantity reads a number with its qualifier at token k.
func (s *scanner) quantity(k int) (quantity, bool) {
	if s.roles[k]&roleQuantity == 0 {
		return quantity{}, false
	}
	q := quantity{from: k, start: k}
	if p, n := s.at(s.lx.qualifiers, k); n > 0 {
		q.qualifier, q.start = p.value, k+n
	}
	if p, n := s.at(s.lx.fractions, q.start); n > 0 {
		if v, end, ok := s.fractionOf(q.start + n); ok {
			// "half of the 40": the part, rounded both ways when it is
			// not whole.
			q.end = end
			q.count = sitrep.Count{Min: v * p.min / p.max, Max: (v*p.min + p.max - 1) / p.max}
			return s.qualify(q), true
		}
	}
	if s.w(k) == "between" {
		lo, end, ok := s.cardinal(k + 1)
		if ok && s.w(end) == "and" {
			if hi, end2, ok := s.cardinal(end + 1); ok && hi >= lo {
				q.start, q.end = k+1, end2
				q.count = sitrep.Count{Min: lo, Max: hi}
				q.qualifier = "between"
				return q, true
			}
		}
		return quantity{}, false
	}
	if p, n := s.at(s.lx.vague, q.start); n > 0 {
		q.end, q.vague = q.start+n, true
		q.count = sitrep.Count{Min: p.min, Max: p.max}
		return s.qualify(q), true
	}
	v, end, ok := s.cardinal(q.start)
	if !ok {
		return quantity{}, false
	}
	q.end = end
	q.count = sitrep.Count{Min: v, Max: v}
	// "10 to 15", "two or three", "10-15"
	if w := s.w(end); w == "to" || w == "or" || w == "-" || w == "–" {
		if hi, end2, ok := s.cardinal(end + 1); ok && hi > v {
			q.end, q.count.Max = end2, hi
			if q.qualifier == "" {
				q.qualifier = "between"
			}
			return q, true
		}
	}
	if s.w(end) == "or" && (s.w(end+1) == "more" || s.w(end+1) == "over") {
		q.end = end + 2
		q.count.Open, q.count.Max = true, 0
		if q.qualifier == "" {
			q.qualifier = "at least"
		}
		return q, true
	}
	return s.qualify(q), true
}

// fractionOf reads the whole that a fraction word ending before k takes a
// part of: "of the 40", "of its 300", "the 40" (after "half"). It returns
// the whole and the end of its number.
func (s *scanner) fractionOf(k int) (int, int, bool) {
	if s.w(k) == "of" {
		k++
	} else if s.w(k-1) != "half" {
		return 0, k, false
	}
	switch s.w(k) {
	case "the", "its", "their", "his", "her", "our", "these", "those", "all":
		k++
	}
	v, end, ok := s.cardinal(k)
	if !ok || v > 1<<40 {
		return 0, k, false
	}
	return v, end, true
}

// qualify applies q's qualifier to its range.
func (s *scanner) qualify(q quantity) quantity {
	c := &q.count
	switch q.qualifier {
	case "at least":
		c.Open, c.Max = true, 0
	case "more than":
		if !q.vague {
			c.Min++
		}
		c.Open, c.Max = true, 0
	case "up to":
		c.Min = 0
	case "fewer than":
		c.Max = max(c.Min-1, 0)
		c.Min = 0
	}
	return q
}

// cardinal reads a number at k that is not part of a date, a time, an age or
// an ordinal, and returns its value and end.
func (s *scanner) cardinal(k int) (int, int, bool) {
	w := s.w(k)
	if w == "" {
		return 0, k, false
	}
	if strings.ContainsAny(w, "/:") {
		return 0, k, false
	}
	if lo, hi, ok := strings.Cut(w, "-"); ok && lo != "" && hi != "" && lo[0] >= '0' && lo[0] <= '9' {
		return 0, k, false // "10-15" and "5-year-old" are read elsewhere or not at all
	}
	if w == "one" {
		switch s.w(k - 1) {
		case "no", "any", "every", "some", "each", "the", "someone":
			return 0, k, false
		}
		if s.w(k+1) == "another" || s.w(k+1) == "day" || s.w(k+1) == "time" {
			return 0, k, false
		}
	}
	v, n := cardinal.Parse(s.lw, k)
	if n == 0 || v > 1<<40 {
		return 0, k, false
	}
	if s.isDatePart(k, n, v) {
		return 0, k, false
	}
	return int(v), k + n, true
}

// isDatePart reports whether the number at [k, k+n) is a day of the month
// or a year: "Oct. 23", "23 October", "in 2017", "1990s".
func (s *scanner) isDatePart(k, n int, v int64) bool {
	if n != 1 {
		return false
	}
	w := s.w(k)
	if w[0] < '0' || w[0] > '9' {
		return false
	}
	if v >= 1 && v <= 31 && (isMonth(s.w(k-1)) || isMonth(s.w(k+1)) || s.w(k+1) == "of" && isMonth(s.w(k+2))) {
		return true
	}
	if len(w) == 4 && v >= 1900 && v <= 2100 {
		// A year unless it counts people: "2000 people".
		if _, ok := s.lx.victims[s.w(k+1)]; ok {
			return false
		}
		return true
	}
	// A clock time: "8 p.m.", "10 am"
	switch s.w(k + 1) {
	case "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "o’clock":
		return true
	}
	return false
}

var monthWords = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan.": true, "feb.": true, "mar.": true, "apr.": true, "jun.": true, "jul.": true, "aug.": true,
	"sep.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
	"jan": true, "feb": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

func isMonth(w string) bool { return monthWords[w] }

// helpers are auxiliaries and adverbs that may stand between the people
// counted and the participle that gives the unit: "were reportedly killed".
var helpers = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true,
	"been": true, "being": true, "be": true, "reportedly": true, "also": true, "allegedly": true,
	"later": true, "all": true, "both": true, "critically": true, "seriously": true, "severely": true,
	"slightly": true, "badly": true, "mortally": true, "still": true, "initially": true,
	"reported": true, "confirmed": true, "said": true, "believed": true, "feared": true,
	"thought": true, "to": true, "now": true, "who": true, "that": true, "apparently": true,
	"either": true, "were,": true, "got": true, "left": true, "others": true, "more": true,
	"remain": true, "remained": true, "lay": true, "each": true, "just": true, "then": true,
	"subsequently": true, "eventually": true, "already": true, "likely": true, "probably": true,
	"presumed": true, "accidentally": true, "tragically": true, "instantly": true,
	"immediately": true, "reportedly,": true, "allegedly,": true,
}

// isHelper reports whether w is one of helpers.
func isHelper(w string) bool { return helperTable.Has(w) }

// isStop reports whether w is one of stops.
func isStop(w string) bool { return stopTable.Has(w) }

// helperTable and stopTable are helpers and stops for lookups, which
// noun phrases ask about word by word.
var helperTable, stopTable = wordfilter.NewTable(helpers), wordfilter.NewTable(stops)

// stops end a noun phrase: no figure crosses them.
var stops = map[string]bool{
	".": true, ",": true, ";": true, ":": true, "(": true, ")": true, "and": true, "or": true,
	"in": true, "on": true, "at": true, "from": true, "by": true, "with": true, "for": true,
	"were": true, "was": true, "are": true, "is": true, "had": true, "have": true, "has": true,
	"who": true, "that": true, "which": true, "—": true, "–": true, "-": true, "\"": true, "“": true,
	"”": true, "percent": true, "%": true, "per": true, "years": true, "year": true, "days": true,
	"months": true, "weeks": true, "hours": true, "minutes": true, "times": true, "million": true,
	"dollars": true, "$": true, "miles": true, "kilometers": true, "km": true, "the": true,
}

// nounPhrase reads the people counted after a number ending at k: "14
// civilians", "two Palestinian children", "one of its volunteers". It
// returns the phrase's end, the victim category and the victim word's token
// range; ok is false if no people noun follows.
func (s *scanner) nounPhrase(k int) (end int, category string, cue [2]int, ok bool) {
	j := k
	if s.w(j) == "of" {
		j++
		switch s.w(j) {
		case "its", "their", "the", "his", "her", "our", "those", "these", "whom":
			j++
		case "them":
			return j + 1, "", [2]int{}, true
		}
	}
	for n := 0; n < 4 && j < len(s.lw); n, j = n+1, j+1 {
		if p, m := s.at(s.lx.victimPhrases, j); m > 0 {
			return j + m, p.value, [2]int{j, j + m}, true
		}
		role := s.roles[j]
		if role&roleVictim != 0 {
			return j + 1, s.lx.victims[s.lw[j]], [2]int{j, j + 1}, true
		}
		w := s.lw[j]
		if role&roleName != 0 && strings.HasSuffix(w, "s") && isPeople(w) {
			// "30 Palestinians", "five Kurds": a people counted.
			return j + 1, "", [2]int{j, j + 1}, true
		}
		if strings.HasSuffix(w, "-year-old") && !s.startsNoun(j+1) {
			// "the 25-year-old was shot": the age stands for the person
			return j + 1, "", [2]int{j, j + 1}, true
		}
		if role&(roleNoun|roleAfter) != 0 || isStop(w) || !isWordToken(w) {
			break
		}
	}
	return k, "", [2]int{}, false
}

// isPeople reports whether lower-cased w is a demonym or the name of a
// people ("syrians", "kurds"), which the gazetteer's table lists with their
// plurals.
func isPeople(w string) bool {
	_, ok := gazetteer.AdjectiveOfLower(w)
	return ok
}

// isCompound reports whether w is a hyphenated number word.
func isCompound(w string) bool {
	if strings.IndexByte(w, '-') < 0 {
		return false
	}
	_, ok := cardinal.Word(w)
	return ok
}

func startsDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

func isWordToken(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf { // most tokens, without the tables
		c := w[0]
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// unitAfter finds a participle after the people counted, from token k:
// "were killed", "injured", "shot dead". passive reports an auxiliary
// before it ("were killed"). A bare transitive participle followed by its
// object ("gunmen killed two people") is an active verb, not a unit.
func (s *scanner) unitAfter(k int) (u sitrep.FigureUnit, cue [2]int, passive, ok bool) {
	j := k
	for n := 0; n < 5 && j < len(s.lw); n++ {
		if p, m := s.at(s.lx.after, j); m > 0 && !(p.words[0] == "shot" && m == 1 && s.w(j+1) == "and") {
			switch p.words[0] {
			case "was", "were", "been", "being", "is", "are":
				passive = true // "was shot"
			}
			if !passive && s.takesObject(j+m) && s.transitive(p.words[m-1]) {
				return "", [2]int{}, false, false
			}
			if last := p.words[m-1]; (last == "shot" || last == "shoots") && s.w(j+m) == "down" {
				return "", [2]int{}, false, false // aircraft and drones are shot down, people shot dead
			}
			u := p.unit
			if u == sitrep.UnitInjured && (p.words[0] == "shot" || p.words[0] == "shoots" || p.words[len(p.words)-1] == "shot") {
				// "was shot and later died"
				for x := j + m; x < min(j+m+5, len(s.lw)); x++ {
					if q, mm := s.at(s.lx.after, x); mm > 0 && q.unit == sitrep.UnitKilled {
						return sitrep.UnitKilled, [2]int{x, x + mm}, passive, true
					}
				}
			}
			return u, [2]int{j, j + m}, passive, true
		}
		if s.lw[j] == "shot" && s.w(j+1) == "and" {
			j += 2
			continue
		}
		if !isHelper(s.lw[j]) {
			break
		}
		switch s.lw[j] {
		case "was", "were", "been", "being", "is", "are", "be", "got":
			passive = true
		}
		j++
	}
	return "", [2]int{}, false, false
}

// transitive reports whether w is a verb that takes the people counted as
// its object: "killed", "wounded", "shot".
func (s *scanner) transitive(w string) bool {
	for _, p := range s.lx.before.byFirst[w] {
		if len(p.words) == 1 {
			return true
		}
	}
	return false
}

// takesObject reports whether token k begins the object of a verb: a
// number, a determiner, a pronoun or a name.
func (s *scanner) takesObject(k int) bool {
	w := s.w(k)
	switch w {
	case "a", "an", "the", "his", "her", "their", "him", "them", "at", "least", "more", "two", "three", "one":
		return true
	case "":
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s.raw[k])
	return unicode.IsUpper(r)
}

// implied reads a phrase that implies at least one casualty without
// counting: "a fatal shooting" (at least one killed).
func (s *scanner) implied(k int) int {
	p, n := s.at(s.lx.implied, k)
	if n == 0 {
		return 0
	}
	s.doc.Figures = append(s.doc.Figures, sitrep.Figure{
		Span: s.span(k, k+n), Number: -1, Count: sitrep.Count{Min: 1, Open: true},
		Unit: p.unit, UnitCue: s.span(k, k+n), PartOf: -1,
	})
	return n
}

// unitBefore finds an active verb or a running total ending just before
// token k: "killing", "claimed the lives of", "the death toll rose to".
func (s *scanner) unitBefore(k int) (sitrep.FigureUnit, [2]int, bool, bool) {
	if p, n := s.ending(s.lx.before, k, s.lx.maxBefore); n > 0 {
		return p.unit, [2]int{k - n, k}, false, true
	}
	if isClosingQuote(s.w(k - 1)) {
		// A quotation mark between the verb and the people: had
		// "neutralised" 11 militants, killed "dozens of soldiers."
		if p, n := s.ending(s.lx.before, k-1, s.lx.maxBefore); n > 0 {
			return p.unit, [2]int{k - 1 - n, k - 1}, false, true
		}
	}
	// "killed at least", "wounding" after an adverb: "killing instantly"
	j := k
	for n := 0; n < 6 && j > 0; n++ {
		switch s.w(j - 1) {
		case "rose", "risen", "climbed", "reached", "jumped", "increased", "stood", "stands", "is",
			"was", "at", "to", "of", "now", "had", "has", "hit", "climbing", "rising", "reaching",
			"that", "which", "the", "a", "total", "bringing", "brought", "put", "puts", "since", "further":
			j--
			if p, m := s.ending(s.lx.total, j, 5); m > 0 {
				return p.unit, [2]int{j - m, j}, true, true
			}
			continue
		}
		break
	}
	if j < k {
		// "the death toll in Gaza had risen to", "the toll since
		// October rose to": a place or a time between the toll and
		// its verb.
		for x := j - 1; x > 0 && x >= j-8 && isWordToken(s.lw[x]); x-- {
			switch s.lw[x] {
			case "in", "since", "from", "across", "among", "on":
				if p, m := s.ending(s.lx.total, x, 5); m > 0 {
					return p.unit, [2]int{x - m, x}, true, true
				}
			}
		}
	}
	return "", [2]int{}, false, false
}

// isClosingQuote reports whether w is a quotation mark that may close a
// quoted verb or open a quotation after it.
func isClosingQuote(w string) bool {
	return w == "\"" || w == "”" || w == "’" || w == "'"
}

// figure ties quantity q, Document.Numbers[num], to a unit if a cue gives one.
func (s *scanner) figure(q quantity, num int) {
	end, category, victim, hasNP := s.nounPhrase(q.end)
	var unit sitrep.FigureUnit
	var cue [2]int
	total := false
	if !hasNP {
		if u := s.lx.nouns[s.w(q.end)]; u != "" {
			// "14 dead", "30 injuries"
			unit, cue, end = u, [2]int{q.end, q.end + 1}, q.end+1
		}
	}
	if unit == "" {
		if u, c, _, ok := s.unitAfter(end); ok && (hasNP || c[0]-end <= 3) {
			unit, cue = u, c
		}
	}
	if unit == "" && hasNP && s.w(end) == "of" {
		// "12 members of the security forces were killed": the
		// participle after the group the people belong to.
		if j, cat, v := s.ofGroup(end + 1); j > end+1 {
			if u, c, _, ok := s.unitAfter(j); ok && c[0]-j <= 3 {
				unit, cue = u, c
				if category == "" && cat != "" {
					category, victim = cat, v
				}
			}
		}
	}
	if unit == "" && hasNP && s.w(end) == "and" {
		// "Five soldiers and a civilian were killed": the participle after
		// the second phrase tells what happened to both.
		if next := s.coordinate(end + 1); next > end+1 {
			if u, c, passive, ok := s.unitAfter(next); ok && passive {
				unit, cue = u, c
			}
		}
	}
	if unit == "" && hasNP && s.w(end) == "," && (s.w(end+1) == "including" || s.w(end+1) == "among") {
		// "At least nine civilians, including women and children, had
		// been killed": the participle after the parenthesis.
		if j := s.closingComma(end + 2); j > 0 {
			if u, c, _, ok := s.unitAfter(j + 1); ok && c[0]-(j+1) <= 3 {
				unit, cue = u, c
			}
		}
	}
	if unit == "" {
		if u, c, t, ok := s.unitBefore(q.from); ok {
			unit, cue, total = u, c, t
			if !hasNP && !total && !s.bareCount(q) {
				return // "killing 14 percent"
			}
		}
	}
	partOf := -1
	if p := s.partLead(q.from); p >= 0 {
		partOf = p
		if unit == "" {
			unit = s.doc.Figures[p].Unit
		}
	}
	count := q.count
	if unit == "" && partOf < 0 {
		if u, c, ok := s.uncountedWhole(q.from); ok {
			// "killing residents, including 35 children": the part is
			// all that is counted of the whole, which is at least as many.
			unit, cue = u, c
			count = sitrep.Count{Min: q.count.Min, Open: true}
		}
	}
	if unit == "" && hasNP && (s.w(q.from-1) == "and" || s.w(q.from-1) == ",") {
		// "killed 14 civilians and 3 soldiers": the unit carries over.
		if prev := len(s.doc.Figures) - 1; prev >= s.first && s.doc.Figures[prev].End == s.span(q.from-2, q.from-1).End {
			unit = s.doc.Figures[prev].Unit
		}
	}
	if unit == "" {
		return
	}
	f := sitrep.Figure{
		Span:    s.span(q.from, max(end, q.end)),
		Number:  num,
		Count:   count,
		Unit:    unit,
		UnitCue: s.span(cue[0], cue[1]),
		Total:   total,
		PartOf:  partOf,
	}
	if category != "" {
		f.Victim, f.VictimCue = category, s.span(victim[0], victim[1])
	}
	s.doc.Figures = append(s.doc.Figures, f)
}

// ofGroup reads the group after "of" at token k that a people noun
// belongs to: "the security forces", "one family", "the VDP". It returns
// its end, k if there is none, and the victim category of a victim noun in
// it ("of the police").
func (s *scanner) ofGroup(k int) (end int, category string, victim [2]int) {
	j := k
	switch s.w(j) {
	case "the", "a", "an", "one", "its", "their", "his", "her", "our", "this", "that":
		j++
	}
	for ; j < len(s.lw) && j < k+5; j++ {
		w := s.lw[j]
		if isStop(w) || isHelper(w) || !isWordToken(w) || s.roles[j]&roleAfter != 0 {
			break
		}
		if cat, ok := s.victim(j); ok && cat != "" {
			category, victim = cat, [2]int{j, j + 1}
		}
	}
	if j == k || s.w(j-1) == "the" {
		return k, "", [2]int{}
	}
	return j, category, victim
}

// uncountedWhole finds the active verb whose uncounted people a part at
// token k belongs to: "killing residents, including 35 children",
// "wounded many civilians among them 12 women".
func (s *scanner) uncountedWhole(k int) (sitrep.FigureUnit, [2]int, bool) {
	j := k - 1
	if s.w(j) == "them" && s.w(j-1) == "among" {
		j--
	}
	switch s.w(j) {
	case "including", "among":
	default:
		return "", [2]int{}, false
	}
	if s.w(j-1) == "," {
		j--
	}
	if _, ok := s.victim(j - 1); !ok || !plural(s.w(j-1)) {
		return "", [2]int{}, false
	}
	j--
	// At most three words before the people: "killing the many Palestinian residents".
	for n := 0; n < 4 && j > 0; n++ {
		if u, c, ok := s.verbBefore(j); ok {
			return u, c, true
		}
		if w := s.w(j - 1); w != "the" && (isStop(w) || isHelper(w) || !isWordToken(w)) {
			break
		}
		j--
	}
	return "", [2]int{}, false
}

// closingComma returns the comma that closes a parenthesis of at most
// eight words from token k, or 0 if another stop comes first.
func (s *scanner) closingComma(k int) int {
	for j := k; j < len(s.lw) && j < k+8; j++ {
		switch s.w(j) {
		case ",":
			return j
		case ".", ";", ":", "(", ")", "—", "–":
			return 0
		}
	}
	return 0
}

// coordinate returns the end of a phrase counting people at token k, the
// second of two joined by "and", or k if there is none.
func (s *scanner) coordinate(k int) int {
	if k >= len(s.roles) { // the text ends after "and": "2 worshippers and"
		return k
	}
	if q, ok := s.quantity(k); ok {
		if end, _, _, ok := s.nounPhrase(q.end); ok {
			return end
		}
		return k
	}
	if end, _, _, ok := s.singularPhrase(k, false); ok && end > k {
		return end
	}
	return k
}

// bareCount reports whether a number with no people noun after it, just
// after an active verb, still counts people: "killing 14", "wounded 48
// overnight", but not "killing 14 percent".
func (s *scanner) bareCount(q quantity) bool {
	switch w := s.w(q.end); w {
	case "", ".", ",", "and", ";", "in", "on", "at", "when", "after", "during", "while", "as", "near", "across", "since", "before":
		return true
	case "overnight", "yesterday", "today", "tonight", "last", "this", "earlier", "late", "early",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true // a time after the count: "wounded 48 overnight"
	default:
		return !isStop(w) && !isWordToken(w)
	}
}

// partLead returns the index in Document.Figures of the figure that the
// quantity at k is a part of ("..., including six children"), or -1.
func (s *scanner) partLead(k int) int {
	lead := false
	switch s.w(k - 1) {
	case "including", "includes", "include", "among":
		lead = true
	case "them", "whom", "were":
		lead = s.w(k-2) == "among" || s.w(k-2) == "of" || s.w(k-2) == "dead" || s.w(k-2) == "killed"
	}
	if !lead {
		return -1
	}
	for p := len(s.doc.Figures) - 1; p >= s.first && p >= len(s.doc.Figures)-32; p-- {
		if s.doc.Figures[p].PartOf < 0 {
			return p
		}
	}
	return -1
}

// negation reads "no casualties", "no one was killed" at k: a figure of 0.
func (s *scanner) negation(k int) int {
	p, n := s.at(s.lx.none, k)
	if n == 0 {
		return 0
	}
	// The lexicon lists the same phrase once per unit it denies.
	for _, q := range s.lx.none.byFirst[s.lw[k]] {
		if len(q.words) != n || strings.Join(q.words, " ") != strings.Join(p.words, " ") {
			continue
		}
		s.doc.Figures = append(s.doc.Figures, sitrep.Figure{
			Span: s.span(k, k+n), Number: -1, Unit: q.unit, UnitCue: s.span(k+n-1, k+n), PartOf: -1,
		})
	}
	return n
}

// singular reads one person given as a casualty at token k, and returns
// the number of tokens read, or 0:
//   - a subject tied to a participle after it: "a volunteer was killed",
//     "another one injured", "the man died", "he was shot and killed",
//     "John Smith, 24, was shot dead", "Girl shot at party dies";
//   - the object of an active verb: "killing a police officer", "shot and
//     killed his wife", "killed him".
func (s *scanner) singular(k int) int {
	if !s.maySingular(k) {
		return 0 // most words, without looking for a verb before them
	}
	if u, cue, ok := s.verbBefore(k); ok {
		if tallyOnly(s.w(cue[1] - 1)) {
			return 0
		}
		if end, category, victim, ok := s.singularPhrase(k, true); ok {
			s.addSingular(k, end, u, cue, category, victim)
			return end - k
		}
		return 0
	}
	end, category, victim, ok := s.singularPhrase(k, false)
	if !ok {
		return 0
	}
	j := end
	if s.w(j) == "'s" || s.w(j) == "’s" {
		if s.w(j+1) == "body" {
			// "a man's body was found"
			s.addSingular(k, end, sitrep.UnitKilled, [2]int{j + 1, j + 2}, category, victim)
			return j + 2 - k
		}
		return 0
	}
	if s.w(j) == "," {
		// An apposition: "John Smith, 24," or "John Smith, a father of two,"
		for x := j + 1; x < len(s.lw) && x < j+10; x++ {
			if s.lw[x] == "," {
				j = x + 1
				break
			}
		}
	}
	if s.w(j) == "who" {
		j++
	}
	u, cue, passive, ok := s.unitAfter(j)
	if !ok || cue[0]-j > 3 || tallyOnly(s.w(cue[1]-1)) {
		return 0
	}
	if !passive && !s.intransitive(cue) && (s.w(cue[1]-1) == "shot" || s.w(cue[1]-1) == "shoots") && k != 0 {
		return 0 // "John Smith shot at police" names the shooter, not a victim
	}
	s.addSingular(k, end, u, cue, category, victim)
	return cue[1] - k
}

// tallyOnly reports whether verb w gives a unit only to counted people:
// "neutralised 11 militants" is an army's tally of enemies killed, but a
// single attacker "neutralised" may have been subdued, and a boxer who
// "neutralized him" hurt no one.
func tallyOnly(w string) bool {
	return strings.HasPrefix(w, "neutrali")
}

func (s *scanner) addSingular(from, to int, u sitrep.FigureUnit, cue [2]int, category string, victim [2]int) {
	f := sitrep.Figure{
		Span: s.span(from, to), Number: -1, Count: sitrep.Count{Min: 1, Max: 1},
		Unit: u, UnitCue: s.span(cue[0], cue[1]), PartOf: -1, Victim: category,
	}
	if category != "" && victim[1] > victim[0] {
		f.VictimCue = s.span(victim[0], victim[1])
	}
	s.doc.Figures = append(s.doc.Figures, f)
}

// intransitive reports whether the unit cue at tokens cue needs no
// passive to tell what happened to its subject: "died", "killed himself".
func (s *scanner) intransitive(cue [2]int) bool {
	switch s.w(cue[0]) {
	case "died", "dies", "die", "perished", "drowned":
		return true
	}
	switch s.w(cue[1] - 1) {
	case "himself", "herself", "life", "dead":
		return true
	}
	return false
}

// maySingular reports whether singularPhrase may find a phrase at k, with
// object true or false: it answers true wherever singularPhrase may.
func (s *scanner) maySingular(k int) bool {
	return s.roles[k]&(roleSingular|roleVictim) != 0 || s.names(k)
}

// names reports whether tokens k and k+1 are both names: "John Smith".
func (s *scanner) names(k int) bool {
	return s.roles[k]&roleName != 0 && k+1 < len(s.roles) && s.roles[k+1]&roleName != 0
}

// singularPhrase reads a phrase naming one person at k: "a Palestinian
// volunteer", "another one", "his 9-year-old sister", "he", "John Smith",
// or, at the start of a headline, "Girl". object allows "him" and "her".
func (s *scanner) singularPhrase(k int, object bool) (end int, category string, victim [2]int, ok bool) {
	w := s.w(k)
	switch w {
	case "another":
		if s.w(k+1) == "one" {
			category := ""
			if prev := len(s.doc.Figures) - 1; prev >= s.first {
				category = s.doc.Figures[prev].Victim
			}
			return k + 2, category, [2]int{}, true
		}
		fallthrough
	case "a", "an", "the", "his", "her", "their", "its", "one":
		if w == "her" && object && !s.startsNoun(k+1) {
			return k + 1, "", [2]int{}, true
		}
		end, cat, cue, ok := s.nounPhrase(k + 1)
		if !ok || cue[1]-cue[0] != 1 || plural(s.w(cue[0])) {
			return 0, "", [2]int{}, false
		}
		return end, cat, cue, true
	case "he", "she":
		return k + 1, "", [2]int{}, !object
	case "him", "himself", "herself":
		return k + 1, "", [2]int{}, object
	}
	if cat, ok := s.victim(k); ok && !plural(w) && (object || k == 0) && s.w(k+1) != "of" {
		// "killing officer Sean Bolton", headline "Girl shot at party dies"
		end := k + 1
		for end < len(s.raw) && end-k < 4 && isName(s.raw[end]) {
			end++
		}
		return end, cat, [2]int{k, k + 1}, true
	}
	j := k
	for j < len(s.raw) && j-k < 4 && isName(s.raw[j]) {
		j++
	}
	if j-k >= 2 && (k == 0 || !isName(s.raw[k-1])) {
		return j, "", [2]int{}, true
	}
	return 0, "", [2]int{}, false
}

// victim returns the victim category of word k if it is a victim noun
// ("officer"). Every victim noun has a role, so a word without one is
// not looked up.
func (s *scanner) victim(k int) (string, bool) {
	if k < 0 || k >= len(s.roles) || s.roles[k]&roleVictim == 0 {
		return "", false
	}
	cat, ok := s.lx.victims[s.lw[k]]
	return cat, ok
}

// startsNoun reports whether token k could begin a noun phrase after "her".
func (s *scanner) startsNoun(k int) bool {
	w := s.w(k)
	return w != "" && isWordToken(w) && !isStop(w) && !isHelper(w) && s.roles[k]&roleAfter == 0
}

// plural reports whether a victim noun is plural: "civilians", "men".
func plural(w string) bool {
	switch w {
	case "men", "women", "children", "people", "police", "militia", "army", "staff", "crew", "kids", "persons":
		return true
	case "boss", "witness", "actress", "waitress":
		return false
	}
	// "gunmen", "policemen", "fishermen" are plural as "men" is.
	return strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men")
}

// verbBefore finds an active verb ending just before token k whose object
// is the people counted: "killing", "shot and killed".
func (s *scanner) verbBefore(k int) (sitrep.FigureUnit, [2]int, bool) {
	if p, n := s.ending(s.lx.before, k, s.lx.maxBefore); n > 0 {
		return p.unit, [2]int{k - n, k}, true
	}
	return "", [2]int{}, false
}

// isName reports whether token w looks like part of a person's name.
func isName(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		if w[0] < 'A' || w[0] > 'Z' {
			return false // most tokens, without decoding a rune
		}
	} else if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	switch w {
	case "The", "A", "An", "Police", "Officers", "He", "She", "They", "On", "In", "At":
		return false
	}
	return true
}
