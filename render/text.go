package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// WriteText writes a readable summary of doc: its metadata, events with
// their arguments and claims, attributions with their chains, places and
// figures. Every line quotes the text it rests on.
func WriteText(w io.Writer, doc *sitrep.Document) error {
	o := Build(doc)
	p := &printer{w: w}
	p.f("Document %s", o.ID)
	if o.Meta.Title != "" {
		p.f(" — %s", o.Meta.Title)
	}
	p.f("\n  source: %s", orNone(o.Meta.Source))
	if o.Meta.Published != nil {
		p.f("   published: %s", o.Meta.Published.Format("2006-01-02 15:04 MST"))
	} else {
		p.f("   published: unknown")
	}
	if o.Meta.Dateline != nil {
		p.f("   dateline: %q", o.Meta.Dateline.Text)
	}
	p.f("\n  %d bytes, %d sentences, %d tokens\n", o.Meta.Bytes, o.Meta.Sentences, o.Meta.Tokens)

	p.f("\nEvents (%d)\n", len(o.Events))
	for _, e := range o.Events {
		kind := e.Category
		if e.Mode != "" {
			kind += "/" + e.Mode
		}
		p.f("  [%d] %s", e.ID, kind)
		if e.Modality != string(sitrep.Asserted) && e.Modality != "" {
			p.f(" (%s)", e.Modality)
		}
		if e.Date != nil {
			p.f("  on %s", e.Date.Value)
		}
		if e.Place != nil {
			p.f("  in %s", o.Places[*e.Place].Name)
		}
		p.f("\n      trigger: %q\n", e.Trigger.Text)
		p.f("      actor: %s   target: %s\n", argName(e.Actor), argName(e.Target))
		if e.Dead != nil {
			p.f("      dead: %s %q\n", rangeText(e.Dead.Min, e.Dead.Max), evText(e.Dead.Evid))
		}
		if e.Injured != nil {
			p.f("      injured: %s %q\n", rangeText(e.Injured.Min, e.Injured.Max), evText(e.Injured.Evid))
		}
		for _, s := range e.Sources {
			p.f("      source: %s\n", chainText(o.Attributions[s].Chain))
		}
		for _, c := range e.Claims {
			p.f("      claim: %s by %s", c.Stance, refName(c.By))
			if c.Actor != nil {
				// Who the claim says did it: the accused, or whoever
				// denies or claims the act for themselves.
				p.f(", of an act by %s", c.Actor.Name)
			}
			p.f("\n")
		}
	}
	p.f("\nAttributions (%d)\n", len(o.Attributions))
	for _, a := range o.Attributions {
		kind := "indirect"
		switch {
		case a.Direct:
			kind = "direct"
		case len(a.Quoted) > 0:
			kind = "mixed" // indirect, with the speaker's words quoted in it
		}
		chain := chainText(a.Chain)
		if len(a.CoSpeakers) > 0 {
			var names []string
			for _, r := range a.CoSpeakers {
				names = append(names, r.Name)
			}
			chain += " (with " + strings.Join(names, ", ") + ")"
		}
		p.f("  [%d] %s, %s, cue %q\n      %s\n      %q\n", a.ID, kind, orNone(a.Stance), evText(a.Cue),
			chain, shorten(evText(a.Content), 160))
	}
	p.f("\nPlaces (%d)\n", len(o.Places))
	for _, pl := range o.Places {
		p.f("  %q → %s, %s (%.4f, %.4f) %s precision %d, %s\n", pl.Text, pl.Name, pl.Country,
			pl.Lat, pl.Lon, geonamesText(pl.GeonameID), pl.Precision, pl.Kind)
	}
	p.f("\nTimes (%d)\n", len(o.Times))
	for _, t := range o.Times {
		p.f("  %q → %s %s\n", t.Text, t.Type, t.Value)
	}
	p.f("\nFigures (%d)\n", len(o.Figures))
	for _, f := range o.Figures {
		p.f("  %q → %s %s %s\n", f.Text, f.Unit, rangeText(f.Min, f.Max), f.Victim)
	}
	p.f("\nEntities (%d)\n", len(o.Entities))
	for _, e := range o.Entities {
		p.f("  [%d] %s %s", e.ID, e.Type, e.Name)
		if e.Actor != "" {
			p.f(" (%s)", e.Actor)
		}
		if len(e.Mentions) > 1 {
			var ms []string
			for _, m := range e.Mentions {
				ms = append(ms, m.Text)
			}
			p.f(" = %s", strings.Join(ms, " | "))
		}
		p.f("\n")
	}
	return p.err
}

type printer struct {
	w   io.Writer
	err error
}

func (p *printer) f(format string, args ...any) {
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func evText(e *Evidence) string {
	if e == nil {
		return ""
	}
	return e.Text
}

func argName(a *Argument) string {
	if a == nil {
		return "(unknown)"
	}
	if a.Actor != "" {
		return a.Name + " [" + a.Actor + "]"
	}
	return a.Name
}

func refName(r *Ref) string {
	if r == nil {
		return "(unresolved)"
	}
	return r.Name
}

func rangeText(lo int, hi *int) string {
	switch {
	case hi == nil:
		return fmt.Sprintf("≥%d", lo)
	case *hi == lo:
		return fmt.Sprint(lo)
	default:
		return fmt.Sprintf("%d–%d", lo, *hi)
	}
}

func chainText(chain []Link) string {
	var names []string
	for _, l := range chain {
		names = append(names, orNone(l.Name))
	}
	return strings.Join(names, " → ")
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && (s[cut]&0xC0) == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}

// geonamesText names a place's GeoNames id. The embedded gazetteer's
// second-level regions come without ids; "geonames:0" would read as a real
// id, so those say they have none.
func geonamesText(id int) string {
	if id == 0 {
		return "no geonames id"
	}
	return fmt.Sprintf("geonames:%d", id)
}
