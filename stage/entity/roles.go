package entity

import (
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
)

// assignRoles gives persons their role (an apposition, or else their title)
// and affiliation, and organizations the organization that owns them
// ("coalition's Operation Inherent Resolve").
func (a *annotator) assignRoles() {
	a.longestMention = 0
	for mi := range a.ms {
		a.longestMention = max(a.longestMention, a.ms[mi].end-a.ms[mi].first)
	}
	for mi := range a.ms {
		m := &a.ms[mi]
		if m.entity < 0 {
			continue
		}
		e := &a.ents[m.entity]
		switch {
		case m.typ == sitrep.PERSON && m.kind == sitrep.MentionName:
			a.personRole(mi, e)
		case m.typ == sitrep.PERSON && m.kind == sitrep.MentionNominal && e.role.IsEmpty() && !a.hasName(m.entity) && a.isRoleNoun(m):
			role, aff := a.roleFrom(mi, m.first)
			e.role = role
			if e.affiliation < 0 {
				e.affiliation = aff
			}
		case m.typ == sitrep.ORG && m.kind == sitrep.MentionName && e.affiliation < 0 && m.first >= 2 && isPossessive(a.words[m.first-1]):
			if o := a.mentionEndingAt(m.first - 1); o >= 0 && a.ms[o].typ == sitrep.ORG && a.ms[o].entity != m.entity {
				e.affiliation = a.ms[o].entity
			}
		}
	}
}

// personRole fills in the role of the person named by mention mi.
func (a *annotator) personRole(mi int, e *ent) {
	m := &a.ms[mi]
	if e.role.IsEmpty() {
		if t := a.titleStart(m.first); t < m.first {
			e.role = tokenSpan(a.toks, t, m.first)
			// "UN Secretary-General Antonio Guterres": the organization before
			// the title employs the person.
			if o := a.mentionEndingAt(t); t > 0 && o >= 0 && a.ms[o].typ == sitrep.ORG && e.affiliation < 0 && a.ms[o].entity >= 0 {
				e.affiliation = a.ms[o].entity
			}
			for k := t; k < m.first; k++ {
				if s := a.s.lex.titles[a.words[k]]; s != "" && e.roleSector == "" || s == "MIL" {
					e.roleSector = s
				}
				if en, ok := a.lookup(k, k+1); ok && (en.Kind == actor.KindDemonym || en.Kind == actor.KindCountry) && e.roleCountry == "" {
					e.roleCountry = en.Code
				}
			}
			if e.roleCountry == "" && t >= 2 && isPossessive(a.words[t-1]) {
				// "Russia's Foreign Minister Sergei Lavrov": the possessor
				// is the title's country.
				if o := a.mentionEndingAt(t - 1); o >= 0 && a.ms[o].inDict && a.ms[o].entry.Kind == actor.KindCountry {
					e.roleCountry = a.ms[o].entry.Code
				}
			}
		}
	}
	// An apposition before the name: "A spokesman for the SDF, Mustafa
	// Bali,", "Army spokesman Brig. Gen. Dawlat Waziri". (A description
	// that referred back before, "The governor said … Zulum added", is
	// none.)
	for oi := mi - 1; oi >= 0 && oi >= mi-4; oi-- {
		o := &a.ms[oi]
		if o.kind == sitrep.MentionNominal && o.typ == sitrep.PERSON && o.entity == m.entity && o.end <= m.first && a.appositionBefore(oi, m.first) {
			start := o.first
			if start > 0 && a.class(start-1)&(classDefinite|classIndefinite) != 0 {
				start--
			}
			role, aff := a.roleFrom(oi, start)
			if !role.IsEmpty() && role.End <= a.toks[m.first].Start {
				e.role = role
			}
			if aff >= 0 {
				e.affiliation = aff
			}
			return
		}
	}
	// An apposition: "Ryan Dillon, the spokesman for ...". (A description
	// that refers back later, "The governor said", is none.)
	for oi := mi + 1; oi < len(a.ms) && oi <= mi+3; oi++ {
		o := &a.ms[oi]
		if o.kind == sitrep.MentionNominal && o.typ == sitrep.PERSON && o.entity == m.entity && o.first > m.end && a.appositionAfter(m.end, oi) {
			start := m.end + 1
			role, aff := a.roleFrom(oi, start)
			if !role.IsEmpty() {
				e.role = role
			}
			if aff >= 0 {
				e.affiliation = aff
			}
			return
		}
	}
}

