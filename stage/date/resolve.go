package date

import (
	"time"
)

// A point is a calendar period at some granularity: a day, a week, a month,
// a quarter, a season, a year, a decade or a century. Year 0 means the year
// is not known yet (it comes from the anchor).
type point struct {
	g      unit
	year   int
	month  int    // 1..12 for a month or a day
	day    int    // 1..31 for a day
	week   int    // ISO week for unitWeek and unitWeekend; year is then the ISO year
	part   int    // quarter (1..4) or half (1..2)
	season string // "SU" for unitSeason
}

func dayPoint(t time.Time) point {
	return point{g: unitDay, year: t.Year(), month: int(t.Month()), day: t.Day()}
}

func weekPoint(t time.Time, g unit) point {
	y, w := t.ISOWeek()
	return point{g: g, year: y, week: w}
}

// time returns the first day of p, and whether p has a known year.
func (p point) time() (time.Time, bool) {
	if p.year == 0 {
		return time.Time{}, false
	}
	switch p.g {
	case unitDay:
		return time.Date(p.year, time.Month(p.month), p.day, 0, 0, 0, 0, time.UTC), true
	case unitMonth:
		return time.Date(p.year, time.Month(p.month), 1, 0, 0, 0, 0, time.UTC), true
	case unitWeek, unitWeekend:
		// ISO week 1 holds January 4th.
		jan4 := time.Date(p.year, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(p.week-1))
		return monday, true
	case unitQuarter:
		return time.Date(p.year, time.Month(3*p.part-2), 1, 0, 0, 0, 0, time.UTC), true
	case unitHalf:
		return time.Date(p.year, time.Month(6*p.part-5), 1, 0, 0, 0, 0, time.UTC), true
	}
	return time.Date(p.year, 1, 1, 0, 0, 0, 0, time.UTC), true
}

// value returns p as a TIMEX3 value.
func (p point) value() string {
	var b [24]byte
	v := b[:0]
	if p.year == 0 {
		v = append(v, "XXXX"...)
	} else {
		v = pad(v, p.year, 4)
	}
	switch p.g {
	case unitDay:
		v = append(v, '-')
		v = pad(v, p.month, 2)
		v = append(v, '-')
		v = pad(v, p.day, 2)
	case unitWeek, unitWeekend:
		v = append(v, "-W"...)
		v = pad(v, p.week, 2)
		if p.g == unitWeekend {
			v = append(v, "-WE"...)
		}
	case unitMonth:
		v = append(v, '-')
		v = pad(v, p.month, 2)
	case unitSeason:
		v = append(v, '-')
		v = append(v, p.season...)
	case unitQuarter:
		v = append(v, "-Q"...)
		v = pad(v, p.part, 1)
	case unitHalf:
		v = append(v, "-H"...)
		v = pad(v, p.part, 1)
	case unitYear:
	case unitDecade:
		return string(v[:3])
	case unitCentury:
		return string(v[:2])
	default:
		return ""
	}
	return string(v)
}

// pad appends n in decimal, zero-padded to width digits.
func pad(dst []byte, n, width int) []byte {
	if n < 0 {
		n = 0
	}
	var digits [20]byte
	i := len(digits)
	for n > 0 || i == len(digits) {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
	}
	for k := len(digits) - i; k < width; k++ {
		dst = append(dst, '0')
	}
	return append(dst, digits[i:]...)
}

// shift returns the period of granularity u that lies n units of u from
// anchor: shift(2017-10-24, unitWeek, -1) is 2017-W42.
func shift(anchor time.Time, u unit, n int) point {
	y, m := anchor.Year(), int(anchor.Month())
	switch u {
	case unitDay:
		return dayPoint(anchor.AddDate(0, 0, n))
	case unitWeek, unitWeekend:
		return weekPoint(anchor.AddDate(0, 0, 7*n), u)
	case unitFortnight:
		return weekPoint(anchor.AddDate(0, 0, 14*n), unitWeek)
	case unitMonth:
		t := time.Date(y, time.Month(m+n), 1, 0, 0, 0, 0, time.UTC)
		return point{g: unitMonth, year: t.Year(), month: int(t.Month())}
	case unitQuarter:
		q := y*4 + (m-1)/3 + n
		return point{g: unitQuarter, year: floorDiv(q, 4), part: q - 4*floorDiv(q, 4) + 1}
	case unitHalf:
		h := y*2 + (m-1)/6 + n
		return point{g: unitHalf, year: floorDiv(h, 2), part: h - 2*floorDiv(h, 2) + 1}
	case unitYear:
		return point{g: unitYear, year: y + n}
	case unitDecade:
		return point{g: unitDecade, year: y + 10*n}
	case unitCentury:
		return point{g: unitCentury, year: y + 100*n}
	case unitHour, unitMinute, unitSecond:
		return dayPoint(anchor)
	}
	return point{g: unitYear, year: y + n}
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// seasonOf returns the season code of month m.
func seasonOf(m int) string {
	switch {
	case m >= 3 && m <= 5:
		return "SP"
	case m >= 6 && m <= 8:
		return "SU"
	case m >= 9 && m <= 11:
		return "FA"
	}
	return "WI"
}

var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// seasonYear returns the year of season s that lies n seasons of the same
// name from anchor: n = -1 is the last such season that has begun before
// the current one, 0 this year's, 1 the next one to begin.
func seasonYear(anchor time.Time, s string, n int) int {
	y, m := anchor.Year(), int(anchor.Month())
	if m <= 2 && s != "WI" {
		// January and February belong to the previous year's winter.
		m += 12
		y--
	}
	begun := m >= seasonStart[s]
	current := seasonOf(int(anchor.Month())) == s
	switch {
	case n < 0:
		if begun && !current {
			return y
		}
		return y - 1
	case n > 0:
		if begun {
			return y + 1
		}
		return y
	}
	return y
}

// weekdayNear returns the day with weekday wd nearest to anchor in the
// direction dir: -1 strictly before, +1 strictly after, -2 on or before,
// +2 on or after.
func weekdayNear(anchor time.Time, wd time.Weekday, dir int) time.Time {
	back := (int(anchor.Weekday()) - int(wd) + 7) % 7
	fwd := (int(wd) - int(anchor.Weekday()) + 7) % 7
	switch dir {
	case -1:
		if back == 0 {
			back = 7
		}
		return anchor.AddDate(0, 0, -back)
	case 1:
		if fwd == 0 {
			fwd = 7
		}
		return anchor.AddDate(0, 0, fwd)
	case 2:
		return anchor.AddDate(0, 0, fwd)
	}
	return anchor.AddDate(0, 0, -back)
}
