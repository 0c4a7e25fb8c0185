// Package actor codes who acts in the news, in the style of CAMEO actor codes:
// a country (ISO 3166-1 alpha-3, or a people such as KUR) or an international
// body (IGO..., NGO...), followed by a sector (GOV, MIL, COP, REB, CVL, MED,
// ...). "Syrian Foreign Ministry" is SYRGOV, "Turkish police" TURCOP,
// "Kurdish fighters" KURREB, "civilians" CVL, "UN Security Council" IGOUNO.
//
// A Dictionary holds three embedded tables, all data (data/*.txt):
// countries with their demonyms and seats of government, named actors with
// their codes, and sector words. Users extend it with their own actor lines
// (Add, AddFile), which take precedence over the embedded ones.
package actor

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

//go:embed data/countries.txt
var countriesText string

//go:embed data/actors.txt
var actorsText string

//go:embed data/sectors.txt
var sectorsText string

// A Kind says what a dictionary name is.
type Kind uint8

const (
	KindActor   Kind = iota + 1 // a named actor: "SANA", "NATO", "Vladimir Putin"
	KindCountry                 // a country's name: "Syria"; Code is the country
	KindDemonym                 // a demonym or adjective: "Syrian", "Kurds"; Code is the country or people
	KindSeat                    // a seat of government: "Damascus"; Code is the country
)

// An Entry is what the dictionary knows about a name.
type Entry struct {
	Code string            // "SYRMED", "IGOUNO"; for countries, demonyms and seats the bare country code "SYR"
	Type sitrep.EntityType // ORG, PERSON, GPE, NORP
	Kind Kind
	Name string // the canonical name: "United Nations", "Syria"
}

// A Dictionary maps names and words to actor codes. It is safe for
// concurrent reads; Add must not run concurrently with lookups.
type Dictionary struct {
	// keys holds names and the first words of longer names, so that one
	// lookup tells both whether a key is a name and whether a name goes on.
	keys       map[string]keyInfo
	keyBits    *keyFilter        // filters the keys of keys
	sectors    map[string]string // lower-case word sequence → sector
	sectorBits *keyFilter        // filters the keys of sectors: most phrases asked are none
	maxSector  int               // most words in a sector entry
	seatByCode map[string]string // country code → its seat of government's canonical name
}

// keyInfo is what the dictionary knows about a key.
type keyInfo struct {
	entry  Entry
	named  bool // the key is a name, with entry
	prefix bool // the key is the first words of a longer name
}

// New returns the embedded dictionary. Each call returns a new Dictionary, so
// one caller's additions do not leak into another's.
func New() (*Dictionary, error) {
	d := &Dictionary{keys: make(map[string]keyInfo), keyBits: new(keyFilter), sectors: make(map[string]string), sectorBits: new(keyFilter), seatByCode: make(map[string]string)}
	if err := d.addCountries(countriesText); err != nil {
		return nil, fmt.Errorf("actor: countries: %w", err)
	}
	if err := d.Add(strings.NewReader(actorsText)); err != nil {
		return nil, fmt.Errorf("actor: actors: %w", err)
	}
	if err := d.addSectors(sectorsText); err != nil {
		return nil, fmt.Errorf("actor: sectors: %w", err)
	}
	return d, nil
}

// AddFile adds the actors of a file in the format of Add.
func (d *Dictionary) AddFile(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("actor: %w", err)
	}
	defer f.Close()
	if err := d.Add(f); err != nil {
		return fmt.Errorf("actor: %s: %w", path, err)
	}
	return nil
}

// Add reads actor lines: a code, a tab, an entity type (ORG, PERSON, GPE,
// NORP, ...), a tab, and comma-separated names, the first canonical. Blank
// lines and lines starting with # are ignored. Names already known are
// overridden.
func (d *Dictionary) Add(r io.Reader) error {
	return eachLine(r, 3, func(f []string) error {
		code, typ := strings.TrimSpace(f[0]), sitrep.EntityType(strings.TrimSpace(f[1]))
		if code == "" || typ == "" {
			return fmt.Errorf("empty code or type")
		}
		names := splitList(f[2])
		for _, n := range names {
			d.file(Key(n), Entry{Code: code, Type: typ, Kind: KindActor, Name: names[0]})
		}
		return nil
	})
}

func (d *Dictionary) addCountries(text string) error {
	return eachLine(strings.NewReader(text), 4, func(f []string) error {
		code := strings.TrimSpace(f[0])
		names := splitList(f[1])
		canonical := code
		if len(names) > 0 {
			canonical = names[0]
		}
		// Demonyms first, so that a name that is both ("US") stays a country.
		for _, n := range splitList(f[2]) {
			e := Entry{Code: code, Type: sitrep.NORP, Kind: KindDemonym, Name: canonical}
			d.file(Key(n), e)
			if p, ok := plural(n); ok {
				d.file(Key(p), e)
			}
		}
		for _, n := range names {
			d.file(Key(n), Entry{Code: code, Type: sitrep.GPE, Kind: KindCountry, Name: canonical})
		}
		for i, n := range splitList(f[3]) {
			if i == 0 {
				d.seatByCode[code] = n
			}
			d.file(Key(n), Entry{Code: code, Type: sitrep.GPE, Kind: KindSeat, Name: n})
		}
		return nil
	})
}