// appositionBefore reports whether description oi stands in apposition
// before a name starting at token first: right before it or its title
// ("spokesman John Kirby", "Army spokesman Brig. Gen. Dawlat Waziri"), or
// with its complement and a comma ("A spokesman for the SDF, Mustafa
// Bali").
func (a *annotator) appositionBefore(oi, first int) bool {
	t := a.titleStart(first)
	if o := &a.ms[oi]; t <= o.end && o.end <= first {
		return true // (a description may hold the title's first words: "Mayor Vitali Klitschko")
	}
	end := a.complementEnd(oi)
	return end+1 == t && a.words[end] == ","
}

// appositionAfter reports whether description oi follows a name ending
// before token end as its apposition: after a comma, a determiner and
// rank words ("Zulum, a former governor").
func (a *annotator) appositionAfter(end, oi int) bool {
	if end >= len(a.words) || a.words[end] != "," {
		return false
	}
	k := end + 1
	if k < len(a.words) && a.class(k)&(classDefinite|classIndefinite) != 0 {
		k++
	}
	for k < a.ms[oi].first && rankOf(a.lower(k)) != 0 {
		k++
	}
	return k == a.ms[oi].first
}

// roleFrom returns the role span starting at token start and running
// through description oi and its complement up to the next comma or the end
// of the sentence ("the spokesman for US-led anti-Daesh coalition's
// Operation Inherent Resolve (OIR)"), and the organization it names: the
// last one not possessed by a later one and not in parentheses, or an
// organization the description's modifiers evoke ("a coalition spokesman").
func (a *annotator) roleFrom(oi, start int) (sitrep.Span, int) {
	o := &a.ms[oi]
	end := o.end
	sentEnd := a.sentenceEnd(o.first)
	depth := 0
	// The complement: "for ...", "of ...".
	if end < sentEnd && (a.lower(end) == "for" || a.lower(end) == "of" || a.lower(end) == "at" || a.lower(end) == "with") {
		for end < sentEnd && end < o.end+25 {
			w := a.words[end]
			if w == "(" {
				depth++
			} else if w == ")" {
				depth--
			} else if depth <= 0 && (w == "," || w == ";" || w == "." || isDash(w) || a.is(end, classVerb)) {
				break
			}
			end++
		}
	}
	span := tokenSpan(a.toks, start, end)
	aff := -1
	depth = 0
	for mi := a.firstMention(span.Start); mi < len(a.ms) && a.ms[mi].span.Start < span.End; mi++ {
		x := &a.ms[mi]
		if x.entity < 0 || x.typ != sitrep.ORG || x.span.End > span.End || mi == oi {
			continue
		}
		if x.end < len(a.words) && isPossessive(a.words[x.end]) && a.fullToken(x) {
			continue
		}
		if x.first > 0 && a.words[x.first-1] == "(" {
			continue
		}
		aff = x.entity
	}
	if aff < 0 {
		// A modifier that evokes an organization: "a coalition spokesman".
		for k := o.first; k < o.end-1; k++ {
			if !a.is(k, classNominal) {
				continue
			}
			if n := a.s.lex.nominals[a.lower(k)]; n.typ == sitrep.ORG {
				if e := a.latestWithGroup(oi, n.group, sitrep.ORG); e >= 0 {
					aff = e
				}
			}
		}
	}
	return span, aff
}

// latestWithGroup returns the latest entity of type typ before mention mi
// one of whose mentions has a word of group.
func (a *annotator) latestWithGroup(mi int, group string, typ sitrep.EntityType) int {
	for oi := mi - 1; oi >= 0; oi-- {
		o := &a.ms[oi]
		if o.entity < 0 || o.typ != typ {
			continue
		}
		if a.hasGroupWord(o, group) {
			return o.entity
		}
	}
	return -1
}

// mentionEndingAt returns the outermost mention that ends before token k
// (its last token is k-1), or -1. Of mentions of the same length, the first
// in ms wins.
//
// Such a mention starts in the a.longestMention tokens before k, and ms is
// sorted by start (see sortMentions), so it looks at those mentions only:
// scanning all of them for each title and possessive cost a long text the
// square of its mentions.
func (a *annotator) mentionEndingAt(k int) int {
	if k <= 0 || k > len(a.toks) {
		return -1
	}
	from, to := a.toks[max(0, k-a.longestMention)].Start, a.toks[k-1].End
	lo := sort.Search(len(a.ms), func(i int) bool { return a.ms[i].span.Start >= from })
	best := -1
	for mi := lo; mi < len(a.ms) && a.ms[mi].span.Start < to; mi++ {
		m := &a.ms[mi]
		if m.end == k && a.fullToken(m) && (best < 0 || m.span.Len() > a.ms[best].span.Len()) {
			best = mi
		}
	}
	return best
}

