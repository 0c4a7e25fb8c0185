package render

import (
	"encoding/json"
	"io"

	"github.com/sitrep-dev/sitrep"
)

// WriteJSON writes doc as one line of JSON, so that several documents form
// JSON Lines.
func WriteJSON(w io.Writer, doc *sitrep.Document) error {
	return json.NewEncoder(w).Encode(Build(doc))
}

// Build returns the JSON form of doc.
func Build(doc *sitrep.Document) *Output {
	b := builder{doc: doc}
	return b.build()
}

type builder struct{ doc *sitrep.Document }

func intPtr(i int) *int { return &i }

// EntityName returns the text of entity i's naming mention, or "" if i is out of range.
func EntityName(doc *sitrep.Document, i int) string {
	if i < 0 || i >= len(doc.Entities) {
		return ""
	}
	n := doc.Entities[i].Name
	if n < 0 || n >= len(doc.Mentions) {
		return ""
	}
	return doc.Mentions[n].Text(doc)
}

func (b *builder) ref(i int) *Ref {
	if i < 0 || i >= len(b.doc.Entities) {
		return nil
	}
	return &Ref{Entity: i, Name: EntityName(b.doc, i), Actor: b.doc.Entities[i].Actor}
}

func (b *builder) build() *Output {
	d := b.doc
	out := &Output{
		SchemaVersion: sitrep.SchemaVersion,
		ID:            d.ID,
		Hash:          d.Hash,
		Meta: Meta{
			Source: d.Meta.Source, URL: d.Meta.URL, Title: d.Meta.Title, Language: d.Meta.Language,
			Bytes: len(d.Text), Sentences: len(d.Sentences), Tokens: len(d.Tokens),
		},
		Entities:     []Entity{},
		Places:       []Place{},
		Times:        []Time{},
		Figures:      []Figure{},
		Attributions: []Attribution{},
		Events:       []Event{},
	}
	if !d.Meta.Published.IsZero() {
		t := d.Meta.Published
		out.Meta.Published = &t
	}
	if dl := d.Meta.Dateline; !dl.IsEmpty() {
		out.Meta.Dateline = &Dateline{Evidence: *evidence(d, dl.Span),
			Place: evidence(d, dl.Place), Date: evidence(d, dl.Date), Source: evidence(d, dl.Source)}
	}
	if d.Focus.Country != "" || d.Focus.City >= 0 {
		out.Focus = &Focus{Country: d.Focus.Country}
		if d.Focus.City >= 0 {
			out.Focus.City = intPtr(d.Focus.City)
		}
	}
	for i, e := range d.Entities {
		oe := Entity{ID: i, Type: string(e.Type), Name: EntityName(d, i), Actor: e.Actor,
			Role: evidence(d, e.Role), Affiliation: b.ref(e.Affiliation), Mentions: []Mention{}}
		for _, m := range e.Mentions {
			mm := d.Mentions[m]
			oe.Mentions = append(oe.Mentions, Mention{Evidence: *evidence(d, mm.Span), Kind: mentionKind(mm.Kind)})
		}
		out.Entities = append(out.Entities, oe)
	}
	for _, p := range d.Places {
		op := Place{Evidence: ev(d, p.Span), Kind: placeKind(p.Kind), GeonameID: p.GeonameID, Name: p.Name,
			Country: p.Country, Admin1: p.Admin1, Admin1Name: p.Admin1Name, Lat: p.Lat, Lon: p.Lon,
			Feature: p.Feature, Population: p.Population, Precision: int(p.Precision), Score: p.Score}
		if p.Mention >= 0 && d.Mentions[p.Mention].Entity >= 0 {
			op.Entity = intPtr(d.Mentions[p.Mention].Entity)
		}
		out.Places = append(out.Places, op)
	}
	for _, t := range d.Times {
		out.Times = append(out.Times, Time{Evidence: ev(d, t.Span), Type: string(t.Type), Value: t.Value})
	}
	for _, f := range d.Figures {
		of := Figure{Evidence: ev(d, f.Span), Unit: string(f.Unit), Victim: f.Victim, Min: f.Count.Min,
			Max: maxOf(f.Count), UnitCue: evidence(d, f.UnitCue), VictimCue: evidence(d, f.VictimCue), Total: f.Total}
		if f.Number >= 0 {
			of.Qualifier = d.Numbers[f.Number].Qualifier
			of.Vague = d.Numbers[f.Number].Vague
		}
		if f.PartOf >= 0 {
			of.PartOf = intPtr(f.PartOf)
		}
		out.Figures = append(out.Figures, of)
	}
	for i, a := range d.Attributions {
		out.Attributions = append(out.Attributions, b.attribution(i, a))
	}
	for i, e := range d.Events {
		out.Events = append(out.Events, b.event(i, e))
	}
	for _, g := range d.Diagnostics {
		out.Diagnostics = append(out.Diagnostics, Diagnostic{Evidence: ev(d, g.Span), Layer: g.Layer.String(), Msg: g.Msg})
	}
	return out
}

