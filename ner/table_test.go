package ner

import (
	"slices"
	"strings"
	"testing"
)

// xorshift is a deterministic source of test keys.
type xorshift uint64

func (x *xorshift) next() uint64 {
	*x ^= *x << 13
	*x ^= *x >> 7
	*x ^= *x << 17
	return uint64(*x)
}

// unpack returns the sums of s, one per label.
func (s *weightSums) unpack() [numLabels]int32 {
	var u [numLabels]int32
	for w := range s {
		for k := range 3 {
			u[3*w+k] = laneOf(s[w]+laneOffset, k) - 1<<(laneBits-1)
		}
	}
	return u
}

func TestTableFindsEveryKeyAndNothingElse(t *testing.T) {
	for _, n := range []int{0, 1, 2, 7, 1000, 20000} {
		rng := xorshift(uint64(n) + 1)
		keys := make([]uint64, n)
		rows := make([][numLabels]int16, n)
		for i := range keys {
			keys[i] = mix(rng.next(), 0)
			for k := range rows[i] {
				rows[i][k] = int16(int(rng.next()%uint64(2*maxWeight+1)) - maxWeight)
			}
		}
		tb := newTable(keys, rows)
		for i, f := range keys {
			var sum weightSums
			tb.add([]uint64{f}, &sum)
			got := sum.unpack()
			for k := range got {
				if got[k] != int32(rows[i][k]) {
					t.Fatalf("n=%d: key %d: weights %v, want %v", n, i, got, rows[i])
				}
			}
		}
		for range 1000 {
			f := mix(rng.next(), 1)
			if slices.Contains(keys, f) {
				continue
			}
			var got weightSums
			if tb.add([]uint64{f}, &got); got != (weightSums{}) {
				t.Fatalf("n=%d: absent key weighs %v", n, got)
			}
		}
	}
}

func TestAddSumsManyExtremeRows(t *testing.T) {
	keys := []uint64{mix(1, 1), mix(2, 2), mix(3, 3)}
	rows := [][numLabels]int16{
		{maxWeight, -maxWeight, 0, 1, -1, maxWeight, maxWeight, -maxWeight, -maxWeight},
		{-maxWeight, -maxWeight, -maxWeight, -maxWeight, -maxWeight, -maxWeight, -maxWeight, -maxWeight, -maxWeight},
		{maxWeight, maxWeight, maxWeight, maxWeight, maxWeight, maxWeight, maxWeight, maxWeight, maxWeight},
	}
	tb := newTable(keys, rows)
	var many []uint64
	var want [numLabels]int32
	for i := range 300 { // more rows than a token has features
		f := keys[i%3]
		many = append(many, f)
		for k := range want {
			want[k] += int32(rows[i%3][k])
		}
	}
	sum := packWeights(&[numLabels]int32{1, 2, 3, 4, 5, 6, 7, 8, 9})
	tb.add(many, &sum)
	for k := range want {
		want[k] += int32(k + 1)
	}
	if got := sum.unpack(); got != want {
		t.Errorf("sum %v, want %v", got, want)
	}
	// The lanes hold maxLaneFeatures extreme weights of one sign.
	for r := range rows {
		var sum weightSums
		tb.add(slices.Repeat(keys[r:r+1], maxLaneFeatures), &sum)
		for k, got := range sum.unpack() {
			if want := int32(rows[r][k]) * maxLaneFeatures; got != want {
				t.Errorf("row %d repeated: label %d sums to %d, want %d", r, k, got, want)
			}
		}
	}
}

// TestFeaturePartsMakeTheWhole checks that the parts the tagger caches
// apart are exactly the static features training sees.
func TestFeaturePartsMakeTheWhole(t *testing.T) {
	words := strings.Fields("BAGHDAD , Iraq ( Reuters ) - Army Col. Ryan Dillon said the U.S.-led coalition struck 12 targets near al-Qaim ; Dillon said so .")
	var d document
	d.prepare(words, nil)
	d.seen[3] = true
	d.lists[4], d.history[5] = listPlace, 2
	for _, end := range []int{len(words), 7} {
		c := d.sentence(0, end)
		for i := range end {
			whole := c.appendStatic(i, nil, partStatic)
			var parts []uint64
			for _, p := range []uint8{partWord, partShapes, partNeighbours, partContext, partClusters, partSmall} {
				parts = c.appendStatic(i, parts, p)
			}
			var roles []uint64
			for role, at := range []int{i - 1, i + 1, i - 2, i + 2} {
				roles = c.at(at).appendRole(roles, role)
			}
			context, contextPart := c.appendContextOf(i, c.at(i-1), c.at(i), c.at(i+1), lowerPair(c.at(i-1), c.at(i)), lowerPair(c.at(i), c.at(i+1)), nil), c.appendStatic(i, nil, partContext)
			slices.Sort(context)
			slices.Sort(contextPart)
			if !slices.Equal(context, contextPart) {
				t.Fatalf("token %d: appendContextOf gives %d features, partContext %d", i, len(context), len(contextPart))
			}
			neighbours := c.appendStatic(i, nil, partNeighbours)
			slices.Sort(roles)
			slices.Sort(neighbours)
			if !slices.Equal(roles, neighbours) {
				t.Fatalf("token %d: the roles of its neighbours give %d features, partNeighbours %d", i, len(roles), len(neighbours))
			}
			slices.Sort(whole)
			slices.Sort(parts)
			if !slices.Equal(whole, parts) {
				t.Fatalf("token %d: parts give %d features, the whole %d", i, len(parts), len(whole))
			}
			if got := c.extract(i, BPER, O); len(got) != len(whole)+numDynamic {
				t.Fatalf("token %d: extract gives %d features, want %d", i, len(got), len(whole)+numDynamic)
			}
		}
	}
}

