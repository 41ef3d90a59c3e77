package org.icpdesk.ui.shell;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.icpdesk.common.Progress;
import org.icpdesk.i18n.UserMessage;

/**
 * Long background work on the stored orders after they arrive (OCR of the certificates). The shell runs it on a worker
 * thread after the first-run seeding and after each import, shows its progress in the status bar, and runs it again
 * when new orders arrive while it runs.
 */
@FunctionalInterface
public interface BackgroundReading {
    BackgroundReading NONE = (progress, cancelled) -> Optional.empty();

    /** @return what to tell the user when it read anything; empty when there was nothing to read */
    Optional<UserMessage> readPending(Progress progress, BooleanSupplier cancelled) throws Exception;
}
