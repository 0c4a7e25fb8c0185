package prf

import (
	"math"
	"testing"
)

func TestCounts(t *testing.T) {
	c := Counts{TP: 3, Pred: 4}
	c.Add(Counts{TP: 1, Pred: 1, Gold: 8})
	if c != (Counts{TP: 4, Pred: 5, Gold: 8}) {
		t.Fatalf("Add = %+v", c)
	}
	if p, r, f := c.Precision(), c.Recall(), c.F1(); p != 0.8 || r != 0.5 || math.Abs(f-8.0/13) > 1e-12 {
		t.Errorf("P, R, F1 = %v, %v, %v; want 0.8, 0.5, 8/13", p, r, f)
	}
	if z := (Counts{}); z.Precision() != 0 || z.Recall() != 0 || z.F1() != 0 {
		t.Errorf("empty counts give %v %v %v, want zeros", z.Precision(), z.Recall(), z.F1())
	}
}
