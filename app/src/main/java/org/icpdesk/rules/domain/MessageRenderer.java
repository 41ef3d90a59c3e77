package org.icpdesk.rules.domain;

import java.util.List;

/**
 * Renders the applicant message of a finding in both languages: the specifics (a message key and its arguments) and
 * the reason. An argument that is a {@link LocalizedText} is rendered in the message's language.
 */
public interface MessageRenderer {
    LocalizedText render(Reason reason, String detailKey, List<Object> args);
}
