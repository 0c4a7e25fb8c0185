package entity

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
)

func (a *annotator) newEntity(typ sitrep.EntityType) int {
	n := len(a.ents)
	if n == cap(a.ents) {
		a.ents = append(a.ents, ent{})
	}
	// Reuse the mention list a previous document's entity left.
	a.ents = a.ents[:n+1]
	a.ents[n] = ent{typ: typ, affiliation: -1, mentions: a.ents[n].mentions[:0]}
	return n
}

func (a *annotator) join(mi, e int) {
	a.ms[mi].entity = e
	a.ents[e].mentions = append(a.ents[e].mentions, mi)
	if a.ents[e].gender == genderUnknown {
		a.ents[e].gender = a.ms[mi].gender
	}
}

// fullToken reports whether mention m covers whole tokens (it is not a part
// of a hyphenated word).
func (a *annotator) fullToken(m *mention) bool {
	return m.span == tokenSpan(a.toks, m.first, m.end)
}

// mentionWords returns the words of mention m (a part of a word for parts).
func (a *annotator) mentionWords(m *mention) []string {
	if !a.fullToken(m) {
		return []string{a.text[m.span.Start:m.span.End]}
	}
	return a.words[m.first:m.end]
}

// resolveNames groups the name mentions into entities.
//
// Mentions with the same type and key (actor.Key, without "the ") are one
// entity, as are dictionary names with the same canonical entry.
func (a *annotator) resolveNames() {
	byKey := &a.byKey // entity+1 by key; keys are built in buffers, so that lookups do not allocate
	byKey.reset()
	a.earlier.reset()
	for t := range a.resolved {
		a.resolved[t].mentions, a.resolved[t].indexed = a.resolved[t].mentions[:0], 0
	}
	for mi := range a.ms {
		m := &a.ms[mi]
		if m.kind != sitrep.MentionName {
			continue
		}
		if m.entity >= 0 {
			a.addResolved(mi)
			continue
		}
		if m.typ == sitrep.PERSON {
			m.gender = a.nameGender(mi)
		}
		key := append(append(a.nameBuf[:0], m.typ...), 0)
		key = a.appendKey(key, m.span)
		if rest := key[len(m.typ)+1:]; bytes.HasPrefix(rest, []byte("the ")) {
			key = append(key[:len(m.typ)+1], rest[len("the "):]...)
		}
		a.nameBuf = key
		canon := a.canonBuf[:0]
		if m.inDict {
			switch m.entry.Kind {
			case actor.KindActor, actor.KindCountry:
				canon = append(append(append(append(append(canon, m.typ...), 1), m.entry.Code...), 1), m.entry.Name...)
			case actor.KindDemonym:
				canon = append(append(append(canon, m.typ...), 1), m.entry.Code...)
			}
		}
		a.canonBuf = canon
		keyHash, canonHash := hashKey(key), uint64(0)
		if len(canon) > 0 {
			canonHash = hashKey(canon)
		}
		e := -1
		if m.link >= 0 && a.ms[m.link].entity >= 0 {
			e = a.ms[m.link].entity
		} else {
			if len(canon) > 0 {
				e = byKey.get(canon, canonHash) - 1
			}
			if e < 0 {
				e = byKey.get(key, keyHash) - 1
			}
			if e >= 0 && conflicts(m.gender, a.ents[e].gender) {
				e = -1 // "Mrs. Clinton" after "Mr. Clinton"
			}
			if e >= 0 && a.otherCountry(mi, e) {
				e = -1 // "Azerbaijan's Defense Ministry" after "Armenia's Defense Ministry"
			}
			if e < 0 {
				e = a.matchEarlier(mi)
			}
			if e < 0 {
				e = a.surnameBefore(mi)
			}
			if e < 0 {
				e = a.acronymBefore(mi)
			}
		}
		if e < 0 {
			e = a.newEntity(m.typ)
		}
		a.join(mi, e)
		if a.ents[e].country == "" && m.typ == sitrep.ORG {
			a.ents[e].country = a.nameCountry(mi)
		}
		a.addResolved(mi)
		byKey.set(key, keyHash, e+1)
		if len(canon) > 0 {
			byKey.set(canon, canonHash, e+1)
		}
	}
}

// surnameBefore returns the entity that a person's full name, mention mi,
// names in full after it was mentioned by the last word alone, or -1: a
// headline's "Zelensky: …" before "Ukrainian President Volodymyr
// Zelensky said". The entity must have no name of more than one word
// (then it is someone else's surname: "Bill Clinton" does not take
// "Hillary Clinton") and no other gender.
func (a *annotator) surnameBefore(mi int) int {
	m := &a.ms[mi]
	if m.typ != sitrep.PERSON || m.end-m.first < 2 || !a.fullToken(m) {
		return -1
	}
	key := append(append(a.nameBuf[:0], m.typ...), 0)
	key = a.appendKey(key, tokenSpan(a.toks, m.end-1, m.end))
	a.nameBuf = key
	e := a.byKey.get(key, hashKey(key)) - 1
	if e < 0 || conflicts(m.gender, a.ents[e].gender) {
		return -1
	}
	if len(a.ents[e].mentions) > maxSurnameMentions {
		return -1 // bounds the scan below on a long text
	}
	for _, oi := range a.ents[e].mentions {
		if o := &a.ms[oi]; o.kind == sitrep.MentionName && o.end-o.first > 1 {
			return -1
		}
	}
	return e
}

// acronymBefore returns the entity that an organization's full name,
// mention mi, names in full after it was mentioned by its acronym alone,
// or -1: a headline's "RSF shells market" before "Sudan's paramilitary
// Rapid Support Forces shelled". The entity must have no name but
// acronyms, as matchEarlier joins an acronym to the full name before it.
func (a *annotator) acronymBefore(mi int) int {
	m := &a.ms[mi]
	if m.typ != sitrep.ORG || m.end-m.first < 2 || !a.fullToken(m) {
		return -1
	}
	initials := a.initialsOf(m.first, m.end)
	if len(initials) < 3 {
		return -1 // "D.C." is no "Democratic Congress"
	}
	key := append(append(a.probeBuf[:0], m.typ...), 0)
	key = actor.AppendKey(key, string(initials))
	a.probeBuf = key
	e := a.byKey.get(key, hashKey(key)) - 1
	if e < 0 || len(a.ents[e].mentions) > maxSurnameMentions {
		return -1
	}
	for _, oi := range a.ents[e].mentions {
		if o := &a.ms[oi]; o.kind == sitrep.MentionName && (o.end-o.first > 1 || !isAcronym(a.words[o.first]) || o.inDict) {
			// (An acronym the dictionary knows stands for its own name:
			// the dateline's AFP is no "Armed Forces of the Philippines".)
			return -1
		}
	}
	return e
}

// maxSurnameMentions bounds the mentions of an entity known by a surname
// alone that surnameBefore looks through: a headline and a lead name a
// person a few times before the full name.
const maxSurnameMentions = 64

// functionWords are skipped when an acronym is matched against initials.
var functionWords = map[string]bool{"of": true, "for": true, "the": true, "and": true, "in": true,
	"on": true, "de": true, "al": true, "el": true, "du": true, "des": true, "la": true, "le": true, "&": true}

