package attrib

import "math/bits"

// A hashTable maps feature hashes to weights by open addressing. The keys
// are hashes already, so unlike a Go map it does not hash them again, and a
// lookup mostly reads one cache line: scoring a word looks up some thirty
// features, which made the map the stage's largest cost.
type hashTable struct {
	slots []slot
	shift uint // 64 minus log2(len(slots))
	n     int
	zero  *float32 // the weight of key 0, which marks an empty slot
}

type slot struct {
	key uint64
	val float32
}

// newHashTable returns a table with room for n keys at a load of at most
// one half.
func newHashTable(n int) *hashTable {
	logSize := max(bits.Len(uint(2*n)), 4)
	return &hashTable{slots: make([]slot, 1<<logSize), shift: uint(64 - logSize)}
}

// index returns the first slot to probe for key: Fibonacci hashing, so
// that the high bits of a product spread keys that differ in any bit.
func (t *hashTable) index(key uint64) int {
	return int((key * 0x9E3779B97F4A7C15) >> t.shift)
}

// set stores val under key.
func (t *hashTable) set(key uint64, val float32) {
	if key == 0 {
		if t.zero == nil {
			t.n++
		}
		t.zero = &val
		return
	}
	mask := len(t.slots) - 1
	for i := t.index(key); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.key == 0 {
			s.key, s.val = key, val
			t.n++
			return
		}
		if s.key == key {
			s.val = val
			return
		}
	}
}

// has reports whether key is present, small enough to inline, for the
// test of every candidate word.
func (t *hashTable) has(key uint64) bool {
	if key == 0 {
		return t.zero != nil
	}
	for i := t.index(key); ; i = (i + 1) & (len(t.slots) - 1) {
		switch t.slots[i].key {
		case key:
			return true
		case 0:
			return false
		}
	}
}

// sum returns the sum of the values of keys, in their order, a missing
// key counting zero: the cue model's scores look up every feature of every
// scored word.
func (t *hashTable) sum(keys []uint64) float64 {
	slots, mask, shift := t.slots, len(t.slots)-1, t.shift&63 // the mask spares a test of the shift
	s := 0.0
	for _, key := range keys {
		if key == 0 {
			if t.zero != nil {
				s += float64(*t.zero)
			}
			continue
		}
		for i := int((key * 0x9E3779B97F4A7C15) >> shift); ; i = (i + 1) & mask {
			k := slots[i].key
			if k == key {
				s += float64(slots[i].val)
				break
			}
			if k == 0 {
				break // absent: adding zero would not change s
			}
		}
	}
	return s
}

// len returns how many keys the table holds.
func (t *hashTable) len() int { return t.n }
