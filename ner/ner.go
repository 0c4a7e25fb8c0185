// Package ner is a statistical named-entity tagger: a greedy left-to-right
// averaged perceptron over IOB2 labels with the four CoNLL-2003 types (PER,
// ORG, LOC, MISC).
//
// Features are hashed to 64-bit keys and never built as strings, so tagging
// allocates little: word forms, lower-cased forms, shapes and affixes of the
// surrounding tokens, the two previous labels, the sentence's case (headlines
// are all capitals), and two document-level features: whether a capitalized
// word also appears in lower case elsewhere in the document (a common word
// capitalized by position) and the type the tagger gave the same word earlier
// in the document. Word clusters learnt from unlabelled text (cluster.go)
// and name lists (lists.go) carry the model to words its training set does
// not have, and training leaves out a random tenth of the features at each
// step (TrainOptions.Dropout) so that the model does not lean on the words
// of its training set alone: both help on text unlike Reuters news.
//
// Tagging gives exactly the scores of training, feature by feature, but
// faster: the weights sit in a perfect hash table (table.go), the features
// that do not depend on the labels being chosen are looked up together for
// runs of tokens, and each Tagger caches the summed weights of the features
// of a word form alone and of a triple of shapes (wordset.go).
//
// The shipped weights (weights.bin.gz, embedded) are trained by Train on the
// CoNLL-2003 English training set as corrected by CoNLL++, with the number of
// epochs chosen on its development set; `sitrep train ner` reproduces them,
// and `sitrep train clusters` the clusters (clusters.bin.gz) they rely on.
package ner

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"
)

// A Label is an IOB2 tag.
type Label uint8

// The labels. B- begins an entity, I- continues one.
const (
	O Label = iota
	BPER
	IPER
	BORG
	IORG
	BLOC
	ILOC
	BMISC
	IMISC
	numLabels
)

var labelNames = [numLabels]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"}

func (l Label) String() string {
	if l < numLabels {
		return labelNames[l]
	}
	return fmt.Sprintf("Label(%d)", uint8(l))
}

// Type returns the entity type of l ("PER", "ORG", "LOC", "MISC"), or "" for O.
func (l Label) Type() string {
	if l == O || l >= numLabels {
		return ""
	}
	return labelNames[l][2:]
}

// Begins reports whether l is a B- label.
func (l Label) Begins() bool { return l != O && l < numLabels && l%2 == 1 }

// typeIndex returns 1..4 for PER, ORG, LOC, MISC and 0 for O.
func (l Label) typeIndex() int { return (int(l) + 1) / 2 }

// ParseLabel parses "B-PER", "I-LOC", "O". It accepts IOB1 labels too: the
// caller turns I- into B- where an entity begins (see ToIOB2).
func ParseLabel(s string) (Label, bool) {
	for i, n := range labelNames {
		if n == s {
			return Label(i), true
		}
	}
	return O, false
}

// ToIOB2 rewrites labels in place so that every entity starts with B-:
// an I-X that follows O or another type becomes B-X.
func ToIOB2(labels []Label) {
	for i, l := range labels {
		if l == O || l.Begins() {
			continue
		}
		if i == 0 || labels[i-1].typeIndex() != l.typeIndex() {
			labels[i] = l - 1
		}
	}
}

//go:embed weights.bin.gz
var shippedWeights []byte

var (
	loadOnce   sync.Once
	loadModel  *Model
	loadErrVal error
)

// Load returns the shipped model, decoding it on first use.
func Load() (*Model, error) {
	loadOnce.Do(func() {
		loadModel, loadErrVal = Decode(bytes.NewReader(shippedWeights))
		if loadErrVal != nil {
			loadErrVal = fmt.Errorf("ner: load shipped weights: %w", loadErrVal)
		} else if _, err := defaultClusters(); err != nil {
			loadModel, loadErrVal = nil, err
		}
	})
	return loadModel, loadErrVal
}
