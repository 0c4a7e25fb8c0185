package attrib

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// maxContainerScan bounds the contents nestedChains looks through for the
// one holding an attribution.
const maxContainerScan = 64

// nestedChains extends the chain of each attribution that lies inside the
// content of another with that other's source and chain: in "Lavrov said
// talks would continue, RIA reported" and "Interfax reported that the
// ministry said …", the reader learns what Lavrov and the ministry said
// through RIA and Interfax, so the chains run Lavrov → RIA and ministry →
// Interfax, and then on to the publisher.
//
// The container is the attribution with the shortest content holding the
// nested one's cue and source; one whose source is missing names no
// relay, and nor does a denial, which answers what it holds rather than
// passing it on ("The United States has accused Iran of arming the
// group, which Tehran denies" reaches the reader from Washington, not
// through Tehran). The nested one's own relays come first, being nearer
// to it.
func (x *extractor) nestedChains(out []sitrep.Attribution) {
	if len(out) < 2 {
		return
	}
	// Candidates are looked for among the contents that start at or
	// before the nested attribution, nearest first, and no further than
	// maxContainerScan of them: a long text has tens of thousands of
	// attributions, and a content that holds that many others is not a
	// report but a misread quotation.
	n := len(out)
	x.chainScratch = slices.Grow(x.chainScratch[:0], 3*n)[:3*n]
	byStart, container, state := x.chainScratch[:n], x.chainScratch[n:2*n], x.chainScratch[2*n:]
	for i := range byStart {
		byStart[i] = i
	}
	slices.SortFunc(byStart, func(i, j int) int { return cmp.Compare(out[i].Content.Start, out[j].Content.Start) })
	for i := range out {
		container[i] = -1
		b := &out[i]
		inner := b.Cue.Union(b.Source)
		n, _ := slices.BinarySearchFunc(byStart, inner.Start+1, func(j, off int) int { return cmp.Compare(out[j].Content.Start, off) })
		for scanned := 0; n > 0 && scanned < maxContainerScan; scanned++ {
			n--
			j := byStart[n]
			a := &out[j]
			if j == i || a.Source.IsEmpty() || !a.Content.Contains(inner) || a.Stance == sitrep.StanceDeny && x.denialVerb(a.Cue) {
				continue
			}
			if k := container[i]; k < 0 || a.Content.Len() < out[k].Content.Len() {
				container[i] = j
			}
		}
	}
	// Each chain is extended from its container's finished chain: resolve
	// containers before what they contain, and stop at a cycle, which
	// overlapping contents could make.
	const (
		todo = iota
		busy
		done
	)
	clear(state)
	var extend func(i int)
	extend = func(i int) {
		if state[i] != todo {
			return
		}
		state[i] = busy
		k := container[i]
		if k >= 0 && state[k] != busy {
			extend(k)
			b, a := &out[i], &out[k]
			links := a.Via
			if !x.ownWords(a) {
				l := sitrep.Link{Span: a.Source, Entity: a.Speaker}
				if a.Speaker >= 0 && a.Speaker == b.Speaker && x.possessorSpeaks(a) {
					// "Mikati condemned the strike, his office said":
					// Mikati through his office, which is no one else.
					l.Entity = -1
				}
				links = append([]sitrep.Link{l}, a.Via...)
			}
			for _, l := range links {
				if len(b.Via) >= maxChain {
					break
				}
				if !inChain(b, l) {
					b.Via = append(b.Via, l)
				}
			}
		}
		state[i] = done
	}
	for i := range out {
		extend(i)
	}
}

// denialVerb reports whether cue holds a verb of denial of the lexicon
// ("denies", "has rejected"), not a verb of saying whose content is
// negated ("…, the report said" of "he didn't know").
func (x *extractor) denialVerb(cue sitrep.Span) bool {
	for j := x.tokenAfter(cue.Start); j < len(x.toks) && x.toks[j].End <= cue.End; j++ {
		if c := x.matchCue(j, len(x.toks)); c != nil && c.stance == sitrep.StanceDeny && c.kind == cueVerb {
			return true
		}
	}
	return false
}

