package segment

import (
	"context"
	"strings"
	"testing"
	"unicode"

	"github.com/sitrep-dev/sitrep"
)

func tokens(text string) []string {
	var out []string
	for _, t := range Tokenize(text, nil) {
		out = append(out, text[t.Start:t.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Army Col. Ryan Dillon said.", "Army|Col.|Ryan|Dillon|said|."},
		{"the U.S. military and U.N. staff", "the|U.S.|military|and|U.N.|staff"},
		{"Lt. Gen. J. Smith", "Lt.|Gen.|J.|Smith"},
		{"US-led coalition's OIR", "US-led|coalition|'s|OIR"},
		{"Syria’s Damascus’ consent", "Syria|’s|Damascus|’|consent"},
		{"at least 1,200 on 23/10/2017 at 10:30", "at|least|1,200|on|23/10/2017|at|10:30"},
		{"3.5 km, 9th and 30-year-old", "3.5|km|,|9th|and|30-year-old"},
		{"“quoted” and \"straight\"", "“|quoted|”|and|\"|straight|\""},
		{"wait... what -- no", "wait|...|what|--|no"},
		{"F-16s hit al-Bab", "F-16s|hit|al-Bab"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := strings.Join(tokens(tt.in), "|"); got != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func sentences(text string) []string {
	doc := sitrep.NewDocument(text, sitrep.Metadata{})
	if err := New().Run(context.Background(), doc); err != nil {
		panic(err)
	}
	var out []string
	for _, s := range doc.Sentences {
		out = append(out, s.Text(doc))
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Army Col. Ryan Dillon denied it. The ministry did not.",
			[]string{"Army Col. Ryan Dillon denied it.", "The ministry did not."}},
		{"He flew to the U.S. The talks failed.",
			[]string{"He flew to the U.S.", "The talks failed."}},
		{"U.S. troops left on Oct. 5 with Lt. Gen. Smith.",
			[]string{"U.S. troops left on Oct. 5 with Lt. Gen. Smith."}},
		{`"We will stay," he said. "Always."`,
			[]string{`"We will stay," he said.`, `"Always."`}},
		{"“Stop the crimes.” The statement ended.",
			[]string{"“Stop the crimes.”", "The statement ended."}},
		{"Headline without a stop\nBody starts here. Then more.",
			[]string{"Headline without a stop", "Body starts here.", "Then more."}},
		{"It cost 3.5 million. Prices rose.", []string{"It cost 3.5 million.", "Prices rose."}},
	}
	for _, tt := range tests {
		got := sentences(tt.in)
		if strings.Join(got, "‖") != strings.Join(tt.want, "‖") {
			t.Errorf("Split(%q) =\n %q\nwant\n %q", tt.in, got, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	doc := sitrep.NewDocument("One. Two.\n\nThree.\nFour.", sitrep.Metadata{})
	New().Run(context.Background(), doc)
	var got []int
	for _, s := range doc.Sentences {
		got = append(got, s.Paragraph)
	}
	if want := []int{0, 0, 1, 2}; len(got) != len(want) || got[0] != 0 || got[1] != 0 || got[2] != 1 || got[3] != 2 {
		t.Errorf("paragraphs = %v, want %v", got, want)
	}
}

func FuzzStage(f *testing.F) {
	f.Add("Army Col. Ryan Dillon, the U.S. spokesman, said “no.”\n\nOn 23/10/2017...")
	f.Add("\"unclosed ' quote’s \u00a0 \u200b x.y.z. A.")
	f.Fuzz(func(t *testing.T, text string) {
		doc := sitrep.NewDocument(text, sitrep.Metadata{})
		if err := New().Run(context.Background(), doc); err != nil {
			t.Fatal(err)
		}
		if err := doc.Check(); err != nil {
			t.Fatal(err)
		}
		// Every non-space byte belongs to exactly one token.
		covered := 0
		for _, tok := range doc.Tokens {
			covered += tok.Len()
		}
		if want := len(strings.Join(strings.FieldsFunc(doc.Text, isSpace), "")); covered != want {
			t.Fatalf("tokens cover %d bytes, want %d", covered, want)
		}
	})
}

func BenchmarkStage(b *testing.B) {
	text := strings.Repeat("BEIRUT, Oct. 24 (Reuters) - Army Col. Ryan Dillon, the U.S.-led coalition's spokesman, said on Monday that 1,200 people had fled. “We deny it,” he said.\n\n", 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	s := New()
	for b.Loop() {
		doc := sitrep.NewDocument(text, sitrep.Metadata{})
		if err := s.Run(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
}

// TestIsWordRuneShortcuts checks the fast paths of isWordRune against the
// Unicode tables they stand for.
func TestIsWordRuneShortcuts(t *testing.T) {
	for r := rune(0); r <= 0x3000; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := isWordRune(r); got != want {
			t.Errorf("isWordRune(%U) = %v, want %v", r, got, want)
		}
	}
}
