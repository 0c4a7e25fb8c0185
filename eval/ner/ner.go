// Package ner scores named-entity tags the way conlleval does: an entity is
// found when its exact token span and type match a gold entity, and
// precision, recall and F1 are computed over entities, overall and per type.
//
// It reads CoNLL files whose last column is the tag, in IOB1 or IOB2 (the
// chunk boundaries follow conlleval's startOfChunk and endOfChunk, so both
// encodings, and BIOES-like E- and S- tags, read the same), with -DOCSTART-
// lines separating documents and blank lines separating sentences.
//
// sitrep's entity types map onto CoNLL's four as TypeToCoNLL says: PERSON to
// PER, ORG to ORG, GPE, LOC and FAC to LOC, and NORP, WEAPON, EVENT and
// anything else to MISC.
package ner

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep/eval/internal/prf"
)

// A Sentence is a sentence's words and their tags ("B-PER", "I-LOC", "O").
type Sentence struct {
	Words []string
	Tags  []string
}

// A Document is the sentences between two -DOCSTART- lines.
type Document struct {
	Sentences []Sentence
}

// ReadCoNLL reads documents from a CoNLL file. A file without -DOCSTART-
// lines is one document.
func ReadCoNLL(r io.Reader) ([]Document, error) {
	var docs []Document
	var doc Document
	var sent Sentence
	flushSentence := func() {
		if len(sent.Words) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
		}
		sent = Sentence{}
	}
	flushDoc := func() {
		flushSentence()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
		}
		doc = Document{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flushSentence()
		case fields[0] == "-DOCSTART-":
			flushDoc()
		case len(fields) < 2:
			return nil, fmt.Errorf("line %d: want a word and a tag, got %q", line, sc.Text())
		default:
			sent.Words = append(sent.Words, fields[0])
			sent.Tags = append(sent.Tags, fields[len(fields)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	flushDoc()
	return docs, nil
}

// An Entity is a chunk of a tag sequence: tokens [Start, End) of Type.
type Entity struct {
	Start, End int
	Type       string
}

// split returns a tag's prefix ("B", "I", "E", "S", "O") and type.
func split(tag string) (prefix, typ string) {
	if tag == "O" || tag == "" {
		return "O", ""
	}
	if len(tag) > 2 && tag[1] == '-' {
		return tag[:1], tag[2:]
	}
	return "I", tag
}

// Entities returns the chunks of tags with conlleval's rules.
func Entities(tags []string) []Entity {
	var out []Entity
	start, typ := -1, ""
	prevPrefix, prevType := "O", ""
	for i, tag := range tags {
		p, t := split(tag)
		if start >= 0 && endOfChunk(prevPrefix, p, prevType, t) {
			out = append(out, Entity{start, i, typ})
			start = -1
		}
		if startOfChunk(prevPrefix, p, prevType, t) {
			start, typ = i, t
		}
		prevPrefix, prevType = p, t
	}
	if start >= 0 {
		out = append(out, Entity{start, len(tags), typ})
	}
	return out
}

func endOfChunk(prev, cur, prevType, curType string) bool {
	switch {
	case prev == "E" || prev == "S":
		return true
	case prev == "B" && (cur == "B" || cur == "S" || cur == "O"):
		return true
	case prev == "I" && (cur == "B" || cur == "S" || cur == "O"):
		return true
	case prev != "O" && prevType != curType:
		return true
	}
	return false
}

func startOfChunk(prev, cur, prevType, curType string) bool {
	switch {
	case cur == "B" || cur == "S":
		return true
	case prev == "E" && (cur == "E" || cur == "I"):
		return true
	case prev == "S" && (cur == "E" || cur == "I"):
		return true
	case prev == "O" && (cur == "E" || cur == "I"):
		return true
	case cur != "O" && prevType != curType:
		return true
	}
	return false
}

// Counts are entity counts for precision and recall: TP counts correct
// entities, Pred predicted ones.
type Counts = prf.Counts

// A Score accumulates counts over sentences, overall and per type.
type Score struct {
	All     Counts
	PerType map[string]*Counts
}

// NewScore returns an empty Score.
func NewScore() *Score { return &Score{PerType: make(map[string]*Counts)} }

func (s *Score) counts(typ string) *Counts {
	c := s.PerType[typ]
	if c == nil {
		c = &Counts{}
		s.PerType[typ] = c
	}
	return c
}

// Add scores one sentence's predicted tags against its gold tags.
func (s *Score) Add(gold, predicted []string) {
	g, p := Entities(gold), Entities(predicted)
	for _, e := range g {
		s.All.Gold++
		s.counts(e.Type).Gold++
	}
	for _, e := range p {
		s.All.Pred++
		s.counts(e.Type).Pred++
		if slices.Contains(g, e) {
			s.All.TP++
			s.counts(e.Type).TP++
		}
	}
}

// Result is the JSON form of a Score.
type Result struct {
	Precision float64               `json:"precision"`
	Recall    float64               `json:"recall"`
	F1        float64               `json:"f1"`
	PerType   map[string]TypeResult `json:"per_type"`
	N         int                   `json:"n"` // gold entities
}

// TypeResult is one type's line of a Result.
type TypeResult struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	N         int     `json:"n"`
}

// Result returns s as reported by `sitrep eval ner --json`.
func (s *Score) Result() Result {
	r := Result{Precision: s.All.Precision(), Recall: s.All.Recall(), F1: s.All.F1(),
		N: s.All.Gold, PerType: make(map[string]TypeResult)}
	for t, c := range s.PerType {
		r.PerType[t] = TypeResult{c.Precision(), c.Recall(), c.F1(), c.Gold}
	}
	return r
}

// TypeToCoNLL maps a sitrep entity type to its CoNLL-2003 type.
func TypeToCoNLL(t string) string {
	switch t {
	case "PERSON", "PER":
		return "PER"
	case "ORG":
		return "ORG"
	case "GPE", "LOC", "FAC":
		return "LOC"
	}
	return "MISC"
}
