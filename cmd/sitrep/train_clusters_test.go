package main

import (
	"slices"
	"testing"
)

func TestAppendSentences(t *testing.T) {
	got := appendSentences(nil, "The band played. It rained.")
	want := [][]string{{"The", "band", "played", "."}, {"It", "rained", "."}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("appendSentences = %q, want %q", got, want)
	}
}
