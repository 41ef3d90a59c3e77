package org.icpdesk.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A message for a person, not yet rendered: a key of {@code i18n/messages*.properties} and its arguments.
 * Rendering happens at the edge (CLI or window) in the user's language.
 */
public record UserMessage(String key, List<Object> args) {
    public UserMessage {
        args = List.copyOf(args);
    }

    public static UserMessage of(String key, Object... args) {
        return new UserMessage(key, Arrays.asList(args));
    }
}
