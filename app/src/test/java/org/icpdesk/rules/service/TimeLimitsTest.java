package org.icpdesk.rules.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.icpdesk.rules.domain.TimeLimits;
import org.icpdesk.rules.domain.TimeLimits.Limit;
import org.icpdesk.rules.domain.TimeLimits.OrderTimeLimits;
import org.junit.jupiter.api.Test;

/** The shipped {@code time-limits.yaml} and the choice of entry by provider, province and effective date. */
class TimeLimitsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private final TimeLimits shipped = new TimeLimitsLoader().load();

    @Test
    void defaultsFromTheSeedsForAnUnknownProvider() {
        OrderTimeLimits limits = shipped.forOrder("example-cloud", "44", DAY);
        assertThat(limits.initialReviewWorkingDays()).isEqualTo(1);
        assertThat(limits.orderExpiryDays()).isEqualTo(45);
        assertThat(limits.psbFilingDays()).isEqualTo(30);
        assertThat(limits.smsValidity()).isEqualTo(Duration.ofHours(24));
        assertThat(limits.sources().get(Limit.PSB_FILING_DAYS)).contains("004:56");
        assertThat(limits.orderExpires(DAY)).isEqualTo(DAY.plusDays(45));
        assertThat(limits.psbFilingDue(DAY)).isEqualTo(DAY.plusDays(30));
        assertThat(limits.smsExpires(Instant.parse("2026-11-23T02:00:00Z"))).isEqualTo(Instant.parse("2026-11-24T02:00:00Z"));
    }

    @Test
    void providerEntriesByEffectiveDate() {
        assertThat(shipped.forOrder("ucloud", "11", LocalDate.of(2020, 6, 1)).initialReviewWorkingDays()).isEqualTo(5);
        assertThat(shipped.forOrder("ucloud", "11", LocalDate.of(2021, 1, 1)).initialReviewWorkingDays()).isEqualTo(1);
        assertThat(shipped.forOrder("ucloud", "11", DAY).orderExpiryDays()).isEqualTo(180);
        assertThat(shipped.forOrder("kingsoft-cloud", "11", DAY).initialReviewWorkingDays()).isEqualTo(2);
        assertThat(shipped.forOrder("tencent-cloud", "11", LocalDate.of(2018, 6, 1)).smsValidity()).isEqualTo(Duration.ofHours(48));
        assertThat(shipped.forOrder("tencent-cloud", "11", LocalDate.of(2020, 8, 17)).smsValidity()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void initialReviewDueInWorkingDaysWithTheHolidayCalendar() {
        OrderTimeLimits limits = shipped.forOrder("aliyun", "33", DAY);
        assertThat(limits.initialReviewDue(LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 23));  // Friday -> Monday
        assertThat(limits.initialReviewDue(LocalDate.of(2026, 9, 30))).isEqualTo(LocalDate.of(2026, 10, 8));    // National Day
        assertThat(limits.initialReviewDue(LocalDate.of(2026, 10, 9))).isEqualTo(LocalDate.of(2026, 10, 10));   // 调休 Saturday
        assertThat(shipped.forOrder("kingsoft-cloud", "33", DAY).initialReviewDue(LocalDate.of(2026, 2, 12)))
                .isEqualTo(LocalDate.of(2026, 2, 14));                                                          // Fri 13, Sat 14 worked
    }

    @Test
    void provinceEntriesOutrankProviderEntries() {
        TimeLimits limits = new TimeLimitsLoader().load("""
                version: 3
                limits:
                  - {provider: '*', province: '*', initial_review_working_days: 1, order_expiry_days: 45, psb_filing_days: 30, sms_validity_hours: 24}
                  - {provider: acme, initial_review_working_days: 2}
                  - {province: '12', from: 2027-01-01, initial_review_working_days: 3}
                  - {provider: acme, province: '12', from: 2027-01-01, psb_filing_days: 20}
                """.getBytes(UTF_8));
        assertThat(limits.version()).isEqualTo(3);
        assertThat(limits.forOrder("acme", "12", LocalDate.of(2026, 12, 31)).initialReviewWorkingDays()).isEqualTo(2);
        OrderTimeLimits later = limits.forOrder("acme", "12", LocalDate.of(2027, 1, 1));
        assertThat(later.initialReviewWorkingDays()).isEqualTo(3);
        assertThat(later.psbFilingDays()).isEqualTo(20);
        assertThat(limits.forOrder("other", "12", LocalDate.of(2027, 1, 1)).psbFilingDays()).isEqualTo(30);
        assertThat(limits.calendar().isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();   // no holiday list in this file
    }

    @Test
    void badFilesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> new TimeLimitsLoader().load("""
                version: 1
                limits:
                  - {provider: '*', initial_review_working_days: 1, order_expiry_days: 45, psb_filing_days: 30}
                """.getBytes(UTF_8))).isInstanceOf(RuleDataException.class).hasMessageContaining("sms_validity_hours");
        assertThatThrownBy(() -> new TimeLimitsLoader().load("""
                version: 1
                limits:
                  - {provider: '*', initial_review_working_days: 1, order_expiry_days: 45, psb_filing_days: 30, sms_validity_hours: 24, sms_hours: 2}
                """.getBytes(UTF_8))).isInstanceOf(RuleDataException.class).hasMessageContaining("sms_hours");
        assertThatThrownBy(() -> new TimeLimitsLoader().load("""
                version: 1
                limits: []
                calendar: {holidays: [2026-10-07/2026-10-01]}
                """.getBytes(UTF_8))).isInstanceOf(RuleDataException.class).hasMessageContaining("ends before");
    }
}
