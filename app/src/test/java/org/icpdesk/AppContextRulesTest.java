package org.icpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root hands the window and the commands one rules service with rule data and time limits. */
class AppContextRulesTest {
    @TempDir
    Path dir;

    @Test
    void oneRulesServicePerContext() {
        try (AppContext app = AppContext.open(dir.resolve("store"), null, Clock.systemUTC())) {
            assertThat(app.rules()).isSameAs(app.rules());
            assertThat(app.rules().dataVersion()).startsWith("pr");
            assertThat(app.rules().timeLimits().forOrder("example-cloud", "44", LocalDate.of(2026, 11, 23))
                    .initialReviewWorkingDays()).isEqualTo(1);
        }
    }
}
