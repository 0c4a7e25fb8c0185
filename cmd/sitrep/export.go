package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/render"
	"github.com/sitrep-dev/sitrep/sqlite"
)

func newExportCmd() *cobra.Command {
	var (
		dbPath, format string
		ef             eventFlags
	)
	cmd := &cobra.Command{
		Use:   "export --format jsonl|csv|geojson|acled|cameo|documents [filters]",
		Short: "Write stored events as JSON Lines, CSV, GeoJSON, ACLED columns or a CAMEO event table",
		Long: `export writes the stored events that match the filters (the same as
'sitrep query', without a default limit):

  jsonl      one JSON object per event, with its evidence
  csv        one row per event, the columns of 'sitrep query --format csv'
  geojson    a FeatureCollection of the events that have a place
  acled      ACLED's CSV columns (event_id_cnty, event_date, ..., fatalities);
             fatalities is the lowest figure reported, as ACLED codes it;
             columns sitrep does not know (region, admin2, inter codes) are empty
  cameo      a GDELT-style tab-separated event table with CAMEO codes:
             GlobalEventID, SQLDATE, Actor1Code, Actor1Name, Actor2Code,
             Actor2Name, EventCode, EventRootCode, QuadClass, ActionGeo_*,
             SOURCEURL (ActionGeo_ADM1Code is left empty)
             acled and cameo leave out negated, hypothetical and future events
  documents  every stored document with its annotations, one JSON object per
             line in the form of docs/schema.md (filters apply to its events)`,
		Example: `  sitrep export --format acled --country SY > syria.csv
  sitrep export --format geojson --type ASSAULT > strikes.geojson`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			write, ok := exporters[format]
			if !ok {
				return usageError{fmt.Errorf("--format must be jsonl, csv, geojson, acled, cameo or documents, not %q", format)}
			}
			store, err := openStore(dbPath)
			if err != nil {
				return err
			}
			defer store.Close()
			events, err := ef.findEvents(cmd, store)
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			if err := write(cmd, store, out, events); err != nil {
				return err
			}
			return out.Flush()
		},
	}
	f := cmd.Flags()
	addDBFlag(f.StringVar, &dbPath)
	f.StringVar(&format, "format", "jsonl", "jsonl, csv, geojson, acled, cameo or documents")
	ef.add(f, 0)
	return cmd
}

type exporter func(cmd *cobra.Command, store *sqlite.Store, w io.Writer, events []sitrep.EventRecord) error

var exporters = map[string]exporter{
	"jsonl": func(_ *cobra.Command, _ *sqlite.Store, w io.Writer, ev []sitrep.EventRecord) error {
		return writeEventJSON(w, ev)
	},
	"csv": func(_ *cobra.Command, _ *sqlite.Store, w io.Writer, ev []sitrep.EventRecord) error {
		return writeEventCSV(w, ev)
	},
	"geojson": func(_ *cobra.Command, _ *sqlite.Store, w io.Writer, ev []sitrep.EventRecord) error {
		return writeGeoJSON(w, ev)
	},
	"acled": func(_ *cobra.Command, _ *sqlite.Store, w io.Writer, ev []sitrep.EventRecord) error {
		return writeACLED(w, ev)
	},
	"cameo": func(_ *cobra.Command, _ *sqlite.Store, w io.Writer, ev []sitrep.EventRecord) error {
		return writeCAMEO(w, ev)
	},
	"documents": writeDocuments,
}

func writeGeoJSON(w io.Writer, events []sitrep.EventRecord) error {
	type geometry struct {
		Type        string     `json:"type"`
		Coordinates [2]float64 `json:"coordinates"`
	}
	type feature struct {
		Type       string    `json:"type"`
		ID         string    `json:"id"`
		Geometry   geometry  `json:"geometry"`
		Properties eventJSON `json:"properties"`
	}
	features := []feature{}
	for _, r := range events {
		if r.GeoPrecision == 0 {
			continue
		}
		features = append(features, feature{Type: "Feature", ID: eventID(r),
			Geometry: geometry{Type: "Point", Coordinates: [2]float64{r.Lon, r.Lat}}, Properties: toEventJSON(r)})
	}
	enc := json.NewEncoder(w)
	return enc.Encode(struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{"FeatureCollection", features})
}

// acledColumns are ACLED's export columns, in ACLED's order.
var acledColumns = []string{"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
	"sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
	"civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
	"longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"}

// acledDisorder maps ACLED event types to ACLED's disorder types.
var acledDisorder = map[string]string{
	"Battles":                    "Political violence",
	"Violence against civilians": "Political violence",
	"Explosions/Remote violence": "Political violence",
	"Riots":                      "Political violence; Demonstrations",
	"Protests":                   "Demonstrations",
	"Strategic developments":     "Strategic developments",
}

