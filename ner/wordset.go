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

// wordCache remembers, per word form, the description of the word that
// features of its neighbours need, the summed weights of its word features
// (see partWord) and of the features it gives its neighbours (see
// roleSums), so that a word seen before costs one lookup instead of a
// dozen and a half. It is two-way set-associative: a word may sit in
// either entry of its set, and evicts the older of the two, so that two
// frequent words that share a set do not evict each other at every
// occurrence. The sums are exact, so the cache changes no label.
type wordCache struct {
	entries [][2]wordEntry
}

// wordCacheBits sets the number of entries, 16384 in 2.8 MiB: on news text
// (840 PolNeAr articles) 4096 entries served 61% of tokens, 16384 78%; a
// miss costs a dozen and a half table lookups, a hit one read.
const wordCacheBits = 14

// A wordEntry is one cached word, in 176 bytes: of its clusters only the
// fine one, which its neighbours' features use.
type wordEntry struct {
	key          uint64 // hashWord of the form; 0 marks an empty entry
	lower, shape uint64
	flags        uint8 // length<<3 | letter<<2 | upper<<1 | cap
	cluster      uint16
	sums         wordSums
}

// set returns the two entries where key may be, the newer first.
func (c *wordCache) set(key uint64) *[2]wordEntry {
	if c.entries == nil {
		c.entries = make([][2]wordEntry, 1<<(wordCacheBits-1))
	}
	return &c.entries[(key*0x9e3779b97f4a7c15)>>(64-wordCacheBits+1)]
}

// get fills ti (except affixes and coarse clusters, which only word
// features use) from the cache and returns the cached sums of w, or nil if
// w is not there. The sums stay valid until the next put.
func (c *wordCache) get(w string, ti *tokenInfo) *wordSums {
	key := hashWord(w)
	set := c.set(key)
	e := &set[0]
	if e.key != key {
		e = &set[1]
	}
	if e.key != key || key == 0 { // 0 marks an empty entry
		return nil
	}
	*ti = tokenInfo{word: key, lower: e.lower, shape: e.shape, length: e.flags >> 3,
		cap: e.flags&1 != 0, upper: e.flags&2 != 0, letter: e.flags&4 != 0}
	ti.clusters[fineLevel] = e.cluster
	return &e.sums
}

// put caches the word described by ti, whose features weigh sums.
func (c *wordCache) put(ti *tokenInfo, sums *wordSums) {
	if ti.word == 0 {
		return
	}
	flags := ti.length<<3 | b2u(ti.letter)<<2 | b2u(ti.upper)<<1 | b2u(ti.cap)
	set := c.set(ti.word)
	if set[0].key != ti.word { // else a word twice in a document, missed both times
		set[1] = set[0]
	}
	set[0] = wordEntry{key: ti.word, lower: ti.lower, shape: ti.shape, flags: flags,
		cluster: ti.clusters[fineLevel], sums: *sums}
}

func b2u(b bool) uint8 {
	if b {
		return 1
	}
	return 0
}

// shapeCache remembers the summed weights of the shape features (see
// partShapes) per triple of shapes: news text has a few hundred. It is
// direct-mapped: a triple that misses is recomputed and replaces the entry.
type shapeCache struct {
	entries []sumEntry
}

// A sumEntry is a key and the summed weights of its features.
type sumEntry struct {
	key uint64 // 0 marks an empty entry
	sum weightSums
}

const shapeCacheBits = 10

// keyOf returns the key of the shapes of p, cur and n in the cache: cheaper
// than the two mixes of shapeTrigramOf, and as unlikely to confuse two of
// the triples of random 64-bit shape hashes.
func (c *shapeCache) keyOf(p, cur, n *tokenInfo) uint64 {
	return p.shape*0x9e3779b97f4a7c15 + cur.shape*0xbf58476d1ce4e5b9 + n.shape
}

// entry returns the entry where key's sum is cached, if its key is key.
func (c *shapeCache) entry(key uint64) *sumEntry {
	if c.entries == nil {
		c.entries = make([]sumEntry, 1<<shapeCacheBits)
	}
	return &c.entries[(key*0x9e3779b97f4a7c15)>>(64-shapeCacheBits)]
}
