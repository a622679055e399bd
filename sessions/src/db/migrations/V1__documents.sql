-- Atelier's schema, version 1: one row per document (its RON text, as in a data folder), the
-- columns the report and Home need beside it, a change counter for the other windows, and the
-- audit log. Applied by `atelier database setup` (see sessions/src/db/schema.rs).

-- Every change adds one to `version` (in the change's own transaction): other windows poll it.
CREATE TABLE atelier_state (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    version bigint NOT NULL DEFAULT 0
);
INSERT INTO atelier_state DEFAULT VALUES;

CREATE TABLE journeys (
    id text PRIMARY KEY CHECK (id ~ '^[a-z0-9_-]{1,64}$'),
    body text NOT NULL CHECK (octet_length(body) <= 4194304),
    display_name text NOT NULL CHECK (octet_length(display_name) <= 4096),
    -- What the report reads of the journey (no name, no note, nothing private), as JSON.
    report text NOT NULL CHECK (octet_length(report) <= 4194304),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by name NOT NULL DEFAULT session_user
);

CREATE TABLE records (
    id text PRIMARY KEY CHECK (id ~ '^[a-z0-9_-]{1,64}$'),
    year smallint NOT NULL CHECK (year BETWEEN 0 AND 9999),
    body text NOT NULL CHECK (octet_length(body) <= 4194304),
    -- What the report reads of the record (the year's index of a data folder).
    start_at text NOT NULL CHECK (octet_length(start_at) <= 64),
    end_at text NOT NULL CHECK (octet_length(end_at) <= 64),
    mode text NOT NULL CHECK (mode IN ('collective', 'one-to-one')),
    activity text NOT NULL CHECK (octet_length(activity) <= 256),
    participants text[] NOT NULL CHECK (cardinality(participants) <= 1000),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by name NOT NULL DEFAULT session_user
);
CREATE INDEX records_year ON records (year, id);
CREATE INDEX records_participants ON records USING gin (participants);

CREATE TABLE service_years (
    year integer PRIMARY KEY CHECK (year BETWEEN 0 AND 9999),
    body text NOT NULL CHECK (octet_length(body) <= 16777216),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by name NOT NULL DEFAULT session_user
);

-- Who read or changed whose data, and when. Written by every Atelier, never changed but by an
-- erasure (which takes the person's id out of it); read by the coordinators.
CREATE TABLE audit (
    id bigserial PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    who name NOT NULL DEFAULT session_user,
    action text NOT NULL CHECK (action IN
        ('read', 'list', 'create', 'change', 'session', 'erase', 'export', 'report', 'migrate')),
    participant text CHECK (participant IS NULL OR octet_length(participant) <= 64),
    detail text NOT NULL DEFAULT '' CHECK (octet_length(detail) <= 1024)
);
CREATE INDEX audit_participant ON audit (participant);
CREATE INDEX audit_at ON audit (at);

-- The author and the time of an audit line are the server's, whatever the client sends.
CREATE FUNCTION audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.who := session_user;
    NEW.at := now();
    RETURN NEW;
END $$;
CREATE TRIGGER audit_stamp BEFORE INSERT ON audit FOR EACH ROW EXECUTE FUNCTION audit_stamp();

-- An erasure takes the person's id out of the audit log (the lines stay, naming no one): the
-- only change made to it, by the schema's owner's rights.
CREATE FUNCTION atelier_erase_audit(person text) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    WITH changed AS (
        UPDATE public.audit SET participant = NULL, detail = 'erased'
        WHERE participant = person RETURNING 1
    )
    SELECT count(*) FROM changed;
$$;
REVOKE ALL ON FUNCTION atelier_erase_audit(text) FROM PUBLIC;
