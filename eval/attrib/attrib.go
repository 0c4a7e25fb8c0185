// Package attrib scores attributions against a corpus in the PolNeAR
// layout: DIR/text/NAME.txt with DIR/attributions/NAME_ANNOTATOR.ann in brat
// standoff, whose T lines give Source, Cue and Content spans (character
// offsets, possibly discontinuous) and whose E lines tie them into
// attributions.
//
// Spans are scored per part (source, cue, content) and per attribution,
// under exact and overlap matching. Matching is one to one: each gold span
// or attribution is credited to at most one predicted one, the pairs with
// the largest overlap taken first. An attribution matches when its cue
// spans match and its source and content each match or are absent on both
// sides.
package attrib

import (
	"bufio"
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep/eval/internal/prf"

	"github.com/sitrep-dev/sitrep"
)

// A Fragments value is a possibly discontinuous annotated span: the byte
// spans of its parts, ascending. Nil means absent.
type Fragments []sitrep.Span

// Extent returns the span from the first fragment's start to the last's end.
func (f Fragments) Extent() sitrep.Span {
	if len(f) == 0 {
		return sitrep.Span{}
	}
	return sitrep.Span{Start: f[0].Start, End: f[len(f)-1].End}
}

// overlap returns how many bytes f shares with s.
func (f Fragments) overlap(s sitrep.Span) int {
	n := 0
	for _, g := range f {
		if lo, hi := max(g.Start, s.Start), min(g.End, s.End); hi > lo {
			n += hi - lo
		}
	}
	return n
}

// A Gold attribution is one E line's parts.
type Gold struct {
	Source, Cue, Content Fragments
}

// An Article is one text and its gold attributions, with offsets converted
// to bytes of the normalized text.
type Article struct {
	Name  string
	Text  string // as sitrep.NormalizeText returns it
	Gold  []Gold
	Spans map[Part][]Fragments // every Source, Cue and Content T line, deduplicated
}

// A Part is one of the three parts of an attribution.
type Part string

// The parts of an attribution.
const (
	Source  Part = "source"
	Cue     Part = "cue"
	Content Part = "content"
)

var parts = []Part{Cue, Source, Content}

// Load reads every DIR/text/NAME.txt that has an annotation file. Where
// several annotators annotated one text, the first file in name order is
// the gold standard.
func Load(dir string) ([]Article, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	sort.Strings(anns)
	var out []Article
	seen := make(map[string]bool)
	for _, ann := range anns {
		name := articleName(filepath.Base(ann))
		if seen[name] {
			continue
		}
		textPath := filepath.Join(dir, "text", name+".txt")
		raw, err := os.ReadFile(textPath)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		seen[name] = true
		standoff, err := os.ReadFile(ann)
		if err != nil {
			return nil, err
		}
		a, err := ParseArticle(name, string(raw), string(standoff))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ann, err)
		}
		out = append(out, a)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("eval attrib: no annotated texts in %s (want text/*.txt and attributions/*.ann)", dir)
	}
	return out, nil
}

// articleName strips the annotator suffix and extension from an annotation
// file name: "nyt_2016-01-29_title_4e07.ann" → "nyt_2016-01-29_title".
func articleName(base string) string {
	base = strings.TrimSuffix(base, ".ann")
	if i := strings.LastIndexByte(base, '_'); i > 0 {
		if _, err := strconv.ParseUint(base[i+1:], 16, 64); err == nil {
			return base[:i]
		}
	}
	return base
}

