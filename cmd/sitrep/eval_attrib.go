package main

import (
	"context"
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	evalattrib "github.com/sitrep-dev/sitrep/eval/attrib"
	"github.com/sitrep-dev/sitrep/stage/attrib"
)

func newEvalAttribCmd() *cobra.Command {
	var asJSON, agreement bool
	cmd := &cobra.Command{
		Use:   "attrib DIR",
		Short: "Score attributions against a PolNeAR-layout corpus",
		Long: `attrib runs the pipeline on every DIR/text/NAME.txt that has an annotation
file DIR/attributions/NAME_ANNOTATOR.ann (brat standoff: T lines give Source,
Cue and Content spans, E lines tie them), and scores the attributions found.

Spans are matched one to one, under overlap and under exact matching (after
trimming white space). Scores are F1 per part (cue, source, content) and per
attribution, where cue, source and content must all match (a part absent on
both sides matches). Where several annotators annotated a text, the first
annotation file in name order is the gold standard.

--agreement scores human annotators instead of the pipeline: on texts that
several annotated, each annotation file after the first is scored against
the first, which shows how far a system can go under the same scoring.

Gold attributions without a source (about 7% in PolNeAR) match only a
prediction without one; that, one-to-one matching and a single annotator
as gold make the scores strict.

--json prints {"cue_f1", "source_f1", "content_f1", "attribution_f1",
"exact": {...}, "n", "detail"}: the headline figures use overlap matching,
n is the number of articles, detail holds precision, recall and counts.`,
		Example: `  sitrep eval attrib ../shared/eval/polnear/dev
  sitrep eval attrib --agreement ../shared/eval/polnear/train
  sitrep eval attrib --json ../shared/eval/polnear/dev | jq .attribution_f1`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var result *evalattrib.Result
			if agreement {
				r, err := evalattrib.Agreement(args[0])
				if err != nil {
					return err
				}
				result = r
			} else {
				annotate, err := attributionRunner(cmd)
				if err != nil {
					return err
				}
				r, err := evalattrib.Run(cmd.Context(), args[0], annotate)
				if err != nil {
					return err
				}
				result = r
			}
			report := result.Report()
			return printResult(cmd, asJSON, report, func(out io.Writer) error { return report.WriteText(out) })
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of text")
	cmd.Flags().BoolVar(&agreement, "agreement", false, "score the other annotators of multiply annotated texts against the first, instead of the pipeline")
	return cmd
}

// attributionRunner returns the standard pipeline as a function, followed
// by the attribution stage if the pipeline does not include it yet.
func attributionRunner(cmd *cobra.Command) (func(context.Context, *sitrep.Document) error, error) {
	p, err := newPipeline(cmd)
	if err != nil {
		return nil, err
	}
	for _, s := range p.Stages() {
		if slices.Contains(s.Adds(), sitrep.LayerAttributions) {
			return p.Run, nil
		}
	}
	st, err := attrib.New()
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, doc *sitrep.Document) error {
		if err := p.Run(ctx, doc); err != nil {
			return err
		}
		return st.Run(ctx, doc)
	}, nil
}
