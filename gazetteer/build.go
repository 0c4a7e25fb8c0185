package gazetteer

import (
	"bytes"
	"io"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// A Builder collects entries and names and writes a gazetteer index.
// Entries with a GeoNames id are merged when added twice, so a builder can
// read a region from admin1CodesASCII.txt and then its coordinates from
// allCountries.txt.
type Builder struct {
	entries []Entry
	byID    map[int]int
	names   map[string][]uint32
	regions map[string]int // "country", "SY.07", "SY.07.x" → entry index
	// geonamesPoint marks entries whose point comes from a GeoNames row,
	// which countrypoints.txt does not override.
	geonamesPoint map[int]bool
}

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	return &Builder{byID: map[int]int{}, names: map[string][]uint32{}, regions: map[string]int{}, geonamesPoint: map[int]bool{}}
}

// Len returns the number of entries added so far.
func (b *Builder) Len() int { return len(b.entries) }

// Add adds e, filed under e.Name and the preferred names in preferred, and
// under the alternate names in alternates; it returns the entry's index. If
// an entry with the same nonzero ID, or the same region codes, exists, Add
// fills that entry's unknown fields from e instead and adds the names to it.
func (b *Builder) Add(e Entry, preferred, alternates []string) int {
	i, ok := b.existing(e)
	if ok {
		old := &b.entries[i]
		if old.ID == 0 {
			old.ID = e.ID
		}
		if old.Lat == 0 && old.Lon == 0 {
			old.Lat, old.Lon = e.Lat, e.Lon
		}
		if old.Population == 0 {
			old.Population = e.Population
		}
		if old.Feature == "" || (e.Feature != "" && strings.HasPrefix(e.Feature, "A.") && old.Level != LevelPlace) {
			old.Feature = e.Feature
		}
		if old.Name == "" {
			old.Name = e.Name
		}
	} else {
		i = len(b.entries)
		b.entries = append(b.entries, e)
		if e.ID != 0 {
			b.byID[e.ID] = i
		}
		if code := regionCode(e); code != "" {
			b.regions[code] = i
		}
	}
	if e.ID != 0 {
		b.byID[e.ID] = i
	}
	b.addName(i, e.Name, false)
	for _, n := range preferred {
		b.addName(i, n, false)
	}
	for _, n := range alternates {
		b.addName(i, n, true)
	}
	if e.Level == LevelAdmin1 || e.Level == LevelAdmin2 {
		for _, n := range append([]string{e.Name}, preferred...) {
			if short := stripRegionWord(n); short != "" {
				b.addName(i, short, true)
			}
			if short := stripRegionPrefix(n); short != "" {
				b.addName(i, short, true)
			}
		}
	}
	return i
}

func (b *Builder) existing(e Entry) (int, bool) {
	if e.ID != 0 {
		if i, ok := b.byID[e.ID]; ok {
			return i, true
		}
	}
	if code := regionCode(e); code != "" {
		i, ok := b.regions[code]
		return i, ok
	}
	return 0, false
}

// regionCode returns the key of a region entry, or "" for places.
func regionCode(e Entry) string {
	switch e.Level {
	case LevelCountry:
		return e.Country
	case LevelAdmin1:
		return e.Country + "." + e.Admin1
	case LevelAdmin2:
		return e.Country + "." + e.Admin1 + "." + e.Admin2
	}
	return ""
}

// AddNames files the entry with GeoNames id under more names and reports
// whether the entry exists.
func (b *Builder) AddNames(id int, alternates ...string) bool {
	i, ok := b.byID[id]
	if !ok {
		return false
	}
	for _, n := range alternates {
		b.addName(i, n, true)
	}
	return true
}

// HasID reports whether an entry with GeoNames id was added.
func (b *Builder) HasID(id int) bool { _, ok := b.byID[id]; return ok }

// addName files entry i under name. Alternate names that are codes ("DEZ",
// "SYR") or in a non-Latin script are skipped: English text does not use
// them, and codes collide with acronyms.
func (b *Builder) addName(i int, name string, alternate bool) {
	if alternate && !usableAlternate(name) {
		return
	}
	key := Fold(name)
	if key == "" || !isLatinKey(key) {
		return
	}
	p := uint32(i) << 1
	if alternate {
		p |= 1
	}
	posts := b.names[key]
	for j, q := range posts {
		if q>>1 == uint32(i) {
			if !alternate {
				posts[j] = p // a preferred name wins
			}
			return
		}
	}
	b.names[key] = append(posts, p)
}

