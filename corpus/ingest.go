package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/ingest"
	"github.com/sitrep-dev/sitrep/pipeline"
)

// A Linker links the events of each new document to incidents and returns
// the incidents it created or changed. Ingest calls it from one goroutine,
// in input order, so linking is deterministic.
type Linker interface {
	Link(doc *sitrep.Document) []*sitrep.Incident
}

// A StoryLinker is a Linker that also tells the story an article joined
// (incident.Linker is one). Ingest commits the record with the article, so
// that a later run can restore the stories and link as one run would.
type StoryLinker interface {
	Linker
	Story(docID string) (sitrep.StoryRecord, bool)
}

// A Preparer is a Linker that does ahead, in Ingest's workers, the share
// of linking an article that depends on the article alone (incident.Linker
// is one): Prepare is safe for concurrent use, and its result is handed to
// LinkPrepared, which links in input order as Link does. Linking runs on
// one goroutine, so what it leaves to the workers is time every article
// no longer waits for.
type Preparer interface {
	Linker
	Prepare(doc *sitrep.Document) any
	LinkPrepared(doc *sitrep.Document, prepared any) []*sitrep.Incident
}

// A PreparingStore is a Store that does ahead, in Ingest's workers, the
// share of storing a document that depends on the document alone
// (sqlite.Store is one): Prepare is safe for concurrent use, and
// CommitPrepared is Commit given what Prepare returned for each document,
// or nil for one it did not prepare.
type PreparingStore interface {
	sitrep.Store
	Prepare(doc *sitrep.Document) (any, error)
	CommitPrepared(ctx context.Context, b *sitrep.Batch, prepared []any) error
}

// Options tunes Ingest. The zero value is ready to use.
type Options struct {
	// Workers run the pipeline in parallel; 0 means GOMAXPROCS.
	Workers int
	// BatchSize is the number of documents committed per transaction;
	// 0 means 128. Larger batches are faster; a kill loses at most the
	// batch being committed and the one being linked, which the next
	// run redoes; Ctrl-C commits what was extracted.
	BatchSize int
	// Linker, if set, links each stored document's events to incidents.
	Linker Linker
	// Progress, if set, is called after each item with the running summary.
	Progress func(*Summary)
}

// A Summary counts what Ingest did.
type Summary struct {
	Read       int   // items read, including failures
	Bytes      int64 // bytes of the items read
	Stored     int   // new documents stored
	Extracted  int   // of those, documents run through the pipeline
	Duplicates int   // items already stored, or seen earlier in the run
	Failed     int   // items that could not be read or extracted
	Reasons    map[string]int
	Failures   []Failure // the first MaxFailures failures, in input order
	Elapsed    time.Duration
	// Spent is the time spent in each step, summed over workers: reading
	// ("read", HTML extraction included), "language", each pipeline
	// stage, "link" and "store".
	Spent []Step
}

// MaxFailures bounds Summary.Failures.
const MaxFailures = 1000

// A Failure is an item that could not be ingested, and why.
type Failure struct {
	Name string
	Err  error
}

// A Step is a named share of the work.
type Step struct {
	Name  string
	Spent time.Duration
}

// result is what a worker makes of one item.
type result struct {
	seq      int
	item     Item
	doc      *sitrep.Document
	prepared any // what the Preparer made of doc, if the linker is one
	stored   any // what the PreparingStore made of doc, if the store is one
	kind     resultKind
	err      error
	bytes    int
}

type resultKind uint8

const (
	resultFailed resultKind = iota
	resultDuplicate
	resultNew
)

