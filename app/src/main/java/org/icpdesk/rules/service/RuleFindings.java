package org.icpdesk.rules.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.icpdesk.order.domain.FindingsRule;
import org.icpdesk.order.domain.FindingsSummary;
import org.icpdesk.order.domain.Order;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.OcrReadings;
import org.icpdesk.rules.domain.Severity;

/**
 * The findings summary the order store keeps for the queue: errors and warnings of {@link RulesService#check} as of
 * today (China), with the OCR readings the source has for the order (none until OCR plugs in).
 */
public final class RuleFindings implements FindingsRule {
    private final Supplier<RulesService> rules;
    private final Clock clock;
    private final Function<Order, OcrReadings> readings;

    public RuleFindings(Supplier<RulesService> rules, Clock clock, Function<Order, OcrReadings> readings) {
        this.rules = rules;
        this.clock = clock;
        this.readings = readings;
    }

    @Override
    public FindingsSummary summarize(Order order) {
        RulesService r = rules.get();
        int errors = 0;
        int warnings = 0;
        LocalDate today = clock.instant().atOffset(RulesService.CHINA).toLocalDate();
        for (Finding f : r.check(order, today, readings.apply(order))) {
            if (f.severity() == Severity.ERROR) {
                errors++;
            } else if (f.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        return new FindingsSummary(errors, warnings, r.dataVersion());
    }

    @Override
    public String version() {
        return rules.get().dataVersion();
    }
}
