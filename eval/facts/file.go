package facts

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// A Category is one kind of fact in a fact file.
type Category string

// The fact categories of FORMAT.md, in the order reports list them.
const (
	Entities Category = "entities"
	Places   Category = "places"
	Times    Category = "times"
	Numbers  Category = "numbers"
	Quotes   Category = "quotes"
	Events   Category = "events"
)

// Categories lists every fact category in report order.
func Categories() []Category {
	return []Category{Entities, Places, Times, Numbers, Quotes, Events}
}

// Aliases is a list of names any one of which is enough to match. A nil
// Aliases means the field was not given, and is not checked.
type Aliases []string

// A File is one parsed fact file: what a careful analyst records from one
// article. Every field of every fact is checked only where the file gives it.
type File struct {
	Published time.Time // the publication date at 00:00 UTC; zero if not given
	Source    string    // the publisher the reader should detect; "" if not given
	Complete  []Category

	Entities []Entity
	Places   []Place
	Times    []Time
	Numbers  []Number
	Quotes   []Quote
	Events   []Event

	// Warnings are the parts of the file that were ignored: unknown
	// categories or fields, values of the wrong type, facts with nothing to check.
	Warnings []string
}

// IsComplete reports whether the file annotates c exhaustively, so that
// precision over the system's items of c is defined.
func (f *File) IsComplete(c Category) bool { return slices.Contains(f.Complete, c) }

// An Entity fact is a named thing of one type.
type Entity struct {
	Index int    // position in the file's "entities" list
	Type  string // "PERSON", "ORG", ...; "" if not given (any type matches)
	Names Aliases
}

// A Level is how finely a place fact locates its place.
type Level string

// Place levels. A fact with a GeoNames id or coordinates is a point.
const (
	LevelPoint   Level = "point"
	LevelAdmin1  Level = "admin1"
	LevelCountry Level = "country"
)

// A Location is where a place fact or an event's place is.
type Location struct {
	Level     Level
	GeonameID int // 0 if not given
	HasPoint  bool
	Lat, Lon  float64 // meaningful only if HasPoint
	Country   string  // ISO 3166-1 alpha-2; "" if not given
	Admin1    string  // GeoNames admin1 code; "" if not given
}

// A Place fact is a toponym and where it is.
type Place struct {
	Index int
	Names Aliases
	Location
}

// A Time fact is a time expression and its TIMEX3 value.
type Time struct {
	Index int
	Text  string // "" if not given: then any time expression with Value matches
	Value string
}

// A Range is a count of people: Min, and Max unless Open.
type Range struct {
	Min, Max float64
	Open     bool // a null max: "at least Min"
}

// String returns "14+", "30" or "10-20".
func (r Range) String() string {
	switch {
	case r.Open:
		return fmt.Sprintf("%g+", r.Min)
	case r.Min == r.Max:
		return fmt.Sprintf("%g", r.Min)
	}
	return fmt.Sprintf("%g-%g", r.Min, r.Max)
}

// A Number fact is a casualty figure or other quantity.
type Number struct {
	Index int
	Text  string
	Range *Range // nil if not given
	Unit  string // killed, injured, missing, arrested, displaced, people, other; "" if not given
	Who   Aliases
}

// A Chain is a quote's reporting chain between speaker and publisher.
// Written as a list of names it is a list of aliases, one of which must name
// some link; written as a list of lists it is an ordered chain, nearest
// first, whose i-th link must match the i-th list. An empty list means
// the speaker is quoted directly, with no intermediary.
type Chain struct {
	Links   []Aliases
	Ordered bool
}

// A Quote fact is an attribution of reported speech.
type Quote struct {
	Index    int
	Speaker  Aliases
	Contains string // "" if not given
	Cue      Aliases
	Direct   *bool  // nil if not given
	Via      *Chain // nil if not given
}

// A Claim fact is a stance someone takes toward an event.
type Claim struct {
	Stance string // assert, accuse, deny, confirm; "" if not given
	By     Aliases
	Actor  Aliases
}

// An EventPlace is where an event fact happened: a location, or, if the
// fact gives no location, only names.
type EventPlace struct {
	Names Aliases
	Location
	HasLocation bool
}

// An Event fact is one PLOVER event.
type Event struct {
	Index   int
	Types   Aliases // PLOVER categories; any one is enough
	Modes   Aliases
	Date    string      // "" if not given
	Place   *EventPlace // nil if not given
	Actor   Aliases
	Target  Aliases
	Sources Aliases
	Dead    *Range
	Injured *Range
	Claims  []Claim
}

// Len returns the number of facts of category c.
func (f *File) Len(c Category) int {
	switch c {
	case Entities:
		return len(f.Entities)
	case Places:
		return len(f.Places)
	case Times:
		return len(f.Times)
	case Numbers:
		return len(f.Numbers)
	case Quotes:
		return len(f.Quotes)
	case Events:
		return len(f.Events)
	}
	return 0
}

