package org.icpdesk.order.service;

/** Columns the queue sorts on; each maps to a constant SQL expression in the store (never concatenated input). */
public enum QueueSort { ORDER_ID, SUBJECT, PROVINCE, TYPE, SUBMITTED, STATUS, DUE, FINDINGS }
