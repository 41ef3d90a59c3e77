package org.icpdesk.order.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Counts working days (the rules' calendar answers in the window; orders know no calendar of their own). */
@FunctionalInterface
public interface WorkingDays {
    /** Monday to Friday, no holidays: for tests and when no calendar is configured. */
    WorkingDays WEEKDAYS = (from, to) -> {
        int n = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    };

    /** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    int between(LocalDate from, LocalDate to);
}
