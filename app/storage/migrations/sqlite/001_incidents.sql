-- Schema 1 (SQLite): incidents and their journals.
-- Times are ISO-8601 UTC text with milliseconds ("2024-05-01T10:00:00.000Z"): fixed width, so
-- text order is time order. Presence is not stored: a local database has only this desk.
-- SqlIncidentStore runs this whole file in one transaction and then sets PRAGMA user_version.

CREATE TABLE incidents (
    id              TEXT PRIMARY KEY NOT NULL, -- uuid without braces
    root_key        TEXT NOT NULL,
    title           TEXT NOT NULL,
    state           TEXT NOT NULL,             -- Incident::stateKey()
    assignee        TEXT NOT NULL DEFAULT '',
    alarm_keys      TEXT NOT NULL DEFAULT '[]', -- JSON array, in arrival order
    opened_at       TEXT,
    acknowledged_at TEXT,
    recovered_at    TEXT,
    resolved_at     TEXT,
    updated_at      TEXT,
    manual          INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1))
);

CREATE INDEX incidents_opened_at ON incidents (opened_at);

CREATE TABLE journal (
    -- AUTOINCREMENT: an id is never handed out twice, even after the newest entry is deleted.
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    incident_id TEXT NOT NULL REFERENCES incidents (id),
    time        TEXT NOT NULL,
    author      TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL,                 -- JournalEntry::kindKey()
    text        TEXT NOT NULL,
    object_key  TEXT NOT NULL DEFAULT ''
);

CREATE INDEX journal_incident_time ON journal (incident_id, time, id);
