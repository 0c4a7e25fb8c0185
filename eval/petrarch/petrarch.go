// Package petrarch scores event coding against the PETRARCH-2 validation
// records: newswire sentences with the CAMEO codings (source, target, event
// code) that PETRARCH-2 is expected to produce.
//
// sitrep codes PLOVER events, so agreement on the event is measured through
// the CAMEO-to-PLOVER map of the PLOVER manual (CAMEO2PLOVER-2021): a gold
// coding and a system event agree when the gold CAMEO code maps to the
// system event's PLOVER category, that is when they agree on the CAMEO root
// up to PLOVER's merging of roots (18, 19 and 20 are all ASSAULT; 09 and 11
// are both ACCUSE). Codings whose CAMEO root PLOVER drops (01 public
// statements, 02 appeals) and sentences marked as having no events are
// counted apart and not scored. Source and target agree on the country or
// IGO part of the actor code.
package petrarch

import (
	"bufio"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/sitrep-dev/sitrep/eval/internal/prf"
)

// A Sentence is one validation record.
type Sentence struct {
	ID       string
	Date     string // "20080804"
	Text     string
	Codings  []Coding // expected codings; empty if NoEvents
	NoEvents bool     // the record expects no event
}

// A Coding is one expected or produced CAMEO coding.
type Coding struct {
	Event  string // CAMEO event code, "190"
	Source string // actor code, "USAGOV", "---REB"
	Target string
}

var (
	sentenceRE = regexp.MustCompile(`<Sentence\b([^>]*)>`)
	attrRE     = regexp.MustCompile(`(\w+)="([^"]*)"`)
	codingRE   = regexp.MustCompile(`<EventCoding\b([^>]*)/?>`)
	textRE     = regexp.MustCompile(`(?s)<Text>(.*?)</Text>`)
)

// Read parses a PETRARCH validation file. The file is not well-formed XML
// (sentence elements are written self-closed and then closed again), so it
// is read record by record with patterns.
func Read(r io.Reader) ([]Sentence, error) {
	data, err := io.ReadAll(bufio.NewReader(r))
	if err != nil {
		return nil, fmt.Errorf("petrarch: %w", err)
	}
	s := string(data)
	locs := sentenceRE.FindAllStringSubmatchIndex(s, -1)
	var out []Sentence
	for i, loc := range locs {
		end := len(s)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		body := s[loc[1]:end]
		attrs := attributes(s[loc[2]:loc[3]])
		sen := Sentence{ID: attrs["id"], Date: attrs["date"]}
		if m := textRE.FindStringSubmatch(body); m != nil {
			sen.Text = strings.Join(strings.Fields(m[1]), " ")
		}
		for _, m := range codingRE.FindAllStringSubmatch(body, -1) {
			a := attributes(m[1])
			if strings.EqualFold(a["noevents"], "true") {
				sen.NoEvents = true
				continue
			}
			if a["eventcode"] == "" {
				continue
			}
			sen.Codings = append(sen.Codings, Coding{Event: a["eventcode"], Source: a["sourcecode"], Target: a["targetcode"]})
		}
		if sen.Text == "" {
			continue
		}
		out = append(out, sen)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("petrarch: no <Sentence> records with text")
	}
	return out, nil
}

func attributes(s string) map[string]string {
	m := map[string]string{}
	for _, a := range attrRE.FindAllStringSubmatch(s, -1) {
		m[a[1]] = a[2]
	}
	return m
}

