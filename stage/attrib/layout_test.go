package attrib

import "testing"

// TestBylines checks the signed layouts: quotations signed with a dash,
// and posts signed with a dash, a name and a handle.
func TestBylines(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []got
	}{{
		name: "signed quotations",
		text: "Here are the letters.\n\n“He does not speak for us. Not at all.” ― Sonya Herridge\n\n“We will vote in November, all of us.” — Carla Sanchez.",
		want: []got{
			{"Sonya Herridge", "―", "“He does not speak for us. Not at all.”", true, "assert"},
			{"Carla Sanchez", "—", "“We will vote in November, all of us.”", true, "assert"},
		},
	}, {
		// maxBylineWords counts the name's words, the dash apart.
		name: "a name of four words",
		text: "Here are the letters.\n\n“We will vote in November.” ― Christina N Luis Olidem\n\n“Not me.” ― Ana Ruiz",
		want: []got{
			{"Christina N Luis Olidem", "―", "“We will vote in November.”", true, "assert"},
			{"Ana Ruiz", "―", "“Not me.”", true, "assert"},
		},
	}, {
		name: "a signature on a line of its own, after a hyphen",
		text: "The claims, checked.\n\n\"Big companies pay zero taxes.\"\n\n- Bernie Sanders.\n\nThat is not quite right.",
		want: []got{{"Bernie Sanders", "-", "\"Big companies pay zero taxes.\"", true, "assert"}},
	}, {
		name: "a hyphen within a line signs nothing",
		text: "The banner, \"Vote Smith\" - Sanders left early.",
		want: nil,
	}, {
		name: "a post signed with a name and a handle, its link left out",
		text: "Here is the post.\n\nNo one should be above the law. pic.twitter.com/OqctxglquI — Paul Ryan (@SpeakerRyan) July 5, 2016\n\nOthers agreed.",
		want: []got{{"Paul Ryan", "—", "No one should be above the law.", true, "assert"}},
	}, {
		name: "a handle in a sentence that goes on signs nothing",
		text: "Thousands marched in Tbilisi on Sunday — Salome Zourabichvili (@Zourabichvili_S) joined them at the rally.",
		want: nil,
	}, {
		name: "a list after a hyphen is no signature",
		text: "The cities named were these.\n\n\"We stand.\"\n\n- Kyiv, Lviv, Odesa.",
		want: nil,
	}, {
		name: "a dash and a name without a handle is no post",
		text: "The vote was close — Paul Ryan (the speaker) abstained.",
		want: nil,
	}, {
		name: "a dash that goes on with the sentence signs nothing",
		text: "The road became “the highway of death” — Kirkuk officials closed it in May.",
		want: nil,
	}, {
		name: "a quotation already attributed keeps its cue",
		text: "“We will not stop,” the minister said — Reuters",
		want: []got{{"the minister", "said", "“We will not stop,”", true, "assert"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if g := texts(run(t, tt.text)); !equal(g, tt.want) {
				t.Errorf("got %+v\nwant %+v", g, tt.want)
			}
		})
	}
}

func TestTranscript(t *testing.T) {
	text := "Partial transcript as follows.\n\n" +
		"WALLACE: Let's start with the debate. Will she be there?\n\n" +
		"PENCE: She will not be attending the debate.\n\n" +
		"\"WALLACE: If I may, sir, one more question.\"\n"
	want := []got{
		{"WALLACE", ":", "Let's start with the debate. Will she be there?", false, "assert"},
		{"PENCE", ":", "She will not be attending the debate.", false, "assert"},
		{"WALLACE", ":", "If I may, sir, one more question.", false, "assert"},
	}
	doc := run(t, text)
	var labelled []got
	for _, g := range texts(doc) {
		if g.Cue == ":" {
			labelled = append(labelled, g)
		}
	}
	if !equal(labelled, want) {
		t.Errorf("got %+v\nwant %+v", labelled, want)
	}
}

func TestLoneLabelIsNoTranscript(t *testing.T) {
	// Notes in capitals are not turns of speech, however many there are,
	// when one word labels them all.
	doc := run(t, "The story ran on Monday.\n\nCORRECTION: An earlier version misspelled a name.\n\nCORRECTION: The vote was on Tuesday.\n\nCORRECTION: The mayor is a Democrat.\n")
	for _, g := range texts(doc) {
		if g.Cue == ":" {
			t.Errorf("got %+v, want no attribution of a note", g)
		}
	}
}

func TestCapitalsOnly(t *testing.T) {
	for w, want := range map[string]bool{"PENCE": true, "O'REILLY": true, "AP": true, "A": false, "Pence": false, "G7": false, "": false, "—": false} {
		if got := capitalsOnly(w); got != want {
			t.Errorf("capitalsOnly(%q) = %v, want %v", w, got, want)
		}
	}
}
