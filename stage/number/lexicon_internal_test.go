package number

import "testing"

// TestRoleBitsDistinct checks that no two role bits share a bit: a phrase
// set's start bit, its end bit (bit<<16) and the bits of single words and
// token shapes.
func TestRoleBitsDistinct(t *testing.T) {
	lx, err := loadLexicon(lexiconText)
	if err != nil {
		t.Fatal(err)
	}
	bits := []uint32{roleNumber, roleOther, roleVictim, roleNoun, roleSingular, roleDigits, roleCompound, roleName}
	for _, ps := range []*phraseSet{lx.after, lx.before, lx.total, lx.none, lx.implied, lx.qualifiers, lx.vague, lx.victimPhrases, lx.fractions} {
		bits = append(bits, ps.bit, ps.bit<<16)
	}
	var seen uint32
	for _, b := range bits {
		if b == 0 || b&(b-1) != 0 || seen&b != 0 {
			t.Errorf("role bit %#x is zero, not one bit, or shared (seen %#x)", b, seen)
		}
		seen |= b
	}
}
