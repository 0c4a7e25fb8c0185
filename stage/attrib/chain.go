package attrib

import (
	"cmp"
	"slices"

	"github.com/sitrep-dev/sitrep"
)

// maxContainerScan bounds the contents nestedChains looks through for the
// one holding an attribution.
const maxContainerScan = 64

// nestedChains extends the chain of each attribution that lies inside the
// content of another with that other's source and chain: in "Lavrov said
// talks would continue, RIA reported" and "Interfax reported that the
// ministry said …", the reader learns what Lavrov and the ministry said
// through RIA and Interfax, so the chains run Lavrov → RIA and ministry →
// Interfax, and then on to the publisher.
//
// The container is the attribution with the shortest content holding the
// nested one's cue and source; one whose source is missing names no
// relay. The nested one's own relays come first, being nearer to it.
func nestedChains(out []sitrep.Attribution) {
	if len(out) < 2 {
		return
	}
	// Candidates are looked for among the contents that start at or
	// before the nested attribution, nearest first, and no further than
	// maxContainerScan of them: a long text has tens of thousands of
	// attributions, and a content that holds that many others is not a
	// report but a misread quotation.
	byStart := make([]int, len(out))
	for i := range byStart {
		byStart[i] = i
	}
	slices.SortFunc(byStart, func(i, j int) int { return cmp.Compare(out[i].Content.Start, out[j].Content.Start) })
	container := make([]int, len(out))
	for i := range out {
		container[i] = -1
		b := &out[i]
		inner := b.Cue.Union(b.Source)
		n, _ := slices.BinarySearchFunc(byStart, inner.Start+1, func(j, off int) int { return cmp.Compare(out[j].Content.Start, off) })
		for scanned := 0; n > 0 && scanned < maxContainerScan; scanned++ {
			n--
			j := byStart[n]
			a := &out[j]
			if j == i || a.Source.IsEmpty() || !a.Content.Contains(inner) {
				continue
			}
			if k := container[i]; k < 0 || a.Content.Len() < out[k].Content.Len() {
				container[i] = j
			}
		}
	}
	// Each chain is extended from its container's finished chain: resolve
	// containers before what they contain, and stop at a cycle, which
	// overlapping contents could make.
	const (
		todo = iota
		busy
		done
	)
	state := make([]int, len(out))
	var extend func(i int)
	extend = func(i int) {
		if state[i] != todo {
			return
		}
		state[i] = busy
		k := container[i]
		if k >= 0 && state[k] != busy {
			extend(k)
			b, a := &out[i], &out[k]
			links := append([]sitrep.Link{{Span: a.Source, Entity: a.Speaker}}, a.Via...)
			for _, l := range links {
				if len(b.Via) >= maxChain {
					break
				}
				if !inChain(b, l) {
					b.Via = append(b.Via, l)
				}
			}
		}
		state[i] = done
	}
	for i := range out {
		extend(i)
	}
}

// inChain reports whether l already names the speaker of a or one of its
// relays, by entity or by span: "he said … he added" relays nothing.
func inChain(a *sitrep.Attribution, l sitrep.Link) bool {
	same := func(sp sitrep.Span, e int) bool { return sp == l.Span || l.Entity >= 0 && e == l.Entity }
	if same(a.Source, a.Speaker) {
		return true
	}
	for _, v := range a.Via {
		if same(v.Span, v.Entity) {
			return true
		}
	}
	for _, e := range a.CoSpeakers {
		if l.Entity >= 0 && e == l.Entity {
			return true
		}
	}
	return false
}
