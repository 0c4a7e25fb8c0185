// Package date finds time expressions, normalizes each to a TIMEX3 value
// against the publication date, and gives every sentence its governing date.
//
// A time expression is a date ("23/10/2017", "Oct. 24", "late October",
// "the 1990s"), a relative date ("Monday", "last week", "two days ago",
// "the day before", "earlier this month"), a time of day ("10:35 a.m.",
// "Monday night"), a duration ("three days", "the past two years"), a set
// ("every week", "daily") or a reference ("now", "recently").
//
// Normalization anchors on the publication date. A bare weekday follows the
// tense of its clause: in past-tense news "on Monday" is the last Monday on or
// before the anchor; after a marker of the future ("will", "next",
// "scheduled", "until") it is the next one on or after it; and the day after
// the anchor is read forward even in the past tense, since a report six days
// old would name its date. A month written without a year is read the same
// way: the latest one begun by the anchor, unless the clause speaks of the
// future or the month is one of the next two. A day written without a year
// takes the year that puts it nearest the anchor, a future date counting
// double in the past tense. A named day with a part of the day ("Wednesday night")
// keeps its date value, as TimeBank annotates it. A clock time with no day
// is on the last day its paragraph names, else on the anchor, or the day
// before when the publication time is known and the clock, read in the zone
// the text names ("Sanaa time", "GMT"; UTC otherwise), would come after it; "this morning", "last
// night" and "tonight" are times of day. When the publication date is
// unknown, the anchor is the dateline's date, else the latest date the
// article writes in full ("Monday, 23/10/2017"). Ambiguous numeric dates
// (03/04/2017) follow the article's own convention, read from its
// unambiguous numeric dates and from the order of day and month name in its
// written dates, and Config.DayFirst otherwise.
//
// A sentence's governing date is, in order: the finest explicit date in the
// sentence; the governing date of the nearest earlier sentence in the
// paragraph that had one; the publication date (or the anchor) with week
// precision. A range of days ("from Monday to Wednesday", "between
// Monday and Wednesday") has week-or-range precision and is dated by its
// first day. A date in the dateline ("BEIRUT, March 12 (Reuters) -") is the
// report date: it anchors relative dates when the publication date is
// unknown, and it is what a sentence without a date of its own falls back
// to, before the publication date (a report filed on June 3 in Gaza may be
// published on June 4 in UTC); it is never a sentence's own date. Precision follows ACLED's time_precision.
package date

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// Config tunes the date stage. The zero value is ready to use.
type Config struct {
	// DayFirst reads ambiguous numeric dates such as 03/04/2017 as day first
	// when the article gives no evidence of its own convention.
	DayFirst bool
}

// Stage is the time expression tagger and normalizer.
type Stage struct {
	cfg Config
	lx  *lexicon
	// words pools the per-document token buffers (*words) for reuse by
	// later documents.
	words sync.Pool
}

// New returns the date stage.
func New(cfg Config) (*Stage, error) {
	lx, err := loadLexicon(lexiconText)
	if err != nil {
		return nil, err
	}
	return &Stage{cfg: cfg, lx: lx}, nil
}

// Name returns "date".
func (*Stage) Name() string { return "date" }

// Needs returns the token and sentence layers.
func (*Stage) Needs() []sitrep.Layer {
	return []sitrep.Layer{sitrep.LayerTokens, sitrep.LayerSentences}
}

// Adds returns the times layer.
func (*Stage) Adds() []sitrep.Layer { return []sitrep.Layer{sitrep.LayerTimes} }

