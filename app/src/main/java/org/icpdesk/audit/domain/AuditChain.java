package org.icpdesk.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** The hash that links an audit record to its predecessor: SHA-256 over the previous hash and every field. */
public final class AuditChain {
    private AuditChain() {
    }

    public static String hash(String prevHash, long seq, AuditEvent e) {
        String canonical = String.join("\n",
                prevHash,
                Long.toString(seq),
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(e.at().toInstant().atOffset(java.time.ZoneOffset.UTC)),
                e.actor(),
                e.actorRole(),
                e.action(),
                e.entityType(),
                e.entityId(),
                e.orderId() == null ? "" : e.orderId(),
                e.payload());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
