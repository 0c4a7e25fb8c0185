package main

import (
	"bufio"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/render"
)

func newExtractCmd() *cobra.Command {
	var (
		published, source, url, format string
	)
	cmd := &cobra.Command{
		Use:   "extract [flags] FILE... | -",
		Short: "Extract events, places, dates, figures and attributions from articles",
		Long: `extract reads each article (plain text or HTML; "-" reads standard input)
and prints one JSON object per article (JSON Lines), as docs/schema.md
describes. Every extracted field carries its evidence: start and end byte
offsets into the normalized text, and the text itself.

A dateline such as "BEIRUT, Oct 24 (Reuters) -" fills in the source and the
dateline place. Relative dates ("on Monday") are resolved against
--published, or against the article's own explicit dates if it is unknown.

Plain text may hold a paragraph a line, or be hard-wrapped at a fixed width
as wire feeds and e-mail are; a wrapped text's lines are read as running
prose (each such line break counts as a space, so no offset moves).

An article that cannot be read is reported on standard error and skipped;
the exit status is then 1.`,
		Example: `  sitrep extract --format text --published 2019-03-12 examples/strike.txt
  sitrep extract --published 2017-10-24 --source Sputnik article.txt
  curl -s https://example.org/story.html | sitrep extract --url https://example.org/story.html -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			meta := sitrep.Metadata{Source: source, URL: url}
			if published != "" {
				t, err := parsePublished(published)
				if err != nil {
					return usageError{err}
				}
				meta.Published = t
			}
			var write func(*bufio.Writer, *sitrep.Document) error
			switch format {
			case "json":
				write = func(w *bufio.Writer, d *sitrep.Document) error { return render.WriteJSON(w, d) }
			case "text":
				write = func(w *bufio.Writer, d *sitrep.Document) error { return render.WriteText(w, d) }
			default:
				return usageError{fmt.Errorf("--format must be json or text, not %q", format)}
			}
			p, err := newPipeline(cmd)
			if err != nil {
				return err
			}
			out := bufio.NewWriter(cmd.OutOrStdout())
			defer out.Flush()
			failed := 0
			for i, path := range args {
				doc, err := ingest.ReadFile(path, meta)
				if err == nil {
					err = p.Run(cmd.Context(), doc)
				}
				if err != nil {
					if cmd.Context().Err() != nil {
						return cmd.Context().Err()
					}
					slog.Error("skipping article", "file", path, "err", err)
					failed++
					continue
				}
				if format == "text" && i > 0 {
					out.WriteString("\n")
				}
				if err := write(out, doc); err != nil {
					return err
				}
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d articles could not be read", failed, len(args))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&published, "published", "", "publication time, RFC 3339 or YYYY-MM-DD; anchors relative dates")
	f.StringVar(&source, "source", "", "publisher, e.g. Reuters (default: from the dateline or HTML metadata)")
	f.StringVar(&url, "url", "", "the article's URL")
	f.StringVar(&format, "format", "json", "output format: json (JSON Lines) or text (a readable summary)")
	return cmd
}

// parsePublished accepts RFC 3339 or a bare date, read as midnight UTC.
func parsePublished(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, errors.New("--published: want RFC 3339 (2017-10-24T09:00:00Z) or a date (2017-10-24), got " + fmt.Sprintf("%q", s))
}
