package event

import (
	"bufio"
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/wordmap"
)

//go:embed data/triggers.txt
var triggersData string

//go:embed data/words.txt
var wordsData string

// A form says which inflection of a lexicon phrase a surface form is.
type form uint8

const (
	formBase form = iota // the phrase as written
	formS                // third person or plural: "attacks"
	formEd               // past tense or participle: "attacked"
	formIng              // present participle or gerund: "attacking"
)

// An entry is one surface form of a lexicon phrase.
type entry struct {
	words     []string        // lower-case surface words
	ids       []int32         // the words' vocabulary numbers (see lexicon.vocabIndex)
	category  sitrep.Category // "" for a NONE entry, which blocks the phrase
	mode      string          // PLOVER mode; "" if the entry gives none
	verb      bool            // the surface can be a verb
	noun      bool            // the surface can be a noun (or is an exact phrase)
	needVerb  bool            // an ambiguous bare verb: counts only after a verbal word
	form      form
	alt       []reading // other readings, taken when the sentence has their cues
	victim    bool      // the subject is the victim: "lost his life"
	recipient bool      // the subject is the target, the actor follows "from"
}

// A reading is a category and mode a trigger may have.
type reading struct {
	category sitrep.Category
	mode     string
}

// A lexicon holds the trigger phrases, the mode cues and the function-word
// lists of words.txt.
type lexicon struct {
	triggers map[string][]*entry // by first word, longest phrase first
	cues     map[string][]*entry // by first word, longest phrase first
	words    map[string]*wordList
	wordLists
	lists [numLists]*wordList
	// vocabIndex numbers every word the lexicon knows, whose infos are vocabInfo[1:]
	// (vocabInfo[0] is &noInfo): the annotator looks up every token,
	// which through a Go map was the stage's largest cost. A word's
	// number is its position in vocabIndex, -1 if the lexicon does not
	// know it. Every word of every phrase has a number, so that the
	// annotator compares tokens with phrases by number, not by bytes.
	vocabIndex *wordmap.Index
	vocabInfo  []*wordInfo
	// byteIDs holds the numbers of the one-byte words, a sixth of the
	// tokens (punctuation, mostly), found faster here.
	byteIDs [256]int32
}

// A wordList is a set of one-word and multi-word function words.
type wordList struct {
	single  map[string]bool
	byFirst map[string][][]string // multi-word entries by their first word
	byLast  map[string][][]string // multi-word entries by their last word
}

func newWordList() *wordList {
	return &wordList{single: map[string]bool{}, byFirst: map[string][][]string{}, byLast: map[string][][]string{}}
}

// A listID names one of the word lists the stage reads.
type listID uint8

const (
	lNegation listID = iota
	lFuture
	lHypothetical
	lReporting
	lDeterminer
	lPreposition
	lPassive
	lVerbal
	lLight
	lAgent
	lTarget
	lClause
	lLocative
	lReversal
	lSuppression
	lObligation
	lScope
	lAspect
	lModifier
	lPartitive
	lTitle
	lBridge
	lLater
	lToward
	lInvolvement
	lCondition
	lPending
	lPresent
	lPast
	lLauncher
	lDrone
	lMissile
	lVolley
	lIntent
	lPeriod
	lPerfect
	numLists
)

// listNames are the names of the lists in words.txt, by listID.
var listNames = [numLists]string{"negation", "future", "hypothetical", "reporting",
	"determiner", "preposition", "passive", "verbal", "light", "agent", "target", "clause",
	"locative", "reversal", "suppression", "obligation", "scope", "aspect", "modifier", "partitive", "title", "bridge", "later", "toward", "involvement",
	"condition", "pending", "present", "past", "launcher", "drone", "missile", "volley", "intent", "period", "perfect"}

