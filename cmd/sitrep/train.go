package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	evalner "github.com/sitrep-dev/sitrep/eval/ner"
	"github.com/sitrep-dev/sitrep/ner"
)

func newTrainCmd() *cobra.Command {
	train := &cobra.Command{
		Use:   "train",
		Short: "Train sitrep's statistical models from annotated corpora",
	}
	var conll, dev, out string
	var epochs int
	var dropout, minWeight float64
	nerCmd := &cobra.Command{
		Use:   "ner --conll FILE --dev FILE -o FILE",
		Short: "Train the named-entity tagger (averaged perceptron) on CoNLL-2003 files",
		Long: `ner trains the entity tagger on a CoNLL file (last column the tag, IOB1 or
IOB2, types PER ORG LOC MISC), keeps the epoch whose weights score best on
--dev, and writes the compressed weights to -o. Training leaves out a random
tenth of the features at each step (--dropout) and keeps only features whose
averaged weight reaches --min-weight. It is deterministic: run with the
default flags on conllpp_train.txt and conllpp_dev.txt it reproduces the
shipped ner/weights.bin.gz byte for byte (given the shipped word clusters,
ner/clusters.bin.gz, which "sitrep train clusters" makes).`,
		Example: `  sitrep train ner --conll ../shared/eval/conll2003/conllpp_train.txt \
      --dev ../shared/eval/conll2003/conllpp_dev.txt -o ner/weights.bin.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if conll == "" || dev == "" || out == "" {
				return usageError{fmt.Errorf("--conll, --dev and -o are required")}
			}
			trainSet, err := readExamples(conll)
			if err != nil {
				return err
			}
			devSet, err := readExamples(dev)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			_, report, err := ner.Train(trainSet, devSet, ner.TrainOptions{MaxEpochs: epochs, Dropout: dropout, MinWeight: minWeight, Log: cmd.ErrOrStderr()}, &buf)
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "epoch %d, %d features, dev F1 %.4f, %d bytes written to %s\n",
				report.Epoch, report.Features, report.DevF1, buf.Len(), out)
			return nil
		},
	}
	f := nerCmd.Flags()
	f.StringVar(&conll, "conll", "", "training file in CoNLL format")
	f.StringVar(&dev, "dev", "", "development file in CoNLL format, to choose the number of epochs")
	f.StringVarP(&out, "output", "o", "", "write the weights to this file")
	f.IntVar(&epochs, "epochs", 0, "maximum number of epochs (0: the default)")
	f.Float64Var(&minWeight, "min-weight", 1, "drop features whose averaged weights are all smaller in absolute value (in perceptron updates)")
	f.Float64Var(&dropout, "dropout", 0.1, "probability of leaving out each label-independent feature of a token at each training step (see ner.TrainOptions)")
	train.AddCommand(nerCmd, newTrainClustersCmd(), newTrainAttribCmd())
	return train
}

// readCoNLLFile reads the documents of a CoNLL file.
func readCoNLLFile(path string) ([]evalner.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	docs, err := evalner.ReadCoNLL(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// readExamples reads a CoNLL file as training examples, one per document.
func readExamples(path string) ([]ner.Example, error) {
	docs, err := readCoNLLFile(path)
	if err != nil {
		return nil, err
	}
	examples := make([]ner.Example, 0, len(docs))
	for i, d := range docs {
		words, tags := make([][]string, len(d.Sentences)), make([][]string, len(d.Sentences))
		for j, s := range d.Sentences {
			words[j], tags[j] = s.Words, s.Tags
		}
		ex, err := ner.NewExample(words, tags)
		if err != nil {
			return nil, fmt.Errorf("%s: document %d: %w", path, i+1, err)
		}
		examples = append(examples, ex)
	}
	return examples, nil
}
