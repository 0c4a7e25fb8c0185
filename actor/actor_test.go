package actor

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-dev/sitrep"
)

func TestLookup(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		code string
		kind Kind
		typ  sitrep.EntityType
	}{
		{"Syria", "SYR", KindCountry, sitrep.GPE},
		{"U.S.", "USA", KindCountry, sitrep.GPE},
		{"US", "USA", KindCountry, sitrep.GPE},
		{"Congo", "COD", KindCountry, sitrep.GPE}, // as news writes it for the bigger Congo
		{"Syrian", "SYR", KindDemonym, sitrep.NORP},
		{"Syrians", "SYR", KindDemonym, sitrep.NORP},
		{"Kurds", "KUR", KindDemonym, sitrep.NORP},
		{"Damascus", "SYR", KindSeat, sitrep.GPE},
		{"UN Security Council", "IGOUNO", KindActor, sitrep.ORG},
		{"Daesh", "IMGMUSREB", KindActor, sitrep.ORG},
		{"al-jazeera", "QATMED", KindActor, sitrep.ORG},
		// AFP's name for JNIM, and the outlets and monitors that relay
		// jihadist claims.
		{"Group to Support Islam and Muslims", "IMGMUSREB", KindActor, sitrep.ORG},
		{"Amaq", "IMGMUSMED", KindActor, sitrep.ORG},
		{"SITE Intelligence Group", "USABUS", KindActor, sitrep.ORG},
	}
	for _, tc := range tests {
		e, ok := d.Lookup(tc.name)
		if !ok || e.Code != tc.code || e.Kind != tc.kind || e.Type != tc.typ {
			t.Errorf("Lookup(%q) = %+v, %v; want %s %v %s", tc.name, e, ok, tc.code, tc.kind, tc.typ)
		}
	}
	if _, ok := d.Lookup("Lebaneses"); ok {
		t.Error(`Lookup("Lebaneses") found a plural that should not be derived`)
	}
}

func TestAdd(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	err = d.Add(strings.NewReader("# mine\nSYRREB\tORG\tJaysh al-Islam,Army of Islam\nIGOUNO\tORG\tDaesh\n"))
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := d.Lookup("Army of Islam"); !ok || e.Code != "SYRREB" || e.Name != "Jaysh al-Islam" {
		t.Errorf("added actor: %+v, %v", e, ok)
	}
	if e, _ := d.Lookup("Daesh"); e.Code != "IGOUNO" {
		t.Errorf("user line did not override: %+v", e)
	}
	// A new dictionary does not see the additions.
	d2, _ := New()
	if _, ok := d2.Lookup("Army of Islam"); ok {
		t.Error("additions leaked into a new dictionary")
	}
	for _, bad := range []string{"ONLY\tTWO\n", "\tORG\tX\n"} {
		if err := d.Add(strings.NewReader(bad)); err == nil {
			t.Errorf("Add(%q) succeeded", bad)
		}
	}
}

