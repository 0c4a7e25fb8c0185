package place

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

func newStage(t testing.TB) *Stage {
	t.Helper()
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// annotate runs the segment and place stages on text, with mentions as the
// entity layer.
func annotate(t testing.TB, s *Stage, text string, meta sitrep.Metadata, mentions ...sitrep.Mention) *sitrep.Document {
	t.Helper()
	doc := sitrep.NewDocument(text, meta)
	if err := segment.New().Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	doc.Mentions = mentions
	if err := s.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	return doc
}

// want is an expected place: its text, kind, and either a GeoNames id or,
// for countries, an ISO code.
type want struct {
	text    string
	kind    sitrep.PlaceKind
	id      int
	country string
	prec    sitrep.GeoPrecision
}

func TestPlaces(t *testing.T) {
	s := newStage(t)
	tests := []struct {
		name string
		text string
		want []want // every place, in order
	}{
		{
			name: "transliterations",
			text: "Fighting in Deir Ezzour spread to Dayr az Zawr and Deir al-Zour.",
			want: []want{
				{"Deir Ezzour", sitrep.PlaceToponym, 170794, "SY", sitrep.PrecisionTown},
				{"Dayr az Zawr", sitrep.PlaceToponym, 170794, "SY", sitrep.PrecisionTown},
				{"Deir al-Zour", sitrep.PlaceToponym, 170794, "SY", sitrep.PrecisionTown},
			},
		},
		{
			name: "cities and a country",
			text: "Damascus said the destroyed city of Raqqa was rebuilt, a violation of Syria's sovereignty and of the People's Republic of China's.",
			want: []want{
				{"Damascus", sitrep.PlaceToponym, 170654, "SY", sitrep.PrecisionTown},
				{"Raqqa", sitrep.PlaceToponym, 172955, "SY", sitrep.PrecisionTown},
				{"Syria", sitrep.PlaceToponym, 163843, "SY", sitrep.PrecisionCountry},
				{"People's Republic of China", sitrep.PlaceToponym, 1814991, "CN", sitrep.PrecisionCountry},
			},
		},
		{
			name: "lowercase words inside names",
			text: "Ebola spread from the Democratic Republic of the Congo to Uganda and Dar es Salaam.",
			want: []want{
				{"Democratic Republic of the Congo", sitrep.PlaceToponym, 203312, "CD", sitrep.PrecisionCountry},
				{"Uganda", sitrep.PlaceToponym, 226074, "UG", sitrep.PrecisionCountry},
				{"Dar es Salaam", sitrep.PlaceToponym, 160263, "TZ", sitrep.PrecisionTown},
			},
		},
		{
			name: "demonyms and adjectival forms",
			text: "The UK-based monitor said the US-led coalition struck the Syrian government-held town. U.S.-led forces denied it.",
			want: []want{
				{"UK", sitrep.PlaceAdjectival, 2635167, "GB", sitrep.PrecisionCountry},
				{"US", sitrep.PlaceAdjectival, 6252001, "US", sitrep.PrecisionCountry},
				{"Syrian", sitrep.PlaceAdjectival, 163843, "SY", sitrep.PrecisionCountry},
				{"U.S.", sitrep.PlaceAdjectival, 6252001, "US", sitrep.PrecisionCountry},
			},
		},
		{
			name: "hyphenated compounds",
			text: "Egyptian-US relations improved, said Rep. Wendell Gilliard, D-Charleston, but Al-Dandal disagreed.",
			want: []want{
				{"Egyptian", sitrep.PlaceAdjectival, 357994, "EG", sitrep.PrecisionCountry},
				{"US", sitrep.PlaceAdjectival, 6252001, "US", sitrep.PrecisionCountry},
				{"Charleston", sitrep.PlaceToponym, 4801859, "US", sitrep.PrecisionTown},
			},
		},
		{
			// The gazetteer files these without their article.
			name: "a leading Arabic or Spanish article",
			text: "Shelling hit El Fasher. They met in El Paso.",
			want: []want{
				{"El Fasher", sitrep.PlaceToponym, 379555, "SD", sitrep.PrecisionTown},
				{"El Paso", sitrep.PlaceToponym, 5520993, "US", sitrep.PrecisionTown},
			},
		},
		{
			// News writes "Congo" for either state; the bigger one, unless
			// the article's other places are in the other.
			name: "the two Congos",
			text: "M23 rebels advanced in eastern Congo. The Congolese army fled.",
			want: []want{
				{"Congo", sitrep.PlaceToponym, 203312, "CD", sitrep.PrecisionCountry},
				{"Congolese", sitrep.PlaceInName, 203312, "CD", sitrep.PrecisionCountry},
			},
		},
		{
			name: "the other Congo, by its capital",
			text: "Congo held an election. Voters in Brazzaville queued.",
			want: []want{
				{"Congo", sitrep.PlaceToponym, 2260494, "CG", sitrep.PrecisionCountry},
				{"Brazzaville", sitrep.PlaceToponym, 2260535, "CG", sitrep.PrecisionTown},
			},
		},
		{
			// The gazetteer lacks Boni, Mali; its namesake in Indonesia
			// ("Boni", an alternate name of Watampone) is not it.
			name: "a town in a country where the gazetteer has none of its name",
			// Without a direction, "in" may put a capital's government
			// abroad: Tehran stays Tehran.
			text: "Jihadists killed 20 soldiers near the town of Boni in central Mali. Shells hit Mosul in northern Iraq. The role of Tehran in Iraq grew. Boni in Mali was quiet.",
			want: []want{
				{"Mali", sitrep.PlaceToponym, 2453866, "ML", sitrep.PrecisionCountry},
				{"Mosul", sitrep.PlaceToponym, 99072, "IQ", sitrep.PrecisionTown},
				{"Iraq", sitrep.PlaceToponym, 99237, "IQ", sitrep.PrecisionCountry},
				{"Tehran", sitrep.PlaceToponym, 112931, "IR", sitrep.PrecisionTown},
				{"Iraq", sitrep.PlaceToponym, 99237, "IQ", sitrep.PrecisionCountry},
				{"Mali", sitrep.PlaceToponym, 2453866, "ML", sitrep.PrecisionCountry},
			},
		},
		{
			name: "places inside organization names",
			text: "The Syrian Observatory for Human Rights and the Damascus University reported it.",
			want: []want{
				{"Syrian", sitrep.PlaceInName, 163843, "SY", sitrep.PrecisionCountry},
				{"Damascus", sitrep.PlaceInName, 170654, "SY", sitrep.PrecisionTown},
			},
		},
		{
			name: "an admin region word",
			text: "Airstrikes hit villages in Deir ez-Zor province on Monday.",
			want: []want{
				{"Deir ez-Zor province", sitrep.PlaceToponym, 170792, "SY", sitrep.PrecisionAdmin1},
			},
		},
		{
			// GeoNames gives the seat no population and no district
			// code; the bare name is the town, not its district.
			name: "a district's seat without a population",
			text: "Airstrikes hit a market in the Syrian town of Maarat al-Numan in Idlib province.",
			want: []want{
				{"Syrian", sitrep.PlaceAdjectival, 163843, "SY", sitrep.PrecisionCountry},
				{"Maarat al-Numan", sitrep.PlaceToponym, 167611, "SY", sitrep.PrecisionTown},
				{"Idlib province", sitrep.PlaceToponym, 169387, "SY", sitrep.PrecisionAdmin1},
			},
		},
		{
			// The region word in the plural after a list makes each name
			// a region, the capital's too.
			name: "a list of regions",
			text: "Drones were shot down over Kyiv, Odesa, Mykolaiv, and Zhytomyr oblasts.",
			want: []want{
				{"Kyiv", sitrep.PlaceToponym, 703446, "UA", sitrep.PrecisionAdmin1},
				{"Odesa", sitrep.PlaceToponym, 698738, "UA", sitrep.PrecisionAdmin1},
				{"Mykolaiv", sitrep.PlaceToponym, 700567, "UA", sitrep.PrecisionAdmin1},
				{"Zhytomyr oblasts", sitrep.PlaceToponym, 686966, "UA", sitrep.PrecisionAdmin1},
			},
		},
		{
			// After one name, a plural region word is no region word of
			// that name: "Iowa counties" are counties in Iowa.
			name: "a plural region word after one name",
			text: "Flooding hit rural Iowa counties on Monday.",
			want: []want{
				{"Iowa", sitrep.PlaceToponym, 4862182, "US", sitrep.PrecisionAdmin1},
			},
		},
		{
			name: "a state qualifier picks the town",
			text: "Henry, 19, of Alexandria, La., was arrested.",
			want: []want{
				{"Alexandria", sitrep.PlaceToponym, 4314550, "US", sitrep.PrecisionTown},
				{"La.", sitrep.PlaceToponym, 4331987, "US", sitrep.PrecisionAdmin1},
			},
		},
		{
			name: "region abbreviations",
			text: "Floods hit Lismore, NSW, and Victoria, B.C., while Ky. stayed dry.",
			want: []want{
				{"Lismore", sitrep.PlaceToponym, 2160063, "AU", sitrep.PrecisionTown},
				{"NSW", sitrep.PlaceToponym, 2155400, "AU", sitrep.PrecisionAdmin1},
				{"Victoria", sitrep.PlaceToponym, 6174041, "CA", sitrep.PrecisionTown},
				{"B.C.", sitrep.PlaceToponym, 5909050, "CA", sitrep.PrecisionAdmin1},
				{"Ky.", sitrep.PlaceToponym, 6254925, "US", sitrep.PrecisionAdmin1},
			},
		},
		{
			name: "common words are not places",
			text: "Police said the Best results came from Reading. Mobile phones were seized. Of course.",
			want: []want{
				{"Reading", sitrep.PlaceToponym, 2639577, "GB", sitrep.PrecisionTown},
			},
		},
		{
			name: "persons and acronyms are not places",
			text: "Army Col. Ryan Dillon told SANA that Mr. Hamilton was wrong.",
			want: nil,
		},
		{
			name: "region words and organizations",
			text: "The US State Department and Ohio State University said Idlib Governorate was shelled.",
			want: []want{
				{"US", sitrep.PlaceInName, 6252001, "US", sitrep.PrecisionCountry},
				{"Ohio", sitrep.PlaceInName, 5165418, "US", sitrep.PrecisionAdmin1},
				{"Idlib Governorate", sitrep.PlaceToponym, 169387, "SY", sitrep.PrecisionAdmin1},
			},
		},
		{
			name: "peoples are not countries",
			text: "Kurdish fighters and Arab tribes met.",
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := annotate(t, s, tt.text, sitrep.Metadata{})
			if len(doc.Places) != len(tt.want) {
				t.Fatalf("got %d places %v, want %d", len(doc.Places), texts(doc), len(tt.want))
			}
			for i, w := range tt.want {
				p := doc.Places[i]
				if got := p.Span.Text(doc); got != w.text {
					t.Errorf("place %d = %q, want %q", i, got, w.text)
				}
				if p.Kind != w.kind || p.GeonameID != w.id || p.Country != w.country || p.Precision != w.prec {
					t.Errorf("%q: kind %d id %d country %s precision %d, want %d %d %s %d",
						w.text, p.Kind, p.GeonameID, p.Country, p.Precision, w.kind, w.id, w.country, w.prec)
				}
				if p.Score <= 0 || p.Score > 1 {
					t.Errorf("%q: score %v outside (0, 1]", w.text, p.Score)
				}
			}
		})
	}
}

