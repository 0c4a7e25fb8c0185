package attrib

import (
	"slices"
	"testing"
)

// TestConstructions checks the places that make a word a cue whatever the
// classifier says (see reportNounBeforeVerb and speechTag): the words
// marked [[so]] and no others.
func TestConstructions(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, marked := range []string{
		"“We will not stop,” the statement [[read]], as quoted by the agency.",
		"The ministry’s assessment [[said]] the road was closed.",
		"The statement on the roads was closed.",
		"“You fool,” Oliver [[barked]]. “Honestly,” he [[continued]], “we are lost.”",
		"“France will always be France,” an angry Hollande [[retaliated]].",
		"“We will win,” [[scoffed]] the senator.",
		"“We will win!” [[shouted]] Senator Anne Smith, a Democrat.",
		// Not a speech tag: the quotation ends a sentence, the word
		// after the source is not the last of its clause, a function
		// word, a source of lower-case words without a determiner.
		"“We will win.” Oliver left.",
		"“It is over,” he told reporters.",
		"“It is over,” for now.",
		"“It is over,” Trump told reporters.",
		"“It is over,” voters gone home.",
	} {
		checkMarked(t, st, marked, "constructions", func(x *extractor, i, s0, s1 int) bool {
			return i > s0 && x.reportNounBeforeVerb(i-1, s1) || x.quoteOf[i] < 0 && x.speechTag(i, s0, s1)
		})
	}
}

// TestDeniesReport checks the verbs of denial whose object is a report,
// which make a cue whatever the classifier says: the words marked [[so]]
// and no others.
func TestDeniesReport(t *testing.T) {
	st, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, marked := range []string{
		"The ministry [[rejected]] claims that its jets struck the town.",
		"Israel and the United States [[denied]] the claims.",
		"Israel and the United States [[denied]] the report.",
		"The army [[denied]] a claim that it shelled the town.",
		"The army [[dismissed]] such allegations.",
		// Not a report: a singular noun with the speech sense only as a
		// verb, a quotation, a name.
		"Voters should reject his brand of politics.",
		"The army denied “the claims”.",
		"The army denied Smith.",
	} {
		checkMarked(t, st, marked, "denials of a report", func(x *extractor, i, s0, s1 int) bool {
			c := x.matchCue(i, s1)
			return c != nil && x.deniesReport(c, i+len(c.words), s1)
		})
	}
}

// checkMarked checks that found holds of the words marked [[so]] in
// marked, and of no others.
func checkMarked(t *testing.T, st *Stage, marked, what string, found func(x *extractor, i, s0, s1 int) bool) {
	t.Helper()
	ex := cueExample(t, marked)
	x := newExtractor(st.lex, st.model, ex.Doc)
	var want, got []string
	for _, c := range ex.Cues {
		want = append(want, ex.Doc.Text[c.Start:c.End])
	}
	for _, sent := range ex.Doc.Sentences {
		s0, s1 := sent.Tokens.Start, sent.Tokens.End
		for i := s0; i < s1; i++ {
			if found(x, i, s0, s1) {
				got = append(got, x.words[i])
			}
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("%s: %s %q, want %q", marked, what, got, want)
	}
}
