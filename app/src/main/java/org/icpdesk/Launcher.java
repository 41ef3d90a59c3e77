package org.icpdesk;

/** Entry point: a command name runs the headless CLI, no arguments open the review window. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // wired in the next steps
    }
}