// matchEarlier returns the latest entity, not of another gender, whose name
// this mention shortens or abbreviates, or -1: "Dillon" for "Ryan Dillon",
// "SOHR" for "Syrian Observatory for Human Rights", "Syrian Arab Crescent"
// for "Syrian Arab Red Crescent".
//
// It looks at the mentions resolveNames has resolved so far, which are the
// names before mi with an entity: all of them, latest first, while they are
// few, and else only those that share the word it needs, through their
// index (see earlierNames).
func (a *annotator) matchEarlier(mi int) int {
	m := &a.ms[mi]
	q := nameQuery{mi: mi, words: a.mentionWords(m), country: a.nameCountry(mi)}
	if len(q.words) == 0 {
		return -1 // a mention of no token: nothing to compare
	}
	if m.typ != sitrep.PERSON && len(q.words) == 1 {
		if !isAcronym(q.words[0]) {
			return -1 // one word, no acronym, no person: no case of shortens holds
		}
		q.acronym = strings.ReplaceAll(q.words[0], ".", "")
	}
	earlier := a.resolvedOf(m.typ)
	if earlier == nil {
		return -1
	}
	o := -1
	if len(earlier.mentions) <= maxScannedNames {
		for k := len(earlier.mentions) - 1; k >= 0; k-- {
			if a.shortens(&q, earlier.mentions[k]) {
				o = earlier.mentions[k]
				break
			}
		}
	} else {
		a.indexResolved(earlier)
		o = a.earlier.latest(a, &q)
	}
	if o < 0 {
		return -1
	}
	return a.ms[o].entity
}

// A nameQuery is a name mention that matchEarlier matches with earlier
// ones.
type nameQuery struct {
	mi      int
	words   []string // the mention's words
	acronym string   // its one word without periods, if that is an acronym and it is no person
	country string   // the country it gives (see nameCountry)
}

// shortens reports whether the name of mention q shortens or abbreviates
// that of mention oi, resolved before it.
func (a *annotator) shortens(q *nameQuery, oi int) bool {
	o := &a.ms[oi]
	if o.metonym || !a.fullToken(o) {
		return false // a part of a word ("US" of "US-led") is one word, too short for every case below
	}
	mw, ow := q.words, a.words[o.first:o.end]
	if c := a.ents[o.entity].country; q.country != "" && c != "" && c != q.country {
		return false // "Azerbaijan's Defense Ministry" is not the "Armenian Defense Ministry"
	}
	switch {
	case o.typ == sitrep.PERSON:
		if conflicts(a.ms[q.mi].gender, a.ents[o.entity].gender) {
			return false // "Mrs. Clinton" is not "Bill Clinton"
		}
		// The same name as an earlier one reaches here when the latest
		// entity of that name is of the other gender: "Mr. Clinton" after
		// "Mrs. Clinton" after "Mr. Clinton".
		return len(mw) <= len(ow) && (subsequence(mw, ow) && mw[len(mw)-1] == ow[len(ow)-1] || len(mw) == 1 && (mw[0] == ow[0] || particleCapitalized(mw[0], ow[len(ow)-1])))
	case len(mw) == 1:
		return len(ow) >= 2 && q.acronym != "" && string(a.initialsOf(o.first, o.end)) == q.acronym
	}
	return len(ow) >= 2 && mw[len(mw)-1] == ow[len(ow)-1] && (subsequence(mw, ow) || subsequence(ow, mw))
}

// particleCapitalized reports whether surname w is surname o with its
// particle capitalized, as at the start of a sentence: "Al-Otaibi said"
// after "Saleh al-Otaibi".
func particleCapitalized(w, o string) bool {
	dash := strings.IndexByte(o, '-')
	return dash > 0 && dash <= 3 && len(w) == len(o) && 'a' <= o[0] && o[0] <= 'z' && w[0] == o[0]-'a'+'A' && w[1:] == o[1:]
}

// nameCountry returns the country that organization name mention mi
// gives: by a country or demonym among its words ("Armenian Defense
// Ministry"), or by a country's possessive right before it ("Azerbaijan's
// Defense Ministry"); or "".
func (a *annotator) nameCountry(mi int) string {
	m := &a.ms[mi]
	if m.typ != sitrep.ORG || m.kind != sitrep.MentionName {
		return ""
	}
	if c := a.countryOf(m); c != "" {
		return c
	}
	if !a.fullToken(m) || m.first < 2 || !isNamePossessive(a.words[m.first-1]) || a.toks[m.first-2].End != a.toks[m.first-1].Start {
		return ""
	}
	for oi := mi - 1; oi >= 0 && a.ms[oi].end >= m.first-1; oi-- {
		if o := &a.ms[oi]; o.end == m.first-1 && o.inDict && o.entry.Kind == actor.KindCountry {
			return o.entry.Code
		}
	}
	return ""
}

// otherCountry reports whether organization name mention mi gives a
// country (see nameCountry) other than the one entity e's names gave: two
// countries' ministries are two bodies.
func (a *annotator) otherCountry(mi, e int) bool {
	if e < 0 || a.ents[e].country == "" {
		return false
	}
	c := a.nameCountry(mi)
	return c != "" && c != a.ents[e].country
}

// subsequence reports whether short's words appear in long in order.
func subsequence(short, long []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}

// hasGroupWord reports whether a word of mention o evokes group: it is the
// group's name or a description's head in it.
func (a *annotator) hasGroupWord(o *mention, group string) bool {
	if !a.fullToken(o) {
		return groupHas(a.s.lex, group, a.text[o.span.Start:o.span.End], "")
	}
	for k := o.first; k < o.end; k++ {
		if groupHas(a.s.lex, group, a.words[k], a.lower(k)) {
			return true
		}
	}
	return false
}

// groupHas reports whether word w, whose lower case is lower if not "",
// evokes group.
func groupHas(lx *lexicon, group, w, lower string) bool {
	if strings.EqualFold(w, group) {
		return true
	}
	if lower == "" {
		lower = strings.ToLower(w)
	}
	if !lx.heads.MayHave(lower) { // it has every nominal, and rejects most words before the map
		return false
	}
	n, ok := lx.nominals[lower]
	return ok && n.group == group
}

// resolveNominals groups descriptions with the entities they describe.
func (a *annotator) resolveNominals() {
	a.groupsIndexed = len(a.ms) > maxScannedMentions
	if a.groupsIndexed {
		a.indexGroups()
	}
	for mi := range a.ms {
		m := &a.ms[mi]
		if m.kind != sitrep.MentionNominal || m.entity >= 0 {
			continue
		}
		e := a.resolveNominal(mi)
		if e < 0 {
			e = a.newEntity(m.typ)
		}
		a.join(mi, e)
	}
}

func (a *annotator) resolveNominal(mi int) int {
	m := &a.ms[mi]
	// Apposition: "the Syrian state news agency SANA", "spokesman John
	// Kirby", and over a person's title, "Army spokesman Brig. Gen. Dawlat
	// Waziri".
	for oi := mi + 1; oi < len(a.ms) && a.ms[oi].first <= m.end+maxTitleWords; oi++ {
		o := &a.ms[oi]
		if o.kind != sitrep.MentionName || o.typ != m.typ || !a.fullToken(o) {
			continue
		}
		if o.first == m.end || o.typ == sitrep.PERSON && o.first > m.end && a.titleStart(o.first) == m.end {
			return o.entity
		}
	}
	if e := a.nameModifier(mi); e >= 0 {
		return e
	}
	if e := a.ownerBefore(mi); e >= 0 {
		return e
	}
	// Apposition after a comma: "Ryan Dillon, the spokesman for ...".
	if p := a.appositionHost(mi); p >= 0 {
		return a.ms[p].entity
	}
	// And before one: "A spokesman for the SDF, Mustafa Bali, said"; not
	// people in the plural ("killing four civilians, Nimr Makhlouf, the
	// governor, said").
	if m.typ == sitrep.PERSON && a.isRoleNoun(m) {
		if end := a.complementEnd(mi); end+1 < len(a.toks) && a.words[end] == "," {
			for oi := mi + 1; oi < len(a.ms) && a.ms[oi].first <= end+1; oi++ {
				o := &a.ms[oi]
				if o.first == end+1 && o.kind == sitrep.MentionName && o.typ == sitrep.PERSON && o.entity >= 0 {
					return o.entity
				}
			}
		}
	}
	if m.group == "government" && m.country != "" {
		return a.government(m.country)
	}
	if m.indef || m.group == "new" {
		return -1
	}
	if m.ofPerson {
		return a.ownersDescribed(mi)
	}
	if e := a.headlineHolder(mi); e >= 0 {
		return e
	}
	if m.group == "subject" {
		if e := a.latestSubject(mi, sitrep.ORG); e >= 0 {
			return e
		}
		return a.soleArmedGroup(mi)
	}
	if e, ok := a.titleHolder(mi); ok {
		return e
	}
	if e := a.latestDescribed(mi); e >= 0 {
		return e
	}
	return a.headOfGovernment(mi)
}

