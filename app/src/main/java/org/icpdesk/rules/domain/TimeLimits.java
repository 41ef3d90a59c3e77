package org.icpdesk.rules.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time limits of the filing process as configuration (issue 5; DOMAIN.md section 10): each entry sets some limits
 * for a provider and/or a province ({@code *} = any) from an effective date (until an end date, exclusive). For an
 * order, each limit comes from the most specific entry in force on the day (provider and province, then province,
 * then provider, then the default), the latest effective date winning among equals.
 */
public final class TimeLimits {
    /** The configurable limits and their units. */
    public enum Limit {
        /** Initial (provider) review, working days from submission. */
        INITIAL_REVIEW_WORKING_DAYS,
        /** An order left idle is cancelled after this many calendar days. */
        ORDER_EXPIRY_DAYS,
        /** Police filing (公安联网备案) due this many calendar days after the site opens. */
        PSB_FILING_DAYS,
        /** The MIIT SMS code is valid this many hours. */
        SMS_VALIDITY_HOURS;

        /** The key in {@code time-limits.yaml}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final String ANY = "*";

    /** One line of the configuration; {@code from}/{@code until} null = unbounded. */
    public record Entry(String provider, String province, LocalDate from, LocalDate until, Map<Limit, Integer> values,
                        String source, String note) {
        public Entry {
            provider = provider == null ? ANY : provider;
            province = province == null ? ANY : province;
            values = Map.copyOf(values);
            if (from != null && until != null && !until.isAfter(from)) {
                throw new IllegalArgumentException("Time-limit entry ends before it starts: " + from + ".." + until);
            }
        }

        boolean applies(String provider, String province, LocalDate day) {
            return (ANY.equals(this.provider) || this.provider.equalsIgnoreCase(provider))
                    && (ANY.equals(this.province) || this.province.equals(province))
                    && (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
        }

        int specificity() {
            return (ANY.equals(province) ? 0 : 2) + (ANY.equals(provider) ? 0 : 1);
        }
    }

    /** The limits for one order, each with the source of the entry it came from. */
    public record OrderTimeLimits(Map<Limit, Integer> values, Map<Limit, String> sources, WorkingCalendar calendar) {
        public OrderTimeLimits {
            values = Map.copyOf(values);
            sources = Map.copyOf(sources);
        }

        public int initialReviewWorkingDays() {
            return values.get(Limit.INITIAL_REVIEW_WORKING_DAYS);
        }

        public int orderExpiryDays() {
            return values.get(Limit.ORDER_EXPIRY_DAYS);
        }

        public int psbFilingDays() {
            return values.get(Limit.PSB_FILING_DAYS);
        }

        public Duration smsValidity() {
            return Duration.ofHours(values.get(Limit.SMS_VALIDITY_HOURS));
        }

        /** The day the initial review is due for an order submitted on {@code submitted}. */
        public LocalDate initialReviewDue(LocalDate submitted) {
            return calendar.plusWorkingDays(submitted, initialReviewWorkingDays());
        }

        /** The day an order idle since {@code lastActivity} expires. */
        public LocalDate orderExpires(LocalDate lastActivity) {
            return lastActivity.plusDays(orderExpiryDays());
        }

        /** The last day for the police filing of a site opened on {@code opened}. */
        public LocalDate psbFilingDue(LocalDate opened) {
            return opened.plusDays(psbFilingDays());
        }

        public Instant smsExpires(Instant sent) {
            return sent.plus(smsValidity());
        }
    }

    private final int version;
    private final List<Entry> entries;
    private final WorkingCalendar calendar;

    /** Fails unless a default entry (any provider, any province, unbounded) sets every limit. */
    public TimeLimits(int version, List<Entry> entries, WorkingCalendar calendar) {
        this.version = version;
        this.entries = List.copyOf(entries);
        this.calendar = calendar;
        for (Limit limit : Limit.values()) {
            boolean covered = this.entries.stream().anyMatch(e -> e.specificity() == 0 && e.from() == null && e.until() == null
                    && e.values().containsKey(limit));
            if (!covered) {
                throw new IllegalArgumentException("No default time limit for " + limit.key());
            }
        }
    }

    public int version() {
        return version;
    }

    public List<Entry> entries() {
        return entries;
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    /** The limits for an order of {@code provider} filed in {@code province} (2-digit code) on {@code date}. */
    public OrderTimeLimits forOrder(String provider, String province, LocalDate date) {
        Map<Limit, Integer> values = new EnumMap<>(Limit.class);
        Map<Limit, String> sources = new EnumMap<>(Limit.class);
        List<Entry> inForce = new ArrayList<>();
        for (Entry e : entries) {
            if (e.applies(provider == null ? "" : provider, province == null ? "" : province, date)) {
                inForce.add(e);
            }
        }
        Comparator<Entry> order = Comparator.comparingInt(Entry::specificity)
                .thenComparing(e -> e.from() == null ? LocalDate.MIN : e.from());
        for (Limit limit : Limit.values()) {
            Optional<Entry> best = inForce.stream().filter(e -> e.values().containsKey(limit)).max(order);
            Entry e = best.orElseThrow();                       // the default entry always applies
            values.put(limit, e.values().get(limit));
            sources.put(limit, e.source() == null ? "" : e.source());
        }
        return new OrderTimeLimits(values, sources, calendar);
    }
}
