// Package prf holds the precision, recall and F1 arithmetic the eval
// packages share.
package prf

// Counts are true positives and the sizes of the predicted and gold sets.
type Counts struct {
	TP, Pred, Gold int
}

// Add adds c2 to c.
func (c *Counts) Add(c2 Counts) { c.TP += c2.TP; c.Pred += c2.Pred; c.Gold += c2.Gold }

// Precision returns TP/Pred, or 0 if nothing was predicted.
func (c Counts) Precision() float64 { return Ratio(c.TP, c.Pred) }

// Recall returns TP/Gold, or 0 if there is no gold item.
func (c Counts) Recall() float64 { return Ratio(c.TP, c.Gold) }

// F1 returns the harmonic mean of precision and recall, or 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Ratio returns n/d, or 0 if d is 0.
func Ratio(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}
