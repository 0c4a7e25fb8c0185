package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/incident"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// eventFlags are the filters shared by query and export.
type eventFlags struct {
	from, to, bbox, near, country, category, mode, actor, source, text string
	km                                                                 float64
	incident                                                           int64
	limit                                                              int
}

func (ef *eventFlags) add(f *pflag.FlagSet, limit int) {
	f.StringVar(&ef.from, "from", "", "events on or after this day, YYYY-MM-DD")
	f.StringVar(&ef.to, "to", "", "events on or before this day, YYYY-MM-DD")
	f.StringVar(&ef.bbox, "bbox", "", "events inside MINLON,MINLAT,MAXLON,MAXLAT (GeoJSON order)")
	f.StringVar(&ef.near, "near", "", "events near a place: a place name found in the database, or LAT,LON")
	f.Float64Var(&ef.km, "km", 50, "radius for --near, in km")
	f.StringVar(&ef.country, "country", "", "ISO 3166-1 alpha-2 country code of the event's place")
	f.StringVar(&ef.category, "type", "", "PLOVER event type: ASSAULT, PROTEST, ACCUSE, ...")
	f.StringVar(&ef.mode, "mode", "", "PLOVER mode: aerial, demonstrate, ...")
	f.StringVar(&ef.actor, "actor", "", "actor code (SYRGOV) or a word of the actor's name")
	f.StringVar(&ef.source, "source", "", "publisher, e.g. Reuters")
	f.StringVar(&ef.text, "text", "", `full-text query over titles and texts (FTS5: words, "a phrase", a OR b)`)
	f.Int64Var(&ef.incident, "incident", 0, "events of this incident")
	f.IntVar(&ef.limit, "limit", limit, "at most this many events; 0 for all")
}

// filter builds the store filter; near needs the store to find a place.
func (ef *eventFlags) filter(cmd *cobra.Command, store *sqlite.Store) (sitrep.EventFilter, func(sitrep.EventRecord) bool, error) {
	f := sitrep.EventFilter{Country: ef.country, Category: sitrep.Category(strings.ToUpper(ef.category)),
		Mode: ef.mode, Actor: ef.actor, Source: ef.source, Text: ef.text, Incident: ef.incident}
	keep := func(sitrep.EventRecord) bool { return true }
	var err error
	if f.From, err = parseDayFlag("--from", ef.from); err != nil {
		return f, nil, err
	}
	if f.To, err = parseDayFlag("--to", ef.to); err != nil {
		return f, nil, err
	}
	if ef.bbox != "" {
		v, err := parseFloats(ef.bbox, 4)
		if err != nil {
			return f, nil, usageError{fmt.Errorf("--bbox: %w", err)}
		}
		f.BBox = &sitrep.BBox{MinLon: v[0], MinLat: v[1], MaxLon: v[2], MaxLat: v[3]}
	}
	if ef.near != "" {
		lat, lon, err := resolveNear(cmd, store, ef.near)
		if err != nil {
			return f, nil, err
		}
		// The R*Tree narrows to a box around the circle; the exact
		// distance decides.
		dLat := ef.km / 111.2
		dLon := ef.km / (111.2 * math.Max(0.01, math.Cos(lat*math.Pi/180)))
		f.BBox = &sitrep.BBox{MinLat: lat - dLat, MaxLat: lat + dLat, MinLon: lon - dLon, MaxLon: lon + dLon}
		km := ef.km
		keep = func(r sitrep.EventRecord) bool { return incident.Distance(lat, lon, r.Lat, r.Lon) <= km }
	}
	if ef.near == "" {
		f.Limit = ef.limit
	}
	return f, keep, nil
}

// resolveNear reads LAT,LON or looks a place name up among stored places.
func resolveNear(cmd *cobra.Command, store *sqlite.Store, near string) (lat, lon float64, err error) {
	if v, err := parseFloats(near, 2); err == nil {
		return v[0], v[1], nil
	}
	p, err := store.FindPlace(cmd.Context(), near)
	if err != nil {
		return 0, 0, fmt.Errorf("--near %q: %w", near, err)
	}
	return p.Lat, p.Lon, nil
}

func parseDayFlag(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, usageError{fmt.Errorf("%s: want YYYY-MM-DD, got %q", flag, s)}
	}
	return t, nil
}

func parseFloats(s string, n int) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("want %d comma-separated numbers, got %q", n, s)
	}
	out := make([]float64, n)
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, fmt.Errorf("want %d comma-separated numbers, got %q", n, s)
		}
		out[i] = v
	}
	return out, nil
}

