package org.icpdesk.ui.task;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Thread factories for the program's pools: named daemon threads whose uncaught exceptions are logged. */
public final class Threads {
    private static final Logger LOG = LoggerFactory.getLogger(Threads.class);

    private Threads() {
    }

    /** Daemon threads named {@code prefix-1}, {@code prefix-2}, ... */
    public static ThreadFactory named(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> LOG.error("Uncaught exception in {}", t.getName(), e));
            return thread;
        };
    }
}
