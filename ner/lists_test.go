package ner

import "testing"

func TestPhraseTableHasItsKeysOnly(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 1000} {
		rng := xorshift(uint64(n) + 3)
		m := make(map[uint64]uint8)
		for range n {
			m[mix(rng.next(), 0)] = uint8(rng.next()%255) + 1
		}
		if n == 3 {
			m[0] = listPrefix // a zero key has no entry of its own
		}
		pt := newPhraseTable(m)
		for key, want := range m {
			if got := pt.get(key); got != want {
				t.Fatalf("n=%d: key %x has bits %b, want %b", n, key, got, want)
			}
		}
		for range 1000 {
			key := mix(rng.next(), 1)
			if _, ok := m[key]; !ok && pt.get(key) != 0 {
				t.Fatalf("n=%d: absent key %x has bits %b", n, key, pt.get(key))
			}
		}
		if _, ok := m[0]; !ok && pt.get(0) != 0 {
			t.Errorf("n=%d: absent key 0 has bits %b", n, pt.get(0))
		}
	}
}
