package org.icpdesk.audit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.icpdesk.audit.domain.AuditVerification;
import org.icpdesk.audit.store.JdbiAuditDao;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.store.JdbiTx;
import org.icpdesk.store.Store;
import org.icpdesk.store.StoreFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path dir;
    Store store;
    AuditLog audit;

    @BeforeEach
    void open() {
        store = StoreFactory.open(dir, null);
        audit = new AuditLog(new JdbiAuditDao(), Clock.systemUTC());
        Actor actor = Actor.localReviewer();
        for (int i = 0; i < 5; i++) {
            int n = i;
            store.inTransaction(tx -> audit.append(tx, actor, "order.added", "order", "ICP" + n, "ICP" + n, Map.of("version", 1)));
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void intactChainVerifies() {
        AuditVerification v = audit.verify(store);
        assertThat(v.intact()).isTrue();
        assertThat(v.records()).isEqualTo(5);
        assertThat(v.headHash()).hasSize(64);
    }

    @Test
    void changedPayloadBreaksTheChainAtThatRecord() {
        store.inTransaction(tx -> JdbiTx.handle(tx).execute("UPDATE audit_event SET payload = '{\"version\":2}' WHERE seq = 3"));
        AuditVerification v = audit.verify(store);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
    }

    @Test
    void removedRecordBreaksTheChain() {
        store.inTransaction(tx -> JdbiTx.handle(tx).execute("DELETE FROM audit_event WHERE seq = 2"));
        AuditVerification v = audit.verify(store);
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBrokenSeq()).isEqualTo(3L);
    }

    @Test
    void rolledBackWorkLeavesNoRecord() {
        try {
            store.inTransaction(tx -> {
                audit.append(tx, Actor.system(), "order.added", "order", "X", "X", Map.of());
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("boom");
        }
        assertThat(audit.verify(store).records()).isEqualTo(5);
    }
}
