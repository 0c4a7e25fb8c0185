package entity_test

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/stage/entity"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

var (
	stageOnce sync.Once
	theStage  *entity.Stage
	stageErr  error
)

func newStage(tb testing.TB) *entity.Stage {
	tb.Helper()
	stageOnce.Do(func() { theStage, stageErr = entity.New(entity.Config{}) })
	if stageErr != nil {
		tb.Fatal(stageErr)
	}
	return theStage
}

// annotate runs segmentation and the entity stage on text.
func annotate(tb testing.TB, text string) *sitrep.Document {
	tb.Helper()
	doc := sitrep.NewDocument(text, sitrep.Metadata{})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		tb.Fatal(err)
	}
	if err := newStage(tb).Run(context.Background(), doc); err != nil {
		tb.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		tb.Fatal(err)
	}
	return doc
}

func BenchmarkStage(b *testing.B) {
	text, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		b.Fatal(err)
	}
	// Ten copies make a long article, so per-document costs do not dominate.
	long := strings.Repeat(string(text)+"\n", 10)
	doc := sitrep.NewDocument(long, sitrep.Metadata{})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		b.Fatal(err)
	}
	s := newStage(b)
	// Warm up: the tagger's name lists load on first use.
	if err := s.Run(context.Background(), doc); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(long)))
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		if err := s.Run(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
	tokens := float64(len(doc.Tokens)) * float64(b.N)
	b.ReportMetric(tokens/b.Elapsed().Seconds(), "tokens/s")
	// On a shared machine wall time overstates the cost; CPU time of the
	// process (all threads, GC included) gives tokens per second per core.
	if spent := cpuTime() - cpu; spent > 0 {
		b.ReportMetric(tokens/spent, "tokens/cpu-s")
	}
}

// parseMarkup strips "{TYPE text}" markup from in and returns the plain text
// and the marked spans.
func parseMarkup(in string) (string, []want) {
	var b strings.Builder
	var out []want
	for {
		i := strings.IndexByte(in, '{')
		if i < 0 {
			b.WriteString(in)
			return b.String(), out
		}
		b.WriteString(in[:i])
		j := strings.IndexByte(in[i:], '}') + i
		typ, text, _ := strings.Cut(in[i+1:j], " ")
		out = append(out, want{sitrep.EntityType(typ), text, b.Len()})
		b.WriteString(text)
		in = in[j+1:]
	}
}

type want struct {
	typ   sitrep.EntityType
	text  string
	start int
}

func TestNames(t *testing.T) {
	tests := []string{
		"{GPE MOSCOW} ({ORG Sputnik}) — The {ORG Syrian Foreign Ministry} has urged the {ORG UN Security Council} to act.",
		// A dateline after a headline, with an agency the tagger cannot know.
		"Turkey and Iraq agree to talks\n\n{GPE ANKARA}, Nov 8 ({ORG Example Wire}) - The two sides met on Tuesday.",
		"Army Col. {PERSON Ryan Dillon}, the spokesman for the coalition, denied it.",
		"The strike hit {GPE Deir ez-Zor} on Monday, the {ORG Syrian Observatory for Human Rights} said.",
		"Nevertheless, the {ORG Syrian Arab Red Crescent} has reported that one of its volunteers was killed.",
		"Turkish President {PERSON Recep Tayyip Erdogan} met {PERSON Vladimir Putin} in {GPE Moscow}.",
		"The fighters crossed the {LOC Euphrates River} near {GPE Raqqa}.",
		"Two {WEAPON F-16} jets were seen over the city.",
		"{NORP Kurdish} forces said the {ORG Islamic State} had withdrawn.",
		// An organization's head before its complement outweighs a last
		// word that would make the name a war.
		"The {ORG Institute for the Study of War} said troops had advanced.",
		// A capital the tagger takes for a person, as it speaks.
		"{GPE Kyiv} has repeatedly denied targeting civilians.",
		// A closing quotation mark after a plural is no possessive.
		"The party rejected what it called ‘baseless claims’ {PERSON officials} said.",
		// A name the tagger runs on over a verb of speech ends before it.
		"The {ORG Defence Ministry} said Typhoons took part in the raids.",
		// Words the tagger leaves out of the start of an organization's
		// name: capitalized words before its head word, a possessive, and
		// a word with "for the".
		"The {ORG Wad Nubawi Resistance Committee} said two were hurt.",
		"The {ORG People's Defence Force} ({ORG PDF}) in Magway region said it downed a drone.",
		"Gunmen from {ORG Volunteers for the Defence of the Nation} attacked the town.",
		"{GPE Russia}'s {ORG Defence Ministry} said the drones were downed.",
		// A name the tagger takes for a person is a place before "province".
		"A drone struck a base in Iraq's {GPE Anbar} province on Monday.",
		// A news outlet does not modify the description after it, which
		// it only hears.
		"A nurse told {ORG Reuters} {PERSON villagers} had fled.",
		// A demonym that is a given name, after a title, opens a person's
		// name; before a title it is a demonym still.
		"Kyiv's energy minister {PERSON German Galushchenko} accused Moscow of striking plants.",
		"{NORP German} Chancellor {PERSON Olaf Scholz} met the {NORP German} ambassador.",
		// A description of a person inside what the tagger made one
		// organization ends it, and the name after it is the person's.
		"{ORG National Police Service} spokesperson {PERSON Peter Kiprono} denied it.",
		// A teknonym opens a person's name.
		"{PERSON Umm Mohammed}, a mother of five, told reporters the drone hit the alley.",
		// A plural possessive before an organization word stays in the name.
		"Israeli forces detained 12 people, the {ORG Palestinian Prisoners' Society} said.",
		"Officials from the {ORG Farmers' Union of Wales} said the subsidy was cut.",
	}
	for _, tc := range tests {
		text, wants := parseMarkup(tc)
		doc := annotate(t, text)
		for _, w := range wants {
			found := false
			for _, m := range doc.Mentions {
				if m.Start == w.start && m.Text(doc) == w.text && m.Type == w.typ {
					found = true
				}
			}
			if !found {
				t.Errorf("%q: no %s mention %q; have %s", text, w.typ, w.text, describe(doc))
			}
		}
	}
}

