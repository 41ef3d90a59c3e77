package org.icpdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.icpdesk.AppContext;
import org.icpdesk.bundle.domain.ImportSummary;
import org.icpdesk.bundle.domain.ValidatedBundle;
import org.icpdesk.bundle.service.BundleReader;
import org.icpdesk.common.Progress;
import org.icpdesk.security.domain.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A demo bundle passes the real bundle reader and imports into a real store; importing again changes nothing. */
class DemoImportTest {
    @TempDir
    Path dir;

    @Test
    void demoBundlesValidateAndReimportAsNoOps() throws IOException {
        Path twelve = dir.resolve("demo-12.zip");
        Path five = dir.resolve("demo-5.zip");
        new DemoGenerator(11).write(twelve, 12);
        new DemoGenerator(11).write(five, 5);

        ValidatedBundle valid = new BundleReader().read(twelve);
        assertThat(valid.orders()).hasSize(12);
        assertThat(valid.manifest().bundleId()).isEqualTo(DemoGenerator.bundleId(11, 12));

        try (AppContext app = AppContext.open(dir.resolve("store"), null, Clock.systemUTC())) {
            Actor actor = Actor.localReviewer();
            ImportSummary first = app.imports().importBundle(twelve, actor, Progress.NONE);
            assertThat(first.added()).isEqualTo(12);
            ImportSummary again = app.imports().importBundle(twelve, actor, Progress.NONE);
            assertThat(again.added() + again.updated()).isZero();
            assertThat(again.conflicts()).isEmpty();
            ImportSummary prefix = app.imports().importBundle(five, actor, Progress.NONE);
            assertThat(prefix.unchanged()).as("the first 5 orders are the same orders").isEqualTo(5);
            assertThat(prefix.added() + prefix.updated()).isZero();
        }
    }
}
