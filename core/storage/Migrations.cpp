#include "Migrations.h"

namespace mandaat {

namespace {

// Version 1: what the vault itself needs before any practice record exists.
const char* const v1Foundation = R"SQL(
CREATE TABLE practice_setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value
);
)SQL";

// Version 2: the domain (issue 3). Enums are stored as their stable text ids (core/domain,
// EnumIds.h), dates as YYYY-MM-DD, timestamps as UTC ISO-8601 with milliseconds, amounts as
// integer cents. Everything an engagement refers to is ON DELETE RESTRICT: records leave
// only through the destruction flow. Every table has an INTEGER PRIMARY KEY (the rowid),
// which the FTS4 index of a later step uses as its docid.
const char* const v2Domain = R"SQL(
CREATE TABLE attachment (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER REFERENCES engagement(id) ON DELETE RESTRICT,
    file_name     TEXT NOT NULL,
    mime_type     TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    size          INTEGER NOT NULL CHECK (size > 0 AND size <= 26214400),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    content       BLOB NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX attachment_engagement ON attachment(engagement_id);

CREATE TABLE practice_profile (
    id                           INTEGER PRIMARY KEY CHECK (id = 1),
    consultant_name              TEXT NOT NULL DEFAULT '',
    trade_name                   TEXT NOT NULL DEFAULT '',
    street                       TEXT NOT NULL DEFAULT '',
    postal_code                  TEXT NOT NULL DEFAULT '',
    city                         TEXT NOT NULL DEFAULT '',
    country                      TEXT NOT NULL DEFAULT '',
    email                        TEXT NOT NULL DEFAULT '',
    phone                        TEXT NOT NULL DEFAULT '',
    vat_number                   TEXT NOT NULL DEFAULT '',
    company_number               TEXT NOT NULL DEFAULT '',
    iban                         TEXT NOT NULL DEFAULT '',
    vat_status                   TEXT NOT NULL DEFAULT 'liable',
    vat_exemption_wording        TEXT NOT NULL DEFAULT '',
    logo_attachment_id           INTEGER REFERENCES attachment(id) ON DELETE RESTRICT,
    signature_attachment_id      INTEGER REFERENCES attachment(id) ON DELETE RESTRICT,
    complaints_procedure         TEXT NOT NULL DEFAULT '',
    complaints_body              TEXT NOT NULL DEFAULT '',
    privacy_notice_attachment_id INTEGER REFERENCES attachment(id) ON DELETE RESTRICT,
    general_terms_attachment_id  INTEGER REFERENCES attachment(id) ON DELETE RESTRICT,
    updated_at                   TEXT
);

CREATE TABLE practice_registration (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL,
    body            TEXT NOT NULL,
    register_number TEXT NOT NULL DEFAULT '',
    valid_from      TEXT,
    valid_until     TEXT
);

CREATE TABLE practice_qualification (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL,
    title         TEXT NOT NULL,
    issuer        TEXT NOT NULL,
    issued_on     TEXT NOT NULL,
    expires_on    TEXT,
    attachment_id INTEGER REFERENCES attachment(id) ON DELETE RESTRICT
);

CREATE TABLE practice_code_subscription (
    id            INTEGER PRIMARY KEY,
    code_id       TEXT NOT NULL,
    version       TEXT NOT NULL,
    subscribed_on TEXT,
    attachment_id INTEGER REFERENCES attachment(id) ON DELETE RESTRICT,
    UNIQUE (code_id, version)
);

CREATE TABLE principal (
    id           INTEGER PRIMARY KEY,
    organisation TEXT NOT NULL,
    contact_name TEXT NOT NULL DEFAULT '',
    street       TEXT NOT NULL DEFAULT '',
    postal_code  TEXT NOT NULL DEFAULT '',
    city         TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);

CREATE TABLE principal_role (
    id           INTEGER PRIMARY KEY,
    principal_id INTEGER NOT NULL REFERENCES principal(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    description  TEXT NOT NULL DEFAULT '',
    started_on   TEXT NOT NULL,
    ended_on     TEXT
);
CREATE INDEX principal_role_principal ON principal_role(principal_id);

CREATE TABLE client (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('person', 'system')),
    name        TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    street      TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    language    TEXT NOT NULL DEFAULT 'nl',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE client_member (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    role      TEXT NOT NULL DEFAULT '',
    email     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX client_member_client ON client_member(client_id);

-- MW-5.1: exactly one of client_id and principal_id is set.
CREATE TABLE declared_relationship (
    id           INTEGER PRIMARY KEY,
    client_id    INTEGER REFERENCES client(id) ON DELETE CASCADE,
    principal_id INTEGER REFERENCES principal(id) ON DELETE CASCADE,
    kind         TEXT NOT NULL,
    description  TEXT NOT NULL,
    declared_on  TEXT NOT NULL,
    ended_on     TEXT,
    CHECK ((client_id IS NULL) <> (principal_id IS NULL))
);
CREATE INDEX declared_relationship_client ON declared_relationship(client_id);
CREATE INDEX declared_relationship_principal ON declared_relationship(principal_id);

CREATE TABLE engagement (
    id                         INTEGER PRIMARY KEY,
    client_id                  INTEGER NOT NULL REFERENCES client(id) ON DELETE RESTRICT,
    principal_id               INTEGER REFERENCES principal(id) ON DELETE RESTRICT,
    payer_kind                 TEXT NOT NULL,
    payer_name                 TEXT NOT NULL DEFAULT '',
    payer_reference            TEXT NOT NULL DEFAULT '',
    kind                       TEXT NOT NULL,
    top_civil_servant          INTEGER NOT NULL DEFAULT 0,
    title                      TEXT NOT NULL,
    objectives                 TEXT NOT NULL DEFAULT '',
    client_expectations        TEXT NOT NULL DEFAULT '',
    principal_expectations     TEXT NOT NULL DEFAULT '',
    other_stakeholders         TEXT NOT NULL DEFAULT '',
    fee_model                  TEXT NOT NULL,
    rate_cents                 INTEGER NOT NULL CHECK (rate_cents >= 0),
    currency                   TEXT NOT NULL,
    vat_rate_bp                INTEGER NOT NULL,
    vat_exempt                 INTEGER NOT NULL DEFAULT 0,
    vat_exemption_wording      TEXT NOT NULL DEFAULT '',
    estimated_total_cents      INTEGER,
    expenses_arrangement       TEXT NOT NULL DEFAULT '',
    payment_method             TEXT,
    payment_terms              TEXT NOT NULL DEFAULT '',
    planned_start              TEXT,
    planned_end                TEXT,
    planned_sessions           INTEGER,
    follows_earlier_advice     INTEGER,
    earlier_advice_description TEXT NOT NULL DEFAULT '',
    end_of_employment          INTEGER,
    use_restrictions           TEXT NOT NULL DEFAULT '',
    letter_language            TEXT NOT NULL DEFAULT 'nl',
    status                     TEXT NOT NULL DEFAULT 'draft',
    end_reason                 TEXT,
    end_note                   TEXT NOT NULL DEFAULT '',
    onboarding_on              TEXT,
    activated_on               TEXT,
    ending_on                  TEXT,
    ended_on                   TEXT,
    dossier_retention_until    TEXT,
    financial_retention_until  TEXT,
    created_at                 TEXT NOT NULL,
    updated_at                 TEXT NOT NULL
);
CREATE INDEX engagement_client ON engagement(client_id);
CREATE INDEX engagement_principal ON engagement(principal_id);
CREATE INDEX engagement_status ON engagement(status);

CREATE TABLE engagement_method (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    description   TEXT NOT NULL DEFAULT '',
    author        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX engagement_method_engagement ON engagement_method(engagement_id);

CREATE TABLE engagement_code (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
    code_id       TEXT NOT NULL,
    version       TEXT NOT NULL,
    UNIQUE (engagement_id, code_id)
);

CREATE TABLE session (
    id               INTEGER PRIMARY KEY,
    engagement_id    INTEGER NOT NULL REFERENCES engagement(id) ON DELETE RESTRICT,
    starts_at        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL,
    mode             TEXT NOT NULL,
    location         TEXT NOT NULL DEFAULT '',
    intake           INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX session_engagement ON session(engagement_id, starts_at);

-- The latest text of a note; its earlier texts are in note_version.
CREATE TABLE note (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE RESTRICT,
    session_id    INTEGER REFERENCES session(id) ON DELETE RESTRICT,
    text          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    edited_at     TEXT
);
CREATE INDEX note_engagement ON note(engagement_id);
CREATE UNIQUE INDEX note_session ON note(session_id);

CREATE TABLE note_version (
    id          INTEGER PRIMARY KEY,
    note_id     INTEGER NOT NULL REFERENCES note(id) ON DELETE RESTRICT,
    version     INTEGER NOT NULL,
    text        TEXT NOT NULL,
    written_at  TEXT NOT NULL,
    replaced_at TEXT NOT NULL,
    UNIQUE (note_id, version)
);

CREATE TABLE evidence (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE RESTRICT,
    article_id    TEXT NOT NULL,
    topic         TEXT NOT NULL DEFAULT '',
    party         TEXT NOT NULL,
    occurred_on   TEXT NOT NULL,
    channel       TEXT NOT NULL,
    text          TEXT NOT NULL DEFAULT '',
    attachment_id INTEGER REFERENCES attachment(id) ON DELETE RESTRICT,
    created_at    TEXT NOT NULL
);
CREATE INDEX evidence_engagement ON evidence(engagement_id, article_id);

-- CMI-8: listed_reports holds one report per line.
CREATE TABLE consent (
    id             INTEGER PRIMARY KEY,
    engagement_id  INTEGER NOT NULL REFERENCES engagement(id) ON DELETE RESTRICT,
    member_id      INTEGER REFERENCES client_member(id) ON DELETE RESTRICT,
    scope          TEXT NOT NULL,
    listed_reports TEXT NOT NULL DEFAULT '',
    given_on       TEXT NOT NULL,
    withdrawn_on   TEXT,
    channel        TEXT NOT NULL,
    attachment_id  INTEGER REFERENCES attachment(id) ON DELETE RESTRICT,
    note           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX consent_engagement ON consent(engagement_id);
CREATE INDEX consent_member ON consent(member_id);

CREATE TABLE principal_report (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE RESTRICT,
    kind          TEXT NOT NULL,
    title         TEXT NOT NULL,
    summary       TEXT NOT NULL DEFAULT '',
    sent_on       TEXT NOT NULL,
    channel       TEXT NOT NULL,
    consent_id    INTEGER REFERENCES consent(id) ON DELETE RESTRICT,
    attachment_id INTEGER REFERENCES attachment(id) ON DELETE RESTRICT
);
CREATE INDEX principal_report_engagement ON principal_report(engagement_id);

CREATE TABLE referral (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE RESTRICT,
    referred_on   TEXT NOT NULL,
    discipline    TEXT NOT NULL,
    referred_to   TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referral_engagement ON referral(engagement_id);

-- MW-4.3: engagement_id is NULL for a consultation about the practice in general.
CREATE TABLE consultation (
    id                    INTEGER PRIMARY KEY,
    engagement_id         INTEGER REFERENCES engagement(id) ON DELETE RESTRICT,
    kind                  TEXT NOT NULL,
    held_on               TEXT NOT NULL,
    with_whom             TEXT NOT NULL,
    topic                 TEXT NOT NULL DEFAULT '',
    principal_informed    INTEGER,
    principal_informed_on TEXT
);
CREATE INDEX consultation_engagement ON consultation(engagement_id);

-- CMI-17: due_on = received_on + 28 days, stored so that overdue complaints sort first.
CREATE TABLE complaint (
    id                           INTEGER PRIMARY KEY,
    engagement_id                INTEGER NOT NULL REFERENCES engagement(id) ON DELETE RESTRICT,
    complainant                  TEXT NOT NULL,
    received_on                  TEXT NOT NULL,
    due_on                       TEXT NOT NULL,
    summary                      TEXT NOT NULL,
    acknowledged_on              TEXT,
    acknowledgement_attachment_id INTEGER REFERENCES attachment(id) ON DELETE RESTRICT,
    advisory_board               INTEGER NOT NULL DEFAULT 0,
    status                       TEXT NOT NULL,
    outcome                      TEXT NOT NULL DEFAULT '',
    settled_on                   TEXT
);
CREATE INDEX complaint_engagement ON complaint(engagement_id);
CREATE INDEX complaint_due ON complaint(status, due_on);

CREATE TABLE written_warning (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE RESTRICT,
    issued_on     TEXT NOT NULL,
    reason        TEXT NOT NULL,
    channel       TEXT NOT NULL,
    attachment_id INTEGER REFERENCES attachment(id) ON DELETE RESTRICT
);
CREATE INDEX written_warning_engagement ON written_warning(engagement_id);

-- Append-only and hash-chained (AuditLog). engagement_id has no foreign key: the log
-- outlives the destruction of the records it mentions.
CREATE TABLE audit_entry (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    kind          TEXT NOT NULL,
    engagement_id INTEGER,
    summary       TEXT NOT NULL,
    prev_hash     TEXT NOT NULL,
    hash          TEXT NOT NULL
);
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
)SQL";

// Version 3: full-text search (issue 3). One FTS4 table per kind of record, each with the
// record's own table as external content (the text is not stored twice) and the record's
// id as docid. unicode61 with remove_diacritics: "client" finds "Cliënt". Triggers keep the
// index in step; an external-content index must lose a row's terms BEFORE the row changes
// (it reads the old text from the content table) and gain them AFTER. Only changes to the
// indexed columns touch the index. 'rebuild' fills the index for rows written by version 2.
const char* const v3Search = R"SQL(
CREATE VIRTUAL TABLE note_fts USING fts4(
    content='note', text, tokenize=unicode61 "remove_diacritics=1");
CREATE TRIGGER note_fts_ai AFTER INSERT ON note BEGIN
    INSERT INTO note_fts(docid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER note_fts_bu BEFORE UPDATE OF text ON note BEGIN
    DELETE FROM note_fts WHERE docid = old.id;
END;
CREATE TRIGGER note_fts_au AFTER UPDATE OF text ON note BEGIN
    INSERT INTO note_fts(docid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER note_fts_bd BEFORE DELETE ON note BEGIN
    DELETE FROM note_fts WHERE docid = old.id;
END;

CREATE VIRTUAL TABLE client_fts USING fts4(
    content='client', name, email, city, notes, tokenize=unicode61 "remove_diacritics=1");
CREATE TRIGGER client_fts_ai AFTER INSERT ON client BEGIN
    INSERT INTO client_fts(docid, name, email, city, notes) VALUES (new.id, new.name, new.email, new.city, new.notes);
END;
CREATE TRIGGER client_fts_bu BEFORE UPDATE OF name, email, city, notes ON client BEGIN
    DELETE FROM client_fts WHERE docid = old.id;
END;
CREATE TRIGGER client_fts_au AFTER UPDATE OF name, email, city, notes ON client BEGIN
    INSERT INTO client_fts(docid, name, email, city, notes) VALUES (new.id, new.name, new.email, new.city, new.notes);
END;
CREATE TRIGGER client_fts_bd BEFORE DELETE ON client BEGIN
    DELETE FROM client_fts WHERE docid = old.id;
END;

CREATE VIRTUAL TABLE principal_fts USING fts4(
    content='principal', organisation, contact_name, email, city, notes, tokenize=unicode61 "remove_diacritics=1");
CREATE TRIGGER principal_fts_ai AFTER INSERT ON principal BEGIN
    INSERT INTO principal_fts(docid, organisation, contact_name, email, city, notes)
    VALUES (new.id, new.organisation, new.contact_name, new.email, new.city, new.notes);
END;
CREATE TRIGGER principal_fts_bu BEFORE UPDATE OF organisation, contact_name, email, city, notes ON principal BEGIN
    DELETE FROM principal_fts WHERE docid = old.id;
END;
CREATE TRIGGER principal_fts_au AFTER UPDATE OF organisation, contact_name, email, city, notes ON principal BEGIN
    INSERT INTO principal_fts(docid, organisation, contact_name, email, city, notes)
    VALUES (new.id, new.organisation, new.contact_name, new.email, new.city, new.notes);
END;
CREATE TRIGGER principal_fts_bd BEFORE DELETE ON principal BEGIN
    DELETE FROM principal_fts WHERE docid = old.id;
END;

CREATE VIRTUAL TABLE engagement_fts USING fts4(
    content='engagement', title, objectives, client_expectations, principal_expectations, other_stakeholders,
    payer_name, end_note, tokenize=unicode61 "remove_diacritics=1");
CREATE TRIGGER engagement_fts_ai AFTER INSERT ON engagement BEGIN
    INSERT INTO engagement_fts(docid, title, objectives, client_expectations, principal_expectations,
                               other_stakeholders, payer_name, end_note)
    VALUES (new.id, new.title, new.objectives, new.client_expectations, new.principal_expectations,
            new.other_stakeholders, new.payer_name, new.end_note);
END;
CREATE TRIGGER engagement_fts_bu BEFORE UPDATE OF title, objectives, client_expectations, principal_expectations,
    other_stakeholders, payer_name, end_note ON engagement BEGIN
    DELETE FROM engagement_fts WHERE docid = old.id;
END;
CREATE TRIGGER engagement_fts_au AFTER UPDATE OF title, objectives, client_expectations, principal_expectations,
    other_stakeholders, payer_name, end_note ON engagement BEGIN
    INSERT INTO engagement_fts(docid, title, objectives, client_expectations, principal_expectations,
                               other_stakeholders, payer_name, end_note)
    VALUES (new.id, new.title, new.objectives, new.client_expectations, new.principal_expectations,
            new.other_stakeholders, new.payer_name, new.end_note);
END;
CREATE TRIGGER engagement_fts_bd BEFORE DELETE ON engagement BEGIN
    DELETE FROM engagement_fts WHERE docid = old.id;
END;

INSERT INTO note_fts(note_fts) VALUES ('rebuild');
INSERT INTO client_fts(client_fts) VALUES ('rebuild');
INSERT INTO principal_fts(principal_fts) VALUES ('rebuild');
INSERT INTO engagement_fts(engagement_fts) VALUES ('rebuild');
)SQL";

// Version 4: letters issued (docs/architecture.md, Documents): each issued PDF is kept as an attachment
// with its hash; re-issuing adds a row and keeps the earlier ones. The signed copy, or the
// date and note of an acceptance by e-mail, is recorded on the letter (CMI-5).
const char* const v4IssuedLetters = R"SQL(
CREATE TABLE issued_letter (
    id                   INTEGER PRIMARY KEY,
    engagement_id        INTEGER REFERENCES engagement(id) ON DELETE RESTRICT,
    complaint_id         INTEGER REFERENCES complaint(id) ON DELETE RESTRICT,
    kind                 TEXT NOT NULL,
    language             TEXT NOT NULL,
    issued_at            TEXT NOT NULL,
    attachment_id        INTEGER NOT NULL REFERENCES attachment(id) ON DELETE RESTRICT,
    sha256               TEXT NOT NULL,
    accepted_on          TEXT,
    acceptance_channel   TEXT,
    signed_attachment_id INTEGER REFERENCES attachment(id) ON DELETE RESTRICT,
    acceptance_note      TEXT NOT NULL DEFAULT '',
    CHECK (engagement_id IS NOT NULL OR complaint_id IS NOT NULL)
);
CREATE INDEX issued_letter_engagement ON issued_letter(engagement_id, kind, issued_at);
)SQL";

// Version 5: drafts of notes (issue 4). What the note editor saves while the user types and
// when the vault locks, so that typed text is never lost; a draft is not a version of the
// note until the note is saved. A session's note is found by its session, a note on the
// engagement by its id (none for a new note): the expression index keeps one draft per note.
// Drafts are not part of the record: they go with their engagement, session or note.
const char* const v5NoteDrafts = R"SQL(
CREATE TABLE note_draft (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE CASCADE,
    session_id    INTEGER REFERENCES session(id) ON DELETE CASCADE,
    note_id       INTEGER REFERENCES note(id) ON DELETE CASCADE,
    text          TEXT NOT NULL,
    saved_at      TEXT NOT NULL
);
CREATE UNIQUE INDEX note_draft_target ON note_draft(engagement_id, ifnull(session_id, 0), ifnull(note_id, 0));
)SQL";

// Version 6: destruction after the retention date (MW-4.2, issue 7). What remains of a
// destroyed dossier or financial record: ids, dates, reason and when, never the text. uid
// identifies one destruction across copies, so that a restore of an older backup can
// re-apply the destructions recorded in the vault it replaces. No foreign keys: the
// engagement may be gone.
const char* const v6Destruction = R"SQL(
CREATE TABLE destruction (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    engagement_id   INTEGER NOT NULL,
    client_id       INTEGER,
    scope           TEXT NOT NULL CHECK (scope IN ('dossier', 'financial')),
    retention_until TEXT,
    reason          TEXT NOT NULL,
    destroyed_at    TEXT NOT NULL,
    destroyed_ids   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX destruction_engagement ON destruction(engagement_id);
)SQL";

// Version 7: search results newest first without reading every match (issue 9). The notes'
// index is keyed by time: its docid is the second of the session's start (the note's creation
// for a note without a session) times 2^24, plus the note's id, kept in note_search_key and
// read through the view note_search (the index's external content: rowid = key, the note's
// text). "ORDER BY docid DESC LIMIT 50" then walks the matches newest first and stops at 50,
// instead of joining every match to its note and session to sort them. A note id must stay
// below 2^24 (16.7 million notes) for the keys to be unique. The key follows the note's text,
// its session's start and its session or creation time; the index loses a row's terms BEFORE
// the row or its key changes (it reads the old text through the view) and gains them AFTER.
// Clients, principals and engagements (thousands, not a hundred thousand) are walked newest
// first along an index on updated_at. The old note index and its triggers are replaced.
const char* const v7SearchByTime = R"SQL(
DROP TRIGGER note_fts_ai;
DROP TRIGGER note_fts_bu;
DROP TRIGGER note_fts_au;
DROP TRIGGER note_fts_bd;
DROP TABLE note_fts;

CREATE TABLE note_search_key (
    key     INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL UNIQUE
);
INSERT INTO note_search_key (key, note_id)
SELECT COALESCE(CAST(strftime('%s', COALESCE(s.starts_at, n.created_at)) AS INTEGER), 0) * 16777216 + n.id, n.id
  FROM note n LEFT JOIN session s ON s.id = n.session_id;

CREATE VIEW note_search (rowid, text) AS
SELECT k.key, n.text FROM note_search_key k JOIN note n ON n.id = k.note_id;

CREATE VIRTUAL TABLE note_fts USING fts4(
    content='note_search', text, tokenize=unicode61 "remove_diacritics=1");

CREATE TRIGGER note_fts_ai AFTER INSERT ON note BEGIN
    INSERT INTO note_search_key (key, note_id)
    VALUES (COALESCE(CAST(strftime('%s', COALESCE((SELECT starts_at FROM session WHERE id = new.session_id),
                                                  new.created_at)) AS INTEGER), 0) * 16777216 + new.id,
            new.id);
    INSERT INTO note_fts(docid, text) VALUES ((SELECT key FROM note_search_key WHERE note_id = new.id), new.text);
END;
CREATE TRIGGER note_fts_bu BEFORE UPDATE OF text ON note BEGIN
    DELETE FROM note_fts WHERE docid = (SELECT key FROM note_search_key WHERE note_id = old.id);
END;
CREATE TRIGGER note_fts_au AFTER UPDATE OF text ON note BEGIN
    INSERT INTO note_fts(docid, text) VALUES ((SELECT key FROM note_search_key WHERE note_id = new.id), new.text);
END;
CREATE TRIGGER note_fts_bd BEFORE DELETE ON note BEGIN
    DELETE FROM note_fts WHERE docid = (SELECT key FROM note_search_key WHERE note_id = old.id);
    DELETE FROM note_search_key WHERE note_id = old.id;
END;

CREATE TRIGGER note_search_key_bu BEFORE UPDATE OF key ON note_search_key BEGIN
    DELETE FROM note_fts WHERE docid = old.key;
END;
CREATE TRIGGER note_search_key_au AFTER UPDATE OF key ON note_search_key BEGIN
    INSERT INTO note_fts(docid, text) SELECT new.key, text FROM note WHERE id = new.note_id;
END;
CREATE TRIGGER note_search_key_note_au AFTER UPDATE OF session_id, created_at ON note BEGIN
    UPDATE note_search_key
       SET key = COALESCE(CAST(strftime('%s', COALESCE((SELECT starts_at FROM session WHERE id = new.session_id),
                                                       new.created_at)) AS INTEGER), 0) * 16777216 + new.id
     WHERE note_id = new.id;
END;
CREATE TRIGGER note_search_key_session_au AFTER UPDATE OF starts_at ON session BEGIN
    UPDATE note_search_key
       SET key = COALESCE(CAST(strftime('%s', new.starts_at) AS INTEGER), 0) * 16777216 + note_id
     WHERE note_id IN (SELECT id FROM note WHERE session_id = new.id);
END;

INSERT INTO note_fts(note_fts) VALUES ('rebuild');

CREATE INDEX client_updated ON client(updated_at);
CREATE INDEX principal_updated ON principal(updated_at);
CREATE INDEX engagement_updated ON engagement(updated_at);
)SQL";

// Version 8: a complaint's handling notes (CMI-17, issue 6): what was done to handle it, free
// text next to the summary and the outcome. Confidential like them: destroyed with the complaint,
// not indexed for search, not written to the audit log.
const char* const v8ComplaintHandling = R"SQL(
ALTER TABLE complaint ADD COLUMN handling_notes TEXT NOT NULL DEFAULT '';
)SQL";

// Version 9: the audit log covers the records (issue 16, item 5). An entry about a record
// names its table and id and carries the SHA-256 of the record's content after the change
// (AuditLog, RecordContent), so that verify finds a record changed outside Mandaat. The
// entries written before keep their hashes: the new fields join an entry's hash only when
// set. The records already in the vault are recorded once, at the first writable open
// (AuditLog::coverRecords), because their hashes are computed in C++. A later step that adds
// a column with an empty default leaves the records' hashes unchanged (RecordContent::hash).
const char* const v9AuditRecords = R"SQL(
ALTER TABLE audit_entry ADD COLUMN record_table TEXT;
ALTER TABLE audit_entry ADD COLUMN record_id INTEGER;
ALTER TABLE audit_entry ADD COLUMN content_hash TEXT;
CREATE INDEX audit_entry_record ON audit_entry(record_table, record_id);
)SQL";

// Version 10: the cancellation policy among an engagement's terms (ICF-1.1): what a session
// cancelled late or missed costs, stated in the confirmation. Empty by default, so the hashes
// of the records written before stay as they were (RecordContent::hash).
const char* const v10CancellationPolicy = R"SQL(
ALTER TABLE engagement ADD COLUMN cancellation_policy TEXT NOT NULL DEFAULT '';
)SQL";

// Version 11: what ICF adds to the records (ICF-2.3, ICF-3.8). A referral states the benefit the
// consultant receives for it, if any, and when that was disclosed to the client. The disclosure
// log: each time confidential information went to an authority or another party under one of
// the exceptions agreed in advance, to whom, on which ground, what, and whether and when the
// client was told. Confidential like the notes: destroyed with the dossier, not indexed for
// search. A suspension (ICF-3.3, ICF-4.2): the engagement paused from a day, on a ground, with
// the day it should resume and the day it did. The new referral columns are empty by default, so
// the hashes of the referrals written before stay as they were (RecordContent::hash).
const char* const v11IcfRecords = R"SQL(
ALTER TABLE referral ADD COLUMN benefit TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN benefit_disclosed_on TEXT;

CREATE TABLE disclosure (
    id             INTEGER PRIMARY KEY,
    engagement_id  INTEGER NOT NULL REFERENCES engagement(id) ON DELETE RESTRICT,
    disclosed_on   TEXT NOT NULL,
    disclosed_to   TEXT NOT NULL,
    ground         TEXT NOT NULL,
    what           TEXT NOT NULL,
    client_told_on TEXT,
    not_told_why   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX disclosure_engagement ON disclosure(engagement_id);

CREATE TABLE suspension (
    id            INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id) ON DELETE RESTRICT,
    suspended_on  TEXT NOT NULL,
    ground        TEXT NOT NULL,
    reason        TEXT NOT NULL,
    resume_on     TEXT,
    resumed_on    TEXT
);
CREATE INDEX suspension_engagement ON suspension(engagement_id);
)SQL";

