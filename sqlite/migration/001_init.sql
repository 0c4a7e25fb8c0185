-- Version 1: documents with their annotations, events with their arguments,
-- claims, incidents; FTS5 over titles and texts, R*Tree over event
-- coordinates. Every annotation row keeps its evidence span: start and end
-- byte offsets into documents.text.

CREATE TABLE documents (
	rowid         INTEGER PRIMARY KEY,
	id            TEXT NOT NULL UNIQUE,    -- Document.ID, first 16 hex digits of hash
	hash          TEXT NOT NULL UNIQUE,    -- SHA-256 of text
	url           TEXT NOT NULL DEFAULT '',
	canonical_url TEXT,                    -- NULL if no URL
	source        TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	published     INTEGER,                 -- Unix seconds; NULL if unknown
	language      TEXT NOT NULL DEFAULT '',
	extracted     INTEGER NOT NULL,        -- 0: stored but not extracted (not English)
	dateline_start INTEGER, dateline_end INTEGER,
	text          TEXT NOT NULL,
	annotations   BLOB,                    -- JSON of the Document without text and tokens
	ingested      INTEGER NOT NULL         -- Unix seconds
);
CREATE UNIQUE INDEX documents_canonical_url ON documents(canonical_url) WHERE canonical_url IS NOT NULL;
CREATE INDEX documents_source ON documents(source COLLATE NOCASE);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');

CREATE TABLE entities (
	doc    INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx    INTEGER NOT NULL,
	type   TEXT NOT NULL,
	name   TEXT NOT NULL,
	actor  TEXT NOT NULL DEFAULT '',
	start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,  -- the naming mention
	mentions INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX entities_actor ON entities(actor) WHERE actor <> '';

CREATE TABLE places (
	doc       INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx       INTEGER NOT NULL,
	start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,
	kind      INTEGER NOT NULL,
	geonameid INTEGER NOT NULL,
	name      TEXT NOT NULL,
	country   TEXT NOT NULL,
	admin1    TEXT NOT NULL,
	admin1_name TEXT NOT NULL,
	lat REAL NOT NULL, lon REAL NOT NULL,
	feature   TEXT NOT NULL,
	precision INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX places_name ON places(name COLLATE NOCASE);

CREATE TABLE attributions (
	doc     INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx     INTEGER NOT NULL,
	start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,
	source_start INTEGER NOT NULL, source_end INTEGER NOT NULL,
	cue_start INTEGER NOT NULL, cue_end INTEGER NOT NULL,
	content_start INTEGER NOT NULL, content_end INTEGER NOT NULL,
	direct  INTEGER NOT NULL,
	speaker TEXT NOT NULL,      -- the speaker entity's name; '' if unresolved
	stance  TEXT NOT NULL,
	chain   TEXT NOT NULL,      -- speaker → intermediaries → publisher
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE events (
	rowid      INTEGER PRIMARY KEY,
	doc        INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,  -- the trigger
	category   TEXT NOT NULL,
	mode       TEXT NOT NULL,
	modality   TEXT NOT NULL,
	actor      TEXT NOT NULL, actor_code TEXT NOT NULL, actor_start INTEGER NOT NULL, actor_end INTEGER NOT NULL,
	target     TEXT NOT NULL, target_code TEXT NOT NULL, target_start INTEGER NOT NULL, target_end INTEGER NOT NULL,
	place      INTEGER NOT NULL,           -- index into places; -1 if unknown
	place_name TEXT NOT NULL, admin1_name TEXT NOT NULL, country TEXT NOT NULL,
	lat REAL, lon REAL,                    -- NULL if the place is unknown
	geo_precision INTEGER NOT NULL,
	date       TEXT NOT NULL,              -- the event's date; '' if unknown
	day        INTEGER,                    -- days since 1970-01-01 of date, else of publication; NULL if neither
	time_precision INTEGER NOT NULL,
	dead_min INTEGER, dead_max INTEGER, dead_open INTEGER,         -- NULL if not reported
	injured_min INTEGER, injured_max INTEGER, injured_open INTEGER,
	cameo      TEXT NOT NULL,
	quad_class INTEGER NOT NULL,
	acled_type TEXT NOT NULL, acled_subtype TEXT NOT NULL,
	trigger_text TEXT NOT NULL,
	evidence   TEXT NOT NULL,              -- the sentence holding the trigger
	spans      TEXT NOT NULL,              -- JSON [[start,end],...] of every evidence span
	incident   INTEGER,                    -- NULL until linked
	UNIQUE (doc, idx)
);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_category_day ON events(category, day);
CREATE INDEX events_country_day ON events(country, day);
CREATE INDEX events_country_category_day ON events(country, category, day);
CREATE INDEX events_actor_code ON events(actor_code) WHERE actor_code <> '';
CREATE INDEX events_incident ON events(incident) WHERE incident IS NOT NULL;

-- Space and time together, so that "this box, this month" is one search.
-- An undated event spans every day; the day filter on events excludes it.
CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon, min_day, max_day);

CREATE TABLE figures (
	doc    INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
	idx    INTEGER NOT NULL,
	start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,
	unit   TEXT NOT NULL,
	victim TEXT NOT NULL,
	min    INTEGER NOT NULL,
	max    INTEGER,                 -- NULL: open ("at least")
	total  INTEGER NOT NULL,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE claims (
	event       INTEGER NOT NULL REFERENCES events(rowid) ON DELETE CASCADE,
	idx         INTEGER NOT NULL,
	stance      TEXT NOT NULL,
	attribution INTEGER NOT NULL,   -- index into the document's attributions
	by_name     TEXT NOT NULL,
	by_code     TEXT NOT NULL,
	actor_name  TEXT NOT NULL,
	actor_code  TEXT NOT NULL,
	start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,  -- the attribution's span
	PRIMARY KEY (event, idx)
) WITHOUT ROWID;

CREATE TABLE incidents (
	id            INTEGER PRIMARY KEY,
	category      TEXT NOT NULL,
	mode          TEXT NOT NULL,
	place         TEXT NOT NULL,
	country       TEXT NOT NULL,
	lat REAL, lon REAL,
	geo_precision INTEGER NOT NULL,
	first_date    TEXT NOT NULL,
	last_date     TEXT NOT NULL,
	first_day INTEGER, last_day INTEGER,
	time_precision INTEGER NOT NULL,
	actors        TEXT NOT NULL,    -- tab-separated
	targets       TEXT NOT NULL,
	dead_low INTEGER NOT NULL, dead_best INTEGER NOT NULL, dead_high INTEGER NOT NULL, dead_reports INTEGER NOT NULL,
	injured_low INTEGER NOT NULL, injured_best INTEGER NOT NULL, injured_high INTEGER NOT NULL, injured_reports INTEGER NOT NULL,
	status        TEXT NOT NULL,
	reports       INTEGER NOT NULL,
	detail        BLOB NOT NULL     -- JSON of the reports, in link order
);
CREATE INDEX incidents_first_day ON incidents(first_day);
