package plover

import (
	"strings"
	"testing"
)

const fixture = `[
{"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "eventText": "header"},
{"id": "X-DEMAND-0001", "event": "DEMAND", "text": "Ruritania demanded that Freedonia free the sailors.",
 "source": [{"actorText": "Ruritania", "code": "RUR"}], "target": [{"actorText": "Freedonia", "code": "FRE", "sector": "GOV"}]},
{"id": "X-FIGHT-0001", "event": "FIGHT", "mode": "heavy-weapons", "text": "Freedonian aircraft bombed the camp.",
 "source": [{"actorText": "Freedonian aircraft", "code": "FRE", "sector": "MIL"}], "target": ""},
{"id": "X-DISAPPROVE-0001", "event": "DISAPPROVE", "text": "The UN criticized Ruritania.",
 "source": [{"actorText": "UN", "code": "IGO"}], "target": "diplomatic"},
{"id": "X-PROTEST-0001", "event": "PROTEST", "mode": "strike-hun", "text": "Prisoners went on hunger strike."}
]`

func TestReadNormalizes(t *testing.T) {
	recs, err := Read(strings.NewReader(fixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 {
		t.Fatalf("Read returned %d records, want 4 (the header skipped)", len(recs))
	}
	want := []struct{ cat, mode string }{{"REQUEST", ""}, {"ASSAULT", "heavy-weapons"}, {"ACCUSE", "disapprove"}, {"PROTEST", "hunger"}}
	for i, w := range want {
		if recs[i].Category != w.cat || recs[i].Mode != w.mode {
			t.Errorf("record %d = %s/%s, want %s/%s", i, recs[i].Category, recs[i].Mode, w.cat, w.mode)
		}
	}
	if len(recs[1].Targets) != 0 || len(recs[2].Targets) != 0 {
		t.Errorf("string targets should name no actor: %v %v", recs[1].Targets, recs[2].Targets)
	}
}

func TestScore(t *testing.T) {
	recs, err := Read(strings.NewReader(fixture))
	if err != nil {
		t.Fatal(err)
	}
	codings := map[string]Coding{
		"X-DEMAND-0001":     {Category: "REQUEST", Mode: "yield", Actor: "RURGOV", Target: "USA"},
		"X-FIGHT-0001":      {Category: "ASSAULT", Mode: "aerial", Actor: "FREMIL"},
		"X-DISAPPROVE-0001": {Category: "ACCUSE", Mode: "allege", Actor: "IGOUNO"},
		"X-PROTEST-0001":    {Category: "PROTEST", Mode: "strike"},
	}
	s, misses := Score(recs, func(r Record) Coding { return codings[r.ID] })
	if s.N != 4 || s.TypeAcc != 1 || len(misses) != 0 {
		t.Errorf("N=%d TypeAcc=%v misses=%d, want 4, 1, 0", s.N, s.TypeAcc, len(misses))
	}
	// Gold modes: heavy-weapons (aerial agrees), disapprove (allege does
	// not), hunger (strike does not).
	if s.NMode != 3 || s.ModeAcc != 1.0/3 {
		t.Errorf("NMode=%d ModeAcc=%v, want 3, 1/3", s.NMode, s.ModeAcc)
	}
	if s.NActor != 3 || s.ActorAcc != 1 {
		t.Errorf("NActor=%d ActorAcc=%v, want 3, 1", s.NActor, s.ActorAcc)
	}
	if s.NTarget != 1 || s.TargetAcc != 0 {
		t.Errorf("NTarget=%d TargetAcc=%v, want 1, 0", s.NTarget, s.TargetAcc)
	}
}

func TestSameCountry(t *testing.T) {
	tests := []struct {
		gold, system string
		want         bool
	}{
		{"SYR", "SYRGOV", true},
		{"IGO", "IGOUNO", true},
		{"IGOUNO", "IGOEUR", false},
		{"---REB", "SYRREB", false},
		{"USA", "", false},
	}
	for _, tt := range tests {
		if got := SameCountry(tt.gold, tt.system); got != tt.want {
			t.Errorf("SameCountry(%q, %q) = %v, want %v", tt.gold, tt.system, got, tt.want)
		}
	}
}
