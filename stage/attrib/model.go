package attrib

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
)

// cueWeights is the cue classifier, written by "sitrep train attrib" from
// the training split of PolNeAR v1.0.0 (Newell, Margolin and Ruths, LREC
// 2018; github.com/networkdynamics/PolNeAR at commit c3eee83, released for
// research without a stated licence). It holds hashed feature weights and
// no text. The format (see writeCueModel) is gzip of the magic
// "ATTRCUE2"; the vocabulary, a little-endian uint32 count and that many
// uint64 hashes of the words that were cues often enough in training to be
// scored at all; then the weights, a uint32 count and that many pairs of a
// uint64 feature hash and a float32 weight. Hashes ascend.
//
//go:embed cue_weights.bin.gz
var cueWeights []byte

// judgeWeights is the judge of candidate attributions (see
// judgeSentence), written by "sitrep train attrib --judge" from the same
// training split as cueWeights, in its format with no vocabulary. It
// holds hashed feature weights and no text.
//
//go:embed judge_weights.bin.gz
var judgeWeights []byte

// modelMagic opens a serialized cue model.
const modelMagic = "ATTRCUE2"

// cueThreshold is the score above which a word the lexicon does not list
// is taken as a cue. It is the perceptron's own decision boundary: on
// PolNeAR dev, moving it trades precision for recall at a nearly constant
// F1 (0.74 to 0.75 from -3 to +2), so it is not tuned.
const cueThreshold = 0

// vetoThreshold is the score at or below which a one-word cue of the
// lexicon is not taken as a cue: "said" in "the said person", "called" in
// "a group called". It lies below cueThreshold because the lexicon is
// evidence of its own, which only a confident model overrules; the
// lexicon's rare verbs ("the statement read") get unreliable scores. Of
// 0, -1, -5 and -10, tried on PolNeAR dev, F1 moved by under 0.01.
const vetoThreshold = -5

// A cueModel scores each word of a sentence as (part of) an attribution
// cue: a linear model over hashed features of the word and its context.
type cueModel struct {
	vocab   *hashTable // feature(fWord, w) of every word w that may be a cue
	weights *hashTable
}

// loadCueModel reads the format of cueWeights.
func loadCueModel(gz []byte) (*cueModel, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, fmt.Errorf("attrib: cue model: %w", err)
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("attrib: cue model: %w", err)
	}
	bad := errors.New("attrib: cue model: truncated or corrupt")
	if len(data) < len(modelMagic) || string(data[:len(modelMagic)]) != modelMagic {
		return nil, errors.New("attrib: cue model: bad header")
	}
	data = data[len(modelMagic):]
	m := &cueModel{}
	if len(data) < 4 {
		return nil, bad
	}
	nv := int(binary.LittleEndian.Uint32(data))
	data = data[4:]
	if len(data) < 8*nv {
		return nil, bad
	}
	// Most words looked up are absent; at a load of at most a quarter,
	// their lookups mostly probe one slot.
	m.vocab = newHashTable(2 * nv)
	for i := 0; i < nv; i++ {
		m.vocab.set(binary.LittleEndian.Uint64(data[8*i:]), 1)
	}
	data = data[8*nv:]
	if len(data) < 4 {
		return nil, bad
	}
	n := int(binary.LittleEndian.Uint32(data))
	data = data[4:]
	if len(data) != 12*n {
		return nil, bad
	}
	// Likewise for the features, many of which the model lacks.
	m.weights = newHashTable(2 * n)
	for i := 0; i < n; i++ {
		h := binary.LittleEndian.Uint64(data[12*i:])
		m.weights.set(h, math.Float32frombits(binary.LittleEndian.Uint32(data[12*i+8:])))
	}
	return m, nil
}

