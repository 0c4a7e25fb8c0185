package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	evalattrib "github.com/sitrep-dev/sitrep/eval/attrib"
	"github.com/sitrep-dev/sitrep/stage/attrib"
)

func newTrainAttribCmd() *cobra.Command {
	var dir, out string
	var epochs, folds int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "attrib --polnear DIR -o FILE",
		Short: "Train the attribution cue classifier (averaged perceptron) on PolNeAR",
		Long: `attrib trains the classifier that tells attribution cues ("said", "think",
"criticism") from other uses of the same words, on a PolNeAR-layout split
(DIR/text/*.txt, DIR/attributions/*.ann; the first annotator's file is the
gold standard, as in "sitrep eval attrib"). Each text runs through the
standard pipeline up to the entity layer, whose mentions are features.
Every tenth article is held out to choose the number of epochs. Training
is deterministic: run on ../shared/eval/polnear/train it reproduces the
shipped stage/attrib/cue_weights.bin.gz byte for byte, as long as the
segment and entity stages are unchanged.

--cv K writes no weights: it scores the training itself by K-fold
cross-validation on DIR (article i in fold i mod K; each fold run through
the attribution stage with a classifier trained on the other folds) and
prints the figures of "sitrep eval attrib", to measure a change without
looking at the dev split.`,
		Example: `  sitrep train attrib --polnear ../shared/eval/polnear/train -o stage/attrib/cue_weights.bin.gz
  sitrep train attrib --polnear ../shared/eval/polnear/train --cv 5 --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" || out == "" && folds == 0 {
				return usageError{fmt.Errorf("--polnear and -o (or --cv) are required")}
			}
			prepare, err := entityRunner(cmd)
			if err != nil {
				return err
			}
			opts := attrib.TrainOptions{MaxEpochs: epochs}
			if folds != 0 {
				result, err := evalattrib.CrossValidate(cmd.Context(), dir, folds, prepare, opts)
				if err != nil {
					return err
				}
				report := result.Report()
				return printResult(cmd, asJSON, report, func(out io.Writer) error { return report.WriteText(out) })
			}
			opts.Log = cmd.ErrOrStderr()
			train, held, err := evalattrib.CueExamples(cmd.Context(), dir, prepare)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			rep, err := attrib.TrainCues(train, held, opts, &buf)
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d candidate tokens (%d in cues); epoch %d, %d features, held-out token precision %.4f recall %.4f F1 %.4f; %d bytes written to %s\n",
				rep.Example, rep.Positive, rep.Epoch, rep.Features, rep.DevPrecision, rep.DevRecall, rep.DevF1, buf.Len(), out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "polnear", "", "PolNeAR training split: DIR/text and DIR/attributions")
	f.StringVarP(&out, "output", "o", "", "write the weights to this file")
	f.IntVar(&epochs, "epochs", 8, "most epochs to train")
	f.IntVar(&folds, "cv", 0, "score by K-fold cross-validation instead of writing weights")
	f.BoolVar(&asJSON, "json", false, "with --cv, print one JSON object instead of text")
	return cmd
}

// entityRunner returns the stages of the standard pipeline up to the one
// that adds the entity layer, as one function.
func entityRunner(cmd *cobra.Command) (func(context.Context, *sitrep.Document) error, error) {
	p, err := newPipeline(cmd)
	if err != nil {
		return nil, err
	}
	stages := p.Stages()
	for i, s := range stages {
		if slices.Contains(s.Adds(), sitrep.LayerEntities) {
			stages = stages[:i+1]
			break
		}
	}
	return func(ctx context.Context, doc *sitrep.Document) error {
		for _, s := range stages {
			if err := s.Run(ctx, doc); err != nil {
				return fmt.Errorf("%s stage: %w", s.Name(), err)
			}
		}
		return nil
	}, nil
}
