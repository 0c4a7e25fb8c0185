package ner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"strings"
	"sync"
)

// Name lists give the tagger gazetteer features: each token gets a bit per
// list whose phrase covers it. The lists are part of the model: changing one
// means retraining. Sources are in each file's header and in NOTICE.

//go:embed lists/firstnames.txt
var firstNamesText string

//go:embed lists/names.txt.gz
var namesGz []byte

//go:embed lists/countries.txt
var countriesText string

//go:embed lists/demonyms.txt
var demonymsText string

//go:embed lists/common.txt.gz
var commonGz []byte

//go:embed lists/proper.txt.gz
var properGz []byte

//go:embed lists/places.txt.gz
var placesGz []byte

// List bits.
const (
	listFirstName uint8 = 1 << iota
	listName
	listCountry
	listDemonym
	listPlace
	listCommon
	listProper
	// listPrefix marks the first words of a longer phrase, so that
	// lookups stop as soon as no phrase continues.
	listPrefix
)

// maxPhrase is the longest list phrase, in words.
const maxPhrase = 4

// lists maps phrase hashes to the bits of the lists holding the phrase.
type lists struct {
	phrases map[uint64]uint8 // while the lists are read
	table   phraseTable      // then, for lookups
}

var defaultLists = sync.OnceValue(func() *lists {
	l := &lists{phrases: make(map[uint64]uint8, 1<<18)}
	defer l.freeze()
	l.add(strings.NewReader(firstNamesText), listFirstName)
	for _, gz := range []struct {
		data []byte
		bit  uint8
	}{{namesGz, listName}, {commonGz, listCommon}, {properGz, listProper}, {placesGz, listPlace}} {
		if zr, err := gzip.NewReader(bytes.NewReader(gz.data)); err == nil {
			l.add(zr, gz.bit)
		}
	}
	l.add(strings.NewReader(countriesText), listCountry)
	l.add(strings.NewReader(demonymsText), listDemonym)
	return l
})

func (l *lists) add(r io.Reader, bit uint8) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		words := strings.Fields(line)
		if len(words) > maxPhrase {
			continue
		}
		h := phraseSeed
		for i, w := range words {
			h = mix(h, hashLower(w))
			if i < len(words)-1 {
				l.phrases[h] |= listPrefix
			}
		}
		l.phrases[h] |= bit
	}
}

const phraseSeed uint64 = 0x51ed27

// freeze moves the phrases from the map to the table.
func (l *lists) freeze() {
	l.table = newPhraseTable(l.phrases)
	l.phrases = nil
}

// phraseTable is a read-only map from phrase hashes to list bits: an
// open-addressing table, which a lookup (one per capitalized word and per
// word that may continue a phrase) reads in a few instructions and mostly
// one cache line, where a Go map costs several dozen. It is two-thirds
// full at most, in 9 bytes an entry.
type phraseTable struct {
	keys []uint64 // 0 marks an empty entry
	bits []uint8
	zero uint8 // the bits of key 0
}

func newPhraseTable(m map[uint64]uint8) phraseTable {
	size := len(m) + len(m)/2 + 1
	t := phraseTable{keys: make([]uint64, size), bits: make([]uint8, size)}
	for key, b := range m {
		if key == 0 {
			t.zero = b
			continue
		}
		j := t.first(key)
		for t.keys[j] != 0 {
			j = t.next(j)
		}
		t.keys[j], t.bits[j] = key, b
	}
	return t
}

// first returns the first entry to probe for key: its top bits, scaled to
// the table. The keys are mixed hashes, whose top bits are spread already.
func (t *phraseTable) first(key uint64) int {
	return int(key >> 32 * uint64(len(t.keys)) >> 32)
}

// next returns the entry to probe after entry j.
func (t *phraseTable) next(j int) int {
	if j++; j == len(t.keys) {
		return 0
	}
	return j
}

// get returns the list bits of key, 0 if it has none.
func (t *phraseTable) get(key uint64) uint8 {
	if key == 0 {
		return t.zero
	}
	for j := t.first(key); ; j = t.next(j) {
		switch t.keys[j] {
		case key:
			return t.bits[j]
		case 0:
			return 0
		}
	}
}

// mark sets bits[i] for every token inside a list phrase. Only phrases
// starting with a capitalized word are looked up.
func (l *lists) mark(info []tokenInfo, bits []uint8) {
	for i := range bits {
		bits[i] = 0
	}
	for i := range info {
		if !info[i].cap {
			continue
		}
		h := phraseSeed
		for n := 1; n <= maxPhrase && i+n <= len(info); n++ {
			h = mix(h, info[i+n-1].lower)
			b := l.table.get(h)
			if found := b &^ listPrefix; found != 0 {
				for k := i; k < i+n; k++ {
					bits[k] |= found
				}
			}
			if b&listPrefix == 0 {
				break
			}
		}
	}
}

// IsFirstName reports whether word is in the tagger's list of first names.
func IsFirstName(word string) bool {
	return defaultLists().table.get(mix(phraseSeed, hashLower(word)))&listFirstName != 0
}
