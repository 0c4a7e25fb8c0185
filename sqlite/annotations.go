package sqlite

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

// This file writes the JSON of a document's annotations and of an
// incident's reports without reflection, byte for byte as encoding/json's
// Encoder writes them (HTML escaping on, a newline after a document):
// encoding/json took the larger share of preparing and committing a
// document. Whatever the writer does not handle the way encoding/json
// does (a NaN, a year past 9999) makes it fail, and the caller encodes
// with encoding/json instead, which gives the same JSON or the same error.
// TestAnnotationsJSONMatchesEncodingJSON fills every field of a Document
// and a Report and compares: a field added to either fails it until it is
// written here too.

// jsonWriter appends JSON to b; ok turns false at the first value it
// leaves to encoding/json.
type jsonWriter struct {
	b  []byte
	ok bool
}

// appendDocumentJSON appends the JSON that json.Encoder.Encode writes for
// doc with its Text and Tokens cleared (see encodeAnnotations), and
// reports whether it could.
func appendDocumentJSON(b []byte, doc *sitrep.Document) ([]byte, bool) {
	w := jsonWriter{b: b, ok: true}
	w.raw(`{"ID":`)
	w.str(doc.ID)
	w.raw(`,"Hash":`)
	w.str(doc.Hash)
	w.raw(`,"Meta":{"Source":`)
	m := &doc.Meta
	w.str(m.Source)
	w.raw(`,"URL":`)
	w.str(m.URL)
	w.raw(`,"Title":`)
	w.str(m.Title)
	w.raw(`,"Published":`)
	w.time(m.Published)
	w.raw(`,"Language":`)
	w.str(m.Language)
	w.raw(`,"Dateline":`)
	w.spanFields('{', m.Dateline.Span)
	w.raw(`,"Place":`)
	w.span(m.Dateline.Place)
	w.raw(`,"Source":`)
	w.span(m.Dateline.Source)
	w.raw(`,"Date":`)
	w.span(m.Dateline.Date)
	w.raw(`}},"Text":"","Tokens":null,"Sentences":`)
	writeList(&w, doc.Sentences, func(w *jsonWriter, s *sitrep.Sentence) {
		w.spanFields('{', s.Span)
		w.raw(`,"Tokens":{"start":`)
		w.int(s.Tokens.Start)
		w.raw(`,"end":`)
		w.int(s.Tokens.End)
		w.raw(`},"Paragraph":`)
		w.int(s.Paragraph)
		w.raw(`}`)
	})
	w.raw(`,"Mentions":`)
	writeList(&w, doc.Mentions, func(w *jsonWriter, m *sitrep.Mention) {
		w.spanFields('{', m.Span)
		w.raw(`,"Type":`)
		w.str(string(m.Type))
		w.raw(`,"Kind":`)
		w.int(int(m.Kind))
		w.raw(`,"Entity":`)
		w.int(m.Entity)
		w.raw(`}`)
	})
	w.raw(`,"Entities":`)
	writeList(&w, doc.Entities, func(w *jsonWriter, e *sitrep.Entity) {
		w.raw(`{"Type":`)
		w.str(string(e.Type))
		w.raw(`,"Name":`)
		w.int(e.Name)
		w.raw(`,"Mentions":`)
		w.ints(e.Mentions)
		w.raw(`,"Actor":`)
		w.str(e.Actor)
		w.raw(`,"Role":`)
		w.span(e.Role)
		w.raw(`,"Affiliation":`)
		w.int(e.Affiliation)
		w.raw(`}`)
	})
	w.raw(`,"Places":`)
	writeList(&w, doc.Places, func(w *jsonWriter, p *sitrep.Place) {
		w.spanFields('{', p.Span)
		w.raw(`,"Kind":`)
		w.int(int(p.Kind))
		w.raw(`,"Mention":`)
		w.int(p.Mention)
		w.raw(`,"GeonameID":`)
		w.int(p.GeonameID)
		w.raw(`,"Name":`)
		w.str(p.Name)
		w.raw(`,"Country":`)
		w.str(p.Country)
		w.raw(`,"Admin1":`)
		w.str(p.Admin1)
		w.raw(`,"Admin1Name":`)
		w.str(p.Admin1Name)
		w.raw(`,"Lat":`)
		w.float(p.Lat)
		w.raw(`,"Lon":`)
		w.float(p.Lon)
		w.raw(`,"Feature":`)
		w.str(p.Feature)
		w.raw(`,"Population":`)
		w.int(p.Population)
		w.raw(`,"Precision":`)
		w.int(int(p.Precision))
		w.raw(`,"Score":`)
		w.float(p.Score)
		w.raw(`}`)
	})
	w.raw(`,"Focus":{"Country":`)
	w.str(doc.Focus.Country)
	w.raw(`,"City":`)
	w.int(doc.Focus.City)
	w.raw(`},"Times":`)
	writeList(&w, doc.Times, func(w *jsonWriter, t *sitrep.Time) {
		w.spanFields('{', t.Span)
		w.raw(`,"Type":`)
		w.str(string(t.Type))
		w.raw(`,"Value":`)
		w.str(t.Value)
		w.raw(`}`)
	})
	w.raw(`,"SentenceDates":`)
	writeList(&w, doc.SentenceDates, (*jsonWriter).sentenceDate)
	w.raw(`,"Numbers":`)
	writeList(&w, doc.Numbers, func(w *jsonWriter, n *sitrep.Number) {
		w.spanFields('{', n.Span)
		w.raw(`,"Value":`)
		w.count(&n.Value)
		w.raw(`,"Qualifier":`)
		w.str(n.Qualifier)
		w.raw(`,"Vague":`)
		w.bool(n.Vague)
		w.raw(`}`)
	})
	w.raw(`,"Figures":`)
	writeList(&w, doc.Figures, func(w *jsonWriter, f *sitrep.Figure) {
		w.spanFields('{', f.Span)
		w.raw(`,"Number":`)
		w.int(f.Number)
		w.raw(`,"Count":`)
		w.count(&f.Count)
		w.raw(`,"Unit":`)
		w.str(string(f.Unit))
		w.raw(`,"UnitCue":`)
		w.span(f.UnitCue)
		w.raw(`,"Victim":`)
		w.str(f.Victim)
		w.raw(`,"VictimCue":`)
		w.span(f.VictimCue)
		w.raw(`,"Total":`)
		w.bool(f.Total)
		w.raw(`,"PartOf":`)
		w.int(f.PartOf)
		w.raw(`}`)
	})
	w.raw(`,"Attributions":`)
	writeList(&w, doc.Attributions, func(w *jsonWriter, a *sitrep.Attribution) {
		w.spanFields('{', a.Span)
		w.raw(`,"Source":`)
		w.span(a.Source)
		w.raw(`,"Cue":`)
		w.span(a.Cue)
		w.raw(`,"Content":`)
		w.span(a.Content)
		w.raw(`,"Direct":`)
		w.bool(a.Direct)
		w.raw(`,"Quoted":`)
		writeList(w, a.Quoted, func(w *jsonWriter, q *sitrep.Span) { w.span(*q) })
		w.raw(`,"Speaker":`)
		w.int(a.Speaker)
		w.raw(`,"CoSpeakers":`)
		w.ints(a.CoSpeakers)
		w.raw(`,"Via":`)
		writeList(w, a.Via, func(w *jsonWriter, l *sitrep.Link) {
			w.spanFields('{', l.Span)
			w.raw(`,"Entity":`)
			w.int(l.Entity)
			w.raw(`}`)
		})
		w.raw(`,"Stance":`)
		w.str(string(a.Stance))
		w.raw(`}`)
	})
	w.raw(`,"Events":`)
	writeList(&w, doc.Events, (*jsonWriter).event)
	w.raw(`,"Diagnostics":`)
	writeList(&w, doc.Diagnostics, func(w *jsonWriter, d *sitrep.Diagnostic) {
		w.spanFields('{', d.Span)
		w.raw(`,"Layer":`)
		w.int(int(d.Layer))
		w.raw(`,"Msg":`)
		w.str(d.Msg)
		w.raw(`}`)
	})
	w.raw("}\n")
	return w.b, w.ok
}

