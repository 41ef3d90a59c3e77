package org.icpdesk.order.service;

/** The queue's deadline filter: pending orders past their initial-review deadline, or due before the end of today. */
public enum DueFilter { ANY, OVERDUE, DUE_TODAY }
