package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
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
	var dir, out, judgeOut, predictions string
	var epochs, folds int
	var asJSON, noJudge bool
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

--judge FILE also trains the judge of candidate attributions, which keeps
or drops each attribution the rules build around a cue, a word the
classifier nearly passed, or a cue nested in another content; it is
trained on candidates found with classifiers trained on the other folds
of DIR (5 folds), and reproduces the shipped
stage/attrib/judge_weights.bin.gz likewise.

--cv K writes no weights: it scores the training itself by K-fold
cross-validation on DIR (article i in fold i mod K; each fold run through
the attribution stage with a classifier and a judge trained on the other
folds) and prints the figures of "sitrep eval attrib", to measure a
change without looking at the dev split.

--predictions FILE, with --cv, also writes each article's out-of-fold
cues as one JSON line: {"article", "fold", "cues": [{"start", "end",
"text", "gold"}], "missed": [...]}, where "gold" tells whether the cue
overlaps a gold cue and "missed" lists the gold cues no cue overlaps.
Run it before and after a change to the rules and compare the files to
see which cues the change drops or adds, and whether they were true.`,
		Example: `  sitrep train attrib --polnear ../shared/eval/polnear/train -o stage/attrib/cue_weights.bin.gz --judge stage/attrib/judge_weights.bin.gz
  sitrep train attrib --polnear ../shared/eval/polnear/train --cv 5 --json
  sitrep train attrib --polnear ../shared/eval/polnear/train --cv 5 --predictions /tmp/oof.jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" || out == "" && folds == 0 {
				return usageError{fmt.Errorf("--polnear and -o (or --cv) are required")}
			}
			if predictions != "" && folds == 0 {
				return usageError{fmt.Errorf("--predictions needs --cv")}
			}
			prepare, err := entityRunner(cmd)
			if err != nil {
				return err
			}
			opts := attrib.TrainOptions{MaxEpochs: epochs}
			if folds != 0 {
				each, finish, err := predictionWriter(predictions)
				if err != nil {
					return err
				}
				result, err := evalattrib.CrossValidateEach(cmd.Context(), dir, folds, prepare, opts, !noJudge, each)
				if err = errors.Join(err, finish()); err != nil {
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
			err = trainTo(cmd, out, "candidate tokens (%d in cues); epoch %d (first order), %d features, held-out token", func(w io.Writer) (attrib.TrainReport, error) {
				return attrib.TrainCues(train, held, opts, w)
			})
			if err != nil || judgeOut == "" {
				return err
			}
			return trainTo(cmd, judgeOut, "candidate attributions (%d with a gold cue); epoch %d, %d features, out-of-fold cue", func(w io.Writer) (attrib.TrainReport, error) {
				return attrib.TrainJudge(train, held, opts, w)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "polnear", "", "PolNeAR training split: DIR/text and DIR/attributions")
	f.StringVarP(&out, "output", "o", "", "write the weights to this file")
	f.StringVar(&judgeOut, "judge", "", "also train the judge of candidate attributions and write it to this file")
	f.IntVar(&epochs, "epochs", 8, "most epochs to train")
	f.IntVar(&folds, "cv", 0, "score by K-fold cross-validation instead of writing weights")
	f.BoolVar(&noJudge, "no-judge", false, "with --cv, score without the judge of candidate attributions")
	f.BoolVar(&asJSON, "json", false, "with --cv, print one JSON object instead of text")
	f.StringVar(&predictions, "predictions", "", "with --cv, also write each article's out-of-fold cues to this file (JSON lines)")
	return cmd
}

// predictionWriter returns the function that writes each article's
// out-of-fold cues to the file path as a JSON line, and the one that
// closes the file; both do nothing if path is "".
func predictionWriter(path string) (each func(evalattrib.Article, int, *sitrep.Document) error, finish func() error, err error) {
	if path == "" {
		return nil, func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, nil, err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	each = func(art evalattrib.Article, fold int, doc *sitrep.Document) error {
		cues, missed := evalattrib.CheckCues(art, doc.Attributions)
		return enc.Encode(struct {
			Article string                `json:"article"`
			Fold    int                   `json:"fold"`
			Cues    []evalattrib.CueCheck `json:"cues"`
			Missed  []evalattrib.CueCheck `json:"missed"`
		}{art.Name, fold, cues, missed})
	}
	finish = func() error { return errors.Join(w.Flush(), f.Close()) }
	return each, finish, nil
}

// trainTo runs train, writes what it writes to the file path, and
// prints its report, which describe (a format of the counts of positive
// examples, the epoch and the features) opens.
func trainTo(cmd *cobra.Command, path, describe string, train func(io.Writer) (attrib.TrainReport, error)) error {
	var buf bytes.Buffer
	rep, err := train(&buf)
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(cmd.OutOrStdout(), "%d "+describe+" precision %.4f recall %.4f F1 %.4f; %d bytes written to %s\n",
		rep.Example, rep.Positive, rep.Epoch, rep.Features, rep.DevPrecision, rep.DevRecall, rep.DevF1, buf.Len(), path)
	return nil
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
