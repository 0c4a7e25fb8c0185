package pipeline

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

type fakeStage struct {
	name        string
	needs, adds []sitrep.Layer
	run         func(*sitrep.Document) error
}

func (f fakeStage) Name() string          { return f.name }
func (f fakeStage) Needs() []sitrep.Layer { return f.needs }
func (f fakeStage) Adds() []sitrep.Layer  { return f.adds }
func (f fakeStage) Run(_ context.Context, d *sitrep.Document) error {
	if f.run != nil {
		return f.run(d)
	}
	return nil
}

func TestNewChecksOrder(t *testing.T) {
	tok := fakeStage{name: "tok", adds: []sitrep.Layer{sitrep.LayerTokens}}
	ent := fakeStage{name: "ent", needs: []sitrep.Layer{sitrep.LayerTokens}, adds: []sitrep.Layer{sitrep.LayerEntities}}
	if _, err := New(tok, ent); err != nil {
		t.Errorf("New(tok, ent) = %v, want nil", err)
	}
	if _, err := New(ent, tok); err == nil || !strings.Contains(err.Error(), "needs tokens") {
		t.Errorf("New(ent, tok) = %v, want a missing-layer error", err)
	}
	if _, err := New(tok, tok); err == nil || !strings.Contains(err.Error(), "already adds") {
		t.Errorf("New(tok, tok) = %v, want a duplicate-layer error", err)
	}
}

func TestRunWrapsErrorsAndChecks(t *testing.T) {
	boom := errors.New("boom")
	p, _ := New(fakeStage{name: "bad", run: func(*sitrep.Document) error { return boom }})
	if err := p.Run(context.Background(), sitrep.NewDocument("x", sitrep.Metadata{})); !errors.Is(err, boom) || !strings.Contains(err.Error(), "bad stage") {
		t.Errorf("Run = %v, want boom wrapped with the stage name", err)
	}
	corrupt := fakeStage{name: "corrupt", adds: []sitrep.Layer{sitrep.LayerTokens}, run: func(d *sitrep.Document) error {
		d.Tokens = append(d.Tokens, sitrep.Token{Span: sitrep.Span{Start: 0, End: 100}})
		return nil
	}}
	p, _ = New(corrupt)
	p.Check = true
	if err := p.Run(context.Background(), sitrep.NewDocument("x", sitrep.Metadata{})); err == nil || !strings.Contains(err.Error(), "after corrupt stage") {
		t.Errorf("Run with Check = %v, want an invariant error after the corrupt stage", err)
	}
}

func TestRunStopsWhenCancelled(t *testing.T) {
	ran := false
	p, _ := New(fakeStage{name: "s", run: func(*sitrep.Document) error { ran = true; return nil }})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.Run(ctx, sitrep.NewDocument("x", sitrep.Metadata{})); !errors.Is(err, context.Canceled) || ran {
		t.Errorf("Run on a cancelled context = %v (ran %v), want context.Canceled without running", err, ran)
	}
}

func TestRunTurnsPanicsIntoErrors(t *testing.T) {
	p, _ := New(fakeStage{name: "buggy", run: func(d *sitrep.Document) error {
		var xs []int
		_ = xs[len(d.Text)] // index out of range
		return nil
	}})
	err := p.Run(context.Background(), sitrep.NewDocument("x", sitrep.Metadata{}))
	if !errors.Is(err, ErrStagePanicked) || !strings.Contains(err.Error(), "buggy stage") {
		t.Errorf("Run = %v, want ErrStagePanicked from the buggy stage", err)
	}
}