// describe lists a document's mentions for failure messages.
func describe(doc *sitrep.Document) string {
	var parts []string
	for _, m := range doc.Mentions {
		parts = append(parts, string(m.Type)+":"+m.Text(doc))
	}
	return strings.Join(parts, ", ")
}

// entityOf returns the entity of the first mention whose text is text.
func entityOf(tb testing.TB, doc *sitrep.Document, text string, typ sitrep.EntityType) (int, *sitrep.Entity) {
	tb.Helper()
	for _, m := range doc.Mentions {
		if m.Text(doc) == text && (typ == "" || m.Type == typ) && m.Entity >= 0 {
			return m.Entity, &doc.Entities[m.Entity]
		}
	}
	tb.Fatalf("no mention %q (%s) in %s", text, typ, describe(doc))
	return -1, nil
}

func TestCoreference(t *testing.T) {
	tests := []struct {
		text string
		a, b string // two mentions that must corefer
	}{
		{"Army Col. Ryan Dillon spoke on Monday. Dillon said the coalition did not strike.", "Ryan Dillon", "Dillon"},
		{"The spokesman for Operation Inherent Resolve (OIR) spoke. OIR denied it.", "Operation Inherent Resolve", "OIR"},
		{"The Syrian Observatory for Human Rights said 14 died. SOHR later raised the toll.", "Syrian Observatory for Human Rights", "SOHR"},
		{"The Syrian Foreign Ministry wrote to the UN. In the letter, the ministry accused the coalition.", "Syrian Foreign Ministry", "ministry"},
		// One portfolio in two spellings.
		{"The Russian Defence Ministry said it shot down 20 drones. The defense ministry added that two missiles were intercepted.", "Russian Defence Ministry", "defense ministry"},
		{"Civilians were killed by the US-led coalition. The alliance, which includes 70 members, denied it.", "US-led coalition", "alliance"},
		{"The Syrian Arab Red Crescent mourned a volunteer. The organization urged all parties to protect aid workers.", "Syrian Arab Red Crescent", "organization"},
		{"Islamic State claimed the attack. Daesh fighters then withdrew.", "Islamic State", "Daesh"},
		{"Zelensky: Russia shelled a hospital\n\nUkrainian President Volodymyr Zelensky said two nurses died.", "Zelensky", "Volodymyr Zelensky"},
		{"Al-Shabab claimed the attack. The African Union condemned it. The president vowed to eliminate the group.", "Al-Shabab", "group"},
		{"Bashar al-Assad met Vladimir Putin on Monday. The Russian president said talks would go on.", "Vladimir Putin", "Russian president"},
		{"NRA backs the bill\n\nThe National Rifle Association said it would back the bill.", "NRA", "National Rifle Association"},
		// A name that says no country may be the president a country's
		// possessive describes.
		{"President Hakainde Hichilema met donors in Lusaka on Monday. Zambia's president said the country needed debt relief.", "Hakainde Hichilema", "president"},
		{"Gunmen shelled a market, killing 40 people, Amnesty International said. The group called for an inquiry.", "Amnesty International", "group"},
		// With no subject to name it, the one armed group named before.
		{"Israel accused Hamas of using schools as shields. The group rejected the accusation.", "Hamas", "group"},
		// A headline's bare noun is the description the lead gives in
		// full, and the lead's subject follows the dateline.
		{"Coalition says strike hit depot\n\nRIYADH, Feb 7 (AP) — The Saudi-led coalition said its strike hit a weapons depot.", "Coalition", "Saudi-led coalition"},
		{"Coalition says strike hit depot\n\nRIYADH, Feb 7 (AP) — The Saudi-led coalition said its strike hit a weapons depot.", "Saudi-led coalition", "its"},
		// A capital's name that is a person's surname stays the person's.
		{"Police arrested Marcus Lima on Tuesday. Lima denied the charges through his lawyer.", "Marcus Lima", "Lima"},
		// "His spokesman" is the one named beside him.
		{"President Vladimir Putin will not attend, Kremlin spokesman Dmitry Peskov said. Putin has no plans to travel, his spokesman said.", "Dmitry Peskov", "spokesman"},
		// "The army" is a state's army named before, and one country's
		// ministry is one body however it is named.
		{"The Pakistan Army denied the report. The army said five rebels died.", "Pakistan Army", "army"},
		{"Armenia's Defense Ministry said Azerbaijani forces fired first. The Armenian Defense Ministry later said two soldiers died.", "Defense Ministry", "Armenian Defense Ministry"},
		// A state body's name may call it a group.
		{"The Wagner Group said it took the town. The group said 20 soldiers died.", "Wagner Group", "group"},
		// The armed group named before a state body's statement.
		{"The TTP attacked a checkpoint. The ISPR said six attackers were killed. The group claimed responsibility for the attack.", "TTP", "group"},
		// A news outlet is no group; the armed group that runs it is.
		{"The US military said the missile missed. The Houthi-run Saba news agency, citing a statement from the group, said the attack was in solidarity.", "Houthi", "group"},
		// "The monitor" is the monitoring body named before.
		{"The Syrian Observatory for Human Rights said 12 died. Shelling killed SDF fighters, the monitor said.", "Syrian Observatory for Human Rights", "monitor"},
		// A state broadcaster named beside its description.
		{"The junta spokesman told state broadcaster MRTV that troops held the town.", "state broadcaster", "MRTV"},
		// A surname whose particle a sentence's start capitalizes.
		{"Coalition spokesman Brigadier General Saleh al-Otaibi said the strike hit a depot. Al-Otaibi also said two drones were downed.", "Saleh al-Otaibi", "Al-Otaibi"},
		// A junta is the government it holds.
		{"Niger's military government declared mourning. The junta said 29 soldiers died.", "military government", "junta"},
		// A health worker is a person whom "the" names again.
		{"A senior doctor said children were among the dead. The doctor said the hospital had no fuel.", "senior doctor", "doctor"},
	}
	for _, tc := range tests {
		if same, doc := sameEntity(t, tc.text, tc.a, tc.b); !same {
			t.Errorf("%q: %q and %q are two entities; want one\n%s", tc.text, tc.a, tc.b, describe(doc))
		}
	}
}

