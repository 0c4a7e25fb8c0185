package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/sitrep-dev/sitrep/corpus"
	"github.com/sitrep-dev/sitrep/incident"
	"github.com/sitrep-dev/sitrep/sqlite"
)

// benchResult is what bench measures; --json prints it.
type benchResult struct {
	Documents  int                `json:"documents"`
	Stored     int                `json:"stored"`
	Failed     int                `json:"failed"`
	MB         float64            `json:"mb"`
	Seconds    float64            `json:"seconds"`
	DocsPerSec float64            `json:"docs_per_sec"`
	MBPerSec   float64            `json:"mb_per_sec"`
	PeakRSSMB  float64            `json:"peak_rss_mb"`
	Workers    int                `json:"workers"`
	Share      map[string]float64 `json:"share"` // fraction of worker and writer time per step
	Steps      []string           `json:"steps"` // step names in pipeline order
}

func newBenchCmd() *cobra.Command {
	var (
		dbPath, cpuProfile string
		workers            int
		asJSON             bool
	)
	cmd := &cobra.Command{
		Use:   "bench [CORPUS...]",
		Short: "Measure end-to-end ingest speed: documents/s, MB/s, time per stage, peak memory",
		Long: `bench ingests a corpus (default: the examples/ folder) into a fresh database
and reports documents and megabytes per second, the share of time spent in
each step (reading and HTML extraction, language detection, each pipeline
stage, incident linking, storing), and the peak resident memory.

The database is a temporary file, removed afterwards, unless --db is given.`,
		Example: `  sitrep bench
  sitrep bench ../shared/eval/polnear/train/text --json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"examples"}
			}
			ctx := cmd.Context()
			if dbPath == "" {
				dir, err := os.MkdirTemp("", "sitrep-bench-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				dbPath = filepath.Join(dir, "bench.db")
			} else if _, err := os.Stat(dbPath); err == nil {
				return usageError{fmt.Errorf("--db %s exists; bench measures a fresh database", dbPath)}
			}
			p, err := newPipeline(cmd)
			if err != nil {
				return err
			}
			store, err := sqlite.Open(dbPath)
			if err != nil {
				return err
			}
			defer store.Close()
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			tuneGCForIngest() // as ingest does: bench measures an ingest
			opts := corpus.Options{Workers: workers, Linker: incident.New(incident.Config{}, nil)}
			sum, err := corpus.Ingest(ctx, store, p, corpus.Read(ctx, args, corpus.Config{}), opts)
			if err != nil {
				return err
			}
			res := benchResult{Documents: sum.Read, Stored: sum.Stored, Failed: sum.Failed,
				MB: float64(sum.Bytes) / 1e6, Seconds: sum.Elapsed.Seconds(), PeakRSSMB: peakRSSMB(),
				Workers: workers, Share: map[string]float64{}}
			if res.Workers <= 0 {
				res.Workers = runtime.GOMAXPROCS(0)
			}
			if res.Seconds > 0 {
				res.DocsPerSec = float64(res.Documents) / res.Seconds
				res.MBPerSec = res.MB / res.Seconds
			}
			var total time.Duration
			for _, s := range sum.Spent {
				total += s.Spent
			}
			for _, s := range sum.Spent {
				res.Steps = append(res.Steps, s.Name)
				if total > 0 {
					res.Share[s.Name] = float64(s.Spent) / float64(total)
				}
			}
			return printResult(cmd, asJSON, res, func(out io.Writer) error {
				fmt.Fprintf(out, "%d documents (%.1f MB) in %.2fs with %d workers: %.0f docs/s, %.2f MB/s, peak RSS %.0f MB\n",
					res.Documents, res.MB, res.Seconds, res.Workers, res.DocsPerSec, res.MBPerSec, res.PeakRSSMB)
				if res.Failed > 0 {
					fmt.Fprintf(out, "%d failed (see 'sitrep ingest' for reasons)\n", res.Failed)
				}
				fmt.Fprintln(out, "share of time per step:")
				for _, s := range sum.Spent {
					fmt.Fprintf(out, "  %-12s %5.1f%%  %v\n", s.Name, 100*res.Share[s.Name], s.Spent.Round(time.Millisecond))
				}
				st, err := store.Stats(ctx)
				if err == nil {
					fmt.Fprintf(out, "stored: %d documents, %d events, %d incidents\n", st.Documents, st.Events, st.Incidents)
				}
				return nil
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&dbPath, "db", "", "keep the database in this new file (default: a temporary file)")
	f.IntVar(&workers, "workers", 0, "articles extracted in parallel (default: the number of CPUs)")
	f.BoolVar(&asJSON, "json", false, "print one JSON object")
	f.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile to this file (go tool pprof)")
	return cmd
}

// peakRSSMB returns the peak resident memory of this process in MB.
func peakRSSMB() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Maxrss) / 1024 // kilobytes on Linux
}
