package sitrep

import "fmt"

// A Layer names one kind of annotation that a stage adds to a Document.
// Exactly one stage writes each layer; stages read only the layers they need.
type Layer uint8

const (
	LayerTokens       Layer = iota + 1 // words, numbers and punctuation
	LayerSentences                     // sentence and paragraph boundaries
	LayerEntities                      // entity mentions and the canonical entities they corefer to
	LayerPlaces                        // toponyms resolved to the gazetteer
	LayerTimes                         // time expressions and each sentence's governing date
	LayerNumbers                       // numbers and casualty figures
	LayerAttributions                  // reported speech: source, cue, content, chain, stance
	LayerEvents                        // PLOVER events with arguments, sources and claims
)

var layerNames = [...]string{
	LayerTokens:       "tokens",
	LayerSentences:    "sentences",
	LayerEntities:     "entities",
	LayerPlaces:       "places",
	LayerTimes:        "times",
	LayerNumbers:      "numbers",
	LayerAttributions: "attributions",
	LayerEvents:       "events",
}

func (l Layer) String() string {
	if int(l) < len(layerNames) && layerNames[l] != "" {
		return layerNames[l]
	}
	return fmt.Sprintf("Layer(%d)", uint8(l))
}

// Layers lists every layer in pipeline order.
func Layers() []Layer {
	return []Layer{LayerTokens, LayerSentences, LayerEntities, LayerPlaces,
		LayerTimes, LayerNumbers, LayerAttributions, LayerEvents}
}
