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
	m.vocab = newHashTable(nv)
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
	m.weights = newHashTable(n)
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

// minWeight is the smallest averaged weight worth shipping: the margins
// are sums of whole perceptron updates, so smaller ones hardly matter.
const minWeight = 0.001

// knows reports whether the model scores the word w at all.
func (m *cueModel) knows(w string) bool {
	_, ok := m.vocab.get(feature(fWord, w))
	return ok
}

// score returns the model's margin for the features fs.
func (m *cueModel) score(fs []uint64) float64 {
	s := 0.0
	for _, f := range fs {
		w, _ := m.weights.get(f)
		s += float64(w)
	}
	return s
}

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

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
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
	return hashString(feature(t, a), "\x00")
}

// The features of constant strings, hashed once. Positions and quote
// contexts are indexed by their names' order in cueFeatures.
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
)

// shape returns the class of token i (see tokenShape), or a marker
// outside the sentence [s0, s1).
func (x *extractor) shape(i, s0, s1 int) string {
	if i < s0 {
		return "<s>"
	}
	if i >= s1 {
		return "</s>"
	}
	return x.shapes[i]
}

// tokenShape classes token i for the features of its neighbours.
func (x *extractor) tokenShape(i int) string {
	w, c := x.words[i], x.class[i]
	switch {
	case x.quoteOf[i] >= 0:
		return "quote"
	case isPunct(w):
		return w
	case w[0] >= '0' && w[0] <= '9':
		return "num"
	case c&(classPronoun|classDeterminer) == 0 && startsUpper(x.text[x.toks[i].Start:x.toks[i].End]):
		return "Cap" // but sentence-initial "He", "The" fall through
	}
	switch {
	case c&classPronoun != 0:
		return "pron"
	case c&classDeterminer != 0:
		return "det"
	case c&(classAuxiliary|classNegation) != 0:
		return "aux"
	}
	return "low"
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

// cueFeatures appends to fs the features of token i in the sentence of
// tokens [s0, s1) and returns the result.
func (x *extractor) cueFeatures(fs []uint64, i, s0, s1 int) []uint64 {
	w := x.words[i]
	prev, next := x.wordAt(i-1, s0, s1), x.wordAt(i+1, s0, s1)
	prevShape, nextShape := x.shape(i-1, s0, s1), x.shape(i+1, s0, s1)
	fs = append(fs,
		featBias,
		feature(fWord, w),
		feature(fPrev, prev),
		feature(fNext, next),
		feature(fPrev2, x.wordAt(i-2, s0, s1)),
		feature(fNext2, x.wordAt(i+2, s0, s1)),
		feature2(fPrevWord, prev, w),
		feature2(fWordNext, w, next),
		feature(fPrevShape, prevShape),
		feature(fNextShape, nextShape),
		feature(fShape, x.shape(i, s0, s1)),
		feature2(fPrevShapeWord, prevShape, w),
		feature2(fWordNextShape, w, nextShape),
	)
	st := stem(w)
	fs = append(fs, feature(fStem, st))
	// The subject before any auxiliaries: "Trump has repeatedly said".
	j := i - 1
	for j >= s0 && x.isAux(j) {
		j--
	}
	subj := x.shape(j, s0, s1)
	fs = append(fs, feature2(fSubjectShape, subj, st), feature(fSubjectWord, x.wordAt(j, s0, s1)))
	if j >= s0 && x.mentionEndsAt(j) {
		fs = append(fs, featMentionBefore, hashString(prefixMentionBefore, st))
	}
	fs = append(fs, feature2(fComplement, x.complementKind(i+1, s1), st))
	if len(w) > 4 {
		fs = append(fs, feature(fSuffix3, w[len(w)-3:]), feature(fSuffix2, w[len(w)-2:]))
	}
	if x.class[i]&classCueWord != 0 {
		c := x.lex.byFirst[w][0]
		fs = append(fs, feature2(fLexicon, string(c.stance), kindNames[c.kind]))
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
	if k := sort.SearchInts(x.sent.cues, i); k > 0 {
		other = 1 // before
	} else if k < len(x.sent.cues) && x.sent.cues[k] == i {
		if k+1 < len(x.sent.cues) {
			other = 2 // after
		}
	} else if k < len(x.sent.cues) {
		other = 2 // after
	}
	fs = append(fs, hashString(prefixOtherCue[other], st))
	if x.class[i]&classSensed != 0 {
		sense := x.lex.senses[w]
		// What the words of one sense share: "plans to", "decided to",
		// "intends to" after a name.
		fs = append(fs, feature(fSense, sense),
			feature2(fSense, sense, x.complementKind(i+1, s1)),
			feature2(fSense, sense, subj),
			feature2(fSense, sense, positionNames[pos]))
	}
	if x.sent.quoted {
		fs = append(fs, featQuoteInSentence)
	}
	if end := x.wordAt(i+1, s0, s1); end == "." || end == "</s>" {
		fs = append(fs, feature2(fSentenceEnd, w, prevShape))
	}
	return fs
}

var kindNames = [...]string{cueVerb: "verb", cuePrep: "prep", cueRelay: "relay"}

// A sentenceContext holds what the features of every word of one sentence
// share, computed once per sentence.
type sentenceContext struct {
	s0, s1 int
	cues   []int // tokens outside quotations that start a cue of the lexicon
	quoted bool  // a token of the sentence lies in a quotation
}

// sentenceContext makes x.sent describe the sentence of tokens [s0, s1).
func (x *extractor) sentenceContext(s0, s1 int) {
	if x.sent.s0 == s0 && x.sent.s1 == s1 && s1 > s0 {
		return
	}
	x.sent.s0, x.sent.s1, x.sent.cues, x.sent.quoted = s0, s1, x.sent.cues[:0], false
	for j := s0; j < s1; j++ {
		if x.quoteOf[j] >= 0 {
			x.sent.quoted = true
		} else if x.class[j]&classCueWord != 0 {
			x.sent.cues = append(x.sent.cues, j)
		}
	}
}

// isCandidate reports whether token i may be scored as a cue: a word
// outside quotations, not an auxiliary (which joins the cue after it), a
// pronoun, a determiner, a number or a particle.
func (x *extractor) isCandidate(i int) bool {
	switch x.shapes[i] {
	case "low":
		return x.class[i]&classParticle == 0
	case "Cap":
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
	if x.model == nil || !x.isCandidate(i) || !x.model.knows(x.words[i]) && x.class[i]&classSensed == 0 {
		return 0, false
	}
	x.feats = x.cueFeatures(x.feats[:0], i, s0, s1)
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

// complementKind names what follows token i within a few words: a "that"
// clause, an infinitive, a colon, a quotation, or nothing of these.
func (x *extractor) complementKind(i, s1 int) string {
	for j := i; j < s1 && j < i+4; j++ {
		w := x.words[j]
		switch {
		case x.quoteOf[j] >= 0:
			return "quote"
		case w == "that", w == "to", w == ":", w == "about", w == "of", w == "for", w == "on":
			return w
		case w == "." || w == ",":
			if w == "." {
				return "end."
			}
			return "end,"
		}
	}
	return "none"
}

// mentionEndsAt reports whether a mention of a speaking entity (a
// person, organization, country or group) ends at token i.
func (x *extractor) mentionEndsAt(i int) bool {
	if !x.mentionsOK {
		x.mentionsOK = true
		x.mentionEnd = slices.Grow(x.mentionEnd[:0], len(x.toks))[:len(x.toks)]
		clear(x.mentionEnd)
		for _, m := range x.doc.Mentions {
			if t := x.tokenAfter(m.End) - 1; speaks(m.Type) && t >= 0 && t < len(x.toks) && x.toks[t].End == m.End {
				x.mentionEnd[t] = true
			}
		}
	}
	return x.mentionEnd[i]
}
