package entity

import "hash/maphash"

// keyTable maps byte-string keys to positive ints, for resolveNames, which
// looks up and stores a few keys per name mention. A map[string]int would
// cost a string allocation per stored key; keyTable copies the keys into
// one buffer it keeps across documents, and probes an open-addressing
// table of offsets into it. A lookup compares the bytes of the keys whose
// hashes are equal, so results are exactly those of a map.
type keyTable struct {
	text  []byte    // the stored keys, one after another
	slots []keySlot // len is a power of two, or zero
	n     int       // keys stored
}

// A keySlot is one stored key: its hash, its bytes in keyTable.text, and
// its value, 0 in an empty slot.
type keySlot struct {
	hash       uint64
	start, end int32
	value      int32
}

// keySeed seeds the keys' hashes; any seed gives the same results.
var keySeed = maphash.MakeSeed()

// reset empties the table, keeping its memory.
func (t *keyTable) reset() {
	t.text = t.text[:0]
	clear(t.slots)
	t.n = 0
}

// find returns the slot of key, the one that holds it or else the empty one
// where it would go. The table must have an empty slot.
func (t *keyTable) find(key []byte, h uint64) int {
	mask := len(t.slots) - 1
	for i := int(h) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.value == 0 || s.hash == h && string(t.text[s.start:s.end]) == string(key) {
			return i
		}
	}
}

// hashKey returns the hash of key, which get and set take, so that a caller
// that looks a key up and then sets it hashes it once.
func hashKey(key []byte) uint64 { return maphash.Bytes(keySeed, key) }

// get returns the value of key, whose hash is h, or 0 if it has none.
func (t *keyTable) get(key []byte, h uint64) int {
	if t.n == 0 {
		return 0
	}
	return int(t.slots[t.find(key, h)].value)
}

// set sets the value of key, whose hash is h, to v, which must be
// positive.
func (t *keyTable) set(key []byte, h uint64, v int) { t.swap(key, h, v) }

// swap sets the value of key, whose hash is h, to v, which must be
// positive, and returns its value before, or 0 if it had none.
func (t *keyTable) swap(key []byte, h uint64, v int) int {
	// Keep the load at most one half, so that probes stay short.
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	s := &t.slots[t.find(key, h)]
	old := int(s.value)
	if old == 0 {
		start := len(t.text)
		t.text = append(t.text, key...)
		*s = keySlot{hash: h, start: int32(start), end: int32(len(t.text))}
		t.n++
	}
	s.value = int32(v)
	return old
}

// grow doubles the slots and stores the keys again.
func (t *keyTable) grow() {
	old := t.slots
	t.slots = make([]keySlot, max(16, 2*len(old)))
	mask := len(t.slots) - 1
	for _, s := range old {
		if s.value == 0 {
			continue
		}
		i := int(s.hash) & mask
		for t.slots[i].value != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = s
	}
}
