package ner

// wordTable maps word hashes to small per-document records. It replaces a Go
// map on the tagger's hot path: an open-addressing table that a generation
// counter empties in O(1) between documents.
type wordTable struct {
	keys  []uint64
	gens  []uint32
	vals  [][6]uint16
	gen   uint32
	count int
}

// reset empties the table, sizing it for about n words.
func (t *wordTable) reset(n int) {
	size := 64
	for size < 2*n {
		size <<= 1
	}
	if size > len(t.keys) || t.gen == ^uint32(0) {
		t.keys, t.gens, t.vals = make([]uint64, size), make([]uint32, size), make([][6]uint16, size)
		t.gen = 0
	}
	t.gen++
	t.count = 0
}

// find returns the record of key, adding an empty one if add is set, or nil.
func (t *wordTable) find(key uint64, add bool) *[6]uint16 {
	mask := uint64(len(t.keys) - 1)
	for j := (key * 0x9e3779b97f4a7c15) >> 32 & mask; ; j = (j + 1) & mask {
		if t.gens[j] != t.gen {
			if !add || 2*(t.count+1) > len(t.keys) {
				return nil
			}
			t.gens[j], t.keys[j], t.vals[j] = t.gen, key, [6]uint16{}
			t.count++
			return &t.vals[j]
		}
		if t.keys[j] == key {
			return &t.vals[j]
		}
	}
}
