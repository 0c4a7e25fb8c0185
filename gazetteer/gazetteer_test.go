package gazetteer

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFoldEquivalences(t *testing.T) {
	same := [][2]string{
		{"Deir Ezzour", "Deir al-Zour"},
		{"Deir ez-Zor", "Dayr az-Zor"},
		{"Deyr ez Zor", "Deir Zor"},
		{"Raqqa", "Ar-Raqqah"},
		{"Raqqa", "ar Raqqa"},
		{"Hama", "Hamah"},
		{"Ma'arrat al-Nu'man", "Maarrat an-Numan"},
		{"Al-Hasakah", "Hasakah"},
		{"São Paulo", "Sao Paulo"},
		{"Kraków", "KRAKOW"},
		{"St. Louis", "Saint Louis"},
		{"Łódź", "Lodz"},
		{"Zour", "Zur"},
	}
	for _, p := range same {
		if a, b := Fold(p[0]), Fold(p[1]); a != b {
			t.Errorf("Fold(%q) = %q, Fold(%q) = %q, want equal", p[0], a, p[1], b)
		}
	}
	different := [][2]string{
		{"Essen", "Sen"},         // a first word keeps its letters
		{"Al", "Deir"},           // a lone article is a word
		{"Paris", "Paris Texas"}, // words are not dropped
		{"Amman", "Aman"},        // doubled letters fold...
	}
	for _, p := range different[:3] {
		if a, b := Fold(p[0]), Fold(p[1]); a == b {
			t.Errorf("Fold(%q) = Fold(%q) = %q, want different", p[0], p[1], a)
		}
	}
	if a, b := Fold("Amman"), Fold("Aman"); a != b {
		t.Errorf("Fold(Amman) = %q, Fold(Aman) = %q, want equal", a, b)
	}
	for _, s := range []string{"", " ", "-", "'", "\uFFFD", "ال"} {
		_ = Fold(s) // must not panic
	}
}

func TestSameSpelling(t *testing.T) {
	same := [][2]string{
		{"Deir ez-Zor", "deir ez zor"},
		{"Bogotá", "Bogota"},
		{"Łódź", "Lodz"},
		{"Ma'arrat", "Maarrat"},
		{"St. Petersburg", "Saint Petersburg"},
		{"Samarra", "Sāmarrā’"},
	}
	for _, p := range same {
		if !SameSpelling(p[0], p[1]) {
			t.Errorf("SameSpelling(%q, %q) = false, want true", p[0], p[1])
		}
	}
	// Names that Fold files together, spelled apart.
	different := [][2]string{{"Gubio", "Gubbio"}, {"Raqqa", "Ar Raqqah"}, {"Zour", "Zur"}, {"Aman", "Amman"}, {"Stalingrad", "Saint"}}
	for _, p := range different {
		if SameSpelling(p[0], p[1]) {
			t.Errorf("SameSpelling(%q, %q) = true, want false", p[0], p[1])
		}
	}
}

