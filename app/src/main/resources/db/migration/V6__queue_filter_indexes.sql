-- Queue filters with their default sort: an index that ends in the sort column lets H2 read one page in order
-- instead of sorting every matching row (at 100,000 orders: province filter 88 ms -> a few ms).
CREATE INDEX orders_province_status_submitted ON orders (province, status, submitted_at, id);
CREATE INDEX orders_type_status_submitted ON orders (order_type, status, submitted_at, id);
CREATE INDEX orders_kind_status_submitted ON orders (subject_kind, status, submitted_at, id);
DROP INDEX orders_province;
DROP INDEX orders_type;
DROP INDEX orders_kind;
