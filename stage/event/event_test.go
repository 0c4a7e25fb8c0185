package event

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// reportFixture is a short report shaped like a wire story: a request, a
// strike reported by one source and denied by another, an accusation about
// the strike, and a separate death reported by a relief group.
func reportFixture(tb testing.TB) *fixture {
	fx := newFixture(tb, strings.Join([]string{
		"[ORG#min The Lebanese Defence Ministry] has urged [ORG#unsc the UN Security Council] to halt the attacks on civilians.",
		"On Sunday, local media reported, citing [ORG#obs the Beirut Monitor], deadly air raids carried out by unidentified warplanes on the village of {1/1/LB Qana}, killing at least 9 civilians and wounding 12 others. [PERSON#spk Major Tom Reed], a spokesman for [ORG#force the Task Group], has denied that [NOM#force the group] conducted an airstrike in the area.",
		"[GPE#bey Beirut] has blamed [ORG#force the Task Group] for the air raids.",
		"Separately, [ORG#rc the Red Cross] said one of its nurses was killed and another nurse wounded in {1/1/LB Qana} on Sunday.",
	}, "\n"), map[string]string{"min": "LBNGOV", "unsc": "IGOUNO", "bey": "LBNGOV", "force": "USAMIL", "rc": "IGOIRC"})
	fx.date("deadly air raids", "On Sunday", "2024-05-12")
	fx.date("nurses", "on Sunday", "2024-05-12")
	fx.figure("at least 9 civilians", sitrep.UnitKilled, 9, 0, true, "civilians")
	fx.figure("12 others", sitrep.UnitInjured, 12, 12, false, "")
	fx.figure("one of its nurses", sitrep.UnitKilled, 1, 1, false, "nurses")
	fx.figure("another nurse", sitrep.UnitInjured, 1, 1, false, "nurse")
	fx.attribution("", "has urged", "the UN Security Council to halt the attacks on civilians", sitrep.StanceAssert, "min", false)
	fx.attribution("the Beirut Monitor", "citing", "deadly air raids carried out by unidentified warplanes on the village of Qana, killing at least 9 civilians and wounding 12 others", sitrep.StanceAssert, "obs", false)
	fx.attribution("Major Tom Reed", "has denied", "the group conducted an airstrike in the area", sitrep.StanceDeny, "spk", false)
	fx.attribution("Beirut", "has blamed", "the Task Group for the air raids", sitrep.StanceAccuse, "bey", false)
	fx.attribution("the Red Cross", "said", "one of its nurses was killed and another nurse wounded in Qana on Sunday", sitrep.StanceAssert, "rc", false)
	return fx
}

func TestReport(t *testing.T) {
	fx := reportFixture(t)
	events := fx.run(newStage(t))
	doc := fx.doc
	var got []string
	for _, e := range events {
		got = append(got, describe(doc, e))
	}
	want := []string{
		"REQUEST/yield asserted actor=The Lebanese Defence Ministry target=the UN Security Council",
		"ASSAULT/aerial denied target=civilians place=Qana date=2024-05-12 dead=at least 9 civilians injured=12 others sources=[the Beirut Monitor] claims=[deny by Major Tom Reed actor the Task Group; accuse by Beirut actor the Task Group] cameo=19 acled=Explosions/Remote violence/Air/drone strike",
		"ACCUSE/allege asserted actor=Beirut target=the Task Group",
		"ASSAULT asserted target=nurses place=Qana date=2024-05-12 dead=one of its nurses injured=another nurse sources=[the Red Cross] cameo=18 acled=Violence against civilians/Attack",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d events:\n%s\nwant %d:\n%s", len(got), strings.Join(got, "\n"), len(want), strings.Join(want, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) && got[i] != want[i] {
			t.Errorf("event %d:\n got %s\nwant %s", i, got[i], want[i])
		}
	}
}

// TestAccusedBeforeTheAct checks that an accusation with no ACCUSE event
// of its own ("held … responsible") names the one it accuses of the act.
func TestAccusedBeforeTheAct(t *testing.T) {
	fx := newFixture(t, "[GPE#ank Ankara] held [ORG#pkk the PKK] responsible for the bombing.", map[string]string{"ank": "TUR", "pkk": "KURREB"})
	fx.attribution("Ankara", "held", "the PKK responsible for the bombing", sitrep.StanceAccuse, "ank", false)
	events := fx.run(newStage(t))
	for _, e := range events {
		if e.Category != sitrep.ASSAULT {
			continue
		}
		if got := describe(fx.doc, e); !strings.Contains(got, "accuse by Ankara actor the PKK") {
			t.Errorf("got %s, want the claim that Ankara accuses the PKK", got)
		}
		return
	}
	t.Errorf("no ASSAULT event in %d events", len(events))
}

