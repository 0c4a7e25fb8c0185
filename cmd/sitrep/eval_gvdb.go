package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/eval/gvdb"
	"github.com/sitrep-dev/sitrep/stage/date"
	"github.com/sitrep-dev/sitrep/stage/number"
)

func newEvalGvdbCmd() *cobra.Command {
	var asJSON bool
	var misses int
	var collected string
	cmd := &cobra.Command{
		Use:   "gvdb FILE",
		Short: "Score casualty counts, dates and cities against the Gun Violence Database",
		Long: `gvdb runs the pipeline on the full text of every article of a GVDB TSV file
(id, url, title, full text, crowd JSON, worker) and scores, per article, the
number killed, the number injured, the incident date and the city.

The publication date, which the file does not give, is read from the URL
where it carries one (".../2016/01/27/...", ".../2016/jan/26/...",
"...-20160223-story.html"); otherwise relative dates are anchored on the
article's dateline or its own full dates. A date written without its year
("Jan. 27") in an article that has no publication date takes the year that
puts it last on or before --collected, by default the newest date in the
file's URLs: the articles were collected together, and the crowd read such
dates in the year they annotated.

The predicted counts are the largest killed and injured figures; the date is
the first governing date, known to the day, of a sentence with a casualty
figure; the city is the document's focus city. city_acc is null when the
pipeline resolves no places. date_reach, in the text output, is the share of
articles whose gold date is the URL date or a date the text gives: no
reading of the text can score more.

--json prints {"killed_acc", "injured_acc", "date_acc", "city_acc", "n"}.`,
		Example: `  sitrep eval gvdb ../shared/eval/gvdb/dev.tsv
  sitrep eval gvdb --misses 20 ../shared/eval/gvdb/dev.tsv
  sitrep eval gvdb --collected none ../shared/eval/gvdb/dev.tsv`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			articles, err := gvdb.Read(f)
			f.Close()
			if err != nil {
				return err
			}
			run, places, err := casualtyRunner(cmd)
			if err != nil {
				return err
			}
			var until time.Time
			switch collected {
			case "auto":
				until = gvdb.Collected(articles)
			case "none", "":
			default:
				if until, err = time.Parse("2006-01-02", collected); err != nil {
					return fmt.Errorf("--collected: %w", err)
				}
			}
			counts := gvdb.NewCounts(places, misses)
			for _, a := range articles {
				doc := a.Document()
				if err := run(cmd.Context(), doc); err != nil {
					return fmt.Errorf("article %s: %w", a.ID, err)
				}
				counts.Add(a.ID, a.Gold, gvdb.Predict(doc, until))
				if gvdb.DateReachable(doc, a.Gold.Date, until) {
					counts.AddReachable()
				}
			}
			m := counts.Metrics()
			return printResult(cmd, asJSON, m, func(out io.Writer) error {
				fmt.Fprintf(out, "articles     %d\nkilled_acc   %.3f\ninjured_acc  %.3f\ndate_acc     %.3f\n", m.N, m.KilledAcc, m.InjuredAcc, m.DateAcc)
				fmt.Fprintf(out, "date_reach   %.3f  (gold date is the URL date or a date in the text: the ceiling of date_acc)\n", float64(counts.DateReachable)/float64(max(m.N, 1)))
				if m.CityAcc != nil {
					fmt.Fprintf(out, "city_acc     %.3f\n", *m.CityAcc)
				} else {
					fmt.Fprintf(out, "city_acc     not measured: the pipeline has no place stage\n")
				}
				for _, miss := range counts.Misses {
					fmt.Fprintf(out, "%s\tgold %+v\tgot %+v\n", miss.ID, miss.Gold, miss.Got)
				}
				return nil
			})
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of text")
	cmd.Flags().StringVar(&collected, "collected", "auto", `when the articles were collected, which gives a year to dates written without one in articles with no publication date: YYYY-MM-DD, "auto" (the newest date in the file's URLs) or "none"`)
	cmd.Flags().IntVar(&misses, "misses", 0, "also print up to this many articles with a wrong prediction")
	return cmd
}

// casualtyRunner returns the standard pipeline as a function, followed by
// the date and number stages if it does not include them yet, and whether
// it resolves places.
func casualtyRunner(cmd *cobra.Command) (func(context.Context, *sitrep.Document) error, bool, error) {
	p, err := newPipeline(cmd)
	if err != nil {
		return nil, false, err
	}
	var times, numbers, places bool
	for _, s := range p.Stages() {
		times = times || slices.Contains(s.Adds(), sitrep.LayerTimes)
		numbers = numbers || slices.Contains(s.Adds(), sitrep.LayerNumbers)
		places = places || slices.Contains(s.Adds(), sitrep.LayerPlaces)
	}
	var extra []func(context.Context, *sitrep.Document) error
	if !times {
		d, err := date.New(date.Config{})
		if err != nil {
			return nil, false, err
		}
		extra = append(extra, d.Run)
	}
	if !numbers {
		n, err := number.New()
		if err != nil {
			return nil, false, err
		}
		extra = append(extra, n.Run)
	}
	return func(ctx context.Context, doc *sitrep.Document) error {
		if err := p.Run(ctx, doc); err != nil {
			return err
		}
		for _, run := range extra {
			if err := run(ctx, doc); err != nil {
				return err
			}
		}
		return nil
	}, places, nil
}
