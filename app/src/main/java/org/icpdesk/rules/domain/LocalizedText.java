package org.icpdesk.rules.domain;

/** A text in the two languages of the desk. */
public record LocalizedText(String zh, String en) {
}
