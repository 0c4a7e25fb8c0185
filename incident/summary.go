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
//   - contested: someone denies, and someone else alleges or the actor declares;
//     or a denial stands alone (it answers an allegation);
//   - confirmed: a confirmation, and no denial;
//   - declared: the actor claims its own action, and no denial or confirmation;
//   - alleged: others accuse or assert who did it, unanswered;
//   - unattributed: no claims.
func Status(reports []sitrep.Report) sitrep.AttributionStatus {
	var alleged, declared, denied, confirmed, selfConfirmed bool
	for _, r := range reports {
		for _, c := range r.Claims {
			switch {
			case c.Stance == sitrep.StanceDeny:
				denied = true
			case c.Self && c.Stance == sitrep.StanceConfirm:
				// The actor's own confirmation declares the act ("claimed
				// responsibility") or, answering an allegation, confirms it.
				selfConfirmed = true
			case c.Stance == sitrep.StanceConfirm:
				confirmed = true
			case c.Self && (c.Stance == sitrep.StanceAssert || c.Stance == sitrep.StanceAccuse):
				declared = true
			case c.Stance == sitrep.StanceAccuse || c.Stance == sitrep.StanceAssert:
				alleged = true
			}
		}
	}
	switch {
	case denied:
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