// writeCueModel writes vocab and weights in the format of cueWeights,
// leaving out weights too small to matter, deterministically.
func writeCueModel(w io.Writer, vocab map[uint64]bool, weights map[uint64]float64) error {
	var buf bytes.Buffer
	buf.WriteString(modelMagic)
	var b [12]byte
	words := make([]uint64, 0, len(vocab))
	for h := range vocab {
		words = append(words, h)
	}
	sort.Slice(words, func(i, j int) bool { return words[i] < words[j] })
	binary.LittleEndian.PutUint32(b[:4], uint32(len(words)))
	buf.Write(b[:4])
	for _, h := range words {
		binary.LittleEndian.PutUint64(b[:8], h)
		buf.Write(b[:8])
	}
	keys := make([]uint64, 0, len(weights))
	for h, v := range weights {
		if math.Abs(v) >= minWeight {
			keys = append(keys, h)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	binary.LittleEndian.PutUint32(b[:4], uint32(len(keys)))
	buf.Write(b[:4])
	for _, h := range keys {
		binary.LittleEndian.PutUint64(b[:8], h)
		binary.LittleEndian.PutUint32(b[8:], math.Float32bits(float32(weights[h])))
		buf.Write(b[:])
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(buf.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// minWeight is the smallest averaged weight worth shipping: the
// classifier's margins are sums of whole perceptron updates and the
// judge's log odds of order one, so smaller ones hardly matter.
const minWeight = 0.001

// knowsFeature reports whether the model scores the word whose feature
// fWord is f.
func (m *cueModel) knowsFeature(f uint64) bool { return m.vocab.has(f) }

// score returns the model's margin for the features fs.
func (m *cueModel) score(fs []uint64) float64 { return m.weights.sum(fs) }

// Feature templates: each feature hashes a template byte and one or two
// strings.
const (
	fBias byte = iota + 1
	fWord
	fSuffix3
	fSuffix2
	fPrev
	fNext
	fNext2
	fPrev2
	fPrevWord
	fWordNext
	fPrevShape
	fShape
	fNextShape
	fLexicon
	fNextLexicon
	fPosition
	fQuoteNear
	fQuoteInSentence
	fSentenceEnd
	fPrevShapeWord
	fWordNextShape
	fStem
	fSubjectShape
	fSubjectWord
	fComplement
	fMention
	fOtherCue
	fSense
)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString continues the FNV-1a hash h over the bytes of s. It hashes
// four bytes a round and the last up to three unrolled, which spares a
// loop test per byte: scoring a word hashes some hundred bytes, in words
// of a few bytes.
func hashString(h uint64, s string) uint64 {
	for len(s) >= 4 {
		h = (h ^ uint64(s[0])) * fnvPrime
		h = (h ^ uint64(s[1])) * fnvPrime
		h = (h ^ uint64(s[2])) * fnvPrime
		h = (h ^ uint64(s[3])) * fnvPrime
		s = s[4:]
	}
	switch len(s) {
	case 3:
		h = (h ^ uint64(s[0])) * fnvPrime
		h = (h ^ uint64(s[1])) * fnvPrime
		h = (h ^ uint64(s[2])) * fnvPrime
	case 2:
		h = (h ^ uint64(s[0])) * fnvPrime
		h = (h ^ uint64(s[1])) * fnvPrime
	case 1:
		h = (h ^ uint64(s[0])) * fnvPrime
	}
	return h
}

func feature(t byte, a string) uint64 {
	h := uint64(fnvOffset)
	h ^= uint64(t)
	h *= fnvPrime
	return hashString(h, a)
}

func feature2(t byte, a, b string) uint64 {
	return hashString(prefix2(t, a), b)
}

// prefix2 returns the hash of the part of feature2(t, a, b) before b, for
// features whose first string is a constant.
func prefix2(t byte, a string) uint64 {
	return feature(t, a) * fnvPrime // hashString(feature(t, a), "\x00"): the zero byte leaves h as it is
}

// The features of constant strings, hashed once. Positions, quote
// contexts and complements are indexed by their names' order in
// cueFeatures and complementKind.
var (
	featBias            = feature(fBias, "")
	featMentionBefore   = feature(fMention, "before")
	featLexiconNone     = feature(fLexicon, "none")
	featNextLexicon     = feature(fNextLexicon, "")
	featQuoteInSentence = feature(fQuoteInSentence, "")
	prefixMentionBefore = prefix2(fMention, "before")
	featPositions       = [...]uint64{feature(fPosition, "mid"), feature(fPosition, "first"), feature(fPosition, "early"), feature(fPosition, "late")}
	positionNames       = [...]string{"mid", "first", "early", "late"}
	featQuoteNear       = [...]uint64{feature(fQuoteNear, "none"), feature(fQuoteNear, "closes-before"), feature(fQuoteNear, "opens-after")}
	prefixOtherCue      = [...]uint64{prefix2(fOtherCue, "none"), prefix2(fOtherCue, "before"), prefix2(fOtherCue, "after")}
	prefixComplement    = func() (p [len(complementNames)]uint64) {
		for k, name := range complementNames {
			p[k] = prefix2(fComplement, name)
		}
		return p
	}()
)

// A shape is the class of a token that the features of its neighbours see
// (see wordShape).
type shape uint8

const (
	shapeLow shape = iota
	shapeCap
	shapePron
	shapeDet
	shapeAux
	shapeNum
	shapeQuote
	shapePunct // named by the token itself: ",", "“"
	shapeStart // before the sentence
	shapeEnd   // after the sentence
	numShapes
)

// shapeNames are the names of the shapes that features hash.
var shapeNames = [numShapes]string{"low", "Cap", "pron", "det", "aux", "num", "quote", "", "<s>", "</s>"}

// shapeFeatures[t][k] is feature(t, shapeNames[k]) and shapePrefixes[t][k]
// is prefix2(t, shapeNames[k]), hashed once for every template t.
var shapeFeatures, shapePrefixes = func() (f, p [fSense + 1][numShapes]uint64) {
	for t := range f {
		for k, name := range shapeNames {
			f[t][k], p[t][k] = feature(byte(t), name), prefix2(byte(t), name)
		}
	}
	return f, p
}()

// shapeAt returns the shape of token i, or a marker outside the sentence
// [s0, s1).
func (x *extractor) shapeAt(i, s0, s1 int) shape {
	if i < s0 {
		return shapeStart
	}
	if i >= s1 {
		return shapeEnd
	}
	return x.shapes[i]
}

// shapeName returns the name of the shape of token i in the sentence [s0, s1).
func (x *extractor) shapeName(i, s0, s1 int) string {
	if k := x.shapeAt(i, s0, s1); k != shapePunct {
		return shapeNames[k]
	}
	return x.words[i]
}

// shapeFeature returns feature(t, x.shapeName(i, s0, s1)).
func (x *extractor) shapeFeature(t byte, i, s0, s1 int) uint64 {
	if k := x.shapeAt(i, s0, s1); k != shapePunct {
		return shapeFeatures[t][k]
	}
	return feature(t, x.words[i])
}

// shapePrefix returns prefix2(t, x.shapeName(i, s0, s1)).
func (x *extractor) shapePrefix(t byte, i, s0, s1 int) uint64 {
	if k := x.shapeAt(i, s0, s1); k != shapePunct {
		return shapePrefixes[t][k]
	}
	return prefix2(t, x.words[i])
}

// wordShape classes a token outside quotations, the lower-case word w of
// classes c, for the features of its neighbours: punct and upper say
// whether it is punctuation and whether it is written capitalized (and not
// a pronoun or determiner).
func wordShape(w string, c wordClass, punct, upper bool) shape {
	switch {
	case punct:
		return shapePunct
	case w[0] >= '0' && w[0] <= '9':
		return shapeNum
	case upper:
		return shapeCap // but sentence-initial "He", "The" fall through
	case c&classPronoun != 0:
		return shapePron
	case c&classDeterminer != 0:
		return shapeDet
	case c&(classAuxiliary|classNegation) != 0:
		return shapeAux
	}
	return shapeLow
}

// wordAt returns the lower-case word i, or a marker outside the sentence.
func (x *extractor) wordAt(i, s0, s1 int) string {
	if i < s0 {
		return "<s>"
	}
	if i >= s1 {
		return "</s>"
	}
	return x.words[i]
}

// wordFeatures are the features of cueFeatures, and the hashes of the
// parts of features, that depend on the word alone: the lexicon hashes
// them once for its words.
type wordFeatures struct {
	stem          string
	word, stemmed uint64 // feature(fWord, w), feature(fStem, stem)
	// suffix3 and suffix2 are the suffix features of a word of more than
	// four bytes.
	suffix3, suffix2 uint64
	long             bool // the suffix features apply
	// Hashes of the features of two strings whose first is the word.
	wordNext, wordNextShape uint64
}

// newWordFeatures returns the wordFeatures of w.
func newWordFeatures(w string) wordFeatures { return newWordFeaturesHashed(w, feature(fWord, w)) }

// newWordFeaturesHashed returns the wordFeatures of w, whose feature fWord
// is word.
func newWordFeaturesHashed(w string, word uint64) wordFeatures {
	st := stem(w)
	wf := wordFeatures{
		stem:          st,
		word:          word,
		stemmed:       feature(fStem, st),
		wordNext:      prefix2(fWordNext, w),
		wordNextShape: prefix2(fWordNextShape, w),
	}
	if len(w) > 4 {
		wf.long, wf.suffix3, wf.suffix2 = true, feature(fSuffix3, w[len(w)-3:]), feature(fSuffix2, w[len(w)-2:])
	}
	return wf
}

// cueFeatures appends to fs the features of token i in the sentence of
// tokens [s0, s1) and returns the result.
func (x *extractor) cueFeatures(fs []uint64, i, s0, s1 int) []uint64 {
	var own wordFeatures
	return x.cueFeaturesOf(fs, i, s0, s1, x.wordFeatures(i, &own))
}

// wordFeatures returns the wordFeatures of token i: the lexicon's, or else
// computed into own.
func (x *extractor) wordFeatures(i int, own *wordFeatures) *wordFeatures {
	if id := x.known[i]; id >= 0 {
		return &x.lex.entries[id].feats
	}
	*own = newWordFeatures(x.words[i])
	return own
}

// cueFeaturesOf is cueFeatures for the token i whose wordFeatures are wf.
func (x *extractor) cueFeaturesOf(fs []uint64, i, s0, s1 int, wf *wordFeatures) []uint64 {
	w := x.words[i]
	prev, next := x.wordAt(i-1, s0, s1), x.wordAt(i+1, s0, s1)
	fs = append(fs,
		featBias,
		wf.word,
		feature(fPrev, prev),
		feature(fNext, next),
		feature(fPrev2, x.wordAt(i-2, s0, s1)),
		feature(fNext2, x.wordAt(i+2, s0, s1)),
		feature2(fPrevWord, prev, w),
		hashString(wf.wordNext, next),
		x.shapeFeature(fPrevShape, i-1, s0, s1),
		x.shapeFeature(fNextShape, i+1, s0, s1),
		x.shapeFeature(fShape, i, s0, s1),
		hashString(x.shapePrefix(fPrevShapeWord, i-1, s0, s1), w),
		hashString(wf.wordNextShape, x.shapeName(i+1, s0, s1)),
		wf.stemmed,
	)
	// The subject before any auxiliaries: "Trump has repeatedly said".
	j := i - 1
	for j >= s0 && x.isAux(j) {
		j--
	}
	fs = append(fs, hashString(x.shapePrefix(fSubjectShape, j, s0, s1), wf.stem), feature(fSubjectWord, x.wordAt(j, s0, s1)))
	if j >= s0 && x.mentionEndsAt(j) {
		fs = append(fs, featMentionBefore, hashString(prefixMentionBefore, wf.stem))
	}
	complement := x.complementKind(i+1, s1)
	fs = append(fs, hashString(prefixComplement[complement], wf.stem))
	if wf.long {
		fs = append(fs, wf.suffix3, wf.suffix2)
	}
	if x.class[i]&classCueWord != 0 {
		fs = append(fs, x.lex.entries[x.known[i]].cueFeature)
	} else {
		fs = append(fs, featLexiconNone)
	}
	if i+1 < s1 && x.class[i+1]&classCueWord != 0 {
		fs = append(fs, featNextLexicon)
	}
	pos := 0 // mid
	switch {
	case i == s0:
		pos = 1 // first
	case i-s0 <= 3:
		pos = 2 // early
	case s1-i <= 3:
		pos = 3 // late
	}
	fs = append(fs, featPositions[pos])
	near := 0 // none
	switch {
	case i-1 >= s0 && x.closesQuotation(i-1) || i-2 >= s0 && x.closesQuotation(i-2):
		near = 1 // closes-before
	case i+1 < s1 && x.quoteOf[i+1] >= 0 || i+2 < s1 && x.quoteOf[i+2] >= 0:
		near = 2 // opens-after
	}
	fs = append(fs, featQuoteNear[near])
	// Another cue of the lexicon in the sentence competes for its
	// attribution: "said … that was supported by".
	x.sentenceContext(s0, s1)
	other := 0 // none
	if first := x.sent.firstCue; first >= 0 && first < i {
		other = 1 // before
	} else if x.sent.lastCue > i {
		other = 2 // after
	}
	fs = append(fs, hashString(prefixOtherCue[other], wf.stem))
	if x.class[i]&classSensed != 0 {
		e := &x.lex.entries[x.known[i]]
		// What the words of one sense share: "plans to", "decided to",
		// "intends to" after a name.
		fs = append(fs, e.senseFeature,
			hashString(e.sensePrefix, complementNames[complement]),
			hashString(e.sensePrefix, x.shapeName(j, s0, s1)),
			hashString(e.sensePrefix, positionNames[pos]))
	}
	if x.sent.quoted {
		fs = append(fs, featQuoteInSentence)
	}
	if next == "." || next == "</s>" {
		fs = append(fs, feature2(fSentenceEnd, w, x.shapeName(i-1, s0, s1)))
	}
	return fs
}

var kindNames = [...]string{cueVerb: "verb", cuePrep: "prep", cueRelay: "relay"}

// A sentenceContext holds what the features of every word of one sentence
// share, computed once per sentence.
type sentenceContext struct {
	s0, s1 int
	// The first and last tokens outside quotations that start a cue of
	// the lexicon; -1 if none.
	firstCue, lastCue int
	quoted            bool // a token of the sentence lies in a quotation
}

// sentenceContext makes x.sent describe the sentence of tokens [s0, s1).
func (x *extractor) sentenceContext(s0, s1 int) {
	if x.sent.s0 == s0 && x.sent.s1 == s1 && s1 > s0 {
		return
	}
	x.sent = sentenceContext{s0: s0, s1: s1, firstCue: -1, lastCue: -1}
	for j := s0; j < s1; j++ {
		if x.quoteOf[j] >= 0 {
			x.sent.quoted = true
		} else if x.class[j]&classCueWord != 0 {
			if x.sent.firstCue < 0 {
				x.sent.firstCue = j
			}
			x.sent.lastCue = j
		}
	}
}

// isCandidate reports whether token i may be scored as a cue: a word
// outside quotations, not an auxiliary (which joins the cue after it), a
// pronoun, a determiner, a number or a particle.
func (x *extractor) isCandidate(i int) bool {
	switch x.shapes[i] {
	case shapeLow:
		return x.class[i]&classParticle == 0
	case shapeCap:
		return true
	}
	return false
}

// particles are the prepositions that end a cue ("support for", "pointed
// out") but never stand for one.
var particles = wordSet(`of for in at on from with by to about as into over out up off against upon`)

// cueScore returns the model's score for token i of the sentence of tokens
// [s0, s1) as a cue, and whether the model judges the word: known is false
// for punctuation, auxiliaries and words that were seldom or never cues in
// training, unless they have a sense (senses.txt), whose features stand in
// for the word's own.
func (x *extractor) cueScore(i, s0, s1 int) (score float64, known bool) {
	if x.model == nil || !x.isCandidate(i) {
		return 0, false
	}
	var own wordFeatures
	wf := &own
	if id := x.known[i]; id >= 0 {
		wf = &x.lex.entries[id].feats
		if !x.model.knowsFeature(wf.word) && x.class[i]&classSensed == 0 {
			return 0, false
		}
	} else {
		// A word the lexicon lacks has no sense: the model must know it.
		f := feature(fWord, x.words[i])
		if !x.model.knowsFeature(f) {
			return 0, false
		}
		own = newWordFeaturesHashed(x.words[i], f)
	}
	x.feats = x.cueFeaturesOf(x.feats[:0], i, s0, s1, wf)
	return x.model.score(x.feats), true
}

// stem strips a common inflection from w, so that "thinks", "thinking"
// and "thought" share evidence with "think" where the spelling allows.
func stem(w string) string {
	for _, suf := range [...]string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// What may follow a cue (see complementKind): indexes of complementNames.
const (
	complNone = iota
	complQuote
	complThat
	complTo
	complColon
	complAbout
	complOf
	complFor
	complOn
	complPeriod
	complComma
)

// complementNames name what may follow a cue in its features.
var complementNames = [...]string{complNone: "none", complQuote: "quote", complThat: "that", complTo: "to",
	complColon: ":", complAbout: "about", complOf: "of", complFor: "for", complOn: "on", complPeriod: "end.", complComma: "end,"}

// complementKind names what follows token i within a few words: a "that"
// clause, an infinitive, a colon, a quotation, or nothing of these. It
// returns an index into complementNames.
func (x *extractor) complementKind(i, s1 int) int {
	for j := i; j < s1 && j < i+4; j++ {
		w := x.words[j]
		if x.quoteOf[j] >= 0 {
			return complQuote
		}
		switch w {
		case "that":
			return complThat
		case "to":
			return complTo
		case ":":
			return complColon
		case "about":
			return complAbout
		case "of":
			return complOf
		case "for":
			return complFor
		case "on":
			return complOn
		case ".":
			return complPeriod
		case ",":
			return complComma
		}
	}
	return complNone
}

// mentionEndsAt reports whether a mention of a speaking entity (a
// person, organization, country or group) ends at token i.
func (x *extractor) mentionEndsAt(i int) bool {
	if !x.mentionsOK {
		x.mentionsOK = true
		x.mentionEnd = slices.Grow(x.mentionEnd[:0], len(x.toks))[:len(x.toks)]
		clear(x.mentionEnd)
		// The mentions ascend by Start, so a cursor walks the tokens
		// once; a mention's last token is the last to start before its
		// End. (Locals, which the stores to ends cannot change, spare
		// reloading the fields of x a token.)
		toks, ends, ms := x.toks, x.mentionEnd, x.doc.Mentions
		p := 0 // the first token starting at or after the mention's Start
		for k, m := range ms {
			if k > 0 && m.Start < ms[k-1].Start {
				p = 0 // out of order: start over
			}
			for p < len(toks) && toks[p].Start < m.Start {
				p++
			}
			if !speaks(m.Type) {
				continue
			}
			t := p
			for t < len(toks) && toks[t].Start < m.End {
				t++
			}
			if t--; t >= 0 && toks[t].End == m.End {
				ends[t] = true
			}
		}
	}
	return x.mentionEnd[i]
}
