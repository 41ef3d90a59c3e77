package org.icpdesk.order.domain;

/** Image or letter bytes in the store, addressed by their SHA-256. */
public record StoredBlob(String sha256, String mediaType, long size) {
}
