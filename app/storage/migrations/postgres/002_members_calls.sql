-- Schema 2 (PostgreSQL): members of the cooperative and the calls logged with them.

-- One row per member id. source says which import wrote it ("icinga" for host vars, "import"
-- for a CSV/JSON import): replacing the members of one source leaves the others alone.
CREATE TABLE members (
    id         text PRIMARY KEY,
    name       text NOT NULL,
    phones     text NOT NULL DEFAULT '[]', -- JSON array, as written
    email      text NOT NULL DEFAULT '',
    tier       text NOT NULL DEFAULT 'standard',
    objects    text NOT NULL DEFAULT '[]', -- JSON array of host, VM or host!service keys
    caretaker  text NOT NULL DEFAULT '',
    source     text NOT NULL,
    updated_at timestamptz NOT NULL
);

CREATE INDEX members_source ON members (source);

-- member_id has no foreign key: a caller may be unknown (''), and members come and go with
-- imports while the calls with them stay. incident_id does: a call is linked to an incident of
-- this database or to none (NULL), and deleting an incident keeps the call, unlinked.
CREATE TABLE calls (
    id            bigserial PRIMARY KEY,
    time          timestamptz NOT NULL,
    author        text NOT NULL DEFAULT '',
    caller_number text NOT NULL DEFAULT '',
    member_id     text NOT NULL DEFAULT '',
    channel       text NOT NULL,          -- CallRecord::channelKey()
    outgoing      boolean NOT NULL DEFAULT false,
    topic         text NOT NULL DEFAULT '',
    summary       text NOT NULL DEFAULT '',
    incident_id   text REFERENCES incidents (id) ON DELETE SET NULL,
    handed_to     text NOT NULL DEFAULT '',
    status        text NOT NULL,          -- CallRecord::statusKey()
    follow_up_due timestamptz
);

CREATE INDEX calls_member_time ON calls (member_id, time);
CREATE INDEX calls_incident_time ON calls (incident_id, time);
CREATE INDEX calls_time ON calls (time, id);
