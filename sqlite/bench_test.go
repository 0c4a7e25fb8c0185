package sqlite_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/storetest"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// BenchmarkCommit stores batches of 128 annotated documents; each
// iteration stores one document.
func BenchmarkCommit(b *testing.B) {
	rng := rand.New(rand.NewPCG(1, 2))
	docs := []*sitrep.Document{storetest.Article(b, "", ""), storetest.Protest(b)}
	for i := range 8 {
		docs = append(docs, syntheticDoc(b, i, rng))
	}
	s, err := openBench(b)
	if err != nil {
		b.Fatal(err)
	}
	var bytes int64
	for _, d := range docs {
		bytes += int64(len(d.Text))
	}
	b.SetBytes(bytes / int64(len(docs)))
	b.ReportAllocs()
	batch := &sitrep.Batch{}
	n := 0
	for b.Loop() {
		c := *docs[n%len(docs)]
		c.Hash = fmt.Sprintf("%064x", n) // distinct, so none is a duplicate
		c.ID = c.Hash[48:]
		batch.Documents = append(batch.Documents, &c)
		n++
		if len(batch.Documents) == 128 {
			if err := s.Commit(context.Background(), batch); err != nil {
				b.Fatal(err)
			}
			batch.Documents = batch.Documents[:0]
		}
	}
}

func openBench(b *testing.B) (sitrep.Store, error) {
	path := filepath.Join(b.TempDir(), "bench.db")
	b.Cleanup(func() { os.Remove(path) })
	s := MustOpen(b, path)
	return s, nil
}

// benchStore returns a store of n synthetic articles with three events
// each, built once and kept in the temporary directory between runs (it
// takes a minute to build 100,000).
func benchStore(b *testing.B, n int) *sqlite.Store {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("sitrep-bench-%d-v5.db", n))
	if _, err := os.Stat(path); err != nil {
		tmp := path + ".building"
		os.Remove(tmp)
		s, err := sqlite.Open(tmp)
		if err != nil {
			b.Fatal(err)
		}
		rng := rand.New(rand.NewPCG(1, 2))
		batch := &sitrep.Batch{}
		for i := range n {
			batch.Documents = append(batch.Documents, syntheticDoc(b, i, rng))
			if len(batch.Documents) == 1000 || i == n-1 {
				if err := s.Commit(context.Background(), batch); err != nil {
					b.Fatal(err)
				}
				batch.Documents = batch.Documents[:0]
			}
		}
		s.Close()
		if err := os.Rename(tmp, path); err != nil {
			b.Fatal(err)
		}
	}
	return MustOpen(b, path)
}

var (
	benchCountries = []struct {
		code     string
		lat, lon float64
	}{{"SY", 35, 38}, {"IQ", 33, 44}, {"AF", 34, 67}, {"YE", 15, 48}, {"UA", 49, 32}, {"SD", 15, 30},
		{"ML", 17, -4}, {"NG", 9, 8}, {"SO", 5, 46}, {"LY", 27, 17}, {"MM", 21, 96}, {"CD", -2, 23}}
	benchWords = strings.Fields("army rebels village strike shelling protest police talks ceasefire " +
		"ministry convoy drone market checkpoint border camp hospital school bridge airport")
	benchActors = []string{"SYRMIL", "USAMIL", "RUSMIL", "IRQGOV", "REB", "CVL", "UAFMIL", "POL"}
)

