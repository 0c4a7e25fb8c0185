// Package wordfilter answers, before any hashing, that a word is not in a
// fixed lexicon. Most tokens of a text are in no lexicon of a given stage,
// and a map lookup costs a hash and a probe; a Filter looks at a word's
// first and last bytes and its length, so a stage may ask it first
// and consult its map only for the few words it lets through.
package wordfilter

// maxLen is the length from which all longer words share one length bit.
const maxLen = 63

// A Filter is a set of words, known by their first and last bytes and
// their length, that may answer yes for a word it was not
// given, but never no for one it was. The zero value is empty. Add must
// not be called concurrently with MayHave; after the lexicon is built,
// MayHave is safe for concurrent use.
type Filter struct {
	// ends has a bit for each (first byte, last byte) pair of the words.
	ends [1 << 16 / 64]uint64
	// lens has, for each first byte, a bit for each word length (capped
	// at maxLen).
	lens  [256]uint64
	empty bool // the empty word was added
}

// Add puts w in the filter.
func (f *Filter) Add(w string) {
	if w == "" {
		f.empty = true
		return
	}
	e := uint(w[0])<<8 | uint(w[len(w)-1])
	f.ends[e/64] |= 1 << (e % 64)
	f.lens[w[0]] |= 1 << min(uint(len(w)), maxLen)
}

// MayHave reports whether w may have been added: false means it was not.
func (f *Filter) MayHave(w string) bool {
	if w == "" {
		return f.empty
	}
	e := uint(w[0])<<8 | uint(w[len(w)-1])
	return f.ends[e/64]&(1<<(e%64)) != 0 && f.lens[w[0]]&(1<<min(uint(len(w)), maxLen)) != 0
}

// MayHaveFolded reports whether strings.ToLower(w) may have been added,
// without lowering w. It answers true for any word with a non-ASCII byte,
// whose lower case may differ in more than its ASCII letters.
func (f *Filter) MayHaveFolded(w string) bool {
	if w == "" {
		return f.empty
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return true
		}
	}
	first, last := lowerASCII(w[0]), lowerASCII(w[len(w)-1])
	e := uint(first)<<8 | uint(last)
	return f.ends[e/64]&(1<<(e%64)) != 0 && f.lens[first]&(1<<min(uint(len(w)), maxLen)) != 0
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
