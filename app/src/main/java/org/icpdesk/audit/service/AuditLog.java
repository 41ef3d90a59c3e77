package org.icpdesk.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.icpdesk.audit.domain.AuditChain;
import org.icpdesk.audit.domain.AuditEvent;
import org.icpdesk.audit.domain.AuditVerification;
import org.icpdesk.audit.store.AuditDao;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.store.Store;
import org.icpdesk.store.Tx;

/**
 * Appends audit records inside the caller's transaction (so the change and its record commit together) and
 * verifies the hash chain.
 */
public final class AuditLog {
    private final AuditDao dao;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public AuditLog(AuditDao dao, Clock clock) {
        this.dao = dao;
        this.clock = clock;
    }

    /**
     * Appends one record. {@code payload} values must not hold personal data (mask ID and phone numbers).
     *
     * @return the new record, with its hash
     */
    public AuditEvent append(Tx tx, Actor actor, String action, String entityType, String entityId, String orderId,
                             Map<String, ?> payload) {
        AuditEvent last = dao.last(tx).orElse(null);
        long seq = last == null ? 1 : last.seq() + 1;
        String prev = last == null ? AuditEvent.GENESIS : last.hash();
        // Stored with microsecond precision: hash exactly what the column keeps.
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String body;
        try {
            body = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit payload is not serialisable", e);
        }
        AuditEvent draft = new AuditEvent(seq, at, actor.login(), actor.role().name(), action, entityType, entityId, orderId, body, prev, null);
        AuditEvent event = new AuditEvent(seq, at, actor.login(), actor.role().name(), action, entityType, entityId, orderId, body, prev,
                AuditChain.hash(prev, seq, draft));
        dao.insert(tx, event);
        return event;
    }

    /** Recomputes every hash in order; the first record whose links or hash do not fit breaks the chain. */
    public AuditVerification verify(Store store) {
        return store.read(tx -> {
            long[] count = {0};
            String[] prev = {AuditEvent.GENESIS};
            Long[] broken = {null};
            dao.forEach(tx, e -> {
                if (broken[0] != null) {
                    return;
                }
                count[0]++;
                boolean linked = e.prevHash().equals(prev[0]) && e.seq() == count[0];
                if (!linked || !AuditChain.hash(e.prevHash(), e.seq(), e).equals(e.hash())) {
                    broken[0] = e.seq();
                    return;
                }
                prev[0] = e.hash();
            });
            return new AuditVerification(broken[0] == null, count[0], broken[0], prev[0]);
        });
    }
}
