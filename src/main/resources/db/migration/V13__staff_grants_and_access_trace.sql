-- Staff sign-in (docs/sign-in.md): which controllers each staff member answers for, and the trace of who looked at
-- a requester's identity or downloaded a response document.

-- Deny by default: a staff member (identity provider `sub`) without a row sees no request. A row with
-- all_controllers is the federation DPO's grant; otherwise the controllers are listed in staff_grant_controllers.
CREATE TABLE staff_grants (
    subject         text        PRIMARY KEY CHECK (length(subject) BETWEEN 1 AND 255),
    all_controllers boolean     NOT NULL,
    updated_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL
);
CREATE TABLE staff_grant_controllers (
    subject       text NOT NULL REFERENCES staff_grants (subject) ON DELETE CASCADE,
    controller_id uuid NOT NULL REFERENCES controllers (id),
    PRIMARY KEY (subject, controller_id)
);

-- The staff directory learns names at sign-in (the ID token's `name`), so that colleagues are offered by name.
ALTER TABLE desk_staff ADD COLUMN display_name text;
ALTER TABLE desk_staff ALTER COLUMN email DROP NOT NULL;
ALTER TABLE desk_staff ADD COLUMN signed_in_at timestamptz;

-- Who looked at what (health-data traceability): every staff view of a requester's identity, every search by
-- e-mail and every download of a response document. Ids and codes only, never the identity or the search term.
-- Append-only like the audit log; listed by compliance per request and per period, within their grants.
CREATE TABLE access_trace (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    accessed_at       timestamptz NOT NULL,
    actor             text        NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('IDENTITY_VIEWED', 'EMAIL_SEARCHED', 'DOCUMENT_DOWNLOADED')),
    -- The request whose data was seen; null for a search by e-mail that found none.
    request_id        uuid,
    request_reference text,
    -- The request's controller, so that listings apply the reader's grants without reading other features' tables.
    controller_id     uuid,
    document_id       uuid,
    CHECK ((request_id IS NULL) = (controller_id IS NULL))
);
CREATE INDEX access_trace_period ON access_trace (accessed_at, id);
CREATE INDEX access_trace_request ON access_trace (request_id, accessed_at, id) WHERE request_id IS NOT NULL;

CREATE FUNCTION access_trace_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'access_trace is append-only: % refused', TG_OP;
END;
$$;
CREATE TRIGGER access_trace_append_only BEFORE UPDATE OR DELETE ON access_trace
    FOR EACH ROW EXECUTE FUNCTION access_trace_refuse_change();
CREATE TRIGGER access_trace_no_truncate BEFORE TRUNCATE ON access_trace
    FOR EACH STATEMENT EXECUTE FUNCTION access_trace_refuse_change();
