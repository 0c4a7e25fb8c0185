package date

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/cardinal"
)

// An exprKind says how an expression's value is computed.
type exprKind uint8

const (
	kindPoint   exprKind = iota + 1 // p; a zero year comes from the anchor
	kindShift                       // n units u from the anchor
	kindWeekday                     // the weekday wd in direction dir from the anchor
	kindFixed                       // value as written: durations, sets, references
	kindFromRef                     // n units u from the last day mentioned: "the day before"
	kindAgo                         // n units u before (n < 0) or after the anchor: "two days ago"
	kindQuarter                     // quarter p.part, or the reference quarter shifted by n if p.part is 0
)

// An expr is a recognized time expression before normalization.
type expr struct {
	from, to int // token indexes into Document.Tokens, [from, to)
	typ      sitrep.TimeType
	kind     exprKind
	p        point
	u        unit
	n        int
	wd       time.Weekday
	dir      int    // for kindWeekday: -1 last, 1 next, 0 by the sentence's tense
	value    string // for kindFixed
	clock    string // "T10:35" or "TNI": a time of day on the expression's day
	// zone is the offset from UTC, in minutes, of a clock time that names
	// its zone ("19:45 GMT", "7:45 p.m. Sanaa time"); zoned says it does.
	zone  int
	zoned bool
	// fullDate reports a date written with its day, month and year, which can
	// anchor an article that has no publication date.
	fullDate  bool
	sentence  int
	paragraph int
	future    bool // the sentence speaks of the future
	past      bool // a verb in the past tense governs the expression (see pastAt)
}

// A scanner recognizes the time expressions of one sentence.
type scanner struct {
	lx   *lexicon
	toks []sitrep.Token // the sentence's tokens
	base int            // index in Document.Tokens of toks[0]
	lw   []string       // lower-cased token texts
	raw  []string       // token texts
	// start reports, for each token, whether an expression may start
	// there (see mayStartAt).
	start  []bool
	future bool // the sentence speaks of the future
	// doc is the document whose sentences the scanner reads, and
	// fallbackDayFirst the convention of Config.DayFirst (see convention).
	doc              *sitrep.Document
	fallbackDayFirst bool
	// dayFirst reads ambiguous numeric dates as day/month/year; guessed
	// says the article gave no evidence for it. They are read once
	// conventionRead (see convention).
	dayFirst, guessed, conventionRead bool
	// ambiguous collects the numeric dates read by a guessed convention.
	ambiguous []sitrep.Span
}

func (s *scanner) reset(ws *words, toks []sitrep.Token, base int) {
	end := base + len(toks)
	s.toks, s.base = toks, base
	s.lw, s.raw, s.start = ws.lw[base:end:end], ws.raw[base:end:end], ws.start[base:end:end]
	s.future = false
	for _, w := range s.raw {
		if isFutureWord(w) {
			s.future = true
			break
		}
	}
}

// words holds a document's tokens as the scanner reads them, filled in
// one pass over the document and sliced by sentence.
type words struct {
	lw    []string // see scanner.lw
	raw   []string // token texts
	start []bool   // see scanner.start
}

// fill sets ws to the tokens of doc. They are sliced from the document's
// lower-cased text, which an earlier stage has usually made already (see
// Document.LowerText), or else lowered one by one.
func (ws *words) fill(lx *lexicon, doc *sitrep.Document) {
	n := len(doc.Tokens)
	ws.lw, ws.raw, ws.start = slices.Grow(ws.lw[:0], n)[:n], slices.Grow(ws.raw[:0], n)[:n], slices.Grow(ws.start[:0], n)[:n]
	lower, lowerOK := doc.LowerText()
	// Local slices of one length, so that the loop indexes them unchecked
	// and need not reload them after each store.
	toks, text := doc.Tokens, doc.Text
	raws, lws, starts := ws.raw[:len(toks)], ws.lw[:len(toks)], ws.start[:len(toks)]
	for i, t := range toks {
		w := text[t.Start:t.End]
		lw := w
		if lowerOK {
			lw = lower[t.Start:t.End]
		} else if hasUpper(w) {
			lw = cardinal.Lower(w)
		}
		raws[i], lws[i], starts[i] = w, lw, mayStartAt(lx, lw)
	}
}

// clear drops ws's references to the document's text, which a pooled
// buffer must not keep alive.
func (ws *words) clear() {
	clear(ws.lw)
	clear(ws.raw)
}

// hasUpper reports whether w may need lower-casing: an ASCII capital or
// any non-ASCII byte.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// w returns the lower-cased word k, or "" outside the sentence.
func (s *scanner) w(k int) string {
	if uint(k) >= uint(len(s.lw)) { // k < 0 too
		return ""
	}
	return s.lw[k]
}

// bare returns word k without a final period: "oct." is "oct".
func (s *scanner) bare(k int) string {
	return strings.TrimSuffix(s.w(k), ".")
}

func (s *scanner) capitalized(k int) bool {
	if k < 0 || k >= len(s.raw) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.raw[k])
	return unicode.IsUpper(r)
}

// adjacent reports whether tokens k-1 and k touch, as "Monday" and "'s" do.
func (s *scanner) adjacent(k int) bool {
	return k > 0 && k < len(s.toks) && s.toks[k-1].End == s.toks[k].Start
}

// scan appends the expressions of the sentence to dst.
func (s *scanner) scan(dst []expr, sentence, paragraph int) []expr {
	var e expr // see match
	for i := 0; i < len(s.lw); {
		if !s.start[i] {
			i++
			continue
		}
		if !s.match(&e, i) || e.to <= i {
			i++
			continue
		}
		e.sentence, e.paragraph, e.future = sentence, paragraph, s.futureAt(e.from, e.to)
		e.past = s.pastAt(e.from, e.to)
		e.from += s.base
		e.to += s.base
		dst = append(dst, e)
		i = e.to - s.base
	}
	return dst
}

// isFutureWord reports whether w marks the future. It is asked about every
// token, so it is a switch, which costs less than a map lookup.
func isFutureWord(w string) bool {
	switch w {
	case "will", "'ll", "’ll", "shall", "won't", "won’t",
		"upcoming", "scheduled", "expected", "plans", "planning",
		"due", "next", "tomorrow",
		"soon", "until", "expects", "plan":
		return true
	}
	return false
}

