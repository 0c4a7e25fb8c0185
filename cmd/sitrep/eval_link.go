package main

import (
	"encoding/json"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/eval/link"
	"github.com/sitrep-dev/sitrep/incident"
	"github.com/sitrep-dev/sitrep/ingest"
)

func newEvalLinkCmd() *cobra.Command {
	var (
		asJSON             bool
		threshold          float64
		minTopic, maxTopic int
	)
	cmd := &cobra.Command{
		Use:   "link DIR",
		Short: "Score incident linking on ECB+: documents clustered by the incident they report",
		Long: `link reads the ECB+ corpus (DIR holds one folder per topic, with
<topic>_<n>ecb.xml and <topic>_<n>ecbplus.xml files), extracts every
document, and links them exactly as 'sitrep ingest' does (all topics
together, in topic and file order). Gold: in each topic the ecb files report
one incident and the ecbplus files another.

The scores are those of the linker's stories: articles clustered by
report-level similarity (docs/incidents.md, "Stories"). It prints B³, MUC,
CEAF-e and the CoNLL F1 (their mean); --json prints {"b3_f1", "conll_f1",
"n", ...}. It also scores the event incidents, each document assigned to
the incident with the most reports among those its events joined
("incident_b3_f1"); there, documents with no linked event count as
singletons.`,
		Example: `  sitrep eval link ../shared/eval/ecbplus/ECB+ --json`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			docs, err := link.ReadDir(args[0], minTopic, maxTopic)
			if err != nil {
				return err
			}
			if len(docs) == 0 {
				return fmt.Errorf("%s: no ECB+ documents in topics %d-%d", args[0], minTopic, maxTopic)
			}
			p, err := newPipeline(cmd)
			if err != nil {
				return err
			}
			linker := incident.New(incident.Config{StoryThreshold: threshold}, nil)
			gold := map[string]string{}
			ids := map[string]string{} // document ID → ECB+ file, for clusters
			for _, d := range docs {
				doc, err := ingest.FromText(d.Text, sitrep.Metadata{Source: d.Name})
				if err != nil {
					return fmt.Errorf("%s: %w", d.Name, err)
				}
				if err := p.Run(cmd.Context(), doc); err != nil {
					return fmt.Errorf("%s: %w", d.Name, err)
				}
				gold[d.Name] = d.Incident
				ids[doc.ID] = d.Name
				linker.Link(doc)
			}
			byIncident := link.DocumentClusters(linker.Incidents())
			pred := map[string]string{}
			for id, inc := range byIncident {
				pred[ids[id]] = fmt.Sprint(inc)
			}
			si := link.Score(gold, pred)
			pred = map[string]string{}
			for id, st := range linker.Stories() {
				pred[ids[id]] = fmt.Sprint(st)
			}
			s := link.Score(gold, pred)
			out := cmd.OutOrStdout()
			if asJSON {
				return json.NewEncoder(out).Encode(map[string]any{
					"b3_f1": s.B3F1, "b3_p": s.B3P, "b3_r": s.B3R, "muc_f1": s.MUCF1, "ceafe_f1": s.CEAFF1,
					"conll_f1": s.CoNLLF1, "n": s.N,
					"incident_b3_f1": si.B3F1, "incident_conll_f1": si.CoNLLF1, "with_incident": len(byIncident),
				})
			}
			fmt.Fprintf(out, "%d documents, by story:\n", s.N)
			fmt.Fprintf(out, "B³      P %.3f  R %.3f  F1 %.3f\n", s.B3P, s.B3R, s.B3F1)
			fmt.Fprintf(out, "MUC     P %.3f  R %.3f  F1 %.3f\n", s.MUCP, s.MUCR, s.MUCF1)
			fmt.Fprintf(out, "CEAF-e  P %.3f  R %.3f  F1 %.3f\n", s.CEAFP, s.CEAFR, s.CEAFF1)
			fmt.Fprintf(out, "CoNLL F1 %.3f\n", s.CoNLLF1)
			fmt.Fprintf(out, "by incident (%d documents with a linked event): B³ F1 %.3f (P %.3f R %.3f), CoNLL F1 %.3f\n",
				len(byIncident), si.B3F1, si.B3P, si.B3R, si.CoNLLF1)
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&asJSON, "json", false, "print one JSON object")
	f.Float64Var(&threshold, "story-threshold", 0, "report similarity at which an article joins a story (default: the linker's)")
	f.IntVar(&minTopic, "min-topic", 1, "first topic scored")
	f.IntVar(&maxTopic, "max-topic", 35, "last topic scored")
	return cmd
}
