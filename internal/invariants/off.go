//go:build !invariants

// Package invariants tells whether the binary was built with the invariants
// tag, under which the pipeline checks every document after every stage.
package invariants

// Enabled reports whether the invariants build tag is set.
const Enabled = false
