package org.icpdesk.audit.domain;

import java.time.OffsetDateTime;

/**
 * One record of the append-only audit log. {@code payload} is JSON without personal data. {@code hash} chains
 * the record to the one before it, so that a changed or removed record breaks every hash after it.
 */
public record AuditEvent(
        long seq,
        OffsetDateTime at,
        String actor,
        String actorRole,
        String action,
        String entityType,
        String entityId,
        String orderId,
        String payload,
        String prevHash,
        String hash) {

    /** The previous hash of the first record. */
    public static final String GENESIS = "0".repeat(64);
}