// ParseArticle parses brat standoff for raw text. Offsets in standoff count
// characters (code points) of raw; they are converted to byte offsets of
// the normalized text.
func ParseArticle(name, raw, standoff string) (Article, error) {
	text := sitrep.NormalizeText(raw)
	conv := newOffsets(raw, text)
	art := Article{Name: name, Text: text, Spans: make(map[Part][]Fragments)}
	type tline struct {
		label string
		frags Fragments
	}
	ts := make(map[string]tline)
	var es [][]string
	sc := bufio.NewScanner(strings.NewReader(standoff))
	sc.Buffer(make([]byte, 0, 64*1024), 16*1024*1024)
	for ln := 1; sc.Scan(); ln++ {
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 || fields[0] == "" {
			continue
		}
		switch fields[0][0] {
		case 'T':
			label, ranges, ok := strings.Cut(fields[1], " ")
			if !ok {
				return art, fmt.Errorf("line %d: T line without offsets", ln)
			}
			var frags Fragments
			for _, r := range strings.Split(ranges, ";") {
				var a, b int
				if _, err := fmt.Sscanf(r, "%d %d", &a, &b); err != nil {
					return art, fmt.Errorf("line %d: bad range %q", ln, r)
				}
				if s := conv.span(a, b); !s.IsEmpty() {
					frags = append(frags, s)
				}
			}
			// Annotators list some fragments out of order; Extent needs
			// them ascending.
			sort.Slice(frags, func(i, j int) bool { return frags[i].Start < frags[j].Start })
			ts[fields[0]] = tline{label: label, frags: frags}
		case 'E':
			es = append(es, strings.Fields(fields[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return art, err
	}
	for _, roles := range es {
		var g Gold
		for _, role := range roles {
			k, id, ok := strings.Cut(role, ":")
			if !ok {
				continue
			}
			t := ts[id]
			switch k {
			case "Source":
				g.Source = t.frags
			case "Cue":
				g.Cue = t.frags
			case "Content":
				g.Content = t.frags
			}
		}
		if g.Cue != nil || g.Content != nil {
			art.Gold = append(art.Gold, g)
		}
	}
	ids := make([]string, 0, len(ts))
	for id := range ts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	seen := make(map[string]bool)
	for _, id := range ids {
		t := ts[id]
		part := Part(strings.ToLower(t.label))
		if (part != Source && part != Cue && part != Content) || len(t.frags) == 0 {
			continue
		}
		key := fmt.Sprint(part, t.frags)
		if seen[key] {
			continue
		}
		seen[key] = true
		art.Spans[part] = append(art.Spans[part], t.frags)
	}
	return art, nil
}

// offsets converts character offsets of raw to byte offsets of its
// normalized form.
type offsets struct {
	raw, text string
	runeByte  []int // byte offset in raw of each character offset
	same      bool  // normalization left raw unchanged
}

func newOffsets(raw, text string) *offsets {
	o := &offsets{raw: raw, text: text, same: raw == text}
	for i := range raw {
		o.runeByte = append(o.runeByte, i)
	}
	o.runeByte = append(o.runeByte, len(raw))
	return o
}

func (o *offsets) byteAt(char int) int {
	char = min(max(char, 0), len(o.runeByte)-1)
	b := o.runeByte[char]
	if o.same {
		return b
	}
	// Normalization changed the text (NFC, CR): measure the normalized
	// prefix. Only a handful of texts need this.
	n := len(sitrep.NormalizeText(o.raw[:b]))
	for n > 0 && n < len(o.text) && !utf8.RuneStart(o.text[n]) {
		n--
	}
	return min(n, len(o.text))
}

func (o *offsets) span(a, b int) sitrep.Span {
	s := sitrep.Span{Start: o.byteAt(a), End: o.byteAt(b)}
	return trim(o.text, s)
}

// trim returns s without surrounding white space.
func trim(text string, s sitrep.Span) sitrep.Span {
	if s.Start < 0 || s.End > len(text) || s.IsEmpty() {
		return sitrep.Span{}
	}
	t := text[s.Start:s.End]
	l := len(t) - len(strings.TrimLeft(t, " \t\n\u00a0"))
	r := len(t) - len(strings.TrimRight(t, " \t\n\u00a0"))
	if l+r >= len(t) {
		return sitrep.Span{}
	}
	return sitrep.Span{Start: s.Start + l, End: s.End - r}
}

// Counts are true positives and the sizes of the predicted and gold sets.
type Counts = prf.Counts

// A Tally holds counts for every part and for whole attributions under one
// way of matching.
type Tally struct {
	Parts        map[Part]*Counts
	Attributions Counts
}

func newTally() Tally {
	t := Tally{Parts: make(map[Part]*Counts)}
	for _, p := range parts {
		t.Parts[p] = &Counts{}
	}
	return t
}

// Result is the outcome of scoring articles.
type Result struct {
	Articles int
	Overlap  Tally
	Exact    Tally
}

// NewResult returns an empty Result.
func NewResult() *Result { return &Result{Overlap: newTally(), Exact: newTally()} }

// Score adds the comparison of predicted attributions pred with the gold
// standard of art to r. pred must point into art.Text.
func (r *Result) Score(art Article, pred []sitrep.Attribution) {
	r.Articles++
	for _, exact := range []bool{false, true} {
		t := &r.Overlap
		if exact {
			t = &r.Exact
		}
		for _, p := range parts {
			var ps []sitrep.Span
			seen := make(map[sitrep.Span]bool)
			for _, a := range pred {
				s := trim(art.Text, partOf(a, p))
				if !s.IsEmpty() && !seen[s] {
					seen[s] = true
					ps = append(ps, s)
				}
			}
			gs := art.Spans[p]
			t.Parts[p].Add(Counts{TP: matchSpans(ps, gs, exact), Pred: len(ps), Gold: len(gs)})
		}
		t.Attributions.Add(Counts{TP: matchAttributions(art.Text, pred, art.Gold, exact), Pred: len(pred), Gold: len(art.Gold)})
	}
}

func partOf(a sitrep.Attribution, p Part) sitrep.Span {
	switch p {
	case Source:
		return a.Source
	case Cue:
		return a.Cue
	}
	return a.Content
}

// agree returns how well a predicted span agrees with gold fragments:
// a positive weight if they match, 0 if not.
func agree(pred sitrep.Span, gold Fragments, exact bool) int {
	if exact {
		if !pred.IsEmpty() && pred == gold.Extent() {
			return 1 + pred.Len()
		}
		return 0
	}
	return gold.overlap(pred)
}

type pair struct{ p, g, w int }

// assign matches pairs one to one, heaviest first, and returns how many it
// matched.
func assign(pairs []pair, np, ng int) int {
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].w != pairs[j].w {
			return pairs[i].w > pairs[j].w
		}
		if pairs[i].p != pairs[j].p {
			return pairs[i].p < pairs[j].p
		}
		return pairs[i].g < pairs[j].g
	})
	usedP, usedG := make([]bool, np), make([]bool, ng)
	n := 0
	for _, pr := range pairs {
		if !usedP[pr.p] && !usedG[pr.g] {
			usedP[pr.p], usedG[pr.g] = true, true
			n++
		}
	}
	return n
}

func matchSpans(pred []sitrep.Span, gold []Fragments, exact bool) int {
	var pairs []pair
	for i, p := range pred {
		for j, g := range gold {
			if w := agree(p, g, exact); w > 0 {
				pairs = append(pairs, pair{i, j, w})
			}
		}
	}
	return assign(pairs, len(pred), len(gold))
}

func matchAttributions(text string, pred []sitrep.Attribution, gold []Gold, exact bool) int {
	var pairs []pair
	for i, a := range pred {
		for j, g := range gold {
			w, ok := 0, true
			for _, part := range []struct {
				p sitrep.Span
				g Fragments
			}{{a.Cue, g.Cue}, {a.Source, g.Source}, {a.Content, g.Content}} {
				p := trim(text, part.p)
				switch {
				case p.IsEmpty() && len(part.g) == 0:
				case p.IsEmpty() || len(part.g) == 0:
					ok = false
				default:
					x := agree(p, part.g, exact)
					ok = ok && x > 0
					w += x
				}
			}
			if ok {
				pairs = append(pairs, pair{i, j, w})
			}
		}
	}
	return assign(pairs, len(pred), len(gold))
}

// Report is the JSON summary: F1 under overlap matching, the same under
// exact matching, and the counts behind them.
type Report struct {
	CueF1         float64            `json:"cue_f1"`
	SourceF1      float64            `json:"source_f1"`
	ContentF1     float64            `json:"content_f1"`
	AttributionF1 float64            `json:"attribution_f1"`
	Exact         Scores             `json:"exact"`
	N             int                `json:"n"` // articles scored
	Detail        map[string]Details `json:"detail"`
}

// Scores are the four F1 figures under one matching.
type Scores struct {
	CueF1         float64 `json:"cue_f1"`
	SourceF1      float64 `json:"source_f1"`
	ContentF1     float64 `json:"content_f1"`
	AttributionF1 float64 `json:"attribution_f1"`
}

// Details are the counts, precision and recall of one part under one matching.
type Details struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	Pred      int     `json:"pred"`
	Gold      int     `json:"gold"`
}

