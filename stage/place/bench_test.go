package place

import (
	"context"
	_ "embed"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

// newsText is a wire-style news digest written for this benchmark: many
// sentences, persons and organizations between the places, as in the
// corpora the pipeline ingests.
//
//go:embed testdata/news.txt
var newsText string

// BenchmarkStageNews runs the place stage on a longer news text. (Without
// an entity layer: this package's tests do not depend on the entity stage.)
func BenchmarkStageNews(b *testing.B) {
	s := newStage(b)
	doc := sitrep.NewDocument(newsText, sitrep.Metadata{})
	ctx := context.Background()
	if err := segment.New().Run(ctx, doc); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(newsText)))
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Run(ctx, doc); err != nil {
			b.Fatal(err)
		}
	}
	if len(doc.Places) == 0 {
		b.Fatal("no places found")
	}
	b.ReportMetric(float64(len(doc.Places))*float64(b.N)/b.Elapsed().Seconds(), "toponyms/s")
}
