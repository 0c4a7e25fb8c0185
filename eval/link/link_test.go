package link

import (
	"fmt"

	"github.com/sitrep-dev/sitrep"
	"math"
	"strings"
	"testing"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-4 }

func labels(clusters ...string) map[string]string {
	m := map[string]string{}
	for i, c := range clusters {
		for _, it := range strings.Split(c, " ") {
			m[it] = string(rune('A' + i))
		}
	}
	return m
}

func TestScore(t *testing.T) {
	tests := []struct {
		name                 string
		gold, pred           map[string]string
		b3p, b3r, mucP, mucR float64
		ceafP, ceafR         float64
	}{
		// The worked example: gold {a b c} {d e}, response {a b} {c d e}.
		{"example", labels("a b c", "d e"), labels("a b", "c d e"), 11.0 / 15, 11.0 / 15, 2.0 / 3, 2.0 / 3, 0.8, 0.8},
		{"identical", labels("a b c", "d e"), labels("a b c", "d e"), 1, 1, 1, 1, 1, 1},
		{"all singletons", labels("a b c"), map[string]string{}, 1, 1.0 / 3, 0, 0, 0.5 / 3, 0.5},
		{"one cluster", labels("a b", "c d"), labels("a b c d"), 0.5, 1, 2.0 / 3, 1, 2.0 / 3, 1.0 / 3},
	}
	for _, tt := range tests {
		s := Score(tt.gold, tt.pred)
		got := []float64{s.B3P, s.B3R, s.MUCP, s.MUCR, s.CEAFP, s.CEAFR}
		want := []float64{tt.b3p, tt.b3r, tt.mucP, tt.mucR, tt.ceafP, tt.ceafR}
		for i := range got {
			if !near(got[i], want[i]) {
				t.Errorf("Score(%s) = B3 %.4f/%.4f MUC %.4f/%.4f CEAF %.4f/%.4f, want %v", tt.name,
					s.B3P, s.B3R, s.MUCP, s.MUCR, s.CEAFP, s.CEAFR, want)
				break
			}
		}
		if c := (s.B3F1 + s.MUCF1 + s.CEAFF1) / 3; !near(c, s.CoNLLF1) {
			t.Errorf("Score(%s).CoNLLF1 = %v, want the mean %v", tt.name, s.CoNLLF1, c)
		}
	}
}

func TestHungarian(t *testing.T) {
	cost := [][]float64{{4, 1, 3}, {2, 0, 5}}
	got := hungarian(cost)
	if got[0] != 1 || got[1] != 0 {
		t.Errorf("hungarian = %v, want [1 0] (cost 3)", got)
	}
}

func TestReadText(t *testing.T) {
	xml := `<Document doc_name="1_1ecbplus.xml"><token t_id="1" sentence="0" number="0">http://x</token>` +
		`<token t_id="2" sentence="1" number="0">Tara</token><token t_id="3" sentence="1" number="1">Reid</token>` +
		`<token t_id="4" sentence="2" number="0">She</token><token t_id="5" sentence="2" number="1">&amp;</token>` +
		`<Markables><ACTION_OCCURRENCE m_id="1"/></Markables></Document>`
	for _, tt := range []struct {
		skip bool
		want string
	}{{true, "Tara Reid\nShe &"}, {false, "http://x\nTara Reid\nShe &"}} {
		got, err := ReadText(strings.NewReader(xml), tt.skip)
		if err != nil || got != tt.want {
			t.Errorf("ReadText(skipURL=%v) = %q, %v; want %q", tt.skip, got, err, tt.want)
		}
	}
}

func TestDocumentClusters(t *testing.T) {
	incs := []*sitrep.Incident{
		{ID: 1, Reports: []sitrep.Report{{Document: "a"}, {Document: "b"}}},
		{ID: 2, Reports: []sitrep.Report{{Document: "a"}, {Document: "c"}, {Document: "d"}}},
		{ID: 3, Reports: []sitrep.Report{{Document: "b"}}},
	}
	got := DocumentClusters(incs)
	want := map[string]int64{"a": 2, "b": 1, "c": 2, "d": 2}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("DocumentClusters = %v, want %v", got, want)
	}
}