// TestTitleRefersBack checks that a definite description made of a title
// ("the governor") is the nearest person named with that title before it,
// and only when the title matches in full and no other holder competes.
func TestTitleRefersBack(t *testing.T) {
	tests := []struct {
		text, name, desc string
		same             bool
	}{
		{"Borno State Governor Babagana Zulum visited the town. The governor said 20 farmers were killed.", "Babagana Zulum", "governor", true},
		{"Gov. Babagana Zulum visited the town. Police arrested two men. The governor said 20 farmers were killed.", "Babagana Zulum", "governor", true},
		{"Defence Minister Rustem Umerov visited the front. The minister said the line held.", "Rustem Umerov", "minister", true},
		// A portfolio tells two ministers of one sentence apart.
		{"Foreign Minister Dmytro Kuleba met Defence Minister Rustem Umerov. The defence minister said the line held.", "Rustem Umerov", "defence minister", true},
		{"Prime Minister Shehbaz Sharif visited the town. The prime minister said 12 militants were killed.", "Shehbaz Sharif", "minister", true},
		{"Army spokesman Brig. Gen. Dawlat Waziri spoke on Monday. The spokesman said 12 militants were killed.", "Dawlat Waziri", "spokesman", true},
		{"Senator Lindsey Graham visited Kyiv. The senator said the aid would pass.", "Lindsey Graham", "senator", true},
		{"Former Governor Kashim Shettima visited the town. The former governor said 20 farmers were killed.", "Kashim Shettima", "governor", true},
		// Another office, rank or place is someone else.
		{"Borno State Governor Babagana Zulum visited the town. The minister said 20 farmers were killed.", "Babagana Zulum", "minister", false},
		{"Former Governor Kashim Shettima visited the town. The governor said 20 farmers were killed.", "Kashim Shettima", "governor", false},
		{"Borno State Governor Babagana Zulum visited the town. The former governor said 20 farmers were killed.", "Babagana Zulum", "governor", false},
		{"Borno State Governor Babagana Zulum visited the town. The deputy governor said 20 farmers were killed.", "Babagana Zulum", "governor", false},
		{"Prime Minister Shehbaz Sharif visited the town. The minister said 12 militants were killed.", "Shehbaz Sharif", "minister", false},
		{"Vice President Kashim Shettima visited the town. The president said 20 farmers were killed.", "Kashim Shettima", "president", false},
		{"Borno State Governor Babagana Zulum visited the town. The Lagos governor said 20 farmers were killed.", "Babagana Zulum", "Lagos governor", false},
		// Two governors in one sentence: either could be meant.
		{"Borno State Governor Babagana Zulum met Yobe State Governor Mai Mala Buni. The governor said 20 farmers were killed.", "Mai Mala Buni", "governor", false},
		// Indefinites and possessors refer to no one person named before.
		{"Borno State Governor Babagana Zulum visited the town. A governor said 20 farmers were killed.", "Babagana Zulum", "governor", false},
		{"Borno State Governor Babagana Zulum visited the town. The governor's office said 20 farmers were killed.", "Babagana Zulum", "governor", false},
	}
	for _, tc := range tests {
		if same, doc := sameEntity(t, tc.text, tc.name, tc.desc); same != tc.same {
			t.Errorf("%q: %q and %q one entity: %v, want %v\n%s", tc.text, tc.name, tc.desc, same, tc.same, describe(doc))
		}
	}
}

// TestHeadlineTitleRefersForward checks that a headline's description
// made of a title ("Homs governor says …") is the first person the body
// introduces with that title, when the modifiers fit, and that only a
// headline refers forward.
func TestHeadlineTitleRefersForward(t *testing.T) {
	tests := []struct {
		text, name, desc string
		same             bool
	}{
		{"Idlib governor says shells hit market\n\nShells hit a market in Idlib province on Monday, Governor Omar Haddad told reporters.", "Omar Haddad", "Idlib governor", true},
		{"Idlib governor says shells hit market\n\nBEIRUT, May 13 (Reuters) - Shells hit a market on Monday, Omar Haddad, the governor of Idlib, said.", "Omar Haddad", "Idlib governor", true},
		{"Governor says bandits killed herders\n\nBandits killed 20 herders on Monday, Zamfara State Governor Musa Bello said.", "Musa Bello", "Governor", true},
		// A name before the description in a headline modifies it; the
		// lead need only name it in the holder's sentence.
		{"Tarsa governor says shells hit market\n\nShells hit a market in Tarsa on Monday, Governor Omar Haddad said.", "Omar Haddad", "governor", true},
		{"Tarsa governor says shells hit market\n\nShells hit a market in Kelo on Monday, Governor Omar Haddad said.", "Omar Haddad", "governor", false},
		// The title's own name is not the headline's.
		{"Kano governor says bandits killed herders\n\nBandits killed 20 herders on Monday, Zamfara State Governor Musa Bello said in Kano.", "Musa Bello", "Kano governor", false},
		// Another rank is another office.
		{"Former governor says bandits killed herders\n\nBandits killed 20 herders on Monday, Governor Musa Bello said.", "Musa Bello", "governor", false},
		// Two holders in one sentence: either could be meant.
		{"Governor says bandits killed herders\n\nBandits killed 20 herders. Governor Musa Bello met Governor Ali Sani.", "Ali Sani", "Governor", false},
		// A lead sentence of its own is no headline.
		{"The governor said bandits killed herders.\n\nBandits killed 20 herders on Monday, Governor Musa Bello said.", "Musa Bello", "governor", false},
	}
	for _, tc := range tests {
		if same, doc := sameEntity(t, tc.text, tc.name, tc.desc); same != tc.same {
			t.Errorf("%q: %q and %q one entity: %v, want %v\n%s", tc.text, tc.name, tc.desc, same, tc.same, describe(doc))
		}
	}
}

// sameEntity annotates text and reports whether mentions a and b belong to
// one entity.
func sameEntity(t *testing.T, text, a, b string) (bool, *sitrep.Document) {
	t.Helper()
	doc := annotate(t, text)
	ea, _ := entityOf(t, doc, a, "")
	eb, _ := entityOf(t, doc, b, "")
	return ea == eb, doc
}

