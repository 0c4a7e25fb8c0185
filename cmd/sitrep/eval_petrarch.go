package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/eval/petrarch"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/stage/event"
)

func newEvalPetrarchCmd() *cobra.Command {
	var asJSON bool
	var maxErrors int
	cmd := &cobra.Command{
		Use:   "petrarch FILE",
		Short: "Score event coding against the PETRARCH-2 validation records",
		Long: `petrarch runs the pipeline on every sentence of a PETRARCH-2 validation file
(PETR2_GSR_validation.xml) and compares the events found with the expected
CAMEO codings, through the CAMEO-to-PLOVER map of the PLOVER manual: a gold
coding is found when the sentence's primary event has the PLOVER category its
CAMEO code maps to (so the CAMEO roots agree up to PLOVER's merges);
any_acc relaxes this to any event of the sentence.

root_acc is that agreement over the gold codings whose root PLOVER keeps
(01 and 02 are dropped, and sentences expecting no events are counted
apart); source_acc and target_acc also require the matching event's actor,
or target, to agree on the country or IGO part of the code. --json prints
{"root_acc", "source_acc", "target_acc", "n", ...}.`,
		Example: `  sitrep eval petrarch ../shared/eval/petrarch/PETR2_GSR_validation.xml`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, events, err := newEventPipeline(cmd)
			if err != nil {
				return err
			}
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			sentences, err := petrarch.Read(f)
			if err != nil {
				return err
			}
			var runErr error
			scores, misses := petrarch.Score(sentences, func(s petrarch.Sentence) []petrarch.Event {
				doc := sitrep.NewDocument(s.Text, sitrep.Metadata{Published: parseDay(s.Date)})
				if err := p.Run(cmd.Context(), doc); err != nil && runErr == nil {
					runErr = fmt.Errorf("sentence %s: %w", s.ID, err)
				}
				var found []petrarch.Event
				primary := events.Primary(doc)
				if primary >= 0 {
					// The primary event first, so that it is the one scored.
					found = append(found, petrarchEvent(doc, doc.Events[primary]))
				}
				for i, e := range doc.Events {
					if i != primary {
						found = append(found, petrarchEvent(doc, e))
					}
				}
				return found
			})
			if runErr != nil {
				return runErr
			}
			return printResult(cmd, asJSON, scores, func(out io.Writer) error {
				fmt.Fprintf(out, "codings     %d  (dropped roots 01/02: %d; no-event sentences: %d, %d with none found)\nroot_acc    %.3f\nsource_acc  %.3f\ntarget_acc  %.3f\n",
					scores.N, scores.Dropped, scores.NoEvent, scores.NoEventOK, scores.RootAcc, scores.SourceAcc, scores.TargetAcc)
				for i, m := range misses {
					if i >= maxErrors {
						break
					}
					fmt.Fprintf(out, "%s\tgold %s→%s %s→%s\tsystem %v\t%s\n", m.Sentence.ID, m.Gold.Event, petrarch.PLOVER(m.Gold.Event), m.Gold.Source, m.Gold.Target, m.System, m.Sentence.Text)
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of text")
	cmd.Flags().IntVar(&maxErrors, "errors", 0, "also print up to this many gold codings the primary event misses")
	return cmd
}

// eventStage returns the event stage of p, which the event evaluations
// ask for each document's primary event.
// newEventPipeline returns the standard pipeline and its event stage, for
// the evaluations that ask the stage which event of a document is primary.
func newEventPipeline(cmd *cobra.Command) (*pipeline.Pipeline, *event.Stage, error) {
	p, err := newPipeline(cmd)
	if err != nil {
		return nil, nil, err
	}
	for _, s := range p.Stages() {
		if e, ok := s.(*event.Stage); ok {
			return p, e, nil
		}
	}
	return nil, nil, errors.New("the pipeline has no event stage")
}

func petrarchEvent(doc *sitrep.Document, e sitrep.Event) petrarch.Event {
	return petrarch.Event{Category: string(e.Category), Actor: event.ActorCode(doc, e.Actor), Target: event.ActorCode(doc, e.Target)}
}
