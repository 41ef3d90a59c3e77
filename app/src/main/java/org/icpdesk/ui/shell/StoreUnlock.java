package org.icpdesk.ui.shell;

import java.util.Optional;
import org.icpdesk.i18n.UserMessage;

/** Opens an encrypted store with a password typed by the user. */
@FunctionalInterface
public interface StoreUnlock {
    /**
     * Tries the password (and clears it).
     *
     * @return empty when the store is open; else why not (wrong password, store in use, ...)
     */
    Optional<UserMessage> tryUnlock(char[] password);
}