func texts(doc *sitrep.Document) []string {
	var out []string
	for _, p := range doc.Places {
		out = append(out, p.Span.Text(doc))
	}
	return out
}

func TestDatelineAndFocus(t *testing.T) {
	s := newStage(t)
	text := "MOSCOW (Sputnik) — Airstrikes hit Deir ez-Zor, the ministry in Damascus said. Syria protested. " +
		"Later, Deir ez-Zor was quiet, a volunteer in Deir Ezzour said."
	meta := sitrep.Metadata{Dateline: sitrep.Dateline{Span: sitrep.Span{Start: 0, End: 20}, Place: sitrep.Span{Start: 0, End: 6}}}
	doc := annotate(t, s, text, meta)
	p := doc.Places[0]
	if p.Kind != sitrep.PlaceDatelineName || p.GeonameID != 524901 {
		t.Errorf("dateline place = %+v, want Moscow 524901", p)
	}
	for _, p := range doc.Places {
		if strings.HasPrefix(p.Span.Text(doc), "Deir") && p.GeonameID != 170794 {
			t.Errorf("%q resolved to %d, want 170794", p.Span.Text(doc), p.GeonameID)
		}
	}
	if doc.Focus.Country != "SY" {
		t.Errorf("focus country = %q, want SY", doc.Focus.Country)
	}
	if c := doc.Focus.City; c < 0 || doc.Places[c].GeonameID != 170794 {
		t.Errorf("focus city = %d, want Deir ez-Zor", c)
	}
}