var clauseBreaks = map[string]bool{
	",": true, ";": true, ".": true, ":": true, "said": true, "says": true, "but": true,
	"—": true, "–": true, "after": true, "since": true, "when": true, "was": true, "were": true,
	"had": true, "did": true,
}

// futureAt reports whether a marker of the future governs the expression
// at tokens [from, to): one in the same clause a few words before it, or
// just after it. News is told in the past tense, so that is the default.
func (s *scanner) futureAt(from, to int) bool {
	if !s.future {
		return false
	}
	for k := from - 1; k >= 0 && k >= from-8; k-- {
		if isFutureWord(s.w(k)) {
			return true
		}
		if clauseBreaks[s.w(k)] {
			break
		}
	}
	for k := to; k < len(s.lw) && k < to+4; k++ {
		if isFutureWord(s.w(k)) {
			return true
		}
		if clauseBreaks[s.w(k)] {
			break
		}
	}
	return false
}

// pastAt reports whether a verb in the past tense governs the expression
// at tokens [from, to): one a few words before it in its clause, or after
// it ("In October, Hamas attacked …", the comma of an opening adjunct
// passed over). News names schedules in the present ("The vote is set for
// October", "The ceasefire takes effect at 7 p.m."), so a month or a clock
// time is read back from the anchor only when the past governs it.
func (s *scanner) pastAt(from, to int) bool {
	for k := from - 1; k >= 0 && k >= from-12; k-- {
		switch s.w(k) {
		case "would", "could", "might", "may", "can", "must", "should":
			return false // "said the offensive would last into October"
		}
		if isPastWord(s.w(k)) {
			return true
		}
		if clauseBreaks[s.w(k)] && s.w(k) != "was" && s.w(k) != "were" && s.w(k) != "had" && s.w(k) != "did" && s.w(k) != "said" {
			break
		}
	}
	k := to
	if k < len(s.lw) && s.w(k) == "," && from <= 2 {
		k++ // "In October, Hamas attacked Israel"
	}
	for end := k + 8; k < len(s.lw) && k < end; k++ {
		if isPastWord(s.w(k)) {
			return true
		}
		if w := s.w(k); w == "," || w == ";" || w == "." || w == ":" || w == "but" {
			break
		}
	}
	return false
}

