package org.icpdesk.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.OrderStatus;
import org.junit.jupiter.api.Test;

class QueueLabelsTest {
    final QueueLabels zh = new QueueLabels(new Messages(Locale.SIMPLIFIED_CHINESE), ZoneId.of("Asia/Shanghai"));
    final QueueLabels en = new QueueLabels(new Messages(Locale.ENGLISH), ZoneId.of("Asia/Shanghai"));

    static final String[] PROVINCES = {"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35",
        "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65"};

    @Test
    void provincesByTheirGbT2260Code() {
        assertThat(zh.province("44")).isEqualTo("广东");
        assertThat(en.province("44")).isEqualTo("Guangdong");
        assertThat(zh.province("15")).isEqualTo("内蒙古");
        assertThat(PROVINCES).hasSize(31).allSatisfy(code -> {
            assertThat(zh.province(code)).isNotEqualTo(code);
            assertThat(en.province(code)).isNotEqualTo(code);
        });
        assertThat(zh.province("99")).as("unknown codes show as they are").isEqualTo("99");
    }

    @Test
    void theTenOrderTypes() {
        String[] types = {"new-filing", "new-access", "add-site", "change-subject", "change-site", "change-access",
            "change-filing", "cancel-subject", "cancel-site", "cancel-access"};
        assertThat(Stream.of(types).map(zh::type)).containsExactly("首次备案", "新增接入", "新增网站", "变更主体", "变更网站",
                "变更接入", "变更备案", "注销主体", "注销网站", "取消接入");
        assertThat(Stream.of(types).map(en::type)).doesNotHaveDuplicates().noneMatch(t -> t.contains("-"));
        assertThat(en.type("merge-sites")).isEqualTo("merge-sites");
    }

    @Test
    void subjectKindsStatusesAndLocalTime() {
        assertThat(zh.subjectKind("unit")).isEqualTo("单位");
        assertThat(en.subjectKind("individual")).isEqualTo("Individual");
        assertThat(zh.status(OrderStatus.REJECTED)).isEqualTo("已驳回");
        assertThat(en.status(OrderStatus.CONFLICT)).isEqualTo("Conflict");
        assertThat(zh.submitted(OffsetDateTime.of(2026, 11, 22, 0, 12, 0, 0, ZoneOffset.UTC))).isEqualTo("2026-11-22 08:12");
        assertThat(en.submitted(null)).isEmpty();
    }

    @Test
    void timeLeftInWorkingDaysHoursOrOverdue() {
        // Due at the end of Friday 2026-11-27 (midnight +08:00 starting Saturday).
        OffsetDateTime due = OffsetDateTime.of(2026, 11, 28, 0, 0, 0, 0, ZoneOffset.ofHours(8));
        org.icpdesk.order.service.QueueRow row = new org.icpdesk.order.service.QueueRow("ICP1", 1, "s", "unit", "44",
                "new-filing", due.minusDays(20), OrderStatus.PENDING, due);
        OffsetDateTime monday = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.ofHours(8));
        assertThat(en.timeLeft(row, monday)).isEqualTo("4 wd");
        assertThat(zh.timeLeft(row, monday)).isEqualTo("4 个工作日");
        assertThat(QueueLabels.dueState(row, monday)).isEqualTo(QueueLabels.DueState.LATER);
        OffsetDateTime fridayMorning = OffsetDateTime.of(2026, 11, 27, 9, 30, 0, 0, ZoneOffset.ofHours(8));
        assertThat(en.timeLeft(row, fridayMorning)).isEqualTo("15 h left");
        assertThat(QueueLabels.dueState(row, fridayMorning)).isEqualTo(QueueLabels.DueState.TODAY);
        OffsetDateTime saturday = OffsetDateTime.of(2026, 11, 28, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        assertThat(en.timeLeft(row, saturday)).as("no working day lost yet").isEqualTo("Overdue");
        OffsetDateTime tuesday = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(8));
        assertThat(en.timeLeft(row, tuesday)).isEqualTo("Overdue 2 wd");
        assertThat(zh.timeLeft(row, tuesday)).isEqualTo("超期 2 个工作日");
        assertThat(QueueLabels.dueState(row, tuesday)).isEqualTo(QueueLabels.DueState.OVERDUE);

        var decided = new org.icpdesk.order.service.QueueRow("ICP1", 1, "s", "unit", "44", "new-filing", due.minusDays(20),
                OrderStatus.APPROVED, due);
        assertThat(en.timeLeft(decided, tuesday)).as("decided orders have no deadline").isEmpty();
        assertThat(QueueLabels.dueState(decided, tuesday)).isEqualTo(QueueLabels.DueState.NONE);
    }
}
