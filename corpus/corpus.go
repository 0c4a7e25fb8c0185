// Package corpus reads collections of articles: files and directories of
// text and HTML, JSON and JSON Lines exports, RSS and Atom feeds, WARC web
// archives, URLs and standard input. Each reader yields Items, raw articles
// that ingest turns into Documents, and reports every unreadable article as
// an Item with an error, so that one bad record never stops a run.
//
// Ingest (ingest.go) runs the pipeline over the items in parallel and
// commits the results to a sitrep.Store through a single writer.
package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
)

// An Item is one article as read from a corpus, before extraction.
type Item struct {
	Name   string // where it came from: "dir/a.txt", "news.jsonl:17", "feed.xml#3", "crawl.warc.gz@1234"
	Data   []byte // the article: plain text or HTML, per Format
	Format ingest.Format
	Meta   sitrep.Metadata
	Err    error // why the article could not be read; Data is then nil
}

// Errors that classify unreadable items, beside ingest.ErrTooLarge,
// ingest.ErrBinary and ingest.ErrEmpty.
var (
	ErrInvalidUTF8 = errors.New("corpus: text is not valid UTF-8")
	ErrTruncated   = errors.New("corpus: compressed input is truncated or corrupt")
	ErrBadFeed     = errors.New("corpus: not a readable RSS or Atom feed")
	ErrBadArchive  = errors.New("corpus: not a readable WARC archive")
	ErrBadJSON     = errors.New("corpus: invalid JSON record")
	ErrNoMatch     = errors.New("corpus: no file matches")
	ErrFetch       = errors.New("corpus: cannot fetch URL")
)

// Fields names the JSON fields of an article record. Empty names take the
// defaults: text, title, url, published, source.
type Fields struct {
	Text, Title, URL, Published, Source string
}

func (f Fields) withDefaults() Fields {
	def := func(s *string, d string) {
		if *s == "" {
			*s = d
		}
	}
	def(&f.Text, "text")
	def(&f.Title, "title")
	def(&f.URL, "url")
	def(&f.Published, "published")
	def(&f.Source, "source")
	return f
}

// Config tunes the readers. The zero value is ready to use.
type Config struct {
	// MaxBytes is the largest article accepted; 0 means ingest.MaxBytes.
	MaxBytes int64
	// Fields names the fields of JSON records.
	Fields Fields
	// Client fetches URLs; nil means a client with a 30 s timeout.
	Client *http.Client
	// Stdin is read for the input "-"; nil means os.Stdin.
	Stdin io.Reader
	// Meta fills in what the articles themselves do not say.
	Meta sitrep.Metadata
}

func (c Config) withDefaults() Config {
	if c.MaxBytes <= 0 {
		c.MaxBytes = ingest.MaxBytes
	}
	c.Fields = c.Fields.withDefaults()
	if c.Client == nil {
		c.Client = &http.Client{Timeout: 30 * time.Second}
	}
	if c.Stdin == nil {
		c.Stdin = os.Stdin
	}
	return c
}

// maxContainerBytes bounds a feed, which is parsed whole in memory.
const maxContainerBytes = 256 << 20

// Read returns every item in inputs, in order. An input is a file, a
// directory (walked recursively, in lexical order), a glob pattern, an
// http(s) URL of a feed or a page, or "-" for standard input.
func Read(ctx context.Context, inputs []string, cfg Config) iter.Seq[Item] {
	cfg = cfg.withDefaults()
	return func(yield func(Item) bool) {
		r := reader{cfg: cfg, ctx: ctx, yield: yield}
		for _, in := range inputs {
			if !r.input(in) {
				return
			}
		}
	}
}

// ReadFrom returns every item in one stream, choosing the reader by the
// extension of name ("news.jsonl", "crawl.warc.gz") or else by the content.
func ReadFrom(ctx context.Context, name string, in io.Reader, cfg Config) iter.Seq[Item] {
	cfg = cfg.withDefaults()
	return func(yield func(Item) bool) {
		r := reader{cfg: cfg, ctx: ctx, yield: yield}
		r.stream(name, strings.ToLower(filepath.Base(name)), in, 0)
	}
}

// reader carries one Read call; its methods return false when the consumer
// stops or the context ends.
type reader struct {
	cfg   Config
	ctx   context.Context
	yield func(Item) bool
}

func (r *reader) emit(it Item) bool {
	if r.ctx.Err() != nil {
		return false
	}
	if it.Err == nil {
		it.Meta = it.Meta.Fill(r.cfg.Meta)
	}
	return r.yield(it)
}

func (r *reader) fail(name string, err error) bool {
	return r.emit(Item{Name: name, Err: err})
}

func (r *reader) input(in string) bool {
	switch {
	case in == "-":
		return r.stream("-", "", r.cfg.Stdin, 0)
	case strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://"):
		return r.url(in)
	case strings.ContainsAny(in, "*?["):
		matches, err := filepath.Glob(in)
		if err != nil {
			return r.fail(in, err)
		}
		if len(matches) == 0 {
			return r.fail(in, ErrNoMatch)
		}
		sort.Strings(matches)
		for _, m := range matches {
			if !r.path(m) {
				return false
			}
		}
		return true
	}
	return r.path(in)
}

