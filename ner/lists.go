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
	phrases map[uint64]uint8
}

var defaultLists = sync.OnceValue(func() *lists {
	l := &lists{phrases: make(map[uint64]uint8, 1<<18)}
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
			b := l.phrases[h]
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
	return defaultLists().phrases[mix(phraseSeed, hashLower(word))]&listFirstName != 0
}
