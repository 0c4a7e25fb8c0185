package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lower returns w in lower case, without allocating when it already is.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(w)
		}
	}
	return w
}

// lowerASCII returns text with its ASCII capitals in lower case, so that
// the lower-case form of an ASCII token is a slice of it at the token's
// offsets, with one allocation a document rather than one a capitalized
// word.
func lowerASCII(text string) string {
	i := 0
	for i < len(text) && (text[i] < 'A' || text[i] > 'Z') {
		i++
	}
	if i == len(text) {
		return text
	}
	b := []byte(text)
	for ; i < len(b); i++ {
		if 'A' <= b[i] && b[i] <= 'Z' {
			b[i] += 'a' - 'A'
		}
	}
	return string(b)
}

// isASCII reports whether w holds only ASCII bytes.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isClauseEnd reports whether w ends the clause after an inverted source.
func isClauseEnd(w string) bool {
	switch w {
	case ".", ",", ";", ":", "!", "?", "—", "–", "--", "in", "on", "at", "to", "during", "after", "before", "from", "(", "”", "\"":
		return true
	}
	return false
}

// punctNotPossessive reports whether w is punctuation other than the
// possessive "'s", which belongs to a noun phrase: "The group's
// “Operation Dawn”".
func punctNotPossessive(w string) bool {
	return isPunct(w) && w != "'s" && w != "’s"
}

func isPunct(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf {
		c := w[0] | 0x20 // ASCII letters in lower case
		return !('a' <= c && c <= 'z') && !('0' <= w[0] && w[0] <= '9')
	}
	r, _ := utf8.DecodeRuneInString(w)
	return r != utf8.RuneError && !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z' || '0' <= s[0] && s[0] <= '9'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// edNouns end in -ed but are nouns, not verb forms.
var edNouns = wordSet(`need seed feed deed weed reed heed steed creed breed greed speed`)

// lowerVerbLike reports whether w looks like a lower-case verb form ending
// in -ed or -ing, which ends a noun phrase ("reported", "killing", "died":
// "Dillon, a spokesman, said five civilians died" has no source after
// "said").
func lowerVerbLike(w string) bool {
	if len(w) < 4 || !unicode.IsLower(rune(w[0])) || !strings.HasSuffix(w, "ed") && (len(w) == 4 || !strings.HasSuffix(w, "ing")) || edNouns[w] {
		return false
	}
	// No hyphen: strings.ContainsAny(w, "-‐") would decode every rune.
	return strings.IndexByte(w, '-') < 0 && !strings.Contains(w, "‐")
}

// isParticiple reports whether w is a past participle that makes a cue
// passive after a form of "be": "was told", "is expected".
func isParticiple(w string) bool {
	switch w {
	case "told", "said", "known", "shown", "seen", "found", "written", "thought", "heard", "read":
		return true
	}
	return strings.HasSuffix(w, "ed")
}

// isNumber reports whether w is a number in digits or one of the small
// numbers in words that open a clause: "told Reuters 12 people died",
// "told AFP two soldiers died".
func isNumber(w string) bool {
	return w != "" && '0' <= w[0] && w[0] <= '9' || smallNumbers[w]
}

var smallNumbers = wordSet(`two three four five six seven eight nine ten dozens hundreds thousands`)

// lowerWord reports whether w is a word in lower case: a verb or particle
// rather than a name.
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !determiners[w]
}

// isAux reports whether token i is an auxiliary or adverb in lower case,
// so that "Kelly" is not taken for an adverb.
func (x *extractor) isAux(i int) bool { return x.class[i]&classAuxToken != 0 }

// A wordClass is a set of bits saying which of the closed word sets a word
// belongs to. The extractor looks each token up once (see classOf) and then
// tests bits, since the rules and the cue features ask the same questions
// of every token many times.
type wordClass uint16

