// Package standard wires sitrep's standard English pipeline in one place:
// every stage, in order, with the resources it loads. It lives apart from
// package pipeline so that stage tests may build pipelines without an
// import cycle.
package standard

import (
	"github.com/sitrep-dev/sitrep/pipeline"
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
	return pipeline.New(
		segment.New(),
	)
}
