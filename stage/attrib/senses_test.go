package attrib

import (
	"bytes"
	"slices"
	"testing"
)

func TestInflections(t *testing.T) {
	tests := []struct {
		lemma string
		want  []string // among the forms
	}{
		{"decide", []string{"decide", "decides", "decided", "deciding"}},
		{"plan", []string{"plans", "planned", "planning"}},
		{"worry", []string{"worries", "worried", "worrying"}},
		{"push", []string{"pushes", "pushed", "pushing"}},
		{"say", []string{"says", "saying"}},
		{"commit", []string{"committed", "committing"}},
	}
	for _, tt := range tests {
		got := inflections(tt.lemma)
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("inflections(%q) = %q, lacks %q", tt.lemma, got, w)
			}
		}
	}
}

func TestParseSenses(t *testing.T) {
	senses, err := parseSenses("# comment\nthought\tthink believe\nintention\tplan think\n")
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]string{"believed": "thought", "thinks": "thought", "planned": "intention", "table": ""} {
		if got := senses[w]; got != want {
			t.Errorf("sense of %q = %q, want %q", w, got, want)
		}
	}
	if _, err := parseSenses("thought think\n"); err == nil {
		t.Error("a line without a tab parsed, want an error")
	}
	if _, err := parseSenses(sensesData); err != nil {
		t.Errorf("embedded senses.txt: %v", err)
	}
}

func TestSenseLetsTheModelScoreUnseenWords(t *testing.T) {
	// "intends" never occurs in training, so the model does not know the
	// word; its sense, shared with "plans" and "wants", lets it be scored
	// and taken as a cue in the same context.
	var corpus []CueExample
	for i := 0; i < 6; i++ {
		corpus = append(corpus,
			cueExample(t, "The senator [[plans]] to vote against the bill. The mayor [[wants]] to cut taxes."),
			cueExample(t, "The plans were drawn up on Monday. Nobody wants a long meeting."),
		)
	}
	var buf bytes.Buffer
	if _, err := TrainCues(corpus, nil, TrainOptions{MaxEpochs: 5}, &buf); err != nil {
		t.Fatal(err)
	}
	st, err := NewWithWeights(buf.Bytes(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if st.model.knows("intends") {
		t.Fatal("the model knows intends, which it never saw")
	}
	doc := cueExample(t, "The governor intends to sign the bill.").Doc
	x := newExtractor(st.lex, st.model, doc)
	i := slices.Index(x.words, "intends")
	score, known := x.cueScore(i, 0, len(x.toks))
	if !known || score <= cueThreshold {
		t.Errorf("intends: score %v, known %v; want scored above %v through its sense", score, known, float64(cueThreshold))
	}
}
