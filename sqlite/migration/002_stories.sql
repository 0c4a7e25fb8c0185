-- Story records (sitrep.StoryRecord): the story each linked article joined
-- and the profile story linking compared it by, so that a resumed ingest
-- restores the stories of the articles already stored. seq is the commit
-- order, in which they are replayed.
CREATE TABLE stories (
	seq     INTEGER PRIMARY KEY,
	doc     TEXT NOT NULL UNIQUE,    -- Document.ID
	story   INTEGER NOT NULL,
	profile BLOB NOT NULL            -- the linker's encoding, opaque here
);