// ev is evidence for a span that is always present.
func ev(d *sitrep.Document, s sitrep.Span) Evidence {
	return Evidence{Start: s.Start, End: s.End, Text: s.Text(d)}
}

func maxOf(c sitrep.Count) *int {
	if c.Open {
		return nil
	}
	return intPtr(c.Max)
}

func (b *builder) attribution(i int, a sitrep.Attribution) Attribution {
	d := b.doc
	oa := Attribution{ID: i, Direct: a.Direct, Stance: string(a.Stance), Speaker: b.ref(a.Speaker),
		Source: evidence(d, a.Source), Cue: evidence(d, a.Cue), Content: evidence(d, a.Content)}
	for _, q := range a.Quoted {
		oa.Quoted = append(oa.Quoted, evidence(d, q))
	}
	for _, e := range a.CoSpeakers {
		if r := b.ref(e); r != nil {
			oa.CoSpeakers = append(oa.CoSpeakers, r)
		}
	}
	speaker := Link{Role: "speaker", Evidence: evidence(d, a.Source)}
	if a.Speaker >= 0 {
		speaker.Name, speaker.Entity = EntityName(d, a.Speaker), intPtr(a.Speaker)
	} else if !a.Source.IsEmpty() {
		speaker.Name = a.Source.Text(d)
	}
	oa.Chain = append(oa.Chain, speaker)
	for _, l := range a.Via {
		link := Link{Role: "via", Name: l.Text(d), Evidence: evidence(d, l.Span)}
		if l.Entity >= 0 {
			link.Name, link.Entity = EntityName(d, l.Entity), intPtr(l.Entity)
		}
		oa.Chain = append(oa.Chain, link)
	}
	if d.Meta.Source != "" {
		oa.Chain = append(oa.Chain, Link{Role: "publisher", Name: d.Meta.Source})
	}
	return oa
}

func (b *builder) argument(a sitrep.Argument) *Argument {
	d := b.doc
	if a.Entity < 0 && a.Span.IsEmpty() {
		return nil
	}
	oa := &Argument{Evidence: evidence(d, a.Span)}
	if a.Entity >= 0 {
		oa.Name, oa.Entity, oa.Actor = EntityName(d, a.Entity), intPtr(a.Entity), d.Entities[a.Entity].Actor
	} else {
		oa.Name = a.Span.Text(d)
	}
	return oa
}

func (b *builder) count(i int) *Count {
	if i < 0 {
		return nil
	}
	f := b.doc.Figures[i]
	return &Count{Figure: i, Min: f.Count.Min, Max: maxOf(f.Count), Victim: f.Victim, Evid: evidence(b.doc, f.Span)}
}

func (b *builder) event(i int, e sitrep.Event) Event {
	d := b.doc
	oe := Event{ID: i, Category: string(e.Category), Mode: e.Mode, Modality: string(e.Modality),
		Trigger: ev(d, e.Span), Actor: b.argument(e.Actor), Target: b.argument(e.Target),
		Dead: b.count(e.Dead), Injured: b.count(e.Injured), Figures: e.Figures,
		Sources: append([]int{}, e.Sources...), Claims: []Claim{}, Evidence: []Evidence{},
		CAMEO: e.CAMEO, QuadClass: e.QuadClass}
	if e.ACLEDType != "" {
		oe.ACLED = &ACLED{EventType: e.ACLEDType, SubEventType: e.ACLEDSubType}
	}
	if e.Place >= 0 {
		oe.Place, oe.PlaceName = intPtr(e.Place), d.Places[e.Place].Name
	}
	if e.Date.Value != "" {
		oe.Date = &Date{Value: e.Date.Value, Precision: int(e.Date.Precision)}
		if e.Date.Time >= 0 {
			oe.Date.Evidence = evidence(d, d.Times[e.Date.Time].Span)
		}
	}
	for _, c := range e.Claims {
		oc := Claim{Stance: string(c.Stance), Attribution: c.Attribution, By: b.ref(c.By), Actor: b.ref(c.Actor)}
		if c.Attribution >= 0 {
			oc.Cue = evidence(d, d.Attributions[c.Attribution].Cue)
		}
		oe.Claims = append(oe.Claims, oc)
	}
	for _, s := range e.Evidence {
		oe.Evidence = append(oe.Evidence, ev(d, s))
	}
	return oe
}

func mentionKind(k sitrep.MentionKind) string {
	switch k {
	case sitrep.MentionName:
		return "name"
	case sitrep.MentionNominal:
		return "nominal"
	case sitrep.MentionPronoun:
		return "pronoun"
	}
	return "unknown"
}

func placeKind(k sitrep.PlaceKind) string {
	switch k {
	case sitrep.PlaceToponym:
		return "toponym"
	case sitrep.PlaceAdjectival:
		return "adjectival"
	case sitrep.PlaceInName:
		return "in_name"
	case sitrep.PlaceDatelineName:
		return "dateline"
	}
	return "unknown"
}
