package org.icpdesk.review.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.icpdesk.AppContext;
import org.icpdesk.common.Progress;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.store.JdbiTx;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision the service acknowledged survives a SIGKILL right after: the child process approves orders one by
 * one, printing each acknowledgement, and is killed without any chance to close the store.
 */
class DecisionKillTest {
    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedDecisionAndItsAuditRecordSurviveAKill() throws Exception {
        Path store = dir.resolve("store");
        try (AppContext app = AppContext.open(store, null, Clock.systemUTC())) {
            app.imports().importBundle(SmallBundles.write(dir.resolve("b.zip"), SmallBundles.orders(40, 1, ""), "", 16),
                    Actor.system(), Progress.NONE);
        }
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dicpdesk.log.dir=" + dir, "-cp", System.getProperty("java.class.path"), Approver.class.getName(), store.toString())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                acknowledged.add(line.substring("ACK ".length()));
                if (acknowledged.size() == 15) {
                    child.destroyForcibly();
                    break;
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSize(15);
        try (AppContext app = AppContext.open(store, null, Clock.systemUTC())) {
            for (String orderId : acknowledged) {
                assertThat(app.reviews().decisions(orderId)).as(orderId).isNotEmpty();
            }
            long audited = app.store().read(tx -> JdbiTx.handle(tx).createQuery(
                    "SELECT COUNT(DISTINCT order_id) FROM audit_event WHERE action LIKE 'decision%'").mapTo(Long.class).one());
            long decided = app.store().read(tx -> JdbiTx.handle(tx).createQuery(
                    "SELECT COUNT(DISTINCT order_id) FROM decision").mapTo(Long.class).one());
            assertThat(decided).isGreaterThanOrEqualTo(15);
            assertThat(audited).isEqualTo(decided); // never a decision without its audit record
            assertThat(app.audit().verify(app.store()).intact()).isTrue();
        }
    }

    /** Approves every pending order, printing "ACK <orderId>" after each commit; never closes the store. */
    public static final class Approver {
        public static void main(String[] args) throws InterruptedException {
            AppContext app = AppContext.open(Path.of(args[0]), null, Clock.systemUTC());
            Actor reviewer = new Actor("reviewer01", org.icpdesk.security.domain.Role.REVIEWER);
            for (var row : app.orders().page(org.icpdesk.order.service.QueueQuery.all(), 0, 1000)) {
                app.reviews().approve(reviewer, row.orderId(), row.version());
                System.out.println("ACK " + row.orderId());
                System.out.flush();
            }
            new java.util.concurrent.CountDownLatch(1).await(); // stay alive, store open, until killed
        }
    }
}
