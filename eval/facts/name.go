package facts

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"golang.org/x/text/unicode/norm"
)

// Fold returns name as FORMAT.md compares names: case folded, diacritics and
// punctuation removed, white space collapsed and a leading "the" dropped.
// Punctuation is removed, not replaced by a space, so "U.S.-led" and "US-led"
// fold alike. A name of nothing but punctuation folds to "", which matches
// nothing.
func Fold(name string) string {
	s := foldText(name)
	if s == "the" {
		return ""
	}
	return strings.TrimPrefix(s, "the ")
}

// foldText folds s as Fold does but keeps a leading "the".
func foldText(s string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r), unicode.IsPunct(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// A nameSet holds folded names of one system item.
type nameSet map[string]bool

func (s nameSet) add(name string) {
	if f := Fold(name); f != "" {
		s[f] = true
	}
}

// matches reports whether any of the aliases folds to a name in s.
func (s nameSet) matches(aliases Aliases) bool {
	for _, a := range aliases {
		if f := Fold(a); f != "" && s[f] {
			return true
		}
	}
	return false
}

// names collects the names of system items in doc. Every index is checked,
// so a malformed document scores low instead of panicking.
type names struct{ doc *sitrep.Document }

// text returns the text sp covers, or "" if sp is not inside the text.
func (n names) text(sp sitrep.Span) string {
	if sp.Start < 0 || sp.End > len(n.doc.Text) || sp.Start >= sp.End {
		return ""
	}
	return n.doc.Text[sp.Start:sp.End]
}

// mention adds the text of mention m to s.
func (n names) mention(s nameSet, m int) {
	if m >= 0 && m < len(n.doc.Mentions) {
		s.add(n.text(n.doc.Mentions[m].Span))
	}
}

// entity adds the canonical name of entity e and every coreferent mention to s.
func (n names) entity(s nameSet, e int) {
	if e < 0 || e >= len(n.doc.Entities) {
		return
	}
	ent := &n.doc.Entities[e]
	n.mention(s, ent.Name)
	for _, m := range ent.Mentions {
		n.mention(s, m)
	}
}

// entityOfMention adds the names of the entity mention m corefers to, or
// only m's text if it is unresolved.
func (n names) entityOfMention(s nameSet, m int) {
	n.mention(s, m)
	if m >= 0 && m < len(n.doc.Mentions) {
		n.entity(s, n.doc.Mentions[m].Entity)
	}
}

// argument returns the names of an event's actor or target: its text, its
// mention and the names of its entity.
func (n names) argument(a sitrep.Argument) nameSet {
	s := nameSet{}
	s.add(n.text(a.Span))
	n.entityOfMention(s, a.Mention)
	n.entity(s, a.Entity)
	return s
}

// attribution returns the index'th attribution, or nil.
func (n names) attribution(i int) *sitrep.Attribution {
	if i < 0 || i >= len(n.doc.Attributions) {
		return nil
	}
	return &n.doc.Attributions[i]
}

// speaker returns the names of an attribution's speaker: the source span's
// text and the speaker entity's names.
func (n names) speaker(a *sitrep.Attribution) nameSet {
	s := nameSet{}
	s.add(n.text(a.Source))
	n.entity(s, a.Speaker)
	return s
}

// link returns the names of one relay of a reporting chain.
func (n names) link(l sitrep.Link) nameSet {
	s := nameSet{}
	s.add(n.text(l.Span))
	n.entity(s, l.Entity)
	return s
}

// place returns the names of a resolved place: its text and, through its
// mention, the names of its entity.
func (n names) place(p *sitrep.Place) nameSet {
	s := nameSet{}
	s.add(n.text(p.Span))
	n.entityOfMention(s, p.Mention)
	return s
}

// occurrences returns the spans where needle occurs in text. If it does not
// occur verbatim, it is looked for ignoring case, with any run of white
// space standing for any other and straight and curly apostrophes and quotes
// alike, since readers normalize HTML text differently from the annotator.
func occurrences(text, needle string) []sitrep.Span {
	needle = strings.TrimSpace(needle)
	if needle == "" {
		return nil
	}
	var out []sitrep.Span
	for i := 0; i <= len(text)-len(needle); {
		j := strings.Index(text[i:], needle)
		if j < 0 {
			break
		}
		out = append(out, sitrep.Span{Start: i + j, End: i + j + len(needle)})
		i += j + 1
		for i < len(text) && !utf8.RuneStart(text[i]) {
			i++
		}
	}
	if out != nil {
		return out
	}
	var pattern strings.Builder
	pattern.WriteString("(?i)")
	for k, word := range strings.Fields(needle) {
		if k > 0 {
			pattern.WriteString(`\s+`)
		}
		pattern.WriteString(quoteLoosely(word))
	}
	re, err := regexp.Compile(pattern.String())
	if err != nil {
		return nil
	}
	for _, m := range re.FindAllStringIndex(text, -1) {
		out = append(out, sitrep.Span{Start: m[0], End: m[1]})
	}
	return out
}

// quoteLoosely quotes word for a regexp in which each kind of quotation mark
// or apostrophe matches any other of its kind.
func quoteLoosely(word string) string {
	var b strings.Builder
	for _, r := range word {
		switch r {
		case '\'', '‘', '’', 'ʼ':
			b.WriteString(`['‘’ʼ]`)
		case '"', '“', '”':
			b.WriteString(`["“”]`)
		case '-', '‐', '‑', '–', '—':
			b.WriteString(`[-‐‑–—]`)
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	return b.String()
}

// containsFolded reports whether content contains part once both are folded
// as names are, so that case, punctuation and spacing do not matter.
func containsFolded(content, part string) bool {
	p := foldText(part)
	return p != "" && strings.Contains(foldText(content), p)
}

// cueMatches reports whether a cue's text matches one alias: equal once
// folded, or the alias is a run of whole words of the cue, so that "denied"
// matches the cue "has denied".
func cueMatches(cue string, aliases Aliases) bool {
	c := " " + foldText(cue) + " "
	for _, a := range aliases {
		if f := foldText(a); f != "" && strings.Contains(c, " "+f+" ") {
			return true
		}
	}
	return false
}

// samePublisher reports whether the gold publisher and the detected one
// are one outlet: equal once folded, or names of one media entry of the
// actor dictionary ("AP" and "Associated Press").
func samePublisher(gold, detected string) bool {
	if Fold(gold) == "" || Fold(detected) == "" {
		return false
	}
	if Fold(gold) == Fold(detected) {
		return true
	}
	d, err := actorDictionary()
	if err != nil {
		return false
	}
	g, ok := d.Lookup(gold)
	return ok && actor.SectorOf(g.Code) == "MED" && d.SameEntry(gold, detected)
}

// actorDictionary is the actor dictionary, read once.
var actorDictionary = sync.OnceValues(actor.New)
