package entity

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/wordfilter"
)

//go:embed data/titles.txt
var titlesText string

//go:embed data/nominals.txt
var nominalsText string

//go:embed data/modifiers.txt
var modifiersText string

//go:embed data/context.txt
var contextText string

//go:embed data/lists.txt
var listsText string

//go:generate go run ./internal/gennames -o data/given_names.txt

//go:embed data/given_names.txt
var givenNamesText string

// A nominal is what the lexicon says about the head of a description.
type nominal struct {
	typ   sitrep.EntityType
	group string // coreference group; "subject", "new", or a word
}

// lexicon holds the stage's word lists, parsed once from data/*.txt.
type lexicon struct {
	titles      map[string]string // title as written → sector ("" for none)
	strong      map[string]bool   // titles after which capitalized words are a person's name
	titleGender map[string]gender // titles that imply a gender: "Mrs.", "Sir"
	givenNames  map[string]gender // lower-case given names of one gender
	// lowerTitles is set if some title is not capitalized; if not, rules
	// need not look up other words.
	lowerTitles bool
	nominals    map[string]nominal
	groups      map[string]bool    // the groups of the nominals
	multiHead   map[string]nominal // two-word heads: "aid workers"
	modifiers   map[string]bool
	verbs       map[string]bool // verbs after which a capital acts for its government
	aux         map[string]bool // words that may stand between the capital and the verb
	nouns       map[string]bool // nouns after a capital that make it its government
	people      map[string]bool
	weapons     map[string]bool
	weaponPre   map[string]bool
	loc, fac    map[string]bool
	divisions   map[string]bool // "province", "district": what a place's name comes before
	event       map[string]bool
	eventEnd    map[string]bool // last words that make any name an event: "Davis Cup"
	orgHeads    map[string]bool
	particles   map[string]bool
	// lastWords filters the last words of the entries of loc, fac and
	// eventEnd, which most names do not end with.
	lastWords *wordfilter.Filter
	// classes holds the lower-case words of the lists above and of the
	// package's word sets, with the classes they are in.
	classes map[string]wordClass
	// classTable holds classes for the lookups of the rules, which cost
	// a third of one in the map.
	classTable *wordfilter.Table[wordClass]
	// heads and headTails (see filters) and pronouns filter the words of
	// classes that can head a description or are pronouns.
	heads, headTails, pronouns *wordfilter.Filter
	// exact holds the words of titles, strong and orgHeads with their
	// classes.
	exact      map[string]exactClass
	exactWords *wordfilter.Filter // filters the words of exact
}

func parseLexicon() (*lexicon, error) {
	lx := &lexicon{titles: make(map[string]string), strong: make(map[string]bool), nominals: make(map[string]nominal), groups: make(map[string]bool),
		multiHead: make(map[string]nominal), modifiers: make(map[string]bool),
		titleGender: make(map[string]gender), givenNames: make(map[string]gender)}
	for _, line := range dataLines(titlesText) {
		f := strings.Split(line, "\t")
		if len(f) != 3 && len(f) != 4 {
			return nil, fmt.Errorf("entity: titles.txt: bad line %q", line)
		}
		lx.titles[f[0]] = strings.Trim(f[1], "-")
		lx.strong[f[0]] = f[2] == "strong"
		lx.lowerTitles = lx.lowerTitles || !isCapitalized(f[0])
		if len(f) == 4 {
			g, err := parseGender(f[3])
			if err != nil {
				return nil, fmt.Errorf("entity: titles.txt: line %q: %w", line, err)
			}
			lx.titleGender[f[0]] = g
		}
	}
	for _, line := range dataLines(givenNamesText) {
		name, code, ok := strings.Cut(line, "\t")
		g, err := parseGender(code)
		if !ok || err != nil {
			return nil, fmt.Errorf("entity: given_names.txt: bad line %q", line)
		}
		lx.givenNames[name] = g
	}
	for _, line := range dataLines(nominalsText) {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("entity: nominals.txt: bad line %q", line)
		}
		n := nominal{typ: sitrep.EntityType(f[1]), group: f[2]}
		if n.group == "-" {
			n.group = f[0]
		}
		if strings.Contains(f[0], " ") {
			lx.multiHead[f[0]] = n
		} else {
			lx.nominals[f[0]] = n
		}
		lx.groups[strings.ToLower(n.group)] = true
	}
	for _, line := range dataLines(modifiersText) {
		lx.modifiers[line] = true
	}
	ctx := sections(contextText)
	lx.verbs, lx.aux, lx.nouns = ctx["verbs"], ctx["auxiliaries"], ctx["nouns"]
	lists := sections(listsText)
	lx.people, lx.weapons, lx.weaponPre = lists["people"], lists["weapons"], lists["weaponprefixes"]
	lx.loc, lx.fac, lx.event, lx.divisions = lists["loc"], lists["fac"], lists["event"], lists["divisions"]
	lx.orgHeads, lx.particles = lists["orgheads"], lists["particles"]
	lx.eventEnd = lists["eventends"]
	lx.lastWords = new(wordfilter.Filter)
	for _, set := range []map[string]bool{lx.loc, lx.fac, lx.eventEnd} {
		for w := range set {
			lx.lastWords.Add(w[strings.LastIndexByte(w, ' ')+1:])
		}
	}
	lx.classes = lx.lowerClasses()
	lx.classTable = wordfilter.NewTable(lx.classes)
	lx.heads, lx.headTails, lx.pronouns = lx.filters()
	lx.exact = lx.exactClasses()
	lx.exactWords = new(wordfilter.Filter)
	for w := range lx.exact {
		lx.exactWords.Add(w)
	}
	return lx, nil
}

// dataLines returns the non-blank, non-comment lines of text.
func dataLines(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimRight(line, " \r"); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, line)
		}
	}
	return out
}

// sections parses "[name]" headed lists of entries.
func sections(text string) map[string]map[string]bool {
	out := make(map[string]map[string]bool)
	var cur map[string]bool
	for _, line := range dataLines(text) {
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			cur = make(map[string]bool)
			out[line[1:len(line)-1]] = cur
			continue
		}
		if cur != nil {
			cur[line] = true
		}
	}
	return out
}