// assignActors gives each entity its actor code: a dictionary code if one
// of its names has one; else a country (from demonyms, country names and
// "X-led" words in its mentions or title) and a sector (from the rightmost
// sector word of its names, descriptions or role); what is missing comes
// from the entity it is affiliated with.
func (a *annotator) assignActors() {
	n := len(a.ents)
	country := slices.Grow(a.countries[:0], n)[:n]
	sector := slices.Grow(a.sectors[:0], n)[:n]
	fixed := slices.Grow(a.fixed[:0], n)[:n]
	clear(country)
	clear(sector)
	clear(fixed)
	a.countries, a.sectors, a.fixed = country, sector, fixed
	for ei := range a.ents {
		e := &a.ents[ei]
		if e.code != "" { // a government made from a metonymy
			fixed[ei] = true
			continue
		}
		for _, mi := range e.mentions {
			m := &a.ms[mi]
			if m.inDict && m.kind == sitrep.MentionName && !m.metonym {
				switch m.entry.Kind {
				case actor.KindActor:
					e.code, fixed[ei] = m.entry.Code, true
				case actor.KindCountry, actor.KindDemonym:
					if m.span == tokenSpan(a.toks, m.first, m.end) || e.typ == sitrep.GPE || e.typ == sitrep.NORP {
						country[ei] = m.entry.Code
					}
				}
			}
			if fixed[ei] {
				break
			}
		}
		if fixed[ei] || e.typ == sitrep.GPE || e.typ == sitrep.NORP || e.typ == sitrep.LOC || e.typ == sitrep.FAC {
			if !fixed[ei] && country[ei] != "" && (e.typ == sitrep.GPE || e.typ == sitrep.NORP) {
				e.code = country[ei]
			}
			fixed[ei] = true
			continue
		}
		if e.typ != sitrep.ORG && e.typ != sitrep.PERSON {
			fixed[ei] = true
			continue
		}
		if code := a.armedNameCode(e); code != "" {
			e.code, fixed[ei] = code, true
			continue
		}
		country[ei], sector[ei] = e.roleCountry, e.roleSector
		fromRole := sector[ei] != ""
		sectorWords := 0 // the words of the mention the sector came from
		for _, mi := range e.mentions {
			m := &a.ms[mi]
			if m.kind == sitrep.MentionPronoun {
				continue
			}
			if country[ei] == "" {
				country[ei] = a.countryOf(m)
			}
			// The fullest mention's sector: a headline's "Ministry"
			// (GOV) is the lead's "Gaza health ministry" (HLH).
			if !fromRole && m.end-m.first > sectorWords && (e.typ == sitrep.ORG || m.kind == sitrep.MentionNominal) {
				if sec := a.sectorOf(m.span); sec != "" {
					sector[ei], sectorWords = sec, m.end-m.first
				}
			}
		}
		if sector[ei] == "" && !e.role.IsEmpty() && e.typ == sitrep.ORG {
			sector[ei] = a.sectorOf(e.role)
		}
	}
	// Affiliations fill in what is missing, along chains of any length.
	for range 3 {
		for ei := range a.ents {
			if fixed[ei] {
				continue
			}
			e := &a.ents[ei]
			if f := e.affiliation; f >= 0 && f != ei {
				fc, fs := splitCode(a.ents[f].code)
				if !fixed[f] {
					fc, fs = country[f], sector[f]
				}
				if e.typ == sitrep.PERSON && nonStateArmed(fc, fs) && (sector[ei] == "" || stateSector(sector[ei])) {
					// "An official of Kataib Hezbollah", "a commander of
					// the RSF": the group's man, whatever office the word
					// would hold in a state.
					country[ei], sector[ei] = fc, fs
					continue
				}
				if country[ei] == "" {
					country[ei] = fc
				}
				if sector[ei] == "" {
					sector[ei] = fs
				}
			}
		}
	}
	for ei := range a.ents {
		if !fixed[ei] {
			a.ents[ei].code = actor.Code(country[ei], sector[ei])
		}
	}
}

// nonStateArmed reports whether the code of country (or international
// group, IMGMUSREB) and sector is an armed party outside a state's
// forces: rebels, insurgents, separatists, armed men of no group. It
// allocates no joined code.
func nonStateArmed(country, sector string) bool {
	code := sector
	if code == "" {
		code = country
	}
	return actor.Armed(code) && actor.SectorOf(code) != "MIL"
}

// stateSector reports whether sector is a part of a state: the offices
// that "official", "commander" or "police chief" give a person.
func stateSector(sector string) bool {
	return actor.StateSector(sector) || sector == "LEG" || sector == "JUD"
}