// ownWords reports whether the source of a is no one but the words of
// whoever it reports: "The Taliban claimed the attack, according to a
// statement" reaches the reader from the Taliban through Reuters, not
// through "a statement". A statement from someone named has that one as
// its speaker and stays in the chain.
func (x *extractor) ownWords(a *sitrep.Attribution) bool {
	if a.Speaker >= 0 || a.Source.IsEmpty() {
		return false
	}
	i, end := x.tokenAfter(a.Source.Start), x.tokenAfter(a.Source.End)
	for j := i; j < end; j++ {
		if w := x.words[j]; w == "'s" || w == "’s" {
			return false // "the school's Facebook post": the school relays it
		}
	}
	return ownMedia[x.words[end-1]]
}

// possessorSpeaks reports whether the source of a names its speaker only
// as the possessor of one who speaks for it: "his office", "Mikati's
// spokesman", whose last word, one of agentNouns, is no mention of the
// speaker.
func (x *extractor) possessorSpeaks(a *sitrep.Attribution) bool {
	i, end := x.tokenAfter(a.Source.Start), x.tokenAfter(a.Source.End)
	if end-i < 2 {
		return false
	}
	possessive := false
	for j := i; j < end-1; j++ {
		switch x.words[j] {
		case "his", "her", "their", "its", "'s", "’s":
			possessive = true
		}
	}
	if !possessive || !agentNouns[x.words[end-1]] {
		return false
	}
	last := x.toks[end-1].Span
	for _, m := range x.doc.Mentions {
		if m.Entity == a.Speaker && m.Overlaps(last) {
			return false
		}
	}
	return true
}

// agentNouns name those who speak for someone: an office, a spokesman.
var agentNouns = wordSet(`office campaign spokesman spokeswoman spokesperson aide aides lawyer lawyers attorney attorneys
	representative representatives staff team secretary adviser advisers advisor advisors`)

// ownMedia are the nouns for a speaker's own words, as against a report
// by someone else.
var ownMedia = wordSet(`statement statements communique communiqué message video post letter remarks comments speech`)

// inChain reports whether l already names the speaker of a or one of its
// relays, by entity or by span: "he said … he added" relays nothing.
func inChain(a *sitrep.Attribution, l sitrep.Link) bool {
	same := func(sp sitrep.Span, e int) bool { return sp == l.Span || l.Entity >= 0 && e == l.Entity }
	if same(a.Source, a.Speaker) {
		return true
	}
	for _, v := range a.Via {
		if same(v.Span, v.Entity) {
			return true
		}
	}
	for _, e := range a.CoSpeakers {
		if l.Entity >= 0 && e == l.Entity {
			return true
		}
	}
	return false
}

// mediaHearer puts first in a's chain the news outlet its speaker spoke
// to, when that is not the publisher: in a Reuters story, "Akar told state
// broadcaster TRT that …" and "the general said in an interview with Al
// Jazeera that …" reach the reader through TRT and Al Jazeera, while "told
// Reuters" and "told reporters" name no intermediary. The outlet is the
// hearer of "told" or the object of "interview with", "call with", "remarks to",
// "speaking to" after the cue, resolved to an entity of the media sector.
func (x *extractor) mediaHearer(a *sitrep.Attribution, s1 int) {
	c1 := x.tokenAfter(a.Cue.End)
	if c1 >= s1 || len(a.Via) >= maxChain {
		return
	}
	hearer := sitrep.Span{}
	switch x.words[c1-1] {
	case "told", "tell", "tells", "telling":
		hearer = x.span(c1, x.hearerEnd(c1, s1))
		hearer.End = x.nameThrough(hearer)
	default:
		from := c1
		if x.words[from] == "," && x.tokenAfter(a.Content.End) <= from && from+1 < s1 && (x.words[from+1] == "speaking" || x.words[from+1] == "talking" || x.words[from+1] == "in") {
			from++ // "“…,” he said, speaking to Dawn newspaper.", "…, in an interview with CNN."
		}
		hearer = x.spokenTo(from, s1)
		if from := x.tokenAfter(a.Source.End); hearer.IsEmpty() && a.Source.Start >= a.Cue.End && from < s1 {
			// "“…,” said Hassan Fadlallah, speaking to Al-Manar TV": the
			// hearer follows the inverted source.
			if x.words[from] == "," {
				from++
			}
			hearer = x.spokenTo(from, s1)
		}
	}
	if hearer.IsEmpty() {
		hearer = x.contactedBy(a)
	}
	if hearer.IsEmpty() || hearer.Overlaps(a.Content) {
		return
	}
	e := x.entityIn(hearer)
	if e >= 0 && x.publishes(e) {
		return
	}
	if e < 0 {
		// "Al-Madani told the channel that …", after "according to the
		// Houthi-run Al-Masirah TV": the outlet named just before.
		if o := x.outletNamedBefore(hearer); o >= 0 && !x.publishes(o) {
			e = o
		}
	}
	if e < 0 || !strings.HasSuffix(x.doc.Entities[e].Actor, "MED") && !x.relayedBefore(e) {
		// "told state television", "told Libya al-Ahrar television",
		// "told the BBC Hausa service": an outlet by its noun, whatever
		// the tagger made of its name.
		// ("told the news agency" is most often the publisher.)
		if !x.namedOutlet(hearer) && !x.outletPart(x.tokenAfter(hearer.Start), x.tokenAfter(hearer.End)-1) && !x.broadcasterName(hearer) {
			return
		}
		e = -1
	}
	l := sitrep.Link{Span: hearer, Entity: e}
	if !inChain(a, l) {
		a.Via = append([]sitrep.Link{l}, a.Via...)
	}
}

