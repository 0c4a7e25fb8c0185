package wordfilter

// A Table maps a fixed set of words to values. It answers the lookups of
// a stage's lexicon at about half the cost of a Go map of strings: its
// Filter rejects most words first, and its hash is a short loop over the
// few bytes of a word where a map hashes with a general function and
// probes groups. Build it once with NewTable; Get is then safe for
// concurrent use.
type Table[V any] struct {
	filter Filter
	slots  []slot[V] // open addressing, linear probing; a power of two long
	mask   uint32
}

type slot[V any] struct {
	key  string
	val  V
	used bool
}

// NewTable returns a Table holding the entries of m.
func NewTable[V any](m map[string]V) *Table[V] {
	n := 8
	for n < 2*len(m) { // at most half full: most lookups probe a slot or two
		n *= 2
	}
	t := &Table[V]{slots: make([]slot[V], n), mask: uint32(n - 1)}
	for w, v := range m {
		t.filter.Add(w)
		i := hash(w) & t.mask
		for t.slots[i].used {
			i = (i + 1) & t.mask
		}
		t.slots[i] = slot[V]{key: w, val: v, used: true}
	}
	return t
}

// Len returns the number of words in t.
func (t *Table[V]) Len() int {
	n := 0
	for _, s := range t.slots {
		if s.used {
			n++
		}
	}
	return n
}

// Get returns the value of word w, and whether t has it.
func (t *Table[V]) Get(w string) (V, bool) {
	if t != nil && t.filter.MayHave(w) {
		for i := hash(w) & t.mask; ; i = (i + 1) & t.mask {
			s := &t.slots[i]
			if !s.used {
				break
			}
			if s.key == w {
				return s.val, true
			}
		}
	}
	var zero V
	return zero, false
}

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

// hash is FNV-1a over the bytes of w.
func hash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}