// usableAlternate reports whether an alternate name may be written in English
// text: at least two letters, no digits, and not an all-capital code of up to
// four letters.
func usableAlternate(name string) bool {
	letters, upper := 0, 0
	for _, r := range name {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 2 && !(letters <= 4 && upper == letters)
}

func isLatinKey(key string) bool {
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c == ' ' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// regionWords are the generic words that region names carry and text often
// omits: "Deir ez-Zor Governorate" is "Deir ez-Zor".
var regionWords = []string{"Governorate", "Province", "Region", "Oblast", "District",
	"County", "Parish", "Department", "Municipality", "State", "Prefecture", "Voivodeship",
	"Autonomous Region", "Autonomous Community", "Emirate", "Division", "Krai", "Rayon", "Raion"}

// regionPrefixes are the generic words that lead some region names and
// text often omits: "Province of Nueva Ecija" is "Nueva Ecija". Longer
// prefixes come first. "District of" and "City of" are not among them:
// "Columbia" is not the District of Columbia, nor "London" the City of
// London.
var regionPrefixes = []string{"Urban Municipality of", "Autonomous Region of", "Autonomous Province of",
	"Province of", "State of", "Municipality of", "County of", "Region of", "Republic of",
	"Department of", "Governorate of", "Prefecture of", "Canton of", "Emirate of"}

// stripRegionPrefix returns name without a leading generic region word, or "".
func stripRegionPrefix(name string) string {
	for _, p := range regionPrefixes {
		if s, ok := strings.CutPrefix(name, p+" "); ok && s != "" {
			return s
		}
	}
	return ""
}

// stripRegionWord returns name without a trailing generic region word, or "".
func stripRegionWord(name string) string {
	for _, w := range regionWords {
		if s, ok := strings.CutSuffix(name, " "+w); ok && s != "" {
			return s
		}
	}
	return ""
}

// locate gives regions without coordinates the middle of the places in them:
// the centre of their bounding box. (Against the GeoNames points of US
// states and the Wikipedia points of provinces, the box's centre is closer
// than the mean or a trimmed box, which lean toward where people live.)
func (b *Builder) locate() {
	lats := map[int][]float64{}
	lons := map[int][]float64{}
	pops := map[int]int{}
	for _, e := range b.entries {
		if e.Level != LevelPlace || (e.Lat == 0 && e.Lon == 0) {
			continue
		}
		for _, code := range []string{e.Country, e.Country + "." + e.Admin1, e.Country + "." + e.Admin1 + "." + e.Admin2} {
			if i, ok := b.regions[code]; ok {
				lats[i] = append(lats[i], e.Lat)
				lons[i] = append(lons[i], e.Lon)
				pops[i] += e.Population
			}
		}
	}
	for i := range b.entries {
		e := &b.entries[i]
		if e.Level != LevelPlace && e.Population == 0 {
			e.Population = pops[i]
		}
		if e.Level == LevelPlace || e.Lat != 0 || e.Lon != 0 || len(lats[i]) == 0 {
			continue
		}
		if e.Level == LevelAdmin2 {
			// Counties are small: a stray place miscoded into one moves a
			// box's centre far, so their box leaves out the outer tenths.
			e.Lat, e.Lon = trimmedMiddle(lats[i]), trimmedMiddle(lons[i])
		} else {
			e.Lat, e.Lon = middle(lats[i]), middleLon(lons[i])
		}
	}
	// A region without places of its own takes its parent's point:
	// admin1 regions first, so that admin2 regions find theirs placed.
	for _, level := range []Level{LevelAdmin1, LevelAdmin2} {
		for i := range b.entries {
			e := &b.entries[i]
			if e.Level != level || e.Lat != 0 || e.Lon != 0 {
				continue
			}
			parent := e.Country
			if level == LevelAdmin2 {
				parent += "." + e.Admin1
			}
			if j, ok := b.regions[parent]; ok {
				e.Lat, e.Lon = b.entries[j].Lat, b.entries[j].Lon
			}
		}
	}
}

func middle(xs []float64) float64 {
	lo, hi := slices.Min(xs), slices.Max(xs)
	return (lo + hi) / 2
}

func trimmedMiddle(xs []float64) float64 {
	slices.Sort(xs)
	return (xs[len(xs)/10] + xs[len(xs)*9/10]) / 2
}

// middleLon is middle for longitudes: a region that spans more than half the
// globe in longitude is taken to cross the antimeridian (Alaska, Fiji).
func middleLon(xs []float64) float64 {
	lo, hi := slices.Min(xs), slices.Max(xs)
	if hi-lo <= 180 {
		return (lo + hi) / 2
	}
	shifted := make([]float64, len(xs))
	for i, x := range xs {
		if x < 0 {
			x += 360
		}
		shifted[i] = x
	}
	m := middle(shifted)
	if m > 180 {
		m -= 360
	}
	return m
}

// Write writes the gazetteer index to w. Countries get the GeoNames points
// of countrypoints.txt unless a GeoNames row gave theirs; other regions
// without coordinates are placed at the middle of the places in them (or
// at their parent region's point); countries are filed under the short
// names of aliases.txt ("US", "UK"); the continents of continents.txt are
// added.
func (b *Builder) Write(w io.Writer) error {
	b.addCountryPoints()
	b.addContinents()
	b.locate()
	b.addAliases()
	for k, posts := range b.names {
		sort.Slice(posts, func(i, j int) bool { return posts[i] < posts[j] })
		b.names[k] = posts
	}
	return write(w, b.entries, b.names)
}

// Gazetteer returns the gazetteer built so far, as Read would return it
// after Write.
func (b *Builder) Gazetteer() (*Gazetteer, error) {
	var buf bytes.Buffer
	if err := b.Write(&buf); err != nil {
		return nil, err
	}
	return Read(&buf)
}
