package ingest

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// joined marks the line breaks Unwrap turns into spaces with "·" and those
// it keeps with "¶", so that a case reads as one line.
func joined(in, out string) string {
	var b strings.Builder
	for i := range len(in) {
		switch {
		case in[i] == '\n' && out[i] == ' ':
			b.WriteString("·")
		case in[i] == '\n':
			b.WriteString("¶")
		default:
			b.WriteByte(in[i])
		}
	}
	return b.String()
}

func TestUnwrap(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{{
		name: "a wire wrapped at 64 columns, paragraphs apart",
		in: `KHARTOUM (Reuters) - The watchmen on duty reported that at dawn
they saw two men leaving a bag near the fence that surrounds the
depot, the police said in a statement carried by the state news
agency.

"We will find those who did this," the governor told reporters on
Monday.`,
		want: `KHARTOUM (Reuters) - The watchmen on duty reported that at dawn·they saw two men leaving a bag near the fence that surrounds the·depot, the police said in a statement carried by the state news·agency.¶¶"We will find those who did this," the governor told reporters on·Monday.`,
	}, {
		name: "telex in capitals, paragraphs opened by an indent",
		in: `   ARMY SPOKESMEN SAID THAT THE REBELS ATTACKED THE BARRACKS AT
DAWN AND THAT TWO SOLDIERS WERE KILLED IN THE EXCHANGE OF FIRE WITH
THE ATTACKERS, WHO FLED TOWARD THE HILLS.
   THE REBEL RADIO DENIED THAT ITS FIGHTERS HAD TAKEN PART IN THE
ATTACK ON THE BARRACKS.`,
		want: `   ARMY SPOKESMEN SAID THAT THE REBELS ATTACKED THE BARRACKS AT·DAWN AND THAT TWO SOLDIERS WERE KILLED IN THE EXCHANGE OF FIRE WITH·THE ATTACKERS, WHO FLED TOWARD THE HILLS.¶   THE REBEL RADIO DENIED THAT ITS FIGHTERS HAD TAKEN PART IN THE·ATTACK ON THE BARRACKS.`,
	}, {
		name: "a short last line ends its paragraph, though no blank line follows",
		in: `The ministry said the convoy came under fire near the border town
on Sunday and that three drivers were missing.
Officials in the capital declined to comment on the report when
asked by reporters.`,
		want: `The ministry said the convoy came under fire near the border town·on Sunday and that three drivers were missing.¶Officials in the capital declined to comment on the report when·asked by reporters.`,
	}, {
		name: "list items keep their lines",
		in: `The state news agency said that artillery had shelled villages in
the north of the province overnight and listed those that were hit
by name:
- Tal Abyad district, where two people were hurt,
- Ras al-Ain countryside, where a school was damaged, and
- outskirts of Ain Issa, where no one was hurt.`,
		want: `The state news agency said that artillery had shelled villages in·the north of the province overnight and listed those that were hit·by name:¶- Tal Abyad district, where two people were hurt,¶- Ras al-Ain countryside, where a school was damaged, and¶- outskirts of Ain Issa, where no one was hurt.`,
	}, {
		name: "a headline and a byline keep their lines, and the dateline opens one",
		in: `Sudan paramilitary fighters kill more than 100 in Gezira village
By Khalid Abdelaziz and Nafisa Eltahir, with reporting by Reuters staff
KHARTOUM, May 1 (Reuters) - Fighters from the paramilitary Rapid
Support Forces (RSF) attacked a village in Gezira state on Wednesday,
killing more than 100 people, activists said.`,
		want: `Sudan paramilitary fighters kill more than 100 in Gezira village¶By Khalid Abdelaziz and Nafisa Eltahir, with reporting by Reuters staff¶KHARTOUM, May 1 (Reuters) - Fighters from the paramilitary Rapid·Support Forces (RSF) attacked a village in Gezira state on Wednesday,·killing more than 100 people, activists said.`,
	}, {
		name: "a headline runs on into the body only before a word in lower case",
		in: `Rebels seize key town in eastern Congo after days of heavy fighting
The rebels took the town on Tuesday after government troops withdrew
towards the provincial capital, residents and a local official told
reporters by telephone.`,
		want: `Rebels seize key town in eastern Congo after days of heavy fighting¶The rebels took the town on Tuesday after government troops withdrew·towards the provincial capital, residents and a local official told·reporters by telephone.`,
	}, {
		name: "a headline in capitals above a wire in capitals",
		in: `UKRAINE: DRONE ATTACK ON ODESA PORT KILLS TWO, GOVERNOR SAYS
ODESA, May 1 (Reuters) - A RUSSIAN DRONE ATTACK ON THE PORT OF ODESA
KILLED TWO PEOPLE OVERNIGHT AND DAMAGED A GRAIN TERMINAL, THE REGIONAL
GOVERNOR SAID ON WEDNESDAY, ADDING THAT RESCUERS WERE STILL AT WORK.`,
		want: `UKRAINE: DRONE ATTACK ON ODESA PORT KILLS TWO, GOVERNOR SAYS¶ODESA, May 1 (Reuters) - A RUSSIAN DRONE ATTACK ON THE PORT OF ODESA·KILLED TWO PEOPLE OVERNIGHT AND DAMAGED A GRAIN TERMINAL, THE REGIONAL·GOVERNOR SAID ON WEDNESDAY, ADDING THAT RESCUERS WERE STILL AT WORK.`,
	}, {
		name: "turns of a transcript, and a line ending in a colon",
		in: `ANCHOR: Good evening. Tonight we begin in eastern Ukraine, where
the fighting around Avdiivka has intensified over the past day and
REPORTER: That's right, the shelling has not stopped since dawn and
the town's hospital was hit for the second time this week, as they
told us:
the wards were empty by noon.`,
		want: `ANCHOR: Good evening. Tonight we begin in eastern Ukraine, where·the fighting around Avdiivka has intensified over the past day and¶REPORTER: That's right, the shelling has not stopped since dawn and·the town's hospital was hit for the second time this week, as they·told us:¶the wards were empty by noon.`,
	}, {
		name: "items lettered or in brackets",
		in: `The agency said that artillery had shelled villages in the north of
the province overnight and that the following were hit in the night
by the shells, which fell from about two in the morning until dawn:
a) the Tal Abyad district, where two people were hurt, and the market
(b) the Ras al-Ain countryside, where a school was damaged by shells`,
		want: `The agency said that artillery had shelled villages in the north of·the province overnight and that the following were hit in the night·by the shells, which fell from about two in the morning until dawn:¶a) the Tal Abyad district, where two people were hurt, and the market¶(b) the Ras al-Ain countryside, where a school was damaged by shells`,
	}, {
		name: "an acronym in brackets and a sentence opening with By continue the text",
		in: `Witnesses said heavy fighting had broken out on Monday between the
army and fighters from Sudan's paramilitary Rapid Support Forces
(RSF) in the town, and the RSF said they had taken it after a battle
that lasted into the morning, and residents said they had all fled.
By Tuesday evening, thousands of families had fled toward the coast,
aid groups said, adding that the roads were blocked by checkpoints.`,
		want: `Witnesses said heavy fighting had broken out on Monday between the·army and fighters from Sudan's paramilitary Rapid Support Forces·(RSF) in the town, and the RSF said they had taken it after a battle·that lasted into the morning, and residents said they had all fled.·By Tuesday evening, thousands of families had fled toward the coast,·aid groups said, adding that the roads were blocked by checkpoints.`,
	}, {
		name: "headlines a line, one of them in lower case",
		in: `Sudan's army says it retook a strategic bridge in Khartoum
al-Shabaab fighters attack a military base in southern Somalia
Ukraine says Russian drones hit energy sites across the country
Ceasefire talks to resume in Cairo as mediators press both sides
Aid convoys enter northern Gaza for the first time in two weeks`,
	}, {
		name: "one sentence a line is no wrapping",
		in: `Rebels attacked a checkpoint near the town on Tuesday morning .
Two soldiers were killed in the attack , the army said .
The rebels said they had taken the checkpoint .
No one else was hurt .`,
	}, {
		name: "headlines in title case, as pages list related stories",
		in: `Ceasefire Talks Resume In Cairo As Mediators Press Both Sides
Aid Convoys Enter The North For The First Time In Weeks
Strikes Hit Power Stations Across The Country Overnight`,
	}, {
		name: "a paragraph a line, as extracted pages and PolNeAR put them",
		in: `The ministry said on Monday that a coalition airstrike had killed at least fourteen civilians in the town of Hajin, in the east of the province.
A coalition spokesman denied that its aircraft had struck the town.
The Red Crescent said one of its volunteers was killed.`,
	}, {
		name: "rows of a table",
		in: `region          killed   injured   displaced   source of the
north               14        30         200   the health ministry and
south                3         9          40   the civil defence`,
	}, {
		name: "a centred heading",
		in: `                        Report of the Commission
                  on the events of the fourteenth of May
              submitted to the Council on the first of June
`,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == "" {
				want = joined(tc.in, tc.in)
			}
			out := Unwrap(tc.in)
			if len(out) != len(tc.in) {
				t.Fatalf("Unwrap changed the length from %d to %d", len(tc.in), len(out))
			}
			if got := joined(tc.in, out); got != want {
				t.Errorf("Unwrap:\n got %s\nwant %s", got, want)
			}
		})
	}
}