// Run finds and normalizes doc's time expressions and dates its sentences.
func (st *Stage) Run(_ context.Context, doc *sitrep.Document) error {
	exprs, ambiguous := st.scan(doc)
	for _, sp := range ambiguous {
		order := "month/day"
		if st.cfg.DayFirst {
			order = "day/month"
		}
		doc.Diagnostics = append(doc.Diagnostics, sitrep.Diagnostic{Span: sp, Layer: sitrep.LayerTimes,
			Msg: "ambiguous numeric date read " + order + ": the article shows no convention"})
	}
	r := resolver{}
	if p := doc.Meta.Published; !p.IsZero() {
		r.anchor, r.known = day(p), true
		if !p.Equal(r.anchor) {
			// A publication at midnight exactly is taken for a date
			// without a time of day.
			r.published = p.UTC()
		}
	} else if a, ok := reportDate(doc, exprs); ok {
		r.anchor, r.known = a, true
	} else if a, ok := inferAnchor(exprs); ok {
		r.anchor, r.known = a, true
	}
	// At most one time an expression: one allocation.
	doc.Times = slices.Grow(doc.Times[:0], len(exprs))
	var bareClock []bool // by index in doc.Times; nil if no time is a bare clock
	for _, e := range exprs {
		v := r.value(e)
		if v == "" {
			continue
		}
		if e.kind == kindPoint && e.p.g == unitDay && e.p.month == 0 {
			// "at 9:45": its day comes from the context.
			if bareClock == nil {
				bareClock = make([]bool, len(exprs))
			}
			bareClock[len(doc.Times)] = true
		}
		doc.Times = append(doc.Times, sitrep.Time{
			Span:  sitrep.Span{Start: doc.Tokens[e.from].Start, End: doc.Tokens[e.to-1].End},
			Type:  e.typ,
			Value: v,
		})
	}
	// One date a sentence: one allocation.
	doc.SentenceDates = governingDates(doc, r, bareClock, slices.Grow(doc.SentenceDates[:0], len(doc.Sentences)))
	return nil
}

// scan returns the time expressions of doc, unresolved, in text order, and
// the numeric dates whose day and month order it had to guess.
func (st *Stage) scan(doc *sitrep.Document) ([]expr, []sitrep.Span) {
	s := scanner{lx: st.lx, doc: doc, fallbackDayFirst: st.cfg.DayFirst}
	ws, _ := st.words.Get().(*words)
	if ws == nil {
		ws = new(words)
	}
	defer st.words.Put(ws)
	ws.fill(st.lx, doc)
	defer ws.clear()
	exprs := make([]expr, 0, len(doc.Tokens)/32+4)
	for i, sent := range doc.Sentences {
		if sent.Tokens.Len() == 0 || sent.Tokens.Start < 0 || sent.Tokens.End > len(doc.Tokens) {
			continue
		}
		s.reset(ws, doc.Tokens[sent.Tokens.Start:sent.Tokens.End], sent.Tokens.Start)
		exprs = s.scan(exprs, i, sent.Paragraph)
	}
	return exprs, s.ambiguous
}

