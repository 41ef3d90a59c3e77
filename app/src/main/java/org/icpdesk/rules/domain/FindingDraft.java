package org.icpdesk.rules.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A finding being built by a check: what fired, where, and the specifics for the message. */
final class FindingDraft {
    final String code;
    final String ruleId;
    final String source;
    final List<String> fields = new ArrayList<>();
    String entered;
    String extracted;
    String material;
    Severity severity;
    String detailKey;
    List<Object> detailArgs = List.of();

    FindingDraft(String code, String ruleId, String source) {
        this.code = code;
        this.ruleId = ruleId;
        this.source = source;
    }

    FindingDraft fields(String... paths) {
        fields.addAll(Arrays.asList(paths));
        return this;
    }

    FindingDraft fields(List<String> paths) {
        fields.addAll(paths);
        return this;
    }

    FindingDraft entered(String value) {
        this.entered = value;
        return this;
    }

    FindingDraft extracted(String value) {
        this.extracted = value;
        return this;
    }

    FindingDraft material(String id) {
        this.material = id;
        return this;
    }

    /** Overrides the reason's default severity (a profile may still override this). */
    FindingDraft severity(Severity s) {
        this.severity = s;
        return this;
    }

    /** The specifics: a message key of {@code i18n/messages*.properties} ({@code rules.detail.*}) and its arguments. */
    FindingDraft detail(String key, Object... args) {
        this.detailKey = key;
        this.detailArgs = Arrays.asList(args);
        return this;
    }
}
