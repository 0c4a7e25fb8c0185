package standard_test

import (
	"context"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/golden"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/standard"
)

// BenchmarkStages runs each stage of the standard pipeline alone over the
// golden articles, each prepared by the stages before it, so that a change
// in one stage shows in that stage's figures only.
func BenchmarkStages(b *testing.B) {
	p, err := standard.New(standard.Resources{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	var docs []*sitrep.Document
	size := 0
	for _, c := range golden.Cases(b, "../testdata/articles/*.txtar") {
		d := c.Document(b)
		docs = append(docs, d)
		size += len(d.Text)
	}
	b.Run("all", func(b *testing.B) {
		if err := runDocs(ctx, p, docs); err != nil { // see runStage
			b.Fatal(err)
		}
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for b.Loop() {
			if err := runPipeline(ctx, p, docs); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, s := range p.Stages() {
		// A shallow copy of each document as the stage finds it: the
		// stage only adds layers, so every run starts from the same state.
		before := make([]sitrep.Document, len(docs))
		for i, d := range docs {
			before[i] = *d
		}
		b.Run(s.Name(), func(b *testing.B) {
			// A first run outside runStage grows this goroutine's stack,
			// which would otherwise move under a profiler's feet.
			if err := runEach(ctx, s, before); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			for b.Loop() {
				if err := runStage(ctx, s, before); err != nil {
					b.Fatal(err)
				}
			}
		})
		for _, d := range docs {
			if err := s.Run(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// runStage runs s on a fresh copy of every document. It is a function of its
// own so that instruction-count profilers can measure one stage's work alone:
//
//	GODEBUG=asyncpreemptoff=1,gcshrinkstackoff=1 valgrind --tool=callgrind \
//		--collect-atstart=no --toggle-collect='*standard_test.runStage' ...
//
//go:noinline
func runStage(ctx context.Context, s pipeline.Stage, docs []sitrep.Document) error {
	return runEach(ctx, s, docs)
}

func runEach(ctx context.Context, s pipeline.Stage, docs []sitrep.Document) error {
	for i := range docs {
		d := docs[i]
		if err := s.Run(ctx, &d); err != nil {
			return err
		}
	}
	return nil
}

// runPipeline runs p on a fresh document with the text of each of docs,
// as BenchmarkPipeline does, in a function of its own for profilers (see
// runStage).
//
//go:noinline
func runPipeline(ctx context.Context, p *pipeline.Pipeline, docs []*sitrep.Document) error {
	return runDocs(ctx, p, docs)
}

func runDocs(ctx context.Context, p *pipeline.Pipeline, docs []*sitrep.Document) error {
	for _, d := range docs {
		if err := p.Run(ctx, sitrep.NewDocument(d.Text, d.Meta)); err != nil {
			return err
		}
	}
	return nil
}