// TestWitnessesAreMentions checks that one resident or villager, whom
// wires quote as often as officials, is a person.
func TestWitnessesAreMentions(t *testing.T) {
	for text, want := range map[string]string{
		"A local resident said homes burned.": "local resident",
		"A villager said troops had left.":    "villager",
		"A medic said children died.":         "medic",
		"Rescuers said the roof fell.":        "Rescuers",
	} {
		doc := annotate(t, text)
		if _, e := entityOf(t, doc, want, sitrep.PERSON); e == nil {
			t.Errorf("%q: no person %q", text, want)
		}
	}
}

// TestGivenNameSaysNoCountry checks that a given name that is a demonym
// ("German Galushchenko") does not make its bearer that country's.
func TestGivenNameSaysNoCountry(t *testing.T) {
	text := "Ukraine's energy minister German Galushchenko said the grid held."
	doc := annotate(t, text)
	if _, e := entityOf(t, doc, "German Galushchenko", sitrep.PERSON); strings.HasPrefix(e.Actor, "DEU") {
		t.Errorf("%q: German Galushchenko has actor %q, of Germany", text, e.Actor)
	}
}

// TestMembersOfBodyAreNoMention checks that the members' word of a
// body's name ("the doctors' union") is not a description of its own,
// which would make the members the speaker.
func TestMembersOfBodyAreNoMention(t *testing.T) {
	text := "The doctors' union said 30 died."
	doc := annotate(t, text)
	for _, m := range doc.Mentions {
		if m.Text(doc) == "doctors" {
			t.Errorf("%q: mention %q; want none\n%s", text, m.Text(doc), describe(doc))
		}
	}
}

// TestDatelineDateIsNoName checks that the month of a dateline's date
// makes no mention ("Feb" was an organization, "Jan" a person), while a
// state written there still does ("NEW YORK, N.Y. (AP) —").
func TestDatelineDateIsNoName(t *testing.T) {
	for text, want := range map[string][]string{
		"MANILA, Feb 12 (AFP) - Rebels attacked an army post.": {"MANILA", "AFP", "Rebels"},
		"KYIV, Jan 15 (Reuters) - A missile struck Dnipro.":    {"KYIV", "Reuters", "Dnipro"},
	} {
		doc := annotate(t, text)
		var got []string
		for _, m := range doc.Mentions {
			if m.Kind == sitrep.MentionName || m.Kind == sitrep.MentionNominal && m.Type == sitrep.PERSON {
				got = append(got, m.Text(doc))
			}
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: mentions %q, want %q", text, got, want)
		}
	}
}

// TestDescriptionAfterDateline checks that the word after a dateline's
// dash, capitalized as a sentence's first word is, can start a
// description, and that the victims of conflict reports are described.
func TestDescriptionAfterDateline(t *testing.T) {
	doc := annotate(t, "KANO, Nigeria, June 10 (Reuters) - Gunmen killed 15 villagers on Sunday.")
	if _, e := entityOf(t, doc, "Gunmen", sitrep.PERSON); e.Actor != "UAF" {
		t.Errorf("Gunmen: actor %q, want UAF", e.Actor)
	}
	if _, e := entityOf(t, doc, "villagers", sitrep.PERSON); e.Actor != "CVL" {
		t.Errorf("villagers: actor %q, want CVL", e.Actor)
	}
}

// TestHeadOfGovernmentAmbiguous checks that "the Turkish president" joins
// no one when two persons of Turkey's government are named before it.
func TestHeadOfGovernmentAmbiguous(t *testing.T) {
	dict, err := actor.New()
	if err != nil {
		t.Fatal(err)
	}
	if err := dict.Add(strings.NewReader("TURGOV\tPERSON\tMevlut Cavusoglu,Cavusoglu\n")); err != nil {
		t.Fatal(err)
	}
	st, err := entity.New(entity.Config{Actors: dict})
	if err != nil {
		t.Fatal(err)
	}
	text := "Recep Tayyip Erdogan met Mevlut Cavusoglu on Monday. The Turkish president said talks would go on."
	doc := sitrep.NewDocument(text, sitrep.Metadata{})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := st.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	president, _ := entityOf(t, doc, "Turkish president", "")
	for _, name := range []string{"Recep Tayyip Erdogan", "Mevlut Cavusoglu"} {
		if e, _ := entityOf(t, doc, name, ""); e == president {
			t.Errorf("%q: \"Turkish president\" joins %s, though two of Turkey's government are named\n%s", text, name, describe(doc))
		}
	}
}

