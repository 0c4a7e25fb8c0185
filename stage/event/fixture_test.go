package event

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

// A fixture builds a document whose earlier layers are written by hand, so
// the event stage is tested apart from the stages before it.
//
// Markup in the text:
//
//	[ORG#coal the US-led coalition]   a name mention of entity "coal", type ORG
//	[NOM#coal the coalition]          a nominal mention of the same entity
//	[PRO#coal it]                     a pronoun mention of the same entity
//	{170794/1/SY Deir ez-Zor}         a toponym: GeoNames id, precision, country
type fixture struct {
	doc    *sitrep.Document
	entity map[string]int
	tb     testing.TB
}

// newFixture strips the markup of text, segments it and fills the entity and
// place layers; codes gives actor codes by entity key.
func newFixture(tb testing.TB, marked string, codes map[string]string) *fixture {
	tb.Helper()
	type pendingMention struct {
		sitrep.Span
		typ  string
		key  string
		kind sitrep.MentionKind
	}
	var text strings.Builder
	var mentions []pendingMention
	var places []sitrep.Place
	for i := 0; i < len(marked); {
		switch marked[i] {
		case '[', '{':
			closer := byte(']')
			if marked[i] == '{' {
				closer = '}'
			}
			end := strings.IndexByte(marked[i:], closer)
			if end < 0 {
				tb.Fatalf("unclosed markup at %d", i)
			}
			head, body, _ := strings.Cut(marked[i+1:i+end], " ")
			start := text.Len()
			text.WriteString(body)
			sp := sitrep.Span{Start: start, End: text.Len()}
			if closer == ']' {
				typ, key, _ := strings.Cut(head, "#")
				kind := sitrep.MentionName
				switch typ {
				case "NOM":
					kind = sitrep.MentionNominal
				case "PRO":
					kind = sitrep.MentionPronoun
				}
				mentions = append(mentions, pendingMention{sp, typ, key, kind})
			} else {
				f := strings.Split(head, "/")
				gid, _ := strconv.Atoi(f[0])
				prec, _ := strconv.Atoi(f[1])
				places = append(places, sitrep.Place{Span: sp, Kind: sitrep.PlaceToponym, Mention: -1, GeonameID: gid,
					Name: body, Country: f[2], Precision: sitrep.GeoPrecision(prec)})
			}
			i += end + 1
		default:
			text.WriteByte(marked[i])
			i++
		}
	}
	doc := sitrep.NewDocument(text.String(), sitrep.Metadata{})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		tb.Fatal(err)
	}
	fx := &fixture{doc: doc, entity: map[string]int{}, tb: tb}
	types := map[string]sitrep.EntityType{}
	for _, m := range mentions {
		if m.kind == sitrep.MentionName {
			types[m.key] = sitrep.EntityType(m.typ)
		}
	}
	for mi, m := range mentions {
		ei, ok := fx.entity[m.key]
		if !ok {
			ei = len(doc.Entities)
			fx.entity[m.key] = ei
			typ := types[m.key]
			if typ == "" {
				typ = sitrep.ORG
			}
			doc.Entities = append(doc.Entities, sitrep.Entity{Type: typ, Name: mi, Actor: codes[m.key], Affiliation: -1})
		}
		doc.Entities[ei].Mentions = append(doc.Entities[ei].Mentions, mi)
		doc.Mentions = append(doc.Mentions, sitrep.Mention{Span: m.Span, Type: doc.Entities[ei].Type, Kind: m.kind, Entity: ei})
	}
	doc.Places = places
	doc.SentenceDates = make([]sitrep.SentenceDate, len(doc.Sentences))
	for i := range doc.SentenceDates {
		doc.SentenceDates[i] = sitrep.SentenceDate{Time: -1}
	}
	return fx
}

// find returns the span of the n-th (0-based) occurrence of s in the text.
func (fx *fixture) find(s string, n int) sitrep.Span {
	fx.tb.Helper()
	off := 0
	for {
		i := strings.Index(fx.doc.Text[off:], s)
		if i < 0 {
			fx.tb.Fatalf("%q not found in fixture text", s)
		}
		if n == 0 {
			return sitrep.Span{Start: off + i, End: off + i + len(s)}
		}
		n--
		off += i + len(s)
	}
}

// date sets the governing date of the sentence holding s, from a time
// expression over when.
func (fx *fixture) date(s, when, value string) {
	sp := fx.find(when, 0)
	fx.doc.Times = append(fx.doc.Times, sitrep.Time{Span: sp, Type: sitrep.TimeDate, Value: value})
	at := fx.find(s, 0)
	for i, sen := range fx.doc.Sentences {
		if sen.Contains(at) {
			fx.doc.SentenceDates[i] = sitrep.SentenceDate{Time: len(fx.doc.Times) - 1, Value: value, Precision: sitrep.TimeDay}
		}
	}
}

// figure adds a casualty figure over s with victim category victim.
func (fx *fixture) figure(s string, unit sitrep.FigureUnit, lo, hi int, open bool, victim string) {
	sp := fx.find(s, 0)
	f := sitrep.Figure{Span: sp, Number: -1, Count: sitrep.Count{Min: lo, Max: hi, Open: open}, Unit: unit, Victim: victim, PartOf: -1}
	if victim != "" {
		if i := strings.LastIndex(s, victim); i >= 0 {
			f.VictimCue = sitrep.Span{Start: sp.Start + i, End: sp.Start + i + len(victim)}
		}
	}
	fx.doc.Figures = append(fx.doc.Figures, f)
}

// attribution adds an attribution of content by the entity key with cue.
func (fx *fixture) attribution(source, cue, content string, stance sitrep.Stance, key string, direct bool) {
	a := sitrep.Attribution{Cue: fx.find(cue, 0), Content: fx.find(content, 0), Direct: direct, Speaker: -1, Stance: stance}
	if source != "" {
		a.Source = fx.find(source, 0)
	}
	if key != "" {
		a.Speaker = fx.entity[key]
	}
	a.Span = a.Cue.Union(a.Content).Union(a.Source)
	fx.doc.Attributions = append(fx.doc.Attributions, a)
}

// run sorts the hand-made layers and runs the event stage.
func (fx *fixture) run(s *Stage) []sitrep.Event {
	fx.tb.Helper()
	sortBy(fx.doc.Figures, func(f sitrep.Figure) int { return f.Start })
	sortBy(fx.doc.Attributions, func(a sitrep.Attribution) int { return a.Start })
	if err := s.Run(context.Background(), fx.doc); err != nil {
		fx.tb.Fatal(err)
	}
	if err := fx.doc.Check(); err != nil {
		fx.tb.Fatal(err)
	}
	return fx.doc.Events
}

func sortBy[T any](xs []T, key func(T) int) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && key(xs[j]) < key(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

// entityName returns the text of an argument's entity name, or its span.
func entityName(doc *sitrep.Document, arg sitrep.Argument) string {
	if arg.Entity >= 0 {
		return doc.Mentions[doc.Entities[arg.Entity].Name].Text(doc)
	}
	return arg.Text(doc)
}

func newStage(tb testing.TB) *Stage {
	tb.Helper()
	s, err := New(Config{})
	if err != nil {
		tb.Fatal(err)
	}
	return s
}