func (w *jsonWriter) event(e *sitrep.Event) {
	w.spanFields('{', e.Span)
	w.raw(`,"Category":`)
	w.str(string(e.Category))
	w.raw(`,"Mode":`)
	w.str(e.Mode)
	w.raw(`,"Modality":`)
	w.str(string(e.Modality))
	w.raw(`,"Actor":`)
	w.argument(&e.Actor)
	w.raw(`,"Target":`)
	w.argument(&e.Target)
	w.raw(`,"Place":`)
	w.int(e.Place)
	w.raw(`,"Date":`)
	w.sentenceDate(&e.Date)
	w.raw(`,"Dead":`)
	w.int(e.Dead)
	w.raw(`,"Injured":`)
	w.int(e.Injured)
	w.raw(`,"Figures":`)
	w.ints(e.Figures)
	w.raw(`,"Sources":`)
	w.ints(e.Sources)
	w.raw(`,"Claims":`)
	writeList(w, e.Claims, func(w *jsonWriter, c *sitrep.Claim) {
		w.raw(`{"Stance":`)
		w.str(string(c.Stance))
		w.raw(`,"Attribution":`)
		w.int(c.Attribution)
		w.raw(`,"By":`)
		w.int(c.By)
		w.raw(`,"Actor":`)
		w.int(c.Actor)
		w.raw(`}`)
	})
	w.raw(`,"Evidence":`)
	writeList(w, e.Evidence, func(w *jsonWriter, s *sitrep.Span) { w.span(*s) })
	w.raw(`,"CAMEO":`)
	w.str(e.CAMEO)
	w.raw(`,"QuadClass":`)
	w.int(e.QuadClass)
	w.raw(`,"ACLEDType":`)
	w.str(e.ACLEDType)
	w.raw(`,"ACLEDSubType":`)
	w.str(e.ACLEDSubType)
	w.raw(`}`)
}

