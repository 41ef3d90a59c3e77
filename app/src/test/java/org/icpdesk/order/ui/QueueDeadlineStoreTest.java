package org.icpdesk.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.icpdesk.AppContext;
import org.icpdesk.common.Progress;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.service.DueFilter;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.security.domain.Role;
import org.icpdesk.testing.SmallBundles;
import org.icpdesk.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The initial-review deadline on a real temporary store: written with each order version (review_due_at, from the
 * rules' time limits), filtered ("overdue only", "due today") and sorted in SQL, shown as time left.
 */
class QueueDeadlineStoreTest {
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    @TempDir
    Path dir;
    AppContext app;
    List<Order> orders = SmallBundles.orders(12, 1, "");

    @BeforeEach
    void open() throws Exception {
        app = AppContext.open(dir.resolve("store"), null, Clock.systemUTC());
        app.imports().importBundle(SmallBundles.write(dir.resolve("b.zip"), orders, "", 16), Actor.system(), Progress.NONE);
    }

    @AfterEach
    void close() {
        app.close();
    }

    OffsetDateTime due(Order o) {
        return app.rules().initialReviewDueAt(o.provider(), o.province(), o.submittedAt());
    }

    QueueViewModel viewModelAt(Instant now) {
        QueueViewModel viewModel = new QueueViewModel(app.orders(), new ImmediateTaskRunner(), 100, Clock.fixed(now, CHINA));
        viewModel.refresh();
        return viewModel;
    }

    @Test
    void theDeadlineIsStoredWithTheOrderAsTheRulesTellIt() {
        List<QueueRow> rows = app.orders().page(QueueQuery.all(), 0, 100);
        assertThat(rows).hasSize(12).allSatisfy(row -> {
            Order o = orders.stream().filter(x -> x.id().equals(row.orderId())).findFirst().orElseThrow();
            assertThat(row.reviewDueAt()).isNotNull();
            assertThat(row.reviewDueAt().toInstant()).isEqualTo(due(o).toInstant());
            assertThat(row.reviewDueAt().toInstant()).isAfter(o.submittedAt().toInstant());
        });
    }

    @Test
    void overdueOnlyShowsPendingOrdersPastTheirDeadline() {
        Order latest = orders.stream().max(Comparator.comparing(o -> due(o).toInstant())).orElseThrow();
        Order earliest = orders.stream().min(Comparator.comparing(o -> due(o).toInstant())).orElseThrow();
        QueueViewModel before = viewModelAt(due(earliest).toInstant().minusSeconds(60));
        before.dueFilterProperty().set(DueFilter.OVERDUE);
        assertThat(before.shownProperty().get()).isZero();

        QueueViewModel after = viewModelAt(due(latest).toInstant().plusSeconds(60));
        after.dueFilterProperty().set(DueFilter.OVERDUE);
        assertThat(after.shownProperty().get()).isEqualTo(12);
        assertThat(after.totalProperty().get()).isEqualTo(12);

        // A decided order is no longer overdue.
        QueueRow first = after.rows().get(0);
        app.reviews().approve(new Actor("setup", Role.SUPERVISOR), first.orderId(), first.version());
        after.refresh();
        assertThat(after.shownProperty().get()).isEqualTo(11);
        assertThat(after.rows()).extracting(QueueRow::orderId).doesNotContain(first.orderId());
    }

    @Test
    void dueTodayShowsTheOrdersWhoseLastDayIsToday() {
        Order some = orders.get(0);
        Instant noonOfLastDay = due(some).toInstant().minusSeconds(12 * 3600);
        QueueViewModel viewModel = viewModelAt(noonOfLastDay);
        viewModel.dueFilterProperty().set(DueFilter.DUE_TODAY);
        long expected = orders.stream().filter(o -> due(o).toInstant().equals(due(some).toInstant())).count();
        assertThat(viewModel.shownProperty().get()).isEqualTo(expected).isPositive();
        assertThat(viewModel.rows()).allSatisfy(row -> assertThat(row.reviewDueAt().toInstant()).isEqualTo(due(some).toInstant()));

        QueueLabels en = new QueueLabels(new Messages(Locale.ENGLISH), CHINA);
        QueueRow row = viewModel.rows().get(0);
        assertThat(QueueLabels.dueState(row, viewModel.now())).isEqualTo(QueueLabels.DueState.TODAY);
        assertThat(en.timeLeft(row, viewModel.now())).isEqualTo("12 h left");
    }

    @Test
    void sortingByDeadlineHappensInTheStore() {
        QueueViewModel viewModel = viewModelAt(Instant.parse("2026-11-23T04:00:00Z"));
        viewModel.sortBy(QueueSort.DUE, false);
        List<OffsetDateTime> dues = viewModel.rows().stream().map(QueueRow::reviewDueAt).toList();
        assertThat(dues).hasSize(12).isSortedAccordingTo(Comparator.<OffsetDateTime, Instant>comparing(OffsetDateTime::toInstant).reversed());
    }

    @Test
    void ordersStoredWithoutADeadlineGetOneWhenTheStoreOpens() {
        app.store().inTransaction(tx -> org.icpdesk.store.JdbiTx.handle(tx)
                .createUpdate("UPDATE orders SET review_due_at = NULL").execute());
        assertThat(app.orders().page(QueueQuery.all(), 0, 100)).allSatisfy(row -> assertThat(row.reviewDueAt()).isNull());
        app.close();
        app = AppContext.open(dir.resolve("store"), null, Clock.systemUTC());
        assertThat(app.orders().page(QueueQuery.all(), 0, 100)).allSatisfy(row -> assertThat(row.reviewDueAt()).isNotNull());
    }
}
