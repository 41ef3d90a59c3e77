package org.icpdesk.bundle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.icpdesk.AppContext;
import org.icpdesk.bundle.domain.ImportSummary;
import org.icpdesk.common.Progress;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.store.JdbiTx;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path dir;
    AppContext app;
    final Actor actor = Actor.localReviewer();

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("store"), null, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private ImportSummary importBundle(Path bundle) {
        return app.imports().importBundle(bundle, actor, Progress.NONE);
    }

    /** Everything an import could change, to compare before and after a refused one. */
    private List<Long> snapshot() {
        return app.store().read(tx -> {
            var h = JdbiTx.handle(tx);
            return List.of("orders", "order_version", "subject", "principal", "site", "site_domain", "material", "blob",
                            "imported_bundle", "audit_event", "order_conflict").stream()
                    .map(t -> h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one()).toList();
        });
    }

    @Test
    void importsEveryOrderWithItsPartsAndAuditRecords() {
        Path bundle = SmallBundles.write(dir.resolve("b1.zip"), SmallBundles.orders(12, 1, ""), "", 24);
        ImportSummary s = importBundle(bundle);
        assertThat(s.added()).isEqualTo(12);
        assertThat(s.updated()).isZero();
        assertThat(s.conflicts()).isEmpty();
        assertThat(app.orders().countAll()).isEqualTo(12);
        Order stored = app.orders().find("ICPT000003").orElseThrow();
        assertThat(stored.subject().name()).isEqualTo("测试单位3");
        assertThat(stored.sites().get(0).domains()).containsExactly("example3.cn");
        var verification = app.audit().verify(app.store());
        assertThat(verification.intact()).isTrue();
        assertThat(verification.records()).isEqualTo(13); // 12 orders + the bundle
    }

    @Test
    void importingTheSameBundleTwiceChangesNothing() {
        Path bundle = SmallBundles.write(dir.resolve("b1.zip"), SmallBundles.orders(5, 1, ""), "", 24);
        importBundle(bundle);
        List<Long> before = snapshot();
        ImportSummary again = importBundle(bundle);
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void newerVersionReplacesTheOlderAndKeepsItsHistory() {
        importBundle(SmallBundles.write(dir.resolve("v1.zip"), SmallBundles.orders(3, 1, ""), "", 24));
        ImportSummary s = importBundle(SmallBundles.write(dir.resolve("v2.zip"), List.of(SmallBundles.order(2, 2, "改")), "改", 24));
        assertThat(s.updated()).isEqualTo(1);
        assertThat(app.orders().find("ICPT000002").orElseThrow().version()).isEqualTo(2);
        assertThat(app.orders().find("ICPT000002").orElseThrow().subject().name()).isEqualTo("测试单位2改");
        long versions = app.store().read(tx -> JdbiTx.handle(tx)
                .createQuery("SELECT COUNT(*) FROM order_version WHERE order_id = 'ICPT000002'").mapTo(Long.class).one());
        assertThat(versions).isEqualTo(2);
        // An older version arriving late does not replace the newer one.
        ImportSummary late = importBundle(SmallBundles.write(dir.resolve("v1b.zip"), List.of(SmallBundles.order(2, 1, "")), "", 24));
        assertThat(late.unchanged()).isEqualTo(1);
        assertThat(app.orders().find("ICPT000002").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void sameVersionWithOtherContentIsRefusedAndTheStoreStaysAsItWas() {
        importBundle(SmallBundles.write(dir.resolve("v1.zip"), SmallBundles.orders(4, 1, ""), "", 24));
        List<Long> before = snapshot();
        List<Order> changed = List.of(SmallBundles.order(9, 1, ""), SmallBundles.order(3, 1, "x"));
        Path bad = SmallBundles.write(dir.resolve("same-version.zip"), changed, "x", 24);
        assertThatThrownBy(() -> importBundle(bad))
                .isInstanceOfSatisfying(BundleRejected.class, e -> {
                    assertThat(e.userMessage().key()).isEqualTo("bundle.error.version-content-changed");
                    assertThat(e.userMessage().args()).contains(bad, "orders/ICPT000003.json", "ICPT000003");
                });
        assertThat(snapshot()).isEqualTo(before);
        assertThat(app.orders().find("ICPT000009")).isEmpty();
    }

    @Test
    void newerVersionOfAnOrderWithAnUnexportedDecisionBecomesAConflict() {
        importBundle(SmallBundles.write(dir.resolve("v1.zip"), SmallBundles.orders(2, 1, ""), "", 24));
        app.store().inTransaction(tx -> JdbiTx.handle(tx).execute("INSERT INTO decision (order_id, order_version, outcome, actor, "
                + "actor_role, decided_at, state) VALUES ('ICPT000001', 1, 'rejected', 'r1', 'REVIEWER', CURRENT_TIMESTAMP, 'ACTIVE')"));
        Path v2 = SmallBundles.write(dir.resolve("v2.zip"), List.of(SmallBundles.order(1, 2, "新")), "新", 24);
        ImportSummary s = importBundle(v2);
        assertThat(s.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.orderId()).isEqualTo("ICPT000001");
            assertThat(c.storedVersion()).isEqualTo(1);
            assertThat(c.incomingVersion()).isEqualTo(2);
            assertThat(c.decisionOutcome()).isEqualTo("rejected");
        });
        assertThat(s.updated()).isZero();
        // Both sides kept: the decided version stays current, the new one waits in the history.
        assertThat(app.orders().find("ICPT000001").orElseThrow().version()).isEqualTo(1);
        assertThat(app.orders().page(new QueueQuery(Set.of(OrderStatus.CONFLICT), null, null, null, null, QueueSort.ORDER_ID, true), 0, 10))
                .extracting(QueueRow::orderId).containsExactly("ICPT000001");
        List<Long> before = snapshot();
        ImportSummary again = importBundle(v2);
        assertThat(again.conflicts()).hasSize(1);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void queuePagesSortsAndFiltersInTheStore() {
        importBundle(SmallBundles.write(dir.resolve("b.zip"), SmallBundles.orders(30, 1, ""), "", 16));
        QueueQuery byIdDesc = new QueueQuery(Set.of(), null, null, null, null, QueueSort.ORDER_ID, false);
        assertThat(app.orders().count(byIdDesc)).isEqualTo(30);
        assertThat(app.orders().page(byIdDesc, 0, 3)).extracting(QueueRow::orderId)
                .containsExactly("ICPT000030", "ICPT000029", "ICPT000028");
        assertThat(app.orders().page(byIdDesc, 28, 10)).extracting(QueueRow::orderId).containsExactly("ICPT000002", "ICPT000001");
        QueueQuery province45 = new QueueQuery(Set.of(OrderStatus.PENDING), "45", null, null, null, QueueSort.SUBMITTED, true);
        assertThat(app.orders().count(province45)).isEqualTo(10);
        QueueQuery text = new QueueQuery(Set.of(), null, null, null, "EXAMPLE17.cn", QueueSort.ORDER_ID, true);
        assertThat(app.orders().page(text, 0, 10)).extracting(QueueRow::orderId).containsExactly("ICPT000017");
        QueueQuery like = new QueueQuery(Set.of(), null, null, null, "%", QueueSort.ORDER_ID, true);
        assertThat(app.orders().count(like)).isZero();
    }
}
