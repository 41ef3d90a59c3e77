-- The queue's text search without scanning every order: each order's search_text (plus a trailing space, so that every
-- character starts a pair) split into its distinct two-character pairs, kept by the DAO whenever search_text is
-- written. A search looks up the rarest pair of the searched text here and checks the few candidates with LIKE;
-- at 100,000 orders LIKE '%x%' over search_text alone took up to 271 ms. Pairs (not triples) because Chinese names
-- are searched by two characters ("科技"); a single character uses the pairs it starts.
CREATE TABLE order_search_gram (
    gram     VARCHAR(2)  NOT NULL,
    order_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (gram, order_id)
);

INSERT INTO order_search_gram (gram, order_id)
SELECT DISTINCT SUBSTRING(t.s, r.X, 2), t.id
FROM (SELECT id, search_text || ' ' AS s FROM orders) t
JOIN SYSTEM_RANGE(1, 8001) r ON r.X < CHAR_LENGTH(t.s);
