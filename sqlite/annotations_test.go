package sqlite

import (
	"bytes"
	"encoding/json"
	"math"
	"reflect"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/internal/storetest"
)

// trickyStrings are strings whose JSON escaping differs between encoders:
// HTML characters, control characters, invalid UTF-8, line separators.
var trickyStrings = []string{"plain", `quote " and \ backslash`, "<b>&amp;</b>", "tab\tnew\nline\r\b\f\x00\x1f\x7f",
	"bad \xff\xfe utf8", "sep \u2028 \u2029", "Deir ez-Zor — دير الزور", "", "😀 emoji"}

// fill sets every exported field reachable from v to a value that is not
// zero, drawn from n, so that a field the JSON writer leaves out changes
// its output; slices get two elements, so that separators are checked.
func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(trickyStrings[*n%len(trickyStrings)] + string(rune('a'+*n%26)))
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(*n * 37 % 1000))
		if *n%5 == 0 {
			v.SetInt(-int64(*n))
		}
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(*n % 200))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Float64:
		fs := []float64{35.123456789, -0.5, 1e-7, 2.5e21, 123456789012345678, 0.1 + 0.2, -1e-300}
		v.SetFloat(fs[*n%len(fs)])
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), n)
		}
		v.Set(s)
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		fill(p.Elem(), n)
		v.Set(p)
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			zone := time.FixedZone("X", 5*3600+30*60)
			v.Set(reflect.ValueOf(time.Date(2017, 10, 23, 13, 4, 5, *n*1000, zone)))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	default:
		panic("fill: unhandled kind " + v.Kind().String())
	}
}

func encodingJSONDocument(t *testing.T, doc *sitrep.Document) ([]byte, error) {
	t.Helper()
	c := *doc
	c.Text = ""
	c.Tokens = nil
	var buf bytes.Buffer
	err := json.NewEncoder(&buf).Encode(&c)
	return buf.Bytes(), err
}

// TestAnnotationsJSONMatchesEncodingJSON checks that the JSON of
// annotations and of reports is encoding/json's, byte for byte, for
// documents and reports with every field set, with none, and as real
// extraction makes them; and that what the writer leaves to encoding/json
// fails as encoding/json fails.
func TestAnnotationsJSONMatchesEncodingJSON(t *testing.T) {
	full := new(sitrep.Document)
	n := 0
	fill(reflect.ValueOf(full).Elem(), &n)
	docs := map[string]*sitrep.Document{"every field": full, "no field": {}, "article": storetest.Article(t, "", "https://example.com/a"),
		"protest": storetest.Protest(t)}
	for name, doc := range docs {
		want, wantErr := encodingJSONDocument(t, doc)
		got, err := documentJSON(nil, doc)
		if wantErr != nil || err != nil {
			t.Fatalf("%s: errors %v, %v", name, wantErr, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: JSON differs from encoding/json's:\n got %s\nwant %s", name, got, want)
		}
		if got, ok := appendDocumentJSON(nil, doc); !ok || !bytes.Equal(got, want) {
			t.Errorf("%s: appendDocumentJSON left it to encoding/json (%v) or differs", name, !ok)
		}
	}

	var reports []sitrep.Report
	n = 0
	fill(reflect.ValueOf(&reports).Elem(), &n)
	reports = append(reports, sitrep.Report{Claims: []sitrep.ReportClaim{{}}}, sitrep.Report{Claims: []sitrep.ReportClaim{}})
	for _, list := range [][]sitrep.Report{reports, nil, {}} {
		want, _ := json.Marshal(list)
		got, err := reportsJSON(list)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("reports: JSON differs from encoding/json's (error %v):\n got %s\nwant %s", err, got, want)
		}
	}

	// What encoding/json refuses, documentJSON refuses too.
	for name, spoil := range map[string]func(*sitrep.Document){
		"NaN":        func(d *sitrep.Document) { d.Places[0].Lat = math.NaN() },
		"infinity":   func(d *sitrep.Document) { d.Places[1].Score = math.Inf(-1) },
		"year 10000": func(d *sitrep.Document) { d.Meta.Published = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) },
	} {
		doc := *full
		doc.Places = append([]sitrep.Place(nil), full.Places...)
		spoil(&doc)
		if _, ok := appendDocumentJSON(nil, &doc); ok {
			t.Errorf("%s: appendDocumentJSON wrote what encoding/json refuses", name)
		}
		_, wantErr := encodingJSONDocument(t, &doc)
		if _, err := documentJSON(nil, &doc); err == nil || wantErr == nil || err.Error() != wantErr.Error() {
			t.Errorf("%s: error %v, want encoding/json's %v", name, err, wantErr)
		}
	}
}
