package ner

import (
	"context"
	"slices"
	"strings"

	"github.com/sitrep-dev/sitrep"
)

// Annotate runs a pipeline (or any annotator) on a document.
type Annotate func(context.Context, *sitrep.Document) error

// Evaluate annotates each gold document and scores its name mentions
// against the gold tags. A document's text is its words joined by spaces,
// one sentence per line; the pipeline tokenizes it again, and each gold
// word takes the type of the name mention that covers it. Only name
// mentions covering whole words count (not "US" inside "US-led"), and of
// mentions over the same words the first (the longest) is kept.
func Evaluate(ctx context.Context, docs []Document, annotate Annotate) (*Score, error) {
	score := NewScore()
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var b strings.Builder
		type word struct{ start, end int }
		words := make([][]word, len(d.Sentences))
		for si, s := range d.Sentences {
			for wi, w := range s.Words {
				if wi > 0 {
					b.WriteByte(' ')
				}
				words[si] = append(words[si], word{b.Len(), b.Len() + len(w)})
				b.WriteString(w)
			}
			b.WriteByte('\n')
		}
		doc := sitrep.NewDocument(b.String(), sitrep.Metadata{})
		if doc.Text != b.String() {
			// Normalization moved bytes (CR, NFC); words no longer line up,
			// so score the document as if nothing were found.
			doc = &sitrep.Document{Text: b.String()}
		} else if err := annotate(ctx, doc); err != nil {
			return nil, err
		}
		mentions := nameMentions(doc)
		mi := 0
		for si, s := range d.Sentences {
			pred := make([]string, len(s.Words))
			for wi, w := range words[si] {
				pred[wi] = "O"
				for mi < len(mentions) && mentions[mi].End <= w.start {
					mi++
				}
				if mi < len(mentions) && mentions[mi].Start < w.end && w.start < mentions[mi].End {
					prefix := "I-"
					if w.start <= mentions[mi].Start {
						prefix = "B-"
					}
					pred[wi] = prefix + TypeToCoNLL(string(mentions[mi].Type))
				}
			}
			score.Add(s.Tags, pred)
		}
	}
	return score, nil
}

// nameMentions returns doc's name mentions that start and end on token
// boundaries, without overlaps, in order.
func nameMentions(doc *sitrep.Document) []sitrep.Mention {
	starts := make(map[int]bool, len(doc.Tokens))
	ends := make(map[int]bool, len(doc.Tokens))
	for _, t := range doc.Tokens {
		starts[t.Start], ends[t.End] = true, true
	}
	var ms []sitrep.Mention
	for _, m := range doc.Mentions {
		if m.Kind == sitrep.MentionName && starts[m.Start] && ends[m.End] {
			ms = append(ms, m)
		}
	}
	slices.SortStableFunc(ms, func(a, b sitrep.Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := ms[:0]
	for _, m := range ms {
		if len(out) > 0 && m.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, m)
	}
	return out
}
