package ner

import (
	"bytes"
	"strings"
	"testing"
)

// contexts is a corpus in which "cat" and "dog", and "sat" and "ran", occur
// between the same words.
func contexts() [][]string {
	var out [][]string
	for range 20 {
		for _, s := range []string{"the cat sat down", "the dog sat down", "a cat ran away", "a dog ran away", "the dog ran down", "a cat sat away"} {
			out = append(out, strings.Fields(s))
		}
	}
	return out
}

func TestExchangeGroupsWordsByContext(t *testing.T) {
	corpus := []int32{0}
	ids := map[string]int32{}
	for _, s := range contexts() {
		for _, w := range s {
			if _, ok := ids[w]; !ok {
				ids[w] = int32(len(ids) + 1)
			}
			corpus = append(corpus, ids[w])
		}
		corpus = append(corpus, 0)
	}
	class := exchange(newBigramGraph(corpus, len(ids)+1), 4, 20, nil)
	same := func(a, b string) bool { return class[ids[a]] == class[ids[b]] }
	if !same("cat", "dog") || !same("sat", "ran") || same("cat", "sat") || same("the", "cat") {
		t.Errorf("classes %v for words %v: want cat with dog, sat with ran, and apart", class, ids)
	}
}

func TestClusterIsDeterministicAndRoundTrips(t *testing.T) {
	var a, b bytes.Buffer
	if err := Cluster(contexts(), ClusterOptions{}, &a); err != nil {
		t.Fatal(err)
	}
	if err := Cluster(contexts(), ClusterOptions{}, &b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two clusterings of the same text wrote different tables")
	}
	table, err := decodeClusters(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(table.ids) != 8 {
		t.Errorf("table has %d words, want the 8 of the corpus", len(table.ids))
	}
	for _, w := range []string{"Cat", "cat", "DOG"} {
		ids := table.of(hashLower(w))
		for l, id := range ids {
			if id == 0 || int(id) > ClusterLevels[l] {
				t.Errorf("%q: cluster %d at level %d, want 1..%d", w, id, l, ClusterLevels[l])
			}
		}
	}
	if ids := table.of(hashLower("mouse")); ids != [len(ClusterLevels)]uint16{} {
		t.Errorf("unseen word has clusters %v", ids)
	}
	if _, err := decodeClusters(strings.NewReader("not gzip")); err == nil {
		t.Error("decodeClusters accepted garbage")
	}
}

func TestShippedClusters(t *testing.T) {
	clusters, err := defaultClusters()
	if err != nil {
		t.Fatal(err)
	}
	if n := len(clusters.ids); n < 10000 {
		t.Errorf("shipped cluster table has %d words, want > 10000", n)
	}
}