// latestDescribed returns the latest entity of the type of description mi
// one of whose mentions has a word of its group and its content
// modifiers (see describedBy); in a long text, among the mentions the
// group index lists. Or -1.
func (a *annotator) latestDescribed(mi int) int {
	mods := a.contentModifiers(mi)
	if a.groupsIndexed {
		list := a.byGroup[a.ms[mi].group]
		n, _ := slices.BinarySearch(list, int32(mi))
		for k := n - 1; k >= 0; k-- {
			if e := a.describedBy(mi, int(list[k]), mods); e >= 0 {
				return e
			}
		}
		return -1
	}
	for oi := mi - 1; oi >= 0; oi-- {
		if e := a.describedBy(mi, oi, mods); e >= 0 {
			return e
		}
	}
	return -1
}

// ownersDescribed resolves a description of a person's own, mention mi
// ("his spokesman"), to the latest entity it describes only when that one
// was named beside its owner: the person named before it in its sentence,
// whom "his" most likely stands for, must share a sentence with one of the
// entity's mentions. "Putin has no plans to travel, his spokesman said"
// is the Peskov of "Putin will not attend, Kremlin spokesman Dmitry Peskov
// said"; "Guterres was appalled, his spokesman said" is not the civil
// defence spokesman named two paragraphs before.
func (a *annotator) ownersDescribed(mi int) int {
	m := &a.ms[mi]
	sent := a.sentOf[m.first]
	owner := -1
	for oi := mi - 1; oi >= 0 && a.sentOf[a.ms[oi].first] == sent; oi-- {
		if o := &a.ms[oi]; o.typ == sitrep.PERSON && o.kind == sitrep.MentionName && o.entity >= 0 {
			owner = o.entity
			break
		}
	}
	if owner < 0 {
		return -1
	}
	e := a.latestDescribed(mi)
	if e < 0 || a.otherSidesAgent(e, owner, mi) {
		return -1 // "Netanyahu rejected it, Hamas spokesman Hazem Qassem said"
	}
	ownerSentences := map[int32]bool{}
	for _, y := range a.ms[:mi] {
		if y.entity == owner {
			ownerSentences[a.sentOf[y.first]] = true
		}
	}
	for _, x := range a.ms[:mi] {
		if x.entity == e && ownerSentences[a.sentOf[x.first]] {
			return e
		}
	}
	return -1
}

// otherSidesAgent reports whether a description of entity e before
// mention mi is modified by a name whose actor code is of another country
// than the owner's: "Hamas spokesman Hazem Qassem" speaks for no Israeli
// prime minister. Unknown codes tell nothing.
func (a *annotator) otherSidesAgent(e, owner, mi int) bool {
	ownerCode := ""
	for k := range a.ms[:mi] {
		if a.ms[k].entity != owner {
			continue
		}
		if c := a.codeSoFar(&a.ms[k]); len(c) >= 3 {
			ownerCode = c
			break
		}
		// "Israeli Prime Minister Benjamin Netanyahu": the demonym of
		// the title says the country.
		for n := k - 1; n >= 0 && a.ms[k].first-a.ms[n].end <= 3 && a.sentOf[a.ms[n].first] == a.sentOf[a.ms[k].first]; n-- {
			if o := &a.ms[n]; o.inDict && (o.entry.Kind == actor.KindCountry || o.entry.Kind == actor.KindDemonym) && len(o.entry.Code) >= 3 {
				ownerCode = o.entry.Code
				break
			}
		}
		if ownerCode != "" {
			break
		}
	}
	if ownerCode == "" {
		return false
	}
	var descs []int // e's descriptions before mi
	for k := range a.ms[:mi] {
		if a.ms[k].entity == e && a.ms[k].kind == sitrep.MentionNominal {
			descs = append(descs, k)
		}
	}
	if len(descs) == 0 {
		return false
	}
	for n := range a.ms[:mi] {
		name := &a.ms[n]
		if name.kind != sitrep.MentionName || name.entity == e {
			continue
		}
		for _, k := range descs {
			d := &a.ms[k]
			if name.end != d.first && (name.first < d.first || name.end > d.end) {
				continue // a name right before the description, or inside it
			}
			if c := a.codeSoFar(name); len(c) >= 3 && c[:3] != ownerCode[:3] {
				return true
			}
		}
	}
	return false
}

// maxLeaderScan bounds how many mentions headOfGovernment looks back over,
// so that a long text's descriptions cost no more than a short one's.
const maxLeaderScan = 512

// headOfGovernment returns the person that "the Turkish president" or
// "the Israeli prime minister", mention mi, stands for when the text has
// named none with that title: the one person named so far whom the actor
// dictionary lists in that country's government ("Recep Tayyip Erdogan",
// TURGOV). With two such persons ("Erdogan met Cavusoglu") the title
// alone cannot tell them apart, and it returns -1.
func (a *annotator) headOfGovernment(mi int) int {
	m := &a.ms[mi]
	if m.typ != sitrep.PERSON || !m.definite || m.country == "" {
		return -1
	}
	if m.head != "president" && !(m.head == "minister" && m.end >= 2 && a.words[m.end-2] == "prime") {
		return -1
	}
	code := actor.Code(m.country, "GOV")
	found := -1
	for oi := mi - 1; oi >= 0 && oi >= mi-maxLeaderScan; oi-- {
		o := &a.ms[oi]
		if o.kind != sitrep.MentionName || o.typ != sitrep.PERSON || o.entity < 0 || !o.inDict || o.entry.Kind != actor.KindActor || o.entry.Code != code {
			continue
		}
		if found >= 0 && found != o.entity {
			return -1
		}
		found = o.entity
	}
	return found
}

// describedBy returns the entity of mention oi if description mi, whose
// content modifiers are mods, can describe it: same type, no other
// country, the modifiers and a word of the group among its words; or -1.
func (a *annotator) describedBy(mi, oi int, mods []int) int {
	m, o := &a.ms[mi], &a.ms[oi]
	if o.entity < 0 || o.typ != m.typ || o.metonym {
		return -1
	}
	if o.kind == sitrep.MentionNominal && o.group == m.group && m.country != "" && o.country != "" && o.country != m.country {
		return -1
	}
	if o.kind == sitrep.MentionNominal && titleDescribed(m.group) && a.descriptionRank(oi) != a.descriptionRank(mi) {
		return -1 // "the next president" is not "the vice president" before
	}
	if (m.group == "army" || m.head == "troops") && a.nonStateArmed(o) {
		return -1 // "the army" is the state's, not the New People's Army
	}
	bare := a.headlineBare(o, m)
	if !bare && !a.hasAll(a.mentionWords(o), o, mods) || !a.hasGroupWord(o, m.group) {
		return -1
	}
	if ctl := a.controller(mi); ctl != "" && !bare && !strings.Contains(strings.ToLower(a.text[o.span.Start:o.span.End]), ctl) {
		return -1 // "the Hamas-run health ministry" is not Israel's
	}
	if m.possessive && a.entityCountry(o.entity, mi) != m.country {
		// "Israel's president" is not Erdogan, nor "Germany's president"
		// the "President Obama" before it; "Zambia's president" is the
		// "President Hakainde Hichilema" who "met donors in Lusaka".
		return -1
	}
	return o.entity
}

