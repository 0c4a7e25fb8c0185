package attrib

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

// TestCoordinatedSubjectStart checks where a subject coordinated by "and"
// after a comma starts, given the start of its last noun phrase (the word
// after "and"): the first noun phrase's, unless the comma ends a list's
// item or a preposition's object holds "and".
func TestCoordinatedSubjectStart(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, last, want string // want "" if the subject is the last phrase alone
	}{
		{"Insurgents stormed the town, killing seven civilians, local residents and officials said.", "officials", "local"},
		{"A strike killed a commander, the group and two security sources said.", "two", "the"},
		{"Two agents were hurt, the Bureau of Alcohol, Tobacco, Firearms and Explosives said.", "Explosives", ""},
		{"Among voters, the relationship between America and Britain appears strong.", "Britain", ""},
		{"Residents and officials said the town fell.", "officials", ""},
	}
	for _, tt := range tests {
		doc := sitrep.NewDocument(tt.text, sitrep.Metadata{})
		if err := segment.New().Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		x := newExtractor(st.lex, st.model, doc)
		b := slices.Index(x.words, strings.ToLower(tt.last))
		got := ""
		if b2 := x.coordinatedSubjectStart(0, b); b2 < b {
			got = x.text[x.toks[b2].Start:x.toks[b2].End]
		}
		if got != tt.want {
			t.Errorf("%q from %q: starts at %q, want %q", tt.text, tt.last, got, tt.want)
		}
	}
}

// TestPartialQuotationInsideContent checks that a quotation a content
// only begins is not noted as one it holds.
func TestPartialQuotationInsideContent(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The army said its forces had “eliminated five terrorists” near the camp."
	doc := sitrep.NewDocument(text, sitrep.Metadata{})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	x := newExtractor(st.lex, st.model, doc)
	open := strings.Index(text, "“")
	cut := strings.Index(text, " five")
	out := []sitrep.Attribution{{Span: sitrep.Span{Start: 0, End: cut}, Content: sitrep.Span{Start: strings.Index(text, "its"), End: cut}, Speaker: -1}}
	x.partialQuotations(out)
	if len(out[0].Quoted) != 0 {
		t.Errorf("content %q quotes %v, which runs past it (from %d)", out[0].Content.Text(doc), out[0].Quoted, open)
	}
}
