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
	"github.com/sitrep-dev/sitrep/ingest"
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

// URLs carry their publication date in a few layouts: ".../2016/01/27/...",
// ".../2013-01-27/...", ".../20150803/...", "...-20160223-story.html" and
// ".../2016/jan/26/...".
var (
	urlDate      = regexp.MustCompile(`[/_-]((?:19|20)\d\d)([/-]?)(0[1-9]|1[0-2])([/-]?)(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)
	urlMonthDate = regexp.MustCompile(`/((?:19|20)\d\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(0?[1-9]|[12]\d|3[01])/`)
)

var urlMonths = map[string]string{"jan": "01", "feb": "02", "mar": "03", "apr": "04", "may": "05", "jun": "06",
	"jul": "07", "aug": "08", "sep": "09", "oct": "10", "nov": "11", "dec": "12"}

// PublishedFromURL returns the publication date that a URL such as
// ".../2016/01/27/story" carries, or the zero time.
func PublishedFromURL(url string) time.Time {
	url = strings.ToLower(url)
	var y, m, d string
	if g := urlDate.FindStringSubmatch(url); g != nil && g[2] == g[4] {
		y, m, d = g[1], g[3], g[5]
	} else if g := urlMonthDate.FindStringSubmatch(url); g != nil {
		y, m, d = g[1], urlMonths[g[2]], g[3]
		if len(d) == 1 {
			d = "0" + d
		}
	} else {
		return time.Time{}
	}
	t, err := time.Parse("2006-01-02", y+"-"+m+"-"+d)
	if err != nil {
		return time.Time{}
	}
	return t
}

// Document returns a's text as a Document ready for the pipeline, with its
// URL, its title, the publication date its URL carries (the file gives no
// other) and its dateline.
func (a Article) Document() *sitrep.Document {
	meta := sitrep.Metadata{URL: a.URL, Title: a.Title, Published: PublishedFromURL(a.URL), Language: "en"}
	doc, err := ingest.FromText(a.Text, meta)
	if err != nil {
		return sitrep.NewDocument(a.Text, meta) // an empty text
	}
	return doc
}

// Predict reads an annotated document's facts:
//   - killed and injured: the largest figure of each unit that is not part
//     of another; a figure's count is its minimum (a lower bound when open);
//     where someone was killed, figures that say only "shot" are taken to
//     be the same victims;
//   - date: the first governing date known to the day of a sentence with
//     a killed or injured figure, else the first time expression known to
//     the day outside the dateline (a day without its year takes the year
//     that puts it last on or before collected; see Collected), else the
//     publication date;
//   - city: the focus city, else the first place resolved to a town.
func Predict(doc *sitrep.Document, collected time.Time) Facts {
	var f Facts
	var casualties []int // the figures counted, in text order
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
		if fig.Count.Min > 0 {
			casualties = append(casualties, i)
		}
	}
	f.Date = casualtyDate(doc, casualties)
	if f.Date == "" {
		// The first date known to the day, skipping a dateline's
		// "(Dec. 10, 2015)", which is when the story was filed.
		for _, t := range doc.Times {
			d := dayOf(t.Value, collected)
			if d == "" {
				continue
			}
			if f.Date == "" {
				f.Date = d
			}
			if !parenthesized(doc.Text, t.Span) && !doc.Meta.Dateline.Span.Contains(t.Span) {
				f.Date = d
				break
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

// dayOf returns the day, "2016-01-27", of a TIMEX3 value known to the day,
// or "". A day without its year ("XXXX-01-27", from an article with no
// publication date) is given the year of its last occurrence on or before
// collected, unless collected is zero.
func dayOf(v string, collected time.Time) string {
	if len(v) < 10 || v[4] != '-' || v[7] != '-' || v[5] == 'X' || v[8] == 'X' {
		return ""
	}
	if v[0] != 'X' {
		return v[:10]
	}
	if collected.IsZero() || v[:4] != "XXXX" {
		return ""
	}
	m, d := atoi2(v[5:7]), atoi2(v[8:10])
	for y := collected.Year(); y >= collected.Year()-1; y-- {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d && !t.After(collected) {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

func atoi2(s string) int {
	if len(s) != 2 || s[0] < '0' || s[0] > '9' || s[1] < '0' || s[1] > '9' {
		return 0
	}
	return int(s[0]-'0')*10 + int(s[1]-'0')
}

// Collected returns the newest publication date among the articles' URLs,
// or the zero time: the articles of a file were collected together, so no
// article is later than that day, and a date written without its year is
// taken to be the last such day up to it, as the crowd read it.
func Collected(articles []Article) time.Time {
	var newest time.Time
	for _, a := range articles {
		if t := PublishedFromURL(a.URL); t.After(newest) {
			newest = t
		}
	}
	return newest
}

// casualtyDate returns the governing date, known to the day, of the first
// sentence with one of the figures, or "". A headline's "fatal shooting"
// has no date of its own; the sentences that tell it do.
func casualtyDate(doc *sitrep.Document, figures []int) string {
	if len(doc.SentenceDates) != len(doc.Sentences) {
		return ""
	}
	i := 0
	for _, fi := range figures {
		at := doc.Figures[fi].Start
		for i < len(doc.Sentences) && doc.Sentences[i].End <= at {
			i++
		}
		if i == len(doc.Sentences) {
			break
		}
		if sd := doc.SentenceDates[i]; sd.Precision == sitrep.TimeDay {
			return sd.Value
		}
	}
	return ""
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
	// DateReachable counts the articles whose gold date is one that the
	// article itself gives (see DateReachable): no prediction can do
	// better.
	DateReachable int
	CityScored    bool
	Misses        []Miss
	keep          int
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

// AddReachable counts an article whose gold date DateReachable finds.
func (c *Counts) AddReachable() { c.DateReachable++ }

// DateReachable reports whether gold is a day that doc gives: its
// publication date or one of its time expressions resolved to the day,
// with dayOf's reading of days without a year.
func DateReachable(doc *sitrep.Document, gold string, collected time.Time) bool {
	if !doc.Meta.Published.IsZero() && doc.Meta.Published.Format("2006-01-02") == gold {
		return true
	}
	for _, t := range doc.Times {
		if dayOf(t.Value, collected) == gold {
			return true
		}
	}
	return false
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
