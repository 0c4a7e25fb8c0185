// Package event finds PLOVER events: who did what to whom, where and when,
// with casualty figures, the attributions that report each event and the
// claims made about it.
//
// An event starts at a trigger from an embedded lexicon (data/triggers.txt):
// a verb ("shelled"), a noun ("airstrikes conducted by"), or a passive
// ("were killed in shelling"). The lexicon gives the PLOVER 2021 category and
// often the mode; mode cues elsewhere in the sentence ("aircraft", "mortar")
// fill in the mode a trigger lacks. Function words around the trigger
// (data/words.txt) give its modality: negated, hypothetical, future, or
// denied when an attribution denies it. Following PLOVER, a future
// cooperative act is AGREE, a future retreat CONCEDE and a future assault a
// THREATEN; a negated future cooperative act is a REJECT.
//
// Arguments come from the earlier layers: the actor and target are entity
// mentions found by position (subject, object, "by" agent, possessive); the
// place is the finest toponym of the clause; the date is the sentence's
// governing date; the dead and injured are the sentence's figures; the
// sources are the attributions whose content holds the trigger; claims come
// from attribution stances (accuse, deny, confirm) and from accusations in the
// same sentence ("which Damascus has blamed the coalition for").
//
// Sentences about one real event are merged into one event holding all the
// evidence when their category, mode, place, date, actor and casualty counts
// are compatible. Each event is finally mapped to a CAMEO root code and
// QuadClass and to an ACLED event type and sub-event type
// (data/mappings.txt, documented in docs/events.md).
package event

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
)

// Config extends the event stage's embedded lexicons. The zero value uses
// them as they are.
type Config struct {
	// Triggers holds extra trigger and mode-cue lines in the format of
	// data/triggers.txt; they are read after the embedded ones, so they
	// can replace or block ("=> NONE") embedded phrases.
	Triggers string
	// Words holds extra function-word lines in the format of data/words.txt.
	Words string
}

// Stage is the event finder.
type Stage struct {
	lex  *lexicon
	maps mappings
	// annotators pools per-document memory (*annotator) for reuse by
	// later documents.
	annotators sync.Pool
}

// New returns the event stage with its embedded lexicons, extended by cfg.
func New(cfg Config) (*Stage, error) {
	lex, err := parseLexicon([]string{triggersData, cfg.Triggers}, []string{wordsData, cfg.Words})
	if err != nil {
		return nil, err
	}
	maps, err := parseMappings(mappingsData)
	if err != nil {
		return nil, err
	}
	return &Stage{lex: lex, maps: maps}, nil
}

// Name returns "event".
func (*Stage) Name() string { return "event" }

// Needs returns every earlier layer: events read them all.
func (*Stage) Needs() []sitrep.Layer {
	return []sitrep.Layer{sitrep.LayerTokens, sitrep.LayerSentences, sitrep.LayerEntities,
		sitrep.LayerPlaces, sitrep.LayerTimes, sitrep.LayerNumbers, sitrep.LayerAttributions}
}

// Adds returns the event layer.
func (*Stage) Adds() []sitrep.Layer { return []sitrep.Layer{sitrep.LayerEvents} }

// Run finds the events of doc and stores them, sorted by Start, in doc.Events.
func (s *Stage) Run(ctx context.Context, doc *sitrep.Document) error {
	a, _ := s.annotators.Get().(*annotator)
	if a == nil {
		a = new(annotator)
	}
	a.reset(s.lex, doc)
	defer s.annotators.Put(a)
	defer a.release()
	found := a.found
	for si := range doc.Sentences {
		if si%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		found = a.sentence(si, found)
	}
	a.found = found
	events := a.merge(found)
	a.denials(events)
	a.condemnedActors(events)
	a.tolls(events)
	// An event starts at its first evidence: sort the candidates by it, not
	// the finished events, which are large to move.
	for _, c := range events {
		slices.SortFunc(c.evidence, func(x, y sitrep.Span) int {
			if x.Start != y.Start {
				return x.Start - y.Start
			}
			return x.End - y.End
		})
		c.evidence = slices.Compact(c.evidence)
	}
	slices.SortStableFunc(events, func(x, y *candidate) int { return x.evidence[0].Start - y.evidence[0].Start })
	out := slices.Grow(doc.Events[:0], len(events))[:len(events)]
	for i, c := range events {
		s.finish(doc, c, &out[i])
	}
	doc.Events = out
	return nil
}

