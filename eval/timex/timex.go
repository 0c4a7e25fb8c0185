// Package timex scores time expression tagging against TimeML gold files
// (TimeBank, AQUAINT, TempEval-3): recognition under relaxed (overlap)
// matching, and the accuracy of TIMEX3 values and types over the matched
// expressions.
package timex

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
)

// An Expr is a time expression over byte offsets of a document's text.
type Expr struct {
	Start, End int
	Type       string // DATE, TIME, DURATION, SET
	Value      string // TIMEX3 value
}

// A Doc is one TimeML document: its plain text, its creation time and its
// gold time expressions (the creation time itself excluded).
type Doc struct {
	Name string
	DCT  time.Time // zero if the file has none
	Text string
	Gold []Expr
}

// ParseTML reads a TimeML document. The text is the content of <TEXT> with
// every tag removed, normalized as sitrep.NormalizeText does; gold offsets
// point into it.
func ParseTML(r io.Reader) (*Doc, error) {
	dec := xml.NewDecoder(r)
	dec.Strict = false
	doc := &Doc{}
	var text strings.Builder
	inText, inDCT := false, false
	type open struct {
		start       int
		typ, value  string
		creation    bool
		insideTimex bool
	}
	var stack []open
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "DCT":
				inDCT = true
			case "TIMEX3":
				o := open{start: text.Len(), insideTimex: true}
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "type":
						o.typ = a.Value
					case "value":
						o.value = a.Value
					case "functionInDocument":
						o.creation = a.Value == "CREATION_TIME"
					}
				}
				stack = append(stack, o)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DCT":
				inDCT = false
			case "TIMEX3":
				if len(stack) == 0 {
					continue
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if (o.creation || inDCT) && doc.DCT.IsZero() {
					doc.DCT = parseDCT(o.value)
				}
				if inText && !o.creation {
					doc.Gold = append(doc.Gold, Expr{Start: o.start, End: text.Len(), Type: o.typ, Value: o.value})
				}
			}
		case xml.CharData:
			if inText {
				// Normalized as sitrep.NewDocument normalizes, so that gold
				// offsets point into the text the tagger sees.
				text.WriteString(sitrep.NormalizeText(string(t)))
			}
		}
	}
	doc.Text = text.String()
	sort.SliceStable(doc.Gold, func(i, j int) bool { return doc.Gold[i].Start < doc.Gold[j].Start })
	return doc, nil
}

// parseDCT reads the date part of a creation time value: "1998-08-07T10:35".
func parseDCT(v string) time.Time {
	if len(v) >= 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t
		}
	}
	if len(v) == 8 {
		if t, err := time.Parse("20060102", v); err == nil {
			return t
		}
	}
	return time.Time{}
}

// A Tagger finds the time expressions of text, normalized against dct
// (zero if unknown).
type Tagger func(ctx context.Context, text string, dct time.Time) ([]Expr, error)

// Counts accumulates matches over documents.
type Counts struct {
	Docs      int
	Gold      int
	System    int
	Matched   int // gold expressions matched one to one by an overlapping system expression
	ValueOK   int // matched with the same value
	TypeOK    int // matched with the same type
	Errors    []Error
	maxErrors int
}

// An Error is a matched expression with a wrong value, or an unmatched one,
// kept for error analysis.
type Error struct {
	Doc    string
	Gold   string // "text TYPE value", or "" for a spurious system expression
	System string // "text TYPE value", or "" for a missed gold expression
}

// Add scores one document's system expressions against its gold ones.
// Matching is one to one: each gold expression takes the first unused
// system expression that overlaps it.
func (c *Counts) Add(name, text string, gold, sys []Expr) {
	c.Docs++
	c.Gold += len(gold)
	c.System += len(sys)
	used := make([]bool, len(sys))
	show := func(e Expr) string { return fmt.Sprintf("%q %s %s", text[e.Start:e.End], e.Type, e.Value) }
	for _, g := range gold {
		found := -1
		for k, s := range sys {
			if !used[k] && s.Start < g.End && g.Start < s.End {
				found = k
				break
			}
		}
		if found < 0 {
			c.err(Error{Doc: name, Gold: show(g)})
			continue
		}
		used[found] = true
		s := sys[found]
		c.Matched++
		if s.Value == g.Value {
			c.ValueOK++
		} else {
			c.err(Error{Doc: name, Gold: show(g), System: show(s)})
		}
		if s.Type == g.Type {
			c.TypeOK++
		}
	}
	for k, s := range sys {
		if !used[k] {
			c.err(Error{Doc: name, System: show(s)})
		}
	}
}

func (c *Counts) err(e Error) {
	if len(c.Errors) < c.maxErrors {
		c.Errors = append(c.Errors, e)
	}
}

// Metrics are the scores of a run. JSON names follow the contract.
type Metrics struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	ValueAcc  float64 `json:"value_acc"`
	TypeAcc   float64 `json:"type_acc"`
	N         int     `json:"n"` // gold expressions
}

// Metrics returns the scores of c.
func (c *Counts) Metrics() Metrics {
	m := Metrics{N: c.Gold}
	if c.System > 0 {
		m.Precision = float64(c.Matched) / float64(c.System)
	}
	if c.Gold > 0 {
		m.Recall = float64(c.Matched) / float64(c.Gold)
	}
	if m.Precision+m.Recall > 0 {
		m.F1 = 2 * m.Precision * m.Recall / (m.Precision + m.Recall)
	}
	if c.Matched > 0 {
		m.ValueAcc = float64(c.ValueOK) / float64(c.Matched)
		m.TypeAcc = float64(c.TypeOK) / float64(c.Matched)
	}
	return m
}

// Run scores tag on every .tml file under dir, keeping up to keepErrors
// errors for analysis.
func Run(ctx context.Context, dir string, tag Tagger, keepErrors int) (*Counts, error) {
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".tml") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("timex: no .tml files under %s", dir)
	}
	sort.Strings(files)
	c := &Counts{maxErrors: keepErrors}
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		doc, err := ParseTML(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		sys, err := tag(ctx, doc.Text, doc.DCT)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		name, _ := filepath.Rel(dir, path)
		c.Add(name, doc.Text, doc.Gold, sys)
	}
	return c, nil
}