func TestSectorAndCode(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for phrase, want := range map[string]string{"police": "COP", "fighters": "REB", "civilians": "CVL",
		"defense ministry": "MIL", "ministry": "GOV", "media outlets": "MED", "banana": "",
		"press": "MED", "press secretary": NoSector, "army fighters": "MIL", "radio": "MED"} {
		if got := d.Sector(phrase); got != want {
			t.Errorf("Sector(%q) = %q, want %q", phrase, got, want)
		}
	}
	for _, tc := range []struct{ country, sector, want string }{
		{"TUR", "COP", "TURCOP"}, {"KUR", "REB", "KURREB"}, {"", "CVL", "CVL"}, {"SYR", "", "SYR"},
		{"IGOUNO", "GOV", "IGOUNO"}, {"USAMIL", "MIL", "USAMIL"},
	} {
		if got := Code(tc.country, tc.sector); got != tc.want {
			t.Errorf("Code(%q, %q) = %q, want %q", tc.country, tc.sector, got, tc.want)
		}
	}
	for code, want := range map[string]string{"SYRGOV": "SYR", "CVL": "", "IGOUNO": "", "KURREB": "KUR", "": ""} {
		if got := Country(code); got != want {
			t.Errorf("Country(%q) = %q, want %q", code, got, want)
		}
	}
	for code, want := range map[string]bool{"RUSMIL": true, "REB": true, "SDNREB": true, "UAF": true, "KENCOP": false,
		"SYRGOV": false, "CVL": false, "IGOUNO": false, "MI": false, "": false} {
		if got := Armed(code); got != want {
			t.Errorf("Armed(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestKey(t *testing.T) {
	for in, want := range map[string]string{"U.S.": "us", "Al‑Jazeera": "al-jazeera", "  Syrian  Arab ": "syrian arab", "Kurdistan Workers’ Party": "kurdistan workers' party"} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLookupPrefixKey(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Add(strings.NewReader("XYZORG\tORG\tFoo Bar Baz, Foo, Qux's Quux\n")); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key           string
		named, prefix bool
	}{
		{"foo", true, true},
		{"foo bar", false, true},
		{"foo bar baz", true, false},
		{"bar", false, false},
		// A possessive is a word of its own to a tokenizer.
		{"qux", false, true},
		{"qux's", false, true},
		{"qux's quux", true, false},
	}
	for _, tt := range tests {
		e, named, prefix := d.LookupPrefixKey([]byte(tt.key))
		if named != tt.named || prefix != tt.prefix {
			t.Errorf("LookupPrefixKey(%q) = named %v, prefix %v; want %v, %v", tt.key, named, prefix, tt.named, tt.prefix)
		}
		if named && e.Code != "XYZORG" {
			t.Errorf("LookupPrefixKey(%q) code = %q", tt.key, e.Code)
		}
		if le, ok := d.LookupKey([]byte(tt.key)); ok != named || le != e || d.IsPrefixKey([]byte(tt.key)) != prefix {
			t.Errorf("LookupKey/IsPrefixKey(%q) disagree with LookupPrefixKey", tt.key)
		}
		if se, snamed, sprefix := d.LookupPrefixString(tt.key); se != e || snamed != named || sprefix != prefix {
			t.Errorf("LookupPrefixString(%q) disagrees with LookupPrefixKey", tt.key)
		}
	}
}

func TestAppendKeyIsKey(t *testing.T) {
	for _, name := range []string{"", "U.S.", "  Al‑Jazeera  TV ", "Kurd’s", "ÉTAT\tISLAMIQUE", "\xffx"} {
		if got, want := string(AppendKey([]byte("pre"), name)), "pre"+Key(name); got != want {
			t.Errorf("AppendKey(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestAppendKeyOfLowerIsKey(t *testing.T) {
	for _, name := range []string{"", "Syrian Arab Army", "U.S.", "Al‑Jazeera", " lead", "trail ", "two  spaces", "tab\there", "line\nbreak", "ÉTAT", "Kurd’s", "al-Qaeda", "Hezbollah's"} {
		if got, want := string(AppendKeyOfLower([]byte("pre"), name, strings.ToLower(name))), "pre"+Key(name); got != want {
			t.Errorf("AppendKeyOfLower(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestKeyFilterKeepsEveryKey(t *testing.T) {
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for k := range d.keys {
		if !d.keyBits.mayHave([]byte(k)) {
			t.Errorf("key filter rejects %q", k)
		}
	}
	if _, named, prefix := d.LookupPrefixKey([]byte("zzzqqq")); named || prefix {
		t.Error("an unknown key was found")
	}
}

// FuzzAppendKeyByRunes checks AppendKey, whose ASCII bytes take a path of
// their own, against the same rules applied rune by rune.
func FuzzAppendKeyByRunes(f *testing.F) {
	for _, s := range []string{"U.S.", "  Al‑Jazeera  TV ", "Kurd’s", "ÉTAT\tISLAMIQUE", "\xffx", "a\u00a0b\u0085c\vd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if got, want := string(AppendKey([]byte("pre"), name)), "pre"+keyByRunes(name); got != want {
			t.Errorf("AppendKey(%q) = %q, want %q", name, got, want)
		}
	})
}

// keyByRunes is Key written plainly, a rune at a time.
func keyByRunes(name string) string {
	var b []byte
	space := false
	for _, r := range name {
		switch {
		case r == '.':
			continue
		case r == '’' || r == '‘':
			r = '\''
		case r == '‐' || r == '‑' || r == '–':
			r = '-'
		case unicode.IsSpace(r):
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}
