package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/eval/facts"
	"github.com/sitrep-dev/sitrep/ingest"
)

func newEvalFactsCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "facts DIR",
		Short: "Score the pipeline against fact files (gold/FORMAT.md)",
		Long: `facts runs the pipeline on every NAME.txt (or NAME.html) in DIR that has a
NAME.facts.json beside it, matches the output against the facts, and prints
recall per category and overall, and precision and F1 for the categories a
fact file lists as complete.

The fact file's "published" date is given to the reader; its "source" is
not, since the reader must detect the publisher: that is reported on its
own line. Text output lists, per article, each gold fact missed (with the
nearest system item and what it lacks) and each false item of a complete
category. Odd fact files are scored as far as they go: unknown categories
and fields are ignored with a warning.

--json prints one object: {"overall", "categories", "sources", "articles",
"warnings"}, where each score is {"gold", "found", "recall", "precision",
"f1", "system", "correct"} and undefined ratios are null.`,
		Example: `  sitrep eval facts ../shared/gold
  sitrep eval facts --json ../shared/gold | jq .overall`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := newPipeline(cmd)
			if err != nil {
				return err
			}
			report, err := facts.Evaluate(cmd.Context(), args[0], ingest.ReadFile, p)
			if err != nil {
				return err
			}
			return printResult(cmd, asJSON, report, func(out io.Writer) error { return report.WriteText(out) })
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of text")
	return cmd
}