func (w *jsonWriter) argument(a *sitrep.Argument) {
	w.spanFields('{', a.Span)
	w.raw(`,"Mention":`)
	w.int(a.Mention)
	w.raw(`,"Entity":`)
	w.int(a.Entity)
	w.raw(`}`)
}

func (w *jsonWriter) sentenceDate(d *sitrep.SentenceDate) {
	w.raw(`{"Time":`)
	w.int(d.Time)
	w.raw(`,"Value":`)
	w.str(d.Value)
	w.raw(`,"Precision":`)
	w.int(int(d.Precision))
	w.raw(`}`)
}

func (w *jsonWriter) count(c *sitrep.Count) {
	w.raw(`{"Min":`)
	w.int(c.Min)
	w.raw(`,"Max":`)
	w.int(c.Max)
	w.raw(`,"Open":`)
	w.bool(c.Open)
	w.raw(`}`)
}

// appendReportsJSON appends the JSON that json.Marshal returns for reports,
// and reports whether it could.
func appendReportsJSON(b []byte, reports []sitrep.Report) ([]byte, bool) {
	w := jsonWriter{b: b, ok: true}
	writeList(&w, reports, func(w *jsonWriter, r *sitrep.Report) {
		w.raw(`{"document":`)
		w.str(r.Document)
		w.raw(`,"event":`)
		w.int(r.Event)
		w.raw(`,"source":`)
		w.str(r.Source)
		w.raw(`,"published":`)
		w.time(r.Published)
		w.raw(`,"reason":`)
		w.str(r.Reason)
		w.raw(`,"date":`)
		w.str(r.Date)
		w.raw(`,"place":`)
		w.str(r.Place)
		w.raw(`,"actor":`)
		w.str(r.Actor)
		w.raw(`,"target":`)
		w.str(r.Target)
		w.raw(`,"dead":`)
		w.countPtr(r.Dead)
		w.raw(`,"injured":`)
		w.countPtr(r.Injured)
		w.raw(`,"claims":`)
		writeList(w, r.Claims, func(w *jsonWriter, c *sitrep.ReportClaim) {
			w.raw(`{"stance":`)
			w.str(string(c.Stance))
			w.raw(`,"by":`)
			w.str(c.By)
			w.raw(`,"self":`)
			w.bool(c.Self)
			w.raw(`,"text":`)
			w.str(c.Text)
			if c.Actor != "" { // omitempty
				w.raw(`,"actor":`)
				w.str(c.Actor)
			}
			w.raw(`}`)
		})
		w.raw(`,"evidence":`)
		w.str(r.Evidence)
		w.raw(`}`)
	})
	return w.b, w.ok
}