// findEvents runs the filters and applies the exact distance for --near.
func (ef *eventFlags) findEvents(cmd *cobra.Command, store *sqlite.Store) ([]sitrep.EventRecord, error) {
	f, keep, err := ef.filter(cmd, store)
	if err != nil {
		return nil, err
	}
	events, err := store.FindEvents(cmd.Context(), f)
	if err != nil {
		return nil, err
	}
	out := events[:0]
	for _, e := range events {
		if keep(e) {
			out = append(out, e)
		}
		if ef.limit > 0 && len(out) == ef.limit {
			break
		}
	}
	return out, nil
}

func newQueryCmd() *cobra.Command {
	var (
		dbPath, format string
		ef             eventFlags
	)
	cmd := &cobra.Command{
		Use:   "query [flags]",
		Short: "Find stored events by time, place, country, type, actor, source or text",
		Long: `query prints the stored events that match every filter given, ordered by
date: as a table, as JSON Lines (--format json) or as CSV (--format csv).
Each event names its document and index ("DOC/N"), which 'sitrep show' opens.`,
		Example: `  sitrep query --type ASSAULT --country SY --from 2017-10-01 --to 2017-10-31
  sitrep query --near "Deir ez-Zor" --km 30 --format json
  sitrep query --text '"car bomb"' --source Reuters --format csv > bombs.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := openStore(dbPath)
			if err != nil {
				return err
			}
			defer store.Close()
			events, err := ef.findEvents(cmd, store)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			switch format {
			case "table":
				return writeEventTable(out, events)
			case "json":
				return writeEventJSON(out, events)
			case "csv":
				return writeEventCSV(out, events)
			}
			return usageError{fmt.Errorf("--format must be table, json or csv, not %q", format)}
		},
	}
	f := cmd.Flags()
	addDBFlag(f.StringVar, &dbPath)
	f.StringVar(&format, "format", "table", "output: table, json (JSON Lines) or csv")
	ef.add(f, 100)
	return cmd
}

// eventJSON is the JSON form of a stored event.
type eventJSON struct {
	ID           string        `json:"id"` // DOC/N
	Document     string        `json:"document"`
	Event        int           `json:"event"`
	Incident     int64         `json:"incident,omitempty"`
	Category     string        `json:"category"`
	Mode         string        `json:"mode,omitempty"`
	Modality     string        `json:"modality"`
	Date         string        `json:"date,omitempty"`
	Precision    int           `json:"time_precision,omitempty"`
	Actor        string        `json:"actor,omitempty"`
	ActorCode    string        `json:"actor_code,omitempty"`
	Target       string        `json:"target,omitempty"`
	TargetCode   string        `json:"target_code,omitempty"`
	Place        string        `json:"place,omitempty"`
	Admin1       string        `json:"admin1,omitempty"`
	Country      string        `json:"country,omitempty"`
	Lat          *float64      `json:"lat,omitempty"`
	Lon          *float64      `json:"lon,omitempty"`
	GeoPrecision int           `json:"geo_precision,omitempty"`
	Dead         *sitrep.Count `json:"dead,omitempty"`
	Injured      *sitrep.Count `json:"injured,omitempty"`
	CAMEO        string        `json:"cameo,omitempty"`
	QuadClass    int           `json:"quad_class,omitempty"`
	ACLEDType    string        `json:"acled_event_type,omitempty"`
	ACLEDSubType string        `json:"acled_sub_event_type,omitempty"`
	Source       string        `json:"source,omitempty"`
	Title        string        `json:"title,omitempty"`
	URL          string        `json:"url,omitempty"`
	Published    *time.Time    `json:"published,omitempty"`
	Trigger      evidenceJSON  `json:"trigger"`
	Evidence     string        `json:"evidence"`
}

type evidenceJSON struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

func eventID(r sitrep.EventRecord) string { return fmt.Sprintf("%s/%d", r.Document, r.Index) }

func toEventJSON(r sitrep.EventRecord) eventJSON {
	j := eventJSON{ID: eventID(r), Document: r.Document, Event: r.Index, Incident: r.Incident,
		Category: string(r.Category), Mode: r.Mode, Modality: string(r.Modality), Date: r.Date,
		Precision: int(r.Precision), Actor: r.Actor, ActorCode: r.ActorCode, Target: r.Target, TargetCode: r.TargetCode,
		Place: r.Place, Admin1: r.Admin1, Country: r.Country, GeoPrecision: int(r.GeoPrecision),
		Dead: r.Dead, Injured: r.Injured, CAMEO: r.CAMEO, QuadClass: r.QuadClass,
		ACLEDType: r.ACLEDType, ACLEDSubType: r.ACLEDSubType, Source: r.Source, Title: r.Title, URL: r.URL,
		Trigger: evidenceJSON{Start: r.Span.Start, End: r.Span.End, Text: r.Trigger}, Evidence: r.Evidence}
	if r.GeoPrecision != 0 {
		lat, lon := r.Lat, r.Lon
		j.Lat, j.Lon = &lat, &lon
	}
	if !r.Published.IsZero() {
		t := r.Published
		j.Published = &t
	}
	return j
}

func writeEventJSON(w io.Writer, events []sitrep.EventRecord) error {
	enc := json.NewEncoder(w)
	for _, e := range events {
		if err := enc.Encode(toEventJSON(e)); err != nil {
			return err
		}
	}
	return nil
}

// countText renders a count: "14", "14+" (at least), "10-20"; "" if nil.
func countText(c *sitrep.Count) string {
	switch {
	case c == nil:
		return ""
	case c.Open:
		return fmt.Sprintf("%d+", c.Min)
	case c.Max > c.Min:
		return fmt.Sprintf("%d-%d", c.Min, c.Max)
	}
	return strconv.Itoa(c.Min)
}

var eventCSVHeader = []string{"id", "document", "event", "incident", "category", "mode", "modality", "date",
	"time_precision", "actor", "actor_code", "target", "target_code", "place", "admin1", "country", "lat", "lon",
	"geo_precision", "dead", "injured", "cameo", "quad_class", "source", "title", "url", "published",
	"trigger_start", "trigger_end", "trigger", "evidence"}

func writeEventCSV(w io.Writer, events []sitrep.EventRecord) error {
	cw := csv.NewWriter(w)
	cw.Write(eventCSVHeader)
	for _, r := range events {
		lat, lon := "", ""
		if r.GeoPrecision != 0 {
			lat, lon = strconv.FormatFloat(r.Lat, 'f', 5, 64), strconv.FormatFloat(r.Lon, 'f', 5, 64)
		}
		incident := ""
		if r.Incident != 0 {
			incident = strconv.FormatInt(r.Incident, 10)
		}
		published := ""
		if !r.Published.IsZero() {
			published = r.Published.Format(time.RFC3339)
		}
		cw.Write([]string{eventID(r), r.Document, strconv.Itoa(r.Index), incident, string(r.Category), r.Mode,
			string(r.Modality), r.Date, intOrEmpty(int(r.Precision)), r.Actor, r.ActorCode, r.Target, r.TargetCode,
			r.Place, r.Admin1, r.Country, lat, lon, intOrEmpty(int(r.GeoPrecision)), countText(r.Dead),
			countText(r.Injured), r.CAMEO, intOrEmpty(r.QuadClass), r.Source, r.Title, r.URL, published,
			strconv.Itoa(r.Span.Start), strconv.Itoa(r.Span.End), r.Trigger, r.Evidence})
	}
	cw.Flush()
	return cw.Error()
}

func intOrEmpty(i int) string {
	if i == 0 {
		return ""
	}
	return strconv.Itoa(i)
}

func writeEventTable(w io.Writer, events []sitrep.EventRecord) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "EVENT\tDATE\tTYPE\tACTOR → TARGET\tPLACE\tDEAD\tINCIDENT\tSOURCE")
	for _, r := range events {
		typ := string(r.Category)
		if r.Mode != "" {
			typ += " " + r.Mode
		}
		if r.Modality != "" && r.Modality != sitrep.Asserted {
			typ += " (" + string(r.Modality) + ")"
		}
		who := orDash(firstNonEmpty(r.Actor, r.ActorCode)) + " → " + orDash(firstNonEmpty(r.Target, r.TargetCode))
		place := r.Place
		if r.Country != "" {
			place += " (" + r.Country + ")"
		}
		incident := ""
		if r.Incident != 0 {
			incident = strconv.FormatInt(r.Incident, 10)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", eventID(r), orDash(r.Date), typ, clipText(who, 50),
			orDash(strings.TrimSpace(place)), orDash(countText(r.Dead)), orDash(incident), orDash(r.Source))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d events\n", len(events))
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// clipText shortens s to at most n runes for a table cell.
func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
