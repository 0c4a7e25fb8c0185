package corpus

import (
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/nlnwa/gowarc/v3"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
)

// warc reads a WARC file, compressed or not, and yields the HTML payload of
// every successful response record. Other records (requests, metadata,
// images, redirects) are skipped silently: they are not articles.
func (r *reader) warc(name string, in io.Reader) bool {
	wf, err := gowarc.NewWarcFileReaderFromStream(in, 0,
		// Syntax findings are collected, not fatal, so that a truncated
		// record can be told apart (see truncation); other findings, such as
		// missing fields, do not matter.
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn), gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithUnknownRecordTypePolicy(gowarc.ErrIgnore), gowarc.WithBlockErrorPolicy(gowarc.ErrWarn),
		gowarc.WithBufferMaxMemBytes(r.cfg.MaxBytes))
	if err != nil {
		return r.fail(name, fmt.Errorf("%w: %v", ErrBadArchive, err))
	}
	defer wf.Close()
	records := 0
	for {
		rec, err := wf.Next()
		if err == io.EOF {
			if records == 0 {
				return r.fail(name, fmt.Errorf("%w: no records", ErrBadArchive))
			}
			return true
		}
		if err != nil {
			rec.Close()
			// The reader cannot resynchronize after a broken record.
			return r.fail(fmt.Sprintf("%s@%d", name, rec.Offset), fmt.Errorf("%w: %v", ErrBadArchive, readError(err)))
		}
		records++
		if rec.WarcRecord == nil {
			continue
		}
		if bad := truncation(rec.Validation); bad != nil {
			rec.Close()
			if !r.fail(fmt.Sprintf("%s@%d", name, rec.Offset), fmt.Errorf("%w: truncated record: %v", ErrBadArchive, bad)) {
				return false
			}
			continue
		}
		item, ok := r.warcItem(fmt.Sprintf("%s@%d", name, rec.Offset), rec.WarcRecord)
		rec.Close()
		if ok && !r.emit(item) {
			return false
		}
	}
}

// warcItem returns the article in an HTML response record; ok is false for
// records that hold none.
func (r *reader) warcItem(name string, wr gowarc.WarcRecord) (item Item, ok bool) {
	if wr.Type() != gowarc.Response {
		return Item{}, false
	}
	block, isHTTP := wr.Block().(gowarc.HttpResponseBlock)
	if !isHTTP || block.HttpStatusCode() != 200 {
		return Item{}, false
	}
	if h := block.HttpHeader(); h != nil {
		media, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
		if media != "" && media != "text/html" && media != "application/xhtml+xml" {
			return Item{}, false
		}
	}
	payload, err := block.PayloadBytes()
	if err != nil {
		return Item{Name: name, Err: fmt.Errorf("%w: %v", ErrBadArchive, err)}, true
	}
	data, err := io.ReadAll(io.LimitReader(payload, r.cfg.MaxBytes+1))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("%w: %v", ErrTruncated, err)
		}
		return Item{Name: name, Err: err}, true
	}
	if int64(len(data)) > r.cfg.MaxBytes {
		return Item{Name: name, Err: fmt.Errorf("%w: limit %d bytes", ingest.ErrTooLarge, r.cfg.MaxBytes)}, true
	}
	// The record's date is the crawl time, not the publication time, so
	// it is left to the page's own metadata.
	meta := sitrep.Metadata{URL: strings.Trim(wr.WarcHeader().Get(gowarc.WarcTargetURI), "<>")}
	return Item{Name: name, Data: data, Format: ingest.FormatHTML, Meta: meta}, true
}

// truncation returns the finding that shows a record was cut short, or nil.
func truncation(findings []error) error {
	for _, err := range findings {
		msg := err.Error()
		if strings.Contains(msg, "content length mismatch") || strings.Contains(msg, "end of record marker") {
			return err
		}
	}
	return nil
}
