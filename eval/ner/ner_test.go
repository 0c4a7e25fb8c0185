package ner

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

const fixture = `-DOCSTART- -X- -X- O

EU NNP B-NP I-ORG
rejects VBZ B-VP O
German JJ B-NP I-MISC
call NN I-NP O

Peter NNP B-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- -X- O

BRUSSELS NNP B-NP I-LOC
1996-08-22 CD I-NP O
`

func TestReadCoNLL(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(fixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || len(docs[0].Sentences) != 2 || len(docs[1].Sentences) != 1 {
		t.Fatalf("ReadCoNLL: got %d documents (%+v), want 2 with 2 and 1 sentences", len(docs), docs)
	}
	if got := docs[0].Sentences[1].Tags; got[0] != "I-PER" || got[1] != "I-PER" {
		t.Errorf("tags = %v, want the last column", got)
	}
}

func TestEntities(t *testing.T) {
	tests := []struct {
		tags []string
		want []Entity
	}{
		// IOB1: I- starts an entity after O; B- separates two of one type.
		{[]string{"I-PER", "I-PER", "B-PER", "O", "I-LOC"}, []Entity{{0, 2, "PER"}, {2, 3, "PER"}, {4, 5, "LOC"}}},
		// IOB2.
		{[]string{"B-ORG", "I-ORG", "B-ORG", "O"}, []Entity{{0, 2, "ORG"}, {2, 3, "ORG"}}},
		// A type change ends an entity even without B-.
		{[]string{"I-ORG", "I-LOC"}, []Entity{{0, 1, "ORG"}, {1, 2, "LOC"}}},
		// An I- after O starts one (conlleval), even in IOB2 files.
		{[]string{"O", "I-MISC", "I-MISC"}, []Entity{{1, 3, "MISC"}}},
		{nil, nil},
	}
	for _, tc := range tests {
		got := Entities(tc.tags)
		if len(got) != len(tc.want) {
			t.Errorf("Entities(%v) = %v, want %v", tc.tags, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("Entities(%v) = %v, want %v", tc.tags, got, tc.want)
			}
		}
	}
}

func TestScore(t *testing.T) {
	s := NewScore()
	s.Add([]string{"B-PER", "I-PER", "O", "B-LOC"}, []string{"B-PER", "I-PER", "O", "B-ORG"})
	s.Add([]string{"B-ORG", "O"}, []string{"B-ORG", "B-MISC"})
	r := s.Result()
	// Gold 3 (PER, LOC, ORG); predicted 4 (PER, ORG, ORG, MISC); correct 2.
	if r.N != 3 || r.Precision != 0.5 || r.Recall != 2.0/3 {
		t.Errorf("Result = %+v, want n 3, precision 0.5, recall 0.667", r)
	}
	if got := r.PerType["PER"].F1; got != 1 {
		t.Errorf("PER F1 = %v, want 1", got)
	}
	if got := r.PerType["LOC"]; got.Recall != 0 || got.N != 1 {
		t.Errorf("LOC = %+v, want recall 0 of 1", got)
	}
}

func TestTypeToCoNLL(t *testing.T) {
	for in, want := range map[string]string{"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC",
		"FAC": "LOC", "NORP": "MISC", "WEAPON": "MISC", "EVENT": "MISC", "OTHER": "MISC"} {
		if got := TypeToCoNLL(in); got != want {
			t.Errorf("TypeToCoNLL(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestEvaluate runs Evaluate with a fake annotator that tags capitalized
// words, and checks that mentions map back onto the gold words.
func TestEvaluate(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(fixture))
	if err != nil {
		t.Fatal(err)
	}
	fake := func(_ context.Context, d *sitrep.Document) error {
		// Tokens are the space-separated words; "Peter Blackburn" is one
		// PERSON, "EU" an ORG, "US-led" would be skipped as a partial.
		start := -1
		for i := 0; i <= len(d.Text); i++ {
			if i == len(d.Text) || d.Text[i] == ' ' || d.Text[i] == '\n' {
				if start >= 0 {
					d.Tokens = append(d.Tokens, sitrep.Token{Span: sitrep.Span{Start: start, End: i}, Kind: sitrep.TokenWord})
				}
				start = -1
			} else if start < 0 {
				start = i
			}
		}
		add := func(text string, typ sitrep.EntityType) {
			if i := strings.Index(d.Text, text); i >= 0 {
				d.Mentions = append(d.Mentions, sitrep.Mention{Span: sitrep.Span{Start: i, End: i + len(text)}, Type: typ, Kind: sitrep.MentionName})
			}
		}
		add("EU", sitrep.ORG)
		add("Peter Blackburn", sitrep.PERSON)
		add("BRUSSELS", sitrep.ORG) // wrong type
		return nil
	}
	s, err := Evaluate(context.Background(), docs, fake)
	if err != nil {
		t.Fatal(err)
	}
	r := s.Result()
	if r.N != 4 || r.PerType["PER"].F1 != 1 || r.PerType["ORG"].Precision != 0.5 || r.PerType["MISC"].Recall != 0 {
		t.Errorf("Evaluate = %+v", r)
	}
}
