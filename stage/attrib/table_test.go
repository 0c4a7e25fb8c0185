package attrib

import "testing"

func TestHashTable(t *testing.T) {
	tab := newHashTable(3)
	keys := []uint64{0, 1, 1 << 63, 42, 42 + 1<<40, 7}
	for i, k := range keys {
		tab.set(k, float32(i))
	}
	tab.set(42, 10) // overwrite
	if tab.len() != len(keys) {
		t.Errorf("len = %d, want %d", tab.len(), len(keys))
	}
	for i, k := range keys {
		want := float32(i)
		if k == 42 {
			want = 10
		}
		if v, ok := get(tab, k); !ok || v != want {
			t.Errorf("get(%d) = %v, %v; want %v, true", k, v, ok, want)
		}
	}
	for _, k := range []uint64{2, 43, 1<<63 + 1} {
		if v, ok := get(tab, k); ok {
			t.Errorf("get(%d) = %v, true; want absent", k, v)
		}
	}
	if _, ok := get(newHashTable(0), 0); ok {
		t.Errorf("empty table has key 0")
	}
}

// get returns the value of key in t, and whether t has it, through the
// two lookups the stage uses.
func get(t *hashTable, key uint64) (float32, bool) {
	return float32(t.sum([]uint64{key})), t.has(key)
}
