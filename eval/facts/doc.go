// Package facts scores pipeline output against fact files, as
// ../shared/gold/FORMAT.md defines them: for one article, what a careful
// analyst records (entities, places, times, numbers, quotes, events).
//
// Data flows:
//
//	NAME.facts.json → Parse → *File ┐
//	NAME.txt|html → Reader → Annotator (the pipeline) → Score → ArticleResult → Summarize → Report
//
// Score is a pure function of a Document and a File; Evaluate does the file
// work around it for `sitrep eval facts DIR`.
//
// FORMAT.md leaves some points open. This package decides them so:
//
//   - Every field of a fact is checked only where the file gives it. A fact
//     missing a field FORMAT.md expects is matched on the rest, with a
//     warning; a fact with nothing to check (an entity without names, a time
//     without a value) is skipped with a warning. Unknown categories and
//     fields, and values of the wrong type, are ignored with a warning. A
//     single string stands for a list of one.
//   - Names are equal after folding (see Fold); "Foreign Ministry" does not
//     match "Syrian Foreign Ministry". The publisher ("source") is found
//     under any name the actor dictionary gives its outlet ("AP" for
//     "Associated Press"). A system item's names are its text
//     plus, through its mention, every mention of its entity. For an event
//     argument that is its span, its mention and its entity; for a speaker,
//     the attribution's source span and its speaker entity; for a claim's
//     "by", the claim's entity and its attribution's speaker.
//   - A place fact with a GeoNames id or coordinates is a point; with
//     "country" (and "admin1") and no point, the level is inferred if
//     "level" is absent. A place (of any kind, dateline and in-name places
//     included) is found through any mention whose names match. A system
//     place at (0, 0) is taken as having no coordinates.
//   - "Covering text": the system span contains an occurrence of the fact's
//     text, found verbatim or else ignoring case, spacing and the kind of
//     quotation mark, apostrophe or dash. A plain number ("people", "other")
//     spans only the quantity, so there the two spans need only nest.
//   - A number's range: a null "max" is open ("at least"); an absent "max"
//     equals "min". "who" is read but not checked: FORMAT.md matches numbers
//     by text, range and unit only. Units other than "people" and "other"
//     match casualty figures; those two match plain numbers.
//   - A quote's "contains" is looked for in the content, both folded as
//     names are (so punctuation and case do not matter). "cue" matches when
//     an alias is a run of whole words of the cue ("denied" in "has
//     denied"). "via" written as a list of names is an alias list, one of
//     which must name some link of the chain; written as a list of lists it
//     is the whole chain, nearest first; [] means no intermediary.
//     "direct": true says the words "contains" names are the speaker's
//     own, quoted; a quotation has them, and so does a partial quotation
//     inside a reported content (Attribution.Quoted, "its forces had
//     “eliminated five terrorists”") that holds them. "direct": false asks
//     for a content that is not a quotation, partial ones included.
//   - An event's "place" is matched by location when it gives one, else by
//     name; "mode" matches the event's mode by name; "dead" and "injured"
//     are the ranges of the event's Dead and Injured figures; "sources"
//     match the speakers of the attributions that report the event, or a
//     link of their chains. Each listed claim must be matched by a distinct
//     check (stance, by, actor) against some claim of the event. Several
//     gold events may be found by one system event.
//   - Precision counts, for a category listed in "complete", the system's
//     items of that category that match some gold fact: entities, times,
//     attributions and events one by one; numbers as every figure plus every
//     number no figure counts; places as distinct resolutions (GeoNames id,
//     else country and admin1), excluding places inside organization names
//     and demonyms or adjectival forms ("Syrian", "US-led"): gold places are
//     toponyms, matched by name, so a demonym can never be found and is not
//     a place claim. A resolution is right if any of its mentions found a
//     gold place.
//     Precision is undefined (null) when the category is not complete or the
//     system has no item of it; F1 is undefined when precision or recall is.
//   - Summed over articles, recall counts every article and precision only
//     the articles where the category is complete. Overall is
//     micro-averaged: every gold fact of every category counts once.
package facts
