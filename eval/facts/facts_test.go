package facts

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// article is the text every hand-built document in these tests annotates.
const article = `MOSCOW (Sputnik) — The Syrian Foreign Ministry said on Monday that airstrikes on Deir ez-Zor in Syria killed at least 14 civilians and injured 30 others, SANA reported. Army Col. Ryan Dillon has denied that the coalition carried out an airstrike. Dillon said 200 people fled.`

// builder builds a Document over article by naming the text of each span.
type builder struct {
	tb  testing.TB
	doc *sitrep.Document
}

func newBuilder(tb testing.TB) *builder {
	return &builder{tb: tb, doc: sitrep.NewDocument(article, sitrep.Metadata{Source: "Sputnik"})}
}

// span returns the n'th (0-based) occurrence of text.
func (b *builder) span(text string, n int) sitrep.Span {
	b.tb.Helper()
	from := 0
	for {
		i := strings.Index(b.doc.Text[from:], text)
		if i < 0 {
			b.tb.Fatalf("%q occurs fewer than %d times", text, n+1)
		}
		if n == 0 {
			return sitrep.Span{Start: from + i, End: from + i + len(text)}
		}
		n--
		from += i + 1
	}
}

// entity adds an entity whose mentions are spans, the first being its
// name, and returns its index.
func (b *builder) entity(t sitrep.EntityType, spans ...sitrep.Span) int {
	b.tb.Helper()
	e := len(b.doc.Entities)
	ent := sitrep.Entity{Type: t, Affiliation: -1}
	for _, sp := range spans {
		ent.Mentions = append(ent.Mentions, len(b.doc.Mentions))
		b.doc.Mentions = append(b.doc.Mentions, sitrep.Mention{Span: sp, Type: t, Kind: sitrep.MentionName, Entity: e})
	}
	ent.Name = ent.Mentions[0]
	b.doc.Entities = append(b.doc.Entities, ent)
	return e
}

// mentionOf returns the index of entity e's first mention.
func (b *builder) mentionOf(e int) int { return b.doc.Entities[e].Mentions[0] }

func (b *builder) place(text string, p sitrep.Place) int {
	b.tb.Helper()
	p.Span = b.span(text, 0)
	if p.Kind == 0 {
		p.Kind = sitrep.PlaceToponym
	}
	if p.Mention == 0 {
		p.Mention = -1
	}
	b.doc.Places = append(b.doc.Places, p)
	return len(b.doc.Places) - 1
}

func (b *builder) figure(text string, c sitrep.Count, unit sitrep.FigureUnit) int {
	b.tb.Helper()
	b.doc.Figures = append(b.doc.Figures, sitrep.Figure{Span: b.span(text, 0), Number: -1, Count: c, Unit: unit, PartOf: -1})
	return len(b.doc.Figures) - 1
}

// parse parses a fact file the test wrote, failing on error.
func parse(tb testing.TB, data string) *File {
	tb.Helper()
	f, err := Parse([]byte(data))
	if err != nil {
		tb.Fatalf("Parse: %v", err)
	}
	return f
}

// found returns, per category, which facts were found, as "Iy" or "In".
func found(res ArticleResult, c Category) string {
	var b strings.Builder
	for _, f := range res.Facts {
		if f.Category == c {
			if f.Found {
				b.WriteByte('y')
			} else {
				b.WriteByte('n')
			}
		}
	}
	return b.String()
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The U.S.-led Coalition", "usled coalition"},
		{"US-led coalition", "usled coalition"},
		{"Deir ez-Zor", "deir ezzor"},
		{"  Dëir\t\n Ézzour ", "deir ezzour"},
		{"MOSCOW", "moscow"},
		{"the", ""},
		{"...", ""},
		{"Theatre", "theatre"},
		{"THE  Ministry", "ministry"},
		{"Syria's", "syrias"},
		{"Mohamed Zakaria Al-Ahmad", "mohamed zakaria alahmad"},
		{"Şanlıurfa", "sanlıurfa"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCueMatches(t *testing.T) {
	tests := []struct {
		cue     string
		aliases Aliases
		want    bool
	}{
		{"denied", Aliases{"denied"}, true},
		{"has denied", Aliases{"denied"}, true},
		{"According to", Aliases{"according to"}, true},
		{"undenied", Aliases{"denied"}, false},
		{"said", Aliases{"denied", "reported"}, false},
		{"", Aliases{"said"}, false},
	}
	for _, tt := range tests {
		if got := cueMatches(tt.cue, tt.aliases); got != tt.want {
			t.Errorf("cueMatches(%q, %q) = %v, want %v", tt.cue, tt.aliases, got, tt.want)
		}
	}
}

func TestOccurrences(t *testing.T) {
	text := "On Monday’s strike and on MONDAY  night, monday."
	tests := []struct {
		needle string
		want   int
	}{
		{"Monday", 1},          // verbatim wins over the loose search
		{"monday", 1},          // verbatim: only the last
		{"Monday's strike", 1}, // apostrophes alike
		{"monday night", 1},    // case and spacing ignored
		{"Tuesday", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := occurrences(text, tt.needle); len(got) != tt.want {
			t.Errorf("occurrences(%q) = %v, want %d spans", tt.needle, got, tt.want)
		}
	}
}

func TestDistanceKm(t *testing.T) {
	// One degree of latitude is about 111.2 km anywhere.
	if d := DistanceKm(35, 40, 36, 40); d < 110.5 || d > 111.9 {
		t.Errorf("DistanceKm over one degree of latitude = %.1f, want about 111.2", d)
	}
	if d := DistanceKm(35.33588, 40.14084, 35.33588, 40.14084); d != 0 {
		t.Errorf("DistanceKm to itself = %v, want 0", d)
	}
}