func day(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// inferAnchor returns the latest date written in full, to stand in for an
// unknown publication date.
func inferAnchor(exprs []expr) (time.Time, bool) {
	var best time.Time
	for _, e := range exprs {
		if !e.fullDate {
			continue
		}
		if t, ok := e.p.time(); ok && t.After(best) {
			best = t
		}
	}
	return best, !best.IsZero()
}

// inDateline reports whether sp lies in doc's dateline ("BEIRUT, March 12
// (Reuters) -"): a date there is when the report was filed, not when what it
// tells happened.
func inDateline(doc *sitrep.Document, sp sitrep.Span) bool {
	dl := doc.Meta.Dateline
	return !dl.Span.IsEmpty() && dl.Span.Contains(sp) || !dl.Date.IsEmpty() && dl.Date.Overlaps(sp)
}

// reportDate returns the day of doc's dateline, to stand in for an unknown
// publication date. A dateline without a year ("March 12") takes the year
// that puts it nearest the latest date the article writes in full.
func reportDate(doc *sitrep.Document, exprs []expr) (time.Time, bool) {
	for _, e := range exprs {
		if e.kind != kindPoint || e.p.g != unitDay || e.p.month == 0 || e.p.day <= 0 {
			continue
		}
		if !inDateline(doc, sitrep.Span{Start: doc.Tokens[e.from].Start, End: doc.Tokens[e.to-1].End}) {
			continue
		}
		p := e.p
		if p.year == 0 {
			a, ok := inferAnchor(exprs)
			if !ok {
				return time.Time{}, false
			}
			near := resolver{anchor: a, known: true}
			p.year = near.yearOf(p, e)
		}
		if !validDay(p.year, p.month, p.day) {
			return time.Time{}, false
		}
		t, _ := p.time()
		return t, true
	}
	return time.Time{}, false
}

// dayFirst reads doc's convention for numeric dates: votes from unambiguous
// numeric dates count most, then the order of day and month name. guessed
// reports that the text gave no evidence and fallback was taken.
func dayFirst(doc *sitrep.Document, lx *lexicon, fallback bool) (first, guessed bool) {
	votes := 0
	for i, t := range doc.Tokens {
		w := doc.Text[t.Start:t.End]
		switch t.Kind {
		case sitrep.TokenNumber:
			sep := strings.IndexAny(w, "/.")
			if sep < 0 {
				continue
			}
			parts := strings.FieldsFunc(w, func(r rune) bool { return r == '/' || r == '.' })
			if len(parts) != 3 || len(parts[0]) > 2 || len(parts[1]) > 2 {
				continue
			}
			a, b := atoi(parts[0]), atoi(parts[1])
			switch {
			case a > 12 && b <= 12:
				votes += 3
			case b > 12 && a <= 12:
				votes -= 3
			}
		case sitrep.TokenWord:
			if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
				continue // month names are capitalized
			}
			if !lx.isMonth(strings.TrimSuffix(w, ".")) {
				continue
			}
			if i > 0 && dayNumber(doc.Text[doc.Tokens[i-1].Start:doc.Tokens[i-1].End]) > 0 {
				votes++
			} else if i+1 < len(doc.Tokens) && dayNumber(doc.Text[doc.Tokens[i+1].Start:doc.Tokens[i+1].End]) > 0 {
				votes--
			}
		}
	}
	if votes == 0 {
		return fallback, true
	}
	return votes > 0, false
}

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' || v > 1e6 {
			return -1
		}
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// A resolver normalizes expressions in text order, remembering the last day
// and quarter mentioned for "the day before" and "the quarter".
type resolver struct {
	anchor time.Time
	known  bool
	// published is the publication time, or zero if it is not known to
	// the minute (see clockDay).
	published    time.Time
	refDay       time.Time
	hasRefDay    bool
	refQuarter   point
	hasRefQtr    bool
	refParagraph int // the paragraph of refDay
}

func refByDirection(n int) string {
	switch {
	case n < 0:
		return "PAST_REF"
	case n > 0:
		return "FUTURE_REF"
	}
	return "PRESENT_REF"
}

// value returns e's TIMEX3 value, or "" if it has none.
func (r *resolver) value(e expr) string {
	switch e.kind {
	case kindFixed:
		return e.value
	case kindPoint:
		return r.point(e)
	case kindShift:
		if !r.known {
			return refByDirection(e.n)
		}
		p := shift(r.anchor, e.u, e.n)
		return r.withClock(p, e)
	case kindWeekday:
		if !r.known {
			return "XXXX-WXX-" + strconv.Itoa(isoWeekday(e.wd))
		}
		dir := e.dir
		if dir == 0 {
			dir = -2
			if e.future {
				dir = 2
			} else if back, fwd := (int(r.anchor.Weekday())-int(e.wd)+7)%7, (int(e.wd)-int(r.anchor.Weekday())+7)%7; fwd > 0 && back > 3*fwd {
				dir = 2
			}
		}
		return r.withClock(dayPoint(weekdayNear(r.anchor, e.wd, dir)), e)
	case kindFromRef:
		base, ok := r.refDay, r.hasRefDay
		if !ok {
			base, ok = r.anchor, r.known
		}
		if !ok {
			return ""
		}
		return r.withClock(shift(base, e.u, e.n), e)
	case kindAgo:
		if !r.known {
			return refByDirection(e.n)
		}
		if e.u == unitYear && (e.n == -1 || e.n == 1) && r.hasRefQtr {
			// "a year earlier" in a quarterly report is the same quarter a year before.
			q := r.refQuarter
			q.year += e.n
			return q.value()
		}
		u := e.u
		if u < unitDay {
			u = unitDay
		}
		return shift(r.anchor, u, e.n).value()
	case kindQuarter:
		return r.quarter(e)
	}
	return ""
}

