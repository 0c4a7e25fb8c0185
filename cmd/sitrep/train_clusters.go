package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
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
their tags); text files are tokenized and split into sentences by the segment
stage, directories are read in name order. Read training text only, never an
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
			for _, path := range text {
				files, err := textFiles(path)
				if err != nil {
					return err
				}
				for _, f := range files {
					data, err := os.ReadFile(f)
					if err != nil {
						return err
					}
					sentences = appendSentences(sentences, sitrep.NewDocument(string(data), sitrep.Metadata{}).Text)
				}
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
	f.StringArrayVar(&text, "text", nil, "text file, or directory of them, to read (repeatable)")
	f.StringVarP(&out, "output", "o", "", "write the cluster table to this file")
	return cmd
}

// textFiles returns path if it is a file, or the regular files under it in
// name order.
func textFiles(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			files = append(files, p)
		}
		return err
	})
	slices.Sort(files)
	return files, err
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
