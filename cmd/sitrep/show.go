package main

import (
	"bufio"
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

func newShowCmd() *cobra.Command {
	var dbPath, format string
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show an incident, an event or a document with its evidence",
		Long: `show prints one stored record with the text behind each field:

  sitrep show 12                  incident 12: every report, its figures,
                                  claims and evidence, and why it was linked
  sitrep show 3f2a9c0d11e4b7a2/0  event 0 of a document
  sitrep show 3f2a9c0d11e4b7a2    a document with all its annotations

--format json prints the same as JSON (for a document, in the form of
docs/schema.md).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usageError{fmt.Errorf("--format must be text or json, not %q", format)}
			}
			store, err := openStore(dbPath)
			if err != nil {
				return err
			}
			defer store.Close()
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			id := strings.TrimSpace(args[0])
			ctx := cmd.Context()
			switch doc, idx, isEvent := strings.Cut(id, "/"); {
			case isEvent:
				i, err := strconv.Atoi(idx)
				if err != nil {
					return usageError{fmt.Errorf("event ID %q: want DOCUMENT/N", id)}
				}
				return showEvent(cmd, store, out, doc, i, format)
			case isIncidentID(id):
				n, _ := strconv.ParseInt(strings.TrimPrefix(id, "I"), 10, 64)
				inc, err := store.Incident(ctx, n)
				if err != nil {
					return err
				}
				if format == "json" {
					return json.NewEncoder(out).Encode(toIncidentJSON(inc))
				}
				return writeIncident(out, inc)
			default:
				d, err := store.Document(ctx, id)
				if err != nil {
					return err
				}
				if format == "json" {
					return render.WriteJSON(out, d)
				}
				return render.WriteText(out, d)
			}
		},
	}
	f := cmd.Flags()
	addDBFlag(f.StringVar, &dbPath)
	f.StringVar(&format, "format", "text", "text or json")
	return cmd
}

// isIncidentID reports whether id is an incident number (document IDs are
// 16 hex digits).
func isIncidentID(id string) bool {
	id = strings.TrimPrefix(id, "I")
	if id == "" || len(id) >= 16 {
		return false
	}
	_, err := strconv.ParseInt(id, 10, 64)
	return err == nil
}

func writeIncident(w io.Writer, inc *sitrep.Incident) error {
	fmt.Fprintf(w, "Incident %d: %s", inc.ID, inc.Category)
	if inc.Mode != "" {
		fmt.Fprintf(w, " %s", inc.Mode)
	}
	fmt.Fprintln(w)
	dates := inc.First
	if inc.Last != inc.First {
		dates += " to " + inc.Last
	}
	fmt.Fprintf(w, "  when:    %s\n", orDash(dates))
	if inc.GeoPrecision != 0 {
		fmt.Fprintf(w, "  where:   %s (%s) %.4f, %.4f, precision %d\n", inc.Place, inc.Country, inc.Lat, inc.Lon, inc.GeoPrecision)
	} else {
		fmt.Fprintf(w, "  where:   -\n")
	}
	fmt.Fprintf(w, "  actors:  %s\n", orDash(strings.Join(inc.Actors, ", ")))
	fmt.Fprintf(w, "  targets: %s\n", orDash(strings.Join(inc.Targets, ", ")))
	fmt.Fprintf(w, "  dead:    %s (low–best–high from %d reports)\n", rangeText(inc.Dead), inc.Dead.Reports)
	fmt.Fprintf(w, "  injured: %s (from %d reports)\n", rangeText(inc.Injured), inc.Injured.Reports)
	status := string(inc.Status)
	if status == "" {
		status = "unattributed"
	}
	fmt.Fprintf(w, "  status:  %s\n", status)
	fmt.Fprintf(w, "  sources: %s\n", strings.Join(incidentSources(inc), ", "))
	for i, r := range inc.Reports {
		fmt.Fprintf(w, "\nReport %d: event %s/%d, %s", i+1, r.Document, r.Event, orDash(r.Source))
		if !r.Published.IsZero() {
			fmt.Fprintf(w, ", published %s", r.Published.Format("2006-01-02 15:04"))
		}
		fmt.Fprintf(w, "\n  linked:  %s\n", r.Reason)
		fmt.Fprintf(w, "  date %s, place %s, actor %s, target %s\n", orDash(r.Date), orDash(r.Place), orDash(r.Actor), orDash(r.Target))
		if r.Dead != nil || r.Injured != nil {
			fmt.Fprintf(w, "  dead %s, injured %s\n", orDash(countText(r.Dead)), orDash(countText(r.Injured)))
		}
		for _, c := range r.Claims {
			self := ""
			if c.Self {
				self = " (the actor itself)"
			}
			fmt.Fprintf(w, "  claim:   %s by %s%s: %q\n", c.Stance, orDash(c.By), self, c.Text)
		}
		fmt.Fprintf(w, "  evidence: %q\n", r.Evidence)
	}
	return nil
}

func showEvent(cmd *cobra.Command, store *sqlite.Store, w io.Writer, docID string, i int, format string) error {
	events, err := store.FindEvents(cmd.Context(), sitrep.EventFilter{Document: docID})
	if err != nil {
		return err
	}
	var rec *sitrep.EventRecord
	for k := range events {
		if events[k].Index == i {
			rec = &events[k]
		}
	}
	if rec == nil {
		return fmt.Errorf("event %s/%d: %w", docID, i, sitrep.ErrNotFound)
	}
	if format == "json" {
		return json.NewEncoder(w).Encode(toEventJSON(*rec))
	}
	doc, err := store.Document(cmd.Context(), docID)
	if err != nil {
		return err
	}
	r := *rec
	fmt.Fprintf(w, "Event %s: %s", eventID(r), r.Category)
	if r.Mode != "" {
		fmt.Fprintf(w, " %s", r.Mode)
	}
	fmt.Fprintf(w, " (%s)\n", r.Modality)
	fmt.Fprintf(w, "  document: %s, %s, %s\n", orDash(r.Title), orDash(r.Source), orDash(r.URL))
	fmt.Fprintf(w, "  trigger:  %q [%d,%d)\n", r.Trigger, r.Span.Start, r.Span.End)
	fmt.Fprintf(w, "  when:     %s (precision %d)\n", orDash(r.Date), r.Precision)
	fmt.Fprintf(w, "  where:    %s (%s), precision %d\n", orDash(r.Place), orDash(r.Country), r.GeoPrecision)
	fmt.Fprintf(w, "  actor:    %s %s\n", orDash(r.Actor), r.ActorCode)
	fmt.Fprintf(w, "  target:   %s %s\n", orDash(r.Target), r.TargetCode)
	fmt.Fprintf(w, "  dead %s, injured %s\n", orDash(countText(r.Dead)), orDash(countText(r.Injured)))
	if r.Incident != 0 {
		fmt.Fprintf(w, "  incident: %d (sitrep show %d)\n", r.Incident, r.Incident)
	}
	if i < len(doc.Events) {
		ev := doc.Events[i]
		for _, c := range ev.Claims {
			text := ""
			if c.Attribution >= 0 && c.Attribution < len(doc.Attributions) {
				text = doc.Attributions[c.Attribution].Text(doc)
			}
			fmt.Fprintf(w, "  claim:    %s by %s: %q\n", c.Stance, orDash(render.EntityName(doc, c.By)), text)
		}
		for _, s := range ev.Evidence {
			if s.End <= len(doc.Text) {
				fmt.Fprintf(w, "  evidence [%d,%d): %q\n", s.Start, s.End, s.Text(doc))
			}
		}
	}
	return nil
}
