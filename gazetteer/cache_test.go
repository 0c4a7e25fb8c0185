package gazetteer

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
)

func TestRegionPrefixIsOptional(t *testing.T) {
	b := NewBuilder()
	for _, r := range []struct {
		code, name string
		level      Level
	}{
		{"PH.03", "Central Luzon", LevelAdmin1},
		{"PH.03.47", "Province of Nueva Ecija", LevelAdmin2},
		{"SI.F1", "Urban Municipality of Kranj", LevelAdmin1},
		{"NZ.E7", "Bay of Plenty", LevelAdmin1},
	} {
		if !b.AddRegion(r.code, r.name, r.level) {
			t.Fatalf("AddRegion(%q) failed", r.code)
		}
	}
	g, err := b.Gazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"Nueva Ecija": "47", "Province of Nueva Ecija": "47", "Kranj": "F1", "Bay of Plenty": "E7"} {
		got := g.Lookup(name)
		if len(got) != 1 || (got[0].Admin2 != want && got[0].Admin1 != want) {
			t.Errorf("Lookup(%q) = %+v, want the region %s", name, got, want)
		}
	}
	for _, name := range []string{"Bay", "Plenty", "Urban Municipality", "Municipality of Kranj"} {
		if got := g.Lookup(name); len(got) != 0 {
			t.Errorf("Lookup(%q) = %+v, want none", name, got)
		}
	}
}

// TestCacheAgreesWithIndex checks that cached lookups, from several
// goroutines and across a shard's reset, answer as the index does.
func TestCacheAgreesWithIndex(t *testing.T) {
	g := fixture(t)
	keys := []string{"dair zor", "dair", "damas", "louisiana", "syria", "us", "nowhere", "zzz", "dair zor governorate"}
	want := map[string][]Candidate{}
	probes := map[string]probe{}
	for _, k := range keys {
		want[k] = g.lookupKey(k)
		f, l := g.probe(k)
		probes[k] = probe{f, l}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for w := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := range 3 {
				// Enough distinct keys to fill and reset every shard.
				for i := range cacheShards * cacheShardKeys / 2 {
					g.Probe(fmt.Sprintf("filler %d %d %d", w, round, i))
				}
				for _, k := range keys {
					if got := g.LookupKey(k, nil); !reflect.DeepEqual(got, want[k]) && len(got)+len(want[k]) > 0 {
						errs <- fmt.Sprintf("LookupKey(%q) = %v, want %v", k, ids(got), ids(want[k]))
					}
					if f, l := g.Probe(k); (probe{f, l}) != probes[k] {
						errs <- fmt.Sprintf("Probe(%q) = %v, %v, want %+v", k, f, l, probes[k])
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	// LookupKey returns a copy: changing it leaves the cache alone.
	got := g.LookupKey("dair zor", nil)
	got[0].Name = "changed"
	if again := g.Candidates("dair zor"); again[0].Name == "changed" {
		t.Error("LookupKey returned the cached slice itself")
	}
}

func TestAdjective(t *testing.T) {
	g := fixture(t)
	for _, tt := range []struct {
		word, country string
		found         bool
	}{
		{"Syrian", "SY", true},
		{"SYRIAN", "SY", true},
		{"Kurdish", "", true},
		{"Damascus", "", false},
		{"Ünknown", "", false},
	} {
		c, found := g.Adjective(tt.word)
		if c != tt.country || found != tt.found {
			t.Errorf("Adjective(%q) = %q, %v; want %q, %v", tt.word, c, found, tt.country, tt.found)
		}
		d, ok := g.Demonym(tt.word)
		if ok != (tt.found && tt.country != "") || (ok && d != tt.country) || g.IsPeople(tt.word) != (tt.found && tt.country == "") {
			t.Errorf("Demonym/IsPeople(%q) disagree with Adjective", tt.word)
		}
		lw := strings.ToLower(tt.word)
		if c, found := g.AdjectiveLower(lw); c != tt.country || found != tt.found || g.IsPeopleLower(lw) != g.IsPeople(tt.word) {
			t.Errorf("AdjectiveLower/IsPeopleLower(%q) disagree with Adjective", lw)
		}
	}
	for _, w := range []string{"Reading", "MOBILE", "Damascus", "Syrian", "Ünknown"} {
		if g.IsCommonWordLower(strings.ToLower(w)) != g.IsCommonWord(w) {
			t.Errorf("IsCommonWordLower(%q) disagrees with IsCommonWord", strings.ToLower(w))
		}
	}
	if !g.IsCommonWordLower("reading") || g.IsCommonWordLower("Reading") {
		t.Error("IsCommonWordLower must take lower-case words only")
	}
}
