package org.icpdesk.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    // 2026-10-01..07 National Day; Saturday 2026-10-10 a working day
    private final WorkingCalendar calendar = new WorkingCalendar(
            List.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
                    LocalDate.of(2026, 10, 7)),
            List.of(LocalDate.of(2026, 10, 10)));

    @Test
    void weekendsAreNotWorkingDays() {
        WorkingCalendar plain = WorkingCalendar.weekendsOnly();
        assertThat(plain.isWorkingDay(FRIDAY)).isTrue();
        assertThat(plain.isWorkingDay(FRIDAY.plusDays(1))).isFalse();
        assertThat(plain.isWorkingDay(FRIDAY.plusDays(2))).isFalse();
        assertThat(plain.plusWorkingDays(FRIDAY, 1)).isEqualTo(FRIDAY.plusDays(3));       // Monday
        assertThat(plain.plusWorkingDays(FRIDAY.plusDays(1), 1)).isEqualTo(FRIDAY.plusDays(3));  // submitted Saturday
        assertThat(plain.plusWorkingDays(FRIDAY, 0)).isEqualTo(FRIDAY);
        assertThat(plain.plusWorkingDays(FRIDAY, 5)).isEqualTo(FRIDAY.plusDays(7));
        assertThat(plain.workingDaysBetween(FRIDAY, FRIDAY.plusDays(7))).isEqualTo(5);
        assertThat(plain.workingDaysBetween(FRIDAY, FRIDAY)).isZero();
        assertThatThrownBy(() -> plain.plusWorkingDays(FRIDAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holidaysAndDeclaredWorkingWeekendDays() {
        LocalDate sept30 = LocalDate.of(2026, 9, 30);                                     // Wednesday before the holiday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(calendar.plusWorkingDays(sept30, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();           // 调休 Saturday
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 10, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(calendar.workingDaysBetween(sept30, LocalDate.of(2026, 10, 10))).isEqualTo(3);  // 8, 9, 10
    }
}
