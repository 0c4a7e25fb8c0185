package facts

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// FactsSuffix ends the name of a fact file: NAME.facts.json.
const FactsSuffix = ".facts.json"

// articleExts are the article files a fact file may sit beside, in order of
// preference: the plain text is what the annotator read.
var articleExts = []string{".txt", ".html", ".htm"}

// An Article is an article file and the fact file beside it.
type Article struct {
	Name  string // "sputnik-deir-ez-zor"
	Path  string // the article: NAME.txt, else NAME.html
	Facts string // NAME.facts.json
}

// FindArticles returns the articles in dir that have a fact file beside
// them, sorted by name, and a warning for each fact file without an article.
func FindArticles(dir string) ([]Article, []string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, fmt.Errorf("facts: %w", err)
	}
	have := make(map[string]bool)
	for _, e := range entries {
		have[e.Name()] = !e.IsDir()
	}
	var articles []Article
	var warnings []string
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), FactsSuffix)
		if !ok || e.IsDir() || name == "" {
			continue
		}
		a := Article{Name: name, Facts: filepath.Join(dir, e.Name())}
		for _, ext := range articleExts {
			if have[name+ext] {
				a.Path = filepath.Join(dir, name+ext)
				break
			}
		}
		if a.Path == "" {
			warnings = append(warnings, fmt.Sprintf("%s: no %s.txt or %s.html beside it; skipped", e.Name(), name, name))
			continue
		}
		articles = append(articles, a)
	}
	sort.Slice(articles, func(i, j int) bool { return articles[i].Name < articles[j].Name })
	return articles, warnings, nil
}

// A Reader reads an article file into a Document with the given metadata.
type Reader func(path string, meta sitrep.Metadata) (*sitrep.Document, error)

// An Annotator runs the pipeline over a Document; *pipeline.Pipeline is one.
type Annotator interface {
	Run(ctx context.Context, doc *sitrep.Document) error
}

// Evaluate reads, annotates and scores every article of dir that has a fact
// file. A fact file's published date is given to the reader; its source is
// not, since detecting the source is part of reading. An article that cannot
// be read or annotated scores as an empty document, with the error recorded,
// so that its facts still count as missed. Evaluate fails only if dir cannot
// be listed or ctx is done.
func Evaluate(ctx context.Context, dir string, read Reader, annotate Annotator) (*Report, error) {
	articles, warnings, err := FindArticles(dir)
	if err != nil {
		return nil, err
	}
	var results []ArticleResult
	for _, a := range articles {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		results = append(results, EvaluateArticle(ctx, a, read, annotate))
	}
	r := Summarize(results)
	r.Warnings = warnings
	return r, nil
}

// EvaluateArticle reads, annotates and scores one article.
func EvaluateArticle(ctx context.Context, a Article, read Reader, annotate Annotator) ArticleResult {
	data, err := os.ReadFile(a.Facts)
	if err != nil {
		return failed(a, &File{}, err)
	}
	f, err := Parse(data)
	if err != nil {
		return failed(a, &File{}, fmt.Errorf("%s: %w", filepath.Base(a.Facts), err))
	}
	meta := sitrep.Metadata{Published: f.Published}
	doc, err := read(a.Path, meta)
	if err != nil {
		return failed(a, f, err)
	}
	if err := annotate.Run(ctx, doc); err != nil {
		return failed(a, f, err)
	}
	res := Score(doc, f)
	res.Name, res.File = a.Name, a.Path
	return res
}

// failed scores an article that could not be read as an empty document.
func failed(a Article, f *File, err error) ArticleResult {
	res := Score(sitrep.NewDocument("", sitrep.Metadata{Published: f.Published}), f)
	res.Name, res.File, res.Err = a.Name, a.Path, err.Error()
	return res
}
