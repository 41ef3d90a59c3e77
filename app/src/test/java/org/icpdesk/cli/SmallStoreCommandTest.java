package org.icpdesk.cli;

import java.nio.file.Path;
import java.util.Map;
import org.icpdesk.testing.CliRunner;
import org.icpdesk.testing.CliRunner.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Command tests on a store holding the three small orders, imported through the CLI before each test, on a fixed day. */
abstract class SmallStoreCommandTest {
    @TempDir
    Path dir;
    /** The store's folder, as a {@code --store} argument. */
    String store;

    Result run(String... args) {
        return new CliRunner(dir.resolve("default-store"), Map.of(), CliRunner.REVIEW_DAY).run(args);
    }

    @BeforeEach
    void importOrders() {
        store = dir.resolve("s").toString();
        new CliRunner(dir.resolve("default-store"), Map.of(), CliRunner.REVIEW_DAY).importSmallOrders(dir, store);
    }
}
