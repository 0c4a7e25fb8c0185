package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

func TestFindDateline(t *testing.T) {
	tests := []struct {
		text, place, date, source string
	}{
		{"MOSCOW (Sputnik) — The ministry said", "MOSCOW", "", "Sputnik"},
		{"BEIRUT, Oct 24 (Reuters) - Syrian troops", "BEIRUT", "Oct 24", "Reuters"},
		{"DAMASCUS, Syria (AP) — Officials", "DAMASCUS", "", "AP"},
		{"KABUL, Afghanistan, March 3 — A bomb", "KABUL", "March 3", ""},
		{"Gaza City (AFP) - Israeli strikes", "Gaza City", "", "AFP"},
		{"Gusau (Nigeria) (AFP) - Gunmen killed", "Gusau", "", "AFP"},
		{"KAMPALA (Uganda) (AFP) - Gunmen killed", "KAMPALA", "", "AFP"},
		{"MOGADISHU, March 15 (Xinhua) -- A car bomb", "MOGADISHU", "March 15", "Xinhua"},
		{"NEW YORK -- Stocks fell", "NEW YORK", "", ""},
		{"JERUSALEM/BEIRUT, July 31 (Reuters) - Israel's military", "JERUSALEM", "July 31", "Reuters"},
		{"GOMA, Democratic Republic of Congo, July 27 (Reuters) - Rebels", "GOMA", "July 27", "Reuters"},
		{"KINSHASA, Democratic Republic of the Congo (AP) — Rebels", "KINSHASA", "", "AP"},
		{"MOSCOW, May 30. /TASS/. Kremlin spokesman Dmitry Peskov", "MOSCOW", "May 30", "TASS"},
		{"US sanctions /TASS/ reporters", "", "", ""},
		{"Officials said — on Monday", "", "", ""},
		// A hyphen inside a name is no dash.
		{"AFL-CIO to endorse Clinton", "", "", ""},
		{"AP-GfK poll: voters increasingly see Trump as nominee", "", "", ""},
		{"WASHINGTON—President Obama said", "WASHINGTON", "", ""},
		{"BEIRUT-Israeli strikes killed five people", "BEIRUT", "", ""},
		{"KHARTOUM-Shelling killed 30", "KHARTOUM", "", ""},
		{"NATO-RUSSIA council meets", "", "", ""},
		{"The army said (in a statement) - nothing", "", "", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		dl, ok := FindDateline(tt.text)
		if ok != (tt.place != "") {
			t.Errorf("FindDateline(%q) found = %v, want %v", tt.text, ok, tt.place != "")
			continue
		}
		if !ok {
			continue
		}
		get := func(s sitrep.Span) string { return tt.text[s.Start:s.End] }
		if get(dl.Place) != tt.place || get(dl.Date) != tt.date || get(dl.Source) != tt.source {
			t.Errorf("FindDateline(%q) = place %q date %q source %q, want %q %q %q",
				tt.text, get(dl.Place), get(dl.Date), get(dl.Source), tt.place, tt.date, tt.source)
		}
	}
}

func TestFromTextFillsSourceFromDateline(t *testing.T) {
	doc, err := FromText("BEIRUT, Oct 24 (Reuters) - Text.", sitrep.Metadata{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Meta.Source != "Reuters" {
		t.Errorf("Source = %q, want Reuters", doc.Meta.Source)
	}
	doc, _ = FromText("BEIRUT (Reuters) - Text.", sitrep.Metadata{Source: "Given"})
	if doc.Meta.Source != "Given" {
		t.Errorf("Source = %q, want the caller's Given", doc.Meta.Source)
	}
}

func TestReadRejectsBadInput(t *testing.T) {
	tests := []struct {
		name  string
		data  string
		limit int64
		want  error
	}{
		{"empty", "", 0, ErrEmpty},
		{"blank", " \n\t\n", 0, ErrEmpty},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 0, ErrBinary},
		{"too large", strings.Repeat("a", 100), 50, ErrTooLarge},
		{"empty html", "<html><body></body></html>", 0, ErrEmpty},
	}
	for _, tt := range tests {
		_, err := Read(strings.NewReader(tt.data), FormatAuto, sitrep.Metadata{}, tt.limit)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: Read error = %v, want %v", tt.name, err, tt.want)
		}
	}
}

func TestReadInvalidUTF8IsRepaired(t *testing.T) {
	doc, err := Read(strings.NewReader("Caf\xe9 bombed in Aleppo.\r\nSecond line."), FormatText, sitrep.Metadata{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := doc.Check(); err != nil {
		t.Fatal(err)
	}
	if want := "Caf\uFFFD bombed in Aleppo.\nSecond line."; doc.Text != want {
		t.Errorf("Text = %q, want %q", doc.Text, want)
	}
}

func TestReadHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Strike hits Raqqa</title>
<meta property="og:site_name" content="Example News"></head><body>
<nav>Home | World | Sport</nav>
<article><h1>Strike hits Raqqa</h1>
<p>RAQQA (Example News) — An airstrike hit a market in Raqqa on Monday, killing at least five people, residents said.</p>
<p>The coalition said it was investigating the reports of civilian casualties in the city.</p>
</article><footer>Copyright</footer></body></html>`
	doc, err := Read(strings.NewReader(page), FormatAuto, sitrep.Metadata{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "killing at least five people") || strings.Contains(doc.Text, "Home | World") {
		t.Errorf("main text not extracted cleanly: %q", doc.Text)
	}
	if doc.Meta.Title != "Strike hits Raqqa" {
		t.Errorf("Title = %q", doc.Meta.Title)
	}
	if doc.Meta.Source != "Example News" {
		t.Errorf("Source = %q", doc.Meta.Source)
	}
}

func TestFindDatelineAfterHeadline(t *testing.T) {
	text := "Police fire tear gas in Baghdad\n\nBAGHDAD (AP) — Iraqi forces fired"
	dl, ok := FindDateline(text)
	if !ok || dl.Source.Text(&sitrep.Document{Text: text}) != "AP" || dl.Text(&sitrep.Document{Text: text}) != "BAGHDAD (AP) —" {
		t.Errorf("FindDateline after a headline = %+v, %v", dl, ok)
	}
	if _, ok := FindDateline("The army said on Monday it had withdrawn.\nBAGHDAD (AP) — text"); ok {
		t.Error("a dateline after a full sentence was accepted")
	}
	if _, ok := FindDateline("He said: \"We have withdrawn.\"\nBAGHDAD (AP) — text"); ok {
		t.Error("a dateline after a quoted sentence was accepted")
	}
	quoted := "UN envoy: Yemen truce \"holding but fragile\"\n\nNEW YORK (Reuters) - The envoy said"
	if dl, ok := FindDateline(quoted); !ok || dl.Source.Text(&sitrep.Document{Text: quoted}) != "Reuters" {
		t.Errorf("FindDateline after a headline ending in a quotation = %+v, %v", dl, ok)
	}
}