// Ingest reads items, extracts each new article with p, and commits the
// documents (and the incidents their events link to) to store in batches,
// one transaction each. Workers extract in parallel; one goroutine links
// the articles in input order while another commits the previous batch.
// Documents already in the store are skipped before extraction, so a run
// that was interrupted resumes where it stopped, and re-ingesting is
// idempotent.
//
// When ctx is canceled, Ingest stops reading, commits the documents
// already extracted, and returns the summary with ctx's error.
func Ingest(ctx context.Context, store sitrep.Store, p *pipeline.Pipeline, items iter.Seq[Item], opts Options) (*Summary, error) {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batchSize := opts.BatchSize
	if batchSize <= 0 {
		batchSize = 128
	}
	start := time.Now()
	stages := p.Stages()
	steps := make([]string, 0, len(stages)+4)
	steps = append(steps, "read", "language")
	for _, s := range stages {
		steps = append(steps, s.Name())
	}
	steps = append(steps, "link", "store")
	spent := make([]time.Duration, len(steps))
	var spentMu sync.Mutex

	jobs := make(chan result, workers*2)
	// Room for a batch of results, so that workers keep extracting while
	// the writer waits for the batch before last to be committed.
	results := make(chan result, batchSize+workers*2)
	readCtx, stopReading := context.WithCancel(ctx)
	defer stopReading()
	// A store empty at the start holds only what this run commits, which
	// seen tells without asking the store about each article.
	askStore := !storeEmpty(ctx, store)
	seen := &accepted{keys: map[string]bool{}}
	go func() {
		defer close(jobs)
		seq := 0
		for it := range items {
			select {
			case jobs <- result{seq: seq, item: it}:
				seq++
			case <-readCtx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := make([]time.Duration, len(steps))
			linkPreparer, _ := opts.Linker.(Preparer)
			storePreparer, _ := store.(PreparingStore)
			for job := range jobs {
				res := work(readCtx, store, askStore, seen, p, job, mine)
				if linkPreparer != nil && res.kind == resultNew {
					t := time.Now()
					res.prepared = linkPreparer.Prepare(res.doc)
					mine[len(steps)-2] += time.Since(t) // linking's share
				}
				if storePreparer != nil && res.kind == resultNew {
					t := time.Now()
					// On error, Commit encounters it again and fails the batch.
					res.stored, _ = storePreparer.Prepare(res.doc)
					mine[len(steps)-1] += time.Since(t) // storing's share
				}
				if readCtx.Err() != nil && res.kind == resultFailed && errors.Is(res.err, readCtx.Err()) {
					continue // interrupted, not failed: the next run redoes it
				}
				results <- res
			}
			spentMu.Lock()
			for i, d := range mine {
				spent[i] += d
			}
			spentMu.Unlock()
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Commits ignore cancellation: a transaction is short, and committing
	// what was extracted spares the next run from redoing it.
	commitCtx := context.WithoutCancel(ctx)
	// Unbuffered: linking batch k+1 overlaps committing batch k, and a
	// kill loses no more than those two.
	queue, done := make(chan batch), make(chan committed, 1)
	go commitBatches(commitCtx, store, queue, done)
	w := writer{
		linker: opts.Linker, batchSize: batchSize, sum: &Summary{Reasons: map[string]int{}},
		seen: seen, progress: opts.Progress,
		pending: map[int]result{}, queue: queue, done: done,
	}
	var err error
	for res := range results {
		if err == nil {
			err = w.add(res)
		}
		if err != nil {
			stopReading() // drain the workers, then return
		}
	}
	if err == nil {
		err = w.commit()
	}
	if err2 := w.finish(); err == nil {
		err = err2
	}
	sum := w.sum
	sum.Elapsed = time.Since(start)
	spentMu.Lock()
	spent[len(steps)-2] += w.linkSpent
	spent[len(steps)-1] += w.storeSpent
	for i, name := range steps {
		sum.Spent = append(sum.Spent, Step{Name: name, Spent: spent[i]})
	}
	spentMu.Unlock()
	if err == nil {
		err = ctx.Err()
	}
	return sum, err
}

// accepted holds the hashes and canonical URLs of the documents that the
// writer has accepted in this run. The writer accepts in input order, so a
// worker that finds its document's here knows the writer would find it a
// duplicate, and spares extracting it.
type accepted struct {
	mu   sync.RWMutex
	keys map[string]bool // hashes, and canonical URLs, which have "://"
}

func (a *accepted) has(hash, canonical string) bool {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.holds(hash, canonical)
}

// accept adds a document's keys, unless it has one already, and reports
// whether it did.
func (a *accepted) accept(hash, canonical string) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.holds(hash, canonical) {
		return false
	}
	a.keys[hash] = true
	if canonical != "" {
		a.keys[canonical] = true
	}
	return true
}

// holds is has, for a caller that holds the lock.
func (a *accepted) holds(hash, canonical string) bool {
	return a.keys[hash] || canonical != "" && a.keys[canonical]
}

// work turns one item into a document, or finds it is a duplicate (of one
// accepted in this run, or, if askStore, of one stored) or unreadable.
func work(ctx context.Context, store sitrep.Store, askStore bool, seen *accepted, p *pipeline.Pipeline, job result, spent []time.Duration) result {
	res := job
	it := job.item
	res.bytes = len(it.Data)
	if it.Err != nil {
		res.err = it.Err
		return res
	}
	t0 := time.Now()
	doc, err := Document(it)
	spent[0] += time.Since(t0)
	if err != nil {
		res.err = err
		return res
	}
	res.item.Data = nil // free it early; the document holds the text
	dup := seen.has(doc.Hash, sitrep.CanonicalURL(doc.Meta.URL))
	if !dup && askStore {
		if dup, err = store.HasDocument(ctx, doc.Hash, doc.Meta.URL); err != nil {
			res.err = err
			return res
		}
	}
	if dup {
		res.kind = resultDuplicate
		return res
	}
	t1 := time.Now()
	if lang := DetectLanguage(doc.Text); lang != "" {
		doc.Meta.Language = lang
	}
	spent[1] += time.Since(t1)
	if doc.Meta.Language == "en" || doc.Meta.Language == "" {
		if err := p.RunTimed(ctx, doc, spent[2:2+len(p.Stages())]); err != nil {
			res.err = err
			return res
		}
	}
	res.doc, res.kind = doc, resultNew
	return res
}

// ErrPanic marks an article on which a stage panicked. Stages must not
// panic; if one does, the pipeline turns it into this error, the article
// fails and the run goes on.
var ErrPanic = pipeline.ErrStagePanicked

// Document makes a Document from an item, rejecting binary data and plain
// text that is not valid UTF-8. (HTML may declare another charset, which the
// extractor decodes.)
func Document(it Item) (*sitrep.Document, error) {
	if it.Err != nil {
		return nil, it.Err
	}
	doc, err := ingest.FromBytes(it.Data, it.Format, it.Meta)
	if err != nil {
		return nil, err
	}
	if it.Format == ingest.FormatHTML || it.Format == ingest.FormatAuto && startsWithTag(it.Data) {
		return doc, nil
	}
	if i := firstInvalid(it.Data); i >= 0 {
		return nil, fmt.Errorf("%w: bad byte 0x%02x at offset %d", ErrInvalidUTF8, it.Data[i], i)
	}
	return doc, nil
}

func startsWithTag(data []byte) bool {
	t := bytes.TrimLeft(data[:min(len(data), 1024)], " \t\r\n\ufeff")
	return len(t) > 0 && t[0] == '<'
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// DetectLanguage returns the ISO 639-1 code of the language of text, from
// its first few kilobytes, or "" when the detector is not confident.
//
// whatlanggo's trigram detector costs milliseconds per article, more than
// some pipeline stages, so clearly English text is recognized first by the
// share of English function words, which other languages do not reach.
func DetectLanguage(text string) string {
	sample := text
	if len(sample) > 2048 {
		cut := 2048
		for cut > 0 && !utf8.RuneStart(sample[cut]) {
			cut--
		}
		sample = sample[:cut]
	}
	if clearlyEnglish(sample) {
		return "en"
	}
	info := whatlanggo.Detect(sample)
	if !info.IsReliable() {
		return ""
	}
	return info.Lang.Iso6391()
}

// englishWords are frequent English function words that are not also
// frequent words of other Latin-script languages ("a", "in", "on" are).
var englishWords = map[string]bool{"the": true, "of": true, "and": true, "to": true, "is": true, "that": true,
	"for": true, "was": true, "with": true, "said": true, "from": true, "by": true, "has": true, "have": true,
	"were": true, "it": true, "he": true, "they": true, "this": true, "at": true}

// clearlyEnglish reports whether at least one word in eight of sample, and
// at least 8 words, are English function words.
func clearlyEnglish(sample string) bool {
	words, hits := 0, 0
	start := -1
	for i := 0; i <= len(sample); i++ {
		letter := i < len(sample) && (sample[i]|0x20 >= 'a' && sample[i]|0x20 <= 'z')
		if letter {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			w := sample[start:i]
			start = -1
			words++
			if len(w) <= 4 && englishWords[strings.ToLower(w)] {
				hits++
			}
		}
	}
	return hits >= 8 && hits*8 >= words
}

// writer puts results back in input order, finds duplicates within the
// run, links, and hands batches to commitBatches, which commits each while
// the writer links the next.
type writer struct {
	linker    Linker
	batchSize int
	sum       *Summary
	progress  func(*Summary)

	next    int            // sequence number of the next result to handle
	pending map[int]result // results that arrived before their turn
	seen    *accepted

	docs      []*sitrep.Document
	prepared  []any // by the PreparingStore, one per document
	stories   []sitrep.StoryRecord
	incidents map[int64]*sitrep.Incident
	order     []int64 // incident IDs in the order they changed, for a deterministic batch

	linkSpent  time.Duration
	storeSpent time.Duration // by commitBatches, on the batches done

	queue    chan<- batch     // to commitBatches
	done     <-chan committed // from commitBatches, one per batch
	inFlight int              // batches queued and not yet done
	err      error            // of the first batch that failed
}

// A batch is what one transaction commits.
type batch struct {
	*sitrep.Batch
	prepared []any // by the PreparingStore, one per document
}

// committed is what commitBatches reports of one batch.
type committed struct {
	batch *sitrep.Batch
	err   error
	spent time.Duration
}

// commitBatches commits the batches from queue, in order, and reports each
// on done; it stops at the first error, reporting it for every batch after.
func commitBatches(ctx context.Context, store sitrep.Store, queue <-chan batch, done chan<- committed) {
	ps, _ := store.(PreparingStore)
	var err error
	for b := range queue {
		t := time.Now()
		if err == nil && ps != nil {
			err = ps.CommitPrepared(ctx, b.Batch, b.prepared)
		} else if err == nil {
			err = store.Commit(ctx, b.Batch)
		}
		done <- committed{batch: b.Batch, err: err, spent: time.Since(t)}
	}
	close(done)
}

func (w *writer) add(res result) error {
	w.pending[res.seq] = res
	for {
		r, ok := w.pending[w.next]
		if !ok {
			return nil
		}
		delete(w.pending, w.next)
		w.next++
		if err := w.handle(r); err != nil {
			return err
		}
	}
}

func (w *writer) handle(r result) error {
	s := w.sum
	s.Read++
	s.Bytes += int64(r.bytes)
	switch r.kind {
	case resultFailed:
		s.Failed++
		s.Reasons[Reason(r.err)]++
		if len(s.Failures) < MaxFailures {
			s.Failures = append(s.Failures, Failure{Name: r.item.Name, Err: r.err})
		}
	case resultDuplicate:
		s.Duplicates++
	case resultNew:
		doc := r.doc
		if !w.seen.accept(doc.Hash, sitrep.CanonicalURL(doc.Meta.URL)) {
			s.Duplicates++
			break
		}
		w.docs = append(w.docs, doc)
		w.prepared = append(w.prepared, r.stored)
		if w.linker != nil {
			t := time.Now()
			var changed []*sitrep.Incident
			if p, ok := w.linker.(Preparer); ok && r.prepared != nil {
				changed = p.LinkPrepared(doc, r.prepared)
			} else {
				changed = w.linker.Link(doc)
			}
			for _, inc := range changed {
				if w.incidents == nil {
					w.incidents = map[int64]*sitrep.Incident{}
				}
				if _, ok := w.incidents[inc.ID]; !ok {
					w.order = append(w.order, inc.ID)
				}
				w.incidents[inc.ID] = inc
			}
			if sl, ok := w.linker.(StoryLinker); ok {
				if rec, ok := sl.Story(doc.ID); ok {
					w.stories = append(w.stories, rec)
				}
			}
			w.linkSpent += time.Since(t)
		}
		if len(w.docs) >= w.batchSize {
			if err := w.commit(); err != nil {
				return err
			}
		}
	}
	w.collect()
	if w.err != nil {
		return w.err
	}
	if w.progress != nil {
		w.progress(s)
	}
	return nil
}

// commit queues the batch in progress for commitBatches, taking in the
// batches done meanwhile.
func (w *writer) commit() error {
	if w.err != nil {
		return w.err
	}
	if len(w.docs) == 0 && len(w.incidents) == 0 {
		return nil
	}
	b := batch{Batch: &sitrep.Batch{Documents: w.docs, Stories: w.stories}, prepared: w.prepared}
	for _, id := range w.order {
		b.Incidents = append(b.Incidents, snapshot(w.incidents[id]))
	}
	w.docs, w.prepared, w.stories, w.incidents, w.order = nil, nil, nil, nil, nil
	for {
		select {
		case w.queue <- b:
			w.inFlight++
			return w.err
		case c := <-w.done:
			w.committed(c)
		}
	}
}

// emptier is a store that tells cheaply whether it holds any document.
type emptier interface {
	Empty(context.Context) (bool, error)
}

// storeEmpty reports whether store certainly holds no document; on an
// error it answers false, so that every article is checked against it.
func storeEmpty(ctx context.Context, store sitrep.Store) bool {
	if e, ok := store.(emptier); ok {
		empty, err := e.Empty(ctx)
		return err == nil && empty
	}
	st, err := store.Stats(ctx)
	return err == nil && st.Documents == 0
}

// snapshot copies an incident as it is now, for a batch: the linker goes
// on changing the incidents it returned (appending reports, sorting parties
// in place) while the batch is committed.
func snapshot(inc *sitrep.Incident) *sitrep.Incident {
	c := *inc
	c.Actors, c.Targets = slices.Clone(inc.Actors), slices.Clone(inc.Targets)
	c.Reports = slices.Clip(inc.Reports) // reports are appended, never changed
	return &c
}

// collect takes in the batches done, without waiting.
func (w *writer) collect() {
	for w.inFlight > 0 {
		select {
		case c := <-w.done:
			w.committed(c)
		default:
			return
		}
	}
}

// finish waits for every queued batch and returns the first commit error.
func (w *writer) finish() error {
	close(w.queue)
	for c := range w.done {
		w.committed(c)
	}
	return w.err
}

// committed counts a batch commitBatches is done with.
func (w *writer) committed(c committed) {
	w.inFlight--
	w.storeSpent += c.spent
	if c.err != nil {
		if w.err == nil {
			w.err = c.err
		}
		return
	}
	for _, d := range c.batch.Documents {
		w.sum.Stored++
		if d.Meta.Language == "en" || d.Meta.Language == "" {
			w.sum.Extracted++
		}
	}
}

// Reason returns a short, stable reason for a failure, for the summary.
func Reason(err error) string {
	for _, k := range []struct {
		err    error
		reason string
	}{
		{ingest.ErrTooLarge, "too large"},
		{ingest.ErrBinary, "binary"},
		{ingest.ErrEmpty, "no text"},
		{ErrInvalidUTF8, "invalid UTF-8"},
		{ErrTruncated, "truncated or corrupt compression"},
		{ErrBadFeed, "broken feed"},
		{ErrBadArchive, "broken archive"},
		{ErrBadJSON, "invalid JSON"},
		{ErrNoMatch, "no file matches"},
		{ErrFetch, "fetch failed"},
		{ErrPanic, "stage panicked"},
		{context.DeadlineExceeded, "timed out"},
	} {
		if errors.Is(err, k.err) {
			return k.reason
		}
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "no such file"):
		return "not found"
	case strings.Contains(msg, "permission denied"):
		return "permission denied"
	case strings.Contains(msg, " stage: "):
		return "extraction failed"
	}
	return "other"
}

// SortedReasons returns the failure reasons, most frequent first.
func (s *Summary) SortedReasons() []string {
	out := make([]string, 0, len(s.Reasons))
	for r := range s.Reasons {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if s.Reasons[out[i]] != s.Reasons[out[j]] {
			return s.Reasons[out[i]] > s.Reasons[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}
