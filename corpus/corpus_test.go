package corpus_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/corpus"
	"github.com/sitrep-dev/sitrep/ingest"
)

// article returns a plain-text article long enough for every reader.
func article(n int) string {
	return fmt.Sprintf("BEIRUT (Reuters) - Story number %d. Syrian troops advanced on the town on Monday, "+
		"the army said in a statement carried by the state news agency.\n\n"+
		"Residents said the fighting had forced hundreds of families to flee toward the border.", n)
}

// page returns an HTML page whose main text the extractor keeps.
func page(n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>Story %d</title></head><body><article><h1>Story %d</h1>", n, n)
	for i := range 5 {
		fmt.Fprintf(&b, "<p>Paragraph %d of story %d. Syrian troops advanced on the town on Monday, the army said in "+
			"a statement carried by the state news agency, and residents described heavy shelling overnight.</p>", i, n)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

// warcRecord returns one WARC response record holding an HTTP response.
func warcRecord(uri, contentType, body string) string {
	http := "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n\r\n" + body
	return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\n" +
		"WARC-Date: 2024-03-14T09:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + fmt.Sprintf("%08d", len(uri)) + "-0000-0000-0000-000000000000>\r\n" +
		"Content-Type: application/http; msgtype=response\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n", len(http)) + http + "\r\n\r\n"
}

func gz(t testing.TB, parts ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, p := range parts { // one gzip member each, as WARC.gz has
		zw := gzip.NewWriter(&b)
		zw.Write([]byte(p))
		zw.Close()
	}
	return b.Bytes()
}

func write(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>First</title><link>https://example.org/1</link><pubDate>Thu, 14 Mar 2024 09:00:00 GMT</pubDate>
<description>Syrian troops advanced on the town on Monday, the army said.</description></item>
<item><title>Empty</title><link>https://example.org/2</link></item>
</channel></rss>`

const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title>
<entry><title>Second</title><link href="https://example.org/3"/><updated>2024-03-15T10:00:00Z</updated>
<content type="html">&lt;p&gt;Protesters marched in Kabul on Friday, witnesses said.&lt;/p&gt;</content></entry></feed>`

// outcome summarizes one item for comparison: "ok" with its metadata, or
// the reason it failed.
type outcome struct {
	name, result string
}

func collect(t *testing.T, inputs []string, cfg corpus.Config) []outcome {
	t.Helper()
	var out []outcome
	for it := range corpus.Read(t.Context(), inputs, cfg) {
		if (it.Err == nil) == (it.Data == nil) {
			t.Errorf("item %s: Err %v with %d bytes of data; want exactly one", it.Name, it.Err, len(it.Data))
		}
		res := "ok"
		if it.Err != nil {
			res = corpus.Reason(it.Err)
		} else if doc, err := corpus.Document(it); err != nil {
			res = corpus.Reason(err)
		} else {
			m := doc.Meta
			res = fmt.Sprintf("ok %q %q %q", m.Source, m.URL, m.Title)
			if !m.Published.IsZero() {
				res += " " + m.Published.Format("2006-01-02")
			}
		}
		out = append(out, outcome{filepath.Base(it.Name), res})
	}
	return out
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	jsonl := `{"text": "` + strings.ReplaceAll(article(1), "\n", `\n`) + `", "title": "One", "url": "https://example.org/a", "published": "2024-03-14"}
not json
{"title": "no text"}
{"body": "ignored", "text": "Short but fine text about talks in Geneva, officials said.", "published": 1710406800}
`
	tests := []struct {
		name  string
		files map[string][]byte
		input string // relative to the test directory
		cfg   corpus.Config
		want  []outcome
	}{
		{"text", map[string][]byte{"a.txt": []byte(article(1))}, "a.txt", corpus.Config{},
			[]outcome{{"a.txt", `ok "Reuters" "" ""`}}},
		{"html", map[string][]byte{"a.html": []byte(page(1))}, "a.html", corpus.Config{},
			[]outcome{{"a.html", `ok "" "" "Story 1"`}}},
		{"jsonl", map[string][]byte{"n.jsonl": []byte(jsonl)}, "n.jsonl", corpus.Config{}, []outcome{
			{"n.jsonl:1", `ok "Reuters" "https://example.org/a" "One" 2024-03-14`},
			{"n.jsonl:2", "invalid JSON"},
			{"n.jsonl:3", "no text"},
			{"n.jsonl:4", `ok "" "" "" 2024-03-14`},
		}},
		{"jsonl fields", map[string][]byte{"n.jsonl": []byte(`{"body": "Troops advanced on Monday, the army said.", "headline": "H"}`)},
			"n.jsonl", corpus.Config{Fields: corpus.Fields{Text: "body", Title: "headline"}},
			[]outcome{{"n.jsonl:1", `ok "" "" "H"`}}},
		{"json array", map[string][]byte{"a.json": []byte(`[{"text": "One story, officials said."}, {"text": 3}]`)}, "a.json", corpus.Config{},
			[]outcome{{"a.json#0", `ok "" "" ""`}, {"a.json#1", "no text"}}},
		{"json broken", map[string][]byte{"a.json": []byte(`[{"text": "One story."}, {"text": `)}, "a.json", corpus.Config{},
			[]outcome{{"a.json#0", `ok "" "" ""`}, {"a.json#1", "invalid JSON"}}},
		{"rss", map[string][]byte{"wire.xml": []byte(rss)}, "wire.xml", corpus.Config{}, []outcome{
			{"wire.xml#0", `ok "Wire" "https://example.org/1" "First" 2024-03-14`},
			{"wire.xml#1", "no text"},
		}},
		{"atom sniffed", map[string][]byte{"agency.feed": []byte(atom)}, "agency.feed", corpus.Config{}, []outcome{
			{"agency.feed#0", `ok "Agency" "https://example.org/3" "Second" 2024-03-15`},
		}},
		{"broken feed", map[string][]byte{"bad.rss": []byte(`<rss><channel><item><title>x`)}, "bad.rss", corpus.Config{},
			[]outcome{{"bad.rss", "broken feed"}}},
		{"warc", map[string][]byte{"crawl.warc": []byte(
			warcRecord("https://example.org/s1", "text/html; charset=utf-8", page(1)) +
				warcRecord("https://example.org/logo.png", "image/png", "\x89PNG") +
				warcRecord("https://example.org/s2", "text/html", page(2)))}, "crawl.warc", corpus.Config{},
			nil},
		{"warc.gz", map[string][]byte{"crawl.warc.gz": gz(t,
			warcRecord("https://example.org/s1", "text/html", page(1)),
			warcRecord("https://example.org/s2", "text/html", page(2)))}, "crawl.warc.gz", corpus.Config{},
			nil},
		{"broken warc", map[string][]byte{"bad.warc": []byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nshort")}, "bad.warc", corpus.Config{},
			[]outcome{{"bad.warc@0", "broken archive"}}},
		{"gzip text", map[string][]byte{"a.txt.gz": gz(t, article(1))}, "a.txt.gz", corpus.Config{},
			[]outcome{{"a.txt.gz", `ok "Reuters" "" ""`}}},
		{"truncated gzip", map[string][]byte{"a.jsonl.gz": gz(t, strings.Repeat(`{"text": "Troops advanced, the army said."}`+"\n", 2000))[:300]},
			"a.jsonl.gz", corpus.Config{}, nil},
		{"too large", map[string][]byte{"big.txt": []byte(strings.Repeat(article(1), 10))}, "big.txt", corpus.Config{MaxBytes: 1000},
			[]outcome{{"big.txt", "too large"}}},
		{"binary", map[string][]byte{"x.txt": []byte("\x00\x01\x02ELF\x00\x00" + strings.Repeat("\x00", 100))}, "x.txt", corpus.Config{},
			[]outcome{{"x.txt", "binary"}}},
		{"invalid utf-8", map[string][]byte{"latin1.txt": []byte("Troops advanced on the caf\xe9 on Monday, the army said.")}, "latin1.txt", corpus.Config{},
			[]outcome{{"latin1.txt", "invalid UTF-8"}}},
		{"empty", map[string][]byte{"e.txt": []byte(" \n\n ")}, "e.txt", corpus.Config{},
			[]outcome{{"e.txt", "no text"}}},
		{"directory", map[string][]byte{"d/b.txt": []byte(article(2)), "d/a.txt": []byte(article(1)),
			"d/sub/c.html": []byte(page(3)), "d/.hidden/x.txt": []byte(article(4)), "d/.DS_Store": []byte("junk")}, "d", corpus.Config{},
			[]outcome{{"a.txt", `ok "Reuters" "" ""`}, {"b.txt", `ok "Reuters" "" ""`}, {"c.html", `ok "" "" "Story 3"`}}},
		{"glob", map[string][]byte{"g/1.txt": []byte(article(1)), "g/2.txt": []byte(article(2)), "g/3.html": []byte(page(3))}, "g/*.txt", corpus.Config{},
			[]outcome{{"1.txt", `ok "Reuters" "" ""`}, {"2.txt", `ok "Reuters" "" ""`}}},
		{"glob no match", nil, "nothing/*.txt", corpus.Config{}, []outcome{{"*.txt", "no file matches"}}},
		{"missing", nil, "missing.txt", corpus.Config{}, []outcome{{"missing.txt", "not found"}}},
		{"defaults", map[string][]byte{"a.txt": []byte(article(1))}, "a.txt",
			corpus.Config{Meta: metaWith("AFP", "2024-01-02")}, []outcome{{"a.txt", `ok "AFP" "" "" 2024-01-02`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "-"))
			for name, data := range tt.files {
				write(t, dir, name, data)
			}
			got := collect(t, []string{filepath.Join(dir, tt.input)}, tt.cfg)
			switch tt.name {
			case "warc":
				// The image record is skipped; both pages are read.
				if len(got) != 2 || !strings.HasPrefix(got[0].result, "ok") || !strings.Contains(got[1].result, `"https://example.org/s2" "Story 2"`) {
					t.Errorf("Read(warc) = %v, want two pages", got)
				}
				return
			case "warc.gz":
				if len(got) != 2 || !strings.Contains(got[1].result, `"https://example.org/s2" "Story 2"`) {
					t.Errorf("Read(warc.gz) = %v, want two pages", got)
				}
				return
			case "truncated gzip":
				last := got[len(got)-1]
				if len(got) < 2 || last.result != "truncated or corrupt compression" {
					t.Errorf("Read(truncated gzip) = %d items ending %v; want the records before the cut, then a truncation error", len(got), last)
				}
				for _, o := range got[:len(got)-1] {
					if !strings.HasPrefix(o.result, "ok") {
						t.Errorf("Read(truncated gzip): %v before the cut, want ok", o)
					}
				}
				return
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Read(%s) =\n%v\nwant\n%v", tt.input, got, tt.want)
			}
		})
	}
}

func metaWith(source, day string) (m sitrep.Metadata) {
	m.Source = source
	m.Published, _ = time.Parse("2006-01-02", day)
	return m
}

func TestReadStdin(t *testing.T) {
	for _, tt := range []struct {
		name, in string
		want     int
	}{
		{"text", article(1), 1},
		{"jsonl", `{"text": "One, officials said."}` + "\n" + `{"text": "Two, officials said."}`, 2},
		{"feed", rss, 2},
		{"gzip jsonl", string(gz(t, `{"text": "One, officials said."}`+"\n")), 1},
		{"warc", warcRecord("https://example.org/s1", "text/html", page(1)), 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n := 0
			for range corpus.Read(t.Context(), []string{"-"}, corpus.Config{Stdin: strings.NewReader(tt.in)}) {
				n++
			}
			if n != tt.want {
				t.Errorf("Read(stdin %s) = %d items, want %d", tt.name, n, tt.want)
			}
		})
	}
}

func TestReadStopsWhenCanceled(t *testing.T) {
	dir := t.TempDir()
	for i := range 20 {
		write(t, dir, fmt.Sprintf("%02d.txt", i), []byte(article(i)))
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	n := 0
	for range corpus.Read(ctx, []string{dir}, corpus.Config{}) {
		n++
		if n == 5 {
			cancel()
		}
	}
	if n != 5 {
		t.Errorf("Read after cancel yielded %d items, want 5", n)
	}
}

func TestDetectLanguage(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{article(1) + " " + article(2), "en"},
		{"Les troupes syriennes ont avancé lundi sur la ville, a indiqué l'armée dans un communiqué publié par l'agence de presse officielle. " +
			"Les habitants ont déclaré que les combats avaient forcé des centaines de familles à fuir vers la frontière.", "fr"},
		{"Die syrischen Truppen sind am Montag auf die Stadt vorgerückt, teilte die Armee in einer Erklärung mit, die von der staatlichen Nachrichtenagentur verbreitet wurde. " +
			"Anwohner sagten, die Kämpfe hätten Hunderte Familien zur Flucht in Richtung Grenze gezwungen.", "de"},
		{"تقدمت القوات السورية يوم الاثنين نحو المدينة، حسبما ذكر الجيش في بيان نقلته وكالة الأنباء الرسمية، وقال السكان إن القتال أجبر مئات العائلات على الفرار.", "ar"},
	} {
		if got := corpus.DetectLanguage(tt.text); got != tt.want {
			t.Errorf("DetectLanguage(%.30q...) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestReasons(t *testing.T) {
	for _, tt := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("x: %w", ingest.ErrTooLarge), "too large"},
		{ingest.ErrBinary, "binary"},
		{fmt.Errorf("%w: eof", corpus.ErrTruncated), "truncated or corrupt compression"},
		{errors.New("segment stage: boom"), "extraction failed"},
		{errors.New("something else"), "other"},
	} {
		if got := corpus.Reason(tt.err); got != tt.want {
			t.Errorf("Reason(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestReadURL(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, rss)
		case "/story":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page(7))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	got := collect(t, []string{srv.URL + "/feed", srv.URL + "/story", srv.URL + "/gone"}, corpus.Config{})
	want := []outcome{
		{"feed#0", `ok "Wire" "https://example.org/1" "First" 2024-03-14`},
		{"feed#1", "no text"},
		{"story", `ok "` + strings.TrimPrefix(srv.URL, "http://") + `" "` + srv.URL + `/story" "Story 7"`}, // site name from the host
		{"gone", "fetch failed"},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Read(URLs) =\n%v\nwant\n%v", got, want)
	}
}