// A wordInfo is everything the lexicon knows about one lower-case word, so
// that the stage looks each token up once.
type wordInfo struct {
	triggers []*entry // trigger phrases starting with the word, longest first
	cues     []*entry // mode cues starting with the word, longest first
	// firstOf and lastOf are the multi-word list entries that start or
	// end with the word, sorted by list and then by the word next to
	// this one (see multiWord.next), and else in the order of their lists'
	// lines, which decides between two entries that both match.
	firstOf, lastOf []multiWord
	// scanned says that the word starts a trigger, a mode cue or an
	// obligation, which the annotator's scan looks for.
	scanned bool
	flags   uint8 // the token flags of the word: flagOpen, flagClauseStop
	listBits
}

// A multiWord is a multi-word entry of a word list, by vocabulary numbers.
type multiWord struct {
	list listID
	// next is the number of the entry's second word in firstOf, of its
	// last but one in lastOf: most entries fail on it, so the annotator
	// finds by binary search the few that have a token's neighbour there.
	next int32
	ids  []int32
}

// multiWith returns the entries of ms, sorted as wordInfo.firstOf is, of
// list l whose next word is next.
func multiWith(ms []multiWord, l listID, next int32) []multiWord {
	less := func(m multiWord) bool { return m.list < l || m.list == l && m.next < next }
	lo, hi := 0, len(ms)
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if less(ms[h]) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	end := lo
	for end < len(ms) && ms[end].list == l && ms[end].next == next {
		end++
	}
	return ms[lo:end]
}

// noInfo is the wordInfo of the words the lexicon does not know.
var noInfo wordInfo

// listBits says which word lists hold a word.
type listBits struct {
	single uint64 // bit l: the word is an entry of list l
	first  uint64 // bit l: the word starts a multi-word entry of list l
	last   uint64 // bit l: the word ends a multi-word entry of list l
	// starts is single|first and ends single|last: the lists an entry of
	// which may start or end at the word.
	starts, ends uint64
}

// A listBits field has a bit for every list.
var _ [64 - numLists]struct{}

// The word lists the stage reads, resolved once from lexicon.words.
type wordLists struct {
	negation, future, hypothetical, reporting, determiner, preposition,
	passive, verbal, light, agent, target, clause, locative,
	reversal, suppression, obligation, scope, aspect, modifier, partitive, title, bridge, later, toward, involvement,
	condition, pending, present, past *wordList
}

// parseLexicon reads the trigger lexicon and the function-word lists, each
// followed by the user's extra lines.
func parseLexicon(triggers, words []string) (*lexicon, error) {
	lex := &lexicon{triggers: map[string][]*entry{}, cues: map[string][]*entry{}, words: map[string]*wordList{}}
	byPhrase := map[string]*entry{} // triggers by surface phrase: later lines win
	var cueList []*entry
	for _, src := range triggers {
		if err := parseTriggers(src, byPhrase, &cueList); err != nil {
			return nil, err
		}
	}
	for _, e := range byPhrase {
		lex.triggers[e.words[0]] = append(lex.triggers[e.words[0]], e)
	}
	for _, e := range cueList {
		lex.cues[e.words[0]] = append(lex.cues[e.words[0]], e)
	}
	for _, m := range []map[string][]*entry{lex.triggers, lex.cues} {
		for _, es := range m {
			slices.SortStableFunc(es, func(a, b *entry) int { return len(b.words) - len(a.words) })
		}
	}
	for _, src := range words {
		if err := parseWords(src, lex.words); err != nil {
			return nil, err
		}
	}
	l := &lex.wordLists
	for name, dst := range map[string]**wordList{"negation": &l.negation, "future": &l.future,
		"hypothetical": &l.hypothetical, "reporting": &l.reporting,
		"determiner": &l.determiner, "preposition": &l.preposition, "passive": &l.passive,
		"verbal": &l.verbal, "light": &l.light, "agent": &l.agent, "target": &l.target,
		"clause": &l.clause, "locative": &l.locative, "reversal": &l.reversal,
		"suppression": &l.suppression, "obligation": &l.obligation, "scope": &l.scope, "aspect": &l.aspect, "modifier": &l.modifier, "partitive": &l.partitive, "title": &l.title, "bridge": &l.bridge, "later": &l.later, "toward": &l.toward, "involvement": &l.involvement,
		"condition": &l.condition, "pending": &l.pending, "present": &l.present, "past": &l.past} {
		if lex.words[name] == nil {
			lex.words[name] = newWordList()
		}
		*dst = lex.words[name]
	}
	lex.index()
	return lex, nil
}