// TestDatelineFiledFromTwoCities checks that every city of a dateline
// filed from several is the dateline's, not a toponym of the story.
func TestDatelineFiledFromTwoCities(t *testing.T) {
	s := newStage(t)
	text := "BAGHDAD/WASHINGTON, Nov 17 (Reuters) - A drone strike hit a car near Al-Qaim."
	meta := sitrep.Metadata{Dateline: sitrep.Dateline{Span: sitrep.Span{Start: 0, End: 38}, Place: sitrep.Span{Start: 0, End: 7}}}
	doc := annotate(t, s, text, meta)
	kinds := map[string]sitrep.PlaceKind{}
	for _, p := range doc.Places {
		kinds[p.Span.Text(doc)] = p.Kind
	}
	if kinds["BAGHDAD"] != sitrep.PlaceDatelineName || kinds["WASHINGTON"] != sitrep.PlaceDatelineName || kinds["Al-Qaim"] != sitrep.PlaceToponym {
		t.Errorf("places %v, want both cities of the dateline as its names and Al-Qaim a toponym", kinds)
	}
}

func TestOneSensePerDiscourse(t *testing.T) {
	s := newStage(t)
	doc := annotate(t, s, "Officials in Alexandria, Va., met. Alexandria police said the Potomac was high.", sitrep.Metadata{})
	if len(doc.Places) < 2 {
		t.Fatalf("places %v", texts(doc))
	}
	for _, p := range doc.Places[:2] {
		if p.Country != "US" || p.Admin1 != "VA" {
			t.Errorf("%q resolved to %s.%s, want US.VA", p.Span.Text(doc), p.Country, p.Admin1)
		}
	}
}

