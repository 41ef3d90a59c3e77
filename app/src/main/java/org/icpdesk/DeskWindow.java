package org.icpdesk;

import java.util.Locale;

/** Starts the review window (wired when the window shell lands). */
final class DeskWindow {
    private DeskWindow() {
    }

    static void launch(String[] args, Locale chosen) {
        throw new UnsupportedOperationException("window not wired yet");
    }
}
