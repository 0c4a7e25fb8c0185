-- Version 3: drop the index on entities' actor codes, which no query
-- uses (queries by actor read events.actor_code): every entity with an
-- actor code paid for it on insert.
DROP INDEX IF EXISTS entities_actor;