func (r *resolver) withClock(p point, e expr) string {
	if p.g == unitDay {
		if t, ok := p.time(); ok {
			r.refDay, r.hasRefDay, r.refParagraph = t, true, e.paragraph
		}
	}
	return p.value() + e.clock
}

func (r *resolver) point(e expr) string {
	p := e.p
	if p.g == unitDay && p.month == 0 {
		// A clock time alone is on the last day its paragraph names, or
		// the anchor.
		switch {
		case r.hasRefDay && r.refParagraph == e.paragraph:
			return dayPoint(r.refDay).value() + e.clock
		case r.known:
			return dayPoint(r.clockDay(e)).value() + e.clock
		}
		return "XXXX-XX-XX" + e.clock
	}
	if p.year == 0 && r.known {
		p.year = r.yearOf(p, e)
	}
	if p.g == unitDay && p.day == -1 {
		if p.year == 0 {
			return "XXXX-11"
		}
		p.day = thanksgiving(p.year)
	}
	if p.g == unitDay && p.day != 0 && !validDay(max(p.year, 2000), p.month, p.day) {
		return ""
	}
	return r.withClock(p, e)
}

// clockDay returns the day of a clock time that the text gives no day for:
// the anchor's, unless the publication time is known and the clock time,
// in its zone (UTC if the text names none), comes after it on that day.
// Then, as news reports what has happened, it is the day before: a
// report at 02:00 UTC of a strike "at 7:45 p.m. Sanaa time" means the
// evening before. A clause about the future keeps the anchor's day.
func (r *resolver) clockDay(e expr) time.Time {
	h, m, ok := clockOf(e.clock)
	if r.published.IsZero() || e.future || !e.past || !ok {
		return r.anchor // "The ceasefire takes effect at 7 p.m.": the day of the report
	}
	local := r.published.Add(time.Duration(e.zone) * time.Minute) // the zone's wall clock
	d := day(local)
	if h*60+m > local.Hour()*60+local.Minute() {
		d = d.AddDate(0, 0, -1)
	}
	return d
}

// clockOf reads the hour and minute of a clock value: "T19:45".
func clockOf(clock string) (h, m int, ok bool) {
	if len(clock) != 6 || clock[0] != 'T' || clock[3] != ':' {
		return 0, 0, false
	}
	h, m = atoi(clock[1:3]), atoi(clock[4:6])
	return h, m, h >= 0 && m >= 0
}

