//go:build !unix

package entity_test

// cpuTime is unknown here; the benchmark then reports wall time only.
func cpuTime() float64 { return 0 }