// score sets scores to the summed weights of features.
func (m *Model) score(features []uint64, scores *[numLabels]float32) {
	var sum weightSums
	m.add(features, &sum)
	for k, x := range sum.unpack() {
		scores[k] = float32(x)
	}
}

// referenceTag tags as training does: every feature of every token looked up
// one by one, without the caches and the grouped lookups of Tag.
func referenceTag(m *Model, words []string, ends []int) []Label {
	t := m.NewTagger()
	t.doc.prepare(words, nil)
	t.history.reset(len(words))
	var out []Label
	start := 0
	for _, end := range ends {
		t.fillHistory(start, end)
		c := t.doc.sentence(start, end)
		prev, prev2 := O, O
		for i := range end - start {
			m.score(c.extract(i, prev, prev2), &t.scores)
			l := best(&t.scores, prev)
			out = append(out, l)
			prev2, prev = prev, l
		}
		t.remember(start, end, out[start:end])
		start = end
	}
	return out
}

func TestCachesChangeNoLabel(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := []string{
		"Peter Blackburn told Reuters in Brussels that the European Union would act .",
		"MOSCOW ( Sputnik ) - The Syrian Foreign Ministry urged the UN Security Council to act .",
		"Army Col. Ryan Dillon , the spokesman for Operation Inherent Resolve , denied it .",
		"Dillon said the coalition struck 12 targets near Deir ez-Zor on Monday , Reuters said .",
	}
	var words []string
	var ends []int
	for _, s := range text {
		words = append(words, strings.Fields(s)...)
		ends = append(ends, len(words))
	}
	want := referenceTag(m, words, ends)
	tg := m.NewTagger()
	for pass := range 3 { // the caches fill on the first pass
		if got := tg.Tag(words, ends, nil); !slices.Equal(got, want) {
			t.Fatalf("pass %d: Tag = %v, want %v", pass, got, want)
		}
	}
	// A long sentence spans several runs of cached lookups.
	var long []string
	for range 10 {
		long = append(long, strings.Fields(text[3])...)
	}
	if got, want := tg.Tag(long, nil, nil), referenceTag(m, long, []int{len(long)}); !slices.Equal(got, want) {
		t.Fatalf("long sentence: Tag = %v, want %v", got, want)
	}
}

// FuzzTagMatchesReference checks, on any words, that Tag's caches and grouped
// lookups give the labels of the plain one-feature-at-a-time tagging.
func FuzzTagMatchesReference(f *testing.F) {
	for _, s := range []string{
		"Peter Blackburn told Reuters in Brussels . Blackburn left .",
		"MOSCOW ( Sputnik ) - THE SYRIAN FOREIGN MINISTRY SAID .",
		"", "\xff \xfe .", "a b c d e f g h i j k l m n o p q r s t u v w x y z A B C",
	} {
		f.Add(s)
	}
	m, err := Load()
	if err != nil {
		f.Fatal(err)
	}
	tg := m.NewTagger() // shared, so that its caches carry over between inputs
	f.Fuzz(func(t *testing.T, text string) {
		words := strings.Fields(text)
		var ends []int
		for i, w := range words {
			if w == "." {
				ends = append(ends, i+1)
			}
		}
		if len(ends) == 0 || ends[len(ends)-1] != len(words) {
			ends = append(ends, len(words))
		}
		want := referenceTag(m, words, ends)
		if got := tg.Tag(words, ends, nil); !slices.Equal(got, want) {
			t.Fatalf("Tag(%q) = %v, want %v", words, got, want)
		}
	})
}

func TestBestSumIsBest(t *testing.T) {
	rng := xorshift(7)
	for i := range 10000 {
		scale := int32(1)
		if i%2 == 1 {
			scale = 300000 // near the limit of the lanes
		}
		var s [numLabels]int32
		for k := range s {
			s[k] = (int32(rng.next()%7) - 3) * scale // few values: many ties
		}
		for prev := O; prev < numLabels; prev++ {
			if got, want := bestSum(new(packWeights(&s)), prev), best(&s, prev); got != want {
				t.Fatalf("bestSum(%v, %v) = %v, want %v", s, prev, got, want)
			}
		}
	}
}