const (
	classPronoun wordClass = 1 << iota
	classDeterminer
	classAuxiliary // auxiliaries[w]
	classNegation
	classParticle
	classPastAuxiliary
	classPastNegation
	classAuxToken // per token only: isAuxiliary(w) and in lower case
	classCueWord  // per token only: some cue of the lexicon starts with it
	classSensed   // the word has a sense (senses.txt)
	classNPStop   // npStop[w]
	classNPInner  // npInner[w]
	classTemporal // temporalWords[w]
	classTellVerb // tellVerbs[w]
	classCueParticle
	classClauseOpener
)

// closedClasses maps each word of the closed sets to its classes.
var closedClasses = func() map[string]wordClass {
	m := make(map[string]wordClass)
	for _, set := range []struct {
		words map[string]bool
		class wordClass
	}{
		{pronouns, classPronoun}, {determiners, classDeterminer}, {auxiliaries, classAuxiliary},
		{negations, classNegation}, {particles, classParticle},
		{pastAuxiliaries, classPastAuxiliary}, {pastNegations, classPastNegation},
		{npStop, classNPStop}, {npInner, classNPInner}, {temporalWords, classTemporal},
		{tellVerbs, classTellVerb}, {cueParticles, classCueParticle}, {clauseOpeners, classClauseOpener},
	} {
		for w := range set.words {
			m[w] |= set.class
		}
	}
	return m
}()