func (w *jsonWriter) countPtr(c *sitrep.Count) {
	if c == nil {
		w.raw(`null`)
		return
	}
	w.count(c)
}

// writeList writes a slice: null if nil, as encoding/json does.
func writeList[T any](w *jsonWriter, list []T, item func(*jsonWriter, *T)) {
	if list == nil {
		w.raw(`null`)
		return
	}
	w.b = append(w.b, '[')
	for i := range list {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		item(w, &list[i])
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) raw(s string) { w.b = append(w.b, s...) }

func (w *jsonWriter) int(n int) { w.b = strconv.AppendInt(w.b, int64(n), 10) }

func (w *jsonWriter) ints(list []int) {
	writeList(w, list, func(w *jsonWriter, n *int) { w.int(*n) })
}

func (w *jsonWriter) bool(v bool) { w.b = strconv.AppendBool(w.b, v) }

// span writes a Span as an object; spanFields writes its fields after
// open, leaving the object open for those of a struct that embeds it.
func (w *jsonWriter) span(s sitrep.Span) {
	w.spanFields('{', s)
	w.b = append(w.b, '}')
}

func (w *jsonWriter) spanFields(open byte, s sitrep.Span) {
	w.b = append(w.b, open)
	w.raw(`"start":`)
	w.int(s.Start)
	w.raw(`,"end":`)
	w.int(s.End)
}

// float writes f as encoding/json does: like %g, with the exponent cutoffs
// of ES6 and an unpadded exponent.
func (w *jsonWriter) float(f float64) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		w.ok = false // encoding/json refuses it
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b := strconv.AppendFloat(w.b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	w.b = b
}

func (w *jsonWriter) time(t time.Time) {
	b, err := t.MarshalJSON()
	if err != nil {
		w.ok = false
		return
	}
	w.b = append(w.b, b...)
}

// str writes s as a JSON string, escaped as encoding/json escapes it with
// HTML escaping on.
func (w *jsonWriter) str(s string) {
	b := append(w.b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if jsonSafe[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	w.b = append(b, '"')
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the bytes a JSON string holds as they are: ASCII, except
// control characters, quotes, backslashes and the HTML characters <, >, &.
var jsonSafe = func() (safe [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		safe[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return safe
}()

// documentJSON returns doc's annotations as JSON, appended to scratch[:0],
// through appendDocumentJSON or, for what it leaves to encoding/json,
// through json.Encoder.
func documentJSON(scratch []byte, doc *sitrep.Document) ([]byte, error) {
	if b, ok := appendDocumentJSON(scratch[:0], doc); ok {
		return b, nil
	}
	c := *doc
	c.Text = ""
	c.Tokens = nil
	buf := bytes.NewBuffer(scratch[:0])
	err := json.NewEncoder(buf).Encode(&c)
	return buf.Bytes(), err
}

// reportsJSON returns the JSON of an incident's reports, as json.Marshal
// does.
func reportsJSON(reports []sitrep.Report) ([]byte, error) {
	if b, ok := appendReportsJSON(make([]byte, 0, 512*len(reports)), reports); ok {
		return b, nil
	}
	return json.Marshal(reports)
}
