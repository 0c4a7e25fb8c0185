package ner

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"io"
	"slices"
)

// The weights and the cluster table share one file layout: a gzip stream
// of a four-byte magic, the format version and then varints, with keys in
// ascending order so that each is written as a small delta.

// varintWriter writes that layout.
type varintWriter struct {
	zw  *gzip.Writer
	bw  *bufio.Writer
	buf [binary.MaxVarintLen64]byte
}

// newVarintWriter starts a file of that layout with magic and the version.
func newVarintWriter(w io.Writer, magic [4]byte) (*varintWriter, error) {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	v := &varintWriter{zw: zw, bw: bufio.NewWriter(zw)}
	v.bw.Write(magic[:])
	v.u(formatVersion)
	return v, nil
}

// u writes an unsigned varint.
func (v *varintWriter) u(x uint64) { v.bw.Write(v.buf[:binary.PutUvarint(v.buf[:], x)]) }

// i writes a signed (zig-zag) varint.
func (v *varintWriter) i(x int64) { v.bw.Write(v.buf[:binary.PutVarint(v.buf[:], x)]) }

// close flushes what was written and ends the gzip stream; a write error
// shows here.
func (v *varintWriter) close() error {
	if err := v.bw.Flush(); err != nil {
		return err
	}
	return v.zw.Close()
}

// openVarintReader checks the magic and version of a file of that layout,
// what it holds named by what in errors, and returns a reader of the rest.
func openVarintReader(r io.Reader, magic [4]byte, what string) (*bufio.Reader, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	br := bufio.NewReader(zr)
	var mg [4]byte
	if _, err := io.ReadFull(br, mg[:]); err != nil || mg != magic {
		return nil, fmt.Errorf("not a sitrep %s", what)
	}
	version, err := binary.ReadUvarint(br)
	if err != nil || version != formatVersion {
		return nil, fmt.Errorf("unsupported %s format %d", what, version)
	}
	return br, nil
}

// keyOrder returns the indices of keys in ascending order of key.
func keyOrder(keys []uint64) []int {
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(keys[a], keys[b]) })
	return order
}
