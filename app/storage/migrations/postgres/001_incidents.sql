-- Schema 1 (PostgreSQL): incidents, their journals and who is online.
-- SqlIncidentStore runs this whole file in one transaction, under an advisory lock so that two
-- desks starting together do not both migrate, and then records the version in schema_version.

CREATE TABLE incidents (
    id              text PRIMARY KEY, -- uuid without braces
    root_key        text NOT NULL,
    title           text NOT NULL,
    state           text NOT NULL,     -- Incident::stateKey()
    assignee        text NOT NULL DEFAULT '',
    alarm_keys      text NOT NULL DEFAULT '[]', -- JSON array, in arrival order
    opened_at       timestamptz,
    acknowledged_at timestamptz,
    recovered_at    timestamptz,
    resolved_at     timestamptz,
    updated_at      timestamptz,
    manual          boolean NOT NULL DEFAULT false
);

CREATE INDEX incidents_opened_at ON incidents (opened_at);

CREATE TABLE journal (
    id          bigserial PRIMARY KEY,
    incident_id text NOT NULL REFERENCES incidents (id),
    time        timestamptz NOT NULL,
    author      text NOT NULL DEFAULT '',
    kind        text NOT NULL,         -- JournalEntry::kindKey()
    text        text NOT NULL,
    object_key  text NOT NULL DEFAULT ''
);

CREATE INDEX journal_incident_time ON journal (incident_id, time, id);

-- One row per desk; a desk is online while its seen_at (server time) is less than 60 s old.
CREATE TABLE presence (
    desk_id   text PRIMARY KEY,
    user_name text NOT NULL,
    seen_at   timestamptz NOT NULL
);
