package corpus

import (
	"slices"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// The linker goes on changing the incidents it returned while an earlier
// batch waits to be committed: what the batch holds must not change.
func TestSnapshotIsNotChangedByLaterLinking(t *testing.T) {
	inc := &sitrep.Incident{
		ID: 1, Actors: []string{"SYRGOV", "USAMIL"}, Targets: []string{"CVL"},
		Dead:    sitrep.CasualtyRange{Low: 1, Best: 1, High: 1, Reports: 1},
		Reports: append(make([]sitrep.Report, 0, 4), sitrep.Report{Document: "first"}),
	}
	snap := snapshot(inc)

	inc.Reports = append(inc.Reports, sitrep.Report{Document: "second"})
	slices.Reverse(inc.Actors)
	inc.Targets[0] = "REB"
	inc.Dead.High = 9
	snap.Reports = append(snap.Reports, sitrep.Report{Document: "own"})

	if !slices.Equal(snap.Actors, []string{"SYRGOV", "USAMIL"}) || !slices.Equal(snap.Targets, []string{"CVL"}) {
		t.Errorf("snapshot parties changed with the incident: %v %v", snap.Actors, snap.Targets)
	}
	if snap.Dead.High != 1 {
		t.Errorf("snapshot dead range changed with the incident: %+v", snap.Dead)
	}
	if inc.Reports[1].Document != "second" || snap.Reports[1].Document != "own" {
		t.Errorf("reports share memory: incident %v, snapshot %v", inc.Reports, snap.Reports)
	}
}
