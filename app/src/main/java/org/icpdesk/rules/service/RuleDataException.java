package org.icpdesk.rules.service;

/** The rule data shipped with the program is missing or inconsistent: a build defect, never the user's input. */
public final class RuleDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleDataException(String message) {
        super(message);
    }

    public RuleDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
