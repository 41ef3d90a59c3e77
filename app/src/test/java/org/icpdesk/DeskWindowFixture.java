package org.icpdesk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.Stage;
import org.icpdesk.common.Progress;
import org.icpdesk.demo.DemoGenerator;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.ui.FxWait;
import org.icpdesk.ui.shell.MainApp;

/**
 * The real desk window on a store in a test's folder, for the TestFX tests of the whole program: the store is
 * {@code dir/store}, the settings {@code dir/settings.properties}. Opened from a {@code @Start} method (on the FX thread),
 * closed after each test.
 */
final class DeskWindowFixture implements AutoCloseable {
    final DeskServices services;
    final Stage stage;

    private DeskWindowFixture(DeskServices services, Stage stage) {
        this.services = services;
        this.stage = stage;
    }

    static Path store(Path dir) {
        return dir.resolve("store");
    }

    /** Opens the window on the queue. */
    static DeskWindowFixture open(Path dir, Locale language, Actor actor) {
        return open(dir, language, actor, null);
    }

    /** Opens the window, showing {@code orderAtStart} (as {@code --open}) when it is not null. */
    static DeskWindowFixture open(Path dir, Locale language, Actor actor, String orderAtStart) {
        DeskServices services = new DeskServices(store(dir), dir.resolve("settings.properties"), Optional.of(language),
                Clock.systemUTC(), actor);
        if (orderAtStart != null) {
            services.openAtStart(orderAtStart);
        }
        Stage stage = new Stage();
        new MainApp(services).start(stage);
        return new DeskWindowFixture(services, stage);
    }

    /**
     * Generates a demo bundle of {@code orders} orders ({@code dir/demo.zip}) and imports it into {@code dir/store}, without
     * OCR. Slow (seconds): call it off the FX thread, before the window starts (TestFX gives a start a few seconds only).
     */
    static Path demoStore(Path dir, long seed, int orders) throws Exception {
        Path bundle = dir.resolve("demo.zip");
        new DemoGenerator(seed).write(bundle, orders);
        try (AppContext app = AppContext.open(store(dir), null, Clock.systemUTC())) {
            app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
        }
        return bundle;
    }

    @Override
    public void close() {
        FxWait.closeWindow(stage, services);
    }
}