// armedNameCode returns the code of the armed group whose name opens a
// description of armed men of e: "Boko Haram gunmen", "Wagner fighters"
// are the group's (NGAREB), not men of no group (UAF) of the country the
// text is about ("Anti-Houthi fighters" are not). A group's name before
// a suffix ("al-Qaeda-allied al-Shabaab fighters") gives way to a name
// standing alone. It returns "" if no description of e is such.
func (a *annotator) armedNameCode(e *ent) string {
	bound := "" // the code of a name before a suffix: "Hamas-run gunmen"
	for _, mi := range e.mentions {
		m := &a.ms[mi]
		if m.kind != sitrep.MentionNominal {
			continue
		}
		for oi := max(0, mi-maxNested); oi < len(a.ms) && oi <= mi+maxNested; oi++ {
			o := &a.ms[oi]
			// (The description's sector, a phrase lookup, is asked last:
			// few descriptions hold a name.)
			if oi != mi && o.kind == sitrep.MentionName && o.inDict && o.entry.Kind == actor.KindActor && actor.Armed(o.entry.Code) &&
				o.first >= m.first && o.end < m.end && !a.hyphenBefore(o) && actor.Armed(a.sectorOf(m.span)) {
				if !a.beforeSuffix(o) {
					return o.entry.Code
				}
				if bound == "" {
					bound = o.entry.Code
				}
			}
		}
	}
	return bound
}

// hyphenBefore reports whether a word is joined to the front of mention
// o by a hyphen: "Anti-Houthi fighters", "pro-Russian militias" are not
// the Houthis' or Russia's.
func (a *annotator) hyphenBefore(o *mention) bool {
	return o.span.Start > 0 && a.text[o.span.Start-1] == '-'
}

// maxNested bounds how far apart, in the sorted mentions, a description
// and a name inside it lie.
const maxNested = 3

// splitCode splits an actor code into its country (or international body)
// and sector.
func splitCode(code string) (country, sector string) {
	if c := actor.Country(code); c != "" {
		return c, code[len(c):]
	}
	if strings.HasPrefix(code, "IGO") || strings.HasPrefix(code, "NGO") || strings.HasPrefix(code, "IMG") {
		return code, ""
	}
	return "", code
}

// countryOf returns the country that mention m's words name: a demonym,
// a country, or the X of "X-led"; or "".
func (a *annotator) countryOf(m *mention) string {
	if m.country != "" {
		return m.country
	}
	if !a.fullToken(m) {
		return ""
	}
	for k := m.first; k < m.end; k++ {
		if !a.capitalized(k) || k == m.first && a.givenNameFirst(m) {
			continue
		}
		if e, ok := a.lookup(k, k+1); ok && (e.Kind == actor.KindDemonym || e.Kind == actor.KindCountry) {
			return e.Code
		}
	}
	return ""
}

// givenNameFirst reports whether person name m opens with a given name,
// which says no country even if it is a demonym ("German Galushchenko").
func (a *annotator) givenNameFirst(m *mention) bool {
	if m.typ != sitrep.PERSON || m.kind != sitrep.MentionName || m.end-m.first < 2 {
		return false
	}
	_, given := a.s.lex.givenNames[a.lower(m.first)]
	return given
}

// sectorOf returns the sector of the rightmost sector word or phrase in
// span, or "".
func (a *annotator) sectorOf(span sitrep.Span) string {
	words := appendFields(a.sectorWords[:0], a.lowerSpan(span))
	a.sectorWords = words
	for i := range words {
		words[i] = trimPunct(words[i])
	}
	maxN := a.s.actors.MaxSectorWords()
	// The phrase ending rightmost wins, the longest among those: "defense
	// ministry" (MIL) rather than "ministry" (GOV).
	for j := len(words); j > 0; j-- {
		for n := min(maxN, j); n >= 1; n-- {
			b := a.phraseBuf[:0]
			for k := j - n; k < j; k++ {
				if k > j-n {
					b = append(b, ' ')
				}
				b = append(b, words[k]...)
			}
			a.phraseBuf = b
			if s := a.s.actors.SectorKey(b); s == actor.NoSector {
				return ""
			} else if s != "" {
				return s
			}
		}
	}
	return ""
}

// isRoleNoun reports whether description m names a role one person holds
// ("the spokesman", "a security source"), not a group ("civilians").
func (a *annotator) isRoleNoun(m *mention) bool {
	return !strings.HasSuffix(m.head, "s") && m.group != "civilians" && m.head != "people" && m.head != "children"
}
