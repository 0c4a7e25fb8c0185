package entity_test

import (
	"context"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

func FuzzStage(f *testing.F) {
	for _, s := range []string{
		"MOSCOW (Sputnik) — The Syrian Foreign Ministry has urged the UN Security Council to act.",
		"Army Col. Ryan Dillon, the spokesman for US-led anti-Daesh coalition’s Operation Inherent Resolve (OIR), has denied it.",
		"Damascus has rebuked the coalition. The alliance, which includes over 70 members, denied it. It said so.",
		"Turkish police and Kurdish fighters; civilians, a coalition spokesman and a security source.",
		"", "(((", "Col. Col. Col.", "F-16 Su-24 S-400",
	} {
		f.Add(s)
	}
	s := newStage(f)
	f.Fuzz(func(t *testing.T, text string) {
		doc := sitrep.NewDocument(text, sitrep.Metadata{})
		if err := segment.New().Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := s.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Check(); err != nil {
			t.Fatal(err)
		}
		for i, m := range doc.Mentions {
			if m.Entity < 0 || m.Entity >= len(doc.Entities) {
				t.Fatalf("mention %d has no entity", i)
			}
		}
	})
}