// contactedBy returns the one who reached a's speaker when a sentence
// opens with it before the source: "Contacted by AFP, the Israeli military
// said …", "Reached by Reuters, a spokesman declined to comment". Empty if
// none.
func (x *extractor) contactedBy(a *sitrep.Attribution) sitrep.Span {
	t := x.tokenAfter(a.Source.Start)
	if a.Source.IsEmpty() || t < 3 || x.words[t-1] != "," {
		return sitrep.Span{}
	}
	for k := t - 2; k >= 1 && t-k <= maxNP; k-- {
		if x.words[k] == "by" && contactVerbs[x.words[k-1]] && x.sentenceStartsAt(k-1) >= 0 {
			// The one who reached the speaker, not what about: "Asked by
			// lawmakers about the AFP report, …" is no AFP's.
			return x.span(k+1, x.forwardNP(k+1, t-1))
		}
	}
	return sitrep.Span{}
}

// contactVerbs open a sentence with the one who reached its speaker.
var contactVerbs = wordSet(`contacted reached interviewed asked approached`)

// outletNamedBefore returns the news outlet that a hearer of "the" and
// an outlet's noun ("the channel", "the station", "the broadcaster")
// refers back to: the entity of the nearest media mention in the
// sentence before or the hearer's own; or -1. "The news agency" is left
// out: most often it is the publisher.
func (x *extractor) outletNamedBefore(hearer sitrep.Span) int {
	t := x.tokenAfter(hearer.Start)
	if t+2 != x.tokenAfter(hearer.End) || x.words[t] != "the" || !outletNouns[x.words[t+1]] || x.words[t+1] == "agency" {
		return -1
	}
	from := 0
	if si := x.sentenceAt(hearer.Start); si > 0 && si < len(x.doc.Sentences) {
		from = x.doc.Sentences[si-1].Start
	}
	ms := x.doc.Mentions
	for k := sort.Search(len(ms), func(k int) bool { return ms[k].Start >= hearer.Start }) - 1; k >= 0 && ms[k].Start >= from; k-- {
		if e := ms[k].Entity; e >= 0 && e < len(x.doc.Entities) && strings.HasSuffix(x.doc.Entities[e].Actor, "MED") {
			return e
		}
	}
	return -1
}

// spokenTo returns the one spoken to in "in an interview with X",
// "speaking to X" (and "remarks", "comments", "call", "talking") among the
// words from token from to the first "that" or punctuation, or nothing.
func (x *extractor) spokenTo(from, s1 int) sitrep.Span {
	for j := from; j+2 < s1 && j-from <= maxNP && x.quoteOf[j] < 0; j++ {
		if w := x.words[j]; (w == "interview" || w == "remarks" || w == "comments" || w == "call" || w == "speaking" || w == "talking") &&
			(x.words[j+1] == "with" || x.words[j+1] == "to") {
			return x.span(j+2, x.forwardNP(j+2, s1))
		}
		if x.words[j] == "that" || isPunct(x.words[j]) {
			break
		}
	}
	return sitrep.Span{}
}

