package corpus_test

import (
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/corpus"
)

// fuzzReader checks, for any input under a file name, that reading never
// panics, that every item has either data or an error, and that every
// document made from an item holds its invariants.
func fuzzReader(f *testing.F, name string, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg := corpus.Config{MaxBytes: 1 << 16, Stdin: strings.NewReader("")}
		for it := range corpus.ReadFrom(t.Context(), name, strings.NewReader(string(data)), cfg) {
			if (it.Err == nil) == (it.Data == nil) {
				t.Fatalf("item %s: Err %v with %d bytes of data; want exactly one", it.Name, it.Err, len(it.Data))
			}
			if it.Err != nil {
				continue
			}
			doc, err := corpus.Document(it)
			if err != nil {
				continue
			}
			if err := doc.Check(); err != nil {
				t.Fatalf("item %s: %v", it.Name, err)
			}
		}
	})
}

func FuzzJSONLines(f *testing.F) {
	fuzzReader(f, "news.jsonl", `{"text": "Troops advanced, the army said.", "published": "2024-03-14"}`+"\n{bad\n",
		`{"text": 1}`, "\n\n", `{"text": "\u0000", "published": 99999999999}`)
}

func FuzzJSON(f *testing.F) {
	fuzzReader(f, "news.json", `[{"text": "One."}, {"text": "Two."}]`, `{"text": "One."} {"text": "Two."}`, `"x"`, `[`)
}

func FuzzFeed(f *testing.F) {
	fuzzReader(f, "wire.xml", rss, atom, `<rss><channel><item><description>&lt;p&gt;x</description></item></channel></rss>`)
}

func FuzzWARC(f *testing.F) {
	fuzzReader(f, "crawl.warc", warcRecord("https://example.org/a", "text/html", page(1)),
		"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nshort", "WARC/1.1\r\n\r\n")
}

func FuzzSniff(f *testing.F) {
	fuzzReader(f, "-", article(1), page(1), rss, `{"text": "x"}`, "WARC/1.0\r\n", "\x1f\x8b\x08\x00")
}
