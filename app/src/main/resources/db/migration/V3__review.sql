-- ICP Desk store, schema 3 (review): which stored bytes each received order version's materials have, so that a
-- conflict can be reopened on the newer version without the bundle that brought it.
CREATE TABLE order_version_material (
    order_id    VARCHAR(64)  NOT NULL,
    version     INT          NOT NULL,
    material_id VARCHAR(64)  NOT NULL,
    media_type  VARCHAR(60)  NOT NULL,
    sha256      CHAR(64)     NOT NULL REFERENCES blob (sha256),
    PRIMARY KEY (order_id, version, material_id)
);
