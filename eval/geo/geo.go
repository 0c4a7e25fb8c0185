// Package geo scores toponym resolution against geoparsing corpora: LGL and
// TR-News (GeoNames ids and coordinates), GeoVirus and GeoWebNews
// (coordinates).
//
// A gold toponym counts as found when a system place overlaps its span. Over
// the gold toponyms that have coordinates, Metrics reports recall (the share
// found), and over the found ones the share resolved within 161 km (100
// miles) of the gold point, the share with the gold GeoNames id (where the
// gold gives one), the mean and median error in km, and the AUC of the log
// error curve of Gritta et al. (2018), "What's missing in geographical
// parsing?": the area under the sorted ln(1+error) values, scaled by
// ln(20039), half the Earth's circumference, so 0 is perfect and 1 the worst.
package geo

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/gazetteer"
)

// A Toponym is a gold place name.
type Toponym struct {
	sitrep.Span         // byte offsets into Article.Text
	Phrase      string  // the gold text
	Lat, Lon    float64 // meaningful only if HasPoint
	HasPoint    bool
	GeonameID   int // 0 if the gold gives none
}

// An Article is a gold document.
type Article struct {
	ID       string
	Text     string // normalized as sitrep.NewDocument normalizes it
	Toponyms []Toponym
}

// xmlArticle covers the article elements of all four corpora: toponyms are
// <toponym> (LGL, TR-News, GeoWebNews) or <location> (GeoVirus) elements with
// start and end character offsets, and coordinates as <lat>/<lon> children,
// possibly inside <gaztag geonameid="..."> (LGL, TR-News).
type xmlArticle struct {
	DocID string   `xml:"docid,attr"`
	Text  string   `xml:"text"`
	Items []xmlTop `xml:"toponyms>toponym"`
	Locs  []xmlTop `xml:"locations>location"`
}

type xmlTop struct {
	Start   string `xml:"start"`
	End     string `xml:"end"`
	Phrase  string `xml:"phrase"`
	Name    string `xml:"name"`
	Lat     string `xml:"lat"`
	Lon     string `xml:"lon"`
	Geoname string `xml:"geonameid"`
	Gaztag  *struct {
		ID  string `xml:"geonameid,attr"`
		Lat string `xml:"lat"`
		Lon string `xml:"lon"`
	} `xml:"gaztag"`
}

// Read reads a corpus in any of the four formats. Offsets given in
// characters are converted to byte offsets into the normalized text; a
// toponym whose phrase is not at its offsets is searched for nearby, and
// skipped if not found.
func Read(r io.Reader) ([]Article, error) {
	dec := xml.NewDecoder(r)
	var out []Article
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("geo: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "article" {
			continue
		}
		var xa xmlArticle
		if err := dec.DecodeElement(&xa, &se); err != nil {
			return nil, fmt.Errorf("geo: article %d: %w", len(out)+1, err)
		}
		out = append(out, convert(xa, len(out)))
	}
	return out, nil
}

func convert(xa xmlArticle, n int) Article {
	a := Article{ID: xa.DocID, Text: sitrep.NormalizeText(xa.Text)}
	if a.ID == "" {
		a.ID = strconv.Itoa(n + 1)
	}
	orig := xa.Text
	for _, x := range append(xa.Items, xa.Locs...) {
		t := Toponym{Phrase: x.Phrase}
		if t.Phrase == "" {
			t.Phrase = x.Name
		}
		start, err1 := strconv.Atoi(strings.TrimSpace(x.Start))
		end, err2 := strconv.Atoi(strings.TrimSpace(x.End))
		if err1 != nil || err2 != nil || start < 0 || end < start {
			continue
		}
		lat, lon, id := x.Lat, x.Lon, x.Geoname
		if g := x.Gaztag; g != nil {
			if lat == "" {
				lat, lon = g.Lat, g.Lon
			}
			if id == "" {
				id = g.ID
			}
		}
		if la, err := strconv.ParseFloat(strings.TrimSpace(lat), 64); err == nil {
			if lo, err := strconv.ParseFloat(strings.TrimSpace(lon), 64); err == nil {
				t.Lat, t.Lon, t.HasPoint = la, lo, true
			}
		}
		t.GeonameID, _ = strconv.Atoi(strings.TrimSpace(id))
		span, ok := locate(orig, a.Text, start, end, t.Phrase)
		if !ok {
			continue
		}
		t.Span = span
		a.Toponyms = append(a.Toponyms, t)
	}
	sort.SliceStable(a.Toponyms, func(i, j int) bool { return a.Toponyms[i].Start < a.Toponyms[j].Start })
	return a
}