func (r *reader) path(p string) bool {
	info, err := os.Stat(p)
	if err != nil {
		return r.fail(p, err)
	}
	if !info.IsDir() {
		return r.file(p, info.Size())
	}
	ok := true
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			ok = r.fail(path, err)
		} else if !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
			var size int64
			if info, err := d.Info(); err == nil {
				size = info.Size()
			}
			ok = r.file(path, size)
		} else if d.IsDir() && path != p && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir // .git and the like
		}
		if !ok {
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil {
		return r.fail(p, err)
	}
	return ok
}

func (r *reader) file(path string, size int64) bool {
	f, err := os.Open(path)
	if err != nil {
		return r.fail(path, err)
	}
	defer f.Close()
	return r.stream(path, strings.ToLower(filepath.Base(path)), f, size)
}

func (r *reader) url(u string) bool {
	req, err := http.NewRequestWithContext(r.ctx, http.MethodGet, u, nil)
	if err != nil {
		return r.fail(u, err)
	}
	req.Header.Set("User-Agent", "sitrep (+https://github.com/sitrep-dev/sitrep)")
	resp, err := r.cfg.Client.Do(req)
	if err != nil {
		return r.fail(u, fmt.Errorf("%w: %v", ErrFetch, err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return r.fail(u, fmt.Errorf("%w: %s", ErrFetch, resp.Status))
	}
	kind := ""
	ct := strings.ToLower(resp.Header.Get("Content-Type"))
	switch {
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom"):
		kind = "feed.xml"
	case strings.Contains(ct, "html"):
		kind = "page.html"
	}
	save := r.cfg.Meta
	if r.cfg.Meta.URL == "" && kind != "feed.xml" {
		r.cfg.Meta.URL = u
	}
	ok := r.stream(u, kind, resp.Body, resp.ContentLength)
	r.cfg.Meta = save
	return ok
}

// stream reads one input, choosing the reader by its (lower-case) base
// name and, when that says nothing, by its content. Gzip is undone first,
// except for WARC, whose records are compressed one by one.
func (r *reader) stream(name, base string, in io.Reader, size int64) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	head, _ := br.Peek(512)
	if isGzip(head) {
		inner := strings.TrimSuffix(base, ".gz")
		if strings.HasSuffix(inner, ".warc") || gzipHead(head, br) {
			return r.warc(name, br)
		}
		zr, err := gzip.NewReader(br)
		if err != nil {
			return r.fail(name, fmt.Errorf("%w: %v", ErrTruncated, err))
		}
		defer zr.Close()
		return r.stream(name, inner, zr, 0)
	}
	switch ext := filepath.Ext(base); {
	case ext == ".jsonl" || ext == ".ndjson":
		return r.jsonLines(name, br)
	case ext == ".json":
		return r.json(name, br)
	case ext == ".warc":
		return r.warc(name, br)
	case ext == ".rss" || ext == ".atom" || ext == ".xml":
		return r.feed(name, br)
	case ext == ".txt" || ext == ".text" || ext == ".md":
		return r.article(name, br, ingest.FormatText, size)
	case ext == ".html" || ext == ".htm" || ext == ".xhtml":
		return r.article(name, br, ingest.FormatHTML, size)
	}
	switch kind := sniff(head); kind {
	case "warc":
		return r.warc(name, br)
	case "feed":
		return r.feed(name, br)
	case "jsonl":
		return r.jsonLines(name, br)
	}
	return r.article(name, br, ingest.FormatAuto, size)
}

func isGzip(head []byte) bool { return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b }

// gzipHead reports whether the gzip stream in br starts with a WARC record.
func gzipHead(head []byte, br *bufio.Reader) bool {
	all, _ := br.Peek(64 << 10)
	zr, err := gzip.NewReader(bytes.NewReader(all))
	if err != nil {
		return false
	}
	buf := make([]byte, 5)
	n, _ := io.ReadFull(zr, buf)
	return string(buf[:n]) == "WARC/"
}

// sniff guesses a container format from the first bytes of an input.
func sniff(head []byte) string {
	h := bytes.TrimLeft(head, " \t\r\n\ufeff")
	switch {
	case bytes.HasPrefix(h, []byte("WARC/")):
		return "warc"
	case bytes.HasPrefix(h, []byte("{")):
		return "jsonl"
	}
	lower := bytes.ToLower(h)
	if bytes.HasPrefix(lower, []byte("<?xml")) || bytes.HasPrefix(lower, []byte("<rss")) || bytes.HasPrefix(lower, []byte("<feed")) {
		if bytes.Contains(lower, []byte("<rss")) || bytes.Contains(lower, []byte("<feed")) || bytes.Contains(lower, []byte("<rdf:rdf")) {
			return "feed"
		}
	}
	return ""
}

// article reads one whole input as a single article.
func (r *reader) article(name string, in io.Reader, format ingest.Format, size int64) bool {
	if size > r.cfg.MaxBytes {
		return r.fail(name, fmt.Errorf("%w: %d bytes, limit %d", ingest.ErrTooLarge, size, r.cfg.MaxBytes))
	}
	data, err := io.ReadAll(io.LimitReader(in, r.cfg.MaxBytes+1))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
			err = fmt.Errorf("%w: %v", ErrTruncated, err)
		}
		return r.fail(name, err)
	}
	if int64(len(data)) > r.cfg.MaxBytes {
		return r.fail(name, fmt.Errorf("%w: limit %d bytes", ingest.ErrTooLarge, r.cfg.MaxBytes))
	}
	return r.emit(Item{Name: name, Data: data, Format: format})
}