// entityCountry returns the country that a mention of entity e before
// mention mi names, or else the one that a country, its people or its
// seat of government names in the sentence of the entity's first mention
// ("President Hakainde Hichilema met donors in Lusaka"), or "".
func (a *annotator) entityCountry(e, mi int) string {
	first := -1
	for oi := range mi {
		if o := &a.ms[oi]; o.entity == e {
			if c := a.countryOf(o); c != "" {
				return c
			}
			if first < 0 {
				first = oi
			}
		}
	}
	if first < 0 {
		return ""
	}
	sent := a.doc.Sentences[a.ms[first].sentence]
	for oi := a.firstMention(sent.Start); oi < len(a.ms) && a.ms[oi].span.Start < sent.End; oi++ {
		if o := &a.ms[oi]; o.inDict && (o.entry.Kind == actor.KindCountry || o.entry.Kind == actor.KindSeat || o.entry.Kind == actor.KindDemonym) {
			return o.entry.Code
		}
	}
	return ""
}

// maxScannedMentions is how many mentions a document may have before
// resolveNominals looks descriptions up in the group index rather than
// scanning back over every mention (a variable so that tests can make
// every document use the index).
var maxScannedMentions = 1024

// indexGroups lists, for each group of descriptions, the mentions that
// have a word of it (see hasGroupWord), in text order.
func (a *annotator) indexGroups() {
	if a.byGroup == nil {
		a.byGroup = map[string][]int32{}
	}
	for g, l := range a.byGroup {
		a.byGroup[g] = l[:0]
	}
	lx := a.s.lex
	add := func(g string, mi int) {
		l := a.byGroup[g]
		if n := len(l); n == 0 || l[n-1] != int32(mi) {
			a.byGroup[g] = append(l, int32(mi))
		}
	}
	for mi := range a.ms {
		o := &a.ms[mi]
		var words []string
		if a.fullToken(o) {
			words = a.words[o.first:o.end]
		} else {
			words = []string{a.text[o.span.Start:o.span.End]} // as hasGroupWord reads it
		}
		for _, w := range words {
			lower := strings.ToLower(w)
			if lx.groups[lower] {
				add(lower, mi) // the word names a group: strings.EqualFold in groupHas
			}
			if lx.heads.MayHave(lower) {
				if n, ok := lx.nominals[lower]; ok {
					add(n.group, mi)
				}
			}
		}
	}
}

// nameModifier returns the entity of a name of the same type among the
// modifiers of description mi, which is what it describes: "the RIA news
// agency" is RIA, not the news agency named earlier; or -1. A country or
// demonym ("the Syrian news agency") only restricts what it describes.
func (a *annotator) nameModifier(mi int) int {
	m := &a.ms[mi]
	is := func(o *mention) bool {
		return o.kind == sitrep.MentionName && o.typ == m.typ && o.entity >= 0 && o.first >= m.first && o.end < m.end &&
			!(o.inDict && (o.entry.Kind == actor.KindDemonym || o.entry.Kind == actor.KindCountry)) && !a.afterPrefix(o) && !a.beforeSuffix(o)
	}
	for oi := mi - 1; oi >= 0 && a.ms[oi].first == m.first; oi-- {
		if is(&a.ms[oi]) {
			return a.ms[oi].entity
		}
	}
	for oi := mi + 1; oi < len(a.ms) && a.ms[oi].first < m.end; oi++ {
		if is(&a.ms[oi]) {
			return a.ms[oi].entity
		}
	}
	return -1
}

// ownerBefore returns the entity of an organization named just before
// description mi, of which it is a part or which it is: "the U.N. refugee
// agency" and "the EU's executive agency" are bodies of the U.N. and the
// EU, not the Russian news agency named before them. Up to two words the
// lexicon does not list as function words may stand between ("refugee",
// "executive"), or the possessive. Countries and peoples only restrict
// what a description refers to (see nameModifier), and persons are not
// organizations ("the Obama campaign" is not Obama). Or -1.
func (a *annotator) ownerBefore(mi int) int {
	m := &a.ms[mi]
	if m.typ != sitrep.ORG || placedOutlets[m.head] {
		return -1
	}
	const between = classVerb | classAux | classDefinite | classIndefinite | classPreposition | classFollower | classPersonPronoun | classIt | classThey | classClauseStart | classFunction
	k := m.first
	for n := 0; n < 2 && k > 0 && a.shapes[k-1]&shapeCapitalized == 0 && a.class(k-1)&between == 0 && modifiesDescription(a.words[k-1]); n++ {
		k--
	}
	if k > 0 && (a.words[k-1] == "'s" || a.words[k-1] == "’s") {
		k--
	}
	for oi := mi - 1; oi >= 0 && a.ms[oi].end >= k; oi-- {
		o := &a.ms[oi]
		if o.end == k && o.sentence == m.sentence && o.kind == sitrep.MentionName && o.typ == sitrep.ORG && o.entity >= 0 && a.fullToken(o) &&
			!(o.inDict && (o.entry.Kind == actor.KindDemonym || o.entry.Kind == actor.KindCountry)) && !a.afterPrefix(o) && !a.beforeSuffix(o) {
			return o.entity
		}
	}
	return -1
}

// placedOutlets take no owner from the name before them: most often that
// name is a place's, which locates the outlet ("the former Augusta
// afternoon newspaper", "New Hampshire's largest newspaper", "a Beirut TV
// station"), and the tagger may have typed it ORG. (So an organization's
// own station, "the Hezbollah television station", is not joined to it
// either.)
var placedOutlets = map[string]bool{"newspaper": true, "newspapers": true, "paper": true, "daily": true, "station": true, "radio": true, "television": true, "channel": true, "broadcaster": true, "tv": true}

// modifiesDescription reports whether w, a word of lower-case letters
// (and hyphens), can modify a description ("refugee", "executive"),
// rather than a number, a mark or a verb's form in -ed or -ing.
func modifiesDescription(w string) bool {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false // a verb, most likely: "the KGB planted newspaper articles"
	}
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// afterPrefix reports whether name mention o is the part of a word after
// a prefix such as "anti-" or "ex-": the "US-led anti-Daesh coalition" is
// not Daesh, nor are "anti-Trump protesters" Trump.
func (a *annotator) afterPrefix(o *mention) bool {
	start := a.toks[o.first].Start
	if o.span.Start <= start {
		return false
	}
	head := a.text[start:o.span.Start]
	return len(head) > 1 && head[len(head)-1] == '-' && hyphenPrefixes[strings.ToLower(head[:len(head)-1])]
}

