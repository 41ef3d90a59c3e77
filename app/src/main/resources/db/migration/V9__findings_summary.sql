-- A summary of the rules' findings on each order's current version (errors, warnings, the rule data version), so that
-- the queue filters "has findings" / "clean" and sorts on the count in SQL. Null = not computed yet: written by the DAO
-- with every order version, filled in the background after the store opens, recomputed by FindingsIndex.refresh
-- (e.g. when OCR readings of the order change) and for rows computed with older rule data.
ALTER TABLE orders ADD COLUMN findings_errors INT;
ALTER TABLE orders ADD COLUMN findings_warnings INT;
ALTER TABLE orders ADD COLUMN findings_count INT;
ALTER TABLE orders ADD COLUMN has_findings BOOLEAN;
ALTER TABLE orders ADD COLUMN findings_rules VARCHAR(64);
ALTER TABLE orders ADD COLUMN findings_of_version INT;
CREATE INDEX orders_findings_submitted ON orders (has_findings, submitted_at, id);
CREATE INDEX orders_findings_count ON orders (findings_count, id);

