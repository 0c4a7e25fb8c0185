package event

import (
	"slices"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
)

// mergeLookback is how many of the latest events a candidate may join.
const mergeLookback = 64

// merge joins candidates that describe one real event: each candidate, in
// text order, joins the most recently mentioned earlier event it is
// compatible with, or starts a new one.
func (a *annotator) merge(found []*candidate) []*candidate {
	events := a.events[:0]
	defer func() { a.events = events }()
	for _, c := range found {
		best := -1
		// Look back over a bounded number of events: reports of one event
		// sit together, and long texts must stay linear.
		for i := len(events) - 1; i >= 0 && i >= len(events)-mergeLookback; i-- {
			e := events[i]
			if a.compatible(e, c) && (best < 0 || e.last > events[best].last) {
				best = i
			}
		}
		if best < 0 {
			events = append(events, c)
			continue
		}
		if n := a.namedAgain(events, best, c); n >= 0 {
			best = n
		}
		a.absorb(events[best], c)
	}
	for _, e := range events {
		if e.asserted && e.modality != sitrep.Asserted && e.modality != sitrep.Denied {
			e.modality = sitrep.Asserted
		}
		for _, cl := range e.claims {
			if cl.Stance == sitrep.StanceDeny && e.modality == sitrep.Asserted && !a.reportedBy(e, cl.By) {
				e.modality = sitrep.Denied // reported, and denied by a source
			}
		}
	}
	return events
}

// namedAgain returns the event c names again by its noun with a definite
// article, when that is not the latest compatible one, events[latest]:
// "… killed a commander in an air strike. Hezbollah fired rockets …
// Mikati condemned the strike" condemns the air strike, not the rockets.
// The event must have told of its act by the same noun, within the
// events merge looks back over; otherwise it returns -1.
func (a *annotator) namedAgain(events []*candidate, latest int, c *candidate) int {
	if c.tok <= 0 || c.tok >= len(a.words) || !anaphoricDeterminers[a.words[c.tok-1]] || a.hasRoot(events[latest], a.words[c.tok]) {
		return -1 // the latest told of it by the noun, or by its verb ("attacked")
	}
	for i := latest - 1; i >= 0 && i >= len(events)-mergeLookback; i-- {
		if a.compatible(events[i], c) && a.hasNoun(events[i], a.words[c.tok]) {
			return i
		}
	}
	return -1
}

// hasRoot reports whether a word of e's evidence has the root of noun w:
// "attacked" or "attacks" for "attack".
func (a *annotator) hasRoot(e *candidate, w string) bool {
	root := strings.TrimSuffix(w, "s")
	for _, ev := range e.evidence {
		for t := a.tokenAfter(ev.Start); t < len(a.words) && a.doc.Tokens[t].Start < ev.End; t++ {
			if strings.HasPrefix(a.words[t], root) {
				return true
			}
		}
	}
	return false
}

// hasNoun reports whether one of e's spans of evidence ends in the word w.
func (a *annotator) hasNoun(e *candidate, w string) bool {
	for _, ev := range e.evidence {
		if t := a.tokenAfter(ev.End) - 1; t >= 0 && t < len(a.words) && a.words[t] == w {
			return true
		}
	}
	return false
}

// anaphorOtherVictims reports whether c names the act with a definite
// article ("the strikes hit a market and killed 12 civilians") and counts
// other people than e does ("dozens of fighters"): another source's
// account of the same strike, whose figures the merge keeps side by side,
// not a second act.
func (a *annotator) anaphorOtherVictims(e, c *candidate) bool {
	if c.tok <= 0 || c.tok >= len(a.words) || !anaphoricDeterminers[a.words[c.tok-1]] {
		return false
	}
	differ := func(i, j int) bool {
		if i < 0 || j < 0 {
			return true
		}
		x, y := a.doc.Figures[i].Victim, a.doc.Figures[j].Victim
		return x != "" && y != "" && x != y
	}
	return differ(e.dead, c.dead) && differ(e.injured, c.injured)
}