// TestSentenceCountry checks that the other names of a mention's sentence
// weigh more than the document's focus: an American story's "Cairo" is
// still Egypt's next to "Egypt".
func TestSentenceCountry(t *testing.T) {
	s := newStage(t)
	text := "Officials in Chicago, Springfield, Peoria and Carbondale tested pigs for the virus on Monday. " +
		"Health officials in Memphis and St. Louis said no cases were found.\n"
	for _, tt := range []struct {
		sentence, country string
	}{
		{"In Cairo, the government of Egypt ordered all pigs to be slaughtered.", "EG"},
		{"In Cairo, Egyptian officials ordered all pigs to be slaughtered.", "EG"},
	} {
		doc := annotate(t, s, text+tt.sentence, sitrep.Metadata{})
		found := false
		for _, p := range doc.Places {
			if p.Span.Text(doc) == "Cairo" {
				found = true
				if p.Country != tt.country {
					t.Errorf("%q: Cairo resolved to %s, want %s", tt.sentence, p.Country, tt.country)
				}
			}
		}
		if !found {
			t.Errorf("%q: no Cairo in %v", tt.sentence, texts(doc))
		}
	}
}

func TestEntityMentions(t *testing.T) {
	s := newStage(t)
	text := "Paris Hilton flew to the village of Xyzzyville in Deir ez-Zor province, said the Aleppo Media Center."
	doc := annotate(t, s, text, sitrep.Metadata{},
		nameIn(text, "Paris Hilton", sitrep.PERSON),
		nameIn(text, "Xyzzyville", sitrep.GPE),
		nameIn(text, "Aleppo Media Center", sitrep.ORG),
	)
	got := map[string]sitrep.Place{}
	for _, p := range doc.Places {
		got[p.Span.Text(doc)] = p
	}
	if _, ok := got["Paris"]; ok {
		t.Error("Paris inside a PERSON mention is a place")
	}
	x, ok := got["Xyzzyville"]
	if !ok || x.Country != "SY" || x.Admin1 != "07" || x.Precision != sitrep.PrecisionAdmin1 || x.Mention != 1 {
		t.Errorf("unknown GPE Xyzzyville = %+v, %v; want the Deir ez-Zor region, admin1 precision, mention 1", x, ok)
	}
	if a := got["Aleppo"]; a.Kind != sitrep.PlaceInName {
		t.Errorf("Aleppo in an ORG mention has kind %d, want PlaceInName", a.Kind)
	}
}

// TestCommonWordInsideAName: a common word inside an organization's name
// is no place (Unity State), but one that opens the name may be the town's.
func TestCommonWordInsideAName(t *testing.T) {
	s := newStage(t)
	text := "The Government of National Unity asked Concord District Court to rule."
	doc := annotate(t, s, text, sitrep.Metadata{},
		nameIn(text, "Government of National Unity", sitrep.ORG),
		nameIn(text, "Concord District Court", sitrep.ORG),
	)
	got := placeTexts(doc)
	if got["Unity"] || !got["Concord"] {
		t.Errorf("places %v, want Concord and not Unity", texts(doc))
	}
}