// isPastWord reports whether w is a verb in the past tense, or a word that
// dates what it governs to the past ("since", "ago").
func isPastWord(w string) bool {
	switch w {
	case "was", "were", "had", "did", "began", "begun", "came", "went", "took", "fell", "struck", "fought", "fled",
		"left", "saw", "made", "said", "told", "won", "lost", "broke", "ran", "held", "met", "sent", "brought",
		"gave", "got", "kept", "rose", "shot", "stood", "sought", "became", "since", "ago", "earlier", "hit":
		return true
	case "scheduled", "expected", "planned", "based", "armed", "united", "need", "speed", "seed", "feed", "bed", "red", "shed":
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// mayStartAt reports whether an expression may start at a token whose
// lower-cased text is w: a digit, a hyphenated word, an apostrophe ('90s)
// or a word of the lexicon. The scanner asks it once of every token (see
// words.fill).
func mayStartAt(lx *lexicon, w string) bool {
	if w == "" {
		return false
	}
	if c := w[0]; c >= '0' && c <= '9' || c == '\'' || strings.IndexByte(w, '-') >= 0 || strings.HasPrefix(w, "’") {
		return true
	}
	return lx.isStart(strings.TrimSuffix(w, "."))
}

// convention reports whether the document writes numeric dates day first
// (see dayFirst), and sets s.guessed. It reads the whole document the first
// time it is asked: most articles write no ambiguous numeric date, and so
// never pay for that pass.
func (s *scanner) convention() bool {
	if !s.conventionRead {
		s.dayFirst, s.guessed = dayFirst(s.doc, s.lx, s.fallbackDayFirst)
		s.conventionRead = true
	}
	return s.dayFirst
}

// match sets *out to the longest expression starting at token i, and
// reports whether there is one. Like every matcher below, it fills in out
// only when it returns true (out may hold anything after false): an expr
// is some 200 bytes, which returning by value from each matcher and from
// each call that fails would copy and zero many times a token.
func (s *scanner) match(out *expr, i int) bool {
	w := s.w(i)
	if len(w) == 0 {
		return false
	}
	c := w[0]
	if c >= '0' && c <= '9' {
		return s.numericDate(out, i) || s.dayMonth(out, i, i) || s.clockTime(out, i, i) || s.year(out, i, i) || s.amount(out, i, i)
	}
	if c < 'a' || c > 'z' {
		if (w == "'" || w == "’") && i+1 < len(s.lw) && s.adjacent(i+1) {
			return s.decadeWord(out, i, i+1) // '90s
		}
		return false
	}
	if w == "the" {
		return s.the(out, i)
	}
	if s.holiday(out, i, i) {
		return true
	}
	if w == "noon" || w == "midnight" || w == "midday" {
		if s.clockTime(out, i, i) && (out.kind != kindPoint || s.w(i-1) == "at" || s.w(i-1) == "by" || s.w(i-1) == "until" || s.w(i-1) == "before" || s.w(i-1) == "after") {
			return true
		}
	}
	return s.spokenYear(out, i, i) || s.weekdayOrDate(out, i, i) || s.relative(out, i, i) || s.modified(out, i, i) ||
		s.amount(out, i, i) || s.quarter(out, i, i) || s.single(out, i)
}

// the handles expressions that may start with "the": "the 1990s", "the day
// before", "the past two months", "the third quarter", "the future".
func (s *scanner) the(out *expr, i int) bool {
	j := i + 1
	if j >= len(s.lw) || !s.start[j] {
		return false
	}
	switch s.w(j) {
	case "day":
		switch s.w(j + 1) {
		case "before", "after":
			n := -1
			if s.w(j+1) == "after" {
				n = 1
			}
			if s.w(j+2) == "yesterday" || s.w(j+2) == "tomorrow" {
				*out = expr{from: i, to: j + 3, typ: sitrep.TimeDate, kind: kindShift, u: unitDay, n: 2 * n}
				return true
			}
			*out = expr{from: i, to: j + 2, typ: sitrep.TimeDate, kind: kindFromRef, u: unitDay, n: n}
			return true
		}
	case "past", "future":
		if s.w(j+1) == "" || !s.startsAmount(j+1) && s.lx.unitTable.Value(s.w(j+1)) == unitNone {
			v := "PAST_REF"
			if s.w(j) == "future" {
				v = "FUTURE_REF"
			}
			*out = expr{from: i, to: j + 1, typ: sitrep.TimeDate, kind: kindFixed, value: v}
			return true
		}
	case "present":
		if s.w(j+1) == "" || s.w(j+1) == "," || s.w(j+1) == "." {
			*out = expr{from: i, to: j + 1, typ: sitrep.TimeDate, kind: kindFixed, value: "PRESENT_REF"}
			return true
		}
	case "end", "beginning", "start", "middle":
		if s.w(j+1) == "of" {
			if s.date(out, j+2, i) {
				return true
			}
		}
	case "weekend":
		*out = expr{from: i, to: j + 1, typ: sitrep.TimeDate, kind: kindShift, u: unitWeekend, n: s.pastShift()}
		return true
	}
	if s.date(out, j, i) {
		return true
	}
	if d, ok := decadeWords[s.w(j)]; ok {
		*out = expr{from: i, to: j + 1, typ: sitrep.TimeDate, kind: kindPoint, p: point{g: unitDecade, year: 1900 + d}}
		return true
	}
	return s.spokenYear(out, j, i) || s.quarter(out, j, i) || s.relative(out, j, i) || s.amount(out, j, i)
}

// pastShift is the shift of a bare "the weekend": the last one in past-tense
// news, the next one when the sentence speaks of the future.
func (s *scanner) pastShift() int {
	if s.future {
		return 0
	}
	return -1
}

// date matches an explicit date at j, reporting it from token from.
func (s *scanner) date(out *expr, j, from int) bool {
	if s.weekdayOrDate(out, j, from) && out.kind != kindWeekday {
		return true
	}
	if c := s.w(j); c != "" && c[0] >= '0' && c[0] <= '9' && (s.dayMonth(out, j, from) || s.year(out, j, from)) {
		return true
	}
	return s.decadeWord(out, from, j) || s.modified(out, j, from)
}

// numericDate matches "23/10/2017", "10/23/17", "2017-10-23", "23.10.2017".
func (s *scanner) numericDate(out *expr, i int) bool {
	w := s.w(i)
	sep := byte(0)
	for k := 0; k < len(w); k++ {
		if c := w[k]; c == '/' || c == '-' || c == '.' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return false
	}
	// Three parts, split without allocating.
	var parts [3]string
	var ok1, ok2 bool
	parts[0], parts[2], ok1 = strings.Cut(w, string(sep))
	parts[1], parts[2], ok2 = strings.Cut(parts[2], string(sep))
	if !ok1 || !ok2 || strings.IndexByte(parts[2], sep) >= 0 {
		return false
	}
	nums := [3]int{}
	for k, p := range parts {
		if p == "" || len(p) > 4 {
			return false
		}
		v := atoi(p)
		if v < 0 {
			return false
		}
		nums[k] = v
	}
	var y, m, d int
	switch {
	case len(parts[0]) == 4:
		y, m, d = nums[0], nums[1], nums[2]
	case len(parts[2]) == 4 || len(parts[2]) == 2:
		y = nums[2]
		if len(parts[2]) == 2 {
			y += 1900
			if nums[2] < 50 {
				y += 100
			}
		}
		switch {
		case nums[0] > 12 && nums[1] <= 12:
			d, m = nums[0], nums[1]
		case nums[1] > 12 && nums[0] <= 12:
			m, d = nums[0], nums[1]
		case s.convention():
			d, m = nums[0], nums[1]
		default:
			m, d = nums[0], nums[1]
		}
		// Both at most 12: the switch read the convention.
		if nums[0] != nums[1] && nums[0] <= 12 && nums[1] <= 12 && s.guessed {
			s.ambiguous = append(s.ambiguous, s.toks[i].Span)
		}
		if sep == '.' && len(parts[2]) == 2 {
			return false // "1.5.10" is more likely a version or a score
		}
	default:
		return false
	}
	if !validDay(y, m, d) || y < 1000 {
		return false
	}
	e := out
	*e = expr{from: i, to: i + 1, typ: sitrep.TimeDate, kind: kindPoint,
		p: point{g: unitDay, year: y, month: m, day: d}, fullDate: true}
	// "12/05/1998 09:42:00"
	if c, ok := s.clockAt(i + 1); ok {
		e.to, e.clock, e.typ = c.to, c.clock, sitrep.TimeTime
	}
	return true
}

func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// month returns the month named by word k, and whether it names one.
// Words that are also common English words ("may", "march", "sun") count
// only when capitalized.
func (s *scanner) month(k int) (int, bool) {
	m, ok := s.lx.month(s.bare(k))
	if !ok {
		return 0, false
	}
	if !s.capitalized(k) {
		return 0, false
	}
	switch s.bare(k) {
	case "may", "march", "mar", "jan", "aug", "sept", "sep", "oct", "nov", "dec", "feb", "apr", "jun", "jul":
		// Abbreviations and verbs need a day, a year, or a preposition.
		next := s.w(k + 1)
		if dayNumber(next) > 0 || isYear(next) {
			return m, true
		}
		if s.bare(k) == "may" || s.bare(k) == "march" {
			switch s.w(k - 1) {
			case "in", "of", "early", "late", "mid", "since", "until", "by", "last", "next", "this", "during", "from", "through", "to", "before", "after", "between", "and", "end":
				return m, true
			}
			return 0, false
		}
		return m, strings.HasSuffix(s.w(k), ".") || len(s.bare(k)) > 3
	}
	return m, true
}

// dayNumber returns the day of month written as w ("24", "24th"), or 0.
func dayNumber(w string) int {
	if v, ok := cardinal.Ordinal(w); ok && v <= 31 {
		return v
	}
	if len(w) > 2 || w == "" {
		return 0
	}
	v := atoi(w)
	if v < 1 || v > 31 {
		return 0
	}
	return v
}

// isYear reports whether w is a four-digit year from 1000 to 2199.
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	for k := 0; k < 4; k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return w[0] == '1' || w[0] == '2' && w[1] <= '1'
}

// weekdayOrDate matches an optional weekday followed by a month and day
// ("Monday, Oct. 23, 2017", "October 2017", "Oct. 23"), or a weekday alone
// with an optional part of the day ("Monday night").
func (s *scanner) weekdayOrDate(out *expr, i, from int) bool {
	j := i
	wd, isWeekday := s.weekday(j)
	if isWeekday {
		j++
		if s.w(j) == "," {
			j++
		}
		if s.w(j) == "the" {
			j++
		}
	}
	if m, ok := s.month(j); ok {
		e := out
		*e = expr{from: from, typ: sitrep.TimeDate, kind: kindPoint}
		k := j + 1
		if d := dayNumber(s.w(k)); d > 0 {
			k++
			e.p = point{g: unitDay, month: m, day: d}
			if s.w(k) == "," && isYear(s.w(k+1)) {
				k++
			}
			if isYear(s.w(k)) {
				e.p.year, _ = strconv.Atoi(s.w(k))
				e.fullDate = true
				k++
			}
		} else {
			e.p = point{g: unitMonth, month: m}
			var y expr
			if s.spokenYear(&y, k, k) {
				e.p.year, k = y.p.year, y.to
			}
			if n, ok := s.lx.shiftTable.Get(s.w(k)); ok && s.w(k+1) == "year" {
				// "June last year"
				e.u, e.n, k = unitYear, n, k+2
			}
			if s.w(k) == "," && isYear(s.w(k+1)) {
				k++
			}
			if s.w(k) == "of" && isYear(s.w(k+1)) {
				k++
			}
			if isYear(s.w(k)) {
				e.p.year, _ = strconv.Atoi(s.w(k))
				k++
			}
		}
		e.to = k
		s.withTimeOfDay(e)
		return true
	}
	if isWeekday {
		if d := dayNumber(s.w(j)); d > 0 && s.w(j) != "" {
			// "Monday 23 October 2017"
			if s.dayMonth(out, j, from) {
				return true
			}
		}
		if s.numericDate(out, j) && j < len(s.lw) {
			out.from = from
			return true
		}
		e := out
		*e = expr{from: from, to: i + 1, typ: sitrep.TimeDate, kind: kindWeekday, wd: wd}
		s.withTimeOfDay(e)
		return true
	}
	return false
}

// weekday returns the weekday named by word k. Abbreviations count only
// capitalized and with their period ("Mon."), full names capitalized.
func (s *scanner) weekday(k int) (time.Weekday, bool) {
	b := s.bare(k)
	wd, ok := s.lx.weekdayTable.Get(b)
	if !ok || !s.capitalized(k) {
		return 0, false
	}
	if len(b) <= 4 && !strings.HasSuffix(s.w(k), ".") {
		return 0, false
	}
	return wd, true
}

// withTimeOfDay extends e over a following part of the day: "Monday
// night", "yesterday morning". A named day keeps its date value, as
// TimeBank annotates "Wednesday night"; a relative one ("yesterday
// morning") becomes a time of day.
func (s *scanner) withTimeOfDay(e *expr) {
	k := e.to
	if s.w(k) == "'s" || s.w(k) == "’s" {
		return
	}
	if part, ok := s.lx.partTable.Get(s.w(k)); ok && s.w(k) != "overnight" {
		e.to = k + 1
		if e.kind == kindShift {
			e.clock, e.typ = "T"+part, sitrep.TimeTime
		}
	}
}

// dayMonth matches "23 October 2017", "23rd of October", "23 Oct".
func (s *scanner) dayMonth(out *expr, i, from int) bool {
	d := dayNumber(s.w(i))
	if d == 0 {
		return false
	}
	j := i + 1
	if s.w(j) == "of" {
		j++
	}
	m, ok := s.lx.month(s.bare(j))
	if !ok || !s.capitalized(j) {
		return false
	}
	e := out
	*e = expr{from: from, to: j + 1, typ: sitrep.TimeDate, kind: kindPoint, p: point{g: unitDay, month: m, day: d}}
	k := j + 1
	if s.w(k) == "," && isYear(s.w(k+1)) {
		k++
	}
	if isYear(s.w(k)) {
		e.p.year, _ = strconv.Atoi(s.w(k))
		e.fullDate = true
		e.to = k + 1
	}
	s.withTimeOfDay(e)
	return true
}

// year matches a four-digit year in a context that makes it one: "in 2017",
// "fiscal 1998", "2017's", and "the 1990s".
func (s *scanner) year(out *expr, i, from int) bool {
	w := s.w(i)
	if strings.HasSuffix(w, "s") && isYear(w[:len(w)-1]) && w[len(w)-2] == '0' {
		y, _ := strconv.Atoi(w[:len(w)-1])
		*out = expr{from: from, to: i + 1, typ: sitrep.TimeDate, kind: kindPoint, p: point{g: unitDecade, year: y}}
		return true
	}
	if !isYear(w) || w > "2099" || w < "1800" {
		return false
	}
	prev, next := s.w(i-1), s.w(i+1)
	if prev == "$" || prev == "no." || prev == "#" || isCountNoun(next) || s.adjacent(i) && prev != "(" && prev != "-" {
		return false
	}
	if prev == "fiscal" && from == i {
		from = i - 1
	}
	y, _ := strconv.Atoi(w)
	// "the 1988 third quarter", "the 1988 period"
	if from < i {
		if s.quarter(out, i+1, from) && out.p.part != 0 && out.p.year == 0 {
			out.p.year = y
			return true
		}
		if next == "quarter" || next == "period" {
			*out = expr{from: from, to: i + 2, typ: sitrep.TimeDate, kind: kindQuarter, n: -1, p: point{g: unitQuarter, year: y}}
			return true
		}
	}
	*out = expr{from: from, to: i + 1, typ: sitrep.TimeDate, kind: kindPoint, p: point{g: unitYear, year: y}}
	return true
}

var centuryWords = map[string]int{"nineteen": 1900, "eighteen": 1800, "twenty": 2000}

var dayWords = map[string]int{"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}

var decadeWords = map[string]int{
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
	"seventies": 70, "eighties": 80, "nineties": 90,
}

// spokenYear matches a year in words: "nineteen ninety-six".
func (s *scanner) spokenYear(out *expr, i, from int) bool {
	hundreds := centuryWords[s.w(i)]
	if hundreds == 0 {
		return false
	}
	v, ok := cardinal.Word(s.w(i + 1))
	if !ok || v < 10 || v > 99 {
		return false
	}
	*out = expr{from: from, to: i + 2, typ: sitrep.TimeDate, kind: kindPoint, p: point{g: unitYear, year: hundreds + int(v)}}
	return true
}

// holiday matches "Christmas", "New Year's Day", "Thanksgiving".
func (s *scanner) holiday(out *expr, i, from int) bool {
	if !s.capitalized(i) || !s.lx.holidayFirst[s.w(i)] {
		return false
	}
	key := ""
	best, bestEnd := "", 0
	for k := i; k < len(s.lw) && k-i < s.lx.maxHoliday+1; k++ {
		w := strings.ReplaceAll(s.w(k), "’", "'")
		if w == "'s" {
			key += w
		} else if key == "" {
			key = w
		} else {
			key += " " + w
		}
		if v, ok := s.lx.holidays[key]; ok {
			best, bestEnd = v, k+1
		}
	}
	if best == "" {
		return false
	}
	m, d := atoi(best[:2]), atoi(best[3:])
	if best[3:] == "TH" {
		d = -1 // the fourth Thursday, known once the year is
	}
	*out = expr{from: from, to: bestEnd, typ: sitrep.TimeDate, kind: kindPoint, p: point{g: unitDay, month: m, day: d}}
	return true
}

// isCountNoun reports whether w is a word that makes the number before it a
// count rather than a year: "2000 people".
func isCountNoun(w string) bool {
	switch w {
	case "people", "persons", "troops", "soldiers", "civilians", "members", "workers", "men",
		"women", "children", "dollars", "euros", "pounds", "miles", "km", "kilometers", "meters",
		"feet", "votes", "cases", "deaths", "families", "homes", "houses", "units", "tons", "barrels":
		return true
	}
	return false
}

// decadeWord matches "'90s" (from is the apostrophe) and "the nineties".
func (s *scanner) decadeWord(out *expr, from, j int) bool {
	w := s.w(j)
	if len(w) == 3 && w[2] == 's' && w[0] >= '0' && w[0] <= '9' && w[1] == '0' {
		y := 1900 + int(w[0]-'0')*10
		if y < 1930 {
			y += 100
		}
		*out = expr{from: from, to: j + 1, typ: sitrep.TimeDate, kind: kindPoint, p: point{g: unitDecade, year: y}}
		return true
	}
	return false
}

// clockTime matches "10:35 a.m.", "8 p.m.", "10:30 GMT", reporting it from
// token from.
func (s *scanner) clockTime(out *expr, i, from int) bool {
	c, ok := s.clockAt(i)
	if !ok {
		return false
	}
	// "noon Thursday", "10 a.m. yesterday": the clock on that day.
	if s.weekdayOrDate(out, c.to, from) && out.clock == "" {
		out.clock, out.typ = c.clock, sitrep.TimeTime
		return true
	}
	if s.single(out, c.to) && out.kind == kindShift && out.clock == "" {
		out.from, out.clock, out.typ = from, c.clock, sitrep.TimeTime
		return true
	}
	*out = expr{from: from, to: c.to, typ: sitrep.TimeTime, kind: kindPoint, p: point{g: unitDay}, clock: c.clock,
		zone: c.zone, zoned: c.zoned}
	return true
}

type clock struct {
	to    int
	clock string
	zone  int  // see expr.zone
	zoned bool // see expr.zoned
}

// clockAt reads a clock time at token k.
func (s *scanner) clockAt(k int) (clock, bool) {
	w := s.w(k)
	if w == "noon" || w == "midday" {
		return clock{to: k + 1, clock: "T12:00"}, true
	}
	if w == "midnight" {
		return clock{to: k + 1, clock: "T24:00"}, true
	}
	if w == "" || w[0] < '0' || w[0] > '9' {
		return clock{}, false
	}
	var h, m int
	hs, ms, colon := strings.Cut(w, ":")
	h = atoi(hs)
	if h < 0 || h > 24 || len(hs) > 2 || hs == "" {
		return clock{}, false
	}
	if colon {
		ms, _, _ = strings.Cut(ms, ":") // seconds are dropped
		if len(ms) != 2 {
			return clock{}, false
		}
		if m = atoi(ms); m < 0 || m > 59 {
			return clock{}, false
		}
	}
	j := k + 1
	meridiem := s.w(j)
	if (meridiem == "a" || meridiem == "p") && s.w(j+1) == "." && s.w(j+2) == "m" && s.adjacent(j+1) && s.adjacent(j+2) {
		// "9:45 p.m Saturday", which the segmenter splits as "p", ".", "m"
		meridiem, j = meridiem+".m", j+2
	}
	switch meridiem {
	case "a.m.", "am", "a.m":
		if h == 12 {
			h = 0
		}
		j++
	case "p.m.", "pm", "p.m":
		if h < 12 {
			h += 12
		}
		j++
	case "o'clock", "o’clock", "hours", "hrs", "gmt", "utc", "local", "est", "edt", "pst", "pdt", "cst", "cdt":
		if !colon && s.w(j) != "o'clock" && s.w(j) != "o’clock" {
			return clock{}, false
		}
	default:
		if !colon || (s.w(k-1) != "at" && s.w(k-1) != "about" && s.w(k-1) != "around" && s.w(k-1) != "by" && s.w(k-1) != "until" && s.w(k-1) != "after" && s.w(k-1) != "before") {
			return clock{}, false
		}
	}
	if h > 23 && m > 0 || (!colon && h == 0) {
		return clock{}, false
	}
	c := clock{clock: "T" + two(h) + ":" + two(m)}
	switch w := s.w(j); {
	case w == "o'clock" || w == "o’clock":
		j++
	case w == "local" && s.w(j+1) == "time":
		j += 2
	default:
		if zone, ok := s.lx.zones[w]; ok && (s.w(j+1) == "time" || s.raw[j] == strings.ToUpper(s.raw[j])) {
			// "19:45 GMT", "7:45 p.m. Sanaa time"; a city's name alone
			// may begin the next phrase.
			c.zone, c.zoned = zone, true
			j++
			if s.w(j) == "time" {
				j++
			}
		}
	}
	c.to = j
	return c, true
}

func two(v int) string {
	if v < 10 {
		return "0" + strconv.Itoa(v)
	}
	return strconv.Itoa(v)
}

// relative matches "last week", "next year", "this morning", "last night",
// "last Friday", "this summer", "last November", "the past two months",
// "earlier this year". from is where the expression starts ("the").
func (s *scanner) relative(out *expr, i, from int) bool {
	j := i
	if s.w(j) == "earlier" || s.w(j) == "later" {
		if _, ok := s.lx.shiftTable.Get(s.w(j + 1)); ok {
			j++
		}
	}
	n, ok := s.lx.shiftTable.Get(s.w(j))
	if !ok {
		return false
	}
	j++
	if s.w(j) == "few" || s.w(j) == "several" || s.w(j) == "couple" {
		// "the past few days"
		k := j + 1
		if s.w(k) == "of" {
			k++
		}
		if u := s.lx.unitTable.Value(s.w(k)); u != unitNone {
			*out = expr{from: from, to: k + 1, typ: sitrep.TimeDuration, kind: kindFixed, value: durationValue(u, -1)}
			return true
		}
	}
	if s.startsAmount(j) {
		// "the past two months", "the next five years"
		if v, k := s.count(j); k > j {
			if u := s.lx.unitTable.Value(s.w(k)); u != unitNone {
				*out = expr{from: from, to: k + 1, typ: sitrep.TimeDuration, kind: kindFixed, value: durationValue(u, v)}
				return true
			}
		}
		return false
	}
	w := s.w(j)
	if u := s.lx.unitTable.Value(w); u != unitNone && u >= unitDay && !strings.HasSuffix(w, "s") {
		if from < i && s.w(from) == "the" && n != 0 {
			// "the past week" is a duration.
			*out = expr{from: from, to: j + 1, typ: sitrep.TimeDuration, kind: kindFixed, value: durationValue(u, 1)}
			return true
		}
		if u == unitQuarter {
			*out = expr{from: from, to: j + 1, typ: sitrep.TimeDate, kind: kindQuarter, n: n}
			return true
		}
		if u == unitDay || u == unitHour || u == unitMinute || u == unitSecond {
			return false
		}
		if u == unitYear && (s.w(j+1) == "'s" || s.w(j+1) == "’s") {
			// "this year's third quarter"
			if s.quarter(out, j+2, from) && out.p.part != 0 && out.p.year == 0 {
				out.u, out.n = unitYear, n
				return true
			}
		}
		*out = expr{from: from, to: j + 1, typ: sitrep.TimeDate, kind: kindShift, u: u, n: n}
		return true
	}
	if wd, ok := s.weekday(j); ok {
		dir := n
		if s.w(i) == "this" || s.w(i) == "current" {
			dir = 0
		}
		e := out
		*e = expr{from: from, to: j + 1, typ: sitrep.TimeDate, kind: kindWeekday, wd: wd, dir: dir}
		s.withTimeOfDay(e)
		return true
	}
	if m, ok := s.lx.month(s.bare(j)); ok && s.capitalized(j) {
		e := out
		*e = expr{from: from, to: j + 1, typ: sitrep.TimeDate, kind: kindPoint,
			p: point{g: unitMonth, month: m}, n: n, u: unitMonth}
		if d := dayNumber(s.w(j + 1)); d > 0 {
			e.p.g, e.p.day, e.to = unitDay, d, j+2
		}
		return true
	}
	if season, ok := s.lx.seasonTable.Get(w); ok {
		*out = expr{from: from, to: j + 1, typ: sitrep.TimeDate, kind: kindPoint,
			p: point{g: unitSeason, season: season}, n: n, u: unitSeason}
		return true
	}
	if part, ok := s.lx.partTable.Get(w); ok && (s.w(i) == "this" || s.w(i) == "last") {
		day := 0
		if w == "night" && s.w(i) == "last" {
			day = -1
		}
		*out = expr{from: from, to: j + 1, typ: sitrep.TimeTime, kind: kindShift, u: unitDay, n: day, clock: "T" + part}
		return true
	}
	return false
}

// modified matches a month, season, year or relative period after "early",
// "late" or "mid": "late October", "mid-1990s", "early next year".
func (s *scanner) modified(out *expr, i, from int) bool {
	w := s.w(i)
	rest, ok := strings.CutPrefix(w, "mid-")
	if !ok {
		rest, ok = strings.CutPrefix(w, "late-")
	}
	if !ok {
		rest, ok = strings.CutPrefix(w, "early-")
	}
	if ok && rest != "" {
		if m, ok := s.lx.month(strings.TrimSuffix(rest, ".")); ok {
			e := out
			*e = expr{from: from, to: i + 1, typ: sitrep.TimeDate, kind: kindPoint, p: point{g: unitMonth, month: m}}
			if isYear(s.w(i + 1)) {
				e.p.year, _ = strconv.Atoi(s.w(i + 1))
				e.to++
			}
			return true
		}
		if isYear(rest) {
			y, _ := strconv.Atoi(rest)
			*out = expr{from: from, to: i + 1, typ: sitrep.TimeDate, kind: kindPoint, p: point{g: unitYear, year: y}}
			return true
		}
		if strings.HasSuffix(rest, "s") && isYear(rest[:len(rest)-1]) {
			y, _ := strconv.Atoi(rest[:len(rest)-1])
			*out = expr{from: from, to: i + 1, typ: sitrep.TimeDate, kind: kindPoint, p: point{g: unitDecade, year: y}}
			return true
		}
		return false
	}
	if _, ok := s.lx.modTable.Get(w); !ok || w == "end" || w == "beginning" || w == "middle" {
		return false
	}
	j := i + 1
	if s.weekdayOrDate(out, j, from) && out.kind == kindPoint && out.p.g == unitMonth {
		return true
	}
	if s.relative(out, j, from) && out.kind != kindWeekday {
		return true
	}
	if isYear(s.w(j)) || strings.HasSuffix(s.w(j), "0s") && isYear(strings.TrimSuffix(s.w(j), "s")) {
		return s.year(out, j, from)
	}
	if s.w(j) == "the" {
		if s.date(out, j+1, from) {
			return true
		}
	}
	return false
}

// startsWord reports whether token k is a lower-case word: the noun that an
// ordinal such as "second" modifies.
func (s *scanner) startsWord(k int) bool {
	w := s.w(k)
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return false
	}
	switch w {
	case "ago", "later", "earlier", "before", "after", "and", "or", "to", "of", "in":
		return false
	}
	return true
}

// startsAmount reports whether token k starts a count: "two", "14", "a".
func (s *scanner) startsAmount(k int) bool {
	w := s.w(k)
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	_, ok := cardinal.Word(w)
	return ok
}

// count reads a cardinal at k, returning its value and the next token.
func (s *scanner) count(k int) (int, int) {
	v, n := cardinal.Parse(s.lw, k)
	if n == 0 || v > 100000 {
		return 0, k
	}
	return int(v), k + n
}

// amount matches durations and expressions built on them: "three days",
// "two days ago", "a year earlier", "16-hour", "several months", "years ago".
// from is where the expression starts.
func (s *scanner) amount(out *expr, i, from int) bool {
	w := s.w(i)
	// Hyphenated "16-hour", "two-year": a duration, unless an age.
	if num, unitWord, ok := strings.Cut(w, "-"); ok && !strings.HasSuffix(w, "-old") {
		if u := s.lx.unitTable.Value(unitWord); u != unitNone && s.w(i+1) != "-" {
			if v, n := cardinal.Parse([]string{num}, 0); n == 1 && v > 0 && v < 10000 {
				if s.w(i+1) == "old" {
					return false
				}
				*out = expr{from: from, to: i + 1, typ: sitrep.TimeDuration, kind: kindFixed, value: durationValue(u, int(v))}
				return true
			}
		}
		if num == "year" && (unitWord == "earlier" || unitWord == "ago") {
			to := i + 1
			if s.w(to) == "period" || s.w(to) == "quarter" {
				to++
			}
			*out = expr{from: from, to: to, typ: sitrep.TimeDate, kind: kindAgo, u: unitYear, n: -1}
			return true
		}
		if num == "year" && unitWord == "end" {
			*out = expr{from: from, to: i + 1, typ: sitrep.TimeDate, kind: kindShift, u: unitYear, n: 0}
			return true
		}
		return false
	}
	var v int
	vague := false
	k := i
	switch w {
	case "a", "an", "one":
		v, k = 1, i+1
		if w != "one" && s.w(k) == "few" {
			vague, k = true, k+1
		} else if w != "one" && s.w(k) == "couple" && s.w(k+1) == "of" {
			v, k = 2, k+2
		}
	case "several", "few", "many", "some", "couple":
		vague, k = true, i+1
		if s.w(k) == "of" {
			k++
		}
	default:
		if !s.startsAmount(i) {
			break
		}
		v, k = s.count(i)
		if k == i {
			return false
		}
	}
	if k == i {
		// Plural units alone: "years ago", "for months".
		if u := s.lx.unitTable.Value(w); u != unitNone && strings.HasSuffix(w, "s") && u >= unitDay {
			if s.w(i+1) == "ago" {
				*out = expr{from: from, to: i + 2, typ: sitrep.TimeDate, kind: kindFixed, value: "PAST_REF"}
				return true
			}
			switch s.w(i - 1) {
			case "past":
				*out = expr{from: from - 1, to: i + 1, typ: sitrep.TimeDate, kind: kindFixed, value: "PAST_REF"}
				return true
			case "coming":
				*out = expr{from: from - 1, to: i + 1, typ: sitrep.TimeDate, kind: kindFixed, value: "FUTURE_REF"}
				return true
			case "for", "within", "in", "over", "last", "next", "recent":
				from := from
				if s.w(i-1) == "recent" {
					from--
				}
				*out = expr{from: from, to: i + 1, typ: sitrep.TimeDuration, kind: kindFixed, value: durationValue(u, -1)}
				return true
			}
		}
		return false
	}
	u := s.lx.unitTable.Value(s.w(k))
	if u == unitNone {
		return false
	}
	if s.w(k+1) == "old" || s.w(k+1) == "of" && s.w(k+2) == "age" {
		return false
	}
	if u == unitSecond && v == 1 && !vague && s.startsWord(k+1) {
		return false // "a second attack"
	}
	if (w == "a" || w == "an" || w == "one") && !vague {
		// "a week" alone is too often a rate ("$5 a week"): only after a
		// preposition, or before "ago"/"earlier"/"later".
		switch s.w(k + 1) {
		case "ago", "earlier", "later", "before", "after":
		default:
			switch s.w(i - 1) {
			case "for", "in", "within", "than", "about", "nearly", "almost", "over", "past", "least", "only", "just", "half", "of", "after", "last", "around":
			default:
				if w != "one" {
					return false
				}
			}
		}
	}
	if strings.HasSuffix(s.w(k), "s") == (v == 1 && !vague) && w != "one" && w != "a" && w != "an" && v != 0 {
		// "two day", "one days": not a clean amount; "two-day" is handled above.
		if v == 1 {
			return false
		}
	}
	to := k + 1
	switch s.w(to) {
	case "ago", "earlier", "before":
		if vague {
			*out = expr{from: from, to: to + 1, typ: sitrep.TimeDate, kind: kindFixed, value: "PAST_REF"}
			return true
		}
		if s.w(to) == "before" && s.w(to+1) != "." && s.w(to+1) != "," && s.w(to+1) != "" {
			break // "two days before the vote": a duration
		}
		*out = expr{from: from, to: to + 1, typ: sitrep.TimeDate, kind: kindAgo, u: u, n: -v}
		return true
	case "later", "after", "from":
		if s.w(to) == "from" && s.w(to+1) != "now" {
			break
		}
		if s.w(to) == "after" && s.w(to+1) != "." && s.w(to+1) != "," && s.w(to+1) != "" {
			break
		}
		if s.w(to) == "later" {
			// "three days later" counts from the events told, not from
			// the anchor: a duration.
			if vague {
				v = -1
			}
			*out = expr{from: from, to: to, typ: sitrep.TimeDuration, kind: kindFixed, value: durationValue(u, v)}
			return true
		}
		if vague {
			*out = expr{from: from, to: to + 1, typ: sitrep.TimeDate, kind: kindFixed, value: "FUTURE_REF"}
			return true
		}
		end := to + 1
		if s.w(to) == "from" {
			end++
		}
		*out = expr{from: from, to: end, typ: sitrep.TimeDate, kind: kindAgo, u: u, n: v}
		return true
	}
	if vague {
		v = -1
	}
	*out = expr{from: from, to: to, typ: sitrep.TimeDuration, kind: kindFixed, value: durationValue(u, v)}
	return true
}

// quarter matches "the third quarter", "third-quarter", "the first half of
// 1998", "the latest quarter", "the fourth quarter of 1997".
func (s *scanner) quarter(out *expr, i, from int) bool {
	w := s.w(i)
	part, k := 0, i+1
	u := unitQuarter
	if a, b, ok := strings.Cut(w, "-"); ok && (b == "quarter" || b == "half") {
		p, ok := cardinal.Ordinal(a)
		if !ok || p > 4 || b == "half" && p > 2 {
			return false
		}
		part = p
		if b == "half" {
			u = unitHalf
		}
	} else {
		n := 0
		switch w {
		case "latest", "last", "previous", "recent", "past", "prior":
			n = -1
		case "current", "this":
			n = 0
		case "next", "coming":
			n = 1
		case "year-earlier", "year-ago":
			n = -4
		case "quarter":
			if from < i {
				*out = expr{from: from, to: i + 1, typ: sitrep.TimeDate, kind: kindQuarter, n: -1, p: point{part: 0}}
				return true
			}
			return false
		default:
			p, ok := cardinal.Ordinal(w)
			if !ok || p > 4 {
				return false
			}
			part = p
		}
		switch s.w(k) {
		case "quarter":
		case "half":
			if part == 0 || part > 2 {
				return false
			}
			u = unitHalf
		default:
			if part == 0 && (s.w(k) == "fiscal" || s.w(k) == "three-month") && s.w(k+1) == "quarter" {
				k++
				break
			}
			return false
		}
		k++
		if part == 0 {
			*out = expr{from: from, to: k, typ: sitrep.TimeDate, kind: kindQuarter, n: n}
			return true
		}
	}
	e := out
	*e = expr{from: from, to: k, typ: sitrep.TimeDate, kind: kindQuarter, p: point{g: u, part: part}}
	if s.w(k) == "of" && isYear(s.w(k+1)) {
		k++
	}
	if isYear(s.w(k)) {
		e.p.year, _ = strconv.Atoi(s.w(k))
		e.to = k + 1
	}
	return true
}

// single matches one-word expressions: "today", "yesterday", "now",
// "recently", "daily", "tonight", and "every week".
func (s *scanner) single(out *expr, i int) bool {
	w := s.w(i)
	day, ok := dayWords[w]
	if ok {
		e := out
		*e = expr{from: i, to: i + 1, typ: sitrep.TimeDate, kind: kindShift, u: unitDay, n: day}
		if w == "tonight" {
			e.clock, e.typ = "TNI", sitrep.TimeTime
		}
		if w == "today" && s.w(i+1) != "'s" && s.w(i+1) != "’s" && s.w(i-1) == "of" {
			*e = expr{from: i, to: i + 1, typ: sitrep.TimeDate, kind: kindFixed, value: "PRESENT_REF"}
		}
		s.withTimeOfDay(e)
		return true
	}
	if v, ok := s.lx.refTable.Get(w); ok {
		if w == "current" {
			if s.lx.unitTable.Value(s.w(i+1)) != unitNone {
				return false
			}
		}
		if w == "recent" && s.lx.unitTable.Value(s.w(i+1)) != unitNone {
			return false
		}
		*out = expr{from: i, to: i + 1, typ: sitrep.TimeDate, kind: kindFixed, value: v}
		return true
	}
	if v, ok := s.lx.setTable.Get(w); ok {
		*out = expr{from: i, to: i + 1, typ: sitrep.TimeSet, kind: kindFixed, value: v}
		return true
	}
	if w == "every" || w == "each" {
		k := i + 1
		if wd, ok := s.weekday(k); ok {
			*out = expr{from: i, to: k + 1, typ: sitrep.TimeSet, kind: kindFixed, value: "XXXX-WXX-" + strconv.Itoa(isoWeekday(wd))}
			return true
		}
		v := 1
		if n, kk := s.count(k); kk > k {
			v, k = n, kk
		}
		if u := s.lx.unitTable.Value(s.w(k)); u != unitNone {
			*out = expr{from: i, to: k + 1, typ: sitrep.TimeSet, kind: kindFixed, value: durationValue(u, v)}
			return true
		}
	}
	if w == "at" && (s.w(i+1) == "present" || s.w(i+1) == "the" && s.w(i+2) == "moment") {
		end := i + 2
		if s.w(i+1) == "the" {
			end++
		}
		*out = expr{from: i + 1, to: end, typ: sitrep.TimeDate, kind: kindFixed, value: "PRESENT_REF"}
		return true
	}
	if w == "these" && s.w(i+1) == "days" {
		*out = expr{from: i, to: i + 2, typ: sitrep.TimeDate, kind: kindFixed, value: "PRESENT_REF"}
		return true
	}
	if (w == "future" || w == "past") && s.w(i-1) == "near" {
		return false
	}
	return false
}

func isoWeekday(wd time.Weekday) int {
	if wd == time.Sunday {
		return 7
	}
	return int(wd)
}
