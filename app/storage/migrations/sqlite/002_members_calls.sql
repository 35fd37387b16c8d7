-- Schema 2 (SQLite): members of the cooperative and the calls logged with them.
-- Times are ISO-8601 UTC text with milliseconds, as in schema 1.

-- One row per member id. source says which import wrote it ("icinga" for host vars, "import"
-- for a CSV/JSON import): replacing the members of one source leaves the others alone.
CREATE TABLE members (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    phones     TEXT NOT NULL DEFAULT '[]', -- JSON array, as written
    email      TEXT NOT NULL DEFAULT '',
    tier       TEXT NOT NULL DEFAULT 'standard',
    objects    TEXT NOT NULL DEFAULT '[]', -- JSON array of host, VM or host!service keys
    caretaker  TEXT NOT NULL DEFAULT '',
    source     TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX members_source ON members (source);

-- member_id has no foreign key: a caller may be unknown (''), and members come and go with
-- imports while the calls with them stay. incident_id does: a call is linked to an incident of
-- this database or to none (NULL), and deleting an incident keeps the call, unlinked.
CREATE TABLE calls (
    -- AUTOINCREMENT: an id is never handed out twice, even after the newest call is deleted.
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    time          TEXT NOT NULL,
    author        TEXT NOT NULL DEFAULT '',
    caller_number TEXT NOT NULL DEFAULT '',
    member_id     TEXT NOT NULL DEFAULT '',
    channel       TEXT NOT NULL,                 -- CallRecord::channelKey()
    outgoing      INTEGER NOT NULL DEFAULT 0 CHECK (outgoing IN (0, 1)),
    topic         TEXT NOT NULL DEFAULT '',
    summary       TEXT NOT NULL DEFAULT '',
    incident_id   TEXT REFERENCES incidents (id) ON DELETE SET NULL,
    handed_to     TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL,                 -- CallRecord::statusKey()
    follow_up_due TEXT
);

CREATE INDEX calls_member_time ON calls (member_id, time);
CREATE INDEX calls_incident_time ON calls (incident_id, time);
CREATE INDEX calls_time ON calls (time, id);