// TestArticleAloneIsNoPlace: the article of a name the gazetteer does not
// hold ("El Gezira") or that is no place ("Al Jazeera") names nothing; the
// names it opens still resolve.
func TestArticleAloneIsNoPlace(t *testing.T) {
	s := newStage(t)
	text := "Fighters attacked a village in El Gezira state, Al Jazeera reported. Protesters marched in Le Havre and El Fasher."
	doc := annotate(t, s, text, sitrep.Metadata{},
		nameIn(text, "El Gezira", sitrep.GPE),
		nameIn(text, "Al Jazeera", sitrep.ORG),
	)
	got := placeTexts(doc)
	if got["El"] || got["Al"] || !got["Le Havre"] || !got["El Fasher"] {
		t.Errorf("places %v, want Le Havre and El Fasher, no El or Al", texts(doc))
	}
}

// TestStationNameIsInName: a name before "television" or "radio", even in
// lower case, names a station, not the place of what it reports.
func TestStationNameIsInName(t *testing.T) {
	s := newStage(t)
	text := "Rebels attacked Mosul, a commander told Kirkuk television."
	doc := annotate(t, s, text, sitrep.Metadata{})
	for _, p := range doc.Places {
		if p.Span.Text(doc) == "Kirkuk" && p.Kind != sitrep.PlaceInName {
			t.Errorf("Kirkuk has kind %d, want PlaceInName", p.Kind)
		}
	}
	if got := placeTexts(doc); !got["Mosul"] || !got["Kirkuk"] {
		t.Errorf("places %v, want Mosul and Kirkuk", texts(doc))
	}
	// A station an act befell stays where it was.
	text = "Israeli strikes destroyed a Gaza radio station on Tuesday."
	doc = annotate(t, s, text, sitrep.Metadata{})
	for _, p := range doc.Places {
		if p.Span.Text(doc) == "Gaza" && p.Kind == sitrep.PlaceInName {
			t.Errorf("Gaza of a destroyed radio station is PlaceInName")
		}
	}
}

// nameIn returns the name mention of type typ at the first sub in text.
func nameIn(text, sub string, typ sitrep.EntityType) sitrep.Mention {
	i := strings.Index(text, sub)
	return sitrep.Mention{Span: sitrep.Span{Start: i, End: i + len(sub)}, Type: typ, Kind: sitrep.MentionName, Entity: -1}
}

// placeTexts returns the texts of doc's places.
func placeTexts(doc *sitrep.Document) map[string]bool {
	got := map[string]bool{}
	for _, p := range doc.Places {
		got[p.Span.Text(doc)] = true
	}
	return got
}

// TestUntypedNameIsNoTownAbroad: a name the entity stage typed OTHER that
// only a town's alternate name matches is no place ("Kassah" is an
// alternate name of Kazan).
func TestUntypedNameIsNoTownAbroad(t *testing.T) {
	s := newStage(t)
	text := "\"They came in large numbers,\" said Monday Kassah, chairman of Bokkos local government area."
	i := strings.Index(text, "Kassah")
	doc := annotate(t, s, text, sitrep.Metadata{},
		sitrep.Mention{Span: sitrep.Span{Start: i, End: i + len("Kassah")}, Type: sitrep.OTHER, Kind: sitrep.MentionName, Entity: -1})
	for _, p := range doc.Places {
		if p.Span.Text(doc) == "Kassah" {
			t.Errorf("Kassah resolved to %s, %s", p.Name, p.Country)
		}
	}
	// A person named with an article is no place ("El Chapo").
	text = "Prosecutors said El Chapo ordered the killings in Sinaloa."
	c := strings.Index(text, "El Chapo")
	doc = annotate(t, s, text, sitrep.Metadata{},
		sitrep.Mention{Span: sitrep.Span{Start: c, End: c + len("El Chapo")}, Type: sitrep.PERSON, Kind: sitrep.MentionName, Entity: -1})
	if got := texts(doc); len(got) != 1 || got[0] != "Sinaloa" {
		t.Errorf("places %v, want Sinaloa alone", got)
	}
}

func TestEmptyAndJunk(t *testing.T) {
	s := newStage(t)
	var many strings.Builder
	for _, city := range []string{"Paris", "London", "Springfield", "Alexandria", "Richmond", "Columbus", "Damascus", "Aleppo"} {
		for _, state := range []string{"Texas", "Ohio", "Virginia", "Georgia", "Kentucky", "Syria", "France", "Egypt"} {
			many.WriteString("They moved from " + city + ", " + state + " to Athens. ")
		}
	}
	for _, text := range []string{"", " ", "\n\n", "ALL CAPS HEADLINE ABOUT NOTHING", "\uFFFD\uFFFD",
		strings.Repeat("Deir ", 2000), strings.Repeat(many.String(), 20)} {
		annotate(t, s, text, sitrep.Metadata{})
	}
}

