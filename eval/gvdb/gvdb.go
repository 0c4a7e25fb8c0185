// Package gvdb scores per-article casualty counts, incident dates and
// cities against the Gun Violence Database (Pavlick et al. 2016, in the
// splits of Ebner et al. 2020): a TSV of article id, url, title, full text,
// crowd JSON (date-and-time{city, state, date}, victim-section[{victim-was}])
// and worker.
//
// An article's gold counts are its victims marked killed, and those marked
// injured or hospitalized but not killed: each victim is counted once, as
// killed if they died, as UCDP and ACLED count casualties. (The crowd often
// marked a wounded victim only "hospitalized".)
package gvdb

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/sitrep-dev/sitrep"
)

// An Article is one GVDB row.
type Article struct {
	ID, URL, Title, Text string
	Gold                 Facts
}

// Facts are what is scored for one article.
type Facts struct {
	Killed, Injured int
	Date            string // YYYY-MM-DD; "" if unknown
	City            string // "" if unknown
}

// Read reads the GVDB TSV, with its header line.
func Read(r io.Reader) ([]Article, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out []Article
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 5 {
			return nil, fmt.Errorf("gvdb line %d: %d fields, want at least 5", line, len(f))
		}
		gold, err := parseFacts(f[4])
		if err != nil {
			return nil, fmt.Errorf("gvdb line %d: %w", line, err)
		}
		text := f[3]
		if title := strings.TrimSpace(f[2]); title != "" && strings.HasPrefix(text, title) {
			// The file glues the title to the body: "...Los Angeles TimesJassely Lupoe, ..."
			text = title + "\n" + text[len(title):]
		}
		out = append(out, Article{ID: f[0], URL: f[1], Title: f[2], Text: text, Gold: gold})
	}
	return out, sc.Err()
}

type crowdJSON struct {
	DateAndTime struct {
		City struct {
			Value string `json:"value"`
		} `json:"city"`
		Date string `json:"date"`
	} `json:"date-and-time"`
	Victims []struct {
		Was []string `json:"victim-was"`
	} `json:"victim-section"`
}

func parseFacts(s string) (Facts, error) {
	var j crowdJSON
	if err := json.Unmarshal([]byte(s), &j); err != nil {
		return Facts{}, err
	}
	var f Facts
	for _, v := range j.Victims {
		killed, injured := false, false
		for _, w := range v.Was {
			switch w {
			case "killed":
				killed = true
			case "injured", "hospitalized":
				injured = true
			}
		}
		switch {
		case killed:
			f.Killed++
		case injured:
			f.Injured++
		}
	}
	f.Date = normalizeDate(j.DateAndTime.Date)
	f.City = strings.TrimSpace(j.DateAndTime.City.Value)
	return f, nil
}

// normalizeDate writes "2015-8-3" as "2015-08-03"; anything else is kept.
func normalizeDate(d string) string {
	p := strings.Split(strings.TrimSpace(d), "-")
	if len(p) != 3 {
		return d
	}
	y, err1 := strconv.Atoi(p[0])
	m, err2 := strconv.Atoi(p[1])
	day, err3 := strconv.Atoi(p[2])
	if err1 != nil || err2 != nil || err3 != nil {
		return d
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, day)
}

