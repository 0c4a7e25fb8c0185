// Package standard wires sitrep's standard English pipeline in one place:
// every stage, in order, with the resources it loads. It lives apart from
// package pipeline so that stage tests may build pipelines without an
// import cycle.
package standard

import (
	"fmt"

	"github.com/sitrep-dev/sitrep/gazetteer"
	"github.com/sitrep-dev/sitrep/pipeline"
	"github.com/sitrep-dev/sitrep/stage/attrib"
	"github.com/sitrep-dev/sitrep/stage/date"
	"github.com/sitrep-dev/sitrep/stage/entity"
	"github.com/sitrep-dev/sitrep/stage/event"
	"github.com/sitrep-dev/sitrep/stage/number"
	"github.com/sitrep-dev/sitrep/stage/place"
	"github.com/sitrep-dev/sitrep/stage/segment"
)

// Resources are the data files the stages load. The zero value uses the
// embedded defaults.
type Resources struct {
	// GazetteerPath, if set, replaces the embedded gazetteer with a file
	// written by "sitrep gazetteer build".
	GazetteerPath string
}

// New returns the standard pipeline:
// segment → entity → place → date → number → attrib → event.
func New(r Resources) (*pipeline.Pipeline, error) {
	gaz, err := loadGazetteer(r.GazetteerPath)
	if err != nil {
		return nil, err
	}
	ent, err := entity.New(entity.Config{Places: gaz})
	if err != nil {
		return nil, err
	}
	pl, err := place.New(place.Config{Gazetteer: gaz})
	if err != nil {
		return nil, err
	}
	dt, err := date.New(date.Config{})
	if err != nil {
		return nil, err
	}
	num, err := number.New()
	if err != nil {
		return nil, err
	}
	att, err := attrib.New()
	if err != nil {
		return nil, err
	}
	ev, err := event.New(event.Config{})
	if err != nil {
		return nil, err
	}
	return pipeline.New(segment.New(), ent, pl, dt, num, att, ev)
}

func loadGazetteer(path string) (*gazetteer.Gazetteer, error) {
	if path == "" {
		return gazetteer.Default()
	}
	g, err := gazetteer.Load(path)
	if err != nil {
		return nil, fmt.Errorf("gazetteer %s: %w", path, err)
	}
	return g, nil
}