// anaphorOtherSource reports whether c names the act as one already told
// ("the strike", "Monday's strike") and all its sources are other speakers
// than all of e's: "a strike that the Houthi rebels said killed 23 people
// … MSF said its hospital had received 14 bodies after Monday's strike"
// is one strike with two counts, which the merge keeps side by side.
func (a *annotator) anaphorOtherSource(e, c *candidate) bool {
	if len(e.sources) == 0 || len(c.sources) == 0 || !a.definiteAct(c) {
		return false
	}
	for _, i := range e.sources {
		for _, j := range c.sources {
			x, y := a.doc.Attributions[i].Speaker, a.doc.Attributions[j].Speaker
			if x < 0 || y < 0 || x == y {
				return false
			}
		}
	}
	return true
}

// definiteAct reports whether one of c's triggers follows a definite
// article or a day's possessive: "the strike", "Monday's strike".
func (a *annotator) definiteAct(c *candidate) bool {
	for _, ev := range c.evidence {
		t := a.tokenAt(ev.Start)
		if t <= 0 || t >= len(a.words) {
			continue
		}
		if a.newlyDescribed(t, a.tokenAfter(ev.End)) {
			continue // "the attack on a checkpoint": another act, described anew
		}
		if anaphoricDeterminers[a.words[t-1]] || a.words[t-1] == "'s" && t >= 2 && dayNames[a.words[t-2]] {
			return true
		}
	}
	return false
}

// newlyDescribed reports whether the act noun at tokens [t, end) is told
// apart as another: a complement with an indefinite article ("the attack
// on a checkpoint"), or a sentence that says so ("In a separate
// incident").
func (a *annotator) newlyDescribed(t, end int) bool {
	if end+1 < len(a.words) && (a.words[end] == "on" || a.words[end] == "at" || a.words[end] == "in" || a.words[end] == "against") &&
		(a.words[end+1] == "a" || a.words[end+1] == "an") {
		return true
	}
	si := a.sentenceOf(a.doc.Tokens[t].Start)
	if si >= len(a.doc.Sentences) {
		return false
	}
	for k := a.doc.Sentences[si].Tokens.Start; k < t; k++ {
		switch a.words[k] {
		case "separate", "another", "second", "earlier", "later":
			return true
		}
	}
	return false
}

// anaphoricDeterminers name an act as one already told: "the strikes".
var anaphoricDeterminers = words(`the these those that this`)

// dayNames are the days whose possessive names a known act: "Monday's
// strike", "yesterday's attack".
var dayNames = words(`monday tuesday wednesday thursday friday saturday sunday yesterday today`)

// reportedBy reports whether speaker has declared or confirmed e as its
// own act. Such a speaker denies a part of the act, not the act: the army
// that "said its aircraft had carried out a precise strike" and "denied
// targeting civilians" does not deny the strike; a coalition "aware of
// the reports" that "denied any involvement" does.
func (a *annotator) reportedBy(e *candidate, speaker int) bool {
	for _, cl := range e.claims {
		if cl.By == speaker && cl.Actor == speaker && (cl.Stance == sitrep.StanceAssert || cl.Stance == sitrep.StanceConfirm) {
			return true
		}
	}
	return false
}

