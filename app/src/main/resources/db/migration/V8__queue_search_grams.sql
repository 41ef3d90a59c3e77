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

-- Orders stored before this migration get their pairs from the program when it opens the store, in batches (a join
-- with SYSTEM_RANGE here made H2 scan every order once per character position): the row says after which order id
-- to go on; no row = every order has its pairs.
CREATE TABLE order_search_gram_fill (
    after_id VARCHAR(64) NOT NULL
);
INSERT INTO order_search_gram_fill (after_id) SELECT '' FROM (VALUES (1)) v WHERE EXISTS (SELECT 1 FROM orders);
