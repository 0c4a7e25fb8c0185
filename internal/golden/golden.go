// Package golden runs golden-file tests: one case per txtar archive holding an
// input article, its metadata and the expected output. Run tests with -update
// to rewrite the expected sections from the current output.
//
// An archive's sections are:
//
//	published      optional RFC 3339 or YYYY-MM-DD publication time
//	source, url    optional metadata given by the caller
//	article.txt    the article as plain text, or
//	article.html   the article as HTML
//	want.json      the expected output
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
)

var update = flag.Bool("update", false, "rewrite golden files with the current output")

// A Case is one golden archive.
type Case struct {
	Name    string
	Path    string
	Archive *txtar.Archive
}

// Cases loads every archive matching pattern, failing tb if there is none.
func Cases(tb testing.TB, pattern string) []*Case {
	tb.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatalf("golden: no files match %s", pattern)
	}
	var cases []*Case
	for _, p := range paths {
		a, err := txtar.ParseFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".txtar")
		cases = append(cases, &Case{Name: name, Path: p, Archive: a})
	}
	return cases
}

// Section returns the named section's data, or nil.
func (c *Case) Section(name string) []byte {
	for _, f := range c.Archive.Files {
		if f.Name == name {
			return f.Data
		}
	}
	return nil
}

// Input returns the article bytes and their format.
func (c *Case) Input(tb testing.TB) ([]byte, ingest.Format) {
	tb.Helper()
	if data := c.Section("article.html"); data != nil {
		return data, ingest.FormatHTML
	}
	if data := c.Section("article.txt"); data != nil {
		return data, ingest.FormatText
	}
	tb.Fatalf("%s: no article.txt or article.html section", c.Path)
	return nil, 0
}

// Meta returns the metadata sections as sitrep.Metadata.
func (c *Case) Meta(tb testing.TB) sitrep.Metadata {
	tb.Helper()
	var m sitrep.Metadata
	if p := strings.TrimSpace(string(c.Section("published"))); p != "" {
		for _, layout := range []string{time.RFC3339, "2006-01-02"} {
			if t, err := time.Parse(layout, p); err == nil {
				m.Published = t
				break
			}
		}
		if m.Published.IsZero() {
			tb.Fatalf("%s: bad published section %q", c.Path, p)
		}
	}
	m.Source = strings.TrimSpace(string(c.Section("source")))
	m.URL = strings.TrimSpace(string(c.Section("url")))
	return m
}

// Document reads the case's article into a Document.
func (c *Case) Document(tb testing.TB) *sitrep.Document {
	tb.Helper()
	data, format := c.Input(tb)
	doc, err := ingest.FromBytes(data, format, c.Meta(tb))
	if err != nil {
		tb.Fatalf("%s: %v", c.Path, err)
	}
	return doc
}

// CheckJSON compares got, encoded as indented JSON, with the named section.
// With -update it rewrites the section instead.
func (c *Case) CheckJSON(tb testing.TB, section string, got any) {
	tb.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(got); err != nil {
		tb.Fatal(err)
	}
	c.Check(tb, section, buf.Bytes())
}

// Check compares got with the named section, or rewrites it under -update.
func (c *Case) Check(tb testing.TB, section string, got []byte) {
	tb.Helper()
	if *update {
		c.set(section, got)
		if err := os.WriteFile(c.Path, txtar.Format(c.Archive), 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want := c.Section(section)
	if want == nil {
		tb.Fatalf("%s: no %s section; run the test with -update to write it", c.Path, section)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s: %s differs (run with -update to accept):\n%s", c.Path, section, diff(string(want), string(got)))
	}
}

func (c *Case) set(section string, data []byte) {
	for i := range c.Archive.Files {
		if c.Archive.Files[i].Name == section {
			c.Archive.Files[i].Data = data
			return
		}
	}
	c.Archive.Files = append(c.Archive.Files, txtar.File{Name: section, Data: data})
}

// diff returns the lines that differ, at most 40 of them, each marked with
// - (want) or + (got). It is a line-set difference, enough to see a change
// in a golden file without a diff library.
func diff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	i := 0
	for ; i < len(wl) && i < len(gl) && wl[i] == gl[i]; i++ {
	}
	for j := i; j < len(wl) && len(out) < 20; j++ {
		out = append(out, "- "+wl[j])
	}
	for j := i; j < len(gl) && len(out) < 40; j++ {
		out = append(out, "+ "+gl[j])
	}
	return strings.Join(out, "\n")
}
