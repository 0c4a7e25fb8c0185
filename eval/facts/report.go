package facts

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"
)

// A Report sums the scores of several articles.
type Report struct {
	Overall    Counts              // micro-averaged over every gold fact
	Categories map[Category]Counts // summed over articles
	Loose      Counts              // events matched on type, place and date only
	Sources    SourceTally
	Articles   []ArticleResult
	Warnings   []string // about the directory: fact files without an article
}

// A SourceTally counts the articles whose fact file names a source, and
// those whose reader detected it.
type SourceTally struct {
	Gold, Detected int
}

// Summarize sums article results. Recall in each category is over every
// article; precision is over the articles in which the category is complete;
// F1 combines the two. Overall sums every category alike.
func Summarize(articles []ArticleResult) *Report {
	r := &Report{Categories: make(map[Category]Counts), Articles: articles}
	for i := range articles {
		a := &articles[i]
		for _, c := range Categories() {
			n := r.Categories[c]
			n.Add(a.Categories[c])
			r.Categories[c] = n
		}
		r.Loose.Add(a.Loose)
		if a.Source != nil {
			r.Sources.Gold++
			if a.Source.Match {
				r.Sources.Detected++
			}
		}
	}
	for _, c := range Categories() {
		r.Overall.Add(r.Categories[c])
	}
	return r
}

// scoreJSON is Counts as --json prints it; undefined ratios are null.
type scoreJSON struct {
	Gold      int        `json:"gold"`
	Found     int        `json:"found"`
	Recall    *float64   `json:"recall"`
	Precision *float64   `json:"precision"`
	F1        *float64   `json:"f1"`
	System    *int       `json:"system"`  // null unless complete
	Correct   *int       `json:"correct"` // null unless complete
	Loose     *scoreJSON `json:"loose,omitempty"`
}

func ratio(v float64, ok bool) *float64 {
	if !ok {
		return nil
	}
	v = math.Round(v*1e4) / 1e4
	return &v
}

func (c Counts) json() *scoreJSON {
	s := &scoreJSON{Gold: c.Gold, Found: c.Found,
		Recall: ratio(c.Recall()), Precision: ratio(c.Precision()), F1: ratio(c.F1())}
	if c.Complete {
		s.System, s.Correct = &c.System, &c.Correct
	}
	return s
}

// categoriesJSON is a map of category scores that keeps report order.
type categoriesJSON struct {
	counts map[Category]Counts
	loose  Counts
}

