package sitrep

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestNewDocumentNormalizes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\r\nb\rc", "a\nb\nc"},
		{"Cafe\u0301", "Caf\u00e9"}, // NFD to NFC
		{"bad \xff byte", "bad \uFFFD byte"},
	}
	for _, tt := range tests {
		d := NewDocument(tt.in, Metadata{})
		if d.Text != tt.want {
			t.Errorf("NewDocument(%q).Text = %q, want %q", tt.in, d.Text, tt.want)
		}
		if err := d.Check(); err != nil {
			t.Errorf("NewDocument(%q).Check() = %v", tt.in, err)
		}
	}
	if a, b := NewDocument("x\r\n", Metadata{}), NewDocument("x\n", Metadata{}); a.ID != b.ID || len(a.ID) != 16 {
		t.Errorf("IDs of equal normalized texts differ or are malformed: %q %q", a.ID, b.ID)
	}
}

func TestCheck(t *testing.T) {
	text := "Syria’s army hit Raqqa."
	tests := []struct {
		name   string
		mutate func(d *Document)
		want   string // substring of the error; "" means no error
	}{
		{"valid", func(d *Document) {
			d.Tokens = []Token{{Span{0, 5}, TokenWord}, {Span{5, 9}, TokenWord}}
			d.Mentions = []Mention{{Span: Span{0, 5}, Type: GPE, Entity: 0}}
			d.Entities = []Entity{{Type: GPE, Name: 0, Mentions: []int{0}, Affiliation: -1}}
		}, ""},
		{"span past end", func(d *Document) { d.Tokens = []Token{{Span{0, 99}, TokenWord}} }, "outside the text"},
		{"negative span", func(d *Document) { d.Times = []Time{{Span: Span{-1, 2}}} }, "outside the text"},
		{"inside a rune", func(d *Document) { d.Tokens = []Token{{Span{0, 6}, TokenWord}} }, "splits a character"},
		{"unsorted", func(d *Document) {
			d.Places = []Place{{Span: Span{17, 22}, Mention: -1}, {Span: Span{0, 5}, Mention: -1}}
		}, "before"},
		{"dangling entity", func(d *Document) {
			d.Mentions = []Mention{{Span: Span{0, 5}, Entity: 3}}
		}, "out of range"},
		{"dangling event place", func(d *Document) {
			d.Events = []Event{{Span: Span{13, 16}, Place: 0, Actor: Argument{Mention: -1, Entity: -1},
				Target: Argument{Mention: -1, Entity: -1}, Date: SentenceDate{Time: -1}, Dead: -1, Injured: -1}}
		}, "place index 0"},
		{"sentence dates mismatch", func(d *Document) {
			d.SentenceDates = []SentenceDate{{Time: -1}, {Time: -1}}
		}, "sentence dates"},
		{"quoted outside content", func(d *Document) {
			d.Attributions = []Attribution{{Span: Span{0, 23}, Content: Span{13, 23}, Quoted: []Span{{0, 5}}, Speaker: -1}}
		}, "not inside its content"},
		{"CR in text", func(d *Document) { d.Text = "a\r\nb" }, "CR"},
	}
	for _, tt := range tests {
		d := NewDocument(text, Metadata{})
		tt.mutate(d)
		err := d.Check()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: Check() = %v, want nil", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: Check() = %v, want an error containing %q", tt.name, err, tt.want)
		}
	}
}

func TestSpan(t *testing.T) {
	a, b := Span{2, 5}, Span{4, 9}
	if !a.Overlaps(b) || a.Overlaps(Span{5, 6}) {
		t.Error("Overlaps is wrong at the boundary")
	}
	if got := a.Union(b); got != (Span{2, 9}) {
		t.Errorf("Union = %v", got)
	}
	if got := (Span{}).Union(b); got != b {
		t.Errorf("empty Union = %v, want %v", got, b)
	}
	if !(Span{0, 10}).Contains(a) || a.Contains(b) {
		t.Error("Contains is wrong")
	}
}