// index numbers every word of the triggers, cues and word lists.
func (lex *lexicon) index() {
	vocab := map[string]*wordInfo{} // every word the lexicon knows
	info := func(w string) *wordInfo {
		wi := vocab[w]
		if wi == nil {
			wi = &wordInfo{}
			vocab[w] = wi
		}
		return wi
	}
	for w, es := range lex.triggers {
		info(w).triggers = es
	}
	for w, es := range lex.cues {
		info(w).cues = es
	}
	for id, name := range listNames {
		l := lex.words[name]
		lex.lists[id] = l
		bit := uint64(1) << id
		for w := range l.single {
			info(w).single |= bit
		}
		for w := range l.byFirst {
			info(w).first |= bit
		}
		for w := range l.byLast {
			info(w).last |= bit
		}
	}
	// Every word of a phrase gets a number, even one that starts none.
	for _, m := range []map[string][]*entry{lex.triggers, lex.cues} {
		for _, es := range m {
			for _, e := range es {
				for _, w := range e.words {
					info(w)
				}
			}
		}
	}
	for _, l := range lex.lists {
		for _, ms := range l.byFirst {
			for _, m := range ms {
				for _, w := range m {
					info(w)
				}
			}
		}
	}
	// Words whose token flags say more than their lists.
	for _, w := range openPunct {
		info(w).flags |= flagOpen
	}
	for _, w := range []string{";", ":"} {
		info(w).flags |= flagClauseStop
	}
	words := slices.Sorted(maps.Keys(vocab)) // the layout then depends on the words only
	lex.vocabInfo = []*wordInfo{&noInfo}     // for Find's -1
	for _, w := range words {
		lex.vocabInfo = append(lex.vocabInfo, vocab[w])
	}
	for _, wi := range lex.vocabInfo[1:] {
		wi.starts, wi.ends = wi.single|wi.first, wi.single|wi.last
		wi.scanned = len(wi.triggers) > 0 || len(wi.cues) > 0 || wi.starts&(1<<lObligation) != 0
		if wi.ends&(1<<lCondition|1<<lPending) != 0 {
			wi.flags |= flagClauseStop
		}
	}
	lex.vocabIndex = wordmap.New(words)
	for b := range lex.byteIDs {
		lex.byteIDs[b] = int32(lex.vocabIndex.Find(string([]byte{byte(b)})))
	}
	ids := func(ws []string) []int32 {
		out := make([]int32, len(ws))
		for i, w := range ws {
			out[i] = int32(lex.vocabIndex.Find(w))
		}
		return out
	}
	for _, m := range []map[string][]*entry{lex.triggers, lex.cues} {
		for _, es := range m {
			for _, e := range es {
				e.ids = ids(e.words)
			}
		}
	}
	for id, l := range lex.lists {
		for w, ms := range l.byFirst {
			for _, m := range ms {
				wi := vocab[w]
				wi.firstOf = append(wi.firstOf, multiWord{listID(id), int32(lex.vocabIndex.Find(m[1])), ids(m)})
			}
		}
		for w, ms := range l.byLast {
			for _, m := range ms {
				wi := vocab[w]
				wi.lastOf = append(wi.lastOf, multiWord{listID(id), int32(lex.vocabIndex.Find(m[len(m)-2])), ids(m)})
			}
		}
	}
	byListAndNext := func(x, y multiWord) int {
		if x.list != y.list {
			return int(x.list) - int(y.list)
		}
		return int(x.next) - int(y.next)
	}
	for _, wi := range vocab {
		slices.SortStableFunc(wi.firstOf, byListAndNext)
		slices.SortStableFunc(wi.lastOf, byListAndNext)
	}
}