// Version 12: the technology register (ICF-2.5). The practice's tools, platforms and software
// used with client data: what for, where the data is stored or processed, whether it uses AI,
// whether a processor agreement covers it, when it was last reviewed, and the day it was
// retired (a retired tool stays readable for the engagements that used it). Practice data, not
// client data: it survives the destruction of a dossier. Per engagement, the tools used with
// this client's data and the day each party agreed to them: destroyed with the dossier.
const char* const v12TechnologyRegister = R"SQL(
CREATE TABLE technology_tool (
    id                  INTEGER PRIMARY KEY,
    name                TEXT NOT NULL,
    purpose             TEXT NOT NULL,
    data_location       TEXT NOT NULL,
    ai                  INTEGER NOT NULL DEFAULT 0,
    processor_agreement INTEGER NOT NULL DEFAULT 0,
    reviewed_on         TEXT,
    retired_on          TEXT
);

CREATE TABLE engagement_tool (
    id                  INTEGER PRIMARY KEY,
    engagement_id       INTEGER NOT NULL REFERENCES engagement(id) ON DELETE RESTRICT,
    tool_id             INTEGER NOT NULL REFERENCES technology_tool(id) ON DELETE RESTRICT,
    client_agreed_on    TEXT,
    principal_agreed_on TEXT,
    UNIQUE (engagement_id, tool_id)
);
CREATE INDEX engagement_tool_engagement ON engagement_tool(engagement_id);
)SQL";