// Parse reads a fact file. It fails only if data is not a JSON object; any
// other oddity (unknown categories or fields, values of the wrong type,
// facts with nothing to check) is skipped and recorded in File.Warnings.
func Parse(data []byte) (*File, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil || top == nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			return nil, fmt.Errorf("facts: invalid JSON at byte %d: %w", syntax.Offset, err)
		}
		return nil, fmt.Errorf("facts: not a JSON object")
	}
	f := &File{}
	o := newObject(top, "file", &f.Warnings)
	if s, ok := o.str("published"); ok {
		t, err := parseDate(s)
		if err != nil {
			o.warnf("published %q is not a date; ignored", s)
		} else {
			f.Published = t
		}
	}
	f.Source, _ = o.str("source")
	if names, ok := o.aliases("complete"); ok {
		for _, n := range names {
			c := Category(strings.ToLower(strings.TrimSpace(n)))
			if !slices.Contains(Categories(), c) {
				o.warnf("complete: unknown category %q ignored", n)
				continue
			}
			f.Complete = append(f.Complete, c)
		}
	}
	for _, c := range Categories() {
		items, ok := o.list(string(c))
		if !ok {
			continue
		}
		for i, item := range items {
			it, ok := o.element(fmt.Sprintf("%s[%d]", c, i), item)
			if !ok {
				continue
			}
			f.addFact(c, i, it)
			it.unknown()
		}
	}
	o.unknown()
	return f, nil
}

// parseDate reads the date at the start of s, "2017-10-24" or
// "2017-10-24T10:00:00Z", as 00:00 UTC that day: the reader wants the
// publication date, and the time of day would shift relative dates only
// across a time zone the fact file may not give.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if len(s) > len(time.DateOnly) {
		s = s[:len(time.DateOnly)]
	}
	return time.Parse(time.DateOnly, s)
}

// addFact parses one fact of category c from o and appends it, unless it
// gives nothing to check.
func (f *File) addFact(c Category, i int, o *object) {
	switch c {
	case Entities:
		e := Entity{Index: i, Names: o.names("names")}
		e.Type, _ = o.str("type")
		e.Type = strings.ToUpper(strings.TrimSpace(e.Type))
		if e.Type != "" && !slices.Contains(entityTypes, e.Type) {
			o.warnf("type %q is not one of %s", e.Type, strings.Join(entityTypes, ", "))
		}
		if e.Names == nil {
			o.warnf("no names; skipped")
			return
		}
		f.Entities = append(f.Entities, e)
	case Places:
		p := Place{Index: i, Names: o.names("names"), Location: o.location()}
		if p.Level == "" {
			if p.Names == nil {
				o.warnf("neither names nor a location; skipped")
				return
			}
			o.warnf("no location; matched by name only")
		}
		f.Places = append(f.Places, p)
	case Times:
		t := Time{Index: i}
		t.Text, _ = o.str("text")
		t.Value, _ = o.str("value")
		if t.Value == "" {
			o.warnf("no value; skipped")
			return
		}
		f.Times = append(f.Times, t)
	case Numbers:
		n := Number{Index: i, Range: o.rangeIn(), Who: o.names("who")}
		n.Text, _ = o.str("text")
		n.Unit, _ = o.str("unit")
		n.Unit = strings.ToLower(strings.TrimSpace(n.Unit))
		if n.Unit != "" && !slices.Contains(numberUnits, n.Unit) {
			o.warnf("unit %q is not one of %s", n.Unit, strings.Join(numberUnits, ", "))
		}
		if n.Text == "" && n.Range == nil && n.Unit == "" {
			o.warnf("neither text, range nor unit; skipped")
			return
		}
		f.Numbers = append(f.Numbers, n)
	case Quotes:
		q := Quote{Index: i, Speaker: o.names("speaker"), Cue: o.names("cue"), Via: o.chain("via")}
		q.Contains, _ = o.str("contains")
		if b, ok := o.boolean("direct"); ok {
			q.Direct = &b
		}
		if q.Speaker == nil && q.Contains == "" {
			o.warnf("neither speaker nor contains; skipped")
			return
		}
		f.Quotes = append(f.Quotes, q)
	case Events:
		e := Event{Index: i, Types: o.names("type"), Modes: o.names("mode"),
			Actor: o.names("actor"), Target: o.names("target"), Sources: o.names("sources")}
		e.Date, _ = o.str("date")
		if p, ok := o.child("place"); ok {
			ep := EventPlace{Names: p.names("names"), Location: p.location()}
			ep.HasLocation = ep.Level != ""
			if ep.HasLocation || ep.Names != nil {
				e.Place = &ep
			} else {
				p.warnf("neither names nor a location; place not checked")
			}
			p.unknown()
		}
		if d, ok := o.child("dead"); ok {
			e.Dead = d.rangeIn()
			d.unknown()
		}
		if d, ok := o.child("injured"); ok {
			e.Injured = d.rangeIn()
			d.unknown()
		}
		if claims, ok := o.list("claims"); ok {
			for j, raw := range claims {
				c, ok := o.element(fmt.Sprintf("claims[%d]", j), raw)
				if !ok {
					continue
				}
				cl := Claim{By: c.names("by"), Actor: c.names("actor")}
				cl.Stance, _ = c.str("stance")
				cl.Stance = strings.ToLower(strings.TrimSpace(cl.Stance))
				if cl.Stance != "" && !slices.Contains(stances, cl.Stance) {
					c.warnf("stance %q is not one of %s", cl.Stance, strings.Join(stances, ", "))
				}
				c.unknown()
				if cl.Stance == "" && cl.By == nil && cl.Actor == nil {
					c.warnf("nothing to check; skipped")
					continue
				}
				e.Claims = append(e.Claims, cl)
			}
		}
		for k, t := range e.Types {
			e.Types[k] = strings.ToUpper(strings.TrimSpace(t))
			if !slices.Contains(sitrep.Categories(), sitrep.Category(e.Types[k])) {
				o.warnf("type %q is not a PLOVER category", t)
			}
		}
		if e.Types == nil {
			o.warnf("no type; any event category matches")
		}
		f.Events = append(f.Events, e)
	}
}

