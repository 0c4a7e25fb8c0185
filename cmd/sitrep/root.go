package main

import (
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/standard"
)

func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "sitrep",
		Short: "Turn news reports into a sourced, geocoded event database",
		Long: `sitrep reads news articles about conflict and politics and records, with the
exact text behind every field:

  what happened  PLOVER events with actor, target, place (GeoNames), date and
                 casualty figures as ranges;
  who says so    every quote and attribution with its speaker, its reporting
                 chain (ministry → agency → publisher) and its stance
                 (assert, accuse, deny, confirm).

Start with:
  sitrep extract --format text --published 2019-03-12 examples/strike.txt
  sitrep extract --published 2017-10-24 article.html > article.json
  sitrep ingest news/ && sitrep incidents      # a database of incidents (sitrep.db)`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return setupLogging(cmd)
		},
	}
	pf := root.PersistentFlags()
	pf.String("gazetteer", "", "use this gazetteer file (from 'sitrep gazetteer build') instead of the embedded one")
	pf.String("log-level", "warn", "log level: debug, info, warn or error")
	root.AddCommand(newExtractCmd(), newIngestCmd(), newQueryCmd(), newIncidentsCmd(), newShowCmd(),
		newExportCmd(), newBenchCmd(), newEvalCmd(), newGazetteerCmd(), newTrainCmd())
	return root
}

func newEvalCmd() *cobra.Command {
	eval := &cobra.Command{
		Use:   "eval",
		Short: "Measure sitrep against gold data written by others",
		Long: `Each eval command reads a gold corpus at run time and prints its scores;
--json prints one JSON object for scripts.`,
	}
	eval.AddCommand(newEvalFactsCmd(), newEvalTimexCmd(), newEvalGvdbCmd(), newEvalAttribCmd(), newEvalGeoCmd(), newEvalPloverCmd(), newEvalPetrarchCmd(), newEvalNerCmd(), newEvalLinkCmd())
	return eval
}

func setupLogging(cmd *cobra.Command) error {
	name, _ := cmd.Flags().GetString("log-level")
	var level slog.Level
	if err := level.UnmarshalText([]byte(strings.ToUpper(name))); err != nil {
		return usageError{err}
	}
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level})))
	return nil
}

// newPipeline returns the standard pipeline, honouring --gazetteer.
func newPipeline(cmd *cobra.Command) (*pipeline.Pipeline, error) {
	var r standard.Resources
	r.GazetteerPath, _ = cmd.Flags().GetString("gazetteer")
	return standard.New(r)
}
