package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/gazetteer"
)

func newGazetteerCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "gazetteer",
		Short: "Build a gazetteer file from GeoNames dumps",
	}
	cmd.AddCommand(newGazetteerBuildCmd(), newGazetteerLookupCmd())
	return cmd
}

func newGazetteerLookupCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "lookup NAME...",
		Short: "Print the gazetteer entries that each name may refer to",
		Long: `lookup folds each NAME as place recognition does and prints the entries
filed under it, one a line: GeoNames id, name, level, feature, country,
admin1 and admin2 codes, latitude, longitude, population, and "alt" when
only an alternate name matched. --gazetteer FILE looks in that file.`,
		Example: `  sitrep gazetteer lookup "Deir Ezzour" Washington`,
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			g, err := gazetteer.Default()
			if path, _ := cmd.Flags().GetString("gazetteer"); path != "" {
				g, err = gazetteer.Load(path)
			}
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			for _, name := range args {
				fmt.Fprintf(out, "%s (%q)\n", name, gazetteer.Fold(name))
				for _, c := range g.Lookup(name) {
					alt := ""
					if c.Alternate {
						alt = "alt"
					}
					fmt.Fprintf(out, "  %d\t%s\t%v\t%s\t%s\t%s\t%s\t%.4f\t%.4f\t%d\t%s\n", c.ID, c.Name, c.Level,
						c.Feature, c.Country, c.Admin1, c.Admin2, c.Lat, c.Lon, c.Population, alt)
				}
			}
			return out.Flush()
		},
	}
}

func newGazetteerBuildCmd() *cobra.Command {
	var dir, out string
	cmd := &cobra.Command{
		Use:   "build --geonames DIR -o FILE",
		Short: "Write a gazetteer file from GeoNames dump files",
		Long: `build reads the GeoNames dump files in DIR and writes a gazetteer file that
--gazetteer FILE uses instead of the embedded gazetteer.

It reads countryInfo.txt, admin1CodesASCII.txt and admin2Codes.txt, every
geoname table (cities500.txt, cities15000.txt, allCountries.txt, a country
file such as SY.txt, or your own gazetteer in the same 19-column TSV format),
and alternateNamesV2.txt, each as .txt or as GeoNames' .zip. Populated places,
first- and second-level regions and countries are kept; regions and countries
without coordinates of their own are placed at the middle of their places.`,
		Example: `  sitrep gazetteer build --geonames ~/geonames -o geonames.gaz
  sitrep --gazetteer geonames.gaz extract article.txt`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir == "" || out == "" {
				return usageError{fmt.Errorf("give --geonames DIR and -o FILE")}
			}
			b := gazetteer.NewBuilder()
			if err := b.ReadGeoNamesDir(dir); err != nil {
				return err
			}
			if b.Len() == 0 {
				return fmt.Errorf("gazetteer: no GeoNames files in %s", dir)
			}
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			w := bufio.NewWriterSize(f, 1<<20)
			if err := b.Write(w); err != nil {
				f.Close()
				return err
			}
			if err := w.Flush(); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s: %d entries\n", out, b.Len())
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "geonames", "", "directory of GeoNames dump files")
	cmd.Flags().StringVarP(&out, "output", "o", "", "gazetteer file to write")
	return cmd
}
