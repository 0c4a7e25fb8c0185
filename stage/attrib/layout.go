package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// Two layouts attribute speech without a word for it: a quotation signed
// with a dash and a name, as in letters, reader responses and pull quotes
// ("“…” ― Sonya Herridge"), and the speaker labels of a transcript
// ("WALLACE: Let's start with …"). The dash or the colon is the cue.

// maxBylineWords bounds the name after a dash that signs a quotation.
const maxBylineWords = 4

// maxLabelWords bounds a transcript's speaker label ("JAKE TAPPER").
const maxLabelWords = 3

// minTranscriptLabels is how many labelled paragraphs make a transcript,
// with at least two speakers: a lone "CORRECTION:" or "UPDATE:" opens a
// note, not a turn of speech.
const minTranscriptLabels = 3

// signatureDashes are the dashes that sign a quotation.
var signatureDashes = wordSet(`― — – --`)

// bylines adds an attribution for each quotation that no attribution
// covers and that a dash and a short name follow, at the end of a
// sentence or paragraph.
func (x *extractor) bylines() {
	for _, q := range x.quotes {
		t := x.tokenAfter(q.End)
		if t >= len(x.toks) || !(signatureDashes[x.words[t]] || x.hyphenOpensParagraph(t)) || x.quotationUsed(q.Span) {
			continue
		}
		e, ok := x.signature(t)
		if !ok || x.words[t] == "-" && e < len(x.toks) && x.words[e] == "," {
			continue // "- Kyiv, Lviv, Odesa.": a list, not a hyphen's signature
		}
		a := sitrep.Attribution{Source: x.span(t+1, e), Cue: x.span(t, t+1), Content: q.Span,
			Direct: true, Speaker: -1, Stance: sitrep.StanceAssert}
		x.finish(&a)
		x.out = append(x.out, a)
	}
}

// hyphenOpensParagraph reports whether token t is a hyphen that opens a
// paragraph, as a quotation's signature on a line of its own ("\"…\"
// ¶ - Bernie Sanders."); within a line a hyphen joins or parts words.
func (x *extractor) hyphenOpensParagraph(t int) bool {
	return x.words[t] == "-" && t > 0 && x.paragraphAt(x.toks[t].Start) != x.paragraphAt(x.toks[t-1].Start)
}

// capitalsAfter returns the end of the run of capitalized words after the
// dash at token t, read up to one word past maxBylineWords so that a
// longer run shows.
func (x *extractor) capitalsAfter(t int) int {
	e := t + 1
	for e < len(x.toks) && e-t <= maxBylineWords && x.shapes[e] == shapeCap {
		e++
	}
	return e
}

// signature returns the end of the short name that signs a quotation
// after the dash at token t, and whether there is one.
func (x *extractor) signature(t int) (end int, ok bool) {
	e := x.capitalsAfter(t)
	words := e - (t + 1)
	return e, words > 0 && words <= maxBylineWords && x.endsSignature(t, e)
}

// tweets adds an attribution for each embedded post signed with a dash,
// a name and a handle, as pages print tweets: "No one should be above the
// law. pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5,
// 2016". The content is the text before the dash in its paragraph, after
// any markup and without the trailing link.
func (x *extractor) tweets() {
	for t := 1; t+3 < len(x.toks); t++ {
		if w := x.words[t]; w == "" || w[0] != '-' && w[0] < 0x80 || !signatureDashes[w] { // the byte spares most words the lookup
			continue
		}
		e := x.capitalsAfter(t)
		if e == t+1 || e+1 >= len(x.toks) || x.words[e] != "(" || !strings.HasPrefix(x.words[e+1], "@") || !x.postDateAfter(e) {
			continue
		}
		end := x.beforeLink(t)
		para := x.paragraphAt(x.toks[t].Start)
		start := end
		for start > 0 && x.paragraphAt(x.toks[start-1].Start) == para && x.words[start-1] != ">" {
			start--
		}
		if start >= end {
			continue
		}
		content := x.span(start, end)
		if x.quotationUsed(content) {
			continue
		}
		a := sitrep.Attribution{Source: x.span(t+1, e), Cue: x.span(t, t+1), Content: content,
			Direct: true, Speaker: -1, Stance: sitrep.StanceAssert}
		x.finish(&a)
		x.out = append(x.out, a)
	}
}

// postDateAfter reports whether the handle in brackets opening at token
// open ends a post's signature: a date, markup or the end of the
// paragraph follows it ("(@SpeakerRyan) July 5, 2016"), not the rest of a
// sentence ("(@Zourabichvili_S) joined them").
func (x *extractor) postDateAfter(open int) bool {
	c := open + 1
	for c < len(x.toks) && c-open <= 4 && x.words[c] != ")" {
		c++
	}
	if c >= len(x.toks) || x.words[c] != ")" {
		return false
	}
	n := c + 1
	if n >= len(x.toks) || x.paragraphAt(x.toks[n].Start) != x.paragraphAt(x.toks[c].Start) {
		return true
	}
	w := x.words[n]
	return w == "<" || w == "." || monthWords[w]
}

