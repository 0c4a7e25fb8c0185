package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"slices"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	evalattrib "github.com/sitrep-dev/sitrep/eval/attrib"
	"github.com/sitrep-dev/sitrep/stage/attrib"
)

func newTrainAttribCmd() *cobra.Command {
	var dir, out string
	var epochs int
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
segment and entity stages are unchanged.`,
		Example: `  sitrep train attrib --polnear ../shared/eval/polnear/train -o stage/attrib/cue_weights.bin.gz`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" || out == "" {
				return usageError{fmt.Errorf("--polnear and -o are required")}
			}
			prepare, err := entityRunner(cmd)
			if err != nil {
				return err
			}
			train, held, err := evalattrib.CueExamples(cmd.Context(), dir, prepare)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			rep, err := attrib.TrainCues(train, held, attrib.TrainOptions{MaxEpochs: epochs, Log: cmd.ErrOrStderr()}, &buf)
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
