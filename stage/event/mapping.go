package event

import (
	"bufio"
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

//go:embed data/mappings.txt
var mappingsData string

// A Mapping is what one PLOVER category and mode correspond to in CAMEO and
// ACLED.
type Mapping struct {
	CAMEO        string // two-digit CAMEO root code, "19"
	QuadClass    int    // GDELT QuadClass of the root: 1..4
	ACLEDType    string // "" if ACLED does not record such events
	ACLEDSubType string
}

// mappingKey selects a row of the mapping table.
type mappingKey struct {
	category sitrep.Category
	mode     string // "-" for the category's default row
	civilian bool
}

// mappings is the parsed mapping table, with every row's fallbacks
// resolved (see lookup), by category. Every event looks its row up: maps
// keyed by strings find it faster than one keyed by a struct of them.
type mappings map[sitrep.Category]*categoryRows

// categoryRows are the resolved rows of one category.
type categoryRows struct {
	modes map[string]*rows // by mode ("-" too)
	def   rows             // the category's row ("-")
}

// rows are the resolved rows of one category and mode, by whether the
// victims are civilians (index 1).
type rows [2]Mapping

func parseMappings(src string) (mappings, error) {
	m := map[mappingKey]Mapping{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		lhs, rhs, ok := strings.Cut(line, "=>")
		if !ok {
			return nil, fmt.Errorf("event: mappings line %d: missing \"=>\"", n)
		}
		key := strings.Fields(lhs)
		vals := strings.Split(rhs, ";")
		if len(key) < 2 || len(key) > 3 || len(vals) != 3 {
			return nil, fmt.Errorf("event: mappings line %d: want CATEGORY MODE [civilian] => CAMEO ; TYPE ; SUBTYPE", n)
		}
		cat := sitrep.Category(key[0])
		if !slices.Contains(sitrep.Categories(), cat) {
			return nil, fmt.Errorf("event: mappings line %d: unknown category %q", n, key[0])
		}
		if len(key) == 3 && key[2] != "civilian" {
			return nil, fmt.Errorf("event: mappings line %d: unknown flag %q", n, key[2])
		}
		root := strings.TrimSpace(vals[0])
		quad := QuadClass(root)
		if quad == 0 {
			return nil, fmt.Errorf("event: mappings line %d: bad CAMEO root %q", n, root)
		}
		m[mappingKey{cat, key[1], len(key) == 3}] = Mapping{
			CAMEO: root, QuadClass: quad,
			ACLEDType: strings.TrimSpace(vals[1]), ACLEDSubType: strings.TrimSpace(vals[2]),
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// Resolve the fallbacks of every category and mode of the table once,
	// so that an event costs two look-ups, not four.
	resolved := mappings{}
	for k := range m {
		cr := resolved[k.category]
		if cr == nil {
			cr = &categoryRows{modes: map[string]*rows{}}
			for i, civilian := range []bool{false, true} {
				cr.def[i] = fallback(m, k.category, "-", civilian)
			}
			resolved[k.category] = cr
		}
		if cr.modes[k.mode] == nil {
			rs := &rows{}
			for i, civilian := range []bool{false, true} {
				rs[i] = fallback(m, k.category, k.mode, civilian)
			}
			cr.modes[k.mode] = rs
		}
	}
	return resolved, nil
}

// fallback returns the row of table m for an event, falling back from the
// mode's civilian row to its general row, then to the category's; the zero
// Mapping if the category has none.
func fallback(m map[mappingKey]Mapping, cat sitrep.Category, mode string, civilian bool) Mapping {
	for _, k := range []mappingKey{{cat, mode, civilian}, {cat, mode, false}, {cat, "-", civilian}, {cat, "-", false}} {
		if k.mode == "" {
			continue
		}
		if r, ok := m[k]; ok {
			return r
		}
	}
	return Mapping{}
}

// lookup returns the row for an event, as fallback does: a mode the table
// does not name has the category's row.
func (m mappings) lookup(cat sitrep.Category, mode string, civilian bool) Mapping {
	cr := m[cat]
	if cr == nil {
		return Mapping{}
	}
	civ := 0
	if civilian {
		civ = 1
	}
	// A mode's rows fall back to the category's already (see fallback).
	if rs := cr.modes[mode]; mode != "" && rs != nil {
		return rs[civ]
	}
	return cr.def[civ] // the zero Mapping if the category has no row
}

// QuadClass returns the GDELT QuadClass of a CAMEO code (its first two
// digits): 1 verbal cooperation (01-05), 2 material cooperation (06-08),
// 3 verbal conflict (09-13), 4 material conflict (14-20); 0 if code is not a
// CAMEO code.
func QuadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	root, err := strconv.Atoi(code[:2])
	if err != nil {
		return 0
	}
	switch {
	case root >= 1 && root <= 5:
		return 1
	case root >= 6 && root <= 8:
		return 2
	case root >= 9 && root <= 13:
		return 3
	case root >= 14 && root <= 20:
		return 4
	}
	return 0
}