const benchText = `BEIRUT (Reuters) - Airstrikes killed at least 14 civilians in the eastern Syrian city of Deir ez-Zor on Monday, the UK-based Syrian Observatory for Human Rights said.
The US-led coalition denied it carried out strikes near Deir Ezzour or in Raqqa province, and said its aircraft had flown from bases in Iraq and Turkey.
Russian jets based at Hmeimim, near Latakia, struck rebel positions in Idlib and Aleppo, state media in Damascus reported. Officials in Moscow and Ankara did not comment.
Thousands fled toward Hasakah and the Iraqi border town of Al-Qaim, where aid groups from Amman and Geneva have set up camps.`

func BenchmarkStage(b *testing.B) {
	s := newStage(b)
	doc := sitrep.NewDocument(benchText, sitrep.Metadata{})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		if err := s.Run(context.Background(), doc); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(doc.Places))*float64(b.N)/b.Elapsed().Seconds(), "toponyms/s")
}

func TestConcurrentRuns(t *testing.T) {
	s := newStage(t)
	done := make(chan []string)
	for range 4 {
		go func() {
			doc := sitrep.NewDocument(benchText, sitrep.Metadata{})
			segment.New().Run(context.Background(), doc)
			s.Run(context.Background(), doc)
			done <- texts(doc)
		}()
	}
	first := <-done
	for range 3 {
		if got := <-done; strings.Join(got, "|") != strings.Join(first, "|") {
			t.Errorf("concurrent runs differ: %v and %v", got, first)
		}
	}
}

// TestFocusIgnoresPlacesWithoutCountry guards against a continent or sea,
// which has no country code, taking part in the focus: it used to reset the
// search for the heaviest country, so that the focus depended on map order.
func TestFocusIgnoresPlacesWithoutCountry(t *testing.T) {
	doc := &sitrep.Document{Places: []sitrep.Place{
		{Country: "", Precision: sitrep.PrecisionCountry},
		{Country: "", Precision: sitrep.PrecisionCountry},
		{Country: "", Precision: sitrep.PrecisionCountry},
		{Country: "US", Precision: sitrep.PrecisionCountry},
		{Country: "US", Precision: sitrep.PrecisionCountry},
		{Country: "DE", Precision: sitrep.PrecisionCountry},
		{Country: "RU", Precision: sitrep.PrecisionCountry},
		{Country: "FR", Precision: sitrep.PrecisionCountry},
	}}
	for range 50 { // map order differs from run to run
		r := &run{doc: doc, scratch: newScratch().(*scratch)}
		r.focus()
		if doc.Focus.Country != "US" {
			t.Fatalf("Focus.Country = %q, want US", doc.Focus.Country)
		}
	}
}

func TestOrganizationNamedLikeAVillage(t *testing.T) {
	s := newStage(t)
	text := "The Taliban denied any involvement, and Chicago beat Boston in the final."
	doc := annotate(t, s, text, sitrep.Metadata{},
		nameIn(text, "Taliban", sitrep.ORG),
		nameIn(text, "Chicago", sitrep.ORG),
	)
	got := placeTexts(doc)
	// "Taliban" is only an alternate name of a Turkish village in GeoNames.
	if got["Taliban"] {
		t.Error("the organization Taliban was resolved as a place")
	}
	// A place's own name stays a place even when the tagger calls it an
	// organization (a team, a government).
	if !got["Chicago"] {
		t.Error("Chicago, tagged ORG, was dropped as a place")
	}
}

// TestNewsAgencyIsNoPlace: an agency is named like villages abroad (Xinhua
// in China, Tass in Hungary), in the dateline's brackets as in the text.
func TestNewsAgencyIsNoPlace(t *testing.T) {
	s := newStage(t)
	text := "KABUL, May 2 (Xinhua) -- Gunmen killed four guards. Tass reported the attack, citing TASS sources."
	meta := sitrep.Metadata{Dateline: sitrep.Dateline{Span: sitrep.Span{Start: 0, End: 24},
		Place: sitrep.Span{Start: 0, End: 5}, Source: sitrep.Span{Start: 14, End: 20}}}
	doc := annotate(t, s, text, meta)
	if got := texts(doc); len(got) != 1 || got[0] != "KABUL" {
		t.Errorf("places %v, want KABUL alone", got)
	}
}