// compatible reports whether candidate c can be a further report of event e.
func (a *annotator) compatible(e, c *candidate) bool {
	if e.category != c.category || e.sentence == c.sentence {
		return false
	}
	if !modesAgree(e.category, e.mode, c.mode) {
		return false
	}
	if !a.samePlace(e.place, c.place) || !sameDate(e.date, c.date) && !(adjacentDays(e.date, c.date) && a.definiteAct(c)) ||
		a.datedApart(e, c) {
		// (A later "Monday's strike" is the strike a sentence dated by
		// the next day's condemnation told: "The United Nations on
		// Tuesday condemned an air strike".)
		return false
	}
	if x, y := actorUnlessTarget(e), actorUnlessTarget(c); !a.sameActor(x, y) && !(e.category == sitrep.ASSAULT &&
		(a.sameArmedDescription(x, y) || (a.headlineSentence(e.sentence) || a.headlineSentence(c.sentence)) && a.stateAndItsForces(x, y) || a.vagueArmed(x, y) && a.reportedBy(c, y.Entity) || a.vagueArmed(y, x) && a.reportedBy(e, x.Entity))) {
		return false
	}
	if a.accusesOthersOf(e, c) || a.accusesOthersOf(c, e) {
		return false
	}
	if a.claimsVictimsAct(e, c) || a.claimsVictimsAct(c, e) || a.toldAnew(e, c) {
		return false
	}
	// Reports of one attack name its victims differently ("civilians",
	// "a volunteer", a name); the casualty counts tell attacks apart.
	if e.category != sitrep.ASSAULT && !a.sameActor(e.target, c.target) {
		return false
	}
	if (!a.countsAgree(e.dead, c.dead) || !a.countsAgree(e.injured, c.injured)) && !a.anaphorOtherVictims(e, c) && !a.anaphorOtherSource(e, c) {
		return false
	}
	if e.category != sitrep.ASSAULT && e.category != sitrep.PROTEST {
		// Statements and other acts repeat often in one article with
		// different parties: they merge only when the parties are known to
		// be the same. Attacks and protests on the ground are told apart
		// by place, date and casualties instead.
		if e.actor.Entity < 0 || c.actor.Entity < 0 {
			if e.target.Entity < 0 || e.target.Entity != c.target.Entity {
				return false
			}
		}
	}
	if e.modality != c.modality && !(e.modality == sitrep.Asserted || c.modality == sitrep.Asserted ||
		e.modality == sitrep.Denied || c.modality == sitrep.Denied) {
		return false
	}
	if e.modality == sitrep.Negated || c.modality == sitrep.Negated {
		return false
	}
	return true
}

// accusesOthersOf reports whether the actor of e accuses another of c:
// the Houthis who attacked a ship and accuse the United States "of
// attacking Yemen's sovereignty" speak of another act than their own.
func (a *annotator) accusesOthersOf(e, c *candidate) bool {
	actor := e.actor.Entity
	if actor < 0 {
		return false
	}
	for _, cl := range c.claims {
		if cl.Stance == sitrep.StanceAccuse && cl.By == actor && cl.Actor >= 0 && cl.Actor != actor {
			return true
		}
	}
	return false
}

// claimsVictimsAct reports whether a claim on c names as the actor the side
// of e's victims: "six attackers were killed in the firefight" and "the
// TTP claimed responsibility for the attack", or "its fighters killed 12
// soldiers" and an accusation that "the army" carried out executions. A
// party is not credited with, or accused of, the act that killed its own
// men: the claim is of another act, theirs.
func (a *annotator) claimsVictimsAct(e, c *candidate) bool {
	victims := e.target
	if victims.Entity < 0 || e.category != sitrep.ASSAULT && e.category != sitrep.COERCE {
		return false // the target of a meeting or a statement is no victim
	}
	for _, cl := range c.claims {
		if cl.Actor < 0 || cl.Stance != sitrep.StanceAccuse && cl.Stance != sitrep.StanceConfirm {
			continue
		}
		if cl.Actor == victims.Entity {
			return true
		}
		party := sitrep.Argument{Mention: -1, Entity: cl.Actor}
		if actor := actorUnlessTarget(e); actor.Entity >= 0 && (a.sameActor(actor, party) || a.vagueArmed(actor, party)) {
			continue // "Militants attacked a checkpoint" told with the attackers who died
		}
		if a.sameArmedDescription(victims, party) || a.vagueArmed(victims, party) {
			return true
		}
	}
	return false
}

