package org.icpdesk.ui.shell;

import java.nio.file.Path;
import org.icpdesk.common.Progress;
import org.icpdesk.i18n.UserMessage;

/**
 * File &gt; Import bundle…, as the shell sees it. The composition root adapts the bundle importer:
 * <pre>{@code
 * (bundle, progress) -> {
 *     ImportSummary s = importer.importBundle(bundle, actor, progress);
 *     return UserMessage.of("ui.import.done", bundle.getFileName().toString(),
 *             s.added(), s.updated(), s.unchanged(), s.conflicts().size());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface BundleImport {
    /**
     * Imports one bundle; called on a worker thread. A failure that carries a user message
     * ({@link org.icpdesk.i18n.UserFacingException}) is shown as that message.
     *
     * @return what to tell the user in the status bar
     */
    UserMessage importBundle(Path bundle, Progress progress) throws Exception;
}