func writeACLED(w io.Writer, events []sitrep.EventRecord) error {
	cw := csv.NewWriter(w)
	cw.Write(acledColumns)
	for _, r := range events {
		if r.ACLEDType == "" || !happened(r) {
			continue // ACLED has no type for it (a statement, a meeting), or it did not happen
		}
		year, date := "", ""
		if len(r.Date) >= 10 {
			year, date = r.Date[:4], r.Date[:10]
		}
		civilian := ""
		if r.TargetCode == "CVL" || strings.HasPrefix(r.ACLEDType, "Violence against civilians") {
			civilian = "Civilian targeting"
		}
		fatalities := "0"
		if r.Dead != nil {
			fatalities = strconv.Itoa(r.Dead.Min)
		}
		lat, lon := "", ""
		if r.GeoPrecision != 0 {
			lat, lon = strconv.FormatFloat(r.Lat, 'f', 4, 64), strconv.FormatFloat(r.Lon, 'f', 4, 64)
		}
		row := map[string]string{
			"event_id_cnty": fmt.Sprintf("%s%s-%d", r.Country, r.Document, r.Index), "event_date": date, "year": year,
			"time_precision": intOrEmpty(int(r.Precision)), "disorder_type": acledDisorder[r.ACLEDType],
			"event_type": r.ACLEDType, "sub_event_type": r.ACLEDSubType,
			"actor1": firstNonEmpty(r.Actor, r.ActorCode), "actor2": firstNonEmpty(r.Target, r.TargetCode),
			"civilian_targeting": civilian, "country": r.Country, "admin1": r.Admin1, "location": r.Place,
			"latitude": lat, "longitude": lon, "geo_precision": intOrEmpty(int(r.GeoPrecision)),
			"source": r.Source, "notes": r.Evidence, "fatalities": fatalities,
		}
		if !r.Published.IsZero() {
			row["timestamp"] = strconv.FormatInt(r.Published.Unix(), 10)
		}
		rec := make([]string, len(acledColumns))
		for i, c := range acledColumns {
			rec[i] = row[c]
		}
		cw.Write(rec)
	}
	cw.Flush()
	return cw.Error()
}

// cameoColumns follow the GDELT 1.0/2.0 event table, keeping the columns
// sitrep fills.
var cameoColumns = []string{"GlobalEventID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "NumSources",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_Lat", "ActionGeo_Long", "DATEADDED", "SOURCEURL", "PLOVER", "PLOVERMode", "Incident"}

// actionGeoType maps a geo precision to GDELT's ActionGeo_Type:
// 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
func actionGeoType(r sitrep.EventRecord) string {
	switch r.GeoPrecision {
	case sitrep.PrecisionCountry:
		return "1"
	case sitrep.PrecisionAdmin1:
		if r.Country == "US" {
			return "2"
		}
		return "5"
	case sitrep.PrecisionTown, sitrep.PrecisionNear:
		if r.Country == "US" {
			return "3"
		}
		return "4"
	}
	return "0"
}

func writeCAMEO(w io.Writer, events []sitrep.EventRecord) error {
	cw := csv.NewWriter(w)
	cw.Comma = '\t'
	cw.Write(cameoColumns)
	for _, r := range events {
		if r.CAMEO == "" || !happened(r) {
			continue
		}
		sqlDate := strings.ReplaceAll(r.Date, "-", "")
		if len(sqlDate) != 8 {
			sqlDate = ""
		}
		root := r.CAMEO
		if len(root) > 2 {
			root = root[:2]
		}
		base := r.CAMEO
		if len(base) > 3 {
			base = base[:3]
		}
		lat, lon := "", ""
		if r.GeoPrecision != 0 {
			lat, lon = strconv.FormatFloat(r.Lat, 'f', 4, 64), strconv.FormatFloat(r.Lon, 'f', 4, 64)
		}
		placeName := r.Place
		if r.Admin1 != "" && r.Admin1 != r.Place {
			placeName += ", " + r.Admin1
		}
		added := ""
		if !r.Published.IsZero() {
			added = r.Published.UTC().Format("20060102150405")
		}
		incident := ""
		if r.Incident != 0 {
			incident = strconv.FormatInt(r.Incident, 10)
		}
		cw.Write([]string{eventID(r), sqlDate, r.ActorCode, strings.ToUpper(r.Actor), r.TargetCode,
			strings.ToUpper(r.Target), "1", r.CAMEO, base, root, intOrEmpty(r.QuadClass), "1",
			actionGeoType(r), placeName, r.Country, "", lat, lon, added, r.URL,
			string(r.Category), r.Mode, incident})
	}
	cw.Flush()
	return cw.Error()
}

// happened reports whether an event is reported as having happened (or as
// denied, which is still a report of it): event tables such as ACLED's and
// GDELT's hold no negated, hypothetical or future events.
func happened(r sitrep.EventRecord) bool {
	return r.Modality == sitrep.Asserted || r.Modality == sitrep.Denied || r.Modality == ""
}

// writeDocuments writes each document that has a matching event once, in the
// JSON form of docs/schema.md.
func writeDocuments(cmd *cobra.Command, store *sqlite.Store, w io.Writer, events []sitrep.EventRecord) error {
	seen := map[string]bool{}
	for _, r := range events {
		if seen[r.Document] {
			continue
		}
		seen[r.Document] = true
		doc, err := store.Document(cmd.Context(), r.Document)
		if err != nil {
			return err
		}
		if err := render.WriteJSON(w, doc); err != nil {
			return err
		}
	}
	return nil
}
