package org.icpdesk.bundle.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.icpdesk.AppContext;
import org.icpdesk.Launcher;
import org.icpdesk.common.Progress;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.store.JdbiTx;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL in the middle of an import leaves the store exactly as it was before the import. */
class ImportKillTest {
    @TempDir
    Path dir;

    private static List<Long> snapshot(AppContext app) {
        return app.store().read(tx -> List.of("orders", "order_version", "material", "blob", "imported_bundle", "audit_event").stream()
                .map(t -> JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one()).toList());
    }

    @Test
    void killDuringImportLosesNothingAndLeavesNoHalfImport() throws Exception {
        Path store = dir.resolve("store");
        List<Long> before;
        try (AppContext app = AppContext.open(store, null, Clock.systemUTC())) {
            app.imports().importBundle(SmallBundles.write(dir.resolve("first.zip"), SmallBundles.orders(3, 1, "first"), "first", 16),
                    Actor.system(), Progress.NONE);
            before = snapshot(app);
        }
        int count = 250;
        var orders = SmallBundles.orders(count, 1, "big");
        Path big = SmallBundles.write(dir.resolve("big.zip"), orders.subList(3, count), "big", 160);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dicpdesk.log.dir=" + dir, "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "import", "--no-ocr", "--progress", "--store", store.toString(), big.toString())
                .redirectOutput(dir.resolve("child.out").toFile())
                .start();
        int writing = 0;
        boolean killed = false;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = err.readLine()) != null; ) {
                if (line.endsWith("/" + (count - 3))) {
                    writing++;
                }
                if (writing == 60) {
                    assertThat(child.isAlive()).as("the import must still be running when killed").isTrue();
                    child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no rollback by the program
                    killed = true;
                    break;
                }
            }
        }
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(killed).as("the child reached the writing phase").isTrue();
        assertThat(child.exitValue()).isEqualTo(137);

        try (AppContext app = AppContext.open(store, null, Clock.systemUTC())) {
            assertThat(snapshot(app)).isEqualTo(before);
            assertThat(app.audit().verify(app.store()).intact()).isTrue();
            // The store is healthy: the same bundle now imports completely.
            var summary = app.imports().importBundle(big, Actor.system(), Progress.NONE);
            assertThat(summary.added()).isEqualTo(count - 3);
        }
    }
}
