package ner

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

// Word clusters give the tagger a feature that transfers beyond the words of
// its training set: words that occur in similar contexts of unlabelled text
// ("Reading", "Bristol"; "Records", "Studios") share a cluster, so a name
// unseen in training but seen in the clustering text gets the weights its
// cluster learned. Clusters are found by the exchange algorithm (Kneser and
// Ney 1993; Martin, Liermann and Ney 1998), which maximizes the likelihood of
// a class bigram model, at two granularities.
//
// Words are keyed by the hash of their lower-cased form (digits as 0), the
// tagger's tokenInfo.lower, so the shipped table (clusters.bin.gz) holds no
// text. Like the name lists, the clusters are part of the model: changing
// them means retraining; `sitrep train clusters` reproduces them.

//go:embed clusters.bin.gz
var shippedClusters []byte

// ClusterLevels are the numbers of clusters of each granularity, coarse
// first.
var ClusterLevels = [...]int{64, 512}

// fineLevel is the index of the finest level in ClusterLevels.
const fineLevel = len(ClusterLevels) - 1

// clusterTable maps lower-cased word hashes to their cluster at each level,
// numbered from 1 (0: the word is not in the table).
type clusterTable struct {
	ids map[uint64][len(ClusterLevels)]uint16
}

// defaultClusters decodes the shipped table once. On an error it gives an
// empty table too, so that feature extraction never fails, but Load reports
// the error: a model trained with clusters quietly loses accuracy without.
var defaultClusters = sync.OnceValues(func() (*clusterTable, error) {
	t, err := decodeClusters(bytes.NewReader(shippedClusters))
	if err != nil {
		return &clusterTable{}, fmt.Errorf("ner: load shipped clusters: %w", err)
	}
	return t, nil
})

// of returns the clusters of the word whose lower-cased hash is lower.
func (t *clusterTable) of(lower uint64) [len(ClusterLevels)]uint16 {
	return t.ids[lower]
}

// ClusterOptions tunes Cluster. The zero value is ready to use.
type ClusterOptions struct {
	// MinCount is the fewest occurrences a word needs to be clustered; 0
	// means 3.
	MinCount int
	// Iterations bounds the exchange passes over the vocabulary at each
	// level; 0 means 15.
	Iterations int
	// Log, if set, receives one line per pass.
	Log io.Writer
}

// Cluster clusters the words of sentences and writes the table, keyed by
// word hash, to w. It is deterministic: the same sentences in the same order
// give the same bytes.
func Cluster(sentences [][]string, opt ClusterOptions, w io.Writer) error {
	if opt.MinCount == 0 {
		opt.MinCount = 3
	}
	if opt.Iterations == 0 {
		opt.Iterations = 15
	}
	// Vocabulary: lower-cased forms, id 0 the sentence boundary and id 1
	// every rare word.
	counts := map[uint64]int{}
	for _, s := range sentences {
		for _, word := range s {
			counts[hashLower(word)]++
		}
	}
	keys := make([]uint64, 0, len(counts))
	for k, n := range counts {
		if n >= opt.MinCount {
			keys = append(keys, k)
		}
	}
	// Most frequent first; ties by key, for determinism.
	slices.SortFunc(keys, func(a, b uint64) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		if a < b {
			return -1
		}
		return 1
	})
	const boundaryID, rareID = 0, 1
	id := make(map[uint64]int32, len(keys))
	for i, k := range keys {
		id[k] = int32(i + 2)
	}
	var corpus []int32
	for _, s := range sentences {
		corpus = append(corpus, boundaryID)
		for _, word := range s {
			if v, ok := id[hashLower(word)]; ok {
				corpus = append(corpus, v)
			} else {
				corpus = append(corpus, rareID)
			}
		}
	}
	corpus = append(corpus, boundaryID)
	g := newBigramGraph(corpus, len(keys)+2)
	levels := make([][]int32, len(ClusterLevels))
	for li, n := range ClusterLevels {
		levels[li] = exchange(g, n, opt.Iterations, opt.Log)
	}
	return encodeClusters(w, keys, levels)
}

// bigramGraph holds, per word, its successors and predecessors with counts.
type bigramGraph struct {
	n          int
	count      []int64
	succ, pred [][]wordCount
	self       []int64 // bigrams of the word with itself
}

type wordCount struct {
	w int32
	n int64
}

func newBigramGraph(corpus []int32, n int) *bigramGraph {
	g := &bigramGraph{n: n, count: make([]int64, n), succ: make([][]wordCount, n), pred: make([][]wordCount, n), self: make([]int64, n)}
	pairs := map[uint64]int64{}
	for i, v := range corpus {
		g.count[v]++
		if i > 0 {
			pairs[uint64(corpus[i-1])<<32|uint64(v)]++
		}
	}
	keys := make([]uint64, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		u, v, c := int32(k>>32), int32(k&0xffffffff), pairs[k]
		if u == v {
			g.self[u] += c
			continue
		}
		g.succ[u] = append(g.succ[u], wordCount{v, c})
		g.pred[v] = append(g.pred[v], wordCount{u, c})
	}
	return g
}

// smallXlogx holds x log x for the small counts most cells have.
var smallXlogx = sync.OnceValue(func() []float64 {
	t := make([]float64, 1<<16)
	for x := 1; x < len(t); x++ {
		t[x] = float64(x) * math.Log(float64(x))
	}
	return t
})

