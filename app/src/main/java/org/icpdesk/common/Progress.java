package org.icpdesk.common;

import org.icpdesk.i18n.UserMessage;

/** Progress of long work (import, demo generation, OCR): called from the worker thread. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (phase, done, total) -> { };

    /** {@code total} may be -1 when unknown. */
    void report(UserMessage phase, long done, long total);
}
