package attrib

import (
	"bytes"
	"compress/gzip"
	"context"
	"math"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

// cueExample segments text, whose cues are marked [[so]], into an example.
func cueExample(tb testing.TB, marked string) CueExample {
	tb.Helper()
	var text strings.Builder
	var cues []sitrep.Span
	for rest := marked; ; {
		i := strings.Index(rest, "[[")
		if i < 0 {
			text.WriteString(rest)
			break
		}
		j := strings.Index(rest[i:], "]]")
		if j < 0 {
			tb.Fatalf("unclosed [[ in %q", marked)
		}
		text.WriteString(rest[:i])
		start := text.Len()
		text.WriteString(rest[i+2 : i+j])
		cues = append(cues, sitrep.Span{Start: start, End: text.Len()})
		rest = rest[i+j+2:]
	}
	doc := sitrep.NewDocument(text.String(), sitrep.Metadata{})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		tb.Fatal(err)
	}
	return CueExample{Doc: doc, Cues: cues}
}

// toyCorpus holds "thinks" as a cue before a clause and as no cue before
// "about", repeated so that the features pass minFeatureCount.
func toyCorpus(tb testing.TB) []CueExample {
	var out []CueExample
	for i := 0; i < 4; i++ {
		out = append(out,
			cueExample(tb, "The senator [[thinks]] the deal is dead. Voters [[think]] taxes are too high."),
			cueExample(tb, "Nobody thinks about the budget. The mayor thinks about roads all day."),
			cueExample(tb, "The governor [[said]] the roads were closed. The vote was on Monday."),
		)
	}
	return out
}

func TestTrainCuesIsDeterministicAndLearns(t *testing.T) {
	var a, b bytes.Buffer
	rep, err := TrainCues(toyCorpus(t), toyCorpus(t), TrainOptions{MaxEpochs: 5}, &a)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := TrainCues(toyCorpus(t), toyCorpus(t), TrainOptions{MaxEpochs: 5}, &b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two trainings on the same examples wrote different models")
	}
	if rep.DevF1 < 0.99 {
		t.Errorf("held-out token F1 = %.3f on the training examples themselves, want 1", rep.DevF1)
	}
	m, err := loadCueModel(a.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		word string
		cue  bool
	}{
		{"The minister thinks the war is over.", "thinks", true},
		{"The minister thinks about the war.", "thinks", false},
		{"The minister thinks the war is over.", "minister", false}, // never a cue in training: not scored
	}
	for _, tt := range tests {
		doc := sitrep.NewDocument(tt.text, sitrep.Metadata{})
		if err := segment.New().Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		lex, _ := parseLexicon(cuesData)
		x := newExtractor(lex, m, doc)
		s := doc.Sentences[0].Tokens
		for i := s.Start; i < s.End; i++ {
			if x.words[i] != tt.word {
				continue
			}
			score, known := x.cueScore(i, s.Start, s.End)
			if got := known && score > cueThreshold; got != tt.cue {
				t.Errorf("%q: %q scored as cue %v, want %v", tt.text, tt.word, got, tt.cue)
			}
		}
	}
}

func TestTrainCuesNeedsCues(t *testing.T) {
	ex := cueExample(t, "Nobody said anything.")
	ex.Cues = nil
	if _, err := TrainCues([]CueExample{ex}, nil, TrainOptions{}, &bytes.Buffer{}); err == nil {
		t.Errorf("TrainCues without gold cues succeeded, want an error")
	}
}

func TestLoadCueModel(t *testing.T) {
	var buf bytes.Buffer
	if err := writeCueModel(&buf, map[uint64]bool{7: true}, map[uint64]float64{1: 2.5, 2: 1e-6, 3: -1}); err != nil {
		t.Fatal(err)
	}
	m, err := loadCueModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	w1, _ := get(m.weights, 1)
	w3, _ := get(m.weights, 3)
	_, pruned := get(m.weights, 2)
	_, known := get(m.vocab, 7)
	if m.weights.len() != 2 || w1 != 2.5 || w3 != -1 || pruned || !known || m.vocab.len() != 1 {
		t.Errorf("round trip: %d weights, 1:%v 3:%v, 2 kept %v; vocab of %d, 7 known %v; want weights 1:2.5 3:-1 (2 pruned) and vocab {7}",
			m.weights.len(), w1, w3, pruned, m.vocab.len(), known)
	}
	if got := m.score([]uint64{1, 3, 99}); math.Abs(got-1.5) > 1e-9 {
		t.Errorf("score = %v, want 1.5", got)
	}
	whole := buf.Bytes()
	for _, bad := range [][]byte{nil, []byte("not gzip"), gzipped(t, "ATTRCUE2"), gzipped(t, "XXXXXXXX\x00\x00\x00\x00\x00\x00\x00\x00"), gzipped(t, "ATTRCUE2\x01\x00\x00\x00")} {
		if _, err := loadCueModel(bad); err == nil {
			t.Errorf("loadCueModel(%q) succeeded, want an error", bad)
		}
	}
	if _, err := loadCueModel(whole); err != nil {
		t.Errorf("loadCueModel of a good model: %v", err)
	}
	if _, err := loadCueModel(cueWeights); err != nil {
		t.Errorf("embedded model: %v", err)
	}
}

func gzipped(tb testing.TB, s string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(s))
	zw.Close()
	return buf.Bytes()
}

func TestTrainCuesLeavesRareCueWordsUnscored(t *testing.T) {
	// "campaign" lies inside a gold cue twice ("campaign said"), which
	// passes minVocabCount, but in far fewer than minVocabRate of its uses.
	corpus := toyCorpus(t)
	corpus = append(corpus,
		cueExample(t, "The [[campaign said]] the vote was close."),
		cueExample(t, "The [[campaign said]] the polls were wrong."))
	for i := 0; i < 120; i++ {
		corpus = append(corpus, cueExample(t, "The campaign ran ads on Monday."))
	}
	var buf bytes.Buffer
	if _, err := TrainCues(corpus, nil, TrainOptions{MaxEpochs: 2}, &buf); err != nil {
		t.Fatal(err)
	}
	m, err := loadCueModel(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if m.knows("campaign") {
		t.Errorf("campaign, a cue in 2 of 122 uses, is scored")
	}
	if !m.knows("thinks") || !m.knows("said") {
		t.Errorf("thinks or said, cues in most of their uses, are not scored")
	}
}

// knows reports whether the model scores the word w at all.
func (m *cueModel) knows(w string) bool { return m.knowsFeature(feature(fWord, w)) }
