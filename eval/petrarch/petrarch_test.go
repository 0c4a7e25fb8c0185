package petrarch

import (
	"strings"
	"testing"
)

// The fixture copies the layout of the validation file: self-closed
// Sentence tags that are closed again, several codings, noevents.
const fixture = `<Validation>
<Sentences>
<Sentence category="T" date="20150609" id="T_1" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="RURMIL" targetcode="FRE" />
<Text>
Ruritanian troops shelled
Freedonia.
</Text>
<Parse>1 Ruritanian</Parse>
</Sentence>
<Sentence category="T" date="20150609" id="T_2" evaluate="true">
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
</Sentence>
<Sentence category="T" date="20150609" id="T_3" evaluate="true"/>
<EventCoding eventcode="015" sourcecode="RUR" targetcode="FRE" />
<EventCoding eventcode="0841" sourcecode="FREGOV" targetcode="---CVL" />
<Text>Freedonia released the prisoners, Ruritania said.</Text>
</Sentence>
</Sentences>
</Validation>`

func TestRead(t *testing.T) {
	s, err := Read(strings.NewReader(fixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(s) != 3 {
		t.Fatalf("Read returned %d sentences, want 3", len(s))
	}
	if s[0].Text != "Ruritanian troops shelled Freedonia." || len(s[0].Codings) != 1 || s[0].Codings[0].Event != "190" {
		t.Errorf("sentence 0 = %+v", s[0])
	}
	if !s[1].NoEvents || len(s[2].Codings) != 2 {
		t.Errorf("sentences 1, 2 = %+v, %+v", s[1], s[2])
	}
}

func TestPLOVER(t *testing.T) {
	for code, want := range map[string]string{"190": "ASSAULT", "1823": "ASSAULT", "0841": "RETREAT", "082": "CONCEDE",
		"112": "ACCUSE", "090": "ACCUSE", "163": "COERCE", "192": "COERCE", "015": "", "021": "", "x": ""} {
		if got := PLOVER(code); got != want {
			t.Errorf("PLOVER(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestScore(t *testing.T) {
	s, err := Read(strings.NewReader(fixture))
	if err != nil {
		t.Fatal(err)
	}
	events := map[string][]Event{
		"T_1": {{Category: "ASSAULT", Actor: "RURMIL", Target: "FRE"}},
		"T_2": nil,
		"T_3": {{Category: "ACCUSE"}, {Category: "RETREAT", Actor: "FRE", Target: "CVL"}},
	}
	sc, misses := Score(s, func(x Sentence) []Event { return events[x.ID] })
	if sc.N != 2 || sc.Dropped != 1 || sc.NoEvent != 1 || sc.NoEventOK != 1 {
		t.Errorf("counts = %+v", sc)
	}
	// T_1 agrees fully; T_3's primary event is the wrong category.
	if sc.RootAcc != 0.5 || sc.SourceAcc != 0.5 || sc.TargetAcc != 0.5 || sc.AnyAcc != 1 || len(misses) != 1 {
		t.Errorf("scores = %+v, misses %d", sc, len(misses))
	}
}
