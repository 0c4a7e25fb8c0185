package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/corpus"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/ner"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

func newTrainClustersCmd() *cobra.Command {
	var conll, text []string
	var out string
	cmd := &cobra.Command{
		Use:   "clusters [--conll FILE]... [--text FILE|DIR]... -o FILE",
		Short: "Cluster words of unlabelled text for the entity tagger's cluster features",
		Long: `clusters groups the words of unlabelled text by the words around them
(the exchange algorithm over a class bigram model) and writes the table, keyed
by hashed lower-cased words, to -o. Only the words of CoNLL files are read (not
their tags); articles (--text: files or directories, read as "sitrep ingest"
reads them) are split into sentences and tokens by the segment
stage, in name order. Read training text only, never an
evaluation set: the clusters would carry its vocabulary into the tagger.
The result is deterministic: the
shipped ner/clusters.bin.gz is reproduced by the example, and the tagger's
weights must be retrained after it changes.`,
		Example: `  sitrep train clusters --conll ../shared/eval/conll2003/conllpp_train.txt \
      --text ../shared/eval/polnear/train/text -o ner/clusters.bin.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" || len(conll)+len(text) == 0 {
				return usageError{fmt.Errorf("-o and at least one --conll or --text are required")}
			}
			var sentences [][]string
			for _, path := range conll {
				docs, err := readCoNLLFile(path)
				if err != nil {
					return err
				}
				for _, d := range docs {
					for _, s := range d.Sentences {
						sentences = append(sentences, s.Words)
					}
				}
			}
			// Text is read as ingest reads it (files, directories, JSON
			// Lines, feeds, archives), and split as the pipeline splits it.
			for it := range corpus.Read(cmd.Context(), text, corpus.Config{}) {
				if it.Err != nil {
					return fmt.Errorf("%s: %w", it.Name, it.Err)
				}
				doc, err := ingest.FromBytes(it.Data, it.Format, it.Meta)
				if err != nil {
					return fmt.Errorf("%s: %w", it.Name, err)
				}
				sentences = appendSentences(sentences, doc.Text)
			}
			var buf bytes.Buffer
			if err := ner.Cluster(sentences, ner.ClusterOptions{Log: cmd.ErrOrStderr()}, &buf); err != nil {
				return err
			}
			if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d sentences clustered, %d bytes written to %s\n", len(sentences), buf.Len(), out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&conll, "conll", nil, "CoNLL file whose words to read (repeatable)")
	f.StringArrayVar(&text, "text", nil, "file or directory of articles to read, as sitrep ingest reads them (repeatable)")
	f.StringVarP(&out, "output", "o", "", "write the cluster table to this file")
	return cmd
}

// appendSentences appends the words of each sentence of text.
func appendSentences(dst [][]string, text string) [][]string {
	toks := segment.Tokenize(text, nil)
	for _, s := range segment.Split(text, toks, nil) {
		words := make([]string, 0, s.Tokens.End-s.Tokens.Start)
		for _, t := range toks[s.Tokens.Start:s.Tokens.End] {
			words = append(words, text[t.Start:t.End])
		}
		dst = append(dst, words)
	}
	return dst
}
