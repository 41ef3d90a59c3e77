package org.icpdesk.audit.store;

import java.util.Optional;
import java.util.function.Consumer;
import org.icpdesk.audit.domain.AuditEvent;
import org.icpdesk.store.Tx;

/** The audit log table: append and read in order; there is no update and no delete. */
public interface AuditDao {
    Optional<AuditEvent> last(Tx tx);

    void insert(Tx tx, AuditEvent event);

    /** Streams every record in sequence order. */
    void forEach(Tx tx, Consumer<AuditEvent> consumer);

    /** The hash of the newest record about an order, if any. */
    Optional<String> lastHashForOrder(Tx tx, String orderId);

    long count(Tx tx);
}
