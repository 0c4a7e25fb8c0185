package date

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/internal/wordfilter"
)

//go:embed lexicon.txt
var lexiconText string

// A unit is a calendar unit, used both as a granularity ("2017-10" is a
// month) and as the unit of a shift or a duration.
type unit uint8

const (
	unitNone unit = iota
	unitSecond
	unitMinute
	unitHour
	unitDay
	unitWeekend
	unitWeek
	unitFortnight
	unitMonth
	unitSeason
	unitQuarter
	unitHalf
	unitYear
	unitDecade
	unitCentury
)

var unitCodes = map[string]unit{
	"S": unitSecond, "MIN": unitMinute, "H": unitHour, "D": unitDay, "WE": unitWeekend,
	"W": unitWeek, "FN": unitFortnight, "M": unitMonth, "Q": unitQuarter, "Y": unitYear,
	"DE": unitDecade, "CE": unitCentury,
}

// durationValue returns the TIMEX3 duration of n units u ("P3D", "PT16H"),
// or of an unknown number of them if n < 0 ("PXY"). Decades and centuries
// are written in years, as TimeBank does: "two decades" is P20Y.
func durationValue(u unit, n int) string {
	amount := "X"
	if n >= 0 {
		amount = strconv.Itoa(n)
	}
	years := func(k int) string {
		if n < 0 {
			return "PX" + map[int]string{10: "DE", 100: "CE"}[k]
		}
		return "P" + strconv.Itoa(n*k) + "Y"
	}
	switch u {
	case unitSecond:
		return "PT" + amount + "S"
	case unitMinute:
		return "PT" + amount + "M"
	case unitHour:
		return "PT" + amount + "H"
	case unitDay:
		return "P" + amount + "D"
	case unitWeek:
		return "P" + amount + "W"
	case unitWeekend:
		return "P" + amount + "WE"
	case unitFortnight:
		if n >= 0 {
			return "P" + strconv.Itoa(2*n) + "W"
		}
		return "PXW"
	case unitMonth:
		return "P" + amount + "M"
	case unitQuarter:
		return "P" + amount + "Q"
	case unitYear:
		return "P" + amount + "Y"
	case unitDecade:
		return years(10)
	case unitCentury:
		return years(100)
	}
	return ""
}

// A lexicon holds the words of time expressions, read from lexicon.txt.
type lexicon struct {
	months   map[string]int
	weekdays map[string]time.Weekday
	units    map[string]unit
	parts    map[string]string
	seasons  map[string]string
	refs     map[string]string
	sets     map[string]string
	shifts   map[string]int
	mods     map[string]string
	// zones maps a zone's abbreviation or city ("gmt", "sanaa") to its
	// offset from UTC, in minutes.
	zones map[string]int
	// holidays maps a holiday's words, joined by spaces ("christmas day"),
	// to its month and day ("12-25"; "11-TH" is Thanksgiving).
	holidays     map[string]string
	holidayFirst map[string]bool // first words of holidays
	maxHoliday   int
	// starts holds every word that may begin an expression.
	starts map[string]bool
	// startTable is starts for lookups: the scanner asks about every
	// token. monthTable is months, which dates ask about as often.
	startTable *wordfilter.Table[bool]
	monthTable *wordfilter.Table[int]
	// The maps above as Tables, for the scanner's lookups.
	unitTable                                            *wordfilter.Table[unit]
	shiftTable                                           *wordfilter.Table[int]
	weekdayTable                                         *wordfilter.Table[time.Weekday]
	partTable, seasonTable, refTable, setTable, modTable *wordfilter.Table[string]
}

// month returns the number of the month w names ("oct", "october"), in
// lower case.
func (lx *lexicon) month(w string) (int, bool) { return lx.monthTable.Get(w) }

// isMonth reports whether w, in any case, names a month: "March", "OCT".
func (lx *lexicon) isMonth(w string) bool {
	if !lx.monthTable.MayHaveFolded(w) {
		return false // most capitalized words, rejected without lowering them
	}
	// An ASCII word is lowered on the stack: a map lookup of a converted
	// byte slice does not allocate.
	var buf [16]byte
	if len(w) <= len(buf) {
		ascii := true
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[i] = c
		}
		if ascii {
			return lx.monthTable.Has(string(buf[:len(w)]))
		}
	}
	return lx.monthTable.Has(strings.ToLower(w))
}

// isStart reports whether word w may begin an expression.
func (lx *lexicon) isStart(w string) bool {
	return lx.startTable.Has(w)
}

