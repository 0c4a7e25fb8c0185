package gazetteer

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// ReadGeoNamesDir adds to b the GeoNames dump files in dir, in this order:
// countryInfo.txt, admin1CodesASCII.txt and admin2Codes.txt (regions and
// their names), every other .txt or .tsv file in the geoname table format
// (cities500.txt, cities15000.txt, allCountries.txt, a country file such as
// SY.txt, or a user's own gazetteer), and last alternateNamesV2.txt (or
// alternateNames.txt). A file X.txt may also be given as X.zip, as GeoNames
// serves it. Known GeoNames files of other kinds (hierarchy.txt,
// featureCodes_en.txt, ...) are skipped.
func (b *Builder) ReadGeoNamesDir(dir string) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	files := map[string]string{} // base name without extension → path
	for _, e := range ents {
		name := e.Name()
		ext := filepath.Ext(name)
		if e.IsDir() || (ext != ".txt" && ext != ".tsv" && ext != ".zip") {
			continue
		}
		base := strings.TrimSuffix(name, ext)
		if _, dup := files[base]; dup && ext == ".zip" {
			continue // the unzipped file wins
		}
		files[base] = filepath.Join(dir, name)
	}
	read := func(base string, fn func(io.Reader) error) error {
		path, ok := files[base]
		if !ok {
			return nil
		}
		delete(files, base)
		if err := readFile(path, fn); err != nil {
			return fmt.Errorf("gazetteer: %s: %w", path, err)
		}
		return nil
	}
	if err := read("countryInfo", b.ReadCountryInfo); err != nil {
		return err
	}
	if err := read("admin1CodesASCII", func(r io.Reader) error { return b.ReadAdminCodes(r, LevelAdmin1) }); err != nil {
		return err
	}
	if err := read("admin2Codes", func(r io.Reader) error { return b.ReadAdminCodes(r, LevelAdmin2) }); err != nil {
		return err
	}
	alternates := []string{"alternateNamesV2", "alternateNames"}
	var tables []string
	for base := range files {
		if slices.Contains(alternates, base) || skippedGeoNamesFiles[base] {
			continue
		}
		tables = append(tables, base)
	}
	sort.Strings(tables)
	for _, base := range tables {
		if err := read(base, b.ReadPlaces); err != nil {
			return err
		}
	}
	for _, base := range alternates {
		if err := read(base, b.ReadAlternateNames); err != nil {
			return err
		}
	}
	return nil
}

// skippedGeoNamesFiles are dump files that are not geoname tables.
var skippedGeoNamesFiles = map[string]bool{
	"hierarchy": true, "featureCodes_en": true, "iso-languagecodes": true, "timeZones": true,
	"adminCode5": true, "userTags": true, "shapes_simplified_low": true, "readme": true,
	"deletes": true, "modifications": true, "no-country": true, "SOURCE": true,
}

// readFile calls fn on the file at path, or on the first .txt file inside it
// if it is a zip archive.
func readFile(path string, fn func(io.Reader) error) error {
	if filepath.Ext(path) == ".zip" {
		zr, err := zip.OpenReader(path)
		if err != nil {
			return err
		}
		defer zr.Close()
		for _, f := range zr.File {
			if filepath.Ext(f.Name) != ".txt" || strings.HasPrefix(filepath.Base(f.Name), "readme") {
				continue
			}
			rc, err := f.Open()
			if err != nil {
				return err
			}
			defer rc.Close()
			return fn(rc)
		}
		return fmt.Errorf("no .txt file in archive")
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return fn(f)
}

// eachRow calls fn with the tab-separated fields of every line of r that is
// not empty or a # comment.
func eachRow(r io.Reader, fn func(fields []string, line int) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	line := 0
	var fields []string
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		fields = splitTabs(text, fields[:0])
		if err := fn(fields, line); err != nil {
			return fmt.Errorf("line %d: %w", line, err)
		}
	}
	return sc.Err()
}

func splitTabs(s string, dst []string) []string {
	for {
		i := strings.IndexByte(s, '\t')
		if i < 0 {
			return append(dst, s)
		}
		dst = append(dst, s[:i])
		s = s[i+1:]
	}
}

// ReadCountryInfo adds the countries of a GeoNames countryInfo.txt:
// ISO, ISO3, ISO-Numeric, fips, Country, Capital, Area, Population, ...,
// geonameid (column 17).
func (b *Builder) ReadCountryInfo(r io.Reader) error {
	return eachRow(r, func(f []string, _ int) error {
		if f[0] == "ISO" {
			return nil // a header line without its "#"
		}
		if len(f) < 17 || len(f[0]) != 2 {
			return fmt.Errorf("want at least 17 fields and an ISO code, got %d fields", len(f))
		}
		id, _ := strconv.Atoi(f[16])
		pop, _ := strconv.Atoi(f[7])
		b.Add(Entry{ID: id, Name: f[4], Level: LevelCountry, Feature: "A.PCLI", Country: f[0], Population: pop}, nil, nil)
		return nil
	})
}

