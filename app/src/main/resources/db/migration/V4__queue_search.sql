-- The queue's text search (order id, subject name, domains) scans one lower-case column instead of joining the
-- domains of every order: with 100,000 orders the join made each keystroke take a second.
ALTER TABLE orders ADD COLUMN search_text VARCHAR(8000) NOT NULL DEFAULT '';

UPDATE orders o SET search_text = LOWER(o.id || ' ' || o.subject_name || ' ' || COALESCE(
    (SELECT LISTAGG(d.domain, ' ') WITHIN GROUP (ORDER BY d.site_idx, d.pos) FROM site_domain d WHERE d.order_id = o.id), ''));
