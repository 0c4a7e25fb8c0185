package place

import (
	"strconv"
	"testing"
)

func TestRegionTable(t *testing.T) {
	var tab regionTable
	keys := []regionKey{{"US", "LA", ""}, {"US", "LA", "079"}, {"SY", "13", ""}, {"A", "BC", ""}, {"AB", "C", ""}, {"", "", ""}}
	for i := range 40 { // enough to grow the table twice
		keys = append(keys, regionKey{"FR", strconv.Itoa(i), "x"})
	}
	for i, k := range keys {
		if got := tab.id(k); got != regionID(i+1) {
			t.Fatalf("id(%v) = %d the first time, want %d", k, got, i+1)
		}
	}
	for i, k := range keys {
		if got := tab.id(k); got != regionID(i+1) {
			t.Errorf("id(%v) = %d again, want %d", k, got, i+1)
		}
	}
	if tab.n != len(keys) {
		t.Errorf("n = %d, want %d", tab.n, len(keys))
	}
	tab.reset()
	if got := tab.id(keys[3]); got != 1 || tab.n != 1 {
		t.Errorf("after reset: id = %d, n = %d, want 1, 1", got, tab.n)
	}
}
