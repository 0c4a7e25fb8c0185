package wordfilter

import (
	"slices"

	"github.com/sitrep-dev/sitrep/internal/wordmap"
)

// A Table maps a fixed set of words to values. It answers the lookups of
// a stage's lexicon at about half the cost of a Go map of strings: its
// Filter rejects most words first, and the words it lets through are found
// by a wordmap.Index, which compares no bytes for short words. Build it
// once with NewTable; Get is then safe for concurrent use.
type Table[V any] struct {
	filter Filter
	index  *wordmap.Index
	values []V // by the word's position in index
}

// NewTable returns a Table holding the entries of m.
func NewTable[V any](m map[string]V) *Table[V] {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	slices.Sort(words) // the layout then depends on the words only
	t := &Table[V]{index: wordmap.New(words), values: make([]V, len(words))}
	for i, w := range words {
		t.filter.Add(w)
		t.values[i] = m[w]
	}
	return t
}

// Len returns the number of words in t.
func (t *Table[V]) Len() int { return len(t.values) }

// Get returns the value of word w, and whether t has it.
func (t *Table[V]) Get(w string) (V, bool) {
	if t != nil && t.filter.MayHave(w) {
		if i := t.index.Find(w); i >= 0 {
			return t.values[i], true
		}
	}
	var zero V
	return zero, false
}

// MayHaveFolded reports whether t may have w lower-cased, without lowering
// it (see Filter.MayHaveFolded).
func (t *Table[V]) MayHaveFolded(w string) bool { return t.filter.MayHaveFolded(w) }

// Value returns the value of word w, or the zero value if t lacks it.
func (t *Table[V]) Value(w string) V {
	v, _ := t.Get(w)
	return v
}

// Has reports whether t has word w.
func (t *Table[V]) Has(w string) bool {
	_, ok := t.Get(w)
	return ok
}
