package gazetteer

import (
	_ "embed"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/wordfilter"
)

//go:embed demonyms.txt
var demonymsText string

//go:embed aliases.txt
var aliasesText string

//go:embed countrypoints.txt
var countryPointsText string

//go:embed continents.txt
var continentsText string

//go:embed common.txt
var commonText string

// demonyms maps a lowercase demonym ("syrian", "south korean") to its
// country's ISO code, or to "" for a people without a state.
var demonyms = newWordTable(parseDemonyms(demonymsText))

// common holds the lowercase English words of common.txt.
var common = newWordTable(parseCommon(commonText))

// Demonym returns the ISO code of the country that word, a demonym or
// adjectival form such as "Syrian", "Syrians" or "South Korean", refers to.
// ok is false if word is not a known demonym, and also for peoples without a
// state of their own ("Kurdish"), for which country is "".
func (g *Gazetteer) Demonym(word string) (country string, ok bool) {
	c, found := demonyms.get(word)
	return c, found && c != ""
}

// IsPeople reports whether word names a people or group rather than a
// country ("Kurdish", "Arab", "Sunni"): a word that is never a place name.
func (g *Gazetteer) IsPeople(word string) bool {
	c, found := demonyms.get(word)
	return found && c == ""
}

// Adjective reports, with one lookup, what Demonym and IsPeople report:
// found is true for a demonym, whose country is its ISO code, and for a
// people without a state, whose country is "".
func (g *Gazetteer) Adjective(word string) (country string, found bool) {
	return demonyms.get(word)
}

// AdjectiveLower is Adjective for a word already lower-cased as
// strings.ToLower does: a recognizer that holds the document's text
// lower-cased spares lowering every capitalized word again.
func (g *Gazetteer) AdjectiveLower(word string) (country string, found bool) {
	return AdjectiveOfLower(word)
}

// AdjectiveOfLower is AdjectiveLower for stages that read the demonym
// table without the rest of the gazetteer: the table is compiled in, so
// no index need be opened.
func AdjectiveOfLower(word string) (country string, found bool) {
	return demonyms.lower.Get(word)
}

// IsPeopleLower is IsPeople for a word already lower-cased (see
// AdjectiveLower).
func (g *Gazetteer) IsPeopleLower(word string) bool {
	c, found := demonyms.lower.Get(word)
	return found && c == ""
}

// IsCommonWordLower is IsCommonWord for a word already lower-cased (see
// AdjectiveLower).
func (g *Gazetteer) IsCommonWordLower(word string) bool {
	is, _ := common.lower.Get(word)
	return is
}

// IsCommonWord reports whether word, lowercased, is a common English word
// that is also a place name ("reading", "mobile", "police"): such a word
// needs more evidence than capitalization to be read as a place.
func (g *Gazetteer) IsCommonWord(word string) bool {
	is, _ := common.get(word)
	return is
}

// A wordTable is a map from lowercase words, for lookups of words in any
// case: a filter answers most of them, which are misses, without lowering
// the word or hashing it.
type wordTable[V any] struct {
	m     map[string]V
	lower *wordfilter.Table[V] // m, for words already lower-cased; its filter serves get too
}

func newWordTable[V any](m map[string]V) *wordTable[V] {
	return &wordTable[V]{m: m, lower: wordfilter.NewTable(m)}
}

// get returns t.m[strings.ToLower(word)].
func (t *wordTable[V]) get(word string) (V, bool) {
	if !t.lower.MayHaveFolded(word) {
		var zero V
		return zero, false
	}
	return LowerKey(t.m, word)
}

// LowerKey returns m[strings.ToLower(word)] without allocating for short
// ASCII words: recognizers look up every capitalized word in their word
// lists.
func LowerKey[V any](m map[string]V, word string) (V, bool) {
	var buf [32]byte
	if len(word) > len(buf) {
		v, ok := m[strings.ToLower(word)]
		return v, ok
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 0x80 {
			v, ok := m[strings.ToLower(word)]
			return v, ok
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	v, ok := m[string(buf[:len(word)])]
	return v, ok
}

func parseDemonyms(text string) map[string]string {
	m := map[string]string{}
	eachTableLine(text, func(code string, forms []string) {
		if code == "-" {
			code = ""
		}
		for _, f := range forms {
			f = strings.ToLower(f)
			m[f] = code
			if strings.HasSuffix(f, "an") || strings.HasSuffix(f, "i") {
				m[f+"s"] = code
			}
		}
	})
	return m
}

func parseCommon(text string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" && line[0] != '#' {
			m[line] = true
		}
	}
	return m
}

// eachTableLine calls fn for each "CODE<TAB>form, form" line of text.
func eachTableLine(text string, fn func(code string, forms []string)) {
	for _, line := range strings.Split(text, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		code, list, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		var forms []string
		for _, f := range strings.Split(list, ",") {
			if f = strings.TrimSpace(f); f != "" {
				forms = append(forms, f)
			}
		}
		fn(code, forms)
	}
}

// addCountryPoints gives countries whose point does not come from a
// GeoNames row the id and point of countrypoints.txt.
func (b *Builder) addCountryPoints() {
	for _, line := range strings.Split(countryPointsText, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.HasPrefix(line, "#") {
			continue
		}
		i, ok := b.regions[f[0]]
		if !ok || b.geonamesPoint[i] {
			continue
		}
		id, err1 := strconv.Atoi(f[1])
		lat, err2 := strconv.ParseFloat(f[2], 64)
		lon, err3 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil || err3 != nil {
			continue
		}
		e := &b.entries[i]
		if e.ID == 0 {
			e.ID = id
			b.byID[id] = i
		}
		e.Lat, e.Lon = lat, lon
	}
}

// addContinents adds the continents of continents.txt, unless the builder
// has them already (from a GeoNames dump with continent rows).
func (b *Builder) addContinents() {
	for _, line := range strings.Split(continentsText, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.HasPrefix(line, "#") {
			continue
		}
		id, err1 := strconv.Atoi(f[0])
		lat, err2 := strconv.ParseFloat(f[1], 64)
		lon, err3 := strconv.ParseFloat(f[2], 64)
		names := strings.Split(f[3], ",")
		if err1 != nil || err2 != nil || err3 != nil || b.HasID(id) {
			continue
		}
		for i := range names {
			names[i] = strings.TrimSpace(names[i])
		}
		b.Add(Entry{ID: id, Name: names[0], Level: LevelContinent, Feature: "L.CONT", Lat: lat, Lon: lon}, names[1:], nil)
	}
}

// addAliases files countries under the short names of aliases.txt.
func (b *Builder) addAliases() {
	eachTableLine(aliasesText, func(code string, names []string) {
		i, ok := b.regions[code]
		if !ok {
			return
		}
		for _, n := range names {
			b.addName(i, n, false)
		}
	})
}
