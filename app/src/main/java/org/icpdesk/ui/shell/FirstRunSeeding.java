package org.icpdesk.ui.shell;

import java.util.Optional;
import org.icpdesk.common.Progress;
import org.icpdesk.i18n.UserMessage;

/**
 * Fills an empty store with demo orders on the first start. The composition root implements it (is the store
 * empty? then generate a demo bundle and import it); the shell calls it once on a worker thread, shows its
 * progress in the status bar and refreshes the queue afterwards.
 */
@FunctionalInterface
public interface FirstRunSeeding {
    /** For stores that are never seeded. */
    FirstRunSeeding NONE = progress -> Optional.empty();

    /**
     * Seeds the store if it holds no orders; called on a worker thread.
     *
     * @return what to tell the user (e.g. {@code ui.seed.done} with the number of demo orders), empty when the
     *         store already had orders
     */
    Optional<UserMessage> seedIfEmpty(Progress progress) throws Exception;
}
