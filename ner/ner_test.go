package ner

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// tiny is a made-up training set: enough to learn capitalized names after
// "Mr." and places after "in".
func tiny() []Example {
	sents := []string{
		"Mr./O Alan/B-PER Smith/I-PER met/O Mr./O Bob/B-PER Jones/I-PER in/O Paris/B-LOC ./O",
		"The/O bank/O Acme/B-ORG Corp/I-ORG opened/O in/O Rome/B-LOC ./O",
		"Mr./O Carl/B-PER Brown/I-PER flew/O to/O Berlin/B-LOC with/O Acme/B-ORG Corp/I-ORG ./O",
		"German/B-MISC officials/O said/O Mr./O Dan/B-PER Green/I-PER left/O Madrid/B-LOC ./O",
	}
	var out []Example
	for _, s := range sents {
		var words, tags []string
		for _, wt := range strings.Fields(s) {
			w, t, _ := strings.Cut(wt, "/")
			words, tags = append(words, w), append(tags, t)
		}
		ex, err := NewExample([][]string{words}, [][]string{tags})
		if err != nil {
			panic(err)
		}
		out = append(out, ex)
	}
	return out
}

func TestTrainIsDeterministic(t *testing.T) {
	for _, dropout := range []float64{0, 0.3} {
		var a, b bytes.Buffer
		opt := TrainOptions{MaxEpochs: 5, Dropout: dropout}
		if _, _, err := Train(tiny(), tiny(), opt, &a); err != nil {
			t.Fatal(err)
		}
		if _, _, err := Train(tiny(), tiny(), opt, &b); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("dropout %g: two trainings on the same data wrote different weights", dropout)
		}
	}
}

func TestDropoutLeavesOutSomeStaticFeatures(t *testing.T) {
	features := make([]uint64, 200)
	for i := range features {
		features[i] = mix(uint64(i), 7)
	}
	p := newPerceptron()
	p.dropout = 1 << 15 // a half
	kept := p.drop(features)
	if len(kept) < 60 || len(kept) > 140 {
		t.Errorf("dropout 0.5 kept %d of %d features", len(kept), len(features))
	}
	if kept[0] != features[0] {
		t.Error("dropout left out the bias")
	}
	for _, f := range features[staticHead : staticHead+numDynamic] {
		if !slices.Contains(kept, f) {
			t.Error("dropout left out a label feature")
		}
	}
}

func TestTrainLearnsAndRoundTrips(t *testing.T) {
	var buf bytes.Buffer
	m, report, err := Train(tiny(), tiny(), TrainOptions{MaxEpochs: 10}, &buf)
	if err != nil {
		t.Fatal(err)
	}
	// An averaged perceptron need not fit every token of four sentences
	// (here the cluster features of "in" before a city tempt it), but it
	// finds nearly all their names.
	if report.DevF1 < 0.95 {
		t.Errorf("F1 on the training set = %.3f, want ≥ 0.95", report.DevF1)
	}
	decoded, err := Decode(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := Score(decoded, tiny()), Score(m, tiny()); got != want {
		t.Errorf("decoded model scores %.3f, trained %.3f", got, want)
	}
	words := strings.Fields("Mr. Ed Stone went to Rome .")
	labels := decoded.NewTagger().Tag(words, []int{len(words)}, nil)
	chunks := Chunks(labels)
	if len(chunks) != 2 || chunks[0] != (Chunk{1, 3, "PER"}) || chunks[1] != (Chunk{5, 6, "LOC"}) {
		t.Errorf("Tag(%q) = %v (%v), want PER Ed Stone and LOC Rome", words, labels, chunks)
	}
}

func TestDecodeRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "not gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00"} {
		if _, err := Decode(strings.NewReader(in)); err == nil {
			t.Errorf("Decode(%q) succeeded", in)
		}
	}
}

func TestShippedModel(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	words := strings.Fields("Peter Blackburn told Reuters in Brussels that the European Union would act .")
	got := Chunks(m.NewTagger().Tag(words, nil, nil))
	want := []Chunk{{0, 2, "PER"}, {3, 4, "ORG"}, {5, 6, "LOC"}, {8, 10, "ORG"}}
	if len(got) != len(want) {
		t.Fatalf("shipped model: %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("shipped model: %v, want %v", got, want)
		}
	}
}

func TestToIOB2(t *testing.T) {
	labels := []Label{IPER, IPER, O, ILOC, BLOC, IORG}
	ToIOB2(labels)
	want := []Label{BPER, IPER, O, BLOC, BLOC, BORG}
	for i := range want {
		if labels[i] != want[i] {
			t.Fatalf("ToIOB2 = %v, want %v", labels, want)
		}
	}
}

func TestTagNeverPanics(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tg := m.NewTagger()
	for _, words := range [][]string{nil, {""}, {"\xff"}, {strings.Repeat("x", 500)}, {"A", "B"}} {
		for _, ends := range [][]int{nil, {0}, {5}, {1, 0}, {-1, 2}} {
			if got := tg.Tag(words, ends, nil); len(got) != len(words) {
				t.Errorf("Tag(%q, %v) gave %d labels", words, ends, len(got))
			}
		}
	}
}

func BenchmarkTag(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	sentence := strings.Fields("Army Col. Ryan Dillon , the spokesman for the US-led coalition 's Operation Inherent Resolve ( OIR ) , has denied that the coalition carried out an airstrike near Deir ez-Zor on Monday .")
	var words []string
	var ends []int
	for range 100 {
		words = append(words, sentence...)
		ends = append(ends, len(words))
	}
	tg := m.NewTagger()
	labels := tg.Tag(words, ends, nil) // load the lists
	b.SetBytes(int64(len(strings.Join(words, " "))))
	for b.Loop() {
		labels = tg.Tag(words, ends, labels[:0])
	}
	b.ReportMetric(float64(len(words))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
