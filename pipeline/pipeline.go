// Package pipeline runs annotation stages over a Document in a checked order.
//
// A Stage declares the layers it needs and the layers it adds. New checks once,
// at construction, that every needed layer is added by an earlier stage and
// that no layer is added twice. A Pipeline runs one document in one goroutine;
// callers parallelize across documents, which every Stage must allow.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/invariants"
)

// A Stage adds annotation layers to a Document.
// Run may read only the layers in Needs and may write only the layers it Adds.
// A Stage must be safe for concurrent use on different Documents.
type Stage interface {
	Name() string
	Needs() []sitrep.Layer
	Adds() []sitrep.Layer
	Run(ctx context.Context, doc *sitrep.Document) error
}

// A Pipeline runs stages in order.
type Pipeline struct {
	stages []Stage
	// Check, if set, makes Run verify doc.Check() after every stage.
	// The invariants build tag turns it on for every pipeline.
	Check bool
}

// New returns a Pipeline that runs stages in the given order, or an error if a
// stage needs a layer no earlier stage adds, or two stages add the same layer.
func New(stages ...Stage) (*Pipeline, error) {
	have := make(map[sitrep.Layer]string)
	for _, s := range stages {
		for _, l := range s.Needs() {
			if _, ok := have[l]; !ok {
				return nil, fmt.Errorf("pipeline: %s stage needs %v, which no earlier stage adds", s.Name(), l)
			}
		}
		for _, l := range s.Adds() {
			if by, ok := have[l]; ok {
				return nil, fmt.Errorf("pipeline: %s stage adds %v, which the %s stage already adds", s.Name(), l, by)
			}
			have[l] = s.Name()
		}
	}
	return &Pipeline{stages: stages, Check: invariants.Enabled}, nil
}

// Stages returns the stages in the order they run.
func (p *Pipeline) Stages() []Stage { return p.stages }

// Run runs every stage on doc, stopping at the first failure.
func (p *Pipeline) Run(ctx context.Context, doc *sitrep.Document) error {
	return p.RunTimed(ctx, doc, nil)
}

// RunTimed runs as Run does and, if spent is not nil, adds each stage's
// wall time to spent[i], i being the stage's position.
func (p *Pipeline) RunTimed(ctx context.Context, doc *sitrep.Document, spent []time.Duration) error {
	if p.Check {
		if err := doc.Check(); err != nil {
			return fmt.Errorf("before the first stage: %w", err)
		}
	}
	for i, s := range p.stages {
		if err := ctx.Err(); err != nil {
			return err
		}
		var start time.Time
		if spent != nil {
			start = time.Now()
		}
		if err := runStage(ctx, s, doc); err != nil {
			return err
		}
		if spent != nil {
			spent[i] += time.Since(start)
		}
		if p.Check {
			if err := doc.Check(); err != nil {
				return fmt.Errorf("after %s stage: %w", s.Name(), err)
			}
		}
	}
	return nil
}

// ErrStagePanicked marks a stage that panicked on a document. The pipeline
// turns the panic into an error so that one bad article cannot end a batch;
// the message carries the stack, since a panic is always a bug to fix.
var ErrStagePanicked = errors.New("pipeline: stage panicked")

func runStage(ctx context.Context, s Stage, doc *sitrep.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s stage: %w: %v\n%s", s.Name(), ErrStagePanicked, r, debug.Stack())
		}
	}()
	if err := s.Run(ctx, doc); err != nil {
		return fmt.Errorf("%s stage: %w", s.Name(), err)
	}
	return nil
}
