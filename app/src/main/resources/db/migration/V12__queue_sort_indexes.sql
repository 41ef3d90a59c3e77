-- Sort columns with the id as tie-break, so that a page of a large match is read in index order (the DAO names the
-- index when the filter matches many orders; H2 would otherwise sort every match).
CREATE INDEX orders_subject_name_id ON orders (subject_name, id);
CREATE INDEX orders_province_id ON orders (province, id);
CREATE INDEX orders_type_id ON orders (order_type, id);
CREATE INDEX orders_status_id ON orders (status, id);