// toldAnew reports whether c is a claimed act that its words describe
// anew, with a target of its own that nothing ties to e: an act noun after
// an indefinite article, "on", "against" or "at" a target that no
// determiner marks as told and that e's sentences do not name, in a
// sentence with no place ("A woman was killed when drone debris hit a
// building in Shebekino" and "accused Russia of launching a massive attack
// on power plants"). A claim about the act told says "the attack", or
// names its target or place again ("accused Russia of a missile strike on
// the city", "on a hospital" after "a strike hit a hospital").
func (a *annotator) toldAnew(e, c *candidate) bool {
	if c.place >= 0 && e.place >= 0 || !slices.ContainsFunc(c.claims, func(cl sitrep.Claim) bool { return cl.Stance == sitrep.StanceAccuse }) {
		return false
	}
	for _, ev := range c.evidence {
		t, end := a.tokenAt(ev.Start), a.tokenAfter(ev.End)
		if t >= len(a.words) || end+1 >= len(a.words) || !a.indefiniteBefore(t) {
			continue
		}
		switch a.words[end] {
		case "on", "against", "at":
		default:
			continue
		}
		if a.ownTarget(e, end+1) {
			return true
		}
	}
	return false
}

// indefiniteBefore reports whether an indefinite article opens the noun
// phrase whose head is token t, over at most three lower-case words ("a
// massive attack", "an airstrike").
func (a *annotator) indefiniteBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		w := a.words[k]
		if w == "a" || w == "an" {
			return true
		}
		if a.doc.Tokens[k].Kind != sitrep.TokenWord || a.is(k, lDeterminer) || a.is(k, lPreposition) || a.capitalized(k) {
			return false
		}
	}
	return false
}

// ownTarget reports whether the noun phrase from token t names a target
// e's sentences do not: no determiner but an indefinite article opens it,
// and none of the words of three letters or more of the phrase and what
// follows it, up to the next punctuation or clause ("on Hamas militants
// inside the school"), stands in e's sentences.
func (a *annotator) ownTarget(e *candidate, t int) bool {
	if a.is(t, lDeterminer) && a.words[t] != "a" && a.words[t] != "an" {
		return false // "on the city": told before
	}
	found := false
	for k := t; k < len(a.words) && k < t+maxOwnTarget; k++ {
		w := a.words[k]
		if a.doc.Tokens[k].Kind != sitrep.TokenWord || a.is(k, lClause) || w == "that" {
			break
		}
		if len(w) < 3 || a.is(k, lDeterminer) || a.is(k, lPreposition) || w == "and" {
			continue
		}
		if a.sentencesName(e, strings.TrimSuffix(w, "s")) {
			return false
		}
		found = true
	}
	return found
}

// maxOwnTarget bounds the words ownTarget reads after "on".
const maxOwnTarget = 8

// sentencesName reports whether a word of a sentence of e's evidence
// starts with root.
func (a *annotator) sentencesName(e *candidate, root string) bool {
	for i, ev := range e.evidence {
		si := a.sentenceOf(ev.Start)
		if i > 0 && si == a.sentenceOf(e.evidence[i-1].Start) || si >= len(a.doc.Sentences) {
			continue
		}
		r := a.doc.Sentences[si].Tokens
		for k := r.Start; k < r.End && k < len(a.words); k++ {
			if strings.HasPrefix(a.words[k], root) {
				return true
			}
		}
	}
	return false
}

// actorUnlessTarget returns the actor of c, or noArg if it is c's own
// target ("killing 12 worshippers and injuring 30 others" makes the
// victims the subject of "injuring"). finish drops such an actor, and
// merging reads it as unknown, so that it neither keeps apart two reports
// of one attack nor holds off the actor a later report names.
func actorUnlessTarget(c *candidate) sitrep.Argument {
	if c.actor.Entity >= 0 && c.actor.Entity == c.target.Entity {
		return noArg
	}
	return c.actor
}

// modesAgree reports whether two reports' modes can describe one act: one is
// unknown, they are equal, or, for attacks, one is a kind of the other ("the
// bombing" of a suicide attack, the "strikes" of a drone).
func modesAgree(cat sitrep.Category, x, y string) bool {
	if x == "" || y == "" || x == y {
		return true
	}
	if cat != sitrep.ASSAULT {
		return false
	}
	for _, group := range assaultModeKin {
		if slices.Contains(group, x) && slices.Contains(group, y) {
			return true
		}
	}
	return false
}

// assaultModeKin lists groups of ASSAULT modes one report may give where
// another gives a kin: explosives and suicide bombings; aircraft and drones;
// shootings and assassinations.
var assaultModeKin = [][]string{{"explosives", "suicide-attack"}, {"aerial", "drone"}, {"firearms", "targeted"}, {"explosives", "targeted"}}