// yearOf picks the year of a date written without one, relative to the anchor.
func (r *resolver) yearOf(p point, e expr) int {
	y := r.anchor.Year()
	am := int(r.anchor.Month())
	switch {
	case e.u == unitYear:
		return y + e.n // "June last year"
	case p.g == unitSeason:
		return seasonYear(r.anchor, p.season, e.n)
	case (p.g == unitMonth || p.g == unitDay) && e.u == unitMonth && e.n < 0:
		if p.month < am {
			return y
		}
		return y - 1
	case (p.g == unitMonth || p.g == unitDay) && e.u == unitMonth && e.n > 0:
		if p.month > am {
			return y
		}
		return y + 1
	case p.g == unitMonth && e.u == unitMonth:
		return y // "this October"
	case p.g == unitMonth && e.past && !e.future:
		// A month named alone in the past tense is read as a weekday is:
		// the latest one that has begun by the anchor ("began in
		// October"), unless it is one of the next two, which a report
		// would rarely name for what happened ten months before. Without
		// a verb in the past it is the nearest, as a day is: news names
		// schedules in the present ("The vote is set for October").
		fwd, back := (p.month-am+12)%12, (am-p.month+12)%12
		switch {
		case fwd == 0 || back <= 3*fwd:
			if p.month > am {
				return y - 1
			}
			return y
		case p.month < am:
			return y + 1
		}
		return y
	case p.g == unitMonth || p.g == unitDay:
		// The occurrence nearest the anchor, past rather than future
		// unless the expression is about the future.
		day := max(p.day, 1)
		best, bestDist := y, int64(1<<62)
		for _, cand := range []int{y - 1, y, y + 1} {
			t := time.Date(cand, time.Month(p.month), day, 0, 0, 0, 0, time.UTC)
			d := int64(t.Sub(r.anchor) / (24 * time.Hour))
			if d > 0 && !e.future {
				d = d*2 + 1 // later than the anchor: unlikely in past-tense news
			} else if d < 0 {
				d = -d
				if e.future {
					d = d*2 + 1
				}
			}
			if d < bestDist {
				best, bestDist = cand, d
			}
		}
		return best
	}
	return y
}

func (r *resolver) quarter(e expr) string {
	if !r.known && e.p.year == 0 {
		return ""
	}
	var q point
	switch {
	case e.p.part != 0:
		q = e.p
		if q.year == 0 && e.u == unitYear {
			q.year = r.anchor.Year() + e.n
		} else if q.year == 0 {
			q.year = r.anchor.Year()
			if q.g == unitQuarter && q.part > int(r.anchor.Month()-1)/3+1 && !e.future {
				q.year--
			}
		}
	case e.p.year != 0:
		// "the 1988 quarter": the reference quarter in that year
		q = shift(r.anchor, unitQuarter, -1)
		if r.hasRefQtr {
			q = r.refQuarter
		}
		q.year = e.p.year
	case e.n == 0 || e.n == 1:
		q = shift(r.anchor, unitQuarter, e.n)
	default:
		q = shift(r.anchor, unitQuarter, -1)
		if r.hasRefQtr {
			q = r.refQuarter
		}
		if e.n == -4 {
			q.year--
		}
	}
	if q.g == unitQuarter && e.n != -4 {
		r.refQuarter, r.hasRefQtr = q, true
	}
	return q.value()
}