func parseTriggers(src string, byPhrase map[string]*entry, cues *[]*entry) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		lhs, rhs, ok := strings.Cut(line, "=>")
		if !ok {
			return fmt.Errorf("event: triggers line %d: missing \"=>\"", n)
		}
		pos, phrases, _ := strings.Cut(strings.TrimSpace(lhs), " ")
		var readings []reading
		victim, recipient := false, false
		for _, alt := range strings.Split(rhs, " / ") {
			target := strings.Fields(alt)
			for len(target) > 0 && strings.HasPrefix(target[len(target)-1], "+") {
				switch flag := target[len(target)-1]; flag {
				case "+victim":
					victim = true
				case "+recipient":
					recipient = true
				default:
					return fmt.Errorf("event: triggers line %d: unknown flag %q", n, flag)
				}
				target = target[:len(target)-1]
			}
			if len(target) == 0 || len(target) > 2 {
				return fmt.Errorf("event: triggers line %d: want CATEGORY [MODE] after \"=>\"", n)
			}
			r := reading{category: sitrep.Category(target[0])}
			if r.category == "NONE" {
				r.category = ""
			} else if !slices.Contains(sitrep.Categories(), r.category) {
				return fmt.Errorf("event: triggers line %d: unknown category %q", n, target[0])
			}
			if len(target) == 2 {
				r.mode = target[1]
			}
			readings = append(readings, r)
		}
		cat, mode := readings[0].category, readings[0].mode
		switch pos {
		case "v", "vi", "n", "x", "xn", "cue":
		default:
			return fmt.Errorf("event: triggers line %d: unknown part of speech %q", n, pos)
		}
		if pos == "cue" && cat == "" {
			return fmt.Errorf("event: triggers line %d: a cue needs a category", n)
		}
		for _, phrase := range strings.Split(phrases, "|") {
			words := strings.Fields(strings.ToLower(phrase))
			if len(words) == 0 {
				return fmt.Errorf("event: triggers line %d: empty phrase", n)
			}
			for _, s := range surfaces(pos, words) {
				e := &entry{words: s.words, category: cat, mode: mode, form: s.form, alt: readings[1:], victim: victim, recipient: recipient,
					verb: pos == "v" || pos == "vi" || pos == "x", noun: pos == "n" || pos == "xn",
					needVerb: pos == "vi" && s.form == formBase}
				if pos == "cue" {
					*cues = append(*cues, e)
					continue
				}
				key := strings.Join(s.words, " ")
				if old, ok := byPhrase[key]; ok && old.category == cat {
					// The same surface as verb and noun ("attack"): keep both readings.
					e.verb = e.verb || old.verb
					e.noun = e.noun || old.noun
					e.needVerb = e.needVerb && old.needVerb
					if e.mode == "" {
						e.mode = old.mode
					}
					if old.form != formBase {
						e.form = old.form
					}
				}
				byPhrase[key] = e
			}
		}
	}
	return sc.Err()
}

// A surface is one generated form of a phrase.
type surface struct {
	words []string
	form  form
}

// surfaces returns the inflected forms of a phrase: verbs inflect their first
// word, nouns and cues pluralize their last, exact phrases stay as written.
func surfaces(pos string, words []string) []surface {
	out := []surface{{words: words, form: formBase}}
	with := func(i int, w string, f form) {
		if w == words[i] {
			return
		}
		ws := slices.Clone(words)
		ws[i] = w
		out = append(out, surface{words: ws, form: f})
	}
	switch pos {
	case "v", "vi":
		for _, f := range verbForms(words[0]) {
			with(0, f.word, f.form)
		}
	case "n", "cue":
		with(len(words)-1, plural(words[len(words)-1]), formS)
	}
	return out
}

type inflection struct {
	word string
	form form
}

