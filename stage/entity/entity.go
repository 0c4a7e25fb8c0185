// Package entity finds who and what an article talks about: mentions of
// persons, organizations, places, peoples, facilities and weapons, grouped
// into canonical entities with CAMEO-style actor codes.
//
// A mention is a name ("Ryan Dillon", "OIR"), a description that matters for
// events and attribution ("the ministry", "civilians", "a coalition
// spokesman") or a pronoun whose referent is safe to choose. Names come from
// the statistical tagger of package ner, corrected and completed by rules
// (chunks.go, names.go): the actor dictionary (package actor), datelines
// ("MOSCOW (Sputnik) —"), acronym definitions ("Operation Inherent Resolve
// (OIR)"), the parts of hyphenated words ("US-led", "anti-Daesh"), names
// after strong titles ("Col. Ryan Dillon"), capitalized runs ending in an
// organization word ("Foreign Ministry"), military operations, particles
// ("Deir ez-Zor"), the gazetteer for two-word "persons" that are places, and
// names recurring later in the document ("Dillon").
//
// Decisions:
//   - A title or rank is not part of the name mention: "Army Col. Ryan
//     Dillon" names "Ryan Dillon"; "Army Col." becomes the person's Role
//     unless an apposition ("the spokesman for ...") gives a fuller one, and
//     its sector (MIL) goes into the actor code.
//   - Description spans leave out determiners and quantifiers: "the
//     illegitimate international coalition" is mentioned as "illegitimate
//     international coalition".
//   - A country or capital that acts ("Damascus has rebuked", "according to
//     Moscow", "Damascus' consent") keeps its GPE mention, for the place
//     stage, and gets a second mention over the same span, of type ORG, that
//     refers to the country's government (actor SYRGOV). The GPE mention
//     comes first in Mentions.
//   - Named things that are none of the DOMAIN types are kept, as EVENT
//     (wars, summits) or OTHER, so that evaluation against CoNLL's MISC is
//     fair; consumers may ignore them.
//
// Coreference is in-document: equal names, shorter forms of a name
// ("Dillon", "Syrian Arab Crescent"), acronyms (defined or matching the
// initials), dictionary aliases ("Daesh", "ISIS"), appositions, definite
// descriptions ("the ministry" → the latest entity whose mentions contain a
// word of its group; "the organization" → the latest organization named in
// subject position), and pronouns when only one referent fits.
package entity

import (
	"context"
	"fmt"
	"sync"

	"github.com/sitrep-dev/sitrep"
	"github.com/sitrep-dev/sitrep/actor"
	"github.com/sitrep-dev/sitrep/gazetteer"
	"github.com/sitrep-dev/sitrep/ner"
)

// Config configures the stage. The zero value uses the embedded model and
// actor dictionary.
type Config struct {
	// Actors, if set, replaces the embedded actor dictionary, for instance
	// one extended with Dictionary.AddFile.
	Actors *actor.Dictionary
	// Model, if set, replaces the shipped tagger weights.
	Model *ner.Model
	// Places, if set, replaces the embedded gazetteer, which tells places
	// from persons where the tagger hesitates ("Deir ez-Zor").
	Places *gazetteer.Gazetteer
}

// Stage is the entity stage.
type Stage struct {
	actors  *actor.Dictionary
	model   *ner.Model
	places  *gazetteer.Gazetteer // nil if none could be loaded
	lex     *lexicon
	taggers sync.Pool // *ner.Tagger
	scratch sync.Pool // *annotator, for its buffers
}

// New returns the entity stage, loading its resources.
func New(cfg Config) (*Stage, error) {
	s := &Stage{actors: cfg.Actors, model: cfg.Model, places: cfg.Places}
	var err error
	if s.actors == nil {
		if s.actors, err = actor.New(); err != nil {
			return nil, err
		}
	}
	if s.model == nil {
		if s.model, err = ner.Load(); err != nil {
			return nil, err
		}
	}
	if s.places == nil {
		// Without a gazetteer the stage still works, trusting the tagger.
		s.places, _ = gazetteer.Default()
	}
	if s.lex, err = parseLexicon(); err != nil {
		return nil, err
	}
	s.taggers.New = func() any { return s.model.NewTagger() }
	return s, nil
}

// Name returns "entity".
func (*Stage) Name() string { return "entity" }

// Needs returns the token and sentence layers.
func (*Stage) Needs() []sitrep.Layer {
	return []sitrep.Layer{sitrep.LayerTokens, sitrep.LayerSentences}
}

// Adds returns the entity layer: Mentions and Entities.
func (*Stage) Adds() []sitrep.Layer { return []sitrep.Layer{sitrep.LayerEntities} }

// Run finds the mentions and entities of doc.
func (s *Stage) Run(ctx context.Context, doc *sitrep.Document) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("entity: internal error: %v", r)
		}
	}()
	doc.Mentions, doc.Entities = doc.Mentions[:0], doc.Entities[:0]
	if len(doc.Tokens) == 0 {
		return nil
	}
	tagger := s.taggers.Get().(*ner.Tagger)
	defer s.taggers.Put(tagger)
	reuse, _ := s.scratch.Get().(*annotator)
	a := newAnnotator(s, doc, reuse)
	defer func() { a.release(); s.scratch.Put(a) }()
	a.tag(tagger)
	if err := ctx.Err(); err != nil {
		return err
	}
	a.findNames()
	a.findNominals()
	a.sortMentions()
	a.resolveNames()
	a.resolveNominals()
	a.findMetonyms()
	a.sortMentions()
	a.findPronouns()
	a.sortMentions()
	a.assignRoles()
	a.assignActors()
	a.write()
	return nil
}
