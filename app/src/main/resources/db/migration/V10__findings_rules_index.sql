-- Whether any order lacks a findings summary of the current rule data, answered from an index at every store open
-- (without it the check read all 100,000 orders each time).
CREATE INDEX orders_findings_rules ON orders (findings_rules);