// PLOVER returns the PLOVER 2021 category a CAMEO event code maps to, per
// CAMEO2PLOVER-2021, or "" for the dropped roots 01 and 02 and for codes
// that are not CAMEO codes.
func PLOVER(code string) string {
	if len(code) < 2 {
		return ""
	}
	// Three- and four-digit codes that leave their root's category.
	switch {
	case strings.HasPrefix(code, "0813"), strings.HasPrefix(code, "0814"):
		return "RETREAT"
	case strings.HasPrefix(code, "081"), strings.HasPrefix(code, "082"), strings.HasPrefix(code, "083"):
		return "CONCEDE"
	case strings.HasPrefix(code, "163"):
		return "COERCE"
	case strings.HasPrefix(code, "1712"), strings.HasPrefix(code, "175"):
		return "ASSAULT"
	case strings.HasPrefix(code, "191"), strings.HasPrefix(code, "192"):
		return "COERCE"
	}
	return rootCategory[code[:2]]
}

var rootCategory = map[string]string{
	"03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
	"08": "RETREAT", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT",
	"13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE",
	"18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}

// An Event is one event the system found in a sentence.
type Event struct {
	Category string // PLOVER category
	Actor    string // actor code; "" if unknown
	Target   string
}

// Scores are the agreements over the scored codings.
type Scores struct {
	RootAcc   float64 `json:"root_acc"`   // gold codings whose PLOVER category the primary event has
	SourceAcc float64 `json:"source_acc"` // ... and whose source's country part its actor has
	TargetAcc float64 `json:"target_acc"` // ... and whose target's country part its target has
	N         int     `json:"n"`          // gold codings scored
	// AnyAcc is the share of gold codings whose category some event of
	// the sentence has, primary or not.
	AnyAcc float64 `json:"any_acc"`
	// Dropped counts gold codings whose root PLOVER drops (01, 02);
	// NoEvent counts sentences expecting no event, and NoEventOK those
	// where the system found none.
	Dropped   int `json:"dropped"`
	NoEvent   int `json:"no_event"`
	NoEventOK int `json:"no_event_ok"`
}

// A Miss is a gold coding whose category the primary event does not have.
type Miss struct {
	Sentence Sentence
	Gold     Coding
	System   []Event
}

// Score codes each sentence with code and compares the events with the
// gold codings. code returns the sentence's events, its primary event first;
// each gold coding is compared with the primary event, as PETRARCH codes
// one event per clause. Source and target accuracy are over all scored
// codings, so a missed event counts as a missed source and target.
func Score(sentences []Sentence, code func(Sentence) []Event) (Scores, []Miss) {
	var s Scores
	var rootOK, anyOK, sourceOK, targetOK int
	var misses []Miss
	for _, sen := range sentences {
		events := code(sen)
		if sen.NoEvents {
			s.NoEvent++
			if len(events) == 0 {
				s.NoEventOK++
			}
			continue
		}
		for _, g := range sen.Codings {
			cat := PLOVER(g.Event)
			if cat == "" {
				s.Dropped++
				continue
			}
			s.N++
			for _, e := range events {
				if e.Category == cat {
					anyOK++
					break
				}
			}
			if len(events) == 0 || events[0].Category != cat {
				misses = append(misses, Miss{sen, g, events})
				continue
			}
			rootOK++
			if agrees(g.Source, events[0].Actor) {
				sourceOK++
			}
			if agrees(g.Target, events[0].Target) {
				targetOK++
			}
		}
	}
	s.RootAcc = prf.Ratio(rootOK, s.N)
	s.SourceAcc = prf.Ratio(sourceOK, s.N)
	s.TargetAcc = prf.Ratio(targetOK, s.N)
	s.AnyAcc = prf.Ratio(anyOK, s.N)
	return s, misses
}

// agrees reports whether a system actor code agrees with a gold one on the
// country or IGO part; a gold code with no country ("---REB", "---")
// agrees with a system actor that has none either.
func agrees(gold, system string) bool {
	g, s := countryPart(gold), countryPart(system)
	return g == s
}

func countryPart(code string) string {
	code = strings.ToUpper(strings.TrimSpace(code))
	if strings.HasPrefix(code, "IGO") {
		return code[:min(len(code), 6)]
	}
	if len(code) < 3 || code[:3] == "---" {
		return ""
	}
	return code[:3]
}
