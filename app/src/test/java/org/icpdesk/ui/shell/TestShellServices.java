package org.icpdesk.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.icpdesk.order.service.OrderQueue;
import org.icpdesk.order.ui.QueueScreen;
import org.icpdesk.ui.task.FxTaskRunner;
import org.icpdesk.ui.task.TaskRunner;

/**
 * {@link ShellServices} for UI tests: the real queue screen and task runner over any {@link OrderQueue} (the
 * in-memory fake today, the real store when integrated), with settings in a temp directory. Import and
 * seeding are whatever the test sets.
 */
final class TestShellServices implements ShellServices {
    final FxTaskRunner tasks = FxTaskRunner.withThreads(2);
    final QueueScreen screen;
    final Path settingsFile;
    final AtomicInteger closed = new AtomicInteger();
    Optional<Locale> requestedLanguage = Optional.of(Locale.ENGLISH);
    BundleImport bundleImport = (bundle, progress) -> {
        throw new AssertionError("No import expected");
    };
    FirstRunSeeding seeding = FirstRunSeeding.NONE;

    TestShellServices(OrderQueue queue, Path dir) {
        this.screen = new QueueScreen(queue, tasks);
        this.settingsFile = dir.resolve("window.properties");
    }

    @Override
    public TaskRunner tasks() {
        return tasks;
    }

    @Override
    public MainView mainView() {
        return screen;
    }

    @Override
    public BundleImport bundleImport() {
        return bundleImport;
    }

    @Override
    public FirstRunSeeding firstRunSeeding() {
        return seeding;
    }

    @Override
    public Path settingsFile() {
        return settingsFile;
    }

    @Override
    public Optional<Locale> requestedLanguage() {
        return requestedLanguage;
    }

    @Override
    public String storeLocation() {
        return settingsFile.getParent().resolve("store").toString();
    }

    @Override
    public void close() {
        closed.incrementAndGet();
        tasks.close();
    }
}
