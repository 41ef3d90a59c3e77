package org.icpdesk.cli;

/** Exit codes of spec/cli.md. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    public static final int CONFLICT = 3;
    public static final int STORE = 4;

    private ExitCode() {
    }
}
