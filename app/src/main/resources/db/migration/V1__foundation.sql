-- ICP Desk store, schema 1: orders as received, their materials, decisions with reasons and edits,
-- conflicts between versions, and the audit log (hash chain). One row per order holds the current version;
-- order_version keeps every version ever received as the JSON that arrived.

CREATE TABLE imported_bundle (
    bundle_id        VARCHAR(100)  PRIMARY KEY,
    kind             VARCHAR(20)   NOT NULL,
    file_name        VARCHAR(1000) NOT NULL,
    sha256           CHAR(64)      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE,
    source           VARCHAR(4000),
    imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    actor            VARCHAR(64)   NOT NULL,
    orders_added     INT NOT NULL,
    orders_updated   INT NOT NULL,
    orders_unchanged INT NOT NULL,
    orders_conflicts INT NOT NULL
);

CREATE TABLE orders (
    id                    VARCHAR(64)   PRIMARY KEY,
    version               INT           NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    order_type            VARCHAR(40)   NOT NULL,
    provider              VARCHAR(200),
    province              VARCHAR(10)   NOT NULL,
    subject_kind          VARCHAR(20)   NOT NULL,
    subject_name          VARCHAR(1000) NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE,
    assisted_edit_consent BOOLEAN       NOT NULL,
    filing_number         VARCHAR(100),
    content_sha256        CHAR(64)      NOT NULL,
    bundle_id             VARCHAR(100)  NOT NULL REFERENCES imported_bundle (bundle_id),
    imported_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version           INT           NOT NULL DEFAULT 0
);
CREATE INDEX orders_status_submitted ON orders (status, submitted_at, id);
CREATE INDEX orders_province ON orders (province, status);
CREATE INDEX orders_type ON orders (order_type, status);
CREATE INDEX orders_kind ON orders (subject_kind, status);
CREATE INDEX orders_submitted ON orders (submitted_at, id);
CREATE INDEX orders_subject_name ON orders (subject_name);

CREATE TABLE order_version (
    order_id       VARCHAR(64) NOT NULL,
    version        INT         NOT NULL,
    content_sha256 CHAR(64)    NOT NULL,
    json           CLOB        NOT NULL,
    bundle_id      VARCHAR(100) NOT NULL REFERENCES imported_bundle (bundle_id),
    received_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, version)
);

CREATE TABLE subject (
    order_id             VARCHAR(64) PRIMARY KEY REFERENCES orders (id) ON DELETE CASCADE,
    kind                 VARCHAR(20) NOT NULL,
    name                 VARCHAR(1000) NOT NULL,
    certificate_type     VARCHAR(60),
    certificate_number   VARCHAR(100),
    legal_representative VARCHAR(200),
    province             VARCHAR(10),
    city                 VARCHAR(200),
    district             VARCHAR(200),
    address              VARCHAR(4000),
    residence_address    VARCHAR(4000),
    investor             VARCHAR(1000),
    remark               VARCHAR(65536)
);
CREATE INDEX subject_certificate ON subject (certificate_number);

-- role: 'subject' for the subject principal, 'site:<index>' for a website principal
CREATE TABLE principal (
    order_id        VARCHAR(64) NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    role            VARCHAR(20) NOT NULL,
    name            VARCHAR(200),
    id_type         VARCHAR(60),
    id_number       VARCHAR(100),
    id_valid_to     VARCHAR(20),
    mobile          VARCHAR(40),
    landline        VARCHAR(60),
    email           VARCHAR(320),
    emergency_phone VARCHAR(40),
    PRIMARY KEY (order_id, role)
);
CREATE INDEX principal_id_number ON principal (id_number);

CREATE TABLE site (
    order_id        VARCHAR(64) NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    idx             INT         NOT NULL,
    name            VARCHAR(1000) NOT NULL,
    homepage_url    VARCHAR(2000),
    content_type    VARCHAR(60),
    languages       VARCHAR(1000),
    ips             VARCHAR(2000),
    remark          VARCHAR(65536),
    access_method   VARCHAR(100),
    server_location VARCHAR(200),
    pre_approvals   VARCHAR(65536),
    PRIMARY KEY (order_id, idx)
);

CREATE TABLE site_domain (
    order_id VARCHAR(64) NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    site_idx INT          NOT NULL,
    pos      INT          NOT NULL,
    domain   VARCHAR(255) NOT NULL,
    PRIMARY KEY (order_id, site_idx, pos)
);
CREATE INDEX site_domain_domain ON site_domain (domain);

