// Package plover scores event coding against the PLOVER gold-standard
// records (PLOVER_GSR_CAMEO): sentences from the CAMEO manual recoded into
// PLOVER event types, with the source and target actors' country codes.
//
// The records use the category names of the 2016 PLOVER draft; Normalize
// maps them to PLOVER 2021 as the manual's chapter 7 does (DEMAND→REQUEST,
// DISAPPROVE→ACCUSE disapprove, INVESTIGATE→ACCUSE investigate,
// FIGHT→ASSAULT), and maps the 2016 modes to the 2021 ones.
//
// Each record is one sentence; the system codes it with one event (its
// primary event), and Score compares category, mode, actor and target.
// Actors and targets are compared on the country or IGO part of their codes.
package plover

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/sitrep-dev/sitrep/eval/internal/prf"
)

// A Record is one gold-standard record, normalized to PLOVER 2021.
type Record struct {
	ID       string
	Text     string
	Date     string   // "2000-01-01" in this corpus
	Category string   // PLOVER 2021 category
	Mode     string   // PLOVER 2021 mode; "" if the record gives none
	Sources  []string // actor codes of the source actors, "NGA", "IGO"; may be empty
	Targets  []string // actor codes of the targets; may be empty
}

// rawRecord is a record as the JSON file holds it. Source and target are
// lists of actors, or a string that names none.
type rawRecord struct {
	ID     string          `json:"id"`
	Event  string          `json:"event"`
	Mode   string          `json:"mode"`
	Text   string          `json:"text"`
	Date   string          `json:"date"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

type rawActor struct {
	Code string `json:"code"`
}

// Read parses a PLOVER gold-standard file (a JSON array) and returns its
// event records, normalized; the DOCUMENT header record is skipped.
func Read(r io.Reader) ([]Record, error) {
	var raw []rawRecord
	if err := json.NewDecoder(r).Decode(&raw); err != nil {
		return nil, fmt.Errorf("plover: %w", err)
	}
	var out []Record
	for _, rr := range raw {
		if rr.Event == "DOCUMENT" || rr.Text == "" {
			continue
		}
		cat, mode := Normalize(rr.Event, rr.Mode)
		rec := Record{ID: rr.ID, Text: rr.Text, Date: rr.Date, Category: cat, Mode: mode}
		var err error
		if rec.Sources, err = actorCodes(rr.Source); err != nil {
			return nil, fmt.Errorf("plover: record %s source: %w", rr.ID, err)
		}
		if rec.Targets, err = actorCodes(rr.Target); err != nil {
			return nil, fmt.Errorf("plover: record %s target: %w", rr.ID, err)
		}
		out = append(out, rec)
	}
	return out, nil
}

func actorCodes(raw json.RawMessage) ([]string, error) {
	s := strings.TrimSpace(string(raw))
	if s == "" || s == "null" || s[0] == '"' {
		return nil, nil // a string ("" or a stray note) names no actor
	}
	var actors []rawActor
	if err := json.Unmarshal(raw, &actors); err != nil {
		return nil, err
	}
	var codes []string
	for _, a := range actors {
		if a.Code != "" {
			codes = append(codes, a.Code)
		}
	}
	return codes, nil
}

// Normalize maps a 2016 PLOVER category and mode to PLOVER 2021.
func Normalize(category, mode string) (string, string) {
	mode = strings.TrimSpace(mode)
	switch category {
	case "DEMAND":
		category = "REQUEST"
	case "DISAPPROVE":
		category, mode = "ACCUSE", "disapprove"
	case "INVESTIGATE":
		category, mode = "ACCUSE", "investigate"
	case "FIGHT":
		category = "ASSAULT"
	}
	if m, ok := modes2016[mode]; ok {
		mode = m
	}
	return category, mode
}

// modes2016 maps the 2016 draft's modes to their 2021 names; "" drops a
// mode 2021 has no equivalent for.
var modes2016 = map[string]string{
	"strike-hun":  "hunger",
	"strike-gen":  "strike",
	"riot-spon":   "riot",
	"riot-org":    "riot",
	"demo-org":    "demo",
	"demo-spon":   "demo",
	"confiscate":  "seize",
	"detain":      "arrest",
	"assassinate": "targeted",
	"host":        "visit", // 2021 codes the visitor as actor, mode visit
	"other":       "",
}

// ModeMatches reports whether a system mode agrees with a gold mode. The
// 2016 heavy-weapons mode included aerial weapons (CAMEO 195 "employ aerial
// weapons" maps to it), so aerial and drone agree with it.
func ModeMatches(gold, system string) bool {
	if gold == system {
		return true
	}
	return gold == "heavy-weapons" && (system == "aerial" || system == "drone")
}

// CountryPart returns the part of an actor code Score compares: the IGO code
// ("IGOUNO", or "IGO" alone), else the three-letter country; "" if the code
// names no country ("---REB" or "").
func CountryPart(code string) string {
	code = strings.ToUpper(code)
	if strings.HasPrefix(code, "IGO") {
		return code[:min(len(code), 6)]
	}
	if len(code) < 3 || code[:3] == "---" {
		return ""
	}
	return code[:3]
}

// SameCountry reports whether a system actor code agrees with a gold one on
// the country or IGO part; a bare gold "IGO" agrees with any IGO.
func SameCountry(gold, system string) bool {
	g, s := CountryPart(gold), CountryPart(system)
	if g == "" || s == "" {
		return false
	}
	if g == "IGO" {
		return strings.HasPrefix(s, "IGO")
	}
	return g == s
}

// A Coding is the system's reading of one record.
type Coding struct {
	Category string // "" if the system found no event
	Mode     string
	Actor    string // actor code; "" if unknown
	Target   string
}

// Scores are the accuracies over a set of records.
type Scores struct {
	TypeAcc   float64 `json:"type_acc"`   // category agreement, over all records
	ModeAcc   float64 `json:"mode_acc"`   // category and mode agreement, over records with a gold mode
	ActorAcc  float64 `json:"actor_acc"`  // over records with a gold source code
	TargetAcc float64 `json:"target_acc"` // over records with a gold target code
	N         int     `json:"n"`          // records scored
	NMode     int     `json:"n_mode"`
	NActor    int     `json:"n_actor"`
	NTarget   int     `json:"n_target"`
	// ByType counts records and correct categories per gold category.
	ByType map[string]TypeCount `json:"by_type"`
}

// A TypeCount is how many records of one gold category there are and how
// many the system coded with that category.
type TypeCount struct {
	N       int `json:"n"`
	Correct int `json:"correct"`
}

// A Miss is a record the system coded with the wrong category.
type Miss struct {
	Record Record
	Coding Coding
}

// Score codes each record with code and compares the codings with the gold
// records; it returns the scores and the records whose category was missed.
func Score(records []Record, code func(Record) Coding) (Scores, []Miss) {
	var s Scores
	s.ByType = map[string]TypeCount{}
	var typeOK, modeOK, actorOK, targetOK int
	var misses []Miss
	for _, r := range records {
		c := code(r)
		s.N++
		bt := s.ByType[r.Category]
		bt.N++
		if c.Category == r.Category {
			typeOK++
			bt.Correct++
		} else {
			misses = append(misses, Miss{r, c})
		}
		s.ByType[r.Category] = bt
		if r.Mode != "" {
			s.NMode++
			if c.Category == r.Category && ModeMatches(r.Mode, c.Mode) {
				modeOK++
			}
		}
		if anyCountry(r.Sources) {
			s.NActor++
			if matchesAny(r.Sources, c.Actor) {
				actorOK++
			}
		}
		if anyCountry(r.Targets) {
			s.NTarget++
			if matchesAny(r.Targets, c.Target) {
				targetOK++
			}
		}
	}
	s.TypeAcc = prf.Ratio(typeOK, s.N)
	s.ModeAcc = prf.Ratio(modeOK, s.NMode)
	s.ActorAcc = prf.Ratio(actorOK, s.NActor)
	s.TargetAcc = prf.Ratio(targetOK, s.NTarget)
	return s, misses
}

func anyCountry(codes []string) bool {
	for _, c := range codes {
		if CountryPart(c) != "" {
			return true
		}
	}
	return false
}

func matchesAny(gold []string, system string) bool {
	for _, g := range gold {
		if SameCountry(g, system) {
			return true
		}
	}
	return false
}