// sameActor reports whether two arguments can be the same party: one is
// unknown, both resolve to the same entity, or both have the same actor code
// naming a country ("Damascus" and "the Syrian Foreign Ministry" are both
// SYRGOV), or one names only the country of the other (SAU, SAUMIL).
func (a *annotator) sameActor(x, y sitrep.Argument) bool {
	if x.Entity < 0 || y.Entity < 0 || x.Entity == y.Entity {
		return true
	}
	cx, cy := ActorCode(a.doc, x), ActorCode(a.doc, y)
	if cx == "" || cy == "" || countryOf(cx) == "" || countryOf(cx) != countryOf(cy) {
		return false
	}
	// The same code, or a country and one of its state's sectors: the
	// headline's "Saudi-led coalition air strike" gives "Saudi" (SAU)
	// where the body names the coalition (SAUMIL). Not its rebels: "Syria
	// shelled Idlib" and "Syrian rebels shelled Idlib" are two attacks.
	return cx == cy || cx == countryOf(cx) && stateCode(cy) || cy == countryOf(cy) && stateCode(cx)
}

// stateAndItsForces reports whether x and y are a state's government and
// its armed forces, of one country ("Israel says it killed …", ISRGOV, and
// "The Israeli military said it had killed …", ISRMIL), who carry out one
// attack when a headline and its story name them (the caller asks that):
// in one story's body, the army's bombing of Nyala and the government's
// strikes "across Darfur" are two.
func (a *annotator) stateAndItsForces(x, y sitrep.Argument) bool {
	if x.Entity < 0 || y.Entity < 0 {
		return false
	}
	cx, cy := ActorCode(a.doc, x), ActorCode(a.doc, y)
	k := countryOf(cx)
	if k == "" || k != countryOf(cy) {
		return false
	}
	sx, sy := actor.SectorOf(cx), actor.SectorOf(cy)
	return sx == "GOV" && sy == "MIL" || sx == "MIL" && sy == "GOV"
}

// sameArmedDescription reports whether two actors are descriptions of
// one armed sector of no country: the headline's "jihadists" and the
// body's "jihadist fighters" (REB), who may carry out one attack. (Not
// recipients of aid, nor "officials" and "the administration", GOV, of
// which an article names many.)
func (a *annotator) sameArmedDescription(x, y sitrep.Argument) bool {
	cx := ActorCode(a.doc, x)
	return len(cx) == 3 && actor.Armed(cx) && cx == ActorCode(a.doc, y) && !a.named(x) && !a.named(y)
}

// vagueArmed reports whether x describes armed men of no group and no
// country ("Islamist rebels", "gunmen": REB, UAF) and y is an armed party
// they may be: the Islamic State that claims the attack the lead gave to
// "Islamist rebels", or a party of no code that claims it ("Gunmen
// attacked a checkpoint … The group claimed responsibility for the
// attack"). Not an army (MIL), which names its state. The caller asks too
// that y claim the act itself (reportedBy): "JNIM attacked a convoy near
// Gao" the same day is another attack.
func (a *annotator) vagueArmed(x, y sitrep.Argument) bool {
	cx, cy := ActorCode(a.doc, x), ActorCode(a.doc, y)
	if len(cx) != 3 || a.named(x) || !actor.Armed(cx) || cx == "MIL" || cy != "" && !actor.Armed(cy) {
		return false
	}
	s := actor.SectorOf(cy)
	return s != "MIL" && s != "COP"
}

// bearsArms reports whether an actor code names armed forces, an armed
// group or police.
func bearsArms(code string) bool {
	return actor.Armed(code) || actor.SectorOf(code) == "COP"
}

// stateCode reports whether actor code c names a country's state: its
// government, army, police or intelligence (SYRGOV, SAUMIL).
func stateCode(c string) bool {
	return len(c) >= 6 && actor.StateSector(c[3:6])
}