const std::vector<Migration>* s_testingSteps = nullptr;

} // namespace

const std::vector<Migration>& schemaMigrations()
{
    static const std::vector<Migration> steps = {
        {1, "foundation: practice settings", v1Foundation},
        {2, "domain: practice, principals, clients, engagements, sessions, compliance records", v2Domain},
        {3, "search: full-text index of notes, clients, principals and engagements", v3Search},
        {4, "documents: issued letters and their acceptance", v4IssuedLetters},
        {5, "notes: drafts kept while typing", v5NoteDrafts},
        {6, "retention: tombstones of destroyed records", v6Destruction},
        {7, "search: notes' index keyed by time, records by their last change", v7SearchByTime},
        {8, "complaints: handling notes", v8ComplaintHandling},
        {9, "audit: entries carry the record and the hash of its content", v9AuditRecords},
        {10, "engagements: the cancellation policy among the terms", v10CancellationPolicy},
        {11, "records: a referral's benefit, the disclosure log, suspensions", v11IcfRecords},
        {12, "records: the technology register and the tools used per engagement", v12TechnologyRegister},
    };
    return s_testingSteps ? *s_testingSteps : steps;
}

void setSchemaMigrationsForTesting(const std::vector<Migration>* steps)
{
    s_testingSteps = steps;
}

int latestSchemaVersion()
{
    return schemaMigrations().back().version;
}

} // namespace mandaat