// TestKeptApart checks mentions that must not corefer: a full name does
// not take an earlier surname that already belongs to another full name,
// and a name after "anti-" modifies a description by opposition.
func TestKeptApart(t *testing.T) {
	tests := []struct{ text, a, b string }{
		{"Bill Clinton spoke on Monday. Clinton said the plan would pass. Hillary Clinton said it would not.", "Bill Clinton", "Hillary Clinton"},
		{"Daesh fighters fled. The spokesman for the US-led anti-Daesh coalition said the coalition did not strike.", "Daesh", "US-led anti-Daesh coalition"},
		// The name before "-run" runs the body; it is not the body.
		{"Hamas denied it. The Hamas-run health ministry said 30 people were killed.", "Hamas", "Hamas-run health ministry"},
		{"Israel's health ministry said two soldiers were wounded. The Hamas-run health ministry said 40 people were killed.", "health ministry", "Hamas-run health ministry"},
		// "The group" after a sentence that describes one is not its
		// reporter.
		{"Fighters from an armed group stormed the village, killing 40 people, Amnesty International said. The group has carried out similar raids.", "Amnesty International", "group"},
		// An acronym the dictionary knows stands for its own name.
		{"MANILA (AFP) - Rebels attacked an army post, the Armed Forces of the Philippines said.", "AFP", "Armed Forces of the Philippines"},
		// Two initials are an abbreviation more often than an acronym.
		{"D.C. voted on Monday. The Democratic Congress met.", "D.C.", "Democratic Congress"},
		// A country's possessive names whose description it is.
		{"Recep Tayyip Erdogan urged allies to spend more. Israel's president agreed.", "Recep Tayyip Erdogan", "president"},
		{"President Obama urged allies to spend more. Germany's president agreed.", "Obama", "president"},
		{"President William Ruto hosted talks in Nairobi on Monday. Uganda's president said the region needed peace.", "William Ruto", "president"},
		// People in the plural before a comma are no apposition to the
		// name after it.
		{"Shells hit the town, killing four civilians, Omar Haddad, the governor, said.", "civilians", "Omar Haddad"},
		// A state body known by its code alone is no "group".
		{"The IDF said six gunmen were killed in the firefight. The group claimed responsibility for the attack.", "IDF", "group"},
		{"The ISPR said six attackers were killed. The group claimed responsibility for the attack.", "ISPR", "group"},
		// "The army" is the state's, not an armed group's: one the
		// dictionary knows as rebels, or an unknown "... Army" that names
		// no country.
		{"The New People's Army denied the report. The army said five rebels died.", "New People's Army", "army"},
		{"The National Liberation Army denied the report. The army said five rebels died.", "National Liberation Army", "army"},
		{"The National Liberation Army denied the report. The military said five rebels died.", "National Liberation Army", "military"},
		// Two countries' ministries are two bodies.
		{"The Armenian Defense Ministry said Azerbaijani forces fired first. Azerbaijan's Defense Ministry denied the report.", "Armenian Defense Ministry", "Defense Ministry"},
		{"Armenia's Defense Ministry said Azerbaijani forces fired first. The Azerbaijani Defense Ministry denied the report.", "Defense Ministry", "Azerbaijani Defense Ministry"},
		// A group named by its members is not the armed group before it.
		{"The RSF attacked the village on Wednesday. A doctors' group said 40 people died.", "RSF", "doctors' group"},
		// Nor is it the other side's spokesman named beside him.
		{"Israeli Prime Minister Benjamin Netanyahu rejected the proposal, Hamas spokesman Hazem Qassem said. Netanyahu will fly to Washington next week, his spokesman said.", "Hazem Qassem", "spokesman"},
		// One government's ministries are not one another.
		{"The health ministry said a man was shot dead. The foreign ministry accused Israel of state terrorism.", "health ministry", "foreign ministry"},
		// "His spokesman" is someone's own, not the spokesman named before.
		{"Civil defence spokesman Mahmoud Basal spoke to reporters. Antonio Guterres was appalled, his spokesman said.", "Mahmoud Basal", "spokesman"},
		// A monitor is not a party it reports on.
		{"A drone strike killed Hamas fighters, the monitor said.", "Hamas", "monitor"},
		{"Drone strike kills SDF fighters, monitor says", "SDF", "monitor"},
	}
	for _, tc := range tests {
		if same, doc := sameEntity(t, tc.text, tc.a, tc.b); same {
			t.Errorf("%q: %q and %q are one entity\n%s", tc.text, tc.a, tc.b, describe(doc))
		}
	}
}

// TestPossessorsKeepApart checks that one name after two countries'
// possessives ("Armenia's Defense Ministry", "Azerbaijan's Defense
// Ministry") names two bodies, and one country's twice names one.
func TestPossessorsKeepApart(t *testing.T) {
	for text, want := range map[string]int{
		"Armenia's Defense Ministry said Azerbaijani forces fired first. Azerbaijan's Defense Ministry denied the report.":         2,
		"Armenia's Defense Ministry said Azerbaijani forces fired first. Armenia's Defense Ministry later said two soldiers died.": 1,
	} {
		doc := annotate(t, text)
		ents := map[int]bool{}
		for _, m := range doc.Mentions {
			if m.Text(doc) == "Defense Ministry" {
				ents[m.Entity] = true
			}
		}
		if len(ents) != want {
			t.Errorf("%q: \"Defense Ministry\" is %d entities, want %d\n%s", text, len(ents), want, describe(doc))
		}
	}
}

// TestNameModifier checks that a description with a name among its
// modifiers is that name's entity, not the latest entity it describes.
func TestNameModifier(t *testing.T) {
	text := "The state news agency SANA reported the strike. The Interfax news agency said talks would continue."
	doc := annotate(t, text)
	sana, _ := entityOf(t, doc, "SANA", "")
	interfax, _ := entityOf(t, doc, "Interfax", "")
	described, _ := entityOf(t, doc, "Interfax news agency", "")
	if described != interfax || described == sana {
		t.Errorf("%q: \"Interfax news agency\" is entity %d; want Interfax's %d, not SANA's %d\n%s", text, described, interfax, sana, describe(doc))
	}
}

// TestTownNamedAgainIsNoPerson checks that a one-word name the text gives
// a town ("the town of Sake") is that town where the tagger took it for a
// person ("a resident of Sake"), so that no "he" refers to it; a titled
// name stays a person.
func TestTownNamedAgainIsNoPerson(t *testing.T) {
	doc := annotate(t, "M23 rebels captured the town of Sake on Monday. A resident of Sake said shells hit a market. \"We saw bodies,\" he said.")
	for _, m := range doc.Mentions {
		if m.Text(doc) == "Sake" && m.Type == sitrep.PERSON {
			t.Errorf("\"Sake\" at %d is a person\n%s", m.Start, describe(doc))
		}
		if m.Text(doc) == "he" && m.Entity >= 0 && doc.Mentions[doc.Entities[m.Entity].Mentions[0]].Text(doc) == "Sake" {
			t.Errorf("\"he\" is Sake\n%s", describe(doc))
		}
	}
	doc = annotate(t, "Rebels captured the town of Sake. President Sake said talks would resume.")
	person := false
	for _, m := range doc.Mentions {
		person = person || m.Text(doc) == "Sake" && m.Type == sitrep.PERSON
	}
	if !person {
		t.Errorf("President Sake is no person\n%s", describe(doc))
	}
}

