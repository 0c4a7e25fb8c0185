package sitrep

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// Check reports the first violated invariant of d, or nil:
//   - Text is valid UTF-8, NFC, with LF line endings;
//   - every span lies inside Text and starts and ends on rune boundaries;
//   - every span layer is sorted by Start;
//   - every cross-layer index refers to an existing element.
func (d *Document) Check() error {
	if strings.IndexByte(d.Text, '\r') >= 0 {
		return fmt.Errorf("sitrep: text contains CR")
	}
	if !norm.NFC.IsNormalString(d.Text) {
		return fmt.Errorf("sitrep: text is not NFC")
	}
	c := checker{d: d}
	c.spans("dateline", 1, func(int) Span { return d.Meta.Dateline.Span })
	c.spans("dateline place", 1, func(int) Span { return d.Meta.Dateline.Place })
	c.spans("dateline source", 1, func(int) Span { return d.Meta.Dateline.Source })
	c.sorted("tokens", len(d.Tokens), func(i int) Span { return d.Tokens[i].Span })
	c.sorted("sentences", len(d.Sentences), func(i int) Span { return d.Sentences[i].Span })
	for i, s := range d.Sentences {
		c.rangeOK("sentence", i, "tokens", s.Tokens, len(d.Tokens))
	}
	c.sorted("mentions", len(d.Mentions), func(i int) Span { return d.Mentions[i].Span })
	for i, m := range d.Mentions {
		c.ref("mention", i, "entity", m.Entity, len(d.Entities), true)
	}
	for i, e := range d.Entities {
		c.ref("entity", i, "name", e.Name, len(d.Mentions), false)
		for _, m := range e.Mentions {
			c.ref("entity", i, "mention", m, len(d.Mentions), false)
		}
		c.ref("entity", i, "affiliation", e.Affiliation, len(d.Entities), true)
		c.spans("entity role", 1, func(int) Span { return e.Role })
	}
	c.sorted("places", len(d.Places), func(i int) Span { return d.Places[i].Span })
	for i, p := range d.Places {
		c.ref("place", i, "mention", p.Mention, len(d.Mentions), true)
	}
	c.ref("focus", 0, "city", d.Focus.City, len(d.Places), true)
	c.sorted("times", len(d.Times), func(i int) Span { return d.Times[i].Span })
	if d.SentenceDates != nil && len(d.SentenceDates) != len(d.Sentences) {
		c.fail("sitrep: %d sentence dates for %d sentences", len(d.SentenceDates), len(d.Sentences))
	}
	for i, sd := range d.SentenceDates {
		c.ref("sentence date", i, "time", sd.Time, len(d.Times), true)
	}
	c.sorted("numbers", len(d.Numbers), func(i int) Span { return d.Numbers[i].Span })
	c.sorted("figures", len(d.Figures), func(i int) Span { return d.Figures[i].Span })
	for i, f := range d.Figures {
		c.ref("figure", i, "number", f.Number, len(d.Numbers), true)
		c.ref("figure", i, "part of", f.PartOf, len(d.Figures), true)
		c.spans("figure unit cue", 1, func(int) Span { return f.UnitCue })
		c.spans("figure victim cue", 1, func(int) Span { return f.VictimCue })
	}
	c.sorted("attributions", len(d.Attributions), func(i int) Span { return d.Attributions[i].Span })
	for i, a := range d.Attributions {
		c.spans("attribution source", 1, func(int) Span { return a.Source })
		c.spans("attribution cue", 1, func(int) Span { return a.Cue })
		c.spans("attribution content", 1, func(int) Span { return a.Content })
		c.ref("attribution", i, "speaker", a.Speaker, len(d.Entities), true)
		for _, e := range a.CoSpeakers {
			c.ref("attribution", i, "co-speaker", e, len(d.Entities), false)
		}
		c.spans("attribution quoted", len(a.Quoted), func(k int) Span { return a.Quoted[k] })
		for _, q := range a.Quoted {
			if !a.Content.Contains(q) {
				c.fail("sitrep: attribution %d: quoted [%d,%d) is not inside its content", i, q.Start, q.End)
				break
			}
		}
		for _, l := range a.Via {
			c.spans("attribution via", 1, func(int) Span { return l.Span })
			c.ref("attribution", i, "via entity", l.Entity, len(d.Entities), true)
		}
	}
	c.sorted("events", len(d.Events), func(i int) Span { return d.Events[i].Span })
	for i, e := range d.Events {
		for _, a := range []Argument{e.Actor, e.Target} {
			c.spans("event argument", 1, func(int) Span { return a.Span })
			c.ref("event", i, "argument mention", a.Mention, len(d.Mentions), true)
			c.ref("event", i, "argument entity", a.Entity, len(d.Entities), true)
		}
		c.ref("event", i, "place", e.Place, len(d.Places), true)
		c.ref("event", i, "date time", e.Date.Time, len(d.Times), true)
		c.ref("event", i, "dead", e.Dead, len(d.Figures), true)
		c.ref("event", i, "injured", e.Injured, len(d.Figures), true)
		for _, f := range e.Figures {
			c.ref("event", i, "figure", f, len(d.Figures), false)
		}
		for _, s := range e.Sources {
			c.ref("event", i, "source", s, len(d.Attributions), false)
		}
		for _, cl := range e.Claims {
			c.ref("event", i, "claim attribution", cl.Attribution, len(d.Attributions), false)
			c.ref("event", i, "claim by", cl.By, len(d.Entities), true)
			c.ref("event", i, "claim actor", cl.Actor, len(d.Entities), true)
		}
		c.sorted("event evidence", len(e.Evidence), func(j int) Span { return e.Evidence[j] })
	}
	c.spans("diagnostics", len(d.Diagnostics), func(i int) Span { return d.Diagnostics[i].Span })
	return c.err
}

// checker accumulates the first invariant violation.
type checker struct {
	d   *Document
	err error
}

func (c *checker) fail(format string, args ...any) {
	if c.err == nil {
		c.err = fmt.Errorf(format, args...)
	}
}

// spans checks that each of n spans lies inside the text on rune boundaries.
func (c *checker) spans(what string, n int, at func(int) Span) {
	for i := range n {
		if s := at(i); !s.valid(c.d.Text) {
			c.fail("sitrep: %s %d: span [%d,%d) is outside the text or splits a character", what, i, s.Start, s.End)
			return
		}
	}
}

// sorted checks spans as spans does, and that they are sorted by Start.
func (c *checker) sorted(what string, n int, at func(int) Span) {
	c.spans(what, n, at)
	for i := 1; i < n; i++ {
		if at(i).Start < at(i-1).Start {
			c.fail("sitrep: %s %d starts at %d, before %s %d at %d", what, i, at(i).Start, what, i-1, at(i-1).Start)
			return
		}
	}
}

// ref checks that index i refers into a slice of length n; -1 is allowed if optional.
func (c *checker) ref(what string, at int, field string, i, n int, optional bool) {
	if optional && i == -1 {
		return
	}
	if i < 0 || i >= n {
		c.fail("sitrep: %s %d: %s index %d out of range [0,%d)", what, at, field, i, n)
	}
}

func (c *checker) rangeOK(what string, at int, field string, r Range, n int) {
	if r.Start < 0 || r.End < r.Start || r.End > n {
		c.fail("sitrep: %s %d: %s range [%d,%d) out of range [0,%d)", what, at, field, r.Start, r.End, n)
	}
}
