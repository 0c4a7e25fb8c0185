package incident

import (
	"sort"

	"github.com/sitrep-dev/sitrep"
)

// Casualties derives a casualty range from the figures that reports give,
// by the rule of docs/incidents.md:
//
//   - each report's figure is a range [min, max]; "at least 14" is [14, 14];
//   - low is the smallest min, high the largest max (as Airwars' min and max);
//   - best is the median of the reports' midpoints, the lower one of an
//     even count (like UCDP's best, a central estimate, which one outlying
//     report cannot move far).
//
// Reports without a figure are ignored; with none, the range is zero with
// Reports 0, meaning unknown.
func Casualties(reports []sitrep.Report, count func(*sitrep.Report) *sitrep.Count) sitrep.CasualtyRange {
	var (
		out  sitrep.CasualtyRange
		mids []int
	)
	for i := range reports {
		c := count(&reports[i])
		if c == nil {
			continue
		}
		lo, hi := c.Min, c.Max
		if c.Open || hi < lo {
			hi = lo
		}
		if out.Reports == 0 || lo < out.Low {
			out.Low = lo
		}
		if out.Reports == 0 || hi > out.High {
			out.High = hi
		}
		out.Reports++
		mids = append(mids, lo+(hi-lo)/2)
	}
	if len(mids) > 0 {
		sort.Ints(mids)
		out.Best = mids[(len(mids)-1)/2]
	}
	return out
}

// Status derives an incident's attribution status from the claims of its
// reports, by the rule of docs/incidents.md:
//
//   - contested: someone denies the involvement of a party that is said to
//     have done it: one that others accuse, that declares itself, or that a
//     report names as the actor;
//   - confirmed: a confirmation, or the actor admits what others allege,
//     and no such denial;
//   - declared: the actor claims its own action, unprompted;
//   - alleged: others accuse or assert who did it, unanswered;
//   - unattributed: no claims.
//
// A denial contests only an attribution to the same party: "the Taliban
// denied any involvement" does not contest an attack the Islamic State
// claimed. A denial whose party is unknown contests nothing.
func Status(reports []sitrep.Report) sitrep.AttributionStatus {
	var (
		alleged, declared, confirmed, selfConfirmed bool
		attributed, denied                          []string // parties said to have done it, and denied
	)
	for _, r := range reports {
		if r.Actor != "" {
			attributed = append(attributed, r.Actor)
		}
		for _, c := range r.Claims {
			switch {
			case c.Stance == sitrep.StanceDeny:
				denied = append(denied, deniedParty(c))
			case c.Self && c.Stance == sitrep.StanceConfirm:
				// The actor's own confirmation declares the act ("claimed
				// responsibility") or, answering an allegation, confirms it.
				selfConfirmed = true
				attributed = append(attributed, claimedParty(r, c))
			case c.Stance == sitrep.StanceConfirm:
				confirmed = true
			case c.Self && (c.Stance == sitrep.StanceAssert || c.Stance == sitrep.StanceAccuse):
				declared = true
				attributed = append(attributed, claimedParty(r, c))
			case c.Stance == sitrep.StanceAccuse || c.Stance == sitrep.StanceAssert:
				alleged = true
				attributed = append(attributed, claimedParty(r, c))
			}
		}
	}
	switch {
	case contests(denied, attributed):
		return sitrep.Contested
	case confirmed, selfConfirmed && alleged:
		return sitrep.Confirmed
	case declared, selfConfirmed:
		return sitrep.Declared
	case alleged:
		return sitrep.Alleged
	}
	return sitrep.Unattributed
}

// claimedParty is who a claim says did it: the party it names, else the
// speaker of a claim about its own act, else the report's actor.
func claimedParty(r sitrep.Report, c sitrep.ReportClaim) string {
	switch {
	case c.Actor != "":
		return c.Actor
	case c.Self && c.By != "":
		return c.By
	}
	return r.Actor
}

// deniedParty is whose involvement a denial denies: the party it names,
// else its speaker's own ("the Taliban denied any involvement").
func deniedParty(c sitrep.ReportClaim) string {
	if c.Actor != "" {
		return c.Actor
	}
	return c.By
}

// contests reports whether a denied party is one that is said to have done
// it: the same code, codes of one country, or names sharing a word (see
// sameParty).
func contests(denied, attributed []string) bool {
	for _, d := range denied {
		for _, a := range attributed {
			if d == "" || a == "" {
				continue
			}
			if ok, why, _ := sameParty(d, a); ok && why.how != "" {
				return true
			}
		}
	}
	return false
}
