-- The initial-review deadline of each order (TimeLimits.initialReviewDue from submitted_at, per provider and province),
-- stored so that the queue filters ("overdue", "due today") and sorts on it in SQL. Null = not known yet: the program
-- fills it in when it opens the store and whenever an order version is written.
ALTER TABLE orders ADD COLUMN review_due_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX orders_review_due ON orders (review_due_at, id);
CREATE INDEX orders_status_review_due ON orders (status, review_due_at, id);