// file files e under key, and marks the key's leading words as prefixes.
// A word ends at a space or before an apostrophe: a tokenizer makes the
// possessive "'s" of "People's Protection Units" a word of its own.
func (d *Dictionary) file(key string, e Entry) {
	k := d.keys[key]
	k.entry, k.named = e, true
	d.keys[key] = k
	d.keyBits.add(key)
	for i := 0; i < len(key); i++ {
		if key[i] == ' ' || key[i] == '\'' && i > 0 && key[i-1] != ' ' {
			k := d.keys[key[:i]]
			k.prefix = true
			d.keys[key[:i]] = k
			d.keyBits.add(key[:i])
		}
	}
}

// plural derives the plural of a demonym used as a noun: "Syrians",
// "Iraqis", "Kurds"; not "Lebanese", "British" or "Swiss".
func plural(w string) (string, bool) {
	for _, suf := range []string{"ese", "sh", "ch", "ss", "s", "x"} {
		if strings.HasSuffix(w, suf) {
			return "", false
		}
	}
	return w + "s", true
}

func (d *Dictionary) addSectors(text string) error {
	return eachLine(strings.NewReader(text), 2, func(f []string) error {
		sector := strings.TrimSpace(f[0])
		for _, w := range splitList(f[1]) {
			w = strings.ToLower(w)
			d.sectors[w] = sector
			d.sectorBits.add(w)
			d.maxSector = max(d.maxSector, len(strings.Fields(w)))
		}
		return nil
	})
}

func eachLine(r io.Reader, fields int, fn func([]string) error) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return fmt.Errorf("line %d: want %d tab-separated fields, got %d", n, fields, len(f))
		}
		if err := fn(f); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" && p != "-" {
			out = append(out, p)
		}
	}
	return out
}

// Key returns the lookup form of a name: lower case, without periods,
// with typographic apostrophes and dashes made plain and spaces collapsed.
// "U.S." and "US" share a key, as do "Al-Jazeera" and "al-jazeera".
func Key(name string) string {
	return string(AppendKey(make([]byte, 0, len(name)), name))
}