func (cs categoriesJSON) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, c := range Categories() {
		s := cs.counts[c].json()
		if c == Events {
			s.Loose = cs.loose.json()
		}
		v, err := json.Marshal(s)
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:%s", c, v)
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

type factJSON struct {
	Category Category `json:"category"`
	Index    int      `json:"index"`
	Fact     string   `json:"fact"`
	Found    bool     `json:"found"`
	Loose    *bool    `json:"loose,omitempty"`
	Nearest  string   `json:"nearest,omitempty"`
}

type falseJSON struct {
	Category Category `json:"category"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Text     string   `json:"text"`
	Item     string   `json:"item"`
}

type sourceJSON struct {
	Gold     string `json:"gold"`
	Detected string `json:"detected"`
	Match    bool   `json:"match"`
}

type articleJSON struct {
	Name       string         `json:"name"`
	File       string         `json:"file"`
	Error      string         `json:"error,omitempty"`
	Overall    *scoreJSON     `json:"overall"`
	Categories categoriesJSON `json:"categories"`
	Source     *sourceJSON    `json:"source,omitempty"`
	Facts      []factJSON     `json:"facts"`
	False      []falseJSON    `json:"false"`
	Warnings   []string       `json:"warnings"`
}

type reportJSON struct {
	Overall    *scoreJSON     `json:"overall"`
	Categories categoriesJSON `json:"categories"`
	Sources    SourceTally    `json:"sources"`
	Articles   []articleJSON  `json:"articles"`
	Warnings   []string       `json:"warnings"`
}

// MarshalJSON encodes r as `sitrep eval facts --json` prints it:
// {"overall", "categories", "sources", "articles", "warnings"}, with null
// wherever a ratio is undefined.
func (r *Report) MarshalJSON() ([]byte, error) {
	out := reportJSON{Overall: r.Overall.json(),
		Categories: categoriesJSON{r.Categories, r.Loose},
		Sources:    r.Sources, Articles: []articleJSON{}, Warnings: nonNil(r.Warnings)}
	for i := range r.Articles {
		a := &r.Articles[i]
		aj := articleJSON{Name: a.Name, File: a.File, Error: a.Err, Overall: a.Overall().json(),
			Categories: categoriesJSON{a.Categories, a.Loose},
			Facts:      []factJSON{}, False: []falseJSON{}, Warnings: nonNil(a.Warnings)}
		if a.Source != nil {
			aj.Source = &sourceJSON{a.Source.Gold, a.Source.Detected, a.Source.Match}
		}
		for _, f := range a.Facts {
			fj := factJSON{Category: f.Category, Index: f.Index, Fact: f.Fact, Found: f.Found, Nearest: f.Nearest}
			if f.Category == Events {
				fj.Loose = &f.Loose
			}
			aj.Facts = append(aj.Facts, fj)
		}
		for _, f := range a.False {
			aj.False = append(aj.False, falseJSON{f.Category, f.Span.Start, f.Span.End, f.Text, f.Item})
		}
		out.Articles = append(out.Articles, aj)
	}
	return json.Marshal(out)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// WriteText writes r for a reader: per article, each gold fact missed, each
// false item of a complete category and each warning, then a table of
// scores; last, the table summed over every article.
func (r *Report) WriteText(w io.Writer) error {
	var b strings.Builder
	for i := range r.Articles {
		a := &r.Articles[i]
		fmt.Fprintf(&b, "== %s (%s)\n", a.Name, a.File)
		if a.Err != "" {
			fmt.Fprintf(&b, "error: %s\n", a.Err)
		}
		for _, wn := range a.Warnings {
			fmt.Fprintf(&b, "warning: %s\n", wn)
		}
		if s := a.Source; s != nil {
			verdict := "ok"
			if !s.Match {
				verdict = "MISSED"
			}
			fmt.Fprintf(&b, "source: detected %q, gold %q: %s\n", s.Detected, s.Gold, verdict)
		}
		for _, f := range a.Facts {
			if f.Found {
				continue
			}
			fmt.Fprintf(&b, "missed %s[%d] %s", f.Category, f.Index, f.Fact)
			if f.Loose {
				b.WriteString(" (loose match found)")
			}
			b.WriteByte('\n')
			if f.Nearest != "" {
				fmt.Fprintf(&b, "    nearest: %s\n", f.Nearest)
			}
		}
		for _, f := range a.False {
			fmt.Fprintf(&b, "false %s %q at %d: %s\n", strings.TrimSuffix(string(f.Category), "s"), f.Text, f.Span.Start, f.Item)
		}
		writeTable(&b, a.Categories, a.Loose, a.Overall())
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "== all articles (%d)\n", len(r.Articles))
	for _, wn := range r.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", wn)
	}
	if r.Sources.Gold > 0 {
		fmt.Fprintf(&b, "source detected in %d of %d articles\n", r.Sources.Detected, r.Sources.Gold)
	}
	writeTable(&b, r.Categories, r.Loose, r.Overall)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeTable(w io.Writer, counts map[Category]Counts, loose, overall Counts) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "%-14s\tgold\tfound\trecall\tsystem\tcorrect\tprecision\tf1\t\n", "")
	row := func(name string, c Counts) {
		system, correct := "-", "-"
		if c.Complete {
			system, correct = fmt.Sprint(c.System), fmt.Sprint(c.Correct)
		}
		fmt.Fprintf(tw, "%-14s\t%d\t%d\t%s\t%s\t%s\t%s\t%s\t\n", name, c.Gold, c.Found,
			fmtRatio(c.Recall()), system, correct, fmtRatio(c.Precision()), fmtRatio(c.F1()))
	}
	for _, c := range Categories() {
		row(string(c), counts[c])
	}
	row("events (loose)", loose)
	row("overall", overall)
	tw.Flush()
}

func fmtRatio(v float64, ok bool) string {
	if !ok {
		return "-"
	}
	return fmt.Sprintf("%.3f", v)
}