// controller returns, in lower case, the name that controls description
// mi through a suffix such as "-run" ("Hamas" of "the Hamas-run health
// ministry"), or "".
func (a *annotator) controller(mi int) string {
	m := &a.ms[mi]
	for oi := mi + 1; oi < len(a.ms) && a.ms[oi].first < m.end; oi++ {
		if o := &a.ms[oi]; o.kind == sitrep.MentionName && o.first >= m.first && a.beforeSuffix(o) {
			return strings.ToLower(a.text[o.span.Start:o.span.End])
		}
	}
	for oi := mi - 1; oi >= 0 && a.ms[oi].first >= m.first; oi-- {
		if o := &a.ms[oi]; o.kind == sitrep.MentionName && o.end <= m.end && a.beforeSuffix(o) {
			return strings.ToLower(a.text[o.span.Start:o.span.End])
		}
	}
	return ""
}

// beforeSuffix reports whether name mention o is the part of a word before
// a suffix such as "-run" or "-backed": the "Hamas-run health ministry" is
// not Hamas, but the body Hamas runs.
func (a *annotator) beforeSuffix(o *mention) bool {
	end := a.toks[o.end-1].End
	if o.span.End >= end {
		return false
	}
	tail := a.text[o.span.End:end]
	return len(tail) > 1 && tail[0] == '-' && hyphenSuffixes[strings.ToLower(tail[1:])]
}

// contentModifiers returns the modifiers of description mi that restrict
// what it can refer to: other heads ("government" in "government forces")
// countries or demonyms ("Syrian"), portfolios ("foreign") and the words
// of other names ("Ohio" in "the Ohio governor", who is not the Florida
// governor before); not evaluative words ("illegitimate international
// coalition"). The slice is valid until the next call.
func (a *annotator) contentModifiers(mi int) []int {
	m := &a.ms[mi]
	out := a.mods[:0]
	for k := m.first; k < m.end-1; k++ {
		if a.is(k, classNominal) && !a.capitalized(k) || isPortfolio(a.words[k]) || a.namesWord(k) {
			out = append(out, k)
			continue
		}
		if e, ok := a.lookup(k, k+1); ok && (e.Kind == actor.KindDemonym || e.Kind == actor.KindCountry) {
			out = append(out, k)
		}
	}
	a.mods = out
	return out
}

// namesWord reports whether token k, in a description, is a word of a
// name: capitalized, but neither a modifier or head the lexicon lists
// (capitalized at a sentence's start: "Senior officials") nor a word
// joined by a hyphen ("the US-led coalition" is the coalition led by the
// United States).
func (a *annotator) namesWord(k int) bool {
	return a.capitalized(k) && a.class(k)&(classModifier|classNominal) == 0 && strings.IndexByte(a.words[k], '-') < 0
}

// portfolios are the modifiers that tell one ministry of a government
// from another: "the foreign ministry" is not "the health ministry" before
// it, though both are "the ministry" after.
var portfolios = []string{"foreign", "interior", "defense", "defence", "health"}

// isPortfolio reports whether w is one of the portfolios, in any case,
// without allocating a lower-case copy.
func isPortfolio(w string) bool {
	for _, p := range portfolios {
		if strings.EqualFold(w, p) {
			return true
		}
	}
	return false
}

// sameSpelling reports whether two words are one in British and American
// spelling: "defence" and "defense".
// It allocates nothing: hasAll asks it of every pair of words it compares.
func sameSpelling(a, b string) bool {
	if len(a) != len(b) || len(a) < 4 {
		return false
	}
	sa, sb := a[len(a)-4:], b[len(b)-4:]
	return (strings.EqualFold(sa, "ence") && strings.EqualFold(sb, "ense") || strings.EqualFold(sa, "ense") && strings.EqualFold(sb, "ence")) &&
		strings.EqualFold(a[:len(a)-3], b[:len(b)-3])
}

