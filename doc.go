// Package sitrep holds the domain model of sitrep: a Document, which is one
// article's immutable text, and the typed annotation layers that pipeline stages
// add to it over byte-offset spans.
//
// Data flows one way:
//
//	ingest (text, HTML, feeds) → *Document → pipeline stages → render / store
//
// The stages live in stage/<name>, one package each; pipeline wires them in
// one place; cmd/sitrep is a thin CLI over both. The words used here (mention,
// entity, place, figure, attribution, claim, event, incident) are those of
// DOMAIN.md.
package sitrep
