package sitrep

import "unicode/utf8"

// A Span is the half-open byte range [Start, End) of Document.Text.
// The zero Span is empty and, where a field is optional, means "absent".
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes s covers.
func (s Span) Len() int { return s.End - s.Start }

// IsEmpty reports whether s covers no bytes.
func (s Span) IsEmpty() bool { return s.End <= s.Start }

// Text returns the text that s covers in doc.
func (s Span) Text(doc *Document) string { return doc.Text[s.Start:s.End] }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Union returns the smallest span covering both s and t. An empty span is
// ignored, so the union of an empty span and t is t.
func (s Span) Union(t Span) Span {
	if s.IsEmpty() {
		return t
	}
	if t.IsEmpty() {
		return s
	}
	return Span{min(s.Start, t.Start), max(s.End, t.End)}
}

// valid reports whether s lies inside text and starts and ends on rune boundaries.
func (s Span) valid(text string) bool {
	if s.Start < 0 || s.End < s.Start || s.End > len(text) {
		return false
	}
	return runeBoundary(text, s.Start) && runeBoundary(text, s.End)
}

func runeBoundary(text string, i int) bool {
	return i == 0 || i == len(text) || utf8.RuneStart(text[i])
}

// A Range is a half-open range [Start, End) of indexes into a layer slice,
// such as the tokens of a sentence.
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of indexes r covers.
func (r Range) Len() int { return r.End - r.Start }
