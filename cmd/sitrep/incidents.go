package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
)

func newIncidentsCmd() *cobra.Command {
	var (
		dbPath, format, from, to, country, category, bbox string
		minReports, limit                                 int
	)
	cmd := &cobra.Command{
		Use:   "incidents [flags]",
		Short: "List incidents: events linked across articles, with their sources and casualty ranges",
		Long: `incidents lists the incidents in the database: each is one real-world
occurrence, linked from the events of one or more articles. For each it
shows the dates, place, type, the casualty range (low–best–high, derived
from every report by the rule in docs/incidents.md), the attribution status
(declared, alleged, contested, confirmed) and the sources that report it.
'sitrep show ID' shows one with every report and its evidence.`,
		Example: `  sitrep incidents --min-reports 2
  sitrep incidents --country SY --type ASSAULT --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f := sitrep.IncidentFilter{Country: country, Category: sitrep.Category(strings.ToUpper(category)),
				MinReports: minReports, Limit: limit}
			var err error
			if f.From, err = parseDayFlag("--from", from); err != nil {
				return err
			}
			if f.To, err = parseDayFlag("--to", to); err != nil {
				return err
			}
			if bbox != "" {
				v, err := parseFloats(bbox, 4)
				if err != nil {
					return usageError{fmt.Errorf("--bbox: %w", err)}
				}
				f.BBox = &sitrep.BBox{MinLon: v[0], MinLat: v[1], MaxLon: v[2], MaxLat: v[3]}
			}
			store, err := openStore(dbPath)
			if err != nil {
				return err
			}
			defer store.Close()
			incs, err := store.FindIncidents(cmd.Context(), f)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			switch format {
			case "table":
				return writeIncidentTable(out, incs)
			case "json":
				enc := json.NewEncoder(out)
				for _, inc := range incs {
					if err := enc.Encode(toIncidentJSON(inc)); err != nil {
						return err
					}
				}
				return nil
			}
			return usageError{fmt.Errorf("--format must be table or json, not %q", format)}
		},
	}
	fl := cmd.Flags()
	addDBFlag(fl.StringVar, &dbPath)
	fl.StringVar(&format, "format", "table", "output: table or json (JSON Lines)")
	fl.StringVar(&from, "from", "", "incidents that last until this day or later, YYYY-MM-DD")
	fl.StringVar(&to, "to", "", "incidents that begin on this day or earlier, YYYY-MM-DD")
	fl.StringVar(&country, "country", "", "ISO 3166-1 alpha-2 country code")
	fl.StringVar(&category, "type", "", "PLOVER event type")
	fl.StringVar(&bbox, "bbox", "", "incidents inside MINLON,MINLAT,MAXLON,MAXLAT")
	fl.IntVar(&minReports, "min-reports", 0, "incidents with at least this many reports")
	fl.IntVar(&limit, "limit", 100, "at most this many incidents; 0 for all")
	return cmd
}

// rangeText renders a casualty range as "low–best–high", "-" if unknown.
func rangeText(r sitrep.CasualtyRange) string {
	if r.Reports == 0 {
		return "-"
	}
	if r.Low == r.High {
		return strconv.Itoa(r.Best)
	}
	return fmt.Sprintf("%d–%d–%d", r.Low, r.Best, r.High)
}

// incidentSources lists the distinct publishers of an incident's reports.
func incidentSources(inc *sitrep.Incident) []string {
	seen := map[string]bool{}
	var out []string
	for _, r := range inc.Reports {
		s := r.Source
		if s == "" {
			s = r.Document
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func writeIncidentTable(w io.Writer, incs []*sitrep.Incident) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATES\tTYPE\tPLACE\tDEAD\tINJURED\tSTATUS\tREPORTS\tSOURCES")
	for _, inc := range incs {
		dates := inc.First
		if inc.Last != inc.First {
			dates += "…" + inc.Last
		}
		typ := string(inc.Category)
		if inc.Mode != "" {
			typ += " " + inc.Mode
		}
		place := inc.Place
		if inc.Country != "" {
			place += " (" + inc.Country + ")"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\n", inc.ID, orDash(dates), typ,
			orDash(strings.TrimSpace(place)), rangeText(inc.Dead), rangeText(inc.Injured),
			orDash(string(inc.Status)), len(inc.Reports), clipText(strings.Join(incidentSources(inc), ", "), 60))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d incidents\n", len(incs))
	return err
}

// incidentJSON is the JSON form of an incident.
type incidentJSON struct {
	ID           int64           `json:"id"`
	Category     string          `json:"category"`
	Mode         string          `json:"mode,omitempty"`
	First        string          `json:"first,omitempty"`
	Last         string          `json:"last,omitempty"`
	Place        string          `json:"place,omitempty"`
	Country      string          `json:"country,omitempty"`
	Lat          *float64        `json:"lat,omitempty"`
	Lon          *float64        `json:"lon,omitempty"`
	GeoPrecision int             `json:"geo_precision,omitempty"`
	Actors       []string        `json:"actors"`
	Targets      []string        `json:"targets"`
	Dead         *rangeJSON      `json:"dead"`
	Injured      *rangeJSON      `json:"injured"`
	Status       string          `json:"status"`
	Sources      []string        `json:"sources"`
	Reports      []sitrep.Report `json:"reports"`
}

type rangeJSON struct {
	Low     int `json:"low"`
	Best    int `json:"best"`
	High    int `json:"high"`
	Reports int `json:"reports"`
}

func toRangeJSON(r sitrep.CasualtyRange) *rangeJSON {
	if r.Reports == 0 {
		return nil
	}
	return &rangeJSON{r.Low, r.Best, r.High, r.Reports}
}

func toIncidentJSON(inc *sitrep.Incident) incidentJSON {
	j := incidentJSON{ID: inc.ID, Category: string(inc.Category), Mode: inc.Mode, First: inc.First, Last: inc.Last,
		Place: inc.Place, Country: inc.Country, GeoPrecision: int(inc.GeoPrecision),
		Actors: nonNil(inc.Actors), Targets: nonNil(inc.Targets),
		Dead: toRangeJSON(inc.Dead), Injured: toRangeJSON(inc.Injured), Status: string(inc.Status),
		Sources: nonNil(incidentSources(inc)), Reports: inc.Reports}
	if j.Status == "" {
		j.Status = "unattributed"
	}
	if inc.GeoPrecision != 0 {
		lat, lon := inc.Lat, inc.Lon
		j.Lat, j.Lon = &lat, &lon
	}
	return j
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