// hasAll reports whether a mention with words (mention o) has each content
// modifier: the same word, or for a demonym the same country.
func (a *annotator) hasAll(words []string, o *mention, mods []int) bool {
	for _, k := range mods {
		found := false
		for _, w := range words {
			found = found || strings.EqualFold(w, a.words[k]) || sameSpelling(w, a.words[k])
		}
		if !found {
			if e, ok := a.lookup(k, k+1); ok && e.Code != "" && (o.country == e.Code || a.countryOf(o) == e.Code) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// headlineBare reports whether description o is a headline's bare head
// noun of m's group, which the lead then describes in full: "Coalition
// says Saada strike hit depot" before "The Saudi-led coalition …" (a
// headline drops the modifiers the lead gives).
func (a *annotator) headlineBare(o, m *mention) bool {
	return o.kind == sitrep.MentionNominal && a.afterDateline > 0 && o.end < a.afterDateline && m.first >= a.afterDateline &&
		o.end-o.first == 1 && o.head == m.head
}

// appositionHost returns the name mention that description mi is in
// apposition to ("Ryan Dillon, the spokesman ..."), or -1.
func (a *annotator) appositionHost(mi int) int {
	m := &a.ms[mi]
	k := m.first - 1
	if k >= 0 && a.class(k)&(classDefinite|classIndefinite) != 0 {
		k--
	}
	if k < 1 || a.words[k] != "," || !a.closesApposition(mi) {
		return -1
	}
	for oi := mi - 1; oi >= 0; oi-- {
		o := &a.ms[oi]
		if o.end < k {
			break
		}
		if o.end == k && o.kind == sitrep.MentionName && o.typ == m.typ && o.entity >= 0 {
			return oi
		}
	}
	return -1
}

// government returns the entity of a country's government, making it the
// first time.
func (a *annotator) government(country string) int {
	for e := range a.ents {
		if a.ents[e].isGov && a.ents[e].govOf == country {
			return e
		}
	}
	e := a.newEntity(sitrep.ORG)
	a.ents[e].isGov, a.ents[e].govOf = true, country
	a.ents[e].code = actor.Code(country, "GOV")
	return e
}

// firstMention returns the index of the first mention starting at or after
// byte offset pos. While findPronouns appends pronouns after the sorted
// mentions, it searches the sorted ones only: a binary search over the
// whole would land among the pronouns, earlier in the text, as the count
// of mentions happens to make it.
func (a *annotator) firstMention(pos int) int {
	n := len(a.ms)
	if a.sortedMentions > 0 {
		n = a.sortedMentions
	}
	return sort.Search(n, func(i int) bool { return a.ms[i].span.Start >= pos })
}

var prepositions = map[string]bool{"in": true, "on": true, "at": true, "of": true, "for": true,
	"to": true, "from": true, "by": true, "with": true, "against": true, "near": true, "about": true,
	"into": true, "over": true, "under": true, "after": true, "before": true, "during": true,
	"since": true, "between": true, "across": true, "through": true, "via": true, "than": true,
	"toward": true, "towards": true, "outside": true, "inside": true, "around": true, "like": true}

// subject returns the mention in subject position of sentence si: its first
// mention that is not inside another and not the object of a preposition;
// or -1. A capital standing for its government yields the government.
func (a *annotator) subject(si int) int {
	if si < 0 || si >= len(a.doc.Sentences) {
		return -1
	}
	sent := a.doc.Sentences[si]
	from := sent.Start
	if d := a.afterDateline; d > 0 && d < len(a.toks) && sent.Start < a.toks[d].Start && a.toks[d].Start < sent.End {
		from = a.toks[d].Start // "RIYADH, Feb 7 (AP) — The coalition said": the lead's subject
	}
	coveredTo := -1
	for mi := a.firstMention(from); mi < len(a.ms) && a.ms[mi].span.Start < sent.End; mi++ {
		m := &a.ms[mi]
		if m.span.End <= coveredTo || !a.fullToken(m) || m.kind == sitrep.MentionPronoun && m.entity < 0 {
			continue
		}
		coveredTo = max(coveredTo, m.span.End)
		k := m.first - 1
		if k >= sent.Tokens.Start && a.class(k)&(classDefinite|classIndefinite) != 0 {
			k--
		}
		if k >= sent.Tokens.Start && a.is(k, classPreposition) {
			continue
		}
		if mi+1 < len(a.ms) && a.ms[mi+1].span == m.span && a.ms[mi+1].metonym {
			return mi + 1
		}
		return mi
	}
	return -1
}

// intergovernmental reports whether mention o names an intergovernmental
// body ("the African Union"), by its entity's code or its own entry.
func (a *annotator) intergovernmental(o *mention) bool {
	return strings.HasPrefix(a.codeSoFar(o), "IGO")
}

// codeSoFar returns the actor code of resolved mention o's entity, or,
// as codes are set after coreference, its own dictionary entry's.
func (a *annotator) codeSoFar(o *mention) string {
	if code := a.ents[o.entity].code; code != "" || !o.inDict {
		return code
	}
	return o.entry.Code
}

// latestSubject returns the entity of type typ, named, in subject position
// in the sentences up to mention mi's (before it), looking back at most five
// sentences; or -1.
func (a *annotator) latestSubject(mi int, typ sitrep.EntityType) int {
	m := &a.ms[mi]
	for si := m.sentence; si >= 0 && si >= m.sentence-5; si-- {
		// The speaker of a closing speech tag is a subject too:
		// "…, killing 40 people, the Sudan Doctors Network said."
		tag := -1
		if !a.headIn(si, m.head) {
			// ("Fighters from an armed group stormed the village, …, the
			// monitor said. The group …": the group is the armed one.)
			tag = a.tagSubject(si)
		}
		for _, s := range [2]int{a.subject(si), tag} {
			if s < 0 || s == mi || a.ms[s].span.Start >= m.span.Start {
				continue
			}
			o := &a.ms[s]
			if m.head == "group" && o.entity >= 0 && a.newsOutlet(o) {
				// "The Houthi-run Saba news agency, citing a statement from
				// the group": a news outlet is no "group", but the armed
				// group that runs it is.
				if g := a.outletOwner(s); g >= 0 {
					return g
				}
				continue
			}
			if o.entity >= 0 && o.typ == typ && (o.kind == sitrep.MentionName || a.hasName(o.entity)) && !a.isState(o) &&
				!(m.head == "group" && a.intergovernmental(o)) {
				// ("The African Union condemned the attack. … vowed to
				// eliminate the group": an intergovernmental body is not
				// "the group".)
				return o.entity
			}
		}
	}
	return -1
}

// outletOwner returns the entity of the armed group named just before news
// outlet mention oi as the one that runs it ("the Houthi-run Saba news
// agency", "Hezbollah's al-Manar television"), or -1.
func (a *annotator) outletOwner(oi int) int {
	o := &a.ms[oi]
	for pi := oi - 1; pi >= 0 && o.span.Start-a.ms[pi].span.End <= maxOwnerGap; pi-- {
		p := &a.ms[pi]
		if p.span.End > o.span.Start || p.entity < 0 || p.typ != sitrep.ORG || p.kind != sitrep.MentionName {
			continue
		}
		code := a.codeSoFar(p)
		if !actor.Armed(code) || actor.SectorOf(code) == "MIL" {
			return -1
		}
		between := strings.TrimSpace(a.text[p.span.End:o.span.Start])
		if owners[strings.TrimLeft(strings.ToLower(between), "-")] {
			return p.entity
		}
		return -1
	}
	return -1
}

// newsOutlet reports whether mention o names a news outlet, by its
// entity's code or, before codes are set, its own words ("Saba news
// agency").
func (a *annotator) newsOutlet(o *mention) bool {
	code := a.codeSoFar(o)
	if code == "" {
		return a.sectorOf(o.span) == "MED"
	}
	return actor.SectorOf(code) == "MED"
}

// owners are the words between an armed group and the outlet it runs.
var owners = map[string]bool{"run": true, "backed": true, "controlled": true, "owned": true,
	"affiliated": true, "linked": true, "'s": true, "’s": true}

// maxOwnerGap bounds the bytes between an outlet's owner and the outlet.
const maxOwnerGap = 12

// soleArmedGroup returns the one armed group named in the sentence before
// mention mi's, or in its own before it, whatever its position: "Israel
// accused Hamas of using schools as shields. The group rejected the
// accusation." It returns -1 if there are none or two.
func (a *annotator) soleArmedGroup(mi int) int {
	m := &a.ms[mi]
	found := -1
	for si := max(0, m.sentence-1); si <= m.sentence; si++ {
		sent := a.doc.Sentences[si]
		for oi := a.firstMention(sent.Start); oi < len(a.ms) && oi < mi && a.ms[oi].span.Start < sent.End; oi++ {
			o := &a.ms[oi]
			if o.entity < 0 || o.typ != sitrep.ORG || o.kind != sitrep.MentionName || a.isState(o) {
				continue
			}
			code := a.codeSoFar(o)
			if !actor.Armed(code) || actor.SectorOf(code) == "MIL" {
				if !strings.HasPrefix(code, "IGO") && actor.SectorOf(code) != "MED" {
					return -1 // another group ("the office of Memorial"): which is meant is unclear
				}
				continue // a body of states or a news outlet ("(Reuters)") is no "group"
			}
			if found >= 0 && found != o.entity {
				return -1 // two groups: which is meant is unclear
			}
			found = o.entity
		}
	}
	return found
}

// headIn reports whether sentence si holds a description with head.
func (a *annotator) headIn(si int, head string) bool {
	sent := a.doc.Sentences[si]
	for mi := a.firstMention(sent.Start); mi < len(a.ms) && a.ms[mi].span.Start < sent.End; mi++ {
		if a.ms[mi].kind == sitrep.MentionNominal && a.ms[mi].head == head {
			return true
		}
	}
	return false
}

// tagSubject returns the mention that a sentence's closing speech tag
// makes its speaker, after a comma ("…, the monitor said."), or -1.
func (a *annotator) tagSubject(si int) int {
	if si < 0 || si >= len(a.doc.Sentences) {
		return -1
	}
	sent := a.doc.Sentences[si]
	v := sent.Tokens.End - 1
	for v > sent.Tokens.Start && a.toks[v].Kind != sitrep.TokenWord {
		v-- // the final period
	}
	if !tagVerbs[a.lower(v)] {
		return -1
	}
	for mi := a.firstMention(sent.Start); mi < len(a.ms) && a.ms[mi].span.Start < sent.End; mi++ {
		m := &a.ms[mi]
		if m.end != v || !a.fullToken(m) {
			continue
		}
		k := m.first - 1
		if k > sent.Tokens.Start && a.class(k)&classDefinite != 0 {
			k--
		}
		if k > sent.Tokens.Start && a.words[k] == "," {
			return mi
		}
	}
	return -1
}

// tagVerbs close a speech tag after its speaker.
var tagVerbs = map[string]bool{"said": true, "says": true, "added": true, "reported": true, "told": true}

func (a *annotator) hasName(e int) bool {
	for _, mi := range a.ents[e].mentions {
		if a.ms[mi].kind == sitrep.MentionName {
			return true
		}
	}
	return false
}

// findMetonyms adds, over each country or capital that acts for its
// government, a mention of that government.
func (a *annotator) findMetonyms() {
	n := len(a.ms)
	for mi := 0; mi < n; mi++ {
		m := &a.ms[mi] // valid until addMention below, which may move the mentions
		if m.kind != sitrep.MentionName || m.typ != sitrep.GPE || !m.inDict || !a.fullToken(m) ||
			m.entry.Kind != actor.KindCountry && m.entry.Kind != actor.KindSeat {
			continue
		}
		if !a.actsAsGovernment(m) {
			continue
		}
		g := mention{span: m.span, first: m.first, end: m.end, typ: sitrep.ORG, kind: sitrep.MentionName,
			metonym: true, country: m.entry.Code, entry: m.entry, inDict: true}
		gi := a.addMention(g)
		a.join(gi, a.government(g.country))
	}
}

// actsAsGovernment reports whether a country or capital mention stands for
// its government: the subject of a verb of saying or acting ("Damascus has
// rebuked"), after "according to", or before a noun such as "consent" or
// "statement" ("Damascus' consent", "the Damascus statement").
func (a *annotator) actsAsGovernment(m *mention) bool {
	start, end := a.sentenceStart(m.first), a.sentenceEnd(m.first)
	if m.first-2 >= start && a.lower(m.first-1) == "to" && a.lower(m.first-2) == "according" {
		return true
	}
	j := m.end
	if j < end && isPossessive(a.words[j]) {
		return j+1 < end && a.is(j+1, classNoun)
	}
	if j < end && a.is(j, classNoun) {
		return true
	}
	if m.first-1 >= start && a.is(m.first-1, classPreposition) {
		return false
	}
	for j < end && a.is(j, classAux) {
		j++
	}
	return j < end && a.is(j, classVerb)
}

// maxPronoun is the length of the longest pronoun below, in bytes: longer
// words need no lookup.
const maxPronoun = 5

// Pronouns the stage resolves, when only one referent fits.
var (
	personPronouns = map[string]bool{"he": true, "him": true, "his": true, "she": true, "her": true}
	itPronouns     = map[string]bool{"it": true, "its": true}
	theyPronouns   = map[string]bool{"they": true, "their": true}
	// clauseStarts are words after which "it" or "they" is a subject.
	clauseStarts = map[string]bool{",": true, "that": true, "and": true, "but": true, "because": true,
		"as": true, "while": true, "when": true, "where": true, "although": true, "though": true, "since": true}
)

// findPronouns adds the pronouns whose referent is safe to choose: he or she
// when one person is named in the sentence so far or the one before; it and
// they for the organization (or group) in subject position of the sentence
// or, at the start of a sentence, of the sentence before.
func (a *annotator) findPronouns() {
	a.sortedMentions = len(a.ms)
	// Locals: through a, the loop would load each slice again per token.
	words, covered, toks := a.words, a.covered[:len(a.words)], a.toks[:len(a.words)]
	for i, w := range words {
		// The length first: it rejects most tokens.
		if len(w) > maxPronoun || covered[i] || toks[i].Kind != sitrep.TokenWord {
			continue
		}
		lw := a.lower(i)
		if !a.s.lex.pronouns.MayHave(lw) {
			continue
		}
		c := a.class(i)
		if c&(classPersonPronoun|classIt|classThey) == 0 {
			continue
		}
		var e int
		var typ sitrep.EntityType
		switch {
		case c&classPersonPronoun != 0:
			e, typ = a.onlyPerson(i, pronounGender(lw)), sitrep.PERSON
		case c&classIt != 0 && a.expletive(i):
			continue
		case c&classIt != 0 && (lw == "its" || a.clauseInitial(i)):
			e = a.groupReferent(i, false)
		case c&classThey != 0 && (lw == "their" || a.clauseInitial(i)):
			e = a.groupReferent(i, true)
		case c&(classIt|classThey) != 0 && lw != "its" && lw != "their":
			e = a.quoteSpeaker(i, c&classThey != 0)
		default:
			continue
		}
		if e < 0 {
			continue
		}
		if typ == "" {
			typ = a.ents[e].typ
		}
		mi := a.addMention(mention{span: a.toks[i].Span, first: i, end: i + 1, typ: typ, kind: sitrep.MentionPronoun})
		a.join(mi, e)
	}
	a.sortedMentions = 0
}

// onlyPerson returns the one named person mentioned in the previous sentence
// or in token i's sentence before it, or -1 if there are none or several,
// for a pronoun of gender g. A person known to be of the other gender does
// not count, but then the one left must be known to be of gender g: "he"
// after "Mrs. Clinton" and "Bill Clinton" is not Bill when Bill's gender is
// unknown, lest the gender the lists miss make a guess of a doubt.
func (a *annotator) onlyPerson(i int, g gender) int {
	si := int(a.sentOf[i])
	from := a.doc.Sentences[max(si-1, 0)].Start
	found, excluded := -1, false
	for mi := a.firstMention(from); mi < len(a.ms) && a.ms[mi].span.Start < a.toks[i].Start; mi++ {
		m := &a.ms[mi]
		if m.typ != sitrep.PERSON || m.kind != sitrep.MentionName || m.entity < 0 {
			continue
		}
		if conflicts(g, a.ents[m.entity].gender) {
			excluded = true
			continue
		}
		if found >= 0 && found != m.entity {
			return -1
		}
		found = m.entity
	}
	if excluded && found >= 0 && a.ents[found].gender != g {
		return -1
	}
	return found
}

// groupReferent resolves "it" (plural false) or "they" (plural true) to the
// subject of its sentence, if that is the only candidate before it, or, for
// a sentence-initial pronoun, to the previous sentence's subject.
func (a *annotator) groupReferent(i int, plural bool) int {
	si := int(a.sentOf[i])
	fits := func(mi int) bool { return a.fitsGroupPronoun(mi, plural) }
	if i == a.sentenceStart(i) {
		s := a.subject(si - 1)
		if !fits(s) {
			// "The Israeli army said …. It declined": not "Israeli".
			s = a.widestAt(s)
		}
		if fits(s) {
			return a.ms[s].entity
		}
		return -1
	}
	s := a.subject(si)
	if s < 0 || a.ms[s].span.Start >= a.toks[i].Start || !fits(s) {
		return -1
	}
	// No other candidate between the subject and the pronoun.
	for mi := s + 1; mi < len(a.ms) && a.ms[mi].span.Start < a.toks[i].Start; mi++ {
		if a.ms[mi].entity != a.ms[s].entity && fits(mi) {
			return -1
		}
	}
	return a.ms[s].entity
}

// expletive reports whether "it" at token i stands for nothing, but for
// the clause it announces: "It was not immediately clear who fired", "it
// remains unclear whether", "It is believed that".
func (a *annotator) expletive(i int) bool {
	k := i + 1
	if k >= len(a.toks) {
		return false
	}
	// "It has been reported that", not "it has confirmed".
	linked, ok := expletiveVerbs[a.lower(k)]
	if !ok {
		return false
	}
	for k++; k < len(a.toks) && expletiveAdverbs[a.lower(k)]; k++ {
		if w := a.lower(k); w == "be" || w == "been" {
			linked = true
		}
	}
	return linked && k < len(a.toks) && extraposed[a.lower(k)]
}

var (
	// expletiveVerbs link an expletive "it" to what it announces; those
	// false do with "be" or "been" after them.
	expletiveVerbs = map[string]bool{"is": true, "was": true, "'s": true, "’s": true, "remains": true,
		"remained": true, "seems": true, "seemed": true, "appears": true, "appeared": true, "has": false,
		"had": false, "will": false, "would": false, "may": false, "might": false}
	// expletiveAdverbs may come between the verb and the predicate.
	expletiveAdverbs = map[string]bool{"not": true, "n't": true, "still": true, "immediately": true,
		"also": true, "yet": true, "now": true, "so": true, "too": true, "very": true, "been": true,
		"be": true, "entirely": true, "widely": true, "initially": true, "officially": true, "as": true}
	// extraposed are the predicates of an expletive "it": "clear who",
	// "believed that", "too early to".
	extraposed = map[string]bool{"clear": true, "unclear": true, "known": true, "unknown": true,
		"possible": true, "impossible": true, "likely": true, "unlikely": true, "understood": true,
		"believed": true, "thought": true, "feared": true, "expected": true, "estimated": true,
		"alleged": true, "reported": true, "said": true, "claimed": true, "confirmed": true,
		"early": true, "difficult": true, "hard": true, "necessary": true, "important": true,
		"true": true, "evident": true, "obvious": true, "apparent": true, "uncertain": true}
)

// quoteSpeaker resolves "it" or "they" (plural) at token i, the speaker
// of a quotation that opens a sentence and closes just before it ("\"We
// want peace,\" it said."), to the subject of the sentence before the
// quotation: the names inside the quotation are what the speaker says,
// not who speaks. It returns -1 for any other pronoun.
func (a *annotator) quoteSpeaker(i int, plural bool) int {
	open := a.quoteOpening(i)
	if open < 0 {
		return -1
	}
	si := int(a.sentOf[open])
	if si == 0 || open != a.sentenceStart(open) {
		return -1
	}
	s := a.subject(si - 1)
	if !a.fitsGroupPronoun(s, plural) {
		if s = a.widestAt(s); !a.fitsGroupPronoun(s, plural) {
			return -1
		}
	}
	return a.ms[s].entity
}

// maxQuoteTokens bounds how far back quoteOpening looks for the opening
// mark of a quotation.
const maxQuoteTokens = 120

// quoteOpening returns the token of the opening quotation mark of the
// quotation that closes right before token i, after a comma or a question
// or exclamation mark (",\" it said"), or -1.
func (a *annotator) quoteOpening(i int) int {
	if i < 3 || !closingQuote(a.words[i-1]) {
		return -1
	}
	switch a.words[i-2] {
	case ",", "?", "!":
	default:
		return -1
	}
	for j := i - 3; j >= 0 && j >= i-maxQuoteTokens; j-- {
		switch a.words[j] {
		case "“":
			return j
		case "”":
			return -1
		case "\"":
			// A straight mark against the word after it opens a
			// quotation; against the word before it, it closes one.
			if j+1 < len(a.toks) && a.toks[j].End == a.toks[j+1].Start && (j == 0 || a.toks[j-1].End < a.toks[j].Start) {
				return j
			}
			return -1
		}
	}
	return -1
}

// closingQuote reports whether w may close a quotation.
func closingQuote(w string) bool { return w == "\"" || w == "”" }

// fitsGroupPronoun reports whether mention mi, resolved, can be what "it"
// (plural false) or "they" stands for: an organization, or a plural
// description of one or of persons for "they".
func (a *annotator) fitsGroupPronoun(mi int, plural bool) bool {
	if mi < 0 {
		return false
	}
	m := &a.ms[mi]
	if m.entity < 0 {
		return false
	}
	switch a.ents[m.entity].typ {
	case sitrep.ORG:
		return plural == (m.kind == sitrep.MentionNominal && strings.HasSuffix(m.head, "s") && m.head != "ministries") || !plural
	case sitrep.PERSON:
		return plural && m.kind == sitrep.MentionNominal && strings.HasSuffix(m.head, "s")
	}
	return false
}

// widestAt returns the longest resolved mention that starts where mention
// mi does, the description a name modifier opens ("Israeli army" at
// "Israeli"), or mi; -1 for -1.
func (a *annotator) widestAt(mi int) int {
	if mi < 0 {
		return -1
	}
	best := mi
	for k := mi + 1; k < len(a.ms) && a.ms[k].span.Start == a.ms[mi].span.Start; k++ {
		if a.ms[k].entity >= 0 && a.ms[k].span.End > a.ms[best].span.End && a.fullToken(&a.ms[k]) {
			best = k
		}
	}
	return best
}

// closesApposition reports whether description mi, with its complement
// ("for ...", "of ..."), is followed by a comma, a closing bracket, a dash or
// the end of the sentence, as an apposition is: "Dillon, the spokesman for
// OIR, has denied" but not "..., the ministry mentioned".
func (a *annotator) closesApposition(mi int) bool {
	end, sentEnd := a.complementEnd(mi), a.sentenceEnd(a.ms[mi].first)
	if end >= sentEnd {
		return true
	}
	switch w := a.words[end]; {
	case w == "," || w == ")" || w == ";" || w == "." || isDash(w):
		return true
	}
	return false
}

// clauseInitial reports whether token i starts a sentence or a clause, where
// a pronoun is a subject ("It said", ", they said") rather than an object
// ("denied it").
func (a *annotator) clauseInitial(i int) bool {
	return i == a.sentenceStart(i) || a.is(i-1, classClauseStart)
}

// isState reports whether mention o names a part of a state (a ministry, an
// army, a government), which "the organization" or "the group" does not
// refer to: by its words, or by its actor code ("ISPR", PAKMIL), unless
// its name is a group's ("Wagner Group").
func (a *annotator) isState(o *mention) bool {
	switch a.sectorOf(o.span) {
	case "GOV", "MIL", "COP", "LEG", "JUD", "SPY":
		return !(o.inDict && o.entry.Kind == actor.KindActor && (strings.HasPrefix(o.entry.Code, "IGO") || strings.HasPrefix(o.entry.Code, "NGO")))
	}
	if o.metonym {
		return true
	}
	if o.entity < 0 {
		return false
	}
	code := a.codeSoFar(o)
	if actor.Country(code) == "" {
		return false
	}
	switch actor.SectorOf(code) {
	case "GOV", "MIL", "COP", "LEG", "JUD", "SPY":
		return !strings.HasSuffix(a.lowerSpan(o.span), "group")
	}
	return false
}

// nonStateArmed reports whether mention o names an armed group that is no
// state's army, which "the army", "the military" or "troops" does not
// describe: by its actor code's sector (rebels, insurgents, separatists,
// unidentified armed forces), or, for a name the dictionary does not know,
// by a name that ends in "Army" and names no country ("New People's
// Army", "National Liberation Army"; not "Pakistan Army").
func (a *annotator) nonStateArmed(o *mention) bool {
	if code := a.codeSoFar(o); code != "" {
		switch actor.SectorOf(code) {
		case "REB", "INS", "SEP", "UAF":
			return true
		}
		return false
	}
	if o.kind != sitrep.MentionName || o.inDict || o.typ != sitrep.ORG || !a.fullToken(o) || a.countryOf(o) != "" {
		return false
	}
	if o.end-o.first < 2 || a.words[o.end-1] != "Army" {
		return false // "Army" alone, or a body of it ("Texas Army National Guard")
	}
	for k := o.first; k < o.end-1; k++ {
		if a.capitalized(k) && a.words[k] != "The" && a.words[k] != "A" {
			return true
		}
	}
	return false
}

// complementEnd returns the token after description mi and its complement
// ("for ...", "of ...", "at ...", up to a comma, semicolon or dash outside
// brackets).
func (a *annotator) complementEnd(mi int) int {
	m := &a.ms[mi]
	end, sentEnd := m.end, a.sentenceEnd(m.first)
	if end < sentEnd && (a.lower(end) == "for" || a.lower(end) == "of" || a.lower(end) == "at") {
		depth := 0
		for ; end < sentEnd; end++ {
			w := a.words[end]
			if w == "(" {
				depth++
			} else if w == ")" {
				depth--
			} else if depth <= 0 && (w == "," || w == ";" || isDash(w)) {
				break
			}
		}
	}
	return end
}
