package entity

import (
	"context"
	"os"
	"reflect"
	"testing"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

// earlierFixture has a name for each case of matchEarlier, and a person of
// the other gender with the same family name.
const earlierFixture = `Army Col. Ryan Dillon spoke on Monday. The Homs Media Watch Group for Peace said 14 died, and the Syrian Arab Red Crescent mourned a volunteer.
Bill Clinton arrived. Dillon said the coalition did not strike. HMWGP later raised the toll. The Syrian Arab Crescent urged all parties to protect aid workers. Mrs. Clinton said she would speak. Ryan added nothing.`

// annotateWith runs segmentation and the entity stage on text, with
// matchEarlier scanning at most scanned names before it uses its index.
func annotateWith(t *testing.T, s *Stage, text string, scanned int) *sitrep.Document {
	t.Helper()
	defer func(n int) { maxScannedNames = n }(maxScannedNames)
	maxScannedNames = scanned
	doc := sitrep.NewDocument(text, sitrep.Metadata{})
	if err := segment.New().Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	if err := s.Run(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// stageAndBench returns an entity stage and the text of its benchmark,
// on which the indexes are compared with the scans they replace.
func stageAndBench(t *testing.T) (*Stage, string) {
	t.Helper()
	s, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	bench, err := os.ReadFile("testdata/bench.txt")
	if err != nil {
		t.Fatal(err)
	}
	return s, string(bench)
}

// The index of earlier names must find exactly what a scan of all of them
// finds.
func TestEarlierIndexMatchesScan(t *testing.T) {
	s, bench := stageAndBench(t)
	for _, text := range []string{earlierFixture, bench} {
		scan, index := annotateWith(t, s, text, 1<<30), annotateWith(t, s, text, 0)
		if !reflect.DeepEqual(scan.Mentions, index.Mentions) || !reflect.DeepEqual(scan.Entities, index.Entities) {
			t.Errorf("%.40q…: the index resolves names differently from a scan:\nscan  %v\nindex %v", text, scan.Entities, index.Entities)
		}
	}

	// And it finds them: each pair is one entity, through the index alone.
	doc := annotateWith(t, s, earlierFixture, 0)
	entityOf := func(name string) int {
		for _, m := range doc.Mentions {
			if doc.Text[m.Span.Start:m.Span.End] == name {
				return m.Entity
			}
		}
		t.Fatalf("no mention %q", name)
		return -1
	}
	for _, pair := range [][2]string{{"Ryan Dillon", "Dillon"}, {"Ryan Dillon", "Ryan"},
		{"Homs Media Watch Group for Peace", "HMWGP"}, {"Syrian Arab Red Crescent", "Syrian Arab Crescent"}} {
		if a, b := entityOf(pair[0]), entityOf(pair[1]); a != b {
			t.Errorf("%q is entity %d, %q entity %d; want one", pair[0], a, pair[1], b)
		}
	}
	if entityOf("Bill Clinton") == entityOf("Clinton") {
		t.Errorf("Mrs. Clinton is Bill Clinton")
	}
}

// The group index of descriptions must find exactly what a scan back
// over every mention finds.
func TestGroupIndexMatchesScan(t *testing.T) {
	s, bench := stageAndBench(t)
	nominals := "The Syrian Foreign Ministry wrote to the UN. In the letter, the ministry accused the US-led coalition. The alliance denied it. " +
		"The Syrian Arab Red Crescent mourned a volunteer; the organization urged all parties to protect aid workers. Government forces advanced. " +
		"The Russian defence ministry said the ministry of Turkey lied. The ministry said nothing."
	annotate := func(text string, scanned int) *sitrep.Document {
		defer func(n int) { maxScannedMentions = n }(maxScannedMentions)
		maxScannedMentions = scanned
		return annotateWith(t, s, text, maxScannedNames)
	}
	for _, text := range []string{earlierFixture, nominals, bench} {
		scan, index := annotate(text, 1<<30), annotate(text, 0)
		if !reflect.DeepEqual(scan.Mentions, index.Mentions) || !reflect.DeepEqual(scan.Entities, index.Entities) {
			t.Errorf("%.40q…: the group index resolves descriptions differently from a scan:\nscan  %v\nindex %v", text, scan.Entities, index.Entities)
		}
	}
}