// TestFromTextUnwraps checks that the plain-text reader unwraps, so that
// every reader of files, feeds and archives gets whole sentences.
func TestFromTextUnwraps(t *testing.T) {
	in := "The army said on Tuesday that the rebels had shelled the market in\n" +
		"the north of the town and that four people had been killed there,\n" +
		"among them two children who were on their way to school.\n"
	doc, err := FromText(in, sitrep.Metadata{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(doc.Text, "\n") != 1 || len(doc.Text) != len(in) {
		t.Errorf("FromText kept the wrapped lines: %q", doc.Text)
	}
}

// FuzzUnwrap checks that Unwrap changes nothing but line breaks into
// spaces, whatever the input, so that offsets into the text stay valid.
func FuzzUnwrap(f *testing.F) {
	f.Add("a b c\nd e f\ng h i\n")
	f.Add("THE ARMY SAID THAT THE REBELS ATTACKED THE TOWN AT\nDAWN AND KILLED\nTWO\n")
	f.Add("\n\n\n")
	f.Add("x\xff\n  y\n- z\n12) w\n")
	f.Fuzz(func(t *testing.T, in string) {
		out := Unwrap(in)
		if len(out) != len(in) {
			t.Fatalf("length %d, want %d", len(out), len(in))
		}
		for i := range len(in) {
			if in[i] != out[i] && (in[i] != '\n' || out[i] != ' ') {
				t.Fatalf("byte %d changed from %q to %q", i, in[i], out[i])
			}
		}
	})
}

// wrapBenchText builds a story of paragraphs, wrapped at width columns, or
// one paragraph a line when width is 0.
func wrapBenchText(width int) string {
	para := strings.Repeat("The ministry said on Monday that a coalition airstrike had killed at least fourteen civilians in the town, a charge the coalition's spokesman denied. ", 4)
	var b strings.Builder
	for range 40 {
		if width == 0 {
			b.WriteString(para + "\n\n")
			continue
		}
		line := 0
		for _, w := range strings.Fields(para) {
			if line > 0 && line+1+len(w) > width {
				b.WriteByte('\n')
				line = 0
			} else if line > 0 {
				b.WriteByte(' ')
				line++
			}
			b.WriteString(w)
			line += len(w)
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkUnwrap(b *testing.B) {
	for _, bc := range []struct {
		name  string
		width int
	}{{"wrapped", 70}, {"paragraph-lines", 0}} {
		text := wrapBenchText(bc.width)
		if unwrapped := Unwrap(text) != text; unwrapped != (bc.width > 0) {
			b.Fatalf("%s: unwrapped %v", bc.name, unwrapped)
		}
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Unwrap(text)
			}
		})
	}
}
