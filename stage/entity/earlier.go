package entity

import (
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// maxScannedNames is how many earlier names of a type matchEarlier
// compares one by one. Past it, it looks only at the names its index
// (earlierNames) gives: comparing every name with all those before it made
// resolving a long text's names quadratic in its length, and a 3.9 MB text
// spent 4 of its entity stage's 6.4 seconds there. An article has far
// fewer names, and there the index would cost more than it saves.
var maxScannedNames = 256 // a variable so that tests can make every document use the index

// A typedMentions lists the name mentions of one entity type that
// resolveNames has given an entity, in order; the first indexed of them are
// in the annotator's earlierNames.
type typedMentions struct {
	typ      sitrep.EntityType
	mentions []int
	indexed  int
}

// addResolved records that name mention mi has its entity, for matchEarlier.
func (a *annotator) addResolved(mi int) {
	typ := a.ms[mi].typ
	for t := range a.resolved {
		if a.resolved[t].typ == typ {
			a.resolved[t].mentions = append(a.resolved[t].mentions, mi)
			return
		}
	}
	a.resolved = append(a.resolved, typedMentions{typ: typ, mentions: []int{mi}})
}

// resolvedOf returns the resolved name mentions of type typ, or nil if
// there are none.
func (a *annotator) resolvedOf(typ sitrep.EntityType) *typedMentions {
	for t := range a.resolved {
		if a.resolved[t].typ == typ && len(a.resolved[t].mentions) > 0 {
			return &a.resolved[t]
		}
	}
	return nil
}

// earlierNames indexes resolved name mentions by the words that
// matchEarlier's cases (see shortens) require them to share with the
// mention it matches: a name's last word, a person's first word, and the
// initials of a name of two words or more. Each key heads a chain of links,
// latest mention first, so that walking a chain visits the candidates in
// the order a scan of all names does.
type earlierNames struct {
	heads    keyTable      // key → 1 + the index in links of its latest mention
	links    []earlierLink // in the order the mentions were indexed
	key      []byte        // the key being built
	initials []byte        // a name's initials being built
}

// An earlierLink is one indexed mention and the link, 1-based, of the
// mention before it with the same key (0 for none).
type earlierLink struct {
	mention, prev int32
}

// The kinds of key of earlierNames.
const (
	byLastWord  = 'L'
	byFirstWord = 'F'
	byInitials  = 'I'
)

// reset empties the index, keeping its memory.
func (e *earlierNames) reset() {
	e.heads.reset()
	e.links = e.links[:0]
}

// earlierKey builds in buf the key of word of kind for mentions of type
// typ, and returns it with its hash.
func earlierKey[W string | []byte](buf []byte, kind byte, typ sitrep.EntityType, word W) ([]byte, uint64) {
	buf = append(append(append(append(buf[:0], kind), typ...), 0), word...)
	return buf, hashKey(buf)
}

// indexName indexes in e mention mi under word of kind.
func indexName[W string | []byte](e *earlierNames, kind byte, typ sitrep.EntityType, word W, mi int) {
	key, h := earlierKey(e.key, kind, typ, word)
	e.key = key
	prev := e.heads.swap(key, h, len(e.links)+1)
	e.links = append(e.links, earlierLink{mention: int32(mi), prev: int32(prev)})
}

// latestOf returns the latest mention indexed under word of kind for which
// shortens(q, ·) holds, or -1.
func latestOf[W string | []byte](a *annotator, kind byte, word W, q *nameQuery) int {
	e := &a.earlier
	key, h := earlierKey(e.key, kind, a.ms[q.mi].typ, word)
	e.key = key
	for l := e.heads.get(key, h); l > 0; l = int(e.links[l-1].prev) {
		if oi := int(e.links[l-1].mention); a.shortens(q, oi) {
			return oi
		}
	}
	return -1
}

// latest returns the latest indexed mention whose name q shortens or
// abbreviates, or -1. Every such mention shares a key with q: a person's
// last word, or first word if q is one word (a one-word name is indexed by
// it, its last); the initials an acronym spells; or another name's last
// word.
func (e *earlierNames) latest(a *annotator, q *nameQuery) int {
	mw := q.words
	switch {
	case q.acronym != "":
		return latestOf(a, byInitials, q.acronym, q)
	case a.ms[q.mi].typ == sitrep.PERSON && len(mw) == 1:
		return max(latestOf(a, byLastWord, mw[0], q), latestOf(a, byFirstWord, mw[0], q))
	}
	return latestOf(a, byLastWord, mw[len(mw)-1], q)
}

// indexResolved adds to the index the mentions of t not yet in it. A part
// of a word ("US" of "US-led") matches nothing and is left out.
func (a *annotator) indexResolved(t *typedMentions) {
	e := &a.earlier
	for _, mi := range t.mentions[t.indexed:] {
		o := &a.ms[mi]
		if !a.fullToken(o) {
			continue
		}
		ow := a.words[o.first:o.end]
		indexName(e, byLastWord, o.typ, ow[len(ow)-1], mi)
		switch {
		case len(ow) < 2:
			// A one-word name's first word is its last, and it has no
			// initials to match.
		case o.typ == sitrep.PERSON:
			indexName(e, byFirstWord, o.typ, ow[0], mi)
		default:
			if initials := a.initialsOf(o.first, o.end); len(initials) > 0 {
				indexName(e, byInitials, o.typ, initials, mi)
			}
		}
	}
	t.indexed = len(t.mentions)
}

// initialsOf returns the capitals starting the content words of tokens
// [first, end): "SOHR" for "Syrian Observatory for Human Rights". Each
// capital counts by its first byte. The bytes are valid until its next
// call.
func (a *annotator) initialsOf(first, end int) []byte {
	b := a.earlier.initials[:0]
	for k := first; k < end; k++ {
		if !a.capitalized(k) || a.is(k, classFunction) {
			continue
		}
		w := a.words[k]
		for len(w) > 0 {
			part := w
			if i := strings.IndexByte(w, '-'); i >= 0 {
				part, w = w[:i], w[i+1:]
			} else {
				w = ""
			}
			if part != "" && isCapitalized(part) {
				b = append(b, part[0])
			}
		}
	}
	a.earlier.initials = b
	return b
}
