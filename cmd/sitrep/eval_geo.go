package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/eval/geo"
	"github.com/sitrep-dev/sitrep/gazetteer"
	"github.com/sitrep-dev/sitrep/stage/place"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

func newEvalGeoCmd() *cobra.Command {
	var asJSON bool
	var errors int
	var files struct{ lgl, trnews, geovirus, gwn string }
	cmd := &cobra.Command{
		Use:   "geo (--lgl FILE | --trnews FILE | --geovirus FILE | --gwn FILE)",
		Short: "Score place resolution against a geoparsing corpus",
		Long: `geo runs the pipeline on every article of a geoparsing corpus and compares
the places found with the gold toponyms: LGL and TR-News (GeoNames ids and
coordinates), GeoVirus and GeoWebNews (coordinates).

A gold toponym is found when a system place overlaps it. recall is the share
of gold toponyms (with coordinates) found; over the found ones, acc161 is the
share within 161 km of the gold point, exact the share with the gold GeoNames
id (where the gold gives one), mean_km and median_km the error, and auc the
area under the log error curve (0 is perfect, 1 the worst).
--json prints {"recall", "acc161", "exact", "mean_km", "median_km", "auc", "n"}.`,
		Example: `  sitrep eval geo --lgl ../shared/eval/lgl/lgl.xml
  sitrep eval geo --geovirus ../shared/eval/geovirus/GeoVirus.xml --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			path := ""
			for _, f := range []string{files.lgl, files.trnews, files.geovirus, files.gwn} {
				if f == "" {
					continue
				}
				if path != "" {
					return usageError{fmt.Errorf("give one corpus")}
				}
				path = f
			}
			if path == "" {
				return usageError{fmt.Errorf("give a corpus: --lgl, --trnews, --geovirus or --gwn")}
			}
			f, err := os.Open(path)
			if err != nil {
				return err
			}
			defer f.Close()
			articles, err := geo.Read(f)
			if err != nil {
				return err
			}
			tag, err := placeTagger(cmd)
			if err != nil {
				return err
			}
			results, err := geo.Run(cmd.Context(), articles, tag)
			if err != nil {
				return err
			}
			m := geo.Score(results)
			out := bufio.NewWriter(cmd.OutOrStdout())
			if asJSON {
				if err := json.NewEncoder(out).Encode(m); err != nil {
					return err
				}
				return out.Flush()
			}
			fmt.Fprintf(out, "articles   %d\ntoponyms   %d\nrecall     %.3f\nacc161     %.3f\nexact      %.3f\nmean_km    %.1f\nmedian_km  %.1f\nauc        %.3f\n",
				len(articles), m.N, m.Recall, m.Acc161, m.Exact, m.MeanKm, m.MedianKm, m.AUC)
			by := geo.ByPrecision(results)
			for _, p := range []sitrep.GeoPrecision{sitrep.PrecisionTown, sitrep.PrecisionNear, sitrep.PrecisionAdmin1, sitrep.PrecisionCountry} {
				if bm, ok := by[p]; ok {
					fmt.Fprintf(out, "  resolved at precision %d: %4d toponyms, acc161 %.3f, median_km %.1f\n", p, bm.N, bm.Acc161, bm.MedianKm)
				}
			}
			shown := 0
			for _, r := range results {
				if shown >= errors {
					break
				}
				switch {
				case !r.Found:
					fmt.Fprintf(out, "%s\tmissed\t%q\n", r.Article, r.Gold.Phrase)
				case r.Km > 161:
					fmt.Fprintf(out, "%s\t%.0f km\t%q\tgold %d (%.2f,%.2f)\tsystem %d (%.2f,%.2f)\n", r.Article, r.Km, r.Gold.Phrase,
						r.Gold.GeonameID, r.Gold.Lat, r.Gold.Lon, r.System.GeonameID, r.System.Lat, r.System.Lon)
				default:
					continue
				}
				shown++
			}
			return out.Flush()
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&files.lgl, "lgl", "", "LGL corpus XML (lgl.xml)")
	fl.StringVar(&files.trnews, "trnews", "", "TR-News corpus XML")
	fl.StringVar(&files.geovirus, "geovirus", "", "GeoVirus corpus XML")
	fl.StringVar(&files.gwn, "gwn", "", "GeoWebNews corpus XML")
	fl.BoolVar(&asJSON, "json", false, "print one JSON object instead of text")
	fl.IntVar(&errors, "errors", 0, "also print up to this many errors (missed toponyms, resolutions over 161 km)")
	return cmd
}

// placeTagger returns the standard pipeline if it resolves places, and
// otherwise the segment and place stages alone, honouring --gazetteer.
func placeTagger(cmd *cobra.Command) (geo.Tagger, error) {
	p, err := newPipeline(cmd)
	if err != nil {
		return nil, err
	}
	for _, s := range p.Stages() {
		for _, l := range s.Adds() {
			if l == sitrep.LayerPlaces {
				return p.Run, nil
			}
		}
	}
	var g *gazetteer.Gazetteer
	if path, _ := cmd.Flags().GetString("gazetteer"); path != "" {
		if g, err = gazetteer.Load(path); err != nil {
			return nil, err
		}
	}
	ps, err := place.New(place.Config{Gazetteer: g})
	if err != nil {
		return nil, err
	}
	seg := segment.New()
	return func(ctx context.Context, doc *sitrep.Document) error {
		if err := seg.Run(ctx, doc); err != nil {
			return err
		}
		return ps.Run(ctx, doc)
	}, nil
}
