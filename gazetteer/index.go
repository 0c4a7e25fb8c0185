package gazetteer

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// The index format is read in place: loading it slices one string, and each
// lookup decodes only the few records it touches, so the embedded index costs
// no start-up time and only the memory pages that lookups visit.
//
//	magic     "sitrep-gazetteer 2\n"
//	header    7 little-endian uint32: table count, entry count, key count,
//	          and the byte offsets of the entry index, the entries, the key
//	          index and the keys
//	table     strings (uvarint length, bytes): feature, country and admin codes
//	entry index  uint32 offset of every entryBlock-th entry
//	entries   per entry: id, name, level, feature, country, admin1, admin2
//	          (indexes into table), lat, lon (zigzag, 1e-5 degrees), population
//	key index uint32 offset of every blockSize-th key
//	keys      ascending; the first key of a block in full, the others as the
//	          length of the prefix shared with the previous key and the rest;
//	          each followed by its postings count and postings (entry index << 1,
//	          | 1 if the name is an alternate name)
//
// Integers are unsigned varints unless noted. Region codes are filed as keys
// too, behind regionPrefix: "\x01SY" is Syria, "\x01SY.07" its admin1 region
// 07 and "\x01SY.07.x" an admin2 region. A file may be gzip-compressed.
const (
	magic        = "sitrep-gazetteer 2\n"
	headerSize   = len(magic) + 7*4
	blockSize    = 16 // keys per key-index entry
	entryBlock   = 4  // entries per entry-index entry
	coordScale   = 1e5
	regionPrefix = "\x01"
)

var errCorrupt = errors.New("corrupt gazetteer index")

// Read reads a gazetteer in the index format, gzip-compressed or not, and
// checks every record.
func Read(r io.Reader) (*Gazetteer, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	if head, _ := br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, err
		}
		r = zr
	} else {
		r = br
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	g, err := open(string(raw))
	if err != nil {
		return nil, err
	}
	if err := g.validate(); err != nil {
		return nil, err
	}
	return g, nil
}

// open returns the gazetteer whose uncompressed index is data, checking only
// its header and string table.
func open(data string) (*Gazetteer, error) {
	if len(data) < headerSize || data[:len(magic)] != magic {
		return nil, errors.New("not a sitrep gazetteer index (or an older version)")
	}
	g := &Gazetteer{data: data, cache: newCache()}
	h := make([]int, 7)
	for i := range h {
		h[i] = int(g.u32(len(magic) + 4*i))
	}
	ntable, nentries, nkeys := h[0], h[1], h[2]
	g.entryIdx, g.entryOff, g.keyIdx, g.keyOff = h[3], h[4], h[5], h[6]
	g.nEntries, g.nKeys = nentries, nkeys
	if !(headerSize <= g.entryIdx && g.entryIdx+4*entryBlocks(nentries) <= g.entryOff &&
		g.entryOff <= g.keyIdx && g.keyIdx+4*blocks(nkeys) <= g.keyOff && g.keyOff <= len(data)) {
		return nil, errCorrupt
	}
	d := decoder{s: data[:g.entryIdx], pos: headerSize}
	if ntable > len(data) {
		return nil, errCorrupt
	}
	g.table = make([]string, ntable)
	for i := range g.table {
		g.table[i] = d.str()
	}
	if d.err != nil {
		return nil, d.err
	}
	// The first key of every block, sliced from data, and its first bytes:
	// seekBlock's binary search then compares numbers in one small array,
	// and strings only where those tie, without decoding the index.
	g.firstKeys = make([]string, blocks(nkeys))
	g.firstPrefixes = make([]uint64, blocks(nkeys))
	for b := range g.firstKeys {
		pos := int(g.u32(g.keyIdx + 4*b))
		if pos < g.keyOff || pos >= len(data) {
			return nil, errCorrupt
		}
		d := decoder{s: data, pos: pos}
		g.firstKeys[b] = d.str()
		g.firstPrefixes[b] = prefix8(g.firstKeys[b])
		if d.err != nil {
			return nil, d.err
		}
	}
	return g, nil
}

func blocks(n int) int { return (n + blockSize - 1) / blockSize }

func entryBlocks(n int) int { return (n + entryBlock - 1) / entryBlock }

func (g *Gazetteer) u32(pos int) uint32 {
	s := g.data
	if pos < 0 || pos+4 > len(s) {
		return 0
	}
	return uint32(s[pos]) | uint32(s[pos+1])<<8 | uint32(s[pos+2])<<16 | uint32(s[pos+3])<<24
}

