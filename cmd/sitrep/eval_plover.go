package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/eval/plover"
	"github.com/sitrep-dev/sitrep/stage/event"
)

func newEvalPloverCmd() *cobra.Command {
	var asJSON bool
	var errors int
	cmd := &cobra.Command{
		Use:   "plover FILE",
		Short: "Score event coding against the PLOVER gold-standard records",
		Long: `plover runs the pipeline on the sentence of every record of a PLOVER
gold-standard file (PLOVER_GSR_CAMEO, a JSON array) and compares the primary
event found with the record. The 2016 category names of the records are
mapped to PLOVER 2021 (DEMAND→REQUEST, DISAPPROVE→ACCUSE disapprove,
INVESTIGATE→ACCUSE investigate, FIGHT→ASSAULT), and their modes likewise.

type_acc is category agreement over all records; mode_acc is category and
mode agreement over records with a gold mode; actor_acc and target_acc are
agreement on the country or IGO part of the actor code over records whose
gold source or target has one. --json prints {"type_acc", "mode_acc",
"actor_acc", "target_acc", "n", ...}.`,
		Example: `  sitrep eval plover ../shared/eval/plover/PLOVER_GSR_CAMEO.odd.txt
  sitrep eval plover --errors 20 ../shared/eval/plover/PLOVER_GSR_CAMEO.odd.txt`,
		Args: cobra.ExactArgs(1),
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
			records, err := plover.Read(f)
			if err != nil {
				return err
			}
			var runErr error
			scores, misses := plover.Score(records, func(r plover.Record) plover.Coding {
				doc := sitrep.NewDocument(r.Text, sitrep.Metadata{Published: parseDay(r.Date)})
				if err := p.Run(cmd.Context(), doc); err != nil && runErr == nil {
					runErr = fmt.Errorf("record %s: %w", r.ID, err)
				}
				i := events.Primary(doc)
				if i < 0 {
					return plover.Coding{}
				}
				e := doc.Events[i]
				return plover.Coding{Category: string(e.Category), Mode: e.Mode,
					Actor: event.ActorCode(doc, e.Actor), Target: event.ActorCode(doc, e.Target)}
			})
			if runErr != nil {
				return runErr
			}
			return printResult(cmd, asJSON, scores, func(out io.Writer) error {
				fmt.Fprintf(out, "records     %d\ntype_acc    %.3f\nmode_acc    %.3f  (n=%d)\nactor_acc   %.3f  (n=%d)\ntarget_acc  %.3f  (n=%d)\n",
					scores.N, scores.TypeAcc, scores.ModeAcc, scores.NMode, scores.ActorAcc, scores.NActor, scores.TargetAcc, scores.NTarget)
				for i, m := range misses {
					if i >= errors {
						break
					}
					fmt.Fprintf(out, "%s\tgold %s %s\tsystem %s %s\t%s\n", m.Record.ID, m.Record.Category, m.Record.Mode, m.Coding.Category, m.Coding.Mode, m.Record.Text)
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of text")
	cmd.Flags().IntVar(&errors, "errors", 0, "also print up to this many records coded with the wrong category")
	return cmd
}

// parseDay parses a "2006-01-02" or "20060102" date; the zero time if neither.
func parseDay(s string) time.Time {
	for _, layout := range []string{"2006-01-02", "20060102"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