// nameThrough returns the end of sp, or of a name that starts inside sp
// and runs on past it by a number: hearerEnd ends "told France 24 that …"
// before the number, which may start what was told ("told reporters 20
// people died").
func (x *extractor) nameThrough(sp sitrep.Span) int {
	ms := x.doc.Mentions
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= sp.Start }); i < len(ms) && ms[i].Start < sp.End; i++ {
		if m := ms[i]; m.Kind == sitrep.MentionName && m.End > sp.End && isNumber(strings.TrimSpace(x.doc.Text[sp.End:m.End])) {
			return m.End
		}
	}
	return sp.End
}

// namedOutlet reports whether span sp is an outlet that its noun names
// and a name or "state" qualifies: "Libya al-Ahrar television", "state
// TV", "state television MRTV", not "the agency".
func (x *extractor) namedOutlet(sp sitrep.Span) bool {
	first, last := x.tokenAfter(sp.Start), x.tokenAfter(sp.End)-1
	for last > first+1 && x.shapes[last] == shapeCap && outletNouns[x.words[last-1]] {
		last-- // "state television MRTV": the name in apposition
	}
	if last <= first || !outletNouns[x.words[last]] || x.words[last] == "agency" && !newsWords[x.words[last-1]] {
		return false // not "the U.N. refugee agency"
	}
	for j := first; j < last; j++ {
		if x.shapes[j] == shapeCap || outletQualifiers[x.words[j]] {
			return true
		}
	}
	return false
}

// relayedBefore reports, at inference only, whether entity e relays an
// attribution found before: "In an interview with Le Parisien, …" makes
// Le Parisien an outlet for a later "Marchetti told Le Parisien".
func (x *extractor) relayedBefore(e int) bool {
	if x.record || e < 0 {
		return false
	}
	// The nearest maxContainerScan attributions: a text of thousands
	// would otherwise be read once for each hearer.
	for k := len(x.out) - 1; k >= 0 && len(x.out)-k <= maxContainerScan; k-- {
		for _, v := range x.out[k].Via {
			if v.Entity == e {
				return true
			}
		}
	}
	return false
}

// broadcasterName reports, at inference only, whether the name sp ends
// in "TV" written in capitals, as broadcasters' names do that the actor
// dictionary lacks: "BFMTV", "Al-Manar TV", "NTV".
func (x *extractor) broadcasterName(sp sitrep.Span) bool {
	if x.record || sp.IsEmpty() {
		return false
	}
	last := x.tokenAfter(sp.End) - 1
	if last < 0 {
		return false
	}
	w := x.text[x.toks[last].Start:x.toks[last].End]
	return strings.HasSuffix(w, "TV") && (len(w) > 2 || last > x.tokenAfter(sp.Start) && x.shapes[last-1] == shapeCap)
}

// outletQualifiers say whose an outlet is when no name does: "state
// television", "public radio".
var outletQualifiers = wordSet(`state public national local private independent official`)

// newsWords make an agency one of news: "the state news agency".
var newsWords = wordSet(`news press`)

// publishes reports whether entity e is the document's publisher.
func (x *extractor) publishes(e int) bool {
	pub := x.doc.Meta.Source
	if pub == "" {
		return false
	}
	for _, mi := range x.doc.Entities[e].Mentions {
		if strings.EqualFold(x.doc.Mentions[mi].Text(x.doc), pub) {
			return true
		}
	}
	return false
}