// validate decodes every entry and key, so that a corrupt file fails at Read
// rather than at a lookup.
func (g *Gazetteer) validate() error {
	for ref := 0; ref < g.nEntries; ref += entryBlock {
		d := g.entryDecoder(ref)
		for i := ref; i < min(ref+entryBlock, g.nEntries); i++ {
			g.decodeEntry(&d)
		}
		if d.err != nil {
			return d.err
		}
	}
	prev := ""
	var err error
	n := 0
	it := g.keysFrom(0)
	for err == nil && it.next() {
		if n > 0 && compare(it.key(), prev) <= 0 {
			err = errCorrupt
			break
		}
		prev = string(it.key())
		n++
		for it.left > 0 {
			if p := it.posting(); p>>1 >= uint64(g.nEntries) {
				err = errCorrupt
			}
		}
		if it.d.err != nil {
			err = it.d.err
		}
	}
	if err == nil && n != g.nKeys {
		err = errCorrupt
	}
	return err
}

// entryDecoder returns a decoder positioned at entry ref.
func (g *Gazetteer) entryDecoder(ref int) decoder {
	d := decoder{s: g.data[:g.keyIdx], pos: int(g.u32(g.entryIdx + 4*(ref/entryBlock)))}
	if d.pos < g.entryOff {
		d.fail()
	}
	for range ref % entryBlock {
		g.decodeEntry(&d)
	}
	return d
}

// entry returns entry ref, or the zero Entry if the index is corrupt.
func (g *Gazetteer) entry(ref int) Entry {
	if ref < 0 || ref >= g.nEntries {
		return Entry{}
	}
	d := g.entryDecoder(ref)
	e := g.decodeEntry(&d)
	if d.err != nil {
		return Entry{}
	}
	return e
}

func (g *Gazetteer) decodeEntry(d *decoder) Entry {
	str := func() string {
		i := d.uint()
		if i >= uint64(len(g.table)) {
			d.fail()
			return ""
		}
		return g.table[i]
	}
	var e Entry
	e.ID = int(d.uint())
	e.Name = d.str()
	e.Level = Level(d.uint())
	e.Feature = str()
	e.Country = str()
	e.Admin1 = str()
	e.Admin2 = str()
	e.Lat = float64(d.int()) / coordScale
	e.Lon = float64(d.int()) / coordScale
	e.Population = int(d.uint())
	return e
}

// A keyIter walks the keys in order, from the start of a key block on. After
// next, key returns the current key and left is the number of its postings
// not yet read with posting; next skips those. The key is decoded into the
// iterator itself, so that an iterator on the stack allocates nothing.
type keyIter struct {
	g     *Gazetteer
	d     decoder
	i     int // index of the next key
	left  int
	done  bool
	short [64]byte // the current key, if it fits
	n     int      // its length in short
	long  []byte   // the current key, once one did not fit in short
}

// keysFrom returns an iterator over the keys from key block `block` on.
func (g *Gazetteer) keysFrom(block int) keyIter {
	return keyIter{g: g, i: block * blockSize}
}

// key returns the current key, valid until the next call of next.
func (it *keyIter) key() []byte {
	if it.long != nil {
		return it.long
	}
	return it.short[:it.n]
}

// next moves to the next key and reports whether there is one.
func (it *keyIter) next() bool {
	if it.done {
		return false
	}
	for ; it.left > 0; it.left-- {
		it.d.uint()
	}
	g := it.g
	if it.d.err != nil || it.i >= g.nKeys {
		it.done = true
		return false
	}
	shared := 0
	if it.i%blockSize == 0 {
		it.d = decoder{s: g.data, pos: int(g.u32(g.keyIdx + 4*(it.i/blockSize)))}
		if it.d.pos < g.keyOff {
			it.done = true
			return false
		}
	} else {
		shared = int(it.d.uint())
	}
	rest := it.d.str()
	if shared > len(it.key()) || it.d.err != nil {
		it.done = true
		return false
	}
	if it.long == nil && shared+len(rest) <= len(it.short) {
		it.n = shared + copy(it.short[shared:], rest)
	} else {
		if it.long == nil {
			it.long = append([]byte(nil), it.short[:it.n]...)
		}
		it.long = append(it.long[:shared], rest...)
	}
	it.left = it.d.count()
	it.i++
	return true
}

// posting reads the next posting of the current key.
func (it *keyIter) posting() uint64 {
	it.left--
	return it.d.uint()
}

// seek returns an iterator at the first key ≥ key, and reports whether that
// key is key itself.
func (g *Gazetteer) seek(key string) (it keyIter, found bool) {
	it = g.keysFrom(g.seekBlock(key))
	for it.next() {
		if c := compare(it.key(), key); c >= 0 {
			return it, c == 0
		}
	}
	return it, false
}

// prefix8 returns the first 8 bytes of s as a big-endian number, padded
// with zeros: if prefix8(a) < prefix8(b) then a < b.
func prefix8(s string) uint64 {
	var x uint64
	for i := range 8 {
		x <<= 8
		if i < len(s) {
			x |= uint64(s[i])
		}
	}
	return x
}

