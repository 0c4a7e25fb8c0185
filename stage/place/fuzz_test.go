package place

import (
	"context"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

func FuzzStage(f *testing.F) {
	for _, seed := range []string{benchText, "", "Deir ez-Zor province", "U.S.-led", "Alexandria, La.", "Six Flags Over Texas", "MOSCOW —"} {
		f.Add(seed, 0, 6, 6)
	}
	f.Add("JERUSALEM/BEIRUT/ (Reuters) - Text", 0, 28, 9)
	s := newStage(f)
	f.Fuzz(func(t *testing.T, text string, dlStart, dlEnd, placeEnd int) {
		doc := sitrep.NewDocument(text, sitrep.Metadata{})
		if dlStart >= 0 && dlEnd >= dlStart && dlEnd <= len(doc.Text) && placeEnd >= dlStart && placeEnd <= dlEnd {
			dl := sitrep.Span{Start: dlStart, End: dlEnd}
			doc.Meta.Dateline = sitrep.Dateline{Span: dl, Place: sitrep.Span{Start: dlStart, End: placeEnd}}
			if doc.Check() != nil {
				doc.Meta.Dateline = sitrep.Dateline{} // not on rune boundaries
			}
		}
		if err := segment.New().Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := s.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Check(); err != nil {
			t.Fatal(err)
		}
	})
}