// TestOwnerBefore checks that a description after an organization's name
// and a modifier or two, or its possessive, is a body of that organization,
// not the latest entity it describes; and that a verb between them, a
// sentence's end, a country or a person makes no owner.
func TestOwnerBefore(t *testing.T) {
	tests := []struct{ text, owner, desc, earlier string }{
		{"The Russian news agency said drones were downed. The U.N. refugee agency said 40,000 people fled.", "U.N.", "agency", "Russian news agency"},
		{"The Russian news agency said drones were downed. The EU's executive agency said the money was paid.", "EU", "agency", "Russian news agency"},
		{"A news agency said drones were downed. Iran's Red Crescent relief agency said 40 villages were hit.", "Red Crescent", "agency", "news agency"},
	}
	for _, tc := range tests {
		doc := annotate(t, tc.text)
		owner, _ := entityOf(t, doc, tc.owner, "")
		earlier, _ := entityOf(t, doc, tc.earlier, "")
		desc := -1
		for _, m := range doc.Mentions {
			if m.Text(doc) == tc.desc && m.Entity != earlier {
				desc = m.Entity
			}
		}
		if desc != owner {
			t.Errorf("%q: %q is entity %d; want %q's %d, not %q's %d\n%s", tc.text, tc.desc, desc, tc.owner, owner, tc.earlier, earlier, describe(doc))
		}
	}
	for text, pair := range map[string][2]string{
		"In the 1980s, the KGB planted newspaper articles. The newspaper was closed.":                                           {"KGB", "newspaper"},
		"The pro-Christie Union Leader, New Hampshire's largest newspaper, has run negative editorials.":                        {"New Hampshire", "newspaper"},
		"2 Dead, 1 Wounded in Shooting at Kraft Plant\nSeptember 10 , 2010 10 : 14 AM\nPolice say two people have been killed.": {"AM", "Police"},
	} {
		if same, doc := sameEntity(t, text, pair[0], pair[1]); same {
			t.Errorf("%q: %q and %q are one entity\n%s", text, pair[0], pair[1], describe(doc))
		}
	}
}

func TestActors(t *testing.T) {
	tests := []struct {
		text, mention string
		typ           sitrep.EntityType
		actor         string
	}{
		{"Turkish police detained 12 people.", "Turkish police", sitrep.ORG, "TURCOP"},
		{"Kurdish fighters attacked a convoy.", "Kurdish fighters", sitrep.PERSON, "KURREB"},
		{"At least 14 civilians were killed.", "civilians", sitrep.PERSON, "CVL"},
		{"The Syrian Foreign Ministry has urged the UN Security Council to act.", "Syrian Foreign Ministry", sitrep.ORG, "SYRGOV"},
		{"The Syrian Foreign Ministry has urged the UN Security Council to act.", "UN Security Council", sitrep.ORG, "IGOUNO"},
		{"Army Col. Ryan Dillon, the spokesman for the US-led coalition, denied it.", "Ryan Dillon", sitrep.PERSON, "USAMIL"},
		{"Damascus has rebuked the coalition.", "Damascus", sitrep.ORG, "SYRGOV"},
		{"Several media outlets reported the strike.", "media outlets", sitrep.ORG, "MED"},
		{"Russia's defence ministry said the strikes hit their targets.", "defence ministry", sitrep.ORG, "RUSMIL"},
		// A country's possessive before a title is the title's country.
		{"Russia's Foreign Minister Sergei Lavrov said talks would continue.", "Sergei Lavrov", sitrep.PERSON, "RUSGOV"},
		{"Israel's military said it had killed a commander.", "military", sitrep.ORG, "ISRMIL"},
		// Branches and staffs of armed forces are bodies that speak.
		{"Ukraine's air force said it shot down 61 drones.", "air force", sitrep.ORG, "UKRMIL"},
		{"According to the Ukrainian air force, Russia launched 83 drones.", "Ukrainian air force", sitrep.ORG, "UKRMIL"},
		{"Ukraine's general staff said its troops repelled 42 attacks.", "general staff", sitrep.ORG, "UKRMIL"},
		// So do rescue services, the first to count the dead.
		{"Ukraine's emergency service said three people were killed.", "emergency service", sitrep.ORG, "UKRGOV"},
		{"Gaza's civil defence said 12 bodies were recovered.", "civil defence", sitrep.ORG, "NGO"},
		{"The Israeli air force struck 40 targets overnight.", "Israeli air force", sitrep.ORG, "ISRMIL"},
		// A head that can modify is one before a word that opens a predicate.
		{"Russia's army neither confirmed nor denied the losses.", "army", sitrep.ORG, "RUSMIL"},
		{"Members of the Gran Grif gang killed 70 people.", "Gran Grif gang", sitrep.ORG, "CRM"},
		// Armed men of a named group are the group's, not men of no group.
		{"Boko Haram gunmen killed 40 farmers in northeast Nigeria.", "Boko Haram gunmen", sitrep.PERSON, "NGAREB"},
		{"Anti-Houthi fighters attacked a Houthi position near Taiz.", "Anti-Houthi fighters", sitrep.PERSON, "REB"},
		// One armed man is a description as several are, and bandits and
		// kidnappers are armed men of no group.
		{"A gunman opened fire on a bus.", "gunman", sitrep.PERSON, "UAF"},
		{"Bandits raided a market on Friday.", "Bandits", sitrep.PERSON, "UAF"},
		{"Kidnappers seized a priest near the town.", "Kidnappers", sitrep.PERSON, "UAF"},
		{"A militant was shot at the checkpoint.", "militant", sitrep.PERSON, "REB"},
		// A name that starts with a particle is looked up as a capitalized
		// one is, also inside a hyphenated word.
		{"The al-Qaeda-allied al-Shabaab fighters raided a base.", "al-Qaeda-allied al-Shabaab fighters", sitrep.PERSON, "SOMREB"},
		{"An al-Qaeda-linked cell planned the bombing.", "al-Qaeda", sitrep.ORG, "IMGMUSREB"},
		// A press secretary speaks for the body, whose code is the person's.
		{"Pentagon press secretary Anna Berg said the base was hit.", "Anna Berg", sitrep.PERSON, "USAMIL"},
		// News outlets are media of their country, one whose name ends
		// in a number too.
		{"Hiiraan Online reported the attack.", "Hiiraan Online", sitrep.ORG, "SOMMED"},
		{"The minister told France 24 that talks would resume.", "France 24", sitrep.ORG, "FRAMED"},
		{"The junta spokesman told state broadcaster MRTV that troops held the town.", "MRTV", sitrep.ORG, "MMRMED"},
		{"Myawaddy TV said troops held the town.", "Myawaddy TV", sitrep.ORG, "MMRMED"},
		// A man of an armed group is the group's, whatever office the
		// word would hold in a state.
		{"An official of Kataib Hezbollah said the drones were not theirs.", "official", sitrep.PERSON, "IRQREB"},
		{"A commander of Kataib Hezbollah said the drones were not theirs.", "commander", sitrep.PERSON, "IRQREB"},
		{"A spokesman for Kataib Hezbollah said the drones were not theirs.", "spokesman", sitrep.PERSON, "IRQREB"},
		// An armed force of a state leaves the office its own.
		{"An official of the Popular Mobilization Forces said the drones were not theirs.", "official", sitrep.PERSON, "IRQGOV"},
		// The army's or the government's fighters are the state's.
		{"Rebels fought army fighters near the dam.", "army fighters", sitrep.PERSON, "MIL"},
		// Officials who speak in reports of attacks are persons.
		{"The governor said the road was closed.", "governor", sitrep.PERSON, "GOV"},
		{"The mayor said the market reopened.", "mayor", sitrep.PERSON, "GOV"},
		// Dictionary names with "in", "of" and "and", long ones, and ones
		// with a possessive, which is a token of its own.
		{"The Islamic Resistance in Iraq said it fired drones at a base.", "Islamic Resistance in Iraq", sitrep.ORG, "IRQREB"},
		{"The Islamic State in Iraq and the Levant claimed the bombing.", "Islamic State in Iraq and the Levant", sitrep.ORG, "IMGMUSREB"},
		{"The People's Protection Units said they held the town.", "People's Protection Units", sitrep.ORG, "KURREB"},
		// Health workers who speak of the wounded are persons.
		{"A medic said the clinic was full.", "medic", sitrep.PERSON, "HLH"},
		{"A surgeon said two boys lost their legs.", "surgeon", sitrep.PERSON, "HLH"},
		// A war monitor no one named is a monitor, whoever it reports on.
		{"Shelling killed Hamas fighters, the monitor said.", "monitor", sitrep.ORG, "NGO"},
	}
	for _, tc := range tests {
		doc := annotate(t, tc.text)
		_, e := entityOf(t, doc, tc.mention, tc.typ)
		if e.Actor != tc.actor {
			t.Errorf("%q: %q has actor %q, want %q", tc.text, tc.mention, e.Actor, tc.actor)
		}
	}
}