// governingDates appends one SentenceDate per sentence of doc to dst.
// bareClock marks the times that are a clock time alone, whose day comes
// from the context: a day the sentence names is preferred to them.
func governingDates(doc *sitrep.Document, r resolver, bareClock []bool, dst []sitrep.SentenceDate) []sitrep.SentenceDate {
	bare := func(k int) bool { return k < len(bareClock) && bareClock[k] }
	// A date that follows a verb of speech dates the speaking: "said
	// Wednesday that its strike on Monday had hit a depot" happened on
	// Monday. Another date of the sentence, as fine, governs it.
	spoken := func(k int) bool { return dateOfSpeech(doc.Text, doc.Times[k].Span) }
	fallback := sitrep.SentenceDate{Time: -1}
	if p := doc.Meta.Published; !p.IsZero() {
		fallback.Value, fallback.Precision = day(p).Format("2006-01-02"), sitrep.TimeWeek
		if k, ok := datelineDay(doc); ok {
			// The dateline dates the report more closely than the
			// publication time, which may fall on the next day in UTC.
			// Like the publication date, it is no time of the sentence's.
			fallback.Value = doc.Times[k].Value[:10]
		}
	} else if r.known {
		fallback.Value, fallback.Precision = r.anchor.Format("2006-01-02"), sitrep.TimeWeek
		for i, t := range doc.Times {
			if strings.HasPrefix(t.Value, fallback.Value) {
				fallback.Time = i
				break
			}
		}
	}
	ti := 0
	var carry sitrep.SentenceDate
	carryPara := -1
	for _, sent := range doc.Sentences {
		// The finest date of the sentence, never the dateline's: that is
		// when the report was filed, and the publication date stands for it.
		best, bestPrec, bestEnd := -1, sitrep.TimePrecision(0), -1
		for ti < len(doc.Times) && doc.Times[ti].Start < sent.Start {
			ti++
		}
		for k := ti; k < len(doc.Times) && doc.Times[k].End <= sent.End; k++ {
			prec := precisionOf(doc.Times[k])
			if prec == 0 || inDateline(doc, doc.Times[k].Span) || reducedRelative(doc.Text, sent.Start, doc.Times[k].Span) {
				continue
			}
			end := -1
			if prec == sitrep.TimeDay && k+1 < len(doc.Times) && doc.Times[k+1].End <= sent.End &&
				precisionOf(doc.Times[k+1]) == sitrep.TimeDay && isRange(doc.Text, doc.Times[k].Span, doc.Times[k+1].Span) {
				// "from Monday to Wednesday": a range of days.
				prec, end = sitrep.TimeWeek, k+1
			}
			if best < 0 || prec < bestPrec || prec == bestPrec && (bare(best) && !bare(k) || spoken(best) && !spoken(k) && !boundOrModifier(doc.Text, doc.Times[k].Span)) {
				best, bestPrec, bestEnd = k, prec, end
			}
			if end >= 0 {
				k = end
			}
		}
		switch {
		case best >= 0:
			v := doc.Times[best].Value
			switch {
			case bestEnd >= 0:
				// A range is dated by its first day.
				v = min(v[:10], doc.Times[bestEnd].Value[:10])
			case bestPrec == sitrep.TimeDay:
				v = v[:10]
			}
			carry = sitrep.SentenceDate{Time: best, Value: v, Precision: bestPrec}
			carryPara = sent.Paragraph
			dst = append(dst, carry)
		case carryPara == sent.Paragraph:
			dst = append(dst, carry)
		default:
			dst = append(dst, fallback)
		}
	}
	return dst
}

// datelineDay returns the index in doc.Times of the day the dateline
// gives ("GAZA, June 3 (Reuters) -"), if it gives one.
func datelineDay(doc *sitrep.Document) (int, bool) {
	for k, t := range doc.Times {
		if inDateline(doc, t.Span) {
			return k, precisionOf(t) == sitrep.TimeDay
		}
		if t.Start > doc.Meta.Dateline.Span.End {
			break
		}
	}
	return -1, false
}

// dateOfSpeech reports whether the date at sp follows a verb of speech,
// with or without "on": "said Wednesday", "announced on Monday". (In "told
// reporters on Monday" the hearer stands between, and it is not seen.)
func dateOfSpeech(text string, sp sitrep.Span) bool {
	return speechVerbs[wordBefore(text, sp.Start, true)]
}

// wordBefore returns the lower-cased word that ends before byte offset
// at, looking back a few words; past an "on" if skipOn is set.
func wordBefore(text string, at int, skipOn bool) string {
	before := strings.TrimRight(text[max(0, at-24):at], " ")
	if skipOn {
		before = strings.TrimSuffix(before, " on")
	}
	i := strings.LastIndexByte(before, ' ')
	return strings.ToLower(before[i+1:])
}

