package org.icpdesk.order.service;

/** The queue's findings filter: orders whose stored findings summary has errors or warnings, or none. */
public enum FindingsFilter { ANY, WITH_FINDINGS, CLEAN }
