package main

import (
	"slices"
	"testing"
)

func TestAppendXMLSentences(t *testing.T) {
	xml := `<Document doc_name="x.xml">
<token t_id="1" sentence="0" number="0">Rock</token>
<token t_id="2" sentence="0" number="1">&amp;</token>
<token t_id="3" sentence="0" number="2">Roll</token>
<token t_id="4" sentence="1" number="0">It</token>
<token t_id="5" sentence="1" number="1">ended</token>
<Markables><ACTION_OCCURRENCE m_id="1"/></Markables>
</Document>`
	got := appendXMLSentences(nil, []byte(xml))
	want := [][]string{{"Rock", "&", "Roll"}, {"It", "ended"}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("appendXMLSentences = %q, want %q", got, want)
	}
}

func TestAppendSentences(t *testing.T) {
	got := appendSentences(nil, "The band played. It rained.")
	want := [][]string{{"The", "band", "played", "."}, {"It", "rained", "."}}
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("appendSentences = %q, want %q", got, want)
	}
}
