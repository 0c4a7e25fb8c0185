package attrib

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/sitrep-dev/sitrep"
)

// Agreement scores annotators against each other on the texts of dir that
// several annotated: every annotation file after the first is scored as if
// it were a system's output against the first, which is the gold standard
// of Load. It measures how far a system can hope to go under this scoring;
// a discontinuous span of the other annotator counts as its extent.
func Agreement(dir string) (*Result, error) {
	anns, err := filepath.Glob(filepath.Join(dir, "attributions", "*.ann"))
	if err != nil {
		return nil, err
	}
	sort.Strings(anns)
	byText := make(map[string][]string)
	var names []string
	for _, ann := range anns {
		name := articleName(filepath.Base(ann))
		if byText[name] == nil {
			names = append(names, name)
		}
		byText[name] = append(byText[name], ann)
	}
	r := NewResult()
	for _, name := range names {
		files := byText[name]
		if len(files) < 2 {
			continue
		}
		raw, err := os.ReadFile(filepath.Join(dir, "text", name+".txt"))
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		var arts []Article
		for _, f := range files {
			standoff, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			a, err := ParseArticle(name, string(raw), string(standoff))
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			arts = append(arts, a)
		}
		for _, other := range arts[1:] {
			r.Score(arts[0], asPredicted(other.Gold))
		}
	}
	if r.Articles == 0 {
		return nil, fmt.Errorf("eval attrib: no text in %s has more than one annotation file", dir)
	}
	return r, nil
}

// asPredicted returns gold attributions as a system would give them.
func asPredicted(gold []Gold) []sitrep.Attribution {
	out := make([]sitrep.Attribution, 0, len(gold))
	for _, g := range gold {
		a := sitrep.Attribution{Source: g.Source.Extent(), Cue: g.Cue.Extent(), Content: g.Content.Extent(), Speaker: -1}
		a.Span = a.Source.Union(a.Cue).Union(a.Content)
		out = append(out, a)
	}
	return out
}
