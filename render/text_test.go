package render_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/render"
	"github.com/sitrep-dev/sitrep/standard"
)

// TestTextClaims checks how the text summary reads a claim: its stance,
// who takes it, and who it says did the act, in words that fit an
// accusation and a denial alike.
func TestTextClaims(t *testing.T) {
	p, err := standard.New(standard.Resources{})
	if err != nil {
		t.Fatal(err)
	}
	published := time.Date(2017, 10, 24, 9, 0, 0, 0, time.UTC)
	doc := sitrep.NewDocument("Syria accused Israel of an airstrike on Damascus on Monday that killed 14 civilians. The Israeli military denied that Israel carried out the airstrike.\n",
		sitrep.Metadata{Published: published})
	if err := p.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := render.WriteText(&out, doc); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"claim: accuse by Syria, of an act by Israel\n",
		"claim: deny by Israeli military, of an act by Israel\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, out.String())
		}
	}
}

// TestTextPlaceWithoutID checks that a region of the embedded gazetteer,
// which has no GeoNames id, does not print a made-up id of 0.
func TestTextPlaceWithoutID(t *testing.T) {
	p, err := standard.New(standard.Resources{})
	if err != nil {
		t.Fatal(err)
	}
	doc := sitrep.NewDocument("Shells hit villages in Afrin District and in Damascus on Sunday.\n", sitrep.Metadata{})
	if err := p.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	if err := render.WriteText(&out, doc); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "geonames:0 ") {
		t.Errorf("summary prints an id of 0:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "no geonames id") || !strings.Contains(out.String(), "geonames:170654") {
		t.Errorf("summary lacks the region without an id or Damascus's id:\n%s", out.String())
	}
}
