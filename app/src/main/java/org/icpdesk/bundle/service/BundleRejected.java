package org.icpdesk.bundle.service;

import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.i18n.UserMessage;

/**
 * A bundle that breaks the format. The message names the bundle file as given, the entry where there is one,
 * and what is wrong. Nothing was written to the store.
 */
public final class BundleRejected extends UserFacingException {
    private static final long serialVersionUID = 1L;

    public BundleRejected(UserMessage message) {
        super(message);
    }

    public BundleRejected(UserMessage message, Throwable cause) {
        super(message, cause);
    }
}
