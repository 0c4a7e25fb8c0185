package event

import (
	"context"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

// FuzzStage runs the stage on arbitrary text after segmentation, with one
// mention, place, figure and attribution laid over whatever the text holds:
// it must not panic, and the document must pass Check.
func FuzzStage(f *testing.F) {
	f.Add("Rebels shelled the town, killing at least 14 civilians.")
	f.Add("“We ask the council to act,” the ministry said. It denied that the coalition carried out an airstrike.")
	f.Add("If they attack, they will not meet; the talks were cancelled by\x00 the army’s")
	f.Add("")
	f.Add("to to to to attack attack by by by")
	s := newStage(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc := sitrep.NewDocument(text, sitrep.Metadata{})
		if err := segment.New().Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if n := len(doc.Tokens); n > 0 {
			first, last := doc.Tokens[0].Span, doc.Tokens[n-1].Span
			doc.Entities = []sitrep.Entity{{Type: sitrep.ORG, Name: 0, Mentions: []int{0}, Affiliation: -1, Actor: "SYRGOV"}}
			doc.Mentions = []sitrep.Mention{{Span: first, Type: sitrep.ORG, Kind: sitrep.MentionName, Entity: 0}}
			doc.Places = []sitrep.Place{{Span: last, Kind: sitrep.PlaceToponym, Mention: -1, GeonameID: 1, Country: "SY", Precision: sitrep.PrecisionTown}}
			doc.Figures = []sitrep.Figure{{Span: last, Number: -1, Count: sitrep.Count{Min: 1, Max: 1}, Unit: sitrep.UnitKilled, PartOf: -1}}
			whole := sitrep.Span{Start: first.Start, End: last.End}
			doc.Attributions = []sitrep.Attribution{{Span: whole, Source: first, Cue: first, Content: whole, Speaker: 0, Stance: sitrep.StanceDeny}}
		}
		doc.SentenceDates = make([]sitrep.SentenceDate, len(doc.Sentences))
		for i := range doc.SentenceDates {
			doc.SentenceDates[i] = sitrep.SentenceDate{Time: -1}
		}
		if err := s.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Check(); err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkStage measures the event stage alone on a short report whose
// earlier layers are filled by hand.
func BenchmarkStage(b *testing.B) {
	fx := reportFixture(b)
	base := *fx.doc
	s := newStage(b)
	b.SetBytes(int64(len(base.Text)))
	b.ReportAllocs()
	for b.Loop() {
		doc := base
		doc.Events = nil
		if err := s.Run(context.Background(), &doc); err != nil {
			b.Fatal(err)
		}
	}
}
