package ner

import "slices"

// table maps feature keys to rows of weights with a perfect hash (PTHash,
// Pibiri and Trani, SIGIR 2021): each key falls in a bucket, and each bucket
// has a pilot, chosen when the table is built, that sends its keys to free
// slots. A lookup reads the bucket's word (the words are small enough to
// stay in cache) and one slot: no probing and no branch that depends on the
// table, so the lookups of a token's features overlap in memory.
//
// A bucket's word holds its pilot and a small Bloom filter of its keys, which
// sends most features the model lacks (rare words' bigrams and affixes) to
// slot 0, empty and always in cache, instead of a slot they would fetch for
// nothing. The others read a slot that holds another key, and then slot 0
// too.
type table struct {
	buckets []uint64 // the pilot's hash in the low 32 bits, the filter above
	slots   []slot   // slot 0 empty, then the keys' positions
}

// A slot is one feature's key and its weights.
type slot struct {
	weights weightSums
	key     uint64
}

// weightSums are summed weights, one per label, packed three to a 64-bit
// word in signed lanes of laneBits: label k in word k/3, times
// 2^(laneBits*(k%3)). The packing is linear, so that adding two weightSums
// adds their lanes with three additions instead of nine (a carry or borrow
// between lanes is undone when a lane is read, see laneOffset). It is
// exact while every label's total is below 2^(laneBits-1) in absolute
// value: for at most maxLaneFeatures weights of at most maxWeight. A token
// has about fifty features.
type weightSums [3]uint64

const (
	laneBits        = 21
	laneMask        = 1<<laneBits - 1
	maxLaneFeatures = 1 << (laneBits - 1 - weightBits)
)

// maxWeight bounds a weight in absolute value (trained weights are at most
// 4096, see quantum), and so the lanes of weightSums.
const (
	weightBits = 13
	maxWeight  = 1<<weightBits - 1
)

// packWeights returns the weightSums of one weight per label.
func packWeights[W int16 | int32](w *[numLabels]W) weightSums {
	var s weightSums
	for k, x := range w {
		s[k/3] += uint64(int64(x)) << (laneBits * (k % 3))
	}
	return s
}

// add adds o to s.
func (s *weightSums) add(o *weightSums) {
	s[0] += o[0]
	s[1] += o[1]
	s[2] += o[2]
}

// sub subtracts o from s.
func (s *weightSums) sub(o *weightSums) {
	s[0] -= o[0]
	s[1] -= o[1]
	s[2] -= o[2]
}

// laneOffset adds 2^(laneBits-1) to every lane of a word of weightSums,
// which makes each one non-negative and free of the borrows of the lanes
// below it: then lane k, read as an unsigned field, is its label's sum plus
// 2^(laneBits-1).
const laneOffset = 1<<(laneBits-1) | 1<<(2*laneBits-1) | 1<<(3*laneBits-1)

// laneOf returns lane k of word w, to which laneOffset was added: its
// label's sum plus 2^(laneBits-1).
func laneOf(w uint64, k int) int32 { return int32(w >> (laneBits * k) & laneMask) }

// newSlot returns the slot of a feature with key f and weights w.
func newSlot(f uint64, w *[numLabels]int16) slot {
	var clamped [numLabels]int16
	for k, x := range w {
		clamped[k] = max(min(x, maxWeight), -maxWeight)
	}
	return slot{weights: packWeights(&clamped), key: f}
}

// Which bits of a key do what: the bucket comes from the top bits (scaled
// to the number of buckets), the slot from bits 16 to 31 (mixed with the
// pilot, scaled), and the filter bits from bits 0-4 and 32-36.

func (t *table) bucket(f uint64) int {
	return int(f >> 32 * uint64(len(t.buckets)) >> 32)
}

// filterMask returns the two filter bits of key f, in place in a bucket's
// word (its high 32 bits).
func filterMask(f uint64) uint64 {
	return (1<<(f>>32&31) | 1<<(f&31)) << 32
}

// inFilter returns 1 if bucket word b has the filter bits of key f, else 0:
// filterMask's test, in two bit tests.
func inFilter(b, f uint64) int {
	filter := uint32(b >> 32)
	return int(b2u(filter&(1<<(f>>32&31)) != 0) & b2u(filter&(1<<(f&31)) != 0))
}