// verbForms returns the regular inflections of a verb, over-generating
// where English spelling is ambiguous (doubled consonants); the extra forms
// are not English words and so never match.
func verbForms(v string) []inflection {
	var out []inflection
	add := func(w string, f form) { out = append(out, inflection{w, f}) }
	n := len(v)
	if n == 0 {
		return nil
	}
	last := v[n-1]
	switch {
	case strings.HasSuffix(v, "ie"):
		add(v+"s", formS)
		add(v+"d", formEd)
		add(v[:n-2]+"ying", formIng)
	case last == 'e':
		add(v+"s", formS)
		add(v+"d", formEd)
		add(v[:n-1]+"ing", formIng)
	case last == 'y' && n > 1 && !isVowel(v[n-2]):
		add(v[:n-1]+"ies", formS)
		add(v[:n-1]+"ied", formEd)
		add(v+"ing", formIng)
	default:
		if strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
			strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") {
			add(v+"es", formS)
		} else {
			add(v+"s", formS)
		}
		add(v+"ed", formEd)
		add(v+"ing", formIng)
		if n >= 3 && !isVowel(last) && isVowel(v[n-2]) && !isVowel(v[n-3]) && last != 'w' && last != 'x' && last != 'y' {
			add(v+string(last)+"ed", formEd)
			add(v+string(last)+"ing", formIng)
		}
	}
	return out
}

func plural(w string) string {
	n := len(w)
	switch {
	case n == 0:
		return w
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		return w + "es"
	case w[n-1] == 'y' && n > 1 && !isVowel(w[n-2]):
		return w[:n-1] + "ies"
	}
	return w + "s"
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func parseWords(src string, lists map[string]*wordList) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		name, rest, ok := strings.Cut(line, ":")
		if !ok {
			return fmt.Errorf("event: words line %d: missing \":\"", n)
		}
		name = strings.TrimSpace(name)
		l := lists[name]
		if l == nil {
			l = newWordList()
			lists[name] = l
		}
		for _, w := range splitQuoted(strings.ToLower(rest)) {
			if ws := strings.Fields(w); len(ws) > 1 {
				l.byFirst[ws[0]] = append(l.byFirst[ws[0]], ws)
				l.byLast[ws[len(ws)-1]] = append(l.byLast[ws[len(ws)-1]], ws)
			} else if len(ws) == 1 {
				l.single[ws[0]] = true
			}
		}
	}
	return sc.Err()
}

// splitQuoted splits s at spaces, keeping "quoted phrases" whole.
func splitQuoted(s string) []string {
	var out []string
	for s = strings.TrimSpace(s); s != ""; s = strings.TrimSpace(s) {
		if s[0] == '"' {
			end := strings.IndexByte(s[1:], '"')
			if end < 0 {
				out = append(out, s[1:])
				break
			}
			out = append(out, s[1:1+end])
			s = s[2+end:]
			continue
		}
		w, rest, _ := strings.Cut(s, " ")
		out = append(out, w)
		s = rest
	}
	return out
}

// has reports whether w is one of l's one-word entries.
func (l *wordList) has(w string) bool { return l.single[w] }

// matchIDs is matchIn for tokens given by vocabulary numbers.
func matchIDs(entries []*entry, ids []int32, i int) *entry {
	for _, e := range entries {
		n := len(e.ids)
		if n == 1 {
			return e
		}
		// Most entries differ from the words in their second word: test it
		// before calling for the rest.
		if i+n <= len(ids) && ids[i+1] == e.ids[1] && slices.Equal(ids[i+2:i+n], e.ids[2:]) {
			return e
		}
	}
	return nil
}

// match returns the longest entry of m that starts at words[i], or nil.
func match(m map[string][]*entry, words []string, i int) *entry {
	return matchIn(m[words[i]], words, i)
}

// matchIn returns the longest of entries, all starting with words[i], that
// matches words from i, or nil. Their first words are equal, so only the
// others are compared.
func matchIn(entries []*entry, words []string, i int) *entry {
	for _, e := range entries {
		if i+len(e.words) <= len(words) && slices.Equal(words[i+1:i+len(e.words)], e.words[1:]) {
			return e
		}
	}
	return nil
}
