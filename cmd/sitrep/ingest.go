package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/corpus"
	"github.com/sitrep-dev/sitrep/incident"
	"github.com/sitrep-dev/sitrep/sqlite"
)

func newIngestCmd() *cobra.Command {
	var (
		dbPath, published, source string
		fields                    corpus.Fields
		workers, batch            int
		noLink                    bool
		maxBytes                  int64
	)
	cmd := &cobra.Command{
		Use:   "ingest [flags] PATH|GLOB|URL|- ...",
		Short: "Extract articles into the database, linking their events into incidents",
		Long: `ingest reads articles, extracts them, and stores documents, entities, places,
figures, attributions, events and incidents, with the evidence span of each,
in an SQLite database (--db, default sitrep.db).

Inputs:
  .txt, .html                one article per file
  .json, .jsonl              records with fields text, title, url, published,
                             source (rename with --text-field etc.)
  .xml, .rss, .atom, URLs    RSS and Atom feeds, one article per entry
  .warc, .warc.gz            web archives: every HTML response record
  directories                walked recursively; globs ("news/*.txt")
  -                          standard input; .gz files are decompressed

Articles not in English are stored and marked, not extracted. Articles
already stored (same text, or same canonical URL) are skipped before
extraction, so re-running is idempotent and an interrupted run (Ctrl-C, a
crash) resumes where it stopped: every committed batch is kept. Unreadable
items are reported with a reason and the run goes on; the exit status is then 1.`,
		Example: `  sitrep ingest examples/
  sitrep ingest --db news.db 'archive/2024-*/*.html' feeds/reuters.xml crawl.warc.gz
  zcat export.jsonl.gz | sitrep ingest --text-field body --published-field date -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg := corpus.Config{Fields: fields, MaxBytes: maxBytes, Stdin: cmd.InOrStdin()}
			cfg.Meta.Source = source
			if published != "" {
				t, err := parsePublished(published)
				if err != nil {
					return usageError{err}
				}
				cfg.Meta.Published = t
			}
			ctx := cmd.Context()
			p, err := newPipeline(cmd)
			if err != nil {
				return err
			}
			store, err := sqlite.Open(dbPath)
			if err != nil {
				return err
			}
			defer store.Close()
			tuneGCForIngest()
			opts := corpus.Options{Workers: workers, BatchSize: batch}
			if !noLink {
				existing, err := store.FindIncidents(ctx, sitrep.IncidentFilter{})
				if err != nil {
					return err
				}
				linker := incident.New(incident.Config{}, existing)
				// The stories of the articles already stored, so that a
				// resumed run links as one uninterrupted run would.
				if err := store.Stories(ctx, linker.Restore); err != nil {
					return err
				}
				opts.Linker = linker
			}
			stderr := cmd.ErrOrStderr()
			bar := newProgress(stderr, countArticles(args))
			if bar != nil {
				opts.Progress = func(s *corpus.Summary) { bar.Set(s.Read) }
			}
			sum, err := corpus.Ingest(ctx, store, p, corpus.Read(ctx, args, cfg), opts)
			if bar != nil {
				bar.Finish()
				fmt.Fprintln(stderr)
			}
			printSummary(stderr, sum, dbPath)
			if err != nil {
				if errors.Is(err, ctx.Err()) {
					return fmt.Errorf("interrupted; what was committed is kept, and the next run resumes: %w", err)
				}
				return err
			}
			if sum.Failed > 0 {
				return fmt.Errorf("%d of %d items could not be ingested", sum.Failed, sum.Read)
			}
			return nil
		},
	}
	f := cmd.Flags()
	addDBFlag(f.StringVar, &dbPath)
	f.StringVar(&published, "published", "", "publication time for articles that do not give one, RFC 3339 or YYYY-MM-DD")
	f.StringVar(&source, "source", "", "publisher for articles that do not name one")
	f.StringVar(&fields.Text, "text-field", "text", "JSON field holding the article text")
	f.StringVar(&fields.Title, "title-field", "title", "JSON field holding the title")
	f.StringVar(&fields.URL, "url-field", "url", "JSON field holding the URL")
	f.StringVar(&fields.Published, "published-field", "published", "JSON field holding the publication time")
	f.StringVar(&fields.Source, "source-field", "source", "JSON field holding the publisher")
	f.IntVar(&workers, "workers", 0, "articles extracted in parallel (default: the number of CPUs)")
	f.IntVar(&batch, "batch", 128, "documents committed per transaction")
	f.Int64Var(&maxBytes, "max-bytes", 16<<20, "largest article accepted, in bytes")
	f.BoolVar(&noLink, "no-link", false, "do not link events into incidents")
	return cmd
}

// tuneGCForIngest trades memory for CPU during an ingest, which keeps
// every core busy for as long as the input lasts: with the collector run
// half as often (GOGC=200) it took 3-20% less user CPU on the 840 PolNeAR
// train articles, peak RSS 330 -> ~420 MB. A soft limit on the Go heap
// makes the collector work harder again before memory runs away on large
// stores. GOGC and GOMEMLIMIT in the environment win.
func tuneGCForIngest() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(384 << 20)
	}
}

// addDBFlag declares --db on a command.
func addDBFlag(stringVar func(*string, string, string, string), p *string) {
	stringVar(p, "db", sqlite.DefaultPath, "SQLite database file")
}

// openStore opens an existing database for reading commands, so that a
// typo in --db does not silently create an empty one.
func openStore(path string) (*sqlite.Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("database %s: %w (create it with 'sitrep ingest')", path, err)
	}
	return sqlite.Open(path)
}

// newProgress returns a progress bar on w if w is a terminal, else nil.
// total is -1 when unknown, which shows a spinner with the rate.
func newProgress(w io.Writer, total int) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("ingest"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

// countArticles counts the files among inputs when each is one article, for
// the progress bar's ETA; it returns -1 when any input holds many articles
// or cannot be counted cheaply.
func countArticles(inputs []string) int {
	n := 0
	one := func(path string) bool {
		switch strings.ToLower(filepath.Ext(path)) {
		case ".txt", ".text", ".md", ".html", ".htm", ".xhtml":
			n++
			return true
		}
		return false
	}
	for _, in := range inputs {
		if in == "-" || strings.Contains(in, "://") {
			return -1
		}
		paths := []string{in}
		if strings.ContainsAny(in, "*?[") {
			paths, _ = filepath.Glob(in)
		}
		for _, p := range paths {
			info, err := os.Stat(p)
			if err != nil {
				return -1
			}
			if !info.IsDir() {
				if !one(p) {
					return -1
				}
				continue
			}
			bad := false
			filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() && !strings.HasPrefix(d.Name(), ".") && !one(path) {
					bad = true
					return filepath.SkipAll
				}
				return nil
			})
			if bad {
				return -1
			}
		}
	}
	return n
}

func printSummary(w io.Writer, s *corpus.Summary, db string) {
	if s == nil {
		return
	}
	secs := s.Elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(s.Read) / secs
	}
	fmt.Fprintf(w, "read %d (%.1f MB) in %.1fs, %.0f/s: stored %d (%d extracted, %d not English), duplicates %d, failed %d\n",
		s.Read, float64(s.Bytes)/1e6, secs, rate, s.Stored, s.Extracted, s.Stored-s.Extracted, s.Duplicates, s.Failed)
	for _, r := range s.SortedReasons() {
		fmt.Fprintf(w, "  failed, %s: %d\n", r, s.Reasons[r])
	}
	const show = 10
	for i, f := range s.Failures {
		if i == show {
			fmt.Fprintf(w, "  ... and %d more\n", s.Failed-show)
			break
		}
		fmt.Fprintf(w, "  %s: %v\n", f.Name, f.Err)
	}
	fmt.Fprintf(w, "database: %s\n", db)
}