// pilotHash returns the word of a bucket whose pilot is p, without filter.
func pilotHash(p int) uint64 {
	return (uint64(p) + 1) * 0x9e3779b97f4a7c15 >> 32
}

// position returns the slot of key f if its bucket has the word b: any but
// slot 0.
func (t *table) position(f, b uint64) int {
	return int(uint64(uint32(f)^uint32(b))*uint64(len(t.slots)-1)>>32) + 1
}

// add adds to sum the weights of the keys the table has. A key it lacks
// reads slot 0 instead, which weighs nothing: the loop has nothing that
// branches on the table, so that the processor overlaps the reads of many
// keys, and a key costs a few dozen instructions whether the table has it
// or not (most features of a token are absent from the model).
func (t *table) add(keys []uint64, sum *weightSums) {
	slots := t.slots
	w0, w1, w2 := sum[0], sum[1], sum[2]
	for _, f := range keys {
		b := t.buckets[t.bucket(f)]
		j := t.position(f, b)
		// Masks, not branches: j becomes 0 if the filter lacks f's bits
		// or the slot holds another key.
		j &= -inFilter(b, f)
		j &= -int(b2u(slots[j].key == f))
		s := &slots[j].weights
		w0 += s[0]
		w1 += s[1]
		w2 += s[2]
	}
	sum[0], sum[1], sum[2] = w0, w1, w2
}

// maxPilot bounds the search for a bucket's pilot: past it, the table is
// built anew with more slots.
const maxPilot = 1<<16 - 1

// keysPerBucket sets the number of buckets: with about four keys per bucket,
// and 3% more slots than keys, the bucket words stay small (one byte per
// feature) and the search for pilots short.
const keysPerBucket = 4

// newTable builds the table of keys, whose rows are given in the same order.
// Keys must be distinct. The result depends only on the keys and rows.
func newTable(keys []uint64, rows [][numLabels]int16) *table {
	for extra := len(keys)/32 + 1; ; extra *= 2 {
		if t := tryTable(keys, rows, len(keys)+extra); t != nil {
			return t
		}
	}
}

// tryTable builds a table of numSlots slots, or returns nil if some bucket
// finds no pilot.
func tryTable(keys []uint64, rows [][numLabels]int16, numSlots int) *table {
	// One more slot, slot 0, never a key's position, for the keys the
	// table lacks.
	t := &table{buckets: make([]uint64, len(keys)/keysPerBucket+1), slots: make([]slot, numSlots+1)}
	// Empty slots hold zero weights.
	empty := newSlot(0, &[numLabels]int16{})
	for j := range t.slots {
		t.slots[j] = empty
	}
	// Keys grouped by bucket, the largest buckets first: they are the
	// hardest to place, and easier while the table is empty.
	byBucket := make([]int32, len(keys))
	for i := range byBucket {
		byBucket[i] = int32(i)
	}
	bucketOf := func(i int32) int { return t.bucket(keys[i]) }
	slices.SortStableFunc(byBucket, func(a, b int32) int { return bucketOf(a) - bucketOf(b) })
	type group struct{ from, to int }
	var groups []group
	for from := 0; from < len(byBucket); {
		to := from + 1
		for to < len(byBucket) && bucketOf(byBucket[to]) == bucketOf(byBucket[from]) {
			to++
		}
		groups = append(groups, group{from, to})
		from = to
	}
	slices.SortStableFunc(groups, func(a, b group) int { return (b.to - b.from) - (a.to - a.from) })
	taken := make([]bool, len(t.slots))
	var pos []int
	for _, g := range groups {
		members := byBucket[g.from:g.to]
		found := false
		for p := 0; p <= maxPilot && !found; p++ {
			pos = pos[:0]
			found = true
			for _, i := range members {
				j := t.position(keys[i], pilotHash(p))
				if taken[j] || slices.Contains(pos, j) {
					found = false
					break
				}
				pos = append(pos, j)
			}
			if found {
				b := &t.buckets[bucketOf(members[0])]
				*b = pilotHash(p)
				for k, i := range members {
					*b |= filterMask(keys[i])
					taken[pos[k]] = true
					t.slots[pos[k]] = newSlot(keys[i], &rows[i])
				}
			}
		}
		if !found {
			return nil
		}
	}
	return t
}