-- Image bytes, content-addressed. Kept inside the database so that encryption covers them and an import
-- is one transaction.
CREATE TABLE blob (
    sha256     CHAR(64)    PRIMARY KEY,
    size       BIGINT      NOT NULL,
    media_type VARCHAR(60) NOT NULL,
    data       BLOB        NOT NULL
);

CREATE TABLE material (
    order_id    VARCHAR(64)  NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    material_id VARCHAR(64)  NOT NULL,
    kind        VARCHAR(60)  NOT NULL,
    owner       VARCHAR(20)  NOT NULL,
    file_path   VARCHAR(1000) NOT NULL,
    media_type  VARCHAR(60)  NOT NULL,
    sha256      CHAR(64)     NOT NULL REFERENCES blob (sha256),
    PRIMARY KEY (order_id, material_id)
);
CREATE INDEX material_sha256 ON material (sha256);

-- The reason catalogue (from rules/rejection-reasons.yaml) plus codes added locally.
CREATE TABLE reason (
    code       VARCHAR(64) PRIMARY KEY,
    stage      VARCHAR(30),
    check_kind VARCHAR(20),
    zh         VARCHAR(4000) NOT NULL,
    en         VARCHAR(4000) NOT NULL,
    source     VARCHAR(200),
    local_code BOOLEAN NOT NULL DEFAULT FALSE
);

-- state: ACTIVE, UNDONE (reviewer undid it before export), DISCARDED (a newer order version replaced it),
-- OVERTURNED (a supervisor overturned it).
CREATE TABLE decision (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         VARCHAR(64) NOT NULL REFERENCES orders (id),
    order_version    INT         NOT NULL,
    outcome          VARCHAR(20) NOT NULL,
    actor            VARCHAR(64) NOT NULL,
    actor_role       VARCHAR(30) NOT NULL,
    decided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    internal_note    VARCHAR(65536),
    state            VARCHAR(20) NOT NULL,
    exported_at      TIMESTAMP WITH TIME ZONE,
    export_bundle_id VARCHAR(100),
    audit_hash       CHAR(64)
);
CREATE INDEX decision_order ON decision (order_id, order_version);
CREATE INDEX decision_export ON decision (state, exported_at);
CREATE INDEX decision_actor ON decision (actor, decided_at);

CREATE TABLE decision_reason (
    decision_id BIGINT      NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    pos         INT         NOT NULL,
    code        VARCHAR(64) NOT NULL,
    fields      VARCHAR(4000),
    note        VARCHAR(65536),
    PRIMARY KEY (decision_id, pos)
);
CREATE INDEX decision_reason_code ON decision_reason (code);

CREATE TABLE decision_edit (
    decision_id  BIGINT       NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    pos          INT          NOT NULL,
    field        VARCHAR(200) NOT NULL,
    before_value VARCHAR(65536),
    after_value  VARCHAR(65536),
    basis        VARCHAR(1000) NOT NULL,
    material_id  VARCHAR(64),
    consent      BOOLEAN      NOT NULL,
    PRIMARY KEY (decision_id, pos)
);

-- A newer order version that arrived while a decision on the stored one was not yet exported.
CREATE TABLE order_conflict (
    order_id         VARCHAR(64) NOT NULL REFERENCES orders (id),
    incoming_version INT         NOT NULL,
    stored_version   INT         NOT NULL,
    decision_id      BIGINT      NOT NULL REFERENCES decision (id),
    bundle_id        VARCHAR(100) NOT NULL REFERENCES imported_bundle (bundle_id),
    detected_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolution       VARCHAR(30),
    resolved_by      VARCHAR(64),
    resolved_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (order_id, incoming_version)
);

-- Append-only audit log. hash = SHA-256(prev_hash | seq | at | actor | role | action | entity | payload);
-- payload is JSON without personal data (masked where needed).
CREATE TABLE audit_event (
    seq         BIGINT       PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)  NOT NULL,
    actor_role  VARCHAR(30)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(30)  NOT NULL,
    entity_id   VARCHAR(200) NOT NULL,
    order_id    VARCHAR(64),
    payload     VARCHAR(65536) NOT NULL,
    prev_hash   CHAR(64)     NOT NULL,
    hash        CHAR(64)     NOT NULL UNIQUE
);
CREATE INDEX audit_event_order ON audit_event (order_id, seq);
CREATE INDEX audit_event_actor ON audit_event (actor, at);
