package corpus

import (
	"fmt"
	"io"
	"strings"

	"github.com/mmcdole/gofeed"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
)

// feed reads an RSS, Atom or JSON feed: one item per entry, its full
// content if the feed carries it, else its description.
func (r *reader) feed(name string, in io.Reader) bool {
	f, err := gofeed.NewParser().Parse(io.LimitReader(in, maxContainerBytes))
	if err != nil {
		return r.fail(name, fmt.Errorf("%w: %v", ErrBadFeed, readError(err)))
	}
	for i, entry := range f.Items {
		if entry == nil {
			continue
		}
		itemName := fmt.Sprintf("%s#%d", name, i)
		body := entry.Content
		if strings.TrimSpace(body) == "" {
			body = entry.Description
		}
		if strings.TrimSpace(body) == "" {
			if !r.fail(itemName, fmt.Errorf("%w: feed entry has no content or description", ingest.ErrEmpty)) {
				return false
			}
			continue
		}
		if int64(len(body)) > r.cfg.MaxBytes {
			if !r.fail(itemName, fmt.Errorf("%w: %d bytes, limit %d", ingest.ErrTooLarge, len(body), r.cfg.MaxBytes)) {
				return false
			}
			continue
		}
		meta := sitrep.Metadata{Source: strings.TrimSpace(f.Title), URL: entry.Link, Title: strings.TrimSpace(entry.Title)}
		if entry.PublishedParsed != nil {
			meta.Published = entry.PublishedParsed.UTC()
		} else if entry.UpdatedParsed != nil {
			meta.Published = entry.UpdatedParsed.UTC()
		}
		format := ingest.FormatText
		data := []byte(body)
		if strings.Contains(body, "<") {
			// An HTML fragment: give the extractor a whole page around it.
			format = ingest.FormatHTML
			data = []byte("<html><head><title>" + htmlEscape(meta.Title) + "</title></head><body><article>" + body + "</article></body></html>")
		}
		if !r.emit(Item{Name: itemName, Data: data, Format: format, Meta: meta}) {
			return false
		}
	}
	return true
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