func scores(t Tally) Scores {
	return Scores{
		CueF1:         t.Parts[Cue].F1(),
		SourceF1:      t.Parts[Source].F1(),
		ContentF1:     t.Parts[Content].F1(),
		AttributionF1: t.Attributions.F1(),
	}
}

func details(c Counts) Details {
	return Details{Precision: c.Precision(), Recall: c.Recall(), F1: c.F1(), TP: c.TP, Pred: c.Pred, Gold: c.Gold}
}

// Report summarizes r.
func (r *Result) Report() Report {
	s := scores(r.Overlap)
	rep := Report{CueF1: s.CueF1, SourceF1: s.SourceF1, ContentF1: s.ContentF1, AttributionF1: s.AttributionF1,
		Exact: scores(r.Exact), N: r.Articles, Detail: make(map[string]Details)}
	for name, t := range map[string]Tally{"overlap": r.Overlap, "exact": r.Exact} {
		for _, p := range parts {
			rep.Detail[name+"/"+string(p)] = details(*t.Parts[p])
		}
		rep.Detail[name+"/attribution"] = details(t.Attributions)
	}
	return rep
}

// Run annotates every article of dir with annotate, which must fill
// doc.Attributions, and scores it.
func Run(ctx context.Context, dir string, annotate func(context.Context, *sitrep.Document) error) (*Result, error) {
	arts, err := Load(dir)
	if err != nil {
		return nil, err
	}
	r := NewResult()
	for _, art := range arts {
		doc := sitrep.NewDocument(art.Text, sitrep.Metadata{})
		if err := annotate(ctx, doc); err != nil {
			return nil, fmt.Errorf("%s: %w", art.Name, err)
		}
		r.Score(art, doc.Attributions)
	}
	return r, nil
}