func xlogx(x int64, small []float64) float64 {
	if x < int64(len(small)) {
		if x <= 0 {
			return 0
		}
		return small[x]
	}
	return float64(x) * math.Log(float64(x))
}

// exchange assigns the words of g to k classes, the boundary and rare words
// included, and returns each word's class. It moves one word at a time to
// the class that most raises the class bigram likelihood
// sum N(c,d) log N(c,d) - 2 sum N(c) log N(c), until a pass moves few words
// or after iterations passes.
func exchange(g *bigramGraph, k, iterations int, log io.Writer) []int32 {
	class := make([]int32, g.n)
	for w := range class {
		// Words are in order of frequency: spread the frequent ones.
		class[w] = int32(w % k)
	}
	big := make([]int64, k*k) // class bigram counts, row = first class
	uni := make([]int64, k)
	for w := range g.n {
		cw := int(class[w])
		uni[cw] += g.count[w]
		big[cw*k+cw] += g.self[w]
		for _, s := range g.succ[w] {
			big[cw*k+int(class[s.w])] += s.n
		}
	}
	small := smallXlogx()
	succ, pred := make([]int64, k), make([]int64, k) // per class, for the word moved
	var touchedS, touchedP []int32
	for it := 1; it <= iterations; it++ {
		moved := 0
		for w := range g.n {
			a := int(class[w])
			touchedS, touchedP = touchedS[:0], touchedP[:0]
			for _, s := range g.succ[w] {
				c := class[s.w]
				if succ[c] == 0 {
					touchedS = append(touchedS, c)
				}
				succ[c] += s.n
			}
			for _, p := range g.pred[w] {
				c := class[p.w]
				if pred[c] == 0 {
					touchedP = append(touchedP, c)
				}
				pred[c] += p.n
			}
			self := g.self[w]
			// Take w out of a.
			for _, c := range touchedS {
				big[a*k+int(c)] -= succ[c]
			}
			for _, c := range touchedP {
				big[int(c)*k+a] -= pred[c]
			}
			big[a*k+a] -= self
			uni[a] -= g.count[w]
			// Score every class for w.
			bestB, bestGain := a, math.Inf(-1)
			for b := range k {
				gain := 0.0
				for _, c := range touchedS {
					if int(c) != b {
						old := big[b*k+int(c)]
						gain += xlogx(old+succ[c], small) - xlogx(old, small)
					}
				}
				for _, c := range touchedP {
					if int(c) != b {
						old := big[int(c)*k+b]
						gain += xlogx(old+pred[c], small) - xlogx(old, small)
					}
				}
				old := big[b*k+b]
				gain += xlogx(old+succ[b]+pred[b]+self, small) - xlogx(old, small)
				gain -= 2 * (xlogx(uni[b]+g.count[w], small) - xlogx(uni[b], small))
				if gain > bestGain+1e-9 || gain >= bestGain-1e-9 && b == a {
					bestB, bestGain = b, gain
				}
			}
			// Put w into bestB.
			b := bestB
			for _, c := range touchedS {
				big[b*k+int(c)] += succ[c]
			}
			for _, c := range touchedP {
				big[int(c)*k+b] += pred[c]
			}
			big[b*k+b] += self
			uni[b] += g.count[w]
			if b != a {
				moved++
				class[w] = int32(b)
			}
			for _, c := range touchedS {
				succ[c] = 0
			}
			for _, c := range touchedP {
				pred[c] = 0
			}
		}
		if log != nil {
			fmt.Fprintf(log, "clusters %d: pass %d moved %d of %d words\n", k, it, moved, g.n)
		}
		if moved < g.n/1000 {
			break
		}
	}
	return class
}

// Encoding: a gzip stream of a header (magic, version, number of levels,
// number of words) and, per word in ascending key order, the key as a varint
// delta from the previous one and its class at each level as a varint.

var clusterMagic = [4]byte{'s', 'c', 'l', 'u'}

func encodeClusters(w io.Writer, keys []uint64, levels [][]int32) error {
	v, err := newVarintWriter(w, clusterMagic)
	if err != nil {
		return err
	}
	v.u(uint64(len(levels)))
	v.u(uint64(len(keys)))
	var last uint64
	for _, i := range keyOrder(keys) {
		v.u(keys[i] - last)
		last = keys[i]
		for _, l := range levels {
			v.u(uint64(l[i+2])) // words are numbered after the boundary and rare ids
		}
	}
	return v.close()
}

func decodeClusters(r io.Reader) (*clusterTable, error) {
	br, err := openVarintReader(r, clusterMagic, "cluster table")
	if err != nil {
		return nil, err
	}
	levels, err := binary.ReadUvarint(br)
	if err != nil || levels != uint64(len(ClusterLevels)) {
		return nil, fmt.Errorf("cluster table has %d levels, want %d", levels, len(ClusterLevels))
	}
	n, err := binary.ReadUvarint(br)
	if err != nil || n > 1<<24 {
		return nil, errors.New("bad cluster word count")
	}
	t := &clusterTable{ids: make(map[uint64][len(ClusterLevels)]uint16, n)}
	var key uint64
	for range n {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, err
		}
		key += d
		var ids [len(ClusterLevels)]uint16
		for l := range ids {
			c, err := binary.ReadUvarint(br)
			if err != nil {
				return nil, err
			}
			if c >= uint64(ClusterLevels[l]) {
				return nil, fmt.Errorf("bad cluster id %d at level %d", c, l)
			}
			ids[l] = uint16(c + 1)
		}
		t.ids[key] = ids
	}
	return t, nil
}
