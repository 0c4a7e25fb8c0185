package attrib

import (
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestWordClasses(t *testing.T) {
	lex, err := parseLexicon(cuesData)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word, orig string
		want       wordClass
	}{
		{"he", "He", classPronoun},
		{"the", "the", classDeterminer},
		{"has", "has", classAuxiliary | classPastAuxiliary | classAuxToken | classCueWord | classNPStop}, // "has said"
		{"never", "never", classAuxiliary | classNegation | classPastNegation | classAuxToken},
		{"recently", "recently", classAuxiliary | classAuxToken},
		{"openly", "openly", classAuxToken},
		{"kelly", "Kelly", 0}, // a name, not an adverb
		{"said", "said", classCueWord | classSensed},
		{"intends", "intends", classSensed},
		{"of", "of", classParticle | classNPInner | classCueParticle}, // "speaking of"
		{"told", "told", classCueWord | classSensed | classTellVerb},
		{"whether", "whether", classNPStop | classClauseOpener},
		{"yesterday", "Yesterday", classNPStop | classTemporal},
		{"morning", "morning", classTemporal},
		{"council", "council", 0},
	}
	for _, tt := range tests {
		if got := lex.classOf(tt.word, tt.orig); got != tt.want {
			t.Errorf("classOf(%q) = %b, want %b", tt.orig, got, tt.want)
		}
	}
	if doc := sitrep.NewDocument("", sitrep.Metadata{}); len(newExtractor(lex, nil, doc).class) != 0 {
		t.Errorf("classes of an empty document")
	}
}

func TestLowerASCII(t *testing.T) {
	for in, want := range map[string]string{"": "", "said": "said", "The UN Said": "the un said", "Ünal SAID é": "Ünal said é"} {
		if got := lowerASCII(in); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", in, got, want)
		}
	}
}

// classOf returns the classes of the lower-case word w, whose text as
// written is orig.
func (lex *lexicon) classOf(w, orig string) wordClass {
	c, _ := lex.classify(int32(lex.known.Find(w)), w, orig)
	return c
}