// samePlace reports whether two event places can be the same place: one is
// unknown, both are the same gazetteer entry, or one lies in the other
// (a town in its country or province).
func (a *annotator) samePlace(i, j int) bool {
	if i < 0 || j < 0 {
		return true
	}
	p, q := a.doc.Places[i], a.doc.Places[j]
	if p.GeonameID != 0 && p.GeonameID == q.GeonameID {
		return true
	}
	if p.Country != q.Country || p.Country == "" {
		return false
	}
	coarse := func(x, y sitrep.Place) bool {
		switch x.Precision {
		case sitrep.PrecisionCountry:
			return true
		case sitrep.PrecisionAdmin1:
			return x.Admin1 != "" && x.Admin1 == y.Admin1
		}
		return false
	}
	return coarse(p, q) || coarse(q, p)
}

// sameDate reports whether two governing dates can be the same day: one is
// only the publication date's default, or one value is a prefix of the other
// ("2017-10" and "2017-10-23").
func sameDate(x, y sitrep.SentenceDate) bool {
	if x.Value == "" || y.Value == "" || x.Time < 0 || y.Time < 0 {
		return true
	}
	return strings.HasPrefix(x.Value, y.Value) || strings.HasPrefix(y.Value, x.Value)
}

// recentDays is how many days before publication an act a sentence does
// not date may have happened: news tells of the last days.
const recentDays = 7

// datedApart reports whether one of e and c is dated only by publication
// and the other by a time that ended more than recentDays before it ("JNIM
// said its fighters killed 12 soldiers" and "accused the army of summary
// executions in the area last year"): the undated act is the news, the
// dated one is past. A later report that names the act as told ("the
// attack on May 1") dates it instead.
func (a *annotator) datedApart(e, c *candidate) bool {
	return longBefore(e.date, c.date) || longBefore(c.date, e.date) && !a.definiteAct(c)
}

// longBefore reports whether x is dated only by publication and the time
// y names ended more than recentDays before.
func longBefore(x, y sitrep.SentenceDate) bool {
	if x.Time >= 0 || y.Time < 0 || len(x.Value) != 10 {
		return false
	}
	published, ok := sitrep.DayNumber(x.Value)
	if !ok {
		return false
	}
	end, ok := lastDay(y.Value)
	return ok && end+recentDays < published
}

// lastDay returns the number of days since 1970-01-01 of the last day of
// a date value: a day, a week ("2024-W19"), a month or a year.
func lastDay(value string) (int, bool) {
	first, ok := sitrep.DayNumber(value)
	if !ok {
		return 0, false
	}
	switch {
	case len(value) >= 10:
		return first, true
	case len(value) > 5 && value[5] == 'W':
		return first + 6, true
	case len(value) == 7:
		t := time.Unix(int64(first)*86400, 0).UTC().AddDate(0, 1, 0)
		return int(t.Unix()/86400) - 1, true
	}
	t := time.Unix(int64(first)*86400, 0).UTC().AddDate(1, 0, 0)
	return int(t.Unix()/86400) - 1, true
}

// adjacentDays reports whether two governing dates are days one apart.
func adjacentDays(x, y sitrep.SentenceDate) bool {
	dx, okx := sitrep.DayNumber(x.Value)
	dy, oky := sitrep.DayNumber(y.Value)
	return okx && oky && len(x.Value) == 10 && len(y.Value) == 10 && (dx-dy == 1 || dy-dx == 1)
}

// countsAgree reports whether two casualty figures can count the same dead
// or injured: either is missing, or their ranges overlap.
func (a *annotator) countsAgree(i, j int) bool {
	if i < 0 || j < 0 {
		return true
	}
	x, y := a.doc.Figures[i].Count, a.doc.Figures[j].Count
	xmax, ymax := x.Max, y.Max
	if x.Open {
		xmax = int(^uint(0) >> 1)
	}
	if y.Open {
		ymax = int(^uint(0) >> 1)
	}
	return x.Min <= ymax && y.Min <= xmax
}

