package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
)

// jsonLines reads one JSON object per line. A bad line is reported as its
// own item and the next line is read.
func (r *reader) jsonLines(name string, in io.Reader) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	for line := 1; ; line++ {
		data, tooLong, err := readLine(br, r.cfg.MaxBytes)
		if err != nil && err != io.EOF {
			return r.fail(fmt.Sprintf("%s:%d", name, line), readError(err))
		}
		itemName := fmt.Sprintf("%s:%d", name, line)
		switch {
		case tooLong:
			if !r.fail(itemName, fmt.Errorf("%w: line over %d bytes", ingest.ErrTooLarge, r.cfg.MaxBytes)) {
				return false
			}
		case len(bytes.TrimSpace(data)) > 0:
			if !r.emit(r.record(itemName, data)) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// readLine reads one line, without its end, keeping at most limit bytes;
// tooLong reports that the line was longer and has been skipped.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if int64(len(line)+len(chunk)) > limit {
			tooLong = true
		} else {
			line = append(line, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			line = nil
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, err
	}
}

// json reads a JSON file: one object, an array of objects, or objects one
// after another.
func (r *reader) json(name string, in io.Reader) bool {
	dec := json.NewDecoder(io.LimitReader(in, maxContainerBytes))
	first, err := dec.Token()
	if err == io.EOF {
		return r.fail(name, ingest.ErrEmpty)
	}
	if err != nil {
		return r.fail(name, fmt.Errorf("%w: %v", ErrBadJSON, readError(err)))
	}
	if first == json.Delim('[') {
		for i := 0; dec.More(); i++ {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return r.fail(fmt.Sprintf("%s#%d", name, i), fmt.Errorf("%w: %v", ErrBadJSON, readError(err)))
			}
			if !r.emit(r.record(fmt.Sprintf("%s#%d", name, i), raw)) {
				return false
			}
		}
		return true
	}
	if first != json.Delim('{') {
		return r.fail(name, fmt.Errorf("%w: want an object or an array of objects", ErrBadJSON))
	}
	// Objects one after another: rewind by re-reading the rest as a stream.
	rest := io.MultiReader(strings.NewReader("{"), dec.Buffered(), in)
	return r.jsonLinesStream(name, rest)
}

// jsonLinesStream decodes concatenated objects, stopping at the first
// syntax error, after which the stream cannot be resynchronized.
func (r *reader) jsonLinesStream(name string, in io.Reader) bool {
	dec := json.NewDecoder(in)
	for i := 0; ; i++ {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF {
			return true
		}
		itemName := fmt.Sprintf("%s#%d", name, i)
		if err != nil {
			return r.fail(itemName, fmt.Errorf("%w: %v", ErrBadJSON, readError(err)))
		}
		if !r.emit(r.record(itemName, raw)) {
			return false
		}
	}
}

// record turns one JSON object into an item, by the configured field names.
func (r *reader) record(name string, data []byte) Item {
	if int64(len(data)) > r.cfg.MaxBytes {
		return Item{Name: name, Err: fmt.Errorf("%w: %d bytes, limit %d", ingest.ErrTooLarge, len(data), r.cfg.MaxBytes)}
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil {
		return Item{Name: name, Err: fmt.Errorf("%w: %v", ErrBadJSON, err)}
	}
	f := r.cfg.Fields
	text, ok := jsonString(obj[f.Text])
	if !ok || strings.TrimSpace(text) == "" {
		return Item{Name: name, Err: fmt.Errorf("%w: no string field %q", ingest.ErrEmpty, f.Text)}
	}
	var meta sitrep.Metadata
	meta.Title, _ = jsonString(obj[f.Title])
	meta.URL, _ = jsonString(obj[f.URL])
	meta.Source, _ = jsonString(obj[f.Source])
	if raw, ok := obj[f.Published]; ok {
		t, err := parseTime(raw)
		if err != nil {
			return Item{Name: name, Err: fmt.Errorf("%w: field %q: %v", ErrBadJSON, f.Published, err)}
		}
		meta.Published = t
	}
	return Item{Name: name, Data: []byte(text), Format: ingest.FormatAuto, Meta: meta}
}

func jsonString(raw json.RawMessage) (string, bool) {
	var s string
	if len(raw) == 0 || json.Unmarshal(raw, &s) != nil {
		return "", false
	}
	return s, true
}

// timeLayouts are the publication time formats accepted in records.
var timeLayouts = []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02 15:04",
	"2006-01-02", time.RFC1123Z, time.RFC1123, "20060102150405", "20060102"}

// parseTime reads a publication time: a string in one of timeLayouts, Unix
// seconds, or null.
func parseTime(raw json.RawMessage) (time.Time, error) {
	if string(raw) == "null" {
		return time.Time{}, nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		var n float64
		if err := json.Unmarshal(raw, &n); err != nil {
			return time.Time{}, errors.New("want a time string or Unix seconds")
		}
		return time.Unix(int64(n), 0).UTC(), nil
	}
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) == 10 {
		return time.Unix(n, 0).UTC(), nil
	}
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognized time %q", s)
}

// readError classifies an error from a (possibly gzipped) stream.
func readError(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || strings.Contains(err.Error(), "gzip") || strings.Contains(err.Error(), "flate") {
		return fmt.Errorf("%w: %v", ErrTruncated, err)
	}
	return err
}
