package timex

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const tml = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">19980807</TIMEX3></DCT>
<TEXT>
The bomb <EVENT eid="e1">exploded</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; talks lasted <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>.
</TEXT>
</TimeML>`

func TestParseTML(t *testing.T) {
	doc, err := ParseTML(strings.NewReader(tml))
	if err != nil {
		t.Fatal(err)
	}
	if got := doc.DCT.Format("2006-01-02"); got != "1998-08-07" {
		t.Errorf("DCT = %s, want 1998-08-07", got)
	}
	if len(doc.Gold) != 2 {
		t.Fatalf("got %d gold expressions, want 2", len(doc.Gold))
	}
	for _, c := range []struct {
		i         int
		text, typ string
	}{{0, "Friday", "DATE"}, {1, "three days", "DURATION"}} {
		g := doc.Gold[c.i]
		if got := doc.Text[g.Start:g.End]; got != c.text || g.Type != c.typ {
			t.Errorf("gold %d = %q %s, want %q %s", c.i, got, g.Type, c.text, c.typ)
		}
	}
	if !strings.Contains(doc.Text, "Friday & talks") {
		t.Errorf("text %q: entities not decoded or tags not removed", doc.Text)
	}
}

func TestCounts(t *testing.T) {
	text := "on Friday and for three days and now"
	gold := []Expr{{3, 9, "DATE", "1998-08-07"}, {18, 28, "DURATION", "P3D"}}
	sys := []Expr{
		{0, 9, "DATE", "1998-08-07"},    // overlaps gold 0, right value
		{22, 28, "DATE", "P3D"},         // overlaps gold 1, right value, wrong type
		{33, 36, "DATE", "PRESENT_REF"}, // spurious
	}
	var c Counts
	c.Add("x", text, gold, sys)
	m := c.Metrics()
	want := Metrics{Precision: 2.0 / 3, Recall: 1, F1: 0.8, ValueAcc: 1, TypeAcc: 0.5, N: 2}
	if diff := m.F1 - want.F1; m.Precision != want.Precision || m.Recall != want.Recall || diff > 1e-9 || diff < -1e-9 ||
		m.ValueAcc != want.ValueAcc || m.TypeAcc != want.TypeAcc || m.N != want.N {
		t.Errorf("Metrics() = %+v, want %+v", m, want)
	}
	// A system expression matches one gold expression only.
	var c2 Counts
	c2.Add("y", text, gold, []Expr{{0, 28, "DATE", "1998-08-07"}})
	if c2.Matched != 1 {
		t.Errorf("one long system expression matched %d gold ones, want 1", c2.Matched)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.tml"), []byte(tml), 0o644); err != nil {
		t.Fatal(err)
	}
	var gotDCT time.Time
	tag := func(_ context.Context, text string, dct time.Time) ([]Expr, error) {
		gotDCT = dct
		i := strings.Index(text, "Friday")
		return []Expr{{i, i + 6, "DATE", "1998-08-07"}}, nil
	}
	c, err := Run(context.Background(), dir, tag, 10)
	if err != nil {
		t.Fatal(err)
	}
	if gotDCT.Format("2006-01-02") != "1998-08-07" {
		t.Errorf("tagger got DCT %v", gotDCT)
	}
	if c.Docs != 1 || c.Gold != 2 || c.Matched != 1 || c.ValueOK != 1 || len(c.Errors) != 1 {
		t.Errorf("counts = %+v", c)
	}
	if _, err := Run(context.Background(), t.TempDir(), tag, 0); err == nil {
		t.Error("Run on a directory without .tml files: no error")
	}
}

func TestParseTMLNormalizes(t *testing.T) {
	// "Cafe\u0301" is decomposed; the tagger sees it composed, so gold
	// offsets must count the composed form.
	in := "<TimeML><TEXT>Cafe\u0301 opened <TIMEX3 type=\"DATE\" value=\"PRESENT_REF\">now</TIMEX3>.</TEXT></TimeML>"
	doc, err := ParseTML(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	g := doc.Gold[0]
	if got := doc.Text[g.Start:g.End]; got != "now" || !strings.HasPrefix(doc.Text, "Café") {
		t.Errorf("text %q, gold %q", doc.Text, got)
	}
}
