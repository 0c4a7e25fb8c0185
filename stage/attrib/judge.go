package attrib

import (
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// nearMargin bounds the words the judge sees besides the cues: those the
// cue classifier scored in (-nearMargin, cueThreshold], and the cues of
// the lexicon it vetoed above -nearMargin. On the training split of
// PolNeAR, by cross-validation (measured with single-order models, before
// the mean of orders in train.go), cue F1 was 0.763 at 5, 0.765 at 10 and
// 0.766 at 15, since the judge's thresholds are placed on
// the out-of-fold scores of all the candidates (see chooseJudgeEpoch).
// 15 doubles the candidates of 5, and the stage's instructions on the
// golden articles grow by a quarter (by 13% at 10).
const nearMargin = 15

// An origin says how a candidate attribution's cue was found.
type origin uint8

const (
	originLexicon origin = iota // a cue of the lexicon, which the rules keep
	originModel                 // a word the classifier passed
	originNear                  // a word the classifier nearly passed
	originVetoed                // a cue of the lexicon the classifier vetoed
	originNested                // a cue inside an earlier content of its sentence
)

// originNames name the origins in TrainJudge's log.
var originNames = [...]string{"lex", "model", "near", "vetoed", "nested"}

// sureScore is the cue classifier's score above which the judge is not
// asked about a cue the rules keep. On the training split of PolNeAR, by
// cross-validation, it keeps nearly all of them: not asking leaves 11 more
// true cues and 40 more cues in all (of 17,500), and halves the judge's
// time.
const sureScore = 8

// A candidate is an attribution the rules build around a cue, for the
// judge to keep or drop.
type candidate struct {
	a      sitrep.Attribution
	m      match
	origin origin
}

// A judgeSample is a candidate seen while training the judge: its
// features and its cue.
type judgeSample struct {
	fs     []uint64
	cue    sitrep.Span
	origin origin
	sure   bool // the stage keeps it without asking the judge
}

// judgeSentence builds the candidate attributions of the sentence of
// tokens [s0, s1), whose attributions by the rules are x.out[first:] (of
// the matches x.builtMatch), and keeps those the judge scores above 0 (the
// rules' own unasked when the classifier is sure of them, see sureScore,
// and when they are nested claims, see match.claim).
// The thresholds of each origin are in the weights of its feature (see
// placeThresholds). While recording, it keeps the rules' own and records
// every candidate.
func (x *extractor) judgeSentence(s0, s1, first int) {
	cands := x.cands[:0]
	for n, k := range x.builtMatch {
		o := originLexicon
		if x.matches[k].cue == &modelCue {
			o = originModel
		}
		cands = append(cands, candidate{a: x.out[first+n], m: x.matches[k], origin: o})
	}
	nMain := len(cands)
	for _, k := range x.nestedK {
		if a, ok := x.build(x.matches[k], s0, s1, x.matches[k+1:], first); ok {
			cands = append(cands, candidate{a: a, m: x.matches[k], origin: originNested})
		}
	}
	for _, m := range x.near {
		if x.inCue(cands[:nMain], m.start) {
			continue // an adverb the rules took into a cue: "publicly said"
		}
		k := sort.Search(len(x.matches), func(k int) bool { return x.matches[k].start > m.start })
		a, ok := x.build(m, s0, s1, x.matches[k:], first)
		if !ok {
			continue
		}
		o := originNear
		if m.cue != &modelCue { // a cue of the lexicon the score vetoed
			o = originVetoed
		}
		cands = append(cands, candidate{a: a, m: m, origin: o})
	}
	x.cands = cands
	out := x.out[:first]
	for c := range cands {
		keep := c < nMain
		// The judge learned PolNeAR's habit of leaving nested speech
		// unannotated, but a nested accusation or denial is a claim
		// about an event that users need ("…, which Damascus has blamed
		// the coalition for"): the rules' own are kept, though recorded
		// for training like any other candidate. So are the rules'
		// claims of the lexicon in several words ("claimed
		// responsibility for", "held responsible"), which PolNeAR's
		// political news has too few of for the judge to learn, and on
		// which conflict reporting turns. (One-word claims stay judged:
		// "need a Senate to confirm justices", "were admitted".)
		sure := c < nMain && (cands[c].m.claim || cands[c].m.construction || claimPhrase(cands[c].m.cue) || cands[c].m.scored && cands[c].m.score > sureScore)
		if cands[c].origin == originNested && !x.record && outletSpeech[x.words[cands[c].m.start]] && (x.reportedByOutlet(out[first:], cands[c].a) || x.opensReport(out[first:], cands[c].a)) {
			keep, sure = true, true
		}
		if !x.record && (c < nMain || cands[c].origin == originVetoed) && cands[c].m.cue.stance == sitrep.StanceDeny && x.deniesAct(cands[c].a) {
			// "The authorities deny paying ransoms": a denial of an act,
			// kept as the claims above (out of training too).
			keep, sure = true, true
		}
		if !x.record && x.distancedFrom(cands[c].a) {
			// "The party distanced itself from the violence": a denial
			// of involvement, which the rules make and conflict
			// reporting turns on, as the claims above. (Out of training,
			// so that the judge's weights stay as learned.)
			keep, sure = true, true
		}
		if x.record || x.judge != nil && !sure {
			x.feats = x.judgeFeatures(x.feats[:0], &cands[c], s0, s1, nMain)
			if x.record {
				x.recorded = append(x.recorded, judgeSample{fs: slices.Clone(x.feats), cue: cands[c].a.Cue, origin: cands[c].origin, sure: sure})
			} else {
				keep = x.judge.score(x.feats) > 0
			}
		}
		if keep && c >= nMain && !x.record && x.sourceHoldsCue(out[first:], cands[c].a) {
			// "Abbas reiterated calls for Israel to …": "calls for" has
			// "Abbas reiterated" before it, whose verb is a kept cue; a
			// source ends with no one's cue.
			keep = false
		}
		if keep {
			out = append(out, cands[c].a)
		} else if c < nMain && len(out) > first && !x.record {
			x.rejoin(&out[len(out)-1], cands[c].a, true)
		}
	}
	x.out = out
}

// deniesAct reports whether a's content, right after its cue, is a
// gerund's clause: "deny paying ransoms", "denied carrying out the strike".
func (x *extractor) deniesAct(a sitrep.Attribution) bool {
	i := x.tokenAfter(a.Content.Start)
	return !a.Source.IsEmpty() && i < len(x.toks) && x.toks[i].Start >= a.Cue.End && x.tokenAfter(a.Cue.End) == i &&
		len(x.words[i]) > 4 && strings.HasSuffix(x.words[i], "ing") && x.shapes[i] == shapeLow && !nounsInIng[x.words[i]]
}

// nounsInIng are words in -ing that are nouns or modify one more often
// than they are a gerund of an act: "deny voting rights to prisoners"
// withholds them, "deny nothing" denies no act.
var nounsInIng = wordSet(`nothing anything something everything voting housing funding training spending shipping parking fishing hunting building meeting hearing opening warning planning clothing heating lighting`)

// sourceHoldsCue reports whether a's source ends with the cue of one of
// kept: a verb, not a name's word ("The Rapid Support Forces", whose
// "Support" is dropped as a cue later).
func (x *extractor) sourceHoldsCue(kept []sitrep.Attribution, a sitrep.Attribution) bool {
	for _, k := range kept {
		if !a.Source.IsEmpty() && !k.Cue.IsEmpty() && a.Source.Contains(k.Cue) && k.Cue.End == a.Source.End {
			return true
		}
	}
	return false
}

// distancedFrom reports whether a's cue is "distanced" before a
// reflexive and "from": "distanced itself from the killings".
func (x *extractor) distancedFrom(a sitrep.Attribution) bool {
	if a.Cue.IsEmpty() || x.text[a.Cue.Start] != 'd' { // most cues: spare the search
		return false
	}
	c, one := x.oneWordCue(a.Cue)
	return one && c+2 < len(x.toks) && strings.HasPrefix(x.words[c], "distanc") && reflexives[x.words[c+1]] && x.words[c+2] == "from"
}

// reportedByOutlet reports whether nested, an attribution nested in the
// content of one of kept, lies in what a news outlet reported: "SANA
// reported that the ministry said five people were killed". PolNeAR
// leaves such nested speech mostly unannotated, and the judge learned
// so; but it is the first link of a reporting chain (ministry → SANA),
// which is what users read attributions for. It is decided after
// training, which records the candidate like any other.
func (x *extractor) reportedByOutlet(kept []sitrep.Attribution, nested sitrep.Attribution) bool {
	for i := len(kept) - 1; i >= 0; i-- {
		a := &kept[i]
		if a.Source.IsEmpty() || !a.Content.Contains(nested.Cue) || nested.Source.IsEmpty() || !a.Content.Contains(nested.Source) {
			continue
		}
		e := x.entityIn(a.Source)
		return e >= 0 && strings.HasSuffix(x.doc.Entities[e].Actor, "MED")
	}
	return false
}

// opensReport reports whether nested, an attribution nested in the
// content of one of kept, is what that content reports: its source opens
// the content (after "that") and its own content follows its cue. "UKMTO
// said the ship's master reported that the vessel was hit" and "Ross said
// Obama had told Jewish leaders that …" pass on what the master and Obama
// said, and the reader needs to know whose word it first was (master →
// UKMTO). PolNeAR, whose tokens each belong to one attribution at most,
// cannot annotate such speech, and the judge learned to drop it; it is
// decided after training, like reportedByOutlet. Left to the judge:
//   - a verb inside the content that the content does not open: "the
//     lawsuit Lynch announced", "names he said would be released";
//   - what follows the verb that is no clause nor object: "the facts
//     reported by the government", "polio cases reported worldwide";
//   - an object's relative clause: "referenced the impact it said …";
//   - the content of an accusation or denial, which is no report:
//     "women who have accused Clinton of assault said …".
func (x *extractor) opensReport(kept []sitrep.Attribution, nested sitrep.Attribution) bool {
	if nested.Source.IsEmpty() || nested.Content.IsEmpty() || nested.Content.Start < nested.Cue.End || !x.reportOpens(x.tokenAfter(nested.Content.Start)) {
		return false
	}
	if nested.Stance == sitrep.StanceQuestion || x.participleBeforeVerb(nested) {
		// "the witness had not told the truth": no report; "the
		// casualties reported on Monday were far higher": a participle
		// that modifies its noun, whose clause's verb follows.
		return false
	}
	if last := x.tokenAfter(nested.Source.End) - 1; last > x.tokenAfter(nested.Source.Start) && subjectPronouns[x.words[last]] || relativePronouns[x.words[x.tokenAfter(nested.Source.Start)]] {
		return false // "referenced the impact it said …"; "a man who said he was …"
	}
	for i := len(kept) - 1; i >= 0; i-- {
		a := &kept[i]
		if a.Source.IsEmpty() || !a.Content.Contains(nested.Cue) || !a.Content.Contains(nested.Source) {
			continue
		}
		if a.Stance != sitrep.StanceAssert && a.Stance != sitrep.StanceConfirm {
			return false
		}
		t := x.tokenAfter(a.Content.Start)
		if t < len(x.toks) && x.words[t] == "that" {
			t++
		}
		return t < len(x.toks) && x.toks[t].Start == nested.Source.Start
	}
	return false
}

// participleBeforeVerb reports whether the content of a's cue opens, after
// any time, with a finite verb: the cue was a participle after its noun
// ("the figures announced last week were preliminary").
func (x *extractor) participleBeforeVerb(a sitrep.Attribution) bool {
	t := x.tokenAfter(a.Cue.End)
	for t < len(x.toks) && x.toks[t].Start < a.Content.End && x.isTimeWord(t) {
		t++
	}
	return t < len(x.toks) && x.toks[t].Start < a.Content.End && x.finiteVerbAt(t)
}

// reportOpens reports whether token i can open what a verb of speech
// reports: "that", a subject pronoun, an object (see objectOpens), a
// quotation or a gerund ("witnesses reported hearing shots").
func (x *extractor) reportOpens(i int) bool {
	if i >= len(x.toks) {
		return false
	}
	w := x.words[i]
	return w == "that" || subjectPronouns[w] || x.objectOpens(i) || x.quoteOf[i] >= 0 ||
		x.shapes[i] == shapeLow && len(w) > 4 && strings.HasSuffix(w, "ing")
}

// outletSpeech are the verbs of speech whose nested attributions an
// outlet's report relays (see reportedByOutlet).
var outletSpeech = wordSet(`said says told tells reported reports announced stated added`)

// claimPhrase reports whether c is a cue of several words that takes a
// side on an event: accuses, denies or confirms it.
func claimPhrase(c *cue) bool {
	return len(c.words) > 1 && claimStance(c.stance)
}

// inCue reports whether token t lies in the cue of one of cands.
func (x *extractor) inCue(cands []candidate, t int) bool {
	for _, c := range cands {
		if c.a.Cue.Start <= x.toks[t].Start && x.toks[t].End <= c.a.Cue.End {
			return true
		}
	}
	return false
}

// build returns the attribution the rules build around match m of the
// sentence [s0, s1), followed by the matches later, whose attributions so
// far are x.out[first:].
func (x *extractor) build(m match, s0, s1 int, later []match, first int) (sitrep.Attribution, bool) {
	if m.cue.kind == cueVerb {
		return x.verb(m, s0, s1, later, first)
	}
	return x.prep(m, s0, s1, later)
}

// Feature templates of the judge.
const (
	jBias byte = iota + 1
	jOrigin
	jOriginScore
	jScore
	jOriginKind
	jOriginStance
	jWord
	jOriginWord
	jStem
	jSource
	jOriginSource
	jScoreSource
	jContent
	jOriginContent
	jScoreContent
	jSourceContent
	jWordContent
	jWordSource
	jSourceLen
	jContentLen
	jOriginContentLen
	jComplement
	jWordComplement
	jOuter
	jOriginOuter
	jOriginSiblings
	jOriginPosition
	jOriginEntity
	jOriginFlags
	jSenseContent
	jOriginPrev
	jOriginNext
	jSourceHead
	jOriginContentFirst
)

// judgeFeature returns the feature of template t over the values a and b,
// small numbers or hashes of words: a multiplicative mix, cheaper than
// hashing names, since every candidate has some forty features.
func judgeFeature(t byte, a, b uint64) uint64 {
	h := (uint64(t)<<56 ^ a) * 0x9E3779B97F4A7C15
	h = (h ^ h>>29 ^ b) * 0xBF58476D1CE4E5B9
	return h ^ h>>32
}

// jOriginFeatures[o] is the feature jOrigin of origin o, whose weight
// TrainJudge shifts to place the origin's threshold.
var jOriginFeatures = func() (f [len(originNames)]uint64) {
	for o := range f {
		f[o] = judgeFeature(jOrigin, uint64(o), 0)
	}
	return f
}()

// numScoreBuckets is how many values scoreBucket takes.
const numScoreBuckets = 14

// scoreBucket returns a bucket of m's score, in steps of 2, or the last
// bucket if it was not scored.
func scoreBucket(m match) uint64 {
	if !m.scored {
		return numScoreBuckets - 1
	}
	return uint64(int(max(-7, min(5, math.Floor(m.score/2)))) + 7)
}

// lengthBucket returns a bucket of a length of n tokens: 0, 1, 2, 3-4,
// 5-8, 9-16, 17 or more.
func lengthBucket(n int) uint64 {
	if n <= 2 {
		return uint64(max(n, 0))
	}
	return uint64(min(bits.Len(uint(n-1)), 5)) + 1
}

// tokensIn returns how many tokens start in sp.
func (x *extractor) tokensIn(sp sitrep.Span) int {
	if sp.IsEmpty() {
		return 0
	}
	return x.tokenAfter(sp.End) - x.tokenAfter(sp.Start)
}

// Kinds of source (see sourceKind).
const (
	sourceNone = iota
	sourcePronoun
	sourceRelative
	sourceDeterminer
	sourceName
	sourceOther
)

// sourceKind returns the kind of a source whose first token is i and
// which has n tokens: none, a pronoun, a relative pronoun, a determiner
// phrase ("the ministry"), a name, or other.
func (x *extractor) sourceKind(i, n int) uint64 {
	switch {
	case n == 0 || i >= len(x.toks):
		return sourceNone
	case n == 1 && x.class[i]&classPronoun != 0:
		return sourcePronoun
	case relativePronouns[x.words[i]]:
		return sourceRelative
	case x.class[i]&classDeterminer != 0:
		return sourceDeterminer
	case x.shapes[i] == shapeCap:
		return sourceName
	}
	return sourceOther
}

// Kinds of content (see contentKind).
const (
	contentQuote = iota
	contentBefore
	contentThat
	contentTo
	contentQuoted
	contentAround
	contentAfter
	contentNone
)

// contentKind returns the kind of a's content, whose first token is i: a
// quotation, a clause before the cue, a "that" or "to" clause, a
// quotation that opens it, text on both sides of the cue, or text after.
func (x *extractor) contentKind(a *sitrep.Attribution, i int) uint64 {
	switch {
	case a.Direct:
		return contentQuote
	case a.Content.End <= a.Cue.Start:
		return contentBefore
	case i >= len(x.toks):
		return contentNone
	case x.words[i] == "that":
		return contentThat
	case x.words[i] == "to":
		return contentTo
	case x.quoteOf[i] >= 0:
		return contentQuoted
	case a.Content.Start < a.Cue.Start:
		return contentAround
	}
	return contentAfter
}

// wordHash returns the hash of token i's word, or of a marker outside
// the sentence [s0, s1) or inside a quotation.
func (x *extractor) wordHash(i, s0, s1 int) uint64 {
	switch {
	case i < s0:
		return 1
	case i >= s1:
		return 2
	case x.quoteOf[i] >= 0:
		return 3
	case x.known[i] >= 0:
		return x.lex.entries[x.known[i]].feats.word
	}
	return feature(fWord, x.words[i])
}

// judgeFeatures appends to fs the features of candidate c of the
// sentence [s0, s1), whose attributions by the rules are the first nMain
// of x.cands.
func (x *extractor) judgeFeatures(fs []uint64, c *candidate, s0, s1, nMain int) []uint64 {
	a, m := &c.a, c.m
	org := uint64(c.origin)
	sc := scoreBucket(m)
	w := x.wordHash(m.start, s0, s1)
	stemmed := uint64(0)
	if id := x.known[m.start]; id >= 0 {
		stemmed = x.lex.entries[id].feats.stemmed
	} else {
		stemmed = feature(fStem, stem(x.words[m.start]))
	}
	srcStart, contStart := x.tokenAfter(a.Source.Start), x.tokenAfter(a.Content.Start)
	srcLen, contLen := x.tokensIn(a.Source), x.tokensIn(a.Content)
	src, cont := x.sourceKind(srcStart, srcLen), x.contentKind(a, contStart)
	contBucket := lengthBucket(contLen)
	compl := uint64(x.complementKind(m.end, s1))
	outer := uint64(0)
	for _, o := range x.cands[:nMain] {
		if o.a.Content.Start <= a.Cue.Start && a.Cue.End <= o.a.Content.End {
			outer = x.wordHash(o.m.start, s0, s1)
			break
		}
	}
	siblings := uint64(nMain)
	if c.origin <= originModel {
		siblings-- // the others
	}
	pos := uint64(0) // mid
	switch {
	case m.start == s0:
		pos = 1 // first
	case m.start-s0 <= 3:
		pos = 2 // early
	case s1-m.start <= 3:
		pos = 3 // late
	}
	entity := uint64(0)
	if srcLen > 0 && x.mentionEndsAt(srcStart+srcLen-1) {
		entity = 1
	}
	flags := uint64(0)
	if m.cue.weak {
		flags |= 1
	}
	if m.cue.noSource {
		flags |= 2
	}
	kindStance := uint64(m.cue.kind)<<8 | uint64(len(m.cue.stance))<<16 | uint64(m.cue.stance[0])
	if x.class[m.start]&classSensed != 0 {
		fs = append(fs, judgeFeature(jSenseContent, x.lex.entries[x.known[m.start]].senseFeature, cont))
	}
	if srcLen > 0 {
		fs = append(fs, judgeFeature(jSourceHead, x.wordHash(srcStart+srcLen-1, s0, len(x.toks)), 0))
	}
	if contStart < len(x.toks) {
		fs = append(fs, judgeFeature(jOriginContentFirst, org, x.wordHash(contStart, s0, len(x.toks))))
	}
	return append(fs,
		judgeFeature(jBias, 0, 0),
		jOriginFeatures[c.origin],
		judgeFeature(jOriginScore, org, sc),
		judgeFeature(jScore, sc, 0),
		judgeFeature(jOriginKind, org, kindStance&0xff00),
		judgeFeature(jOriginStance, org, kindStance),
		judgeFeature(jWord, w, 0),
		judgeFeature(jOriginWord, org, w),
		judgeFeature(jStem, stemmed, 0),
		judgeFeature(jSource, src, 0),
		judgeFeature(jOriginSource, org, src),
		judgeFeature(jScoreSource, sc, src),
		judgeFeature(jContent, cont, 0),
		judgeFeature(jOriginContent, org, cont),
		judgeFeature(jScoreContent, sc, cont),
		judgeFeature(jSourceContent, src, cont),
		judgeFeature(jWordContent, w, cont),
		judgeFeature(jWordSource, w, src),
		judgeFeature(jSourceLen, lengthBucket(srcLen), 0),
		judgeFeature(jContentLen, contBucket, 0),
		judgeFeature(jOriginContentLen, org, contBucket),
		judgeFeature(jComplement, compl, 0),
		judgeFeature(jWordComplement, w, compl),
		judgeFeature(jOuter, outer, 0),
		judgeFeature(jOriginOuter, org, outer),
		judgeFeature(jOriginSiblings, org, min(siblings, 2)),
		judgeFeature(jOriginPosition, org, pos),
		judgeFeature(jOriginEntity, org, entity),
		judgeFeature(jOriginFlags, org, flags),
		judgeFeature(jOriginPrev, org, x.wordHash(m.start-1, s0, s1)),
		judgeFeature(jOriginNext, org, x.wordHash(m.end, s0, s1)),
	)
}
