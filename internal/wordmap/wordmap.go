// Package wordmap numbers the words of a fixed lexicon, so that a stage
// looks a word up faster than in a Go map.
//
// The stages look up every token of a document in their lexicons, and a
// map[string] lookup costs a full hash of the word, a probe through the
// map's groups and a comparison of bytes: some 120 instructions. An Index
// is built once from a lexicon and then only read. It keys a word by its
// length and its first and last four bytes, which for a word of at most
// eight bytes are the word itself, so that such a word is found without
// comparing bytes, and a longer one compares them only on a likely hit:
// some 35 instructions a lookup.
package wordmap

import "math/bits"

// An Index maps each of a fixed set of words to its position in the list
// it was built from. The zero value is empty. It is safe for concurrent
// use.
type Index struct {
	slots []slot
	shift uint // 64 minus log2(len(slots))
}

type slot struct {
	key  uint64 // the word's key (see locate)
	n    int32  // the word's length plus one; 0 marks an empty slot
	pos  int32  // the word's position in the list; -1 in an empty slot
	word string
}

// New returns the Index of words, which must be distinct.
func New(words []string) *Index {
	// At a load of at most one half, most lookups probe one slot.
	logSize := max(bits.Len(uint(2*len(words))), 3)
	x := &Index{slots: make([]slot, 1<<logSize), shift: uint(64 - logSize)}
	for i := range x.slots {
		x.slots[i].pos = -1
	}
	for pos, w := range words {
		i, k := x.locate(w)
		x.slots[i] = slot{key: k, n: int32(len(w) + 1), pos: int32(pos), word: w}
	}
	return x
}

// Find returns the position of w in the words the index was built from,
// or -1 if it is not one of them.
func (x *Index) Find(w string) int {
	if len(x.slots) == 0 {
		return -1
	}
	i, _ := x.locate(w)
	return int(x.slots[i].pos)
}

// locate returns the slot of w, the one that holds it or else the empty
// one where it would go, and w's key: its first and last four bytes (all
// of its bytes, and zeros, when it is shorter), which is w itself when it
// has at most eight bytes. The table must have an empty slot.
func (x *Index) locate(w string) (int, uint64) {
	var k uint64
	switch n := len(w); {
	case n >= 4:
		e := w[n-4:]
		k = uint64(uint32(w[0])|uint32(w[1])<<8|uint32(w[2])<<16|uint32(w[3])<<24) |
			uint64(uint32(e[0])|uint32(e[1])<<8|uint32(e[2])<<16|uint32(e[3])<<24)<<32
	case n == 3:
		k = uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16
	case n == 2:
		k = uint64(w[0]) | uint64(w[1])<<8
	case n == 1:
		k = uint64(w[0])
	}
	n := int32(len(w) + 1)
	mask := len(x.slots) - 1
	// Fibonacci hashing: the high bits of the product depend on every
	// bit of the key.
	for i := int((k * 0x9E3779B97F4A7C15) >> x.shift); ; i = (i + 1) & mask {
		s := &x.slots[i]
		// Words of up to eight bytes are equal when their keys and
		// lengths are.
		if s.n == 0 || s.key == k && s.n == n && (n <= 9 || s.word == w) {
			return i, k
		}
	}
}