// TestNameInDescription checks that a name among a description's
// modifiers keeps it apart from a description with another name.
func TestNameInDescription(t *testing.T) {
	text := "The Texas governor said the dam held. The Idaho governor said two bridges fell."
	doc := annotate(t, text)
	texas, _ := entityOf(t, doc, "Texas governor", sitrep.PERSON)
	idaho, _ := entityOf(t, doc, "Idaho governor", sitrep.PERSON)
	if texas == idaho {
		t.Errorf("%q: the two governors are one entity %d\n%s", text, texas, describe(doc))
	}
}

// TestFullestDescriptionGivesTheSector checks that a headline's bare
// "Ministry" takes the lead's health ministry's sector when the two join.
func TestFullestDescriptionGivesTheSector(t *testing.T) {
	doc := annotate(t, "Ministry says 30 killed in strike\n\nGAZA, Feb 28 (Reuters) - The Gaza health ministry said an Israeli strike killed 30 people.")
	_, e := entityOf(t, doc, "Gaza health ministry", sitrep.ORG)
	if e.Actor != "HLH" || len(e.Mentions) != 2 {
		t.Errorf("health ministry: actor %q with %d mentions, want HLH with the headline's; have %s", e.Actor, len(e.Mentions), describe(doc))
	}
}

func TestMetonymy(t *testing.T) {
	doc := annotate(t, "Damascus has rebuked the coalition. A bomb exploded in Damascus on Monday.")
	var gpe, org int
	for _, m := range doc.Mentions {
		if m.Text(doc) != "Damascus" {
			continue
		}
		switch m.Type {
		case sitrep.GPE:
			gpe++
		case sitrep.ORG:
			org++
		}
	}
	if gpe != 2 || org != 1 {
		t.Errorf("Damascus: %d GPE and %d ORG mentions, want 2 and 1 (only the rebuking one acts); have %s", gpe, org, describe(doc))
	}
}

// A government that acts under both names is named by its country, not
// its capital, whichever name is longer or comes last.
func TestGovernmentNamedByCountry(t *testing.T) {
	doc := annotate(t, "Syria says the strike killed 14 civilians. Damascus has rebuked the coalition.")
	_, e := entityOf(t, doc, "Damascus", sitrep.ORG)
	if e.Actor != "SYRGOV" || len(e.Mentions) != 2 {
		t.Fatalf("Damascus: actor %q with %d mentions, want SYRGOV with Syria's; have %s", e.Actor, len(e.Mentions), describe(doc))
	}
	if name := doc.Mentions[e.Name].Text(doc); name != "Syria" {
		t.Errorf("the government is named %q, want Syria", name)
	}
}

func TestRoleAndAffiliation(t *testing.T) {
	doc := annotate(t, "Army Col. Ryan Dillon, the spokesman for the US-led coalition’s Operation Inherent Resolve (OIR), has denied it.")
	_, e := entityOf(t, doc, "Ryan Dillon", sitrep.PERSON)
	if got := e.Role.Text(doc); !strings.HasPrefix(got, "the spokesman for") {
		t.Errorf("role = %q, want the apposition", got)
	}
	oir, _ := entityOf(t, doc, "Operation Inherent Resolve", sitrep.ORG)
	if e.Affiliation != oir {
		t.Errorf("affiliation = %d, want %d (Operation Inherent Resolve)", e.Affiliation, oir)
	}
}

func TestPronouns(t *testing.T) {
	doc := annotate(t, "Mohamed Al-Ahmad, a volunteer, sacrificed his life in the line of duty.")
	ea, _ := entityOf(t, doc, "Mohamed Al-Ahmad", sitrep.PERSON)
	eb, _ := entityOf(t, doc, "his", "")
	if ea != eb {
		t.Errorf("his: entity %d, want %d", eb, ea)
	}
	// Two persons: "he" is ambiguous and left alone.
	doc = annotate(t, "John Smith met Peter Jones. He said nothing.")
	for _, m := range doc.Mentions {
		if m.Kind == sitrep.MentionPronoun {
			t.Errorf("ambiguous pronoun %q resolved", m.Text(doc))
		}
	}
}

