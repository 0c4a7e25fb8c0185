// Package ingest turns raw input (plain text, HTML, standard input) into a
// *sitrep.Document: it reads within a size limit, rejects binary data with a
// clear error, extracts the main text and metadata from HTML with
// go-trafilatura, normalizes the text, joins the lines of hard-wrapped text,
// recognizes a wire dateline such as "BEIRUT, Oct 24 (Reuters) -", and
// reads the header above the story (a byline "By AFP", a date line
// "Published November 14, 2023"), which fill in the source and the time of
// publication when the caller gave none.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/markusmobius/go-trafilatura"

	"github.com/sitrep-dev/sitrep"
)

// MaxBytes is the default largest input ReadFile and Read accept. News
// articles are kilobytes; anything near this limit is almost surely not one.
const MaxBytes = 16 << 20

// Errors that classify unreadable input. Callers test them with errors.Is to
// report a reason per file and carry on.
var (
	ErrTooLarge = errors.New("ingest: input is larger than the size limit")
	ErrBinary   = errors.New("ingest: input looks binary, not text or HTML")
	ErrEmpty    = errors.New("ingest: input has no text")
)

// A Format is the kind of input a reader is given.
type Format uint8

const (
	FormatAuto Format = iota // decide from the file name, then the content
	FormatText
	FormatHTML
)

// ReadFile reads the article at path (or standard input if path is "-").
// Fields set in meta win over what the input itself says.
func ReadFile(path string, meta sitrep.Metadata) (*sitrep.Document, error) {
	var r io.Reader = os.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	format := FormatAuto
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		format = FormatHTML
	case ".txt", ".text":
		format = FormatText
	}
	doc, err := Read(r, format, meta, MaxBytes)
	if err != nil && path != "-" {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, err
}

// Read reads one article from r, at most limit bytes (0 means MaxBytes).
func Read(r io.Reader, format Format, meta sitrep.Metadata, limit int64) (*sitrep.Document, error) {
	if limit <= 0 {
		limit = MaxBytes
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("ingest: read: %w", err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, limit)
	}
	return FromBytes(data, format, meta)
}

// FromBytes makes a Document from data already in memory.
func FromBytes(data []byte, format Format, meta sitrep.Metadata) (*sitrep.Document, error) {
	if looksBinary(data) {
		return nil, ErrBinary
	}
	if format == FormatAuto {
		format = FormatText
		if looksHTML(data) {
			format = FormatHTML
		}
	}
	if format == FormatHTML {
		text, htmlMeta, err := extractHTML(data, meta.URL)
		if err != nil {
			return nil, err
		}
		meta = meta.Fill(htmlMeta)
		return FromText(text, meta)
	}
	return FromText(string(data), meta)
}

// FromText makes a Document from plain text, unwrapping it if its lines are
// hard-wrapped (see Unwrap), and recognizes its dateline and header.
func FromText(text string, meta sitrep.Metadata) (*sitrep.Document, error) {
	doc := sitrep.NewDocument(text, meta)
	if u := Unwrap(doc.Text); u != doc.Text {
		// Rare: only a wrapped text is made again, with its own hash.
		doc = sitrep.NewDocument(u, meta)
	}
	if strings.TrimSpace(doc.Text) == "" {
		return nil, ErrEmpty
	}
	h := readHeader(doc.Text)
	if dl, ok := findDateline(doc.Text, h); ok {
		doc.Meta.Dateline = dl
		if doc.Meta.Source == "" && !dl.Source.IsEmpty() {
			doc.Meta.Source = dl.Source.Text(doc)
			if h.publisher != "" && sameOutlet(doc.Meta.Source, h.publisher) {
				doc.Meta.Source = h.publisher // "(AP)" under "By THE ASSOCIATED PRESS": the byline's full name
			}
		}
	}
	if doc.Meta.Source == "" {
		doc.Meta.Source = h.publisher // "By AFP"
	}
	if doc.Meta.Published.IsZero() {
		doc.Meta.Published = h.published // "Published November 14, 2023"
	}
	if doc.Meta.Language == "" {
		doc.Meta.Language = "en"
	}
	return doc, nil
}

func extractHTML(data []byte, pageURL string) (string, sitrep.Metadata, error) {
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	if u, err := url.Parse(pageURL); err == nil && pageURL != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(data), opts)
	if err != nil {
		// go-trafilatura reports a page without main text only through
		// its message; classify it so callers see one reason for it.
		if strings.Contains(err.Error(), "not long enough") {
			return "", sitrep.Metadata{}, ErrEmpty
		}
		return "", sitrep.Metadata{}, fmt.Errorf("ingest: html: %w", err)
	}
	m := res.Metadata
	meta := sitrep.Metadata{Source: m.Sitename, URL: m.URL, Title: m.Title, Published: m.Date, Language: m.Language}
	text := res.ContentText
	if res.ContentNode != nil {
		text = nodeText(res.ContentNode)
	}
	if strings.TrimSpace(text) == "" {
		return "", meta, ErrEmpty
	}
	return text, meta, nil
}

// looksBinary reports whether data holds NUL bytes or is mostly not UTF-8
// text, as images, archives and executables are.
func looksBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		if r == utf8.RuneError && n <= 1 && len(head)-i >= utf8.UTFMax {
			bad++
		} else if r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f' {
			bad++
		}
		i += n
	}
	return bad*10 > len(head) // more than 10% of bytes are not text
}

// looksHTML reports whether data starts, after white space, like HTML.
func looksHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimSpace(data[:min(len(data), 1024)]))
	for _, p := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<?xml")} {
		if bytes.HasPrefix(head, p) {
			return true
		}
	}
	return bytes.HasPrefix(head, []byte("<")) && (bytes.Contains(head, []byte("<p")) || bytes.Contains(head, []byte("<div")))
}