// finish turns a merged candidate, its evidence sorted, into an Event with
// its mappings, written to ev: an Event is large to return.
func (s *Stage) finish(doc *sitrep.Document, c *candidate, ev *sitrep.Event) {
	slices.Sort(c.figures)
	c.figures = slices.Compact(c.figures)
	slices.Sort(c.sources)
	c.sources = slices.Compact(c.sources)
	m := s.maps.lookup(c.category, c.mode, civilianVictims(doc, c))
	if c.category == sitrep.ASSAULT && crowdActs(doc, c) {
		// "Protesters hurled Molotov cocktails at police": ACLED's riots,
		// violence by a crowd, not an armed party's attack.
		m = s.maps.lookup(sitrep.PROTEST, "riot", false)
	}
	// Merged triggers can hand the victims of one clause to another as its
	// subject ("... killing civilians" and "civilians were hit"); an actor
	// is almost never its own target, so the target stands and the actor
	// becomes unknown.
	c.actor = actorUnlessTarget(c)
	*ev = sitrep.Event{
		Span:         c.evidence[0],
		Category:     c.category,
		Mode:         c.mode,
		Modality:     c.modality,
		Actor:        c.actor,
		Target:       c.target,
		Place:        c.place,
		Date:         c.date,
		Dead:         c.dead,
		Injured:      c.injured,
		Figures:      c.figures,
		Sources:      c.sources,
		Claims:       c.claims,
		Evidence:     c.evidence,
		CAMEO:        m.CAMEO,
		QuadClass:    m.QuadClass,
		ACLEDType:    m.ACLEDType,
		ACLEDSubType: m.ACLEDSubType,
	}
}

// civilianVictims reports whether an event's victims are civilians: a figure
// counts victims of a category other than armed forces (civilians, children,
// nurses); or the target's actor code has the civilian or refugee sector
// ("CVL" of "people" as well as "SYRCVL"); or a figure counts people of no
// stated category and the target is people who bear no arms ("killed a
// Palestinian man", "killed 70 people"), as ACLED codes one-sided violence.
func civilianVictims(doc *sitrep.Document, c *candidate) bool {
	if battle(doc, c) {
		return false // ACLED codes a battle's dead as the battle's, civilians too
	}
	unstated := false
	for _, f := range c.figures {
		switch v := doc.Figures[f].Victim; v {
		case "":
			unstated = true
		case "soldiers", "soldier", "troops", "fighters", "militants", "rebels", "insurgents", "combatants",
			"police", "policemen", "police officers", "officers", "security forces", "militiamen", "jihadists", "members":
		default:
			return true
		}
	}
	if c.target.Entity < 0 {
		return false
	}
	target := doc.Entities[c.target.Entity]
	switch actor.SectorOf(target.Actor) {
	case "CVL", "REF":
		return true
	}
	return unstated && (target.Type == sitrep.PERSON || target.Type == sitrep.NORP) && !bearsArms(target.Actor)
}

// battleWords are triggers of fighting between armed parties.
var battleWords = words(`clash clashes clashed clashing fighting fought battle battles battled firefight
	firefights gunbattle gunbattles gunfight gunfights shootout shootouts skirmish skirmishes`)

// battle reports whether an event is told as fighting between armed
// parties: its first evidence, sorted, is one of the battleWords
// ("Clashes between the army and rebels killed 70 people"), or names the
// fight it happened in right after it ("Soldiers killed 30 people in a
// gunfight with bandits", "during a shootout"). (Later evidence may be the
// fighting that followed a massacre.)
func battle(doc *sitrep.Document, c *candidate) bool {
	if isBattleWord(c.evidence[0].Text(doc)) {
		return true
	}
	toks := doc.Tokens
	t := sitrep.FirstTokenFrom(toks, c.evidence[0].End)
	for end := t + maxFightDistance; t+1 < len(toks) && t < end; t++ {
		w := toks[t].Text(doc)
		switch {
		case w == "." || w == ";" || w == "!" || w == "?":
			return false
		case strings.EqualFold(w, "in") || strings.EqualFold(w, "during") || strings.EqualFold(w, "amid"):
			n := t + 1
			if a := toks[n].Text(doc); (strings.EqualFold(a, "a") || strings.EqualFold(a, "an") || strings.EqualFold(a, "the")) && n+1 < len(toks) {
				n++
			}
			if isBattleWord(toks[n].Text(doc)) {
				return true
			}
		}
	}
	return false
}

// isBattleWord reports whether w, in any case, is one of the battleWords,
// lower-casing into a buffer on the stack rather than a new string.
func isBattleWord(w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return false // no battle word is that long
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return battleWords[string(buf[:len(w)])]
}

// maxFightDistance bounds the tokens between an event's trigger and the
// fight it names: "killed 30 people in a gunfight".
const maxFightDistance = 8

// crowdWords head the descriptions of crowds, whose violence ACLED codes
// as riots.
var crowdWords = words(`protesters protestors demonstrators rioters mob mobs crowd crowds`)

// crowdActs reports whether an event's actor is a crowd: "Protesters
// hurled Molotov cocktails at police".
func crowdActs(doc *sitrep.Document, c *candidate) bool {
	if c.actor.Entity < 0 || c.actor.Span.IsEmpty() {
		return false
	}
	text := strings.ToLower(c.actor.Span.Text(doc))
	if i := strings.LastIndexByte(text, ' '); i >= 0 {
		text = text[i+1:]
	}
	return crowdWords[text]
}

// MappingOf returns the CAMEO root, QuadClass and ACLED types that the stage
// gives an event of category cat and mode mode; civilian selects the rows
// for one-sided violence against civilians.
func (s *Stage) MappingOf(cat sitrep.Category, mode string, civilian bool) Mapping {
	return s.maps.lookup(cat, mode, civilian)
}
