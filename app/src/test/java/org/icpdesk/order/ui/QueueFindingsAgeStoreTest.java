package org.icpdesk.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.icpdesk.AppContext;
import org.icpdesk.common.Progress;
import org.icpdesk.order.domain.WorkingDays;
import org.icpdesk.order.service.FindingsFilter;
import org.icpdesk.order.service.FakeOrderQueue;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.OcrReadings;
import org.icpdesk.rules.domain.Severity;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.testing.SmallBundles;
import org.icpdesk.ui.task.DeferredTaskRunner;
import org.icpdesk.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue's findings filter, findings column and age filter on a real store: the stored summary is what the rules
 * find on each order, the filters split the queue by it, and the age filter counts working days from the calendar.
 */
class QueueFindingsAgeStoreTest {
    /** 2026-11-27, a Friday, 10:00 in China: SmallBundles orders were submitted 2026-11-22 (a Sunday) minus n hours. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    @TempDir
    Path dir;
    AppContext app;
    QueueViewModel viewModel;

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("store"), null, CLOCK);
        app.imports().importBundle(SmallBundles.write(dir.resolve("b.zip"), SmallBundles.orders(120, 1, ""), "", 16),
                Actor.system(), Progress.NONE);
        viewModel = new QueueViewModel(app.orders(), new ImmediateTaskRunner(), CLOCK, WorkingDays.WEEKDAYS);
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private int[] counts(String orderId) {
        List<Finding> found = app.rules().check(app.orders().find(orderId).orElseThrow(), LocalDate.now(CLOCK), OcrReadings.none());
        return new int[] {(int) found.stream().filter(f -> f.severity() == Severity.ERROR).count(),
            (int) found.stream().filter(f -> f.severity() == Severity.WARNING).count()};
    }

    @Test
    void theFindingsColumnIsWhatTheRulesFindAndTheFilterSplitsTheQueue() {
        assertThat(viewModel.rows()).hasSize(120).allSatisfy(row -> {
            int[] want = counts(row.orderId());
            assertThat(new int[] {row.findingsErrors(), row.findingsWarnings()}).as(row.orderId()).containsExactly(want);
        });
        long flawed = viewModel.rows().stream().filter(r -> r.findingsErrors() + r.findingsWarnings() > 0).count();
        viewModel.findingsFilterProperty().set(FindingsFilter.WITH_FINDINGS);
        assertThat(viewModel.shownProperty().get()).isEqualTo(flawed);
        assertThat(viewModel.rows()).allSatisfy(r -> assertThat(r.findingsErrors() + r.findingsWarnings()).isPositive());
        viewModel.findingsFilterProperty().set(FindingsFilter.CLEAN);
        assertThat(viewModel.shownProperty().get()).isEqualTo(120 - flawed);
        assertThat(viewModel.rows()).allSatisfy(r -> assertThat(r.findingsErrors() + r.findingsWarnings()).isZero());
    }

    @Test
    void sortingByFindingsPutsTheMostFirst() {
        viewModel.sortBy(QueueSort.FINDINGS, false);
        List<Integer> counts = viewModel.rows().stream().map(r -> r.findingsErrors() + r.findingsWarnings()).toList();
        assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void refreshRecomputesOneOrderAndFillMissingTheRest() {
        app.store().inTransaction(tx -> org.icpdesk.store.JdbiTx.handle(tx)
                .execute("UPDATE orders SET findings_errors = NULL, findings_warnings = NULL, findings_count = NULL, has_findings = NULL"));
        assertThat(app.findings().summary("ICPT000001")).isEmpty();
        assertThat(app.findings().refresh("ICPT000001")).hasValueSatisfying(s ->
                assertThat(new int[] {s.errors(), s.warnings()}).containsExactly(counts("ICPT000001")));
        assertThat(app.findings().fillMissing(() -> false)).isEqualTo(119);
        assertThat(app.findings().fillMissing(() -> false)).isZero();
        viewModel.refresh();
        assertThat(viewModel.rows()).allSatisfy(r -> assertThat(r.findingsErrors()).isNotNull());
    }

    @Test
    void ageFilterCountsWorkingDaysSinceSubmission() {
        // Submitted from Tue 17 (8 working days before Fri 27) to Sun 22 (5): each choice against the count order by order.
        List<QueueRow> all = List.copyOf(viewModel.rows());
        for (int days = 4; days <= 9; days++) {
            int min = days;
            viewModel.minAgeFilterProperty().set(days);
            List<String> want = all.stream().filter(r -> viewModel.ageInWorkingDays(r.submittedAt()) >= min).map(QueueRow::orderId).toList();
            assertThat(viewModel.rows()).as(days + " working days").extracting(QueueRow::orderId).containsExactlyElementsOf(want);
        }
        viewModel.minAgeFilterProperty().set(6);
        assertThat(viewModel.shownProperty().get()).isBetween(1L, 119L);
        viewModel.minAgeFilterProperty().set(9);
        assertThat(viewModel.shownProperty().get()).isZero();
        viewModel.minAgeFilterProperty().set(null);
        assertThat(viewModel.shownProperty().get()).isEqualTo(120);
    }

    @Test
    void aLargeMatchShowsAfterTheCappedCountAndTheExactCountFollows() {
        var tasks = new DeferredTaskRunner();
        var queue = FakeOrderQueue.withOrders(QueueViewModel.COUNT_CAP + 500);
        QueueViewModel big = new QueueViewModel(queue, tasks, CLOCK, WorkingDays.WEEKDAYS);
        big.refresh();
        tasks.runOne();
        assertThat(big.countCappedProperty().get()).isTrue();
        assertThat(big.shownProperty().get()).isEqualTo(QueueViewModel.COUNT_CAP);
        assertThat(big.rows().size()).isEqualTo(QueueViewModel.COUNT_CAP);
        tasks.runAll();
        assertThat(big.countCappedProperty().get()).isFalse();
        assertThat(big.shownProperty().get()).isEqualTo(QueueViewModel.COUNT_CAP + 500);
        assertThat(big.rows().size()).isEqualTo(QueueViewModel.COUNT_CAP + 500);
        big.rows().get(QueueViewModel.COUNT_CAP + 499);   // asks for the last page
        tasks.runAll();
        assertThat(big.rows().get(QueueViewModel.COUNT_CAP + 499).orderId()).isEqualTo(String.format("ICP20261101%06d", QueueViewModel.COUNT_CAP + 500));
    }
}
