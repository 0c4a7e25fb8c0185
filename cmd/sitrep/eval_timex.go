package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/eval/timex"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/stage/date"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

func newEvalTimexCmd() *cobra.Command {
	var asJSON bool
	var errors int
	cmd := &cobra.Command{
		Use:   "timex DIR",
		Short: "Score time expressions against TimeML (.tml) gold files",
		Long: `timex runs the segment and date stages on the text of every .tml file under
DIR, with the file's document creation time as the publication date, and
compares the time expressions found with the gold TIMEX3 (the creation time
itself excluded).

Recognition is scored under relaxed matching: a gold expression is found when
a system expression overlaps it (one to one). value_acc and type_acc are the
share of matched expressions whose TIMEX3 value, or type, is the gold one.
--json prints {"precision", "recall", "f1", "value_acc", "type_acc", "n"},
n being the number of gold expressions.`,
		Example: `  sitrep eval timex ../shared/eval/timebank/TBAQ-cleaned
  sitrep eval timex --errors 50 ../shared/eval/timebank/TBAQ-cleaned/TimeBank`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			tag, err := timexTagger()
			if err != nil {
				return err
			}
			counts, err := timex.Run(cmd.Context(), args[0], tag, errors)
			if err != nil {
				return err
			}
			m := counts.Metrics()
			return printResult(cmd, asJSON, m, func(out io.Writer) error {
				fmt.Fprintf(out, "documents  %d\ngold       %d\nsystem     %d\nmatched    %d\n", counts.Docs, counts.Gold, counts.System, counts.Matched)
				fmt.Fprintf(out, "precision  %.3f\nrecall     %.3f\nf1         %.3f\nvalue_acc  %.3f\ntype_acc   %.3f\n", m.Precision, m.Recall, m.F1, m.ValueAcc, m.TypeAcc)
				for _, e := range counts.Errors {
					fmt.Fprintf(out, "%s\tgold: %s\tsystem: %s\n", e.Doc, e.Gold, e.System)
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of text")
	cmd.Flags().IntVar(&errors, "errors", 0, "also print up to this many errors (missed, spurious, wrong value)")
	return cmd
}

// timexTagger returns a tagger made of the segment and date stages only:
// time expressions need nothing else.
func timexTagger() (timex.Tagger, error) {
	d, err := date.New(date.Config{})
	if err != nil {
		return nil, err
	}
	p, err := pipeline.New(segment.New(), d)
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, text string, dct time.Time) ([]timex.Expr, error) {
		doc := sitrep.NewDocument(text, sitrep.Metadata{Published: dct})
		if doc.Text != text {
			return nil, fmt.Errorf("text changed by normalization; offsets would not match")
		}
		if err := p.Run(ctx, doc); err != nil {
			return nil, err
		}
		out := make([]timex.Expr, len(doc.Times))
		for i, t := range doc.Times {
			out[i] = timex.Expr{Start: t.Start, End: t.End, Type: string(t.Type), Value: t.Value}
		}
		return out, nil
	}, nil
}