// WriteText prints rep as a table: precision, recall and F1 per part, under
// overlap and exact matching.
func (rep Report) WriteText(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "articles: %d\n%-22s %9s %9s %9s %7s %7s %7s\n", rep.N, "", "precision", "recall", "F1", "tp", "pred", "gold"); err != nil {
		return err
	}
	for _, m := range []string{"overlap", "exact"} {
		for _, p := range []string{"cue", "source", "content", "attribution"} {
			d := rep.Detail[m+"/"+p]
			if _, err := fmt.Fprintf(w, "%-22s %9.3f %9.3f %9.3f %7d %7d %7d\n", m+" "+p, d.Precision, d.Recall, d.F1, d.TP, d.Pred, d.Gold); err != nil {
				return err
			}
		}
	}
	return nil
}

// A CueCheck is one predicted cue of an article and whether it overlaps
// a gold cue.
type CueCheck struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Gold  bool   `json:"gold"`
}

// CheckCues returns the cues of pred, in order and once each, each marked
// with whether it overlaps a gold cue of art, and the gold cues that no
// predicted cue overlaps. It is a reading aid, not the score: Score
// credits each gold cue to one prediction only.
func CheckCues(art Article, pred []sitrep.Attribution) (checked []CueCheck, missed []CueCheck) {
	gold := art.Spans[Cue]
	seen := make(map[sitrep.Span]bool)
	found := make([]bool, len(gold))
	for _, a := range pred {
		if a.Cue.IsEmpty() || seen[a.Cue] {
			continue
		}
		seen[a.Cue] = true
		c := CueCheck{Start: a.Cue.Start, End: a.Cue.End, Text: art.Text[a.Cue.Start:a.Cue.End]}
		for g, f := range gold {
			if f.overlap(a.Cue) > 0 {
				c.Gold, found[g] = true, true
			}
		}
		checked = append(checked, c)
	}
	slices.SortFunc(checked, func(a, b CueCheck) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
	for g, f := range gold {
		if !found[g] {
			e := f.Extent()
			missed = append(missed, CueCheck{Start: e.Start, End: e.End, Text: art.Text[e.Start:e.End], Gold: true})
		}
	}
	return checked, missed
}