// TestOutletIsNoPlace: a news outlet the entity stage knows is no place,
// though a place bears its name as its own (Saba, an island in the
// Caribbean); a city's name stays a place, since the entity stage names "a
// Baton Rouge newspaper" by its town.
func TestOutletIsNoPlace(t *testing.T) {
	s := newStage(t)
	text := "The minister spoke in a statement carried by the state news agency Saba. A Baton Rouge newspaper said the levee held."
	got := placeTexts(outletDoc(t, s, text, "MED", "Saba", "Baton Rouge"))
	if got["Saba"] {
		t.Error("the news agency Saba was resolved as a place")
	}
	if !got["Baton Rouge"] {
		t.Error("Baton Rouge, named as a newspaper, was dropped as a place")
	}
	// But not before a word that names the outlet.
	text = "Yemen's Saba news agency said the strikes hit the port."
	if placeTexts(outletDoc(t, s, text, "YEMMED", "Saba"))["Saba"] {
		t.Errorf("%q: the news agency Saba was resolved as a place", text)
	}
	// A place after a locative cue or a possessive is the place, though
	// an agency bears its name (Fars).
	for _, text := range []string{"Protesters clashed with police in Fars on Monday.", "An earthquake struck Iran's Fars on Monday."} {
		if !placeTexts(outletDoc(t, s, text, "IRNMED", "Fars"))["Fars"] {
			t.Errorf("%q: the province Fars, named as an agency, was dropped", text)
		}
	}
}