// TestResponsibilityWithoutAnAct checks that a claim of responsibility
// that names no act goes to the latest act before it, unless someone else
// is said to have done that one.
func TestResponsibilityWithoutAnAct(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"Gunmen stormed a hotel and killed nine people. [ORG#sh Al-Shabab] claimed responsibility via its radio station.", "confirm by Al-Shabab"},
		{"[ORG#pol The police] attacked a hotel. [ORG#sh Al-Shabab] claimed responsibility via its radio station.", ""},
	} {
		fx := newFixture(t, tc.text, map[string]string{"pol": "SOMCOP", "sh": "SOMREB"})
		fx.attribution("Al-Shabab", "claimed responsibility", "via its radio station", sitrep.StanceConfirm, "sh", false)
		var got []string
		for _, e := range fx.run(newStage(t)) {
			got = append(got, describe(fx.doc, e))
		}
		all := strings.Join(got, "\n")
		if has := strings.Contains(all, "confirm by Al-Shabab"); has != (tc.want != "") {
			t.Errorf("%q: claim of responsibility found = %v, want %v:\n%s", tc.text, has, tc.want != "", all)
		}
	}
}

// TestReceivedWounded checks that a hospital receiving the wounded is no
// visit or aid.
func TestReceivedWounded(t *testing.T) {
	fx := newFixture(t, "[ORG#h The hospital] received 120 wounded.", nil)
	fx.figure("120 wounded", sitrep.UnitInjured, 120, 120, false, "")
	for _, e := range fx.run(newStage(t)) {
		if e.Category != sitrep.ASSAULT {
			t.Errorf("got %s, want only the wounding", describe(fx.doc, e))
		}
	}
}

// describe renders the fields of an event that tests compare.
func describe(doc *sitrep.Document, e sitrep.Event) string {
	var b strings.Builder
	b.WriteString(string(e.Category))
	if e.Mode != "" {
		b.WriteString("/" + e.Mode)
	}
	b.WriteString(" " + string(e.Modality))
	if e.Actor.Entity >= 0 || !e.Actor.IsEmpty() {
		b.WriteString(" actor=" + entityName(doc, e.Actor))
	}
	if e.Target.Entity >= 0 || !e.Target.IsEmpty() {
		b.WriteString(" target=" + entityName(doc, e.Target))
	}
	if e.Place >= 0 {
		b.WriteString(" place=" + doc.Places[e.Place].Name)
	}
	if e.Date.Value != "" && e.Date.Time >= 0 {
		b.WriteString(" date=" + e.Date.Value)
	}
	if e.Dead >= 0 {
		b.WriteString(" dead=" + doc.Figures[e.Dead].Text(doc))
	}
	if e.Injured >= 0 {
		b.WriteString(" injured=" + doc.Figures[e.Injured].Text(doc))
	}
	if len(e.Sources) > 0 {
		var names []string
		for _, s := range e.Sources {
			names = append(names, doc.Attributions[s].Source.Text(doc))
		}
		fmt.Fprintf(&b, " sources=[%s]", strings.Join(names, "; "))
	}
	if len(e.Claims) > 0 {
		var cs []string
		for _, c := range e.Claims {
			s := string(c.Stance)
			if c.By >= 0 {
				s += " by " + doc.Mentions[doc.Entities[c.By].Name].Text(doc)
			}
			if c.Actor >= 0 {
				s += " actor " + doc.Mentions[doc.Entities[c.Actor].Name].Text(doc)
			}
			cs = append(cs, s)
		}
		fmt.Fprintf(&b, " claims=[%s]", strings.Join(cs, "; "))
	}
	if e.QuadClass >= 3 && e.Category == sitrep.ASSAULT {
		fmt.Fprintf(&b, " cameo=%s acled=%s/%s", e.CAMEO, e.ACLEDType, e.ACLEDSubType)
	}
	return b.String()
}