// monthWords are the month names and abbreviations that date a post.
var monthWords = wordSet(`january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)

// beforeLink returns the token that ends a post's text before the dash at
// token t: the dash, or the first token of the web links that run up to it
// ("… above the law. pic.twitter.com/OqctxglquI —", "30th.https://t.co/…
// pic.twitter.com/…—"), which the tokenizer splits at dots and slashes.
func (x *extractor) beforeLink(t int) int {
	cut := x.toks[t].Start
	for range 3 {
		end := cut
		for end > 0 && (x.text[end-1] == ' ' || x.text[end-1] == '\t') {
			end--
		}
		start := end
		for start > 0 && !strings.ContainsRune(" \t\n\r", rune(x.text[start-1])) {
			start--
		}
		run := x.text[start:end]
		k := max(strings.LastIndex(run, "http"), strings.LastIndex(run, "pic.twitter.com"))
		if k < 0 {
			break
		}
		cut = start + k
	}
	if cut == x.toks[t].Start {
		return t
	}
	return x.tokenAfter(cut)
}

// endsSignature reports whether the name of tokens (t, e) after the dash
// at token t ends its text: at the end of the document, a period or comma,
// a new quotation or a new paragraph.
func (x *extractor) endsSignature(t, e int) bool {
	if e >= len(x.toks) {
		return true
	}
	w := x.words[e]
	return w == "." || w == "," || x.quoteOf[e] >= 0 || x.paragraphAt(x.toks[e].Start) != x.paragraphAt(x.toks[t].Start)
}

// quotationUsed reports whether the content of some attribution found so
// far overlaps sp.
func (x *extractor) quotationUsed(sp sitrep.Span) bool {
	for _, a := range x.out {
		if a.Content.Overlaps(sp) {
			return true
		}
	}
	return false
}

// A label is a speaker label that opens a paragraph: tokens [start, colon)
// are the name, token colon the colon, and the turn runs to token end.
type label struct {
	start, colon, end int
}

// transcript adds an attribution for each turn of a transcript: a
// paragraph that opens, after an optional quotation mark, with a name in
// capitals and a colon. The document must hold at least
// minTranscriptLabels such paragraphs, by at least two speakers.
func (x *extractor) transcript() {
	var labels []label
	speakers := make(map[string]bool)
	ss := x.doc.Sentences
	for si := 0; si < len(ss); si++ {
		if si > 0 && ss[si-1].Paragraph == ss[si].Paragraph {
			continue
		}
		l, ok := x.labelAt(ss[si].Tokens.Start, ss[si].Tokens.End)
		if !ok {
			continue
		}
		l.end = ss[si].Tokens.End
		for sj := si + 1; sj < len(ss) && ss[sj].Paragraph == ss[si].Paragraph; sj++ {
			l.end = ss[sj].Tokens.End
		}
		labels = append(labels, l)
		speakers[x.text[x.toks[l.start].Start:x.toks[l.colon-1].End]] = true
	}
	if len(labels) < minTranscriptLabels || len(speakers) < 2 {
		return
	}
	for _, l := range labels {
		end := l.end
		for end > l.colon+1 && isQuoteMark(x.words[end-1]) {
			end--
		}
		if end <= l.colon+1 {
			continue
		}
		a := sitrep.Attribution{Source: x.span(l.start, l.colon), Cue: x.span(l.colon, l.colon+1),
			Content: x.span(l.colon+1, end), Speaker: -1, Stance: sitrep.StanceAssert}
		x.finish(&a)
		x.out = append(x.out, a)
	}
}

// labelAt returns the speaker label that opens the sentence of tokens
// [s0, s1), if any.
func (x *extractor) labelAt(s0, s1 int) (label, bool) {
	i := s0
	if i < s1 && isQuoteMark(x.words[i]) {
		i++
	}
	j := i
	for j < s1 && j-i < maxLabelWords && capitalsOnly(x.text[x.toks[j].Start:x.toks[j].End]) {
		j++
	}
	if j == i || j+1 >= s1 || x.words[j] != ":" {
		return label{}, false
	}
	return label{start: i, colon: j}, true
}

// capitalsOnly reports whether w is a word of at least two letters, all
// capitals: "PENCE", "O'REILLY".
func capitalsOnly(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '\'' || r == '’' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// isQuoteMark reports whether the token w is a quotation mark.
func isQuoteMark(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) {
		return false
	}
	switch r {
	case '"', '“', '”', '«', '»', '‘', '’', '\'':
		return true
	}
	return false
}