// continuedRelays gives an attribution that goes on with the speaker of
// the one before, by a pronoun or "the" and a speaker's noun ("the
// official") and a bare verb of saying in the same or the next sentence,
// the relays of that one: "In a statement carried by SANA, the ministry
// said … “This is a crime,” it added." is SANA's to relay too, as the
// same statement goes on; so is "The official said …" after "the Nation
// newspaper reported, citing a local government official", and "“…,”
// the statement said." after the statement carried by an outlet. A verb with a hearer or an
// adjunct after it ("it later told reporters", "he said on Twitter") may
// be other words, and keeps its own chain. out is in text order. (At
// inference only.)
func (x *extractor) continuedRelays(out []sitrep.Attribution) {
	if x.record {
		return
	}
	for i := 1; i < len(out); i++ {
		a, prev := &out[i], &out[i-1]
		if len(a.Via) > 0 || len(prev.Via) == 0 || a.Speaker < 0 || a.Speaker != prev.Speaker || a.Source.IsEmpty() {
			continue
		}
		s, c, last := x.tokenAfter(a.Source.Start), x.tokenAfter(a.Cue.Start), x.tokenAfter(a.Cue.End)-1
		if noun := x.definiteNoun(a.Source); !(x.tokenAfter(a.Source.End) == s+1 && subjectPronouns[x.words[s]] || speakerNouns[noun] || reportNouns[noun]) {
			continue
		}
		// "it added"; or "he was quoted as saying" (the whole passive
		// is the cue: see asSayingCue) with no one named who quoted
		// him: whoever quoted him before.
		if !(last == c && continuingVerbs[x.words[c]] || x.quotedAsSayingCue(c, last)) {
			continue
		}
		if n := last + 1; n < len(x.toks) && !isPunct(x.words[n]) && x.words[n] != "that" && x.quoteOf[n] < 0 && n != x.tokenAfter(a.Content.Start) {
			continue // "it later told reporters", "he said on Twitter"
		}
		if si, sp := x.sentenceAt(a.Cue.Start), x.sentenceAt(prev.Cue.Start); si-sp > 1 {
			continue
		}
		if x.frontedBefore(*a, prev.End) {
			// "On Twitter, it said", "Speaking at a rally later, he
			// said", "In parliament, he said": placed elsewhere.
			continue
		}
		if nestedIn(out, i-1) {
			// "He noted that Sanders himself has acknowledged …": prev's
			// relay is the one who reported it, and a pronoun after
			// it is as likely that one's.
			continue
		}
		a.Via = slices.Clone(prev.Via)
	}
}

// continuingVerbs go on with words already reported: "it added", "he
// said", "she continued".
var continuingVerbs = wordSet(`said says added adds continued continues noted notes went`)

// frontedBefore reports whether words of the writer's stand before a's
// source in its sentence, after the end of the attribution before (byte
// offset prevEnd): anything but a quotation, a's own content
// ("There was, she said, …"), punctuation or a word that joins the
// clause ("…, which he said"). A fronted adjunct may place
// the words in another time or outlet.
func (x *extractor) frontedBefore(a sitrep.Attribution, prevEnd int) bool {
	si := x.sentenceAt(a.Source.Start)
	if si >= len(x.doc.Sentences) {
		return false
	}
	from := max(x.doc.Sentences[si].Start, prevEnd)
	return x.anyTokenIn(from, a.Source.Start, func(j int) bool {
		return x.quoteOf[j] < 0 && !isPunct(x.words[j]) && !continuationJoins[x.words[j]] && !a.Content.Contains(x.toks[j].Span)
	})
}

// continuationJoins join a clause that goes on with the speaker before.
var continuationJoins = wordSet(`which and but`)

// nestedIn reports whether the cue of out[k] lies in the content of
// another attribution of out, which is in text order: one that starts
// before the cue, among the nearest maxContainerScan, as nestedChains
// looks.
func nestedIn(out []sitrep.Attribution, k int) bool {
	cue := out[k].Cue
	for j := k + 1; j < len(out) && out[j].Start <= cue.Start; j++ {
		if out[j].Content.Contains(cue) {
			return true
		}
	}
	for j := k - 1; j >= 0 && k-j <= maxContainerScan; j-- {
		if out[j].Content.Contains(cue) {
			return true
		}
	}
	return false
}

// quotedAsSayingCue reports whether tokens [c, last] are the cue "was
// quoted as saying", with no agent named: "… ,” he was quoted as saying."
func (x *extractor) quotedAsSayingCue(c, last int) bool {
	return last == c+3 && beForms[x.words[c]] && x.words[c+1] == "quoted" && x.words[c+2] == "as" && x.words[last] == "saying"
}