// sentenceEvents runs the stage on one sentence with no earlier layers but
// segmentation and returns "CATEGORY/mode modality" for each event.
func sentenceEvents(t *testing.T, s *Stage, marked string, codes map[string]string) []string {
	t.Helper()
	fx := newFixture(t, marked, codes)
	var out []string
	for _, e := range fx.run(s) {
		d := string(e.Category)
		if e.Mode != "" {
			d += "/" + e.Mode
		}
		if e.Modality != sitrep.Asserted {
			d += " " + string(e.Modality)
		}
		if e.Actor.Entity >= 0 {
			d += " actor=" + entityName(fx.doc, e.Actor)
		}
		if e.Target.Entity >= 0 {
			d += " target=" + entityName(fx.doc, e.Target)
		}
		out = append(out, d)
	}
	return out
}

func TestTriggers(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		in   string
		want []string
	}{
		// Verbs, nouns and passives.
		{"[GPE#a Ruritania] shelled the town of Zenda overnight.", []string{"ASSAULT/heavy-weapons actor=Ruritania"}},
		{"Two children were killed in shelling on Tuesday.", []string{"ASSAULT/heavy-weapons"}},
		{"A bomb blast killed three people in the market.", []string{"ASSAULT/explosives"}},
		{"Airstrikes conducted by an unidentified aircraft hit the village.", []string{"ASSAULT/aerial"}},
		{"[NORP#a Israeli] tank shelling killed four people.", []string{"ASSAULT/heavy-weapons actor=Israeli"}},
		{"A drone strike killed a commander.", []string{"ASSAULT/drone"}},
		{"Gunmen shot dead a judge in his car.", []string{"ASSAULT/firearms"}},
		{"A suicide car bombing killed 12 people.", []string{"ASSAULT/suicide-attack"}},
		{"Rebels kidnapped [NOM#b two aid workers] near the border.", []string{"ASSAULT/abduct target=two aid workers"}},
		{"[ORG#a The rebels] assassinated [PERSON#b the governor].", []string{"ASSAULT/targeted actor=The rebels target=the governor"}},
		{"Police fired tear gas at [NOM#b the crowd].", []string{"ASSAULT/crowd-control target=the crowd"}},
		{"The militia used chemical weapons in an attack on the town.", []string{"ASSAULT/unconventional"}},
		{"[ORG#a Burundian militiamen] armed with machetes attacked [NOM#b the camp].", []string{"ASSAULT/primitive actor=Burundian militiamen target=the camp"}},
		{"[NOM#a Soldiers] beat up [NOM#b detainees].", []string{"ASSAULT/beat actor=Soldiers target=detainees"}},
		{"[NOM#a Guards] tortured [NOM#b prisoners].", []string{"ASSAULT/torture actor=Guards target=prisoners"}},
		{"[NOM#a Bulldozers] demolished [NOM#b the houses].", []string{"ASSAULT/destroy actor=Bulldozers target=the houses"}},
		// Other categories and modes.
		{"[GPE#a France] condemned [GPE#b Rwanda].", []string{"ACCUSE/disapprove actor=France target=Rwanda"}},
		{"[GPE#a Serbia] accused [GPE#b Albania] of supporting dissidents.", []string{"ACCUSE/allege actor=Serbia target=Albania"}},
		{"[ORG#a The UN] will investigate the killings.", []string{"ACCUSE/investigate future actor=The UN", "ASSAULT"}},
		{"[GPE#a Iran] demanded the release of [NOM#b the sailors].", []string{"REQUEST/yield actor=Iran"}},
		{"[GPE#a Israel] released [PERSON#b the mayor].", []string{"RETREAT/release actor=Israel target=the mayor"}},
		{"[NOM#a Protesters] marched through the capital.", []string{"PROTEST/demo actor=Protesters"}},
		{"[NOM#a Workers] went on strike at the port.", []string{"PROTEST/strike actor=Workers"}},
		{"[NOM#a Police] arrested [NOM#b 20 people].", []string{"COERCE/arrest actor=Police target=20 people"}},
		{"[GPE#a Canada] imposed sanctions on [GPE#b Russia].", []string{"SANCTION/discontinue actor=Canada target=Russia"}},
		{"[GPE#a Russia] deployed troops to the border.", []string{"MOBILIZE/troops actor=Russia"}},
		{"[GPE#a Ukraine] ratified the agreement with [ORG#b the EU].", []string{"SUPPORT actor=Ukraine target=the EU"}},
		{"[PERSON#a The minister] met [PERSON#b his counterpart] in Paris.", []string{"CONSULT actor=The minister target=his counterpart"}},
		{"[GPE#a Jordan] rejected the proposal.", []string{"REJECT/meet actor=Jordan"}},
		{"[GPE#a Iran] threatened to attack [GPE#b Israel].", []string{"THREATEN/violence actor=Iran target=Israel"}},
		{"[GPE#a Japan] sent humanitarian aid to [GPE#b Haiti].", []string{"AID actor=Japan target=Haiti"}},
		{"The rebels laid down arms.", []string{"RETREAT/disarm"}},
		{"[GPE#a Egypt] pardoned 50 prisoners.", []string{"CONCEDE actor=Egypt"}},
		{"[GPE#a Brazil] and [GPE#b Chile] will cooperate on energy.", []string{"AGREE actor=Chile"}},
		// Modality.
		{"[GPE#a Ruritania] did not attack the town.", []string{"ASSAULT negated actor=Ruritania"}},
		{"[ORG#a The militia] has no interest in targeting the town.", []string{"ASSAULT negated actor=The militia"}},
		{"If [GPE#a Ruritania] attacks the town, [NOM#c the council] will meet.", []string{"ASSAULT hypothetical actor=Ruritania", "AGREE actor=the council"}},
		{"[PERSON#a Obama] will meet [PERSON#b Putin] in Zurich.", []string{"AGREE actor=Obama target=Putin"}},
		// An awaited act: "until" with the present, or after a future.
		{"The families camp outside until the detainees are freed.", []string{"RETREAT/release hypothetical"}},
		{"[PERSON#a Ali] said [PRO#a his] brothers were freed.", []string{"RETREAT/release"}},
		{"The families camped outside until the detainees were freed.", []string{"RETREAT/release"}},
		{"The families will stay in the square until [NOM#b the troops] withdraw.", []string{"RETREAT/withdraw hypothetical actor=the troops"}},
		{"[NOM#a The rebels] fought until [NOM#b the troops] withdrew.", []string{"ASSAULT actor=The rebels target=the troops", "RETREAT/withdraw actor=the troops"}},
		{"[PERSON#a Obama] said he would not provide support to [GPE#b Israel].", []string{"REJECT/assist actor=Obama target=Israel"}},
		{"[GPE#a Israel] announced it would withdraw troops.", []string{"CONCEDE actor=Israel"}},
		{"[PERSON#a Obama] wants to attack [GPE#b Switzerland].", []string{"THREATEN/violence actor=Obama target=Switzerland"}},
		// Undoing and stopping acts.
		{"[GPE#a Serbia] lifted a night curfew in the province.", []string{"CONCEDE actor=Serbia"}},
		{"[NOM#a The army] lifted the blockade on the port.", []string{"RETREAT actor=The army"}},
		{"[NOM#a Syrian officers] ended mediation efforts between the militias.", []string{"SANCTION/withdraw actor=Syrian officers"}},
		{"[NOM#a Police] prevented the demonstration near the university.", []string{"COERCE/restrict actor=Police"}},
		{"[NOM#a The union] called off the strike of bus workers.", []string{"CONCEDE actor=The union"}},
		// Readings chosen by nearby cues.
		{"[NOM#a Bus workers] went on a two-day strike over pay.", []string{"PROTEST/strike actor=Bus workers"}},
		{"[GPE#a Switzerland] expelled two Russian diplomats.", []string{"SANCTION/expel actor=Switzerland"}},
		{"[ORG#a The UN] withdrew its weapons inspectors from the country.", []string{"SANCTION/withdraw actor=The UN"}},
		{"[NOM#a Protesters] attacked the police station.", []string{"PROTEST/riot actor=Protesters"}},
		{"[NOM#a Soldiers] clashed with rioters in the square.", []string{"ASSAULT actor=Soldiers"}},
		{"[NOM#a The rebels] received weapons from [GPE#b Ruritania].", []string{"AID actor=Ruritania target=The rebels"}},
		// Requests, threats and content.
		{"[ORG#a The forum] concluded that [GPE#b the US] must allocate more aid.", []string{"REQUEST/assist actor=The forum target=the US"}},
		{"[GPE#a Nigeria] said it will withdraw its force unless talks resume.", []string{"THREATEN/relations actor=Nigeria"}},
		{"[PERSON#a The leaders] said they would boycott all contact with [GPE#b Ruritania].", []string{"THREATEN/restrict actor=The leaders target=Ruritania"}},
		{"[NOM#a Ethnic Albanians] have sworn to fight for the villages.", []string{"THREATEN/violence actor=Ethnic Albanians"}},
		{"[GPE#a Finland] will give [GPE#b Tanzania] a grant to finance projects.", []string{"AGREE actor=Finland target=Tanzania"}},
		{"The plans would not help to cover up the crimes.", nil},
		// Names and relative clauses.
		{"Human rights group [ORG#a Amnesty International] demanded an inquiry.", []string{"REQUEST actor=Amnesty International"}},
		{"[GPE#a Pakistan], a key [GPE#b U.S.] ally, has refused to deploy troops.", []string{"REJECT actor=Pakistan"}},
		{"A group of [NORP#a Moroccan] diplomats met [PERSON#b Obama].", []string{"CONSULT actor=Moroccan target=Obama"}},
		{"[NOM#a Rebels] who will be tried later killed three soldiers.", []string{"ASSAULT actor=Rebels"}},
		{"Two people were killed due to shelling.", []string{"ASSAULT/heavy-weapons"}},
		{"[GPE#a Ruritania] will not be attacked again.", []string{"ASSAULT negated target=Ruritania"}},
		// Not events.
		{"The destroyed city will be rebuilt.", nil},
		{"Free trade talks were cancelled in March.", []string{"CONSULT"}},
		{"The ministry issued a press release.", nil},
		{"They left early in order to cut costs; the water supply and forest fires cost 10 pounds.", nil},
		{"Share prices fell on the block of flats market.", nil},
		{"The ministry did not respond to requests for comment.", nil},
		{"[ORG#a The charity] took in 120 wounded.", []string{"ASSAULT"}},
		{"[ORG#a Hezbollah] denied carrying out the [GPE#b Golan] attack.", []string{"ASSAULT actor=Hezbollah"}},
		{"[ORG#a Taliban] denied any role in the [GPE#b Kabul] airport blast.", []string{"ASSAULT/explosives"}},
		{"The [ORG#a General Staff] said its forces had struck a depot.", []string{"ASSAULT actor=General Staff"}},
		{"The staff said they had struck for higher pay.", []string{"PROTEST/strike"}},
		// Projectiles: sent is an attack, shot down an interception.
		{"[GPE#a Russia] fired 90 drones at [GPE#b Ukraine] overnight.", []string{"ASSAULT/drone actor=Russia target=Ukraine"}},
		{"[GPE#a Iran] launched a barrage of more than 180 ballistic missiles at [GPE#b Israel].", []string{"ASSAULT/heavy-weapons actor=Iran target=Israel"}},
		{"[ORG#a The army] launched an investigation into the strike.", []string{"ACCUSE/investigate actor=The army", "ASSAULT"}},
		{"[GPE#a Turkey] launched a drone factory near the capital.", nil},
		{"A [NORP#a Russian] missile hit a hospital in the city.", []string{"ASSAULT/heavy-weapons actor=Russian"}},
		{"The missile supply ran low.", nil},
		// A call with the press is how a source spoke; one with a party is a meeting.
		{"[PERSON#a The spokesman] confirmed the figures in a phone call with state television.", nil},
		{"[PERSON#a Macron] said in a phone call with [PERSON#b Zelenskiy] that talks would go on.", []string{"CONSULT/phone"}},
		{"[GPE#a India] launched a rocket carrying a lunar lander.", nil},
		{"[NOM#a Air defences] shot down 60 of the 90 drones.", nil},
		{"[NOM#a Air defences] shot down two cruise missiles over the capital.", nil},
		{"[NOM#a Air defences] shot down 12 of 17 Shahed drones overnight.", nil},
		{"[ORG#a The Houthis] shot down a [GPE#b US] drone.", []string{"ASSAULT/drone actor=The Houthis target=US"}},
		// Vows of violence are threats; "what he called" names no target.
		{"[PERSON#a Putin] vowed to eliminate [NOM#b the militants].", []string{"THREATEN/violence actor=Putin target=the militants"}},
		{"[PERSON#a Putin] attacked what [PRO#a he] called terrorist bases.", []string{"ASSAULT actor=Putin"}},
		{"The spokesman told reporters by phone he had no comment.", nil},
		{"A rescue worker, who declined to be named, arrived.", nil},
		{"[NOM#a The army] declined to comment on Tuesday.", nil},
		{"[NOM#a The ministry] refused to elaborate.", nil},
		{"A neighbour, who declined to give her full name, arrived.", nil},
		{"A witness, who asked not to be identified, arrived.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := sentenceEvents(t, s, tt.in, nil)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestCoordinatedAfterPassive: a verb after a passive's agent or a
// closing quotation is the subject's next act, not a second passive.
func TestCoordinatedAfterPassive(t *testing.T) {
	s := newStage(t)
	got := sentenceEvents(t, s, "[PERSON#a Ruto] said the protests were \"hijacked by criminals\" and vowed to crush [NOM#b the rioters].", nil)
	if !slices.Contains(got, "THREATEN/violence actor=Ruto target=the rioters") {
		t.Errorf("got %q, want Ruto's threat to crush the rioters", got)
	}
	got = sentenceEvents(t, s, "[ORG#a Amnesty] said 140 people had been killed, citing local sources, and accused [NOM#b the authorities] of negligence.", nil)
	if !slices.Contains(got, "ACCUSE/allege actor=Amnesty target=the authorities") {
		t.Errorf("got %q, want Amnesty's accusation of the authorities", got)
	}
}

func TestMergeNamedVictim(t *testing.T) {
	fx := newFixture(t, strings.Join([]string{
		"[ORG#rc The Red Cross] said one of its [NOM#vol volunteers] had been killed in {1/1/LB Qana}.",
		"“We mourn [PERSON#ali Ali Haddad], who lost his life in {1/1/LB Qana} on Sunday.”",
	}, "\n"), nil)
	fx.date("mourn", "on Sunday", "2024-05-12")
	fx.figure("one of its volunteers", sitrep.UnitKilled, 1, 1, false, "volunteers")
	events := fx.run(newStage(t))
	if len(events) != 1 {
		t.Fatalf("got %d events, want the two reports merged into 1", len(events))
	}
	if got := describe(fx.doc, events[0]); !strings.HasPrefix(got, "ASSAULT asserted target=Ali Haddad place=Qana date=2024-05-12 dead=one of its volunteers") {
		t.Errorf("got %s", got)
	}
}

func TestMappings(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		cat      sitrep.Category
		mode     string
		civilian bool
		want     Mapping
	}{
		{sitrep.ASSAULT, "aerial", true, Mapping{"19", 4, "Explosions/Remote violence", "Air/drone strike"}},
		{sitrep.ASSAULT, "", true, Mapping{"18", 4, "Violence against civilians", "Attack"}},
		{sitrep.ASSAULT, "", false, Mapping{"19", 4, "Battles", "Armed clash"}},
		{sitrep.REQUEST, "yield", false, Mapping{"10", 3, "", ""}},
		{sitrep.AGREE, "", false, Mapping{"03", 1, "", ""}},
		{sitrep.RETREAT, "withdraw", false, Mapping{"08", 2, "Strategic developments", "Non-violent transfer of territory"}},
		{sitrep.PROTEST, "demo", false, Mapping{"14", 4, "Protests", "Peaceful protest"}},
		{sitrep.COERCE, "arrest", false, Mapping{"17", 4, "Strategic developments", "Arrests"}},
	}
	for _, tt := range tests {
		if got := s.MappingOf(tt.cat, tt.mode, tt.civilian); got != tt.want {
			t.Errorf("MappingOf(%s, %q, %v) = %+v, want %+v", tt.cat, tt.mode, tt.civilian, got, tt.want)
		}
	}
	for _, c := range sitrep.Categories() {
		if m := s.MappingOf(c, "", false); m.CAMEO == "" || m.QuadClass == 0 {
			t.Errorf("category %s has no CAMEO mapping", c)
		}
	}
}

func TestConfigExtends(t *testing.T) {
	s, err := New(Config{Triggers: "v zap => ASSAULT drone\nn air strike => NONE\n"})
	if err != nil {
		t.Fatal(err)
	}
	got := sentenceEvents(t, s, "[GPE#a Ruritania] zapped the base after an air strike.", nil)
	if want := []string{"ASSAULT/drone actor=Ruritania"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if _, err := New(Config{Triggers: "v zap => SMITE\n"}); err == nil {
		t.Error("New accepted an unknown category")
	}
}
