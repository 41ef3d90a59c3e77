package org.icpdesk.order.service;

/**
 * Columns the queue sorts on; each maps to a constant SQL expression in the store (never concatenated input).
 * {@link #KIND} sorts by subject kind, then submission time; {@link #AGE} (working days waited) is the submission time
 * in the opposite direction, and a {@link QueueQuery} turns it into that.
 */
public enum QueueSort { ORDER_ID, SUBJECT, PROVINCE, TYPE, KIND, SUBMITTED, AGE, STATUS, DUE, FINDINGS }