// ReadAdminCodes adds the regions of admin1CodesASCII.txt (level LevelAdmin1)
// or admin2Codes.txt (LevelAdmin2): code ("SY.07" or "US.LA.079"), name,
// ASCII name, geonameid.
func (b *Builder) ReadAdminCodes(r io.Reader, level Level) error {
	return eachRow(r, func(f []string, _ int) error {
		if len(f) < 2 {
			return fmt.Errorf("want a code and a name, got %d fields", len(f))
		}
		e, ok := regionEntry(f[0], f[1], level)
		if !ok {
			return fmt.Errorf("malformed %v code %q", level, f[0])
		}
		if len(f) >= 4 {
			e.ID, _ = strconv.Atoi(f[3])
		}
		var ascii []string
		if len(f) >= 3 && f[2] != f[1] {
			ascii = []string{f[2]}
		}
		b.Add(e, ascii, nil)
		return nil
	})
}

// AddRegion adds a region given by its dotted GeoNames code ("SY.07",
// "US.LA.079") and name, and reports whether the code was well formed.
func (b *Builder) AddRegion(code, name string, level Level) bool {
	e, ok := regionEntry(code, name, level)
	if ok {
		b.Add(e, nil, nil)
	}
	return ok
}

// SetRegionID gives the region with the dotted GeoNames code ("CD",
// "SY.07", "US.LA.079") the GeoNames id, unless it has one already, and
// reports whether the builder has that region. It is for region lists that
// come without ids (the embedded index's).
func (b *Builder) SetRegionID(code string, id int) bool {
	i, ok := b.regions[code]
	if !ok {
		return false
	}
	if b.entries[i].ID == 0 && id != 0 {
		b.entries[i].ID = id
		b.byID[id] = i
	}
	return true
}

func regionEntry(code, name string, level Level) (Entry, bool) {
	parts := strings.Split(code, ".")
	e := Entry{Name: name, Level: level}
	switch {
	case level == LevelAdmin1 && len(parts) == 2:
		e.Country, e.Admin1, e.Feature = parts[0], parts[1], "A.ADM1"
	case level == LevelAdmin2 && len(parts) == 3:
		e.Country, e.Admin1, e.Admin2, e.Feature = parts[0], parts[1], parts[2], "A.ADM2"
	default:
		return e, false
	}
	return e, true
}

// ReadPlaces adds the rows of a geoname table (cities500.txt,
// allCountries.txt): geonameid, name, asciiname, alternatenames (comma
// separated), latitude, longitude, feature class, feature code, country code,
// cc2, admin1, admin2, admin3, admin4, population, elevation, dem, timezone,
// modification date. Populated places (class P) become places; ADM1 and ADM2
// rows complete their regions; PCLI and other political entities complete
// their countries. Other features are added as places only if they have a
// population, since rivers and hills are rarely what news text locates.
func (b *Builder) ReadPlaces(r io.Reader) error {
	return eachRow(r, func(f []string, _ int) error {
		if len(f) < 15 {
			return fmt.Errorf("want 19 geoname fields, got %d", len(f))
		}
		id, err := strconv.Atoi(f[0])
		if err != nil {
			return fmt.Errorf("geonameid %q: %w", f[0], err)
		}
		lat, err1 := strconv.ParseFloat(f[4], 64)
		lon, err2 := strconv.ParseFloat(f[5], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("coordinates %q, %q", f[4], f[5])
		}
		pop, _ := strconv.Atoi(f[14])
		e := Entry{ID: id, Name: f[1], Level: LevelPlace, Feature: f[6] + "." + f[7],
			Country: f[8], Admin1: f[10], Admin2: f[11], Lat: lat, Lon: lon, Population: pop}
		switch {
		case f[6] == "P":
			if f[7] == "PPLQ" || f[7] == "PPLH" {
				return nil // abandoned or historical
			}
		case f[7] == "ADM1":
			e.Level, e.Admin2 = LevelAdmin1, ""
		case f[7] == "ADM2":
			e.Level = LevelAdmin2
		case f[6] == "A" && strings.HasPrefix(f[7], "PCL"):
			e.Level, e.Admin1, e.Admin2 = LevelCountry, "", ""
		case f[7] == "CONT":
			e.Level, e.Country, e.Admin1, e.Admin2 = LevelContinent, "", "", ""
		case pop > 0:
		default:
			return nil
		}
		var preferred []string
		if f[2] != "" && f[2] != f[1] {
			preferred = []string{f[2]}
		}
		var alternates []string
		if f[3] != "" {
			alternates = strings.Split(f[3], ",")
		}
		i := b.Add(e, preferred, alternates)
		b.geonamesPoint[i] = true
		return nil
	})
}

// ReadAlternateNames adds names from alternateNamesV2.txt: alternateNameId,
// geonameid, isolanguage, name, ... to the entries already added. Rows for
// other entries, and pseudo-languages that hold codes and links (iata, link,
// post, ...), are skipped.
func (b *Builder) ReadAlternateNames(r io.Reader) error {
	return eachRow(r, func(f []string, _ int) error {
		if len(f) < 4 {
			return fmt.Errorf("want at least 4 fields, got %d", len(f))
		}
		if codeLanguages[f[2]] {
			return nil
		}
		id, err := strconv.Atoi(f[1])
		if err != nil {
			return fmt.Errorf("geonameid %q: %w", f[1], err)
		}
		b.AddNames(id, f[3])
		return nil
	})
}

var codeLanguages = map[string]bool{"link": true, "post": true, "iata": true, "icao": true,
	"faac": true, "tcid": true, "unlc": true, "abbr": true, "wkdt": true, "fr_1793": true, "phon": true}
