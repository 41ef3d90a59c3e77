-- A summary of the rules' findings on each order's current version (errors, warnings, the rule data version), so that
-- the queue filters "has findings" / "clean" and sorts on the count in SQL. Null = not computed yet: written by the DAO
-- with every order version, filled in the background after the store opens, recomputed by FindingsIndex.refresh
-- (e.g. when OCR readings of the order change) and for rows computed with older rule data.
-- One ALTER: H2 copies the table (and rebuilds its indexes) for each.
ALTER TABLE orders ADD COLUMN (
    findings_errors     INT,
    findings_warnings   INT,
    findings_count      INT,
    has_findings        BOOLEAN,
    findings_rules      VARCHAR(64),
    findings_of_version INT
);
CREATE INDEX orders_findings_submitted ON orders (has_findings, submitted_at, id);
CREATE INDEX orders_findings_count ON orders (findings_count, id);
