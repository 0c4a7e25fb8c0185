package gazetteer

import "sync"

// A cache remembers the results of lookups, shared by all the documents
// that use one Gazetteer: news names the same places over and over, and
// decoding a name's entries from the index costs far more than a map
// lookup. It is safe for concurrent use.
type cache struct {
	probes     shardedMap[probe]
	words      shardedMap[wordProbe]   // see Gazetteer.ProbeWord
	candidates shardedMap[[]Candidate] // callers must not modify the slices
}

// A probe is a cached Probe result.
type probe struct{ found, longer bool }

// A wordProbe is a cached ProbeWord result.
type wordProbe struct {
	key           string
	found, longer bool
}

func newCache() *cache {
	return &cache{}
}

const (
	cacheShards    = 16
	cacheShardKeys = 4096 // 64k keys a map in all: a few MB at most
)

// A shardedMap is a string-keyed map split into shards, each under its own
// lock so that workers rarely wait on one another. Each shard holds at most
// cacheShardKeys keys and starts afresh when full, so memory stays bounded
// however many distinct names the text holds. The shards' maps are made by
// their first put, so that opening a gazetteer costs no allocation per
// shard (a nil map reads as empty).
type shardedMap[V any] struct {
	shards [cacheShards]struct {
		mu sync.RWMutex
		m  map[string]V
	}
}

// shardOf returns the shard of key, from its length and three of its
// bytes: enough to spread names over the shards, at a fraction of the cost
// of hashing all of their bytes, which the shard's map does anyway.
func shardOf[K string | []byte](key K) int {
	n := len(key)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(key[0])*0x85EBCA77 ^ uint32(key[n/2])*0xC2B2AE3D ^ uint32(key[n-1])*0x27D4EB2F
	return int((h ^ h>>16) % cacheShards)
}

func (s *shardedMap[V]) get(key string) (v V, ok bool) {
	sh := &s.shards[shardOf(key)]
	sh.mu.RLock()
	v, ok = sh.m[key]
	sh.mu.RUnlock()
	return v, ok
}

// getBytes is get for a key held in a byte slice, without converting it to
// a string.
func (s *shardedMap[V]) getBytes(key []byte) (v V, ok bool) {
	sh := &s.shards[shardOf(key)]
	sh.mu.RLock()
	v, ok = sh.m[string(key)]
	sh.mu.RUnlock()
	return v, ok
}

func (s *shardedMap[V]) put(key string, v V) {
	sh := &s.shards[shardOf(key)]
	sh.mu.Lock()
	if sh.m == nil {
		sh.m = map[string]V{}
	}
	if len(sh.m) >= cacheShardKeys {
		clear(sh.m)
	}
	sh.m[key] = v
	sh.mu.Unlock()
}
