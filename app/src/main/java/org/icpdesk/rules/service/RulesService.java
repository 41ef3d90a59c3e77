package org.icpdesk.rules.service;

import java.time.LocalDate;
import java.util.List;
import org.icpdesk.order.domain.Order;
import org.icpdesk.rules.domain.ChecklistItem;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.MessageRenderer;
import org.icpdesk.rules.domain.OcrReadings;
import org.icpdesk.rules.domain.PublicSuffixes;
import org.icpdesk.rules.domain.RuleCatalogue;
import org.icpdesk.rules.domain.RulesEngine;
import org.icpdesk.rules.domain.TimeLimits;

/** The rules use case: check orders and list the reviewer's prompts, on the rule data shipped with the program. */
public final class RulesService {
    private final RuleData data;
    private final RulesEngine engine;
    private final TimeLimits timeLimits;

    public RulesService(RuleData data, PublicSuffixes suffixes, MessageRenderer renderer) {
        this(data, suffixes, renderer, new TimeLimitsLoader().load());
    }

    public RulesService(RuleData data, PublicSuffixes suffixes, MessageRenderer renderer, TimeLimits timeLimits) {
        this.data = data;
        this.engine = new RulesEngine(data.catalogue(), data.reference(), data.profiles(), suffixes, renderer);
        this.timeLimits = timeLimits;
    }

    /** The service over the program's rule data and time limits, Guava's public suffix list and the message bundles. */
    public static RulesService standard() {
        return new RulesService(new RuleDataLoader().load(), new GuavaPublicSuffixes(), BundleMessageRenderer.standard(),
                new TimeLimitsLoader().load());
    }

    /** The time limits of the process (initial review, order expiry, police filing, SMS) by provider, province and date. */
    public TimeLimits timeLimits() {
        return timeLimits;
    }

    /** Working days and the calendar are those of mainland China: a deadline day ends at midnight, UTC+8. */
    public static final java.time.ZoneOffset CHINA = java.time.ZoneOffset.ofHours(8);

    /**
     * The end of the day the initial review of an order submitted at {@code submittedAt} is due (per provider and
     * province, as the time limits say); null when the submission time is unknown.
     */
    public java.time.OffsetDateTime initialReviewDueAt(String provider, String province, java.time.OffsetDateTime submittedAt) {
        if (submittedAt == null) {
            return null;
        }
        LocalDate day = submittedAt.atZoneSameInstant(CHINA).toLocalDate();
        LocalDate due = timeLimits.forOrder(provider, province, day).initialReviewDue(day);
        return due.plusDays(1).atStartOfDay().atOffset(CHINA);
    }

    /** Findings of one order as of {@code today}, comparing with the OCR readings of its materials. */
    public List<Finding> check(Order order, LocalDate today, OcrReadings readings) {
        return engine.check(order, today, readings);
    }

    /** The prompts a reviewer works through for an order of this subject kind in this province. */
    public List<ChecklistItem> checklist(String province, String subjectKind, String provider) {
        return engine.checklist(province, subjectKind, provider);
    }

    public RuleCatalogue catalogue() {
        return data.catalogue();
    }

    public RuleData data() {
        return data;
    }

    public String dataVersion() {
        return engine.dataVersion();
    }
}
