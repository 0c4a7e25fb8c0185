package entity

import "fmt"

// A gender is what a title, a given name or a pronoun says of a person.
// Coreference uses it only to keep apart what it knows to differ: "Mrs.
// Clinton" from "Bill Clinton", "she" from "Mr. Trump".
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// parseGender reads "m" or "f".
func parseGender(s string) (gender, error) {
	switch s {
	case "m":
		return genderMale, nil
	case "f":
		return genderFemale, nil
	}
	return genderUnknown, fmt.Errorf("gender %q is neither m nor f", s)
}

// conflicts reports whether g and h are both known and differ.
func conflicts(g, h gender) bool { return g != genderUnknown && h != genderUnknown && g != h }

// nameGender returns the gender of the person named by mention mi: that of
// a title before it ("Mrs. Clinton"), or else, when the name has two words
// or more, that of its first word if it is a given name of one gender only
// ("Angela Merkel").
func (a *annotator) nameGender(mi int) gender {
	m := &a.ms[mi]
	for k := m.first - 1; k >= 0 && k >= m.first-3 && a.isExact(k, exactTitle); k-- {
		if g := a.s.lex.titleGender[a.words[k]]; g != genderUnknown {
			return g
		}
	}
	if m.end-m.first >= 2 && a.fullToken(m) {
		return a.s.lex.givenNames[a.lower(m.first)]
	}
	return genderUnknown
}

// pronounGender returns the gender of the lower-case pronoun w.
func pronounGender(w string) gender {
	switch w {
	case "he", "him", "his":
		return genderMale
	case "she", "her":
		return genderFemale
	}
	return genderUnknown
}
