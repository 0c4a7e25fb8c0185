// Package attrib finds attributions: reported speech and thought, in the
// PARC/PolNeAR model of a source (who), a cue (said, according to, denied)
// and a content (what), with the reporting chain and the stance each takes.
//
// Cues come from an embedded lexicon (cues.txt) and a cue classifier, an
// averaged perceptron over each word and its context (cue_weights.bin.gz,
// trained by "sitrep train attrib" on PolNeAR): the classifier adds words
// the lexicon lacks where they are cues ("voters think", "criticism of"),
// and vetoes listed words where they are not ("a group called"); words of
// thought, intention and evaluation (senses.txt: "intends", "worries")
// share features, so that it judges those seen too seldom in training
// ("the FBI decided to"). Around each cue, rules over tokens find the
// source and content in the usual orders of news prose:
//
//	The ministry has urged the council to act.      source cue content
//	"We ask the council to act," the statement read. content source cue
//	"We ask the council to act," said the minister.  content cue source
//	According to Damascus, the plans would not help. cue source content
//
// A second linear model, the judge (judge_weights.bin.gz, a logistic
// regression, see judgeSentence), then weighs whole attributions: it
// keeps or drops each one the rules built, and each one they would build
// around a word the classifier nearly passed or a cue nested in another
// content, from what the classifier cannot see (the kinds and lengths of
// the source and content, the cue around it, the classifier's own score).
//
// Quotations are found by a scanner that follows the conventions of news
// writing (multi-paragraph quotations, nested quotes); a quotation with no
// cue of its own continues the previous attribution's speaker, unless a
// dash and a name sign it ("“…” ― Sonya Herridge"). In a transcript, each
// paragraph opened by a speaker label ("WALLACE: …") is that speaker's.
//
// The speaker is the entity of the mention that heads the source span, so
// pronouns and descriptions resolve through the entity stage's coreference;
// a "he" or "she" it leaves unresolved takes the person who spoke just
// before (see pronounSpeakers). With no mentions the source span is still
// found and Speaker is -1. Relays
// ("as quoted by SANA", "citing the Observatory") build the chain in Via.
package attrib

import (
	"cmp"
	"context"
	"slices"
	"sync"

	"github.com/sitrep-dev/sitrep"
)

// Stage is the attribution finder.
type Stage struct {
	lex   *lexicon
	model *cueModel
	judge *cueModel // nil for none
	// extractors holds *extractor whose per-token buffers the next
	// document reuses: the stage is shared by goroutines, each document
	// takes one.
	extractors sync.Pool
}

// New returns the attribution stage with its embedded cue lexicon, cue
// classifier and judge.
func New() (*Stage, error) {
	return NewWithWeights(cueWeights, judgeWeights)
}