// seekBlock returns the last key block whose first key is ≤ key (0 if none).
func (g *Gazetteer) seekBlock(key string) int {
	pk := prefix8(key)
	lo, hi := 0, len(g.firstKeys) // the answer's successor lies in [lo, hi]
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		pm := g.firstPrefixes[mid]
		if pm > pk || pm == pk && g.firstKeys[mid] > key {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return max(lo-1, 0)
}

// hasPrefix reports whether some key starts with prefix.
func (g *Gazetteer) hasPrefix(prefix string) bool {
	if g.nKeys == 0 {
		return false
	}
	it, _ := g.seek(prefix)
	k := it.key()
	return !it.done && len(k) >= len(prefix) && compare(k[:len(prefix)], prefix) == 0
}

// decoder reads the index format from a string, remembering the first error.
type decoder struct {
	s   string
	pos int
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = fmt.Errorf("%w at byte %d", errCorrupt, d.pos)
	}
	d.pos = len(d.s)
}

func (d *decoder) uint() uint64 {
	var x uint64
	var shift uint
	for d.pos < len(d.s) {
		c := d.s[d.pos]
		d.pos++
		if c < 0x80 {
			if shift > 63 {
				d.fail()
				return 0
			}
			return x | uint64(c)<<shift
		}
		x |= uint64(c&0x7f) << shift
		shift += 7
	}
	d.fail()
	return 0
}

func (d *decoder) int() int64 {
	u := d.uint()
	return int64(u>>1) ^ -int64(u&1)
}

// count reads a length and checks that it cannot exceed the remaining input.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.s)-d.pos) {
		d.fail()
		return 0
	}
	return int(n)
}

func (d *decoder) str() string {
	n := d.count()
	s := d.s[d.pos : d.pos+n]
	d.pos += n
	return s
}

// encoder writes the index format into a byte slice.
type encoder struct{ b []byte }

func (e *encoder) uint(x uint64) { e.b = binary.AppendUvarint(e.b, x) }
func (e *encoder) int(x int64)   { e.b = binary.AppendVarint(e.b, x) }
func (e *encoder) str(s string) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}

// write encodes entries and the name index to w, uncompressed.
func write(w io.Writer, entries []Entry, names map[string][]uint32) error {
	// Region codes are keys too.
	for i, e := range entries {
		if code := regionCode(e); code != "" {
			names[regionPrefix+code] = []uint32{uint32(i) << 1}
		}
	}
	index := map[string]uint64{}
	var table []string
	intern := func(s string) {
		if _, ok := index[s]; !ok {
			index[s] = uint64(len(table))
			table = append(table, s)
		}
	}
	for _, e := range entries {
		intern(e.Feature)
		intern(e.Country)
		intern(e.Admin1)
		intern(e.Admin2)
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)

	enc := &encoder{b: make([]byte, headerSize, 16<<20)}
	copy(enc.b, magic)
	for _, s := range table {
		enc.str(s)
	}
	entryIdx := len(enc.b)
	enc.b = append(enc.b, make([]byte, 4*entryBlocks(len(entries)))...)
	entryOff := len(enc.b)
	for i, e := range entries {
		if i%entryBlock == 0 {
			binary.LittleEndian.PutUint32(enc.b[entryIdx+4*(i/entryBlock):], uint32(len(enc.b)))
		}
		enc.uint(uint64(e.ID))
		enc.str(e.Name)
		enc.uint(uint64(e.Level))
		enc.uint(index[e.Feature])
		enc.uint(index[e.Country])
		enc.uint(index[e.Admin1])
		enc.uint(index[e.Admin2])
		enc.int(int64(math.Round(e.Lat * coordScale)))
		enc.int(int64(math.Round(e.Lon * coordScale)))
		enc.uint(uint64(max(e.Population, 0)))
	}
	keyIdx := len(enc.b)
	enc.b = append(enc.b, make([]byte, 4*blocks(len(keys)))...)
	keyOff := len(enc.b)
	prev := ""
	for i, k := range keys {
		if i%blockSize == 0 {
			binary.LittleEndian.PutUint32(enc.b[keyIdx+4*(i/blockSize):], uint32(len(enc.b)))
			enc.str(k)
		} else {
			shared := commonPrefix(prev, k)
			enc.uint(uint64(shared))
			enc.str(k[shared:])
		}
		prev = k
		enc.uint(uint64(len(names[k])))
		for _, p := range names[k] {
			enc.uint(uint64(p))
		}
	}
	if len(enc.b) > math.MaxUint32 {
		return errors.New("gazetteer index larger than 4 GB")
	}
	h := enc.b[len(magic):]
	for i, x := range []int{len(table), len(entries), len(keys), entryIdx, entryOff, keyIdx, keyOff} {
		binary.LittleEndian.PutUint32(h[4*i:], uint32(x))
	}
	_, err := w.Write(enc.b)
	return err
}

// compare compares b and s as strings, without converting either.
func compare(b []byte, s string) int {
	n := min(len(b), len(s))
	for i := range n {
		if b[i] != s[i] {
			if b[i] < s[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(b) < len(s):
		return -1
	case len(b) > len(s):
		return 1
	}
	return 0
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := range n {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}