// reducedRelative reports whether the date at sp, in a sentence starting
// at byte start, dates an act named as the object of the sentence's verb
// rather than the sentence's own: "accused Israel of violating the
// ceasefire agreed in November" (a noun after an article, a participle,
// "in" or "on", and before them a verb in the past). The sentence takes
// another date, or the paragraph's.
func reducedRelative(text string, start int, sp sitrep.Span) bool {
	words := strings.Fields(strings.ToLower(text[start:sp.Start]))
	n := len(words)
	if n < 5 || words[n-1] != "in" && words[n-1] != "on" || !datedParticiples[words[n-2]] {
		return false
	}
	noun, article := words[n-3], words[n-4]
	if article != "the" && article != "a" && article != "an" || !isLowerWord(noun) {
		return false
	}
	for _, w := range words[:n-4] {
		if speechVerbs[w] || strings.HasSuffix(w, "ed") && len(w) > 4 {
			return true
		}
	}
	return false
}

// datedParticiples name how an agreement or a measure came about, dated
// after them: "the ceasefire agreed in November", "a deal signed in 2015".
var datedParticiples = map[string]bool{"agreed": true, "signed": true, "reached": true, "brokered": true, "adopted": true, "passed": true, "approved": true, "imposed": true}

// isLowerWord reports whether w is a word of lower-case letters.
func isLowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// boundOrModifier reports whether the date at sp bounds a period or
// names a known act rather than saying when the sentence's act happened:
// "since Oct. 7", "until March 1", "by Friday", "before Monday", "the
// April 1 strike". Such a date does not take over from the day of a
// statement.
func boundOrModifier(text string, sp sitrep.Span) bool {
	w := wordBefore(text, sp.Start, false)
	switch w {
	case "since", "until", "till", "by", "before":
		return true
	}
	if w == "the" || strings.HasPrefix(strings.ToLower(text[sp.Start:sp.End]), "the ") {
		after := strings.TrimLeft(text[sp.End:min(len(text), sp.End+2)], " ")
		return after != "" && 'a' <= after[0] && after[0] <= 'z'
	}
	return false
}

// speechVerbs are the past and present forms that report a statement.
var speechVerbs = map[string]bool{"said": true, "says": true, "announced": true, "stated": true,
	"added": true, "reported": true, "claimed": true, "confirmed": true, "denied": true, "told": true,
	"warned": true, "accused": true, "insisted": true, "acknowledged": true, "admitted": true}

// isRange reports whether the days at a and b, in this order, are the ends
// of a range: "Monday to Wednesday", "from Monday until Wednesday",
// "Monday through Wednesday", "between Monday and Wednesday".
func isRange(text string, a, b sitrep.Span) bool {
	between := strings.TrimSpace(text[a.End:b.Start])
	if len(between) > 8 {
		return false
	}
	before := strings.ToLower(text[max(0, a.Start-8):a.Start])
	switch strings.ToLower(between) {
	case "to", "until", "till", "-", "–", "—":
		return strings.HasSuffix(before, "from ") || between != "until" && between != "till"
	case "through", "thru":
		return true
	case "and":
		return strings.HasSuffix(before, "between ")
	}
	return false
}

// precisionOf returns the ACLED time precision of a date-valued time, or 0
// if t is not a calendar date (a duration, a set, a reference).
func precisionOf(t sitrep.Time) sitrep.TimePrecision {
	if t.Type != sitrep.TimeDate && t.Type != sitrep.TimeTime {
		return 0
	}
	v := t.Value
	if len(v) < 4 || v[0] < '0' || v[0] > '9' || strings.HasPrefix(v, "XXXX") {
		return 0
	}
	switch {
	case len(v) >= 10 && v[4] == '-' && v[7] == '-':
		return sitrep.TimeDay
	case strings.Contains(v, "-W"):
		return sitrep.TimeWeek
	}
	return sitrep.TimeMonth
}

// thanksgiving returns the day of November of the fourth Thursday of year.
func thanksgiving(year int) int {
	first := time.Date(year, 11, 1, 0, 0, 0, 0, time.UTC).Weekday()
	return 1 + (int(time.Thursday)-int(first)+7)%7 + 21
}
