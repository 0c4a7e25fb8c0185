package place

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/sitrep-dev/sitrep/gazetteer"
	"github.com/sitrep-dev/sitrep/internal/wordfilter"
)

//go:embed lexicon.txt
var lexiconText string

// lexicon holds the word lists of lexicon.txt, keyed by lowercase word.
// The sets are Tables, which answer the lookups of recognition, several a
// capitalized word, faster than maps.
type lexicon struct {
	orgWords, titles, personCues, stopwords, directions, cues, connectors, hyphenSuffixes, determiners wordSet
	contractions, clauseOpeners, placeCues, featureWords, waterWords, waterOfWords, siteWords          wordSet
	adminNouns                                                                                         map[string]gazetteer.Level
	usStates                                                                                           map[string]string     // "la." → "LA"
	regionAbbrevs                                                                                      map[string]regionName // "nsw" → AU, New South Wales
	agencies                                                                                           map[string]bool       // as written: "Xinhua", "TASS"
}

// A wordSet is a set of lowercase words.
type wordSet = *wordfilter.Table[bool]

// A regionName names a first-level region by country and gazetteer name.
type regionName struct{ country, name string }

func parseLexicon(text string) (*lexicon, error) {
	sections := map[string][]string{}
	name := ""
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[' && line[len(line)-1] == ']':
			name = line[1 : len(line)-1]
		case name == "":
			return nil, fmt.Errorf("place: lexicon: entry %q before any section", line)
		default:
			sections[name] = append(sections[name], line)
		}
	}
	set := func(section string) wordSet {
		m := map[string]bool{}
		for _, line := range sections[section] {
			for _, w := range strings.Fields(line) {
				m[strings.ToLower(w)] = true
			}
		}
		return wordfilter.NewTable(m)
	}
	lx := &lexicon{
		orgWords: set("orgwords"), titles: set("titles"), personCues: set("personcues"),
		stopwords: set("stopwords"), directions: set("directions"), cues: set("cues"),
		connectors: set("connectors"), hyphenSuffixes: set("hyphensuffixes"), determiners: set("determiners"),
		contractions: set("contractions"), clauseOpeners: set("clauseopeners"), placeCues: set("placecues"), featureWords: set("featurewords"),
		waterWords: set("waterwords"), waterOfWords: set("waterofwords"), siteWords: set("sitewords"),
		adminNouns: map[string]gazetteer.Level{}, usStates: map[string]string{},
	}
	levels := map[string]gazetteer.Level{"admin1": gazetteer.LevelAdmin1, "admin2": gazetteer.LevelAdmin2, "place": gazetteer.LevelPlace,
		"region": levelRegion}
	for _, line := range sections["adminnouns"] {
		f := strings.Fields(line)
		if len(f) != 2 || levels[f[1]] == 0 {
			return nil, fmt.Errorf("place: lexicon: bad admin noun line %q", line)
		}
		lx.adminNouns[strings.ToLower(f[0])] = levels[f[1]]
	}
	lx.agencies = map[string]bool{}
	for _, line := range sections["agencies"] {
		for _, w := range strings.Fields(line) {
			lx.agencies[w] = true
		}
	}
	lx.regionAbbrevs = map[string]regionName{}
	for _, line := range sections["regionabbrevs"] {
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("place: lexicon: bad region abbreviation line %q", line)
		}
		lx.regionAbbrevs[strings.ToLower(f[0])] = regionName{country: f[1], name: f[2]}
	}
	for _, line := range sections["usstates"] {
		f := strings.Fields(line)
		if len(f) != 2 {
			return nil, fmt.Errorf("place: lexicon: bad state line %q", line)
		}
		lx.usStates[strings.ToLower(f[0])] = f[1]
	}
	return lx, nil
}
