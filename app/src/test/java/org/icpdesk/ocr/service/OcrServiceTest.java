package org.icpdesk.ocr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icpdesk.AppContext;
import org.icpdesk.common.Progress;
import org.icpdesk.demo.DemoGenerator;
import org.icpdesk.demo.DemoTruth;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.security.domain.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OCR cache in a real store with the real default engine: read once, answer from the cache, survive a reopen. */
class OcrServiceTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryCertificateOnceAndAnswersFromTheCacheAfterReopening() throws Exception {
        Path bundle = dir.resolve("demo.zip");
        new DemoGenerator(5).write(bundle, 2);
        DemoTruth truth = DemoTruth.read(bundle);
        int certificates = truth.orders().stream().mapToInt(o -> o.printed().size()).sum();
        Path store = dir.resolve("store");

        List<Long> reported = new ArrayList<>();
        try (AppContext app = AppContext.open(store, null, Clock.systemUTC())) {
            app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
            OcrService ocr = app.ocr();
            long unread = ocr.countUnread();
            // Materials sharing an image (the same ID card for subject and site) are read once.
            assertThat(unread).isBetween(1L, (long) certificates);
            assertThat(ocr.readings(truth.orders().get(0).id())).isEmpty();

            long read = ocr.readPending(2, (phase, done, total) -> {
                synchronized (reported) {
                    reported.add(done);
                }
                assertThat(total).isEqualTo(unread);
            }, () -> false);

            assertThat(read).isEqualTo(unread);
            assertThat(reported).contains(unread);
            assertThat(ocr.countUnread()).isZero();
            assertThat(ocr.readPending(1, Progress.NONE, () -> false)).as("nothing left to read").isZero();
        }

        try (AppContext app = AppContext.open(store, null, Clock.systemUTC())) {
            for (DemoTruth.TruthOrder order : truth.orders()) {
                Map<String, CertificateReading> readings = app.ocr().readings(order.id());
                assertThat(readings.keySet()).containsExactlyInAnyOrderElementsOf(order.printed().keySet());
                order.printed().forEach((material, printed) -> {
                    if (printed.kind().equals("ID_CARD_FRONT")) {
                        assertThat(readings.get(material).field("id_number").value()).isEqualTo(printed.fields().get("id_number"));
                    }
                });
            }
        }
    }

    @Test
    void aCancelledRunStopsAndLeavesTheRestForLater() throws Exception {
        Path bundle = dir.resolve("demo.zip");
        new DemoGenerator(6).write(bundle, 2);
        try (AppContext app = AppContext.open(dir.resolve("store"), null, Clock.systemUTC())) {
            app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
            long before = app.ocr().countUnread();
            long read = app.ocr().readPending(1, Progress.NONE, () -> true);
            assertThat(read).isZero();
            assertThat(app.ocr().countUnread()).isEqualTo(before);
        }
    }
}