// NewWithWeights returns the attribution stage with the cue classifier
// cue and the judge of candidate attributions judge (nil for none), in
// the formats TrainCues and TrainJudge write.
func NewWithWeights(cue, judge []byte) (*Stage, error) {
	lex, err := parseLexicon(cuesData)
	if err != nil {
		return nil, err
	}
	model, err := loadCueModel(cue)
	if err != nil {
		return nil, err
	}
	s := &Stage{lex: lex, model: model}
	if judge != nil {
		if s.judge, err = loadCueModel(judge); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Name returns "attrib".
func (*Stage) Name() string { return "attrib" }

// Needs returns the token, sentence and entity layers.
func (*Stage) Needs() []sitrep.Layer {
	return []sitrep.Layer{sitrep.LayerTokens, sitrep.LayerSentences, sitrep.LayerEntities}
}

// Adds returns the attribution layer.
func (*Stage) Adds() []sitrep.Layer { return []sitrep.Layer{sitrep.LayerAttributions} }

// Run finds the attributions of doc, sorted by Start.
func (s *Stage) Run(ctx context.Context, doc *sitrep.Document) error {
	x, _ := s.extractors.Get().(*extractor)
	if x == nil {
		x = new(extractor)
	}
	defer s.extractors.Put(x)
	defer x.release()
	x.init(s.lex, s.model, doc)
	x.judge = s.judge
	for i := range doc.Sentences {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		x.sentence(i)
	}
	x.transcript()
	x.bylines()
	x.tweets()
	x.subjectPronounSpeakers()
	x.pronounSpeakers()
	x.namedBodySpeakers()
	x.itSpeakers()
	x.statementSpeakers()
	x.coordinatedSpeakers()
	x.coordinatedSubjects()
	x.pluralPronounSpeakers()
	x.theirBodySpeakers()
	x.toldOutletSpeakers()
	x.relayPronounSpeakers()
	x.definiteSpeakers()
	x.orphanQuotations()
	x.innerQuotations()
	x.out = x.dropCuesInCues(x.out)
	out := x.out
	x.nestedChains(out)
	x.trimDateline(out)
	slices.SortStableFunc(out, func(a, b sitrep.Attribution) int { return cmp.Compare(a.Start, b.Start) })
	x.continuedRelays(out)
	x.partialQuotations(out)
	doc.Attributions = out
	// Report unclosed quotations, replacing this stage's earlier notes.
	diags := doc.Diagnostics[:0]
	for _, d := range doc.Diagnostics {
		if d.Layer != sitrep.LayerAttributions {
			diags = append(diags, d)
		}
	}
	for _, q := range x.quotes {
		if q.unclosed {
			diags = append(diags, sitrep.Diagnostic{Span: q.Span, Layer: sitrep.LayerAttributions,
				Msg: "quotation not closed: taken to end with its paragraph"})
		}
	}
	doc.Diagnostics = diags
	return nil
}

// trimDateline keeps a wire dateline ("BEIRUT, March 12 (Reuters) -") out of
// the content and the source of an attribution whose sentence opens the
// story: the dateline says where the reporter files from, not what the
// source said nor who said it ("BEIRUT (Reuters) - The Syrian Observatory
// …, a war monitor, said" is the Observatory's, not Beirut's).
func (x *extractor) trimDateline(out []sitrep.Attribution) {
	doc := x.doc
	dl := doc.Meta.Dateline.Span
	if dl.IsEmpty() {
		return
	}
	after := func(end int) int {
		start := dl.End
		for start < end && (doc.Text[start] == ' ' || doc.Text[start] == '\t' || doc.Text[start] == '\n') {
			start++
		}
		return start
	}
	for i := range out {
		a := &out[i]
		if a.Content.Start < dl.End && a.Content.End > dl.End {
			a.Content.Start = after(a.Content.End)
		}
		if !a.Source.IsEmpty() && a.Source.End <= dl.End && a.Cue.Start > dl.End {
			// "PRISTINA (AFP) - Kosovo police said …, and blamed a Serb
			// group": the subject sought from the sentence's start was
			// the dateline's place; it is the one after the dateline.
			a.Source = x.subject(x.tokenAfter(after(a.Cue.Start)), x.tokenAfter(a.Cue.Start))
			a.Speaker = -1
			if !a.Source.IsEmpty() {
				a.Speaker = x.entityIn(a.Source)
			}
		}
		if a.Source.Start < dl.End && a.Source.End > dl.End {
			a.Source.Start = after(a.Source.End)
			if a.Speaker >= 0 && !x.speaksIn(a.Speaker, a.Source) {
				a.Speaker = x.entityIn(a.Source) // it was the dateline's place
			}
		}
		for k := range a.Via {
			// "DUBAI (Reuters) - UKMTO, citing the vessel's master, said":
			// the citer, a relay now, began in the dateline too.
			if v := &a.Via[k]; v.Span.Start < dl.End && v.Span.End > dl.End {
				v.Span.Start = after(v.Span.End)
				v.Entity = x.entityIn(v.Span)
			}
		}
		a.Span = a.Source.Union(a.Cue).Union(a.Content)
	}
}

// speaksIn reports whether entity e has a mention inside span sp.
func (x *extractor) speaksIn(e int, sp sitrep.Span) bool {
	return x.anyMentionIn(sp.Start, sp.End, func(m *sitrep.Mention) bool { return m.Entity == e })
}