// locate finds the byte span of a toponym given by character offsets
// [start, end) into orig, in the normalized text norm.
func locate(orig, norm string, start, end int, phrase string) (sitrep.Span, bool) {
	bs, be := runeToByte(orig, start), runeToByte(orig, end)
	if bs >= 0 && be >= 0 && be <= len(norm) && (phrase == "" || norm[bs:be] == phrase) {
		return sitrep.Span{Start: bs, End: be}, true
	}
	if phrase == "" {
		return sitrep.Span{}, false
	}
	// Offsets that count bytes, or text changed by normalization: look for
	// the phrase near where it should be.
	at := max(min(bs, len(norm)), 0)
	best := -1
	for i := 0; i < len(norm); {
		j := strings.Index(norm[i:], phrase)
		if j < 0 {
			break
		}
		p := i + j
		if best < 0 || abs(p-at) < abs(best-at) {
			best = p
		}
		i = p + 1
	}
	if best < 0 || abs(best-at) > 64 {
		return sitrep.Span{}, false
	}
	return sitrep.Span{Start: best, End: best + len(phrase)}, true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// runeToByte returns the byte offset of character n in s, or -1.
func runeToByte(s string, n int) int {
	i := 0
	for c := 0; c < n; c++ {
		if i >= len(s) {
			return -1
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// A Tagger annotates a document with places.
type Tagger func(ctx context.Context, doc *sitrep.Document) error

// A Prediction is a system place, as scoring sees it.
type Prediction struct {
	sitrep.Span
	Lat, Lon  float64
	GeonameID int
	Precision sitrep.GeoPrecision
}

// Metrics are the scores of one corpus. See the package comment.
type Metrics struct {
	Recall   float64 `json:"recall"`
	Acc161   float64 `json:"acc161"`
	Exact    float64 `json:"exact"`
	MeanKm   float64 `json:"mean_km"`
	MedianKm float64 `json:"median_km"`
	AUC      float64 `json:"auc"`
	N        int     `json:"n"` // gold toponyms with coordinates
}

// A Result is one gold toponym's outcome.
type Result struct {
	Article string
	Gold    Toponym
	Found   bool
	System  Prediction // meaningful only if Found
	Km      float64    // error; meaningful only if Found
}

// Match pairs each gold toponym with coordinates with the system place that
// overlaps it most.
func Match(a Article, preds []Prediction) []Result {
	var out []Result
	for _, g := range a.Toponyms {
		if !g.HasPoint {
			continue
		}
		r := Result{Article: a.ID, Gold: g}
		bestOverlap := 0
		for _, p := range preds {
			if !p.Overlaps(g.Span) {
				continue
			}
			ov := min(p.End, g.End) - max(p.Start, g.Start)
			if ov > bestOverlap {
				bestOverlap, r.Found, r.System = ov, true, p
			}
		}
		if r.Found {
			r.Km = Distance(g.Lat, g.Lon, r.System.Lat, r.System.Lon)
		}
		out = append(out, r)
	}
	return out
}

// maxErrorKm is half the Earth's circumference, the largest possible error.
const maxErrorKm = 20039

// Score computes the metrics of results.
func Score(results []Result) Metrics {
	m := Metrics{N: len(results)}
	var errs []float64
	exactN, exactOK, within := 0, 0, 0
	for _, r := range results {
		if !r.Found {
			continue
		}
		errs = append(errs, r.Km)
		if r.Km <= 161 {
			within++
		}
		if r.Gold.GeonameID != 0 {
			exactN++
			if r.System.GeonameID == r.Gold.GeonameID {
				exactOK++
			}
		}
	}
	if m.N > 0 {
		m.Recall = float64(len(errs)) / float64(m.N)
	}
	if len(errs) == 0 {
		return m
	}
	m.Acc161 = float64(within) / float64(len(errs))
	if exactN > 0 {
		m.Exact = float64(exactOK) / float64(exactN)
	}
	sort.Float64s(errs)
	sum := 0.0
	for _, e := range errs {
		sum += e
	}
	m.MeanKm = sum / float64(len(errs))
	if n := len(errs); n%2 == 1 {
		m.MedianKm = errs[n/2]
	} else {
		m.MedianKm = (errs[n/2-1] + errs[n/2]) / 2
	}
	m.AUC = auc(errs)
	return m
}

// auc is the trapezoidal area under the sorted ln(1+error) curve, divided by
// its largest possible value.
func auc(sorted []float64) float64 {
	if len(sorted) == 1 {
		return math.Log1p(sorted[0]) / math.Log(maxErrorKm)
	}
	area := 0.0
	for i := 1; i < len(sorted); i++ {
		area += (math.Log1p(sorted[i-1]) + math.Log1p(sorted[i])) / 2
	}
	return area / (float64(len(sorted)-1) * math.Log(maxErrorKm))
}

// Distance returns the great-circle distance in km between two points.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	return gazetteer.Distance(lat1, lon1, lat2, lon2)
}

// ByPrecision scores the found toponyms separately by the geo precision of
// the system's resolution, which shows how much of the error comes from the
// points chosen for large regions (a country's or province's "centre"
// differs between gazetteers by hundreds of km) rather than from wrong
// resolutions. Recall and N are not meaningful per precision.
func ByPrecision(results []Result) map[sitrep.GeoPrecision]Metrics {
	by := map[sitrep.GeoPrecision][]Result{}
	for _, r := range results {
		if r.Found {
			by[r.System.Precision] = append(by[r.System.Precision], r)
		}
	}
	out := map[sitrep.GeoPrecision]Metrics{}
	for p, rs := range by {
		out[p] = Score(rs)
	}
	return out
}

// Run tags every article and returns the matched results.
func Run(ctx context.Context, articles []Article, tag Tagger) ([]Result, error) {
	var out []Result
	for _, a := range articles {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		doc := sitrep.NewDocument(a.Text, sitrep.Metadata{})
		if doc.Text != a.Text {
			return nil, fmt.Errorf("geo: article %s: text changed on normalization", a.ID)
		}
		if err := tag(ctx, doc); err != nil {
			return nil, fmt.Errorf("geo: article %s: %w", a.ID, err)
		}
		preds := make([]Prediction, 0, len(doc.Places))
		for _, p := range doc.Places {
			preds = append(preds, Prediction{Span: p.Span, Lat: p.Lat, Lon: p.Lon, GeonameID: p.GeonameID, Precision: p.Precision})
		}
		out = append(out, Match(a, preds)...)
	}
	return out, nil
}