// AppendKey appends the Key of name to b, for callers that look up many
// names without allocating.
func AppendKey(b []byte, name string) []byte {
	start := len(b)
	space := false
	for i := 0; i < len(name); {
		// ASCII, most names, a byte at a time: the rune path below costs
		// a decoding and a unicode.IsSpace call per letter.
		if c := name[i]; c < utf8.RuneSelf {
			i++
			switch c {
			case '.':
				continue
			case ' ', '\t', '\n', '\v', '\f', '\r': // unicode.IsSpace's ASCII
				space = len(b) > start
				continue
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(name[i:])
		i += size
		switch {
		case r == '’' || r == '‘':
			r = '\''
		case r == '‐' || r == '‑' || r == '–':
			r = '-'
		case unicode.IsSpace(r):
			space = len(b) > start
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if r < utf8.RuneSelf {
			b = append(b, byte(r))
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
	}
	return b
}

// AppendKeyOfLower is AppendKey for a caller that holds lower, name as
// strings.ToLower makes it. Most names are plain: ASCII without periods,
// whose only whitespace is single spaces between words. Their key is their
// lower case, which it copies, cheaper than building the key.
func AppendKeyOfLower(b []byte, name, lower string) []byte {
	if !IsPlainKey(name) {
		return AppendKey(b, name)
	}
	return append(b, lower...)
}

// IsPlainKey reports whether s is plain (see AppendKeyOfLower): whether
// its key is its lower case.
func IsPlainKey(s string) bool {
	for j := 0; j < len(s); j++ {
		// One table load per byte: names are mostly letters.
		if c := s[j]; !plainByte[c] {
			if c != ' ' || j == 0 || j == len(s)-1 || s[j-1] == ' ' {
				return false
			}
		}
	}
	return true
}

// plainByte marks the bytes that a plain name holds anywhere: ASCII but
// periods and the whitespace AppendKey collapses. A space is plain only
// between two other bytes, which IsPlainKey checks.
var plainByte = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = c != '.' && c != ' ' && (c < '\t' || c > '\r')
	}
	return t
}()

// Lookup returns the entry of a name: an actor, a country, a demonym or a
// seat of government.
func (d *Dictionary) Lookup(name string) (Entry, bool) {
	var buf [64]byte
	k := d.keys[string(AppendKey(buf[:0], name))]
	return k.entry, k.named
}

// SameEntry reports whether names a and b both name one entry of the
// dictionary: "AP" and "Associated Press".
func (d *Dictionary) SameEntry(a, b string) bool {
	ea, okA := d.Lookup(a)
	eb, okB := d.Lookup(b)
	return okA && okB && ea.Name == eb.Name && ea.Code == eb.Code
}

// Seat returns the canonical name of a country's seat of government.
func (d *Dictionary) Seat(country string) string { return d.seatByCode[country] }

// MaxSectorWords returns the number of words of the longest sector entry.
func (d *Dictionary) MaxSectorWords() int { return d.maxSector }

// NoSector is the sector of a phrase that has none of its own but hides
// the sector of a word in it: a "press secretary" speaks for a body, and
// is no journalist as "press" alone would say (data/sectors.txt, "-").
const NoSector = "-"

// Sector returns the sector of a phrase, given in lower case with single
// spaces ("police", "defense ministry"), NoSector, or "".
func (d *Dictionary) Sector(phrase string) string { return d.sectors[phrase] }

// SectorKey is Sector for a phrase in a buffer; it does not allocate.
func (d *Dictionary) SectorKey(phrase []byte) string {
	if !d.sectorBits.mayHave(phrase) {
		return ""
	}
	return d.sectors[string(phrase)]
}

// Code composes an actor code from a country (or "") and a sector (or "").
// An international code (IGO..., NGO...) keeps its own sector.
func Code(country, sector string) string {
	switch {
	case country == "":
		return sector
	case sector == "" || strings.HasPrefix(country, "IGO") || strings.HasPrefix(country, "NGO") || strings.HasPrefix(country, "IMG"):
		return country
	case strings.HasSuffix(country, sector):
		return country
	}
	return country + sector
}

// SectorOf returns the sector part of an actor code, its last three
// letters: "MIL" of "RUSMIL" and of "MIL", "COP" of "KENCOP"; "" for a
// code shorter than a sector.
func SectorOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	return code[len(code)-3:]
}

// StateSector reports whether sector is one of a state's executive arms:
// its government, armed forces, police or intelligence (GOV, MIL, COP,
// SPY).
func StateSector(sector string) bool {
	switch sector {
	case "GOV", "MIL", "COP", "SPY":
		return true
	}
	return false
}

// Armed reports whether an actor code's sector is an armed party: armed
// forces (MIL), rebels (REB), insurgents (INS), separatists (SEP) or
// unidentified armed forces (UAF). Police (COP) are not among them.
func Armed(code string) bool {
	switch SectorOf(code) {
	case "MIL", "REB", "INS", "SEP", "UAF":
		return true
	}
	return false
}

// Country returns the country part of an actor code: "SYR" of "SYRGOV", ""
// of "CVL" or "IGOUNO".
func Country(code string) string {
	if len(code) < 3 {
		return ""
	}
	c := code[:3]
	for _, r := range c {
		if r >= utf8.RuneSelf || !unicode.IsUpper(r) {
			return ""
		}
	}
	switch c {
	case "IGO", "NGO", "IMG", "CVL", "GOV", "MIL", "COP", "REB", "OPP", "MED", "REF", "UAF", "HLH", "JUD", "LEG", "SPY", "BUS", "EDU", "LAB", "REL":
		return ""
	}
	return c
}

// IsPrefixKey reports whether key, in Key form, is the first words of a
// longer name; it does not allocate.
func (d *Dictionary) IsPrefixKey(key []byte) bool {
	return d.keyBits.mayHave(key) && d.keys[string(key)].prefix
}

// LookupKey is Lookup for a name already in Key form; it does not allocate.
func (d *Dictionary) LookupKey(key []byte) (Entry, bool) {
	if !d.keyBits.mayHave(key) {
		return Entry{}, false
	}
	k := d.keys[string(key)]
	return k.entry, k.named
}

// LookupPrefixKey is LookupKey and IsPrefixKey in one lookup: the entry of
// key if it is a name (named), and whether it is the first words of a
// longer name (prefix). It does not allocate.
func (d *Dictionary) LookupPrefixKey(key []byte) (e Entry, named, prefix bool) {
	if !d.keyBits.mayHave(key) {
		return Entry{}, false, false
	}
	k := d.keys[string(key)]
	return k.entry, k.named, k.prefix
}

// LookupPrefixString is LookupPrefixKey for a key held in a string, such
// as the lower case of a plain name (see IsPlainKey), which needs no
// buffer.
func (d *Dictionary) LookupPrefixString(key string) (e Entry, named, prefix bool) {
	if b := keyBit(key); d.keyBits[b>>6]&(1<<(b&63)) == 0 {
		return Entry{}, false, false
	}
	k := d.keys[key]
	return k.entry, k.named, k.prefix
}

// A keyFilter rejects most keys that are not in the dictionary from their
// length and first and last bytes, before the map is asked: most words of
// a text are no name.
type keyFilter [1024]uint64 // 65536 bits

func keyBit[S string | []byte](key S) uint32 {
	x := uint32(min(len(key), 255)) << 16
	if len(key) > 0 {
		x |= uint32(key[0]) | uint32(key[len(key)-1])<<8
	}
	return x * 0x9E3779B1 >> 16
}

func (f *keyFilter) add(key string) {
	b := keyBit(key)
	f[b>>6] |= 1 << (b & 63)
}

// mayHave reports false if key is certainly not in the dictionary.
func (f *keyFilter) mayHave(key []byte) bool {
	b := keyBit(key)
	return f[b>>6]&(1<<(b&63)) != 0
}
