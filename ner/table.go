package ner

import (
	"math/bits"
	"slices"
)

// table maps feature keys to rows of weights with a perfect hash (PTHash,
// Pibiri and Trani, SIGIR 2021): each key falls in a bucket, and each bucket
// has a pilot, chosen when the table is built, that sends its keys to free
// slots. A lookup reads the bucket's word (the words are small enough to
// stay in cache) and one slot: no probing and no branch that depends on the
// table, so the lookups of a token's features overlap in memory.
//
// A bucket's word holds its pilot and a small Bloom filter of its keys, which
// sends most features the model lacks (rare words' bigrams and affixes) to
// slot 0, always in cache, instead of a slot they would fetch for nothing.
// Either way a feature the model lacks reads a slot whose fingerprint
// differs and adds nothing; it is mistaken for a feature the model has only
// if 32 bits of its key that choose neither bucket nor slot collide.
type table struct {
	buckets []uint32 // pilot in the low pilotBits, the filter above
	slots   []slot
}

// pilotBits is the width of a pilot; the remaining bits of a bucket's word
// are its filter.
const (
	pilotBits  = 12
	maxPilot   = 1<<pilotBits - 1
	filterBits = 32 - pilotBits
)

// A slot is one feature's fingerprint and its weights, one per label,
// stored as 16-bit lanes biased by weightBias, so that gather can add four
// of them with a few 64-bit operations.
type slot struct {
	lo, hi uint64 // labels 0-3 and 4-7, label k in bits 16k%64...
	last   uint16 // label 8
	_      uint16
	fp     uint32
}

// weightBias makes weights non-negative: a weight is at most maxWeight in
// absolute value (trained weights are at most 4096, see quantum).
const (
	weightBias = 1 << 13
	maxWeight  = weightBias - 1
)

// newSlot returns the slot of a feature with fingerprint fp and weights w.
func newSlot(fp uint32, w *[numLabels]int16) slot {
	var lanes [numLabels]uint64
	for k, x := range w {
		lanes[k] = uint64(int64(max(min(x, maxWeight), -maxWeight)) + weightBias)
	}
	return slot{
		lo:   lanes[0] | lanes[1]<<16 | lanes[2]<<32 | lanes[3]<<48,
		hi:   lanes[4] | lanes[5]<<16 | lanes[6]<<32 | lanes[7]<<48,
		last: uint16(lanes[8]),
		fp:   fp,
	}
}

// evenLanes selects the even 16-bit lanes of a slot's word. gather sums the
// slots' weights in 32-bit lanes of 64-bit words: even and odd labels of lo
// and hi apart, so that no lane overflows into the next before 2^18 slots.
const evenLanes = 0x0000ffff0000ffff

// Which bits of a key do what: the bucket comes from the top bits (scaled
// to the number of buckets), the slot from bits 14 to 31 (rotated to the
// top, mixed with the pilot, scaled), and the fingerprint from bits 0-15 and
// 32-47.

// fingerprint returns the part of key f stored in its slot.
func fingerprint(f uint64) uint32 {
	return uint32(f>>32)&0xffff | uint32(f)<<16
}

func (t *table) bucket(f uint64) int {
	hi, _ := bits.Mul64(f, uint64(len(t.buckets)))
	return int(hi)
}

// filterMask returns the two filter bits of key f, in place in a bucket's
// word. They come from the fingerprint's bits, as the keys of a bucket share
// their top bits.
func filterMask(f uint64) uint32 {
	h1, h2 := (f>>32&0xffff)*filterBits>>16, (f&0xffff)*filterBits>>16
	return (1<<h1 | 1<<h2) << pilotBits
}

// position returns the slot of key f if its bucket has pilot p.
func (t *table) position(f uint64, p uint16) int {
	hi, _ := bits.Mul64(bits.RotateLeft64(f, 32)^(uint64(p)+1)*0x9e3779b97f4a7c15, uint64(len(t.slots)))
	return int(hi)
}

// locateMatching sets homes to the slots of keys that hold them, in order,
// and returns them: most features of a token are absent from the model,
// and gather then adds only the few present. A home has the slot in the
// high 32 bits and the key's fingerprint in the low 32 bits. keptBefore
// gets at k the number of homes kept before key k's, and at len(keys) the
// number kept.
//
// The loop has nothing that branches on the table, so that the processor
// overlaps the reads of many keys.
func (t *table) locateMatching(keys, homes []uint64, keptBefore []int32) []uint64 {
	homes = homes[:len(keys)]
	keptBefore = keptBefore[:len(keys)+1]
	n := 0
	for k, f := range keys {
		keptBefore[k] = int32(n)
		b := t.buckets[t.bucket(f)]
		j := t.position(f, uint16(b&maxPilot))
		if mask := filterMask(f); b&mask != mask {
			j = 0 // compiled to a conditional move, not a branch
		}
		fp := fingerprint(f)
		homes[n] = uint64(j)<<32 | uint64(fp)
		n += int(b2u(t.slots[j].fp == fp))
	}
	keptBefore[len(keys)] = int32(n)
	return homes[:n]
}

// gather adds to sum the weights of the slots of homes, which must all hold
// the features they were located for (see locateMatching). It keeps the sums
// in registers until the end: one call per group of features, however
// small, costs a few dozen instructions.
func (t *table) gather(homes []uint64, sum *[numLabels]int32) {
	slots := t.slots
	var even0, odd0, even1, odd1, last uint64
	for _, h := range homes {
		s := &slots[h>>32]
		even0 += s.lo & evenLanes
		odd0 += s.lo >> 16 & evenLanes
		even1 += s.hi & evenLanes
		odd1 += s.hi >> 16 & evenLanes
		last += uint64(s.last)
	}
	// Remove the bias of the slots.
	bias := uint64(len(homes)) * weightBias
	lane := func(x uint64) int32 { return int32(x&0xffffffff - bias) }
	sum[0] += lane(even0)
	sum[1] += lane(odd0)
	sum[2] += lane(even0 >> 32)
	sum[3] += lane(odd0 >> 32)
	sum[4] += lane(even1)
	sum[5] += lane(odd1)
	sum[6] += lane(even1 >> 32)
	sum[7] += lane(odd1 >> 32)
	sum[8] += lane(last)
}

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
	t := &table{buckets: make([]uint32, len(keys)/keysPerBucket+1), slots: make([]slot, numSlots)}
	// Empty slots hold zero weights, for the features the model lacks
	// whose fingerprint is 0.
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
	taken := make([]bool, numSlots)
	var pos []int
	for _, g := range groups {
		members := byBucket[g.from:g.to]
		found := false
		for p := 0; p <= maxPilot && !found; p++ {
			pos = pos[:0]
			found = true
			for _, i := range members {
				j := t.position(keys[i], uint16(p))
				if taken[j] || slices.Contains(pos, j) {
					found = false
					break
				}
				pos = append(pos, j)
			}
			if found {
				b := &t.buckets[bucketOf(members[0])]
				*b = uint32(p)
				for k, i := range members {
					*b |= filterMask(keys[i])
					taken[pos[k]] = true
					t.slots[pos[k]] = newSlot(fingerprint(keys[i]), &rows[i])
				}
			}
		}
		if !found {
			return nil
		}
	}
	return t
}