// entityTypes are the entity types FORMAT.md allows.
var entityTypes = []string{"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "WEAPON", "OTHER"}

// stances are the stances a claim may take: FORMAT.md's four, and DOMAIN.md's "question".
var stances = []string{"assert", "accuse", "deny", "confirm", "question"}

// numberUnits are the units FORMAT.md allows in a number fact.
var numberUnits = []string{"killed", "injured", "missing", "arrested", "displaced", "people", "other"}

// An object is one JSON object of a fact file, read field by field so that
// a bad field costs only itself. It remembers which fields were read, so
// that unknown ones can be reported.
type object struct {
	fields map[string]json.RawMessage
	where  string // for warnings: "events[2].place"
	warn   *[]string
	used   map[string]bool
}

func newObject(fields map[string]json.RawMessage, where string, warn *[]string) *object {
	return &object{fields: fields, where: where, warn: warn, used: make(map[string]bool)}
}

func (o *object) warnf(format string, args ...any) {
	*o.warn = append(*o.warn, o.where+": "+fmt.Sprintf(format, args...))
}

// raw returns the field key, marking it read; a JSON null counts as absent.
func (o *object) raw(key string) (json.RawMessage, bool) {
	o.used[key] = true
	r, ok := o.fields[key]
	if !ok || string(r) == "null" {
		return nil, false
	}
	return r, true
}

// unknown warns about every field that no one read.
func (o *object) unknown() {
	var keys []string
	for k := range o.fields {
		if !o.used[k] {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		o.warnf("unknown field %q ignored", k)
	}
}

func (o *object) str(key string) (string, bool) {
	r, ok := o.raw(key)
	if !ok {
		return "", false
	}
	var s string
	if err := json.Unmarshal(r, &s); err != nil {
		o.warnf("%s is not a string; ignored", key)
		return "", false
	}
	return s, true
}

func (o *object) boolean(key string) (bool, bool) {
	r, ok := o.raw(key)
	if !ok {
		return false, false
	}
	var b bool
	if err := json.Unmarshal(r, &b); err != nil {
		o.warnf("%s is not true or false; ignored", key)
		return false, false
	}
	return b, true
}

func (o *object) number(key string) (float64, bool) {
	r, ok := o.raw(key)
	if !ok {
		return 0, false
	}
	var n json.Number
	if err := json.Unmarshal(r, &n); err != nil {
		o.warnf("%s is not a number; ignored", key)
		return 0, false
	}
	v, err := n.Float64()
	if err != nil {
		o.warnf("%s is not a number; ignored", key)
		return 0, false
	}
	return v, true
}

// aliases reads a list of strings; a single string is taken as a list of one.
func (o *object) aliases(key string) (Aliases, bool) {
	r, ok := o.raw(key)
	if !ok {
		return nil, false
	}
	a, ok := decodeAliases(r)
	if !ok {
		o.warnf("%s is not a string or a list of strings; ignored", key)
		return nil, false
	}
	return a, true
}

func decodeAliases(r json.RawMessage) (Aliases, bool) {
	var one string
	if json.Unmarshal(r, &one) == nil {
		return Aliases{one}, true
	}
	var many []string
	if json.Unmarshal(r, &many) == nil {
		if many == nil {
			many = Aliases{}
		}
		return many, true
	}
	return nil, false
}

// names reads an alias list that must name something: empty names are
// dropped, and a list left empty is not checked.
func (o *object) names(key string) Aliases {
	a, ok := o.aliases(key)
	if !ok {
		return nil
	}
	var out Aliases
	for _, n := range a {
		if Fold(n) != "" {
			out = append(out, n)
		}
	}
	if out == nil {
		o.warnf("%s has no usable name; not checked", key)
	}
	return out
}

// chain reads a reporting chain; see Chain.
func (o *object) chain(key string) *Chain {
	r, ok := o.raw(key)
	if !ok {
		return nil
	}
	if a, ok := decodeAliases(r); ok {
		if len(a) == 0 {
			return &Chain{}
		}
		return &Chain{Links: []Aliases{a}}
	}
	var links []json.RawMessage
	if err := json.Unmarshal(r, &links); err != nil {
		o.warnf("%s is not a list; ignored", key)
		return nil
	}
	c := &Chain{Ordered: true}
	for _, l := range links {
		a, ok := decodeAliases(l)
		if !ok || len(a) == 0 {
			o.warnf("%s is neither a list of names nor a list of lists of names; ignored", key)
			return nil
		}
		c.Links = append(c.Links, a)
	}
	return c
}

func (o *object) list(key string) ([]json.RawMessage, bool) {
	r, ok := o.raw(key)
	if !ok {
		return nil, false
	}
	var items []json.RawMessage
	if err := json.Unmarshal(r, &items); err != nil {
		o.warnf("%s is not a list; ignored", key)
		return nil, false
	}
	return items, true
}

// element returns raw, a list element named where ("claims[0]"), as an object.
func (o *object) element(where string, raw json.RawMessage) (*object, bool) {
	if o.where != "file" {
		where = o.where + "." + where
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil || fields == nil {
		*o.warn = append(*o.warn, where+": not an object; skipped")
		return nil, false
	}
	return newObject(fields, where, o.warn), true
}

// child returns the object in field key.
func (o *object) child(key string) (*object, bool) {
	r, ok := o.raw(key)
	if !ok {
		return nil, false
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(r, &fields); err != nil || fields == nil {
		o.warnf("%s is not an object; ignored", key)
		return nil, false
	}
	return newObject(fields, o.where+"."+key, o.warn), true
}

// rangeIn reads min and max from o. A null max means "at least min"; an
// absent max means exactly min. Nil if o gives no min.
func (o *object) rangeIn() *Range {
	min, ok := o.number("min")
	if !ok {
		if _, given := o.fields["max"]; given {
			o.used["max"] = true
			o.warnf("max without min; range not checked")
		}
		return nil
	}
	r := &Range{Min: min, Max: min}
	maxRaw, given := o.fields["max"]
	switch {
	case !given:
	case string(maxRaw) == "null":
		r.Open = true
		o.used["max"] = true
	default:
		if max, ok := o.number("max"); ok {
			r.Max = max
		}
	}
	return r
}

// location reads a place's location; its Level is "" if o gives none.
func (o *object) location() Location {
	var l Location
	if id, ok := o.number("geonameid"); ok {
		l.GeonameID = int(id)
	}
	lat, okLat := o.number("lat")
	lon, okLon := o.number("lon")
	if okLat && okLon {
		l.HasPoint, l.Lat, l.Lon = true, lat, lon
	} else if okLat || okLon {
		o.warnf("lat and lon must both be given; coordinates ignored")
	}
	l.Country, _ = o.str("country")
	l.Country = strings.ToUpper(strings.TrimSpace(l.Country))
	l.Admin1, _ = o.str("admin1")
	l.Admin1 = strings.TrimSpace(l.Admin1)
	level, _ := o.str("level")
	switch lv := Level(strings.ToLower(strings.TrimSpace(level))); {
	case lv == LevelCountry && l.Country != "":
		l.Level = LevelCountry
	case lv == LevelAdmin1 && l.Country != "" && l.Admin1 != "":
		l.Level = LevelAdmin1
	case lv == LevelCountry || lv == LevelAdmin1:
		o.warnf("level %q without its country or admin1 code; level ignored", level)
		fallthrough
	default:
		if lv != "" && lv != LevelCountry && lv != LevelAdmin1 && lv != LevelPoint {
			o.warnf("unknown level %q; inferred from the other fields", level)
		}
		switch {
		case l.GeonameID != 0 || l.HasPoint:
			l.Level = LevelPoint
		case l.Admin1 != "" && l.Country != "":
			l.Level = LevelAdmin1
		case l.Country != "":
			l.Level = LevelCountry
		}
	}
	return l
}