// classify returns the classes of the lower-case token w, whose text as
// written is orig and whose index into lex.entries is id (-1 if none), and
// its shape for the cue model (see wordShape). It is called for every
// token, so it decodes a rune only for a token that does not start with
// an ASCII byte.
func (lex *lexicon) classify(id int32, w, orig string) (wordClass, shape) {
	var c wordClass
	if id >= 0 {
		c = lex.entries[id].class
	}
	var lowerFirst, upperFirst, punct bool // of orig, orig, w
	if f := asciiFlags[orig[0]]; f != 0 {
		lowerFirst, upperFirst = f&asciiLower != 0, f&(asciiUpper|asciiDigit) != 0
	} else {
		r, _ := utf8.DecodeRuneInString(orig)
		lowerFirst, upperFirst = unicode.IsLower(r), unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	if f := asciiFlags[w[0]]; f != 0 {
		punct = f&asciiPunct != 0
	} else {
		punct = isPunct(w)
	}
	// An auxiliary is never a determiner, so lowerWord(orig) reduces to
	// its first test.
	if lowerFirst && (c&(classAuxiliary|classNegation) != 0 || isLyAdverb(w)) {
		c |= classAuxToken
	}
	return c, wordShape(w, c, punct, upperFirst && c&(classPronoun|classDeterminer) == 0)
}

// The classes of an ASCII byte in asciiFlags.
const (
	asciiLower uint8 = 1 << iota
	asciiUpper
	asciiDigit
	asciiPunct // neither a letter nor a digit
)

// asciiFlags holds the classes of each ASCII byte, and 0 for the bytes of
// other runes, as isPunct and startsUpper see them.
var asciiFlags = func() (f [256]uint8) {
	for b := range utf8.RuneSelf {
		switch {
		case 'a' <= b && b <= 'z':
			f[b] = asciiLower
		case 'A' <= b && b <= 'Z':
			f[b] = asciiUpper
		case '0' <= b && b <= '9':
			f[b] = asciiDigit
		default:
			f[b] = asciiPunct
		}
	}
	return f
}()

// isLyAdverb reports whether w looks like an adverb in -ly ("recently"),
// which may stand inside a cue.
func isLyAdverb(w string) bool {
	n := len(w)
	return n > 4 && w[n-2] == 'l' && w[n-1] == 'y' && w != "early" && w != "family" && w != "italy"
}

// isAuxiliary reports whether w may precede a reporting verb inside its
// cue: auxiliaries, negation and adverbs such as "recently".
func isAuxiliary(w string) bool {
	return auxiliaries[w] || negations[w] || isLyAdverb(w)
}

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

var (
	determiners = wordSet(`the a an this that these those his her its their our my your whose every each`)
	auxiliaries = wordSet(`has have had having also will would could should may might must can did does do is was were are be been being am
		not never just later again previously then already once still first publicly reportedly repeatedly recently
		now even ever always often actually really further finally perhaps long together`)
	beForms   = wordSet(`is was were are be been being am`)
	negations = wordSet(`not never n't didn't doesn't don't hasn't haven't hadn't wasn't weren't won't wouldn't couldn't can't cannot didn’t doesn’t don’t hasn’t haven’t hadn’t wasn’t weren’t won’t wouldn’t couldn’t can’t`)
	// npStop ends a noun phrase: clause words, conjunctions, and temporal
	// words that head an adverbial rather than a source.
	npStop = wordSet(`that which who whom whose when while because if as and but or so after before since although though where than what how why whether
		not also then however meanwhile nevertheless yesterday today tonight monday tuesday wednesday thursday friday saturday sunday
		there here it's is was were are be been has have had will would could should may might must can did does do`)
	// npInner are prepositions and conjunctions that may join the parts of
	// a name but never start or end a source.
	npInner       = wordSet(`of for in at on from with by to about and`)
	reporterNouns = wordSet(`officials official sources source media outlets outlet agency agencies report reports reporters newspaper newspapers
		witnesses eyewitnesses residents activists monitor monitors observatory ministry office spokesman spokeswoman spokesperson statement group groups channel television radio police army military
		experts analysts doctors medics diplomats investigators survivors authorities villagers nurses paramedics rescuers relatives journalists`)
	// citedNouns are, besides reporterNouns, the ones a lone "citing" or a
	// relay names in the singular: "citing the vessel's master".
	citedNouns = wordSet(`witness eyewitness resident activist expert analyst doctor medic diplomat investigator survivor
		master captain crew commander officer villager nurse paramedic rescuer relative journalist governor minister mayor`)
	invertingVerbs   = wordSet(`said says say added adds wrote writes asked asks explained continued noted recalled replied warned insisted argued declared remarked concluded stated announced tweeted quipped joked observed offered cautioned`)
	temporalWords    = wordSet(`monday tuesday wednesday thursday friday saturday sunday today yesterday tonight earlier later this last morning afternoon evening night week just`)
	namingVerbs      = wordSet(`known named dubbed titled`)
	pronouns         = wordSet(`i you he she it we they who`)
	relativePronouns = wordSet(`who which that`)
	tellVerbs        = wordSet(`told tell tells telling asked asks`)
	listenerNouns    = wordSet(`journalists reporters correspondents press lawmakers parliament delegates supporters crowds`)
	// adjunctStarts open an adjunct after a cue and its hearer, which
	// leaves the clause without a complement: "told AFP by telephone".
	adjunctStarts     = wordSet(`by via over with`)
	subordinateStarts = wordSet(`in on at during after before when while as if since although though later shortly here with for by from despite following amid upon once`)
	cueParticles      = wordSet(`of about for against`)
	// adjunctPreps open an adjunct between a cue and the clause it
	// reports: "said in a statement that", "said during a rally that".
	adjunctPreps = wordSet(`in on at during via through over after before with from`)
	// reportNouns name what a statement was made in, and relayParticiples
	// the agency that passed it on: "in a statement carried by SANA".
	reportNouns      = wordSet(`statement statements remarks comments interview interviews speech address message video post letter communique communiqué report briefing call`)
	timeNouns        = wordSet(`day days week month year night morning afternoon evening time`)
	relayParticiples = wordSet(`carried published broadcast aired posted released quoted cited relayed reproduced republished`)
	clauseOpeners    = wordSet(`that how what why whether when where who if`)
	introWords       = wordSet(`on in at during after before last earlier later nevertheless however meanwhile separately also but and yet still`)
	// contentBreaks open a clause of their own, which ends the content of
	// a cue before them when another cue's subject follows: "… while Trump
	// is arguing that", "…, which Putin opposed", "as many Democrats
	// believe".
	contentBreaks = wordSet(`while whereas although though as when after because before since who which`)
)