// TestDocumentLowerText checks that each document answers for its own text,
// also when two documents alternate or a text is replaced after the first
// question.
func TestDocumentLowerText(t *testing.T) {
	a := NewDocument(strings.Repeat("Syrian Army SHELLED Idlib. ", 4), Metadata{})
	b := NewDocument(strings.Repeat("Turkish Jets Struck Afrin. ", 4), Metadata{})
	odd := NewDocument("\u0130stanbul", Metadata{}) // "İ" lowers to three bytes
	for _, d := range []*Document{a, b, a, odd, b, a} {
		lower, same := d.LowerText()
		if want := strings.ToLower(d.Text); d != odd && (!same || lower != want) {
			t.Errorf("LowerText() of %q = %q, %v; want %q, true", d.Text, lower, same, want)
		}
		if d == odd && same {
			t.Errorf("LowerText() of %q kept offsets", d.Text)
		}
	}
	a.LowerText()
	a.Text = "Other Text of Another Length"
	if lower, _ := a.LowerText(); lower != "other text of another length" {
		t.Errorf("LowerText() after Text changed = %q", lower)
	}
}

func TestIsNFC(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"", true},
		{"plain ASCII text, longer than eight bytes", true},
		{"caf\u00e9 \u201cquoted\u201d", true},
		{"cafe\u0301", false},                // a mark that composes with the ASCII letter before it
		{"long ASCII prefix e\u0301", false}, // past the eight-byte reads
		{"\u0301 leading mark", true},
		{"\u212b", false},                           // a singleton: Å decomposes to U+00C5
		{"\u1100\u1161", false},                     // Hangul jamo compose
		{"a" + strings.Repeat("\u0301", 40), false}, // not stream-safe
	} {
		if got := isNFC(tc.text); got != tc.want || got != norm.NFC.IsNormalString(tc.text) {
			t.Errorf("isNFC(%+q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestFirstTokenFrom(t *testing.T) {
	toks := []Token{{Span: Span{Start: 0, End: 3}}, {Span: Span{Start: 4, End: 6}}, {Span: Span{Start: 6, End: 7}}, {Span: Span{Start: 9, End: 12}}}
	for off := -1; off <= 13; off++ {
		want := len(toks)
		for i, tok := range toks {
			if tok.Start >= off {
				want = i
				break
			}
		}
		if got := FirstTokenFrom(toks, off); got != want {
			t.Errorf("FirstTokenFrom(%d) = %d, want %d", off, got, want)
		}
	}
	if got := FirstTokenFrom(nil, 5); got != 0 {
		t.Errorf("FirstTokenFrom(nil) = %d, want 0", got)
	}
}

// TestTokenIndex checks the index against the binary search at every
// offset of random token layouts, from tokens packed several to a block to
// tokens far apart, reusing one index for texts long and short, so that
// stale blocks would show.
func TestTokenIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var ix TokenIndex
	for trial := range 200 {
		var toks []Token
		off, maxGap := 0, 1+trial%40
		for range rng.IntN(60) {
			off += rng.IntN(maxGap)
			n := 1 + rng.IntN(12)
			toks = append(toks, Token{Span: Span{Start: off, End: off + n}})
			off += n
		}
		textLen := off + rng.IntN(10)
		ix.Reset(toks, textLen)
		for o := -2; o <= textLen+20; o++ {
			if got, want := ix.FirstFrom(o), FirstTokenFrom(toks, o); got != want {
				t.Fatalf("trial %d: FirstFrom(%d) = %d, FirstTokenFrom = %d", trial, o, got, want)
			}
		}
	}
}

func TestPlaceAt(t *testing.T) {
	d := &Document{Places: []Place{
		{Span: Span{Start: 0, End: 5}},
		{Span: Span{Start: 10, End: 14}},
		{Span: Span{Start: 10, End: 20}},
	}}
	for _, tc := range []struct {
		sp   Span
		want int
	}{{Span{0, 5}, 0}, {Span{10, 20}, 2}, {Span{10, 14}, 1}, {Span{0, 4}, -1}, {Span{30, 35}, -1}} {
		if got := d.PlaceAt(tc.sp); got != tc.want {
			t.Errorf("PlaceAt(%v) = %d, want %d", tc.sp, got, tc.want)
		}
	}
}