func loadLexicon(text string) (*lexicon, error) {
	lx := &lexicon{
		months: map[string]int{}, weekdays: map[string]time.Weekday{}, units: map[string]unit{},
		parts: map[string]string{}, seasons: map[string]string{}, refs: map[string]string{},
		sets: map[string]string{}, shifts: map[string]int{}, mods: map[string]string{},
		holidays: map[string]string{}, zones: map[string]int{},
	}
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if f[0] == "holiday" && len(f) >= 3 {
			lx.holidays[strings.Join(f[1:len(f)-1], " ")] = f[len(f)-1]
			lx.maxHoliday = max(lx.maxHoliday, len(f)-2)
			continue
		}
		if len(f) != 3 {
			return nil, fmt.Errorf("lexicon line %d: want 3 fields, got %d", n+1, len(f))
		}
		kind, word, val := f[0], f[1], f[2]
		atoi := func() (int, error) {
			v, err := strconv.Atoi(val)
			if err != nil {
				return 0, fmt.Errorf("lexicon line %d: %w", n+1, err)
			}
			return v, nil
		}
		switch kind {
		case "month":
			v, err := atoi()
			if err != nil || v < 1 || v > 12 {
				return nil, fmt.Errorf("lexicon line %d: bad month %q", n+1, val)
			}
			lx.months[word] = v
		case "weekday":
			v, err := atoi()
			if err != nil || v < 0 || v > 6 {
				return nil, fmt.Errorf("lexicon line %d: bad weekday %q", n+1, val)
			}
			lx.weekdays[word] = time.Weekday(v)
		case "unit":
			u, ok := unitCodes[val]
			if !ok {
				return nil, fmt.Errorf("lexicon line %d: unknown unit %q", n+1, val)
			}
			lx.units[word] = u
		case "part":
			lx.parts[word] = val
		case "season":
			lx.seasons[word] = val
		case "ref":
			lx.refs[word] = val
		case "set":
			lx.sets[word] = val
		case "shift":
			v, err := atoi()
			if err != nil {
				return nil, err
			}
			lx.shifts[word] = v
		case "mod":
			lx.mods[word] = val
		case "zone":
			v, err := atoi()
			if err != nil || v < -720 || v > 840 {
				return nil, fmt.Errorf("lexicon line %d: bad zone offset %q", n+1, val)
			}
			lx.zones[word] = v
		default:
			return nil, fmt.Errorf("lexicon line %d: unknown kind %q", n+1, kind)
		}
	}
	lx.starts = map[string]bool{}
	for _, m := range []map[string]string{lx.parts, lx.seasons, lx.refs, lx.sets, lx.mods} {
		for w := range m {
			lx.starts[w] = true
		}
	}
	for w := range lx.months {
		lx.starts[w] = true
	}
	for w := range lx.weekdays {
		lx.starts[w] = true
	}
	for w := range lx.units {
		lx.starts[w] = true
	}
	for w := range lx.shifts {
		lx.starts[w] = true
	}
	lx.holidayFirst = map[string]bool{}
	for h := range lx.holidays {
		lx.starts[strings.Fields(h)[0]] = true
		lx.holidayFirst[strings.Fields(h)[0]] = true
	}
	for _, w := range strings.Fields(startWords) {
		lx.starts[w] = true
	}
	lx.startTable, lx.monthTable = wordfilter.NewTable(lx.starts), wordfilter.NewTable(lx.months)
	lx.unitTable, lx.shiftTable, lx.weekdayTable = wordfilter.NewTable(lx.units), wordfilter.NewTable(lx.shifts), wordfilter.NewTable(lx.weekdays)
	lx.partTable, lx.seasonTable, lx.refTable = wordfilter.NewTable(lx.parts), wordfilter.NewTable(lx.seasons), wordfilter.NewTable(lx.refs)
	lx.setTable, lx.modTable = wordfilter.NewTable(lx.sets), wordfilter.NewTable(lx.mods)
	return lx, nil
}

// startWords may begin an expression besides the lexicon's words: number
// words, ordinals, determiners of amounts, and the words of fixed phrases.
const startWords = `the today yesterday tomorrow tonight every each at these a an one several few
	many some couple noon midnight midday nineteen eighteen twenty earlier later latest recent
	prior fiscal two three four five six seven eight nine ten eleven twelve thirteen fourteen
	fifteen sixteen seventeen thirty forty fifty sixty seventy eighty ninety hundred dozen
	first second third fourth 1st 2nd 3rd 4th final future start twenties thirties forties
	fifties sixties seventies eighties nineties`
