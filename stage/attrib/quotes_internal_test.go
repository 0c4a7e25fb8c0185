package attrib

import "testing"

// TestQuiet8 checks the eight-byte test of findQuotations against the byte
// by byte one, at every position of each mark.
func TestQuiet8(t *testing.T) {
	for _, c := range []byte{'\n', '"', '\'', 0xE2, 0xC2, 0x80, 0xFF} {
		for pos := 0; pos < 8; pos++ {
			b := []byte("abcdefgh")
			b[pos] = c
			if quiet8(string(b)) {
				t.Errorf("quiet8(%q) = true", b)
			}
		}
	}
	for _, s := range []string{"abcdefgh", "Syria, 1", "  \t(x)!#", "!#$%&()*", "\x00\x01\x7f\x09\x0b\x21\x23\x26"} {
		if !quiet8(s) {
			t.Errorf("quiet8(%q) = false", s)
		}
	}
}