// syntheticDoc makes article i: a few sentences of news words, and three
// events with places, dates, actors and figures drawn from rng.
func syntheticDoc(b *testing.B, i int, rng *rand.Rand) *sitrep.Document {
	var text strings.Builder
	for range 60 {
		text.WriteString(benchWords[rng.IntN(len(benchWords))])
		text.WriteByte(' ')
	}
	if i%1000 == 0 {
		text.WriteString("zanzibarite ") // a rare word for full-text queries
	}
	fmt.Fprintf(&text, "article %d.", i)
	published := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(rng.IntN(3*365*24)) * time.Hour)
	doc := sitrep.NewDocument(text.String(), sitrep.Metadata{Source: fmt.Sprintf("Source%d", rng.IntN(50)),
		Title: fmt.Sprintf("Article %d", i), Published: published, Language: "en"})
	for k := range 3 {
		c := benchCountries[rng.IntN(len(benchCountries))]
		start := k * 10
		span := sitrep.Span{Start: start, End: start + 3}
		doc.Mentions = append(doc.Mentions, sitrep.Mention{Span: span, Type: sitrep.ORG, Kind: sitrep.MentionName, Entity: k})
		doc.Entities = append(doc.Entities, sitrep.Entity{Type: sitrep.ORG, Name: k, Mentions: []int{k},
			Actor: benchActors[rng.IntN(len(benchActors))], Affiliation: -1})
		doc.Places = append(doc.Places, sitrep.Place{Span: span, Kind: sitrep.PlaceToponym, Mention: -1, Name: "Place" + c.code,
			Country: c.code, Lat: c.lat + rng.Float64()*4 - 2, Lon: c.lon + rng.Float64()*4 - 2, Precision: sitrep.PrecisionTown})
		doc.Figures = append(doc.Figures, sitrep.Figure{Span: span, Number: -1, Count: sitrep.Count{Min: rng.IntN(30), Max: 30},
			Unit: sitrep.UnitKilled, PartOf: -1})
		cat := sitrep.Categories()[rng.IntN(16)]
		doc.Events = append(doc.Events, sitrep.Event{Span: span, Category: cat, Modality: sitrep.Asserted,
			Actor: sitrep.Argument{Span: span, Mention: k, Entity: k}, Target: sitrep.Argument{Mention: -1, Entity: -1},
			Place: k, Date: sitrep.SentenceDate{Time: -1, Value: published.AddDate(0, 0, -rng.IntN(3)).Format("2006-01-02"),
				Precision: sitrep.TimeDay}, Dead: k, Injured: -1, Evidence: []sitrep.Span{span}})
	}
	return doc
}

// BenchmarkFindEvents runs filtered queries on a store of 100,000 articles
// (300,000 events).
func BenchmarkFindEvents(b *testing.B) {
	s := benchStore(b, 100_000)
	day := func(m time.Month, d int) time.Time { return time.Date(2022, m, d, 0, 0, 0, 0, time.UTC) }
	for _, q := range []struct {
		name   string
		filter sitrep.EventFilter
	}{
		{"country+type+month", sitrep.EventFilter{Country: "SY", Category: sitrep.ASSAULT, From: day(3, 1), To: day(3, 31), Limit: 100}},
		{"bbox+month", sitrep.EventFilter{BBox: &sitrep.BBox{MinLat: 33, MinLon: 36, MaxLat: 36, MaxLon: 39}, From: day(3, 1), To: day(3, 31), Limit: 100}},
		{"bbox+type", sitrep.EventFilter{BBox: &sitrep.BBox{MinLat: 33, MinLon: 36, MaxLat: 36, MaxLon: 39}, Category: sitrep.PROTEST, Limit: 100}},
		{"text+type", sitrep.EventFilter{Text: "zanzibarite", Category: sitrep.ASSAULT, Limit: 100}},
		{"text phrase", sitrep.EventFilter{Text: `"drone market"`, From: day(6, 1), To: day(6, 7), Limit: 100}},
		{"actor+source", sitrep.EventFilter{Actor: "RUSMIL", Source: "Source7", Limit: 100}},
		{"year, no limit", sitrep.EventFilter{Country: "YE", Category: sitrep.COERCE, From: day(1, 1), To: day(12, 31)}},
		{"first page", sitrep.EventFilter{Limit: 100}},
	} {
		b.Run(q.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				got, err := s.FindEvents(context.Background(), q.filter)
				if err != nil {
					b.Fatal(err)
				}
				n = len(got)
			}
			b.ReportMetric(float64(n), "events")
		})
	}
}
