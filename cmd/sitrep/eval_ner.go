package main

import (
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/spf13/cobra"

	evalner "github.com/sitrep-dev/sitrep/eval/ner"
)

func newEvalNerCmd() *cobra.Command {
	var conll string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "ner --conll FILE [--json]",
		Short: "Score named entities against a CoNLL file (conlleval semantics)",
		Long: `ner runs the pipeline on the words of a CoNLL file (one document per
-DOCSTART-, one sentence per line) and scores its name mentions per entity,
as conlleval does: exact span and type. The last column is the gold tag,
IOB1 or IOB2. sitrep's types map to CoNLL's: PERSON to PER, ORG to ORG,
GPE, LOC and FAC to LOC, and NORP, WEAPON, EVENT and OTHER to MISC.`,
		Example: `  sitrep eval ner --conll ../shared/eval/conll2003/conllpp_dev.txt
  sitrep eval ner --conll ../shared/eval/wikigold/CONLL-format/data/wikigold.conll.txt --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if conll == "" {
				return usageError{fmt.Errorf("--conll is required")}
			}
			f, err := os.Open(conll)
			if err != nil {
				return err
			}
			docs, err := evalner.ReadCoNLL(f)
			f.Close()
			if err != nil {
				return fmt.Errorf("%s: %w", conll, err)
			}
			p, err := newPipeline(cmd)
			if err != nil {
				return err
			}
			score, err := evalner.Evaluate(cmd.Context(), docs, p.Run)
			if err != nil {
				return err
			}
			r := score.Result()
			return printResult(cmd, asJSON, r, func(out io.Writer) error {
				fmt.Fprintf(out, "%-6s %9s %9s %9s %6s\n", "type", "precision", "recall", "f1", "n")
				types := make([]string, 0, len(r.PerType))
				for t := range r.PerType {
					types = append(types, t)
				}
				slices.Sort(types)
				for _, t := range types {
					tr := r.PerType[t]
					fmt.Fprintf(out, "%-6s %9.4f %9.4f %9.4f %6d\n", t, tr.Precision, tr.Recall, tr.F1, tr.N)
				}
				fmt.Fprintf(out, "%-6s %9.4f %9.4f %9.4f %6d\n", "all", r.Precision, r.Recall, r.F1, r.N)
				return nil
			})
		},
	}
	cmd.Flags().StringVar(&conll, "conll", "", "CoNLL file to score against (last column the tag)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	return cmd
}
