package org.icpdesk.i18n;

/**
 * An expected failure that carries a message for the user (bad input, store locked, wrong password).
 * Never carries personal data in its message.
 */
public class UserFacingException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient UserMessage userMessage;

    public UserFacingException(UserMessage userMessage) {
        this(userMessage, null);
    }

    public UserFacingException(UserMessage userMessage, Throwable cause) {
        super(userMessage.key() + " " + userMessage.args(), cause);
        this.userMessage = userMessage;
    }

    public UserMessage userMessage() {
        return userMessage;
    }
}
