package geo

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep"
)

// An LGL-style article: character offsets, ids and points in a gaztag. The
// curly apostrophe before "Alexandria" makes character and byte offsets differ.
const lglFixture = `<?xml version="1.0" encoding="utf-8"?>
<articles>
  <article docid="7">
    <text><![CDATA[Sheriff’s deputies in Alexandria met officials from Paris.]]></text>
    <toponyms count="3">
      <toponym><start>22</start><end>32</end><phrase>Alexandria</phrase>
        <gaztag geonameid="4314550"><name>Alexandria</name><lat>31.3113</lat><lon>-92.4451</lon></gaztag></toponym>
      <toponym><start>52</start><end>57</end><phrase>Paris</phrase>
        <gaztag geonameid="2988507"><name>Paris</name><lat>48.85341</lat><lon>2.3488</lon></gaztag></toponym>
      <toponym><start>0</start><end>7</end><phrase>Sheriff</phrase></toponym>
    </toponyms>
  </article>
</articles>`

// A GeoVirus-style article: <location> elements with coordinates only.
const geovirusFixture = `<articles>
    <article>
        <source>https://example.org/story</source>
        <text>Cases rose in Pandi, Bulacan.</text>
        <locations>
            <location><name>Pandi</name><start>14</start><end>19</end><lat>14.87</lat><lon>120.95</lon></location>
            <location><name>Bulacan</name><start>21</start><end>28</end><lat>15</lat><lon>121.08</lon></location>
        </locations>
    </article>
</articles>`

func TestReadLGL(t *testing.T) {
	arts, err := Read(strings.NewReader(lglFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].ID != "7" {
		t.Fatalf("Read = %+v", arts)
	}
	a := arts[0]
	if len(a.Toponyms) != 3 {
		t.Fatalf("got %d toponyms, want 3", len(a.Toponyms))
	}
	for _, tp := range a.Toponyms {
		if got := a.Text[tp.Start:tp.End]; got != tp.Phrase {
			t.Errorf("toponym %q covers %q", tp.Phrase, got)
		}
	}
	alex := a.Toponyms[1]
	if alex.GeonameID != 4314550 || !alex.HasPoint || alex.Lat != 31.3113 {
		t.Errorf("Alexandria = %+v", alex)
	}
	if a.Toponyms[0].HasPoint {
		t.Error("a toponym without a gaztag has a point")
	}
}

func TestReadGeoVirus(t *testing.T) {
	arts, err := Read(strings.NewReader(geovirusFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || len(arts[0].Toponyms) != 2 {
		t.Fatalf("Read = %+v", arts)
	}
	if tp := arts[0].Toponyms[1]; tp.Phrase != "Bulacan" || tp.GeonameID != 0 || tp.Lat != 15 {
		t.Errorf("Bulacan = %+v", tp)
	}
	if _, err := Read(strings.NewReader("<articles><article><text>x</text>")); err == nil {
		t.Error("Read of truncated XML succeeded")
	}
}

func TestScore(t *testing.T) {
	arts, err := Read(strings.NewReader(lglFixture))
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	alex, paris := a.Toponyms[1], a.Toponyms[2]
	// Alexandria resolved right; Paris resolved to Paris, Texas; the
	// toponym without a point is not scored.
	preds := []Prediction{
		{Span: alex.Span, Lat: 31.31, Lon: -92.44, GeonameID: 4314550},
		{Span: sitrep.Span{Start: paris.Start, End: paris.End + 1}, Lat: 33.66, Lon: -95.56, GeonameID: 4717560},
	}
	m := Score(Match(a, preds))
	if m.N != 2 || m.Recall != 1 || m.Acc161 != 0.5 || m.Exact != 0.5 {
		t.Errorf("Score = %+v, want n 2, recall 1, acc161 0.5, exact 0.5", m)
	}
	if m.MedianKm < 3000 || m.MeanKm < m.MedianKm/2 || m.AUC <= 0 || m.AUC >= 1 {
		t.Errorf("Score = %+v: implausible errors", m)
	}
	by := ByPrecision(Match(a, preds))
	if len(by) != 1 || by[0].N != 2 || by[0].Acc161 != 0.5 {
		t.Errorf("ByPrecision = %+v, want one group of 2 at precision 0", by)
	}
	none := Score(Match(a, nil))
	if none.Recall != 0 || none.Acc161 != 0 || none.N != 2 {
		t.Errorf("Score with no predictions = %+v", none)
	}
	perfect := Score(Match(a, []Prediction{{Span: alex.Span, Lat: alex.Lat, Lon: alex.Lon}}))
	if perfect.AUC != 0 || perfect.MeanKm != 0 || perfect.Recall != 0.5 {
		t.Errorf("Score of one exact point = %+v", perfect)
	}
}

func TestDistance(t *testing.T) {
	if d := Distance(0, 0, 0, 1); math.Abs(d-111.19) > 0.1 {
		t.Errorf("one degree of the equator = %.2f km, want 111.19", d)
	}
	if d := Distance(10, 170, 10, -170); math.Abs(d-Distance(10, 0, 10, 20)) > 1e-6 {
		t.Errorf("distance across the antimeridian = %.1f km", d)
	}
}

func TestRun(t *testing.T) {
	arts, err := Read(strings.NewReader(geovirusFixture))
	if err != nil {
		t.Fatal(err)
	}
	// A tagger that places "Pandi" exactly and nothing else.
	tag := func(_ context.Context, doc *sitrep.Document) error {
		i := strings.Index(doc.Text, "Pandi")
		doc.Places = []sitrep.Place{{Span: sitrep.Span{Start: i, End: i + 5}, Lat: 14.87, Lon: 120.95}}
		return nil
	}
	res, err := Run(context.Background(), arts, tag)
	if err != nil {
		t.Fatal(err)
	}
	if m := Score(res); m.Recall != 0.5 || m.Acc161 != 1 {
		t.Errorf("Score = %+v, want recall 0.5, acc161 1", m)
	}
}
