package org.icpdesk.order.domain;

/**
 * An uploaded certificate image or letter. {@code owner} is {@code subject}, {@code principal} or
 * {@code site:<index>}; {@code file} is the bundle entry path.
 */
public record Material(String id, String kind, String owner, String file) {
}