// outletDoc runs the segment and place stages on text, whose names are
// news outlets of the entity layer with the given actor code, each its
// own entity.
func outletDoc(t *testing.T, s *Stage, text, actor string, names ...string) *sitrep.Document {
	t.Helper()
	doc := sitrep.NewDocument(text, sitrep.Metadata{})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	for i, name := range names {
		m := nameIn(text, name, sitrep.ORG)
		m.Entity = i
		doc.Mentions = append(doc.Mentions, m)
		doc.Entities = append(doc.Entities, sitrep.Entity{Type: sitrep.ORG, Name: i, Mentions: []int{i}, Actor: actor, Affiliation: -1})
	}
	if err := s.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestSeaIsNoLand: the gazetteer has no seas, and the land that shares a
// sea's name (Red Sea state, Aden, Iran for the Persian Gulf) is not
// meant; a region word asks for the land.
func TestSeaIsNoLand(t *testing.T) {
	s := newStage(t)
	text := "A tanker was hit in the Red Sea, then in the Gulf of Aden and the Persian Gulf. " +
		"Floods hit Red Sea state in Sudan."
	doc := annotate(t, s, text, sitrep.Metadata{}, nameIn(text, "Red Sea", sitrep.LOC))
	if got := texts(doc); len(got) != 2 || got[0] != "Red Sea state" || got[1] != "Sudan" {
		t.Errorf("places %v, want Red Sea state and Sudan", got)
	}
}

// TestNameInsideANameOrAPerson: a word of a longer name that only a
// village's alternate name matches is the name's ("Afghan Taliban",
// "Iskander-M"), and a person's surname is no region that folding alone
// joins to it ("Saree" of "Yahya Saree" is not Saare, Estonia).
func TestNameInsideANameOrAPerson(t *testing.T) {
	s := newStage(t)
	text := "The Afghan Taliban fired Iskander-M missiles, said spokesman Yahya Saree. Saree spoke in Georgia."
	surname := strings.LastIndex(text, "Saree")
	mentions := []sitrep.Mention{nameIn(text, "Afghan Taliban", sitrep.OTHER), nameIn(text, "Iskander-M", sitrep.OTHER),
		nameIn(text, "Yahya Saree", sitrep.PERSON),
		{Span: sitrep.Span{Start: surname, End: surname + len("Saree")}, Type: sitrep.PERSON, Kind: sitrep.MentionName, Entity: -1}}
	got := placeTexts(annotate(t, s, text, sitrep.Metadata{}, mentions...))
	for _, name := range []string{"Taliban", "Iskander", "Saree"} {
		if got[name] {
			t.Errorf("%s is a place; places %v", name, got)
		}
	}
	if !got["Georgia"] {
		t.Errorf("Georgia is no place; places %v", got)
	}
}

// TestSpellingAsWrittenBeatsFolding: a name spelled as written beats one
// that folding alone joins to it ("Gubio" in Nigeria, not Gubbio in
// Italy); within one country, where GeoNames romanizes unevenly, spelling
// decides nothing ("Samarra" is Sāmarrā’; "Basra" is still the city).
func TestSpellingAsWrittenBeatsFolding(t *testing.T) {
	s := newStage(t)
	tests := []struct{ text, name, country, feature string }{
		{"Gunmen raided Gubio at dawn.", "Gubio", "NG", "P.PPLA2"},
		{"A bomb went off in Samarra.", "Samarra", "IQ", "P.PPL"},
		{"Protesters gathered in Basra.", "Basra", "IQ", "P.PPLA"},
	}
	for _, tt := range tests {
		doc := annotate(t, s, tt.text, sitrep.Metadata{})
		found := false
		for _, p := range doc.Places {
			if p.Span.Text(doc) != tt.name {
				continue
			}
			found = true
			if p.Country != tt.country || p.Feature != tt.feature {
				t.Errorf("%q: %s is %s, %s (%s), want %s (%s)", tt.text, tt.name, p.Name, p.Country, p.Feature, tt.country, tt.feature)
			}
		}
		if !found {
			t.Errorf("%q: %s is no place", tt.text, tt.name)
		}
	}
}

// TestContainerVetoesSmallPlacesAbroad: a place the text puts in another
// ("Lido beach in Mogadishu", "air base in western Iraq") is no village
// abroad that shares its name; a capital named for its government is left
// alone ("Tehran in Iraq").
func TestContainerVetoesSmallPlacesAbroad(t *testing.T) {
	s := newStage(t)
	tests := []struct{ text, name, country string }{
		{"Militants stormed a hotel near Lido beach in Mogadishu.", "Lido", ""},
		{"Rockets hit Ain al-Asad air base in western Iraq.", "Ain al-Asad", ""},
		{"Diplomats questioned the role of Tehran in Iraq.", "Tehran", "IR"},
	}
	for _, tt := range tests {
		doc := annotate(t, s, tt.text, sitrep.Metadata{}, nameIn(tt.text, tt.name, sitrep.GPE))
		got := ""
		for _, p := range doc.Places {
			if p.Span.Text(doc) == tt.name {
				got = p.Country
			}
		}
		if got != tt.country {
			t.Errorf("%q: %s in country %q, want %q", tt.text, tt.name, got, tt.country)
		}
	}
}

// TestTerritoryAsksForARegion: "territory" after a name asks for a region
// of either level: second-level in DR Congo, first-level in Russia.
func TestTerritoryAsksForARegion(t *testing.T) {
	s := newStage(t)
	text := "Militia fighters raided villages in Djugu territory. Drones hit a depot in Krasnodar Territory."
	doc := annotate(t, s, text, sitrep.Metadata{})
	want := map[string]string{"Djugu territory": "CD A.ADM2", "Krasnodar Territory": "RU A.ADM1"}
	for _, p := range doc.Places {
		name := p.Span.Text(doc)
		if got := p.Country + " " + p.Feature; want[name] != "" && got != want[name] {
			t.Errorf("%s is %s, %s, want %s", name, p.Name, got, want[name])
		}
		delete(want, name)
	}
	for name := range want {
		t.Errorf("%s is no place; places %v", name, texts(doc))
	}
}

// TestWordOfANameIsNoVillageAbroad: a word of a group's name that only a
// small place abroad bears ("Boko" and "Haram" of "Boko Haram") is no
// place where the document's toponyms lie in another country.
func TestWordOfANameIsNoVillageAbroad(t *testing.T) {
	s := newStage(t)
	text := "Boko Haram militants burned houses in Gubio, a town in Borno state."
	doc := annotate(t, s, text, sitrep.Metadata{}, nameIn(text, "Boko Haram", sitrep.ORG))
	got := placeTexts(doc)
	for _, name := range []string{"Boko", "Haram"} {
		if got[name] {
			t.Errorf("%s is a place; places %v", name, texts(doc))
		}
	}
	if !got["Gubio"] || !got["Borno state"] {
		t.Errorf("places %v, want Gubio and Borno state", texts(doc))
	}
}

// TestGroupNamedByAPlaceWordIsNoTownAbroad: one word before "militia" or
// "militiamen" names a group ("Fano militiamen", an Amhara militia), and a
// small place abroad that bears it is no place of a document whose
// toponyms lie elsewhere; a town of the document's country keeps its
// place there.
func TestGroupNamedByAPlaceWordIsNoTownAbroad(t *testing.T) {
	s := newStage(t)
	doc := annotate(t, s, "Fighting between Fano militiamen and federal troops has intensified around the town of Gondar in Ethiopia.", sitrep.Metadata{})
	if got := placeTexts(doc); got["Fano"] || !got["Gondar"] {
		t.Errorf("places %v, want Gondar and no Fano", texts(doc))
	}
	doc = annotate(t, s, "Fano militiamen attacked a convoy near Pesaro in Italy.", sitrep.Metadata{})
	if got := placeTexts(doc); !got["Fano"] {
		t.Errorf("places %v, want Fano, a town of the country the text is about", texts(doc))
	}
}