var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:/|[^0-9])`)

// PublishedFromURL returns the publication date that a URL such as
// ".../2016/01/27/story" carries, or the zero time.
func PublishedFromURL(url string) time.Time {
	m := urlDate.FindStringSubmatch(url)
	if m == nil {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
	if err != nil {
		return time.Time{}
	}
	return t
}

// Predict reads an annotated document's facts:
//   - killed and injured: the largest figure of each unit that is not part
//     of another; a figure's count is its minimum (a lower bound when open);
//     where someone was killed, figures that say only "shot" are taken to
//     be the same victims;
//   - date: the governing date of the first sentence with a killed or
//     injured figure, when known to the day, else the first time expression
//     known to the day, else the publication date;
//   - city: the focus city, else the first place resolved to a town.
func Predict(doc *sitrep.Document) Facts {
	var f Facts
	first := -1
	killed := false
	for _, fig := range doc.Figures {
		killed = killed || fig.Unit == sitrep.UnitKilled && fig.Count.Min > 0
	}
	for i, fig := range doc.Figures {
		if fig.Unit == sitrep.UnitInjured && killed && isShot(fig.UnitCue.Text(doc)) {
			// "A man was shot Tuesday. He died at the hospital.": one
			// victim, counted as killed.
			continue
		}
		if fig.PartOf >= 0 {
			continue
		}
		switch fig.Unit {
		case sitrep.UnitKilled:
			f.Killed = max(f.Killed, fig.Count.Min)
		case sitrep.UnitInjured:
			f.Injured = max(f.Injured, fig.Count.Min)
		default:
			continue
		}
		if first < 0 && fig.Count.Min > 0 {
			first = i
		}
	}
	if first >= 0 && len(doc.SentenceDates) == len(doc.Sentences) {
		at := doc.Figures[first].Start
		for i, s := range doc.Sentences {
			if s.Start <= at && at < s.End || s.Start > at {
				if sd := doc.SentenceDates[i]; sd.Precision == sitrep.TimeDay {
					f.Date = sd.Value
				}
				break
			}
		}
	}
	if f.Date == "" {
		// The first date known to the day, skipping a dateline's
		// "(Dec. 10, 2015)", which is when the story was filed.
		for _, t := range doc.Times {
			if len(t.Value) >= 10 && t.Value[4] == '-' && t.Value[7] == '-' && t.Value[0] != 'X' {
				if f.Date == "" {
					f.Date = t.Value[:10]
				}
				if !parenthesized(doc.Text, t.Span) {
					f.Date = t.Value[:10]
					break
				}
			}
		}
	}
	if f.Date == "" && !doc.Meta.Published.IsZero() {
		f.Date = doc.Meta.Published.Format("2006-01-02")
	}
	if c := doc.Focus.City; c >= 0 && c < len(doc.Places) {
		f.City = doc.Places[c].Name
	} else {
		for _, p := range doc.Places {
			if p.Precision == sitrep.PrecisionTown && p.Kind == sitrep.PlaceToponym {
				f.City = p.Name
				break
			}
		}
	}
	return f
}

// parenthesized reports whether span s is the whole content of a pair of
// brackets: "(Dec. 10, 2015)".
func parenthesized(text string, s sitrep.Span) bool {
	before := strings.TrimRight(text[:s.Start], " ")
	after := strings.TrimLeft(text[s.End:], " ")
	return strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")")
}

// isShot reports whether a unit cue says only that someone was shot, which
// a later death may overrule.
func isShot(cue string) bool {
	cue = strings.ToLower(cue)
	return cue == "shot" || strings.HasSuffix(cue, " shot") || strings.HasPrefix(cue, "shot ") ||
		strings.HasPrefix(cue, "shoots ") || strings.HasSuffix(cue, "shooting of") || strings.Contains(cue, "gunshot")
}

// Counts accumulates per-article agreement.
type Counts struct {
	N                           int
	Killed, Injured, Date, City int
	CityScored                  bool
	Misses                      []Miss
	keep                        int
}

// A Miss is an article where some prediction differs from gold.
type Miss struct {
	ID        string
	Gold, Got Facts
}

// NewCounts returns empty counts keeping up to keep misses; cityScored says
// whether the pipeline resolves places, without which city is not scored.
func NewCounts(cityScored bool, keep int) *Counts {
	return &Counts{CityScored: cityScored, keep: keep}
}

// Add scores one article.
func (c *Counts) Add(id string, gold, got Facts) {
	c.N++
	ok := true
	if got.Killed == gold.Killed {
		c.Killed++
	} else {
		ok = false
	}
	if got.Injured == gold.Injured {
		c.Injured++
	} else {
		ok = false
	}
	if got.Date == gold.Date {
		c.Date++
	} else {
		ok = false
	}
	if SameCity(got.City, gold.City) {
		c.City++
	} else if c.CityScored {
		ok = false
	}
	if !ok && len(c.Misses) < c.keep {
		c.Misses = append(c.Misses, Miss{ID: id, Gold: gold, Got: got})
	}
}

// SameCity reports whether two city names match after folding case and
// punctuation; two empty names match.
func SameCity(a, b string) bool {
	return foldName(a) == foldName(b)
}

func foldName(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// Metrics are the scores of a run. CityAcc is nil when the pipeline has no
// place stage. JSON names follow the contract.
type Metrics struct {
	KilledAcc  float64  `json:"killed_acc"`
	InjuredAcc float64  `json:"injured_acc"`
	DateAcc    float64  `json:"date_acc"`
	CityAcc    *float64 `json:"city_acc"`
	N          int      `json:"n"`
}

// Metrics returns the scores of c.
func (c *Counts) Metrics() Metrics {
	m := Metrics{N: c.N}
	if c.N == 0 {
		return m
	}
	n := float64(c.N)
	m.KilledAcc, m.InjuredAcc, m.DateAcc = float64(c.Killed)/n, float64(c.Injured)/n, float64(c.Date)/n
	if c.CityScored {
		v := float64(c.City) / n
		m.CityAcc = &v
	}
	return m
}