// fixture builds the gazetteer of testdata/geonames.
func fixture(t testing.TB) *Gazetteer {
	t.Helper()
	b := NewBuilder()
	if err := b.ReadGeoNamesDir("testdata/geonames"); err != nil {
		t.Fatal(err)
	}
	g, err := b.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func ids(cs []Candidate) []int {
	var out []int
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func has(cs []Candidate, id int) bool {
	for _, c := range cs {
		if c.ID == id {
			return true
		}
	}
	return false
}

func TestGeoNamesFixture(t *testing.T) {
	g := fixture(t)
	tests := []struct {
		name string
		want int // a GeoNames id among the candidates; 0 means no candidates
	}{
		{"Deir ez-Zor", 170794},
		{"Deir Ezzour", 170794},  // from alternateNamesV2.txt
		{"Dayr az Zawr", 170794}, // from the alternatenames column
		{"Deir al-Zour", 170794},
		{"Deir ez-Zor Governorate", 170792},
		{"Deir ez-Zor", 170792}, // the region word is optional
		{"Damas", 170654},
		{"Alexandria City", 4314550},
		{"Rapides Parish", 4338356},
		{"Louisiana", 4331987},
		{"Syria", 163843},
		{"United States", 6252001},
		{"US", 6252001},   // aliases.txt
		{"DEZ", 0},        // codes are not names
		{"دير الزور", 0},  // only Latin-script names are filed
		{"Some Creek", 0}, // a stream without population
		{"Nowhere", 0},    // alternate name of an unknown id
	}
	for _, tt := range tests {
		got := g.Lookup(tt.name)
		if tt.want == 0 {
			if len(got) != 0 {
				t.Errorf("Lookup(%q) = %v, want none", tt.name, ids(got))
			}
			continue
		}
		if !has(got, tt.want) {
			t.Errorf("Lookup(%q) = %v, want %d among them", tt.name, ids(got), tt.want)
		}
	}
	// The ADM1 row completed the region from admin1CodesASCII.txt.
	a, ok := g.Admin1("SY", "07")
	if !ok || a.ID != 170792 || a.Lat != 35.16667 || a.Level != LevelAdmin1 || a.Feature != "A.ADM1" {
		t.Errorf("Admin1(SY, 07) = %+v, %v", a, ok)
	}
	// A region without a row is placed at its places' middle.
	la, ok := g.Admin1("US", "LA")
	if !ok || la.Lat != 31.31129 || la.Lon != -92.44514 {
		t.Errorf("Admin1(US, LA) = %+v, want the point of its one place", la)
	}
	// A GeoNames PCLI row's point is kept over countrypoints.txt.
	us, ok := g.Country("us")
	if !ok || us.ID != 6252001 || us.Level != LevelCountry {
		t.Errorf("Country(us) = %+v, %v", us, ok)
	}
	// Syria has no PCLI row: it is placed among its places.
	sy, _ := g.Country("SY")
	if sy.Lat < 33 || sy.Lat > 36 {
		t.Errorf("Country(SY).Lat = %v, want between its places", sy.Lat)
	}
	if name := g.Admin1Name(g.Lookup("Deir Ezzour")[0].Entry); name != "Deir ez-Zor" {
		t.Errorf("Admin1Name = %q, want Deir ez-Zor", name)
	}
	if _, ok := g.Admin2("US", "LA", "079"); !ok {
		t.Error("Admin2(US, LA, 079) not found")
	}
	if !g.HasPrefix("dair") || g.HasPrefix("dair zor x") {
		t.Error("HasPrefix is wrong")
	}
	for _, key := range []string{"dair", "dair zor", "dair zor governorate", "damas", "zzz", "a", ""} {
		found, longer := g.Probe(key)
		if found != g.Has(key) || longer != g.HasPrefix(key) {
			t.Errorf("Probe(%q) = %v, %v; want %v, %v", key, found, longer, g.Has(key), g.HasPrefix(key))
		}
	}
	// ProbeWord answers as Probe of the folded word, from the cache the
	// second time; FoldCached as Fold.
	for range 2 {
		for _, w := range []string{"Dair", "Deir ez-Zor", "Damascus", "Zzz", "'", "", "Ezzour"} {
			key, found, longer := g.ProbeWord(w)
			wantFound, wantLonger := g.Probe(Fold(w))
			if key != Fold(w) || found != wantFound || longer != wantLonger {
				t.Errorf("ProbeWord(%q) = %q, %v, %v; want %q, %v, %v", w, key, found, longer, Fold(w), wantFound, wantLonger)
			}
			if got := g.FoldCached(w); got != Fold(w) {
				t.Errorf("FoldCached(%q) = %q, want %q", w, got, Fold(w))
			}
		}
	}
	for _, c := range g.Lookup("Deir ez-Zor") {
		if c.ID == 170794 && c.Alternate {
			t.Error("Deir ez-Zor is 170794's preferred name, not an alternate")
		}
	}
}

func TestWriteLoadRoundTrip(t *testing.T) {
	b := NewBuilder()
	if err := b.ReadGeoNamesDir("testdata/geonames"); err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	if err := b.Write(&raw); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	plain := filepath.Join(dir, "g.gaz")
	zipped := filepath.Join(dir, "g.gaz.gz")
	if err := os.WriteFile(plain, raw.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(raw.Bytes())
	zw.Close()
	if err := os.WriteFile(zipped, z.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{plain, zipped} {
		g, err := Load(path)
		if err != nil {
			t.Fatalf("Load(%s): %v", path, err)
		}
		if g.Len() != b.Len() {
			t.Errorf("Load(%s).Len() = %d, want %d", path, g.Len(), b.Len())
		}
		if got := g.Lookup("Deir Ezzour"); len(got) != 1 || got[0].ID != 170794 || got[0].Lat != 35.33588 {
			t.Errorf("Load(%s).Lookup(Deir Ezzour) = %+v", path, got)
		}
	}
	if _, err := Load(filepath.Join(dir, "missing")); err == nil {
		t.Error("Load of a missing file succeeded")
	}
}

func TestReadRejectsCorruptIndex(t *testing.T) {
	var raw bytes.Buffer
	b := NewBuilder()
	if err := b.ReadGeoNamesDir("testdata/geonames"); err != nil {
		t.Fatal(err)
	}
	if err := b.Write(&raw); err != nil {
		t.Fatal(err)
	}
	data := raw.Bytes()
	for _, bad := range [][]byte{nil, []byte("hello"), data[:len(data)/2], data[:headerSize+3]} {
		if _, err := Read(bytes.NewReader(bad)); err == nil {
			t.Errorf("Read of %d corrupt bytes succeeded", len(bad))
		}
	}
}

func FuzzRead(f *testing.F) {
	var raw bytes.Buffer
	b := NewBuilder()
	if err := b.ReadGeoNamesDir("testdata/geonames"); err != nil {
		f.Fatal(err)
	}
	if err := b.Write(&raw); err != nil {
		f.Fatal(err)
	}
	f.Add(raw.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		// A file that validates must answer lookups without panicking.
		g.Lookup("Deir ez-Zor")
		g.Country("SY")
		for i := range min(g.Len(), 50) {
			g.Entry(i)
		}
	})
}

func TestReadGeoNamesRejectsMalformedRows(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "cities.txt"), []byte("notanid\tX\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := NewBuilder().ReadGeoNamesDir(dir); err == nil {
		t.Error("ReadGeoNamesDir accepted a malformed geoname row")
	}
	if err := NewBuilder().ReadGeoNamesDir(filepath.Join(dir, "missing")); err == nil {
		t.Error("ReadGeoNamesDir accepted a missing directory")
	}
}

func TestDefault(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Deir Ezzour", "Dayr az Zawr", "Deir al-Zour", "Deir ez-Zor"} {
		if got := g.Lookup(name); !has(got, 170794) {
			t.Errorf("Lookup(%q) = %v, want 170794 among them", name, ids(got))
		}
	}
	for name, id := range map[string]int{"Raqqa": 172955, "Damascus": 170654, "MOSCOW": 524901} {
		if got := g.Lookup(name); !has(got, id) {
			t.Errorf("Lookup(%q) = %v, want %d among them", name, ids(got), id)
		}
	}
	if c, ok := g.Country("SY"); !ok || c.Name != "Syria" || c.ID != 163843 {
		t.Errorf("Country(SY) = %+v, %v, want Syria with its GeoNames id", c, ok)
	}
	// Regions come from lists without ids; regionids.txt gives them theirs.
	if a, ok := g.Admin1("SY", "07"); !ok || a.ID != 170792 {
		t.Errorf("Admin1(SY, 07) = %+v, %v, want Deir ez-Zor Governorate, 170792", a, ok)
	}
	// "Congo" alone is both Congos, as news uses it for either.
	if got := g.Lookup("Congo"); !has(got, 203312) || !has(got, 2260494) {
		t.Errorf("Lookup(Congo) = %v, want both 203312 (DR Congo) and 2260494 (Republic of the Congo)", ids(got))
	}
	if len(g.Lookup("")) != 0 || len(g.LookupKey("\x01SY", nil)) != 0 || g.Has("\x01SY") {
		t.Error("Lookup of an empty name or a region code found entries")
	}
}

func TestDemonyms(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for word, want := range map[string]string{"Syrian": "SY", "Syrians": "SY", "Turkish": "TR",
		"American": "US", "british": "GB", "South Korean": "KR", "Iraqis": "IQ"} {
		if got, ok := g.Demonym(word); !ok || got != want {
			t.Errorf("Demonym(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
	for _, word := range []string{"Kurdish", "Syria", "Observatory", ""} {
		if got, ok := g.Demonym(word); ok {
			t.Errorf("Demonym(%q) = %q, want none", word, got)
		}
	}
	if !g.IsPeople("Kurdish") || g.IsPeople("Syrian") {
		t.Error("IsPeople is wrong")
	}
	if !g.IsCommonWord("Reading") || g.IsCommonWord("Damascus") {
		t.Error("IsCommonWord is wrong")
	}
}

func BenchmarkLookup(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	names := []string{"Deir Ezzour", "Damascus", "Alexandria", "Springfield", "Nowhereville"}
	b.ReportAllocs()
	var dst []Candidate
	for i := 0; b.Loop(); i++ {
		dst = g.LookupKey(Fold(names[i%len(names)]), dst[:0])
	}
}

// BenchmarkOpenEmbedded measures what Default costs on first use.
func BenchmarkOpenEmbedded(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := open(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFoldASCIIMatchesGeneral checks the ASCII fast path of Fold against the
// general one on names and on random ASCII strings built from the letters
// that the conventions act on.
func TestFoldASCIIMatchesGeneral(t *testing.T) {
	general := func(s string) string { return strings.Join(foldWords(s, nil), " ") }
	names := []string{
		"", " ", "'", "Deir ez-Zor", "Deir Ezzour", "Dayr az Zur", "Deir al-Zour", "Raqqah", "St. Louis",
		"Mt Kenya", "Ft. Worth", "Ma'arrat al-Numan", "al", "Al Al", "ezzour ezzour", "Hamah", "ah",
		"Ouagadougou", "Beirut", "Kayseri", "ash-Sham", "A--B", "  Aleppo  ", "1100", "Essen", "e-llll",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const alphabet = "aeiouyhlnrstdzAEOUSTL 0-'`.,"
	for range 20000 {
		b := make([]byte, rng.IntN(14))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		names = append(names, string(b))
	}
	for _, s := range names {
		if got, want := Fold(s), general(s); got != want {
			t.Fatalf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestLongNames looks up names longer than the key iterator's inline buffer,
// among many that share a long prefix, so that keys are decoded across
// blocks and from long shared prefixes.
func TestLongNames(t *testing.T) {
	b := NewBuilder()
	long := strings.Repeat("Very Long Place Name ", 5) // 105 bytes
	var names []string
	for i := range 3 * blockSize {
		name := fmt.Sprintf("%s%03d", long, i)
		names = append(names, name)
		b.Add(Entry{ID: i + 1, Name: name, Level: LevelPlace, Country: "SY"}, []string{name}, nil)
	}
	b.Add(Entry{ID: 1000, Name: "Short", Level: LevelPlace, Country: "SY"}, []string{"Short"}, nil)
	g, err := b.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for i, name := range names {
		got := g.Lookup(name)
		if len(got) != 1 || got[0].ID != i+1 {
			t.Fatalf("Lookup(%q) = %+v, want ID %d", name, got, i+1)
		}
		if found, longer := g.Probe(Fold(name)); !found || longer {
			t.Errorf("Probe(%q) = %v, %v, want true, false", name, found, longer)
		}
	}
	if found, longer := g.Probe(Fold(long)); found || !longer {
		t.Errorf("Probe(prefix) = %v, %v, want false, true", found, longer)
	}
	if got := g.Lookup("Short"); len(got) != 1 || got[0].ID != 1000 {
		t.Errorf("Lookup(Short) = %+v", got)
	}
	if g.Has(Fold(long + "999")) {
		t.Error("Has of a missing long name")
	}
}