// TestPronounsInLongText checks that a pronoun is resolved however many
// pronouns before it were: the mentions were searched as if sorted while
// pronouns were appended, so that some late in a long text found nobody.
func TestPronounsInLongText(t *testing.T) {
	names := []string{"John Smith", "Peter Brown", "Mark Jones", "David Clark", "Paul Walker", "James Wright"}
	var b strings.Builder
	const n = 60
	for i := range n {
		b.WriteString("Officials met " + names[i%len(names)] + " in the city on Monday. He said the talks went well. ")
	}
	doc := annotate(t, b.String())
	got := 0
	for _, m := range doc.Mentions {
		if m.Kind == sitrep.MentionPronoun && m.Entity >= 0 {
			got++
		}
	}
	if got != n {
		t.Errorf("%d of %d pronouns resolved", got, n)
	}
}

// TestGroupOfTwo checks that "the group" names no one when two armed
// groups were named and neither was a subject.
func TestGroupOfTwo(t *testing.T) {
	doc := annotate(t, "Israel struck Hamas and Islamic Jihad targets. The group said it fired rockets.")
	g, _ := entityOf(t, doc, "group", "")
	for _, name := range []string{"Hamas", "Islamic Jihad"} {
		if e, _ := entityOf(t, doc, name, ""); e == g {
			t.Errorf("the group is %s; want neither of two groups", name)
		}
	}
}

// TestGroupPronounAfterQuote checks that "it" after a quotation that
// opens its sentence is the speaker named before, not a name inside the
// quotation; that a sentence-initial "It" is the description a name
// opens; and that an expletive "It" is no one.
func TestGroupPronounAfterQuote(t *testing.T) {
	tests := []struct{ text, antecedent, pronoun string }{
		{"The army said five raiders were killed. \"Pakistan wants peace,\" it said.", "army", "it"},
		{"The rebels said two soldiers died. \"Turkey wants war,\" they said.", "rebels", "they"},
		{"The Israeli army said troops shot two men. It declined to comment further.", "Israeli army", "It"},
	}
	for _, tc := range tests {
		if same, doc := sameEntity(t, tc.text, tc.antecedent, tc.pronoun); !same {
			t.Errorf("%q: %q is not %q\n%s", tc.text, tc.pronoun, tc.antecedent, describe(doc))
		}
	}
	for _, text := range []string{
		"The army said troops shot two men. It was not immediately clear who fired first.",
		"The army said troops shot two men. It has been reported that one fled.",
	} {
		doc := annotate(t, text)
		for _, m := range doc.Mentions {
			if m.Kind == sitrep.MentionPronoun {
				t.Errorf("%q: expletive %q resolved", text, m.Text(doc))
			}
		}
	}
}

// TestGender checks that what titles and given names say of a person's
// gender keeps apart names and pronouns that would otherwise corefer.
func TestGender(t *testing.T) {
	// "Clinton" after "Mr." and after "Mrs." are two people; a third
	// "Mr. Clinton" is the first again.
	doc := annotate(t, "Mr. Clinton spoke in Iowa. Mrs. Clinton said the economy was strong. Mr. Clinton agreed.")
	var clintons []int
	for _, m := range doc.Mentions {
		if m.Text(doc) == "Clinton" {
			clintons = append(clintons, m.Entity)
		}
	}
	if len(clintons) != 3 || clintons[0] == clintons[1] || clintons[0] != clintons[2] {
		t.Errorf("entities of Mr., Mrs. and Mr. Clinton: %v, want a, b, a", clintons)
	}
	// "She" has one referent of her gender.
	doc = annotate(t, "John Smith met Mary Jones. She said nothing.")
	ea, _ := entityOf(t, doc, "Mary Jones", sitrep.PERSON)
	eb, _ := entityOf(t, doc, "She", "")
	if ea != eb {
		t.Errorf("She: entity %d, want Mary Jones's %d", eb, ea)
	}
	// "He" skips Mrs. Clinton for Bill Clinton.
	doc = annotate(t, "Mrs. Clinton met Bill Clinton. He said nothing.")
	ea, _ = entityOf(t, doc, "Bill Clinton", sitrep.PERSON)
	eb, _ = entityOf(t, doc, "He", "")
	if ea != eb {
		t.Errorf("He: entity %d, want Bill Clinton's %d", eb, ea)
	}
	// With the woman set aside, the one left is of unknown gender ("Kim"
	// is given to girls and boys alike): "He" stays unresolved.
	doc = annotate(t, "Mrs. Smith met Kim Lee. He said nothing.")
	for _, m := range doc.Mentions {
		if m.Kind == sitrep.MentionPronoun {
			t.Errorf("pronoun %q resolved to entity %d in %s", m.Text(doc), m.Entity, describe(doc))
		}
	}
}

func TestEdgeCases(t *testing.T) {
	for _, text := range []string{
		"", " ", "(", "OIR (", "Col.", "the", "MOSCOW (", "MOSCOW (Sputnik", "US-led", "anti-",
		"\"“unbalanced quotes", strings.Repeat("Damascus has rebuked ", 50), "A (B) — C",
		"\uFFFD\uFFFD", "Army Col. ,", "its its its", "he he", "US-led anti-Daesh coalition’s",
	} {
		annotate(t, text)
	}
}

// TestConcurrent runs one Stage on several documents at once; run it with
// -race. Every run must give the same mentions as a lone run.
func TestConcurrent(t *testing.T) {
	text, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := describe(annotate(t, string(text)))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc := sitrep.NewDocument(string(text), sitrep.Metadata{})
			if err := segment.New().Run(context.Background(), doc); err != nil {
				t.Error(err)
				return
			}
			if err := newStage(t).Run(context.Background(), doc); err != nil {
				t.Error(err)
				return
			}
			if got := describe(doc); got != want {
				t.Errorf("concurrent run differs:\n%s\nwant\n%s", got, want)
			}
		}()
	}
	wg.Wait()
}

// TestArmedBodyAsModifier: a body named in two words is a modifier before
// a noun ("an air force officer", "coast guard sailors"), not a mention of
// the body.
func TestArmedBodyAsModifier(t *testing.T) {
	for _, text := range []string{
		"The strike killed two coast guard sailors.",
		"An air force officer was wounded.",
	} {
		doc := annotate(t, text)
		for _, m := range doc.Mentions {
			if m.Type == sitrep.ORG {
				t.Errorf("%q: ORG mention %q", text, m.Span.Text(doc))
			}
		}
	}
}