// narrows reports whether argument x names a sector of the country that
// is all y names: "the Saudi-led coalition" (SAUMIL) after "Saudi" (SAU).
func (a *annotator) narrows(x, y sitrep.Argument) bool {
	if x.Entity < 0 || y.Entity < 0 || x.Entity == y.Entity {
		return false
	}
	cx, cy := ActorCode(a.doc, x), ActorCode(a.doc, y)
	if countryOf(cy) != "" && countryOf(cy) == countryOf(cx) && actor.SectorOf(cy) == "GOV" && actor.SectorOf(cx) == "MIL" {
		return true // the state's forces narrow the state: ISRMIL over ISRGOV
	}
	return cy != "" && cy == countryOf(cy) && cx != cy && countryOf(cx) == cy && stateCode(cx)
}

// inHeadline reports whether figure fi stands in a headline, which rounds
// and shortens what the body states: a first paragraph of one sentence,
// before others, that holds no dateline (which opens a lede).
func (a *annotator) inHeadline(fi int) bool {
	return a.headlineSentence(a.sentenceOf(a.doc.Figures[fi].Start))
}

// headlineSentence reports whether sentence si is a headline: a first
// paragraph of one sentence, before others, that holds no dateline.
func (a *annotator) headlineSentence(si int) bool {
	ss := a.doc.Sentences
	if si >= len(ss) || ss[si].Paragraph != 0 || ss[len(ss)-1].Paragraph == 0 || si+1 < len(ss) && ss[si+1].Paragraph == 0 {
		return false
	}
	dl := a.doc.Meta.Dateline.Span
	return dl.IsEmpty() || !ss[si].Span.Overlaps(dl)
}

// named reports whether an argument is a proper-name mention.
func (a *annotator) named(arg sitrep.Argument) bool {
	return arg.Mention >= 0 && a.doc.Mentions[arg.Mention].Kind == sitrep.MentionName
}

// absorb adds c's evidence and arguments to e.
func (a *annotator) absorb(e, c *candidate) {
	e.evidence = append(grow(&a.spanMem, e.evidence, len(c.evidence)), c.evidence...)
	e.mode = betterMode(e.category, e.mode, c.mode)
	e.asserted = e.asserted || c.asserted
	if c.modality == sitrep.Asserted {
		e.modality = sitrep.Asserted
	}
	if actorUnlessTarget(e).Entity < 0 && actorUnlessTarget(c).Entity >= 0 || a.narrows(c.actor, e.actor) {
		e.actor = c.actor
	}
	if e.target.Entity < 0 && c.target.Entity >= 0 || e.target.IsEmpty() && !c.target.IsEmpty() ||
		!a.named(e.target) && a.named(c.target) {
		e.target = c.target // a named victim says more than "volunteers"
	}
	if e.place < 0 || c.place >= 0 && a.doc.Places[c.place].Precision != 0 && a.doc.Places[c.place].Precision < a.doc.Places[e.place].Precision {
		if c.place >= 0 {
			e.place = c.place
		}
	}
	if e.date.Time < 0 && c.date.Time >= 0 || e.date.Value == "" && c.date.Value != "" ||
		c.date.Time >= 0 && c.date.Precision != 0 && c.date.Precision < e.date.Precision {
		e.date = c.date
	}
	if e.dead < 0 || c.dead >= 0 && a.inHeadline(e.dead) && !a.inHeadline(c.dead) {
		e.dead = c.dead // the body's "at least 12 people" over the headline's "kills 12"
	}
	if e.injured < 0 || c.injured >= 0 && a.inHeadline(e.injured) && !a.inHeadline(c.injured) {
		e.injured = c.injured
	}
	e.figures = append(grow(&a.intMem, e.figures, len(c.figures)), c.figures...)
	e.sources = append(grow(&a.intMem, e.sources, len(c.sources)), c.sources...)
	for k, cl := range c.claims {
		// Claims of the same attribution and stance after the first are a
		// coordinated source's other speakers (see addCoClaim).
		co := slices.ContainsFunc(c.claims[:k], func(o sitrep.Claim) bool {
			return o.Attribution == cl.Attribution && o.Stance == cl.Stance
		})
		if co {
			a.addCoClaim(e, cl)
		} else {
			a.addClaim(e, cl)
		}
	}
	e.last = c.last
}
