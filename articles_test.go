package sitrep_test

import (
	"context"
	"encoding/json"
	"flag"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/internal/golden"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/render"
	"github.com/sitrep-dev/sitrep/standard"
)

const articles = "testdata/articles/*.txtar"

func newPipeline(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	p, err := standard.New(standard.Resources{})
	if err != nil {
		tb.Fatal(err)
	}
	p.Check = true // verify the invariants after every stage
	return p
}

// TestArticles runs the standard pipeline over whole articles and compares
// the JSON output with each archive's want.json (-update rewrites it).
func TestArticles(t *testing.T) {
	p := newPipeline(t)
	for _, c := range golden.Cases(t, articles) {
		t.Run(c.Name, func(t *testing.T) {
			doc := c.Document(t)
			if err := p.Run(t.Context(), doc); err != nil {
				t.Fatal(err)
			}
			c.CheckJSON(t, "want.json", render.Build(doc))
		})
	}
}

// TestLineEndingsAndSpacingDoNotChangeResults is a metamorphic test: the same
// article with CRLF line endings gives the same annotations, compared by text
// and value rather than offsets.
func TestLineEndingsDoNotChangeResults(t *testing.T) {
	p := newPipeline(t)
	for _, c := range golden.Cases(t, articles) {
		data, format := c.Input(t)
		if format != ingest.FormatText {
			continue
		}
		lf, err := ingest.FromBytes(data, format, c.Meta(t))
		if err != nil {
			t.Fatal(err)
		}
		crlf, err := ingest.FromBytes([]byte(strings.ReplaceAll(string(data), "\n", "\r\n")), format, c.Meta(t))
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range []*sitrep.Document{lf, crlf} {
			if err := p.Run(t.Context(), d); err != nil {
				t.Fatal(err)
			}
		}
		if a, b := summary(lf), summary(crlf); a != b {
			t.Errorf("%s: LF and CRLF inputs differ:\n LF: %s\nCRLF: %s", c.Name, a, b)
		}
	}
}

// summary lists a document's annotations by text and value.
func summary(d *sitrep.Document) string {
	var b strings.Builder
	for _, s := range d.Sentences {
		b.WriteString(s.Text(d) + "|")
	}
	for _, m := range d.Mentions {
		b.WriteString(string(m.Type) + ":" + m.Text(d) + "|")
	}
	for _, p := range d.Places {
		b.WriteString(p.Text(d) + "=" + p.Name + "|")
	}
	for _, t := range d.Times {
		b.WriteString(t.Text(d) + "=" + t.Value + "|")
	}
	for _, f := range d.Figures {
		b.WriteString(f.Text(d) + "=" + string(f.Unit) + "|")
	}
	for _, a := range d.Attributions {
		b.WriteString(a.Content.Text(d) + "<" + a.Cue.Text(d) + "|")
	}
	for _, e := range d.Events {
		b.WriteString(string(e.Category) + ":" + e.Text(d) + "|")
	}
	return b.String()
}

var fixedTime = time.Date(2020, 5, 17, 12, 0, 0, 0, time.UTC)

// fuzzMinimizeLimit bounds the runs the fuzz engine spends shrinking each
// input that finds new coverage. With coverage instrumentation one pipeline
// run on an article-sized input takes 5–10 ms, and the engine's minimizer
// needs O(n²) runs for an n-byte input, so the default 60 s budget is always
// exhausted; on that timeout the engine kills the worker, discards the runs
// and restarts it, and the exec count freezes for a minute per new input
// (13 execs in 90 s with -parallel 1). 200 runs cost at most a few seconds.
const fuzzMinimizeLimit = "200x"

// limitFuzzMinimizing sets -test.fuzzminimizetime to fuzzMinimizeLimit
// unless the command line sets it, so an explicit value still wins.
func limitFuzzMinimizing(tb testing.TB) {
	const name = "test.fuzzminimizetime"
	explicit := false
	flag.Visit(func(f *flag.Flag) { explicit = explicit || f.Name == name })
	if explicit {
		return
	}
	if err := flag.Set(name, fuzzMinimizeLimit); err != nil {
		tb.Fatal(err)
	}
}

// FuzzPipeline feeds arbitrary bytes through ingest and every stage: nothing
// may panic or fail, the invariants must hold after each stage, and the
// output must survive a JSON round trip.
func FuzzPipeline(f *testing.F) {
	limitFuzzMinimizing(f)
	for _, c := range golden.Cases(f, articles) {
		data, _ := c.Input(f)
		f.Add(data)
	}
	f.Add([]byte("“Unclosed quote said the minister.\n\n\"Another"))
	f.Add([]byte("U.S. Lt. Gen. J. Smith said. 23/10/2017 — 1,200 killed."))
	p := newPipeline(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ingest.FromBytes(data, ingest.FormatAuto, sitrep.Metadata{Published: fixedTime})
		if err != nil {
			return // classified bad input: empty, binary or unextractable HTML
		}
		if err := p.Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		out, err := json.Marshal(render.Build(doc))
		if err != nil {
			t.Fatal(err)
		}
		var back render.Output
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatal(err)
		}
	})
}

// BenchmarkPipeline runs the standard pipeline over the golden articles.
func BenchmarkPipeline(b *testing.B) {
	p, err := standard.New(standard.Resources{})
	if err != nil {
		b.Fatal(err)
	}
	var docs []*sitrep.Document
	size := 0
	for _, c := range golden.Cases(b, articles) {
		d := c.Document(b)
		docs = append(docs, d)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for _, d := range docs {
			fresh := sitrep.NewDocument(d.Text, d.Meta)
			if err := p.Run(ctx, fresh); err != nil {
				b.Fatal(err)
			}
		}
	}
}
