package org.icpdesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpdesk.AppContext;
import org.icpdesk.common.Progress;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.review.domain.FieldComparison;
import org.icpdesk.review.domain.Outcome;
import org.icpdesk.review.service.ReasonInput;
import org.icpdesk.rules.domain.OcrReadings;
import org.icpdesk.rules.domain.OcrValue;
import org.icpdesk.rules.service.RulesService;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.security.domain.Role;
import org.icpdesk.testing.SmallBundles;
import org.icpdesk.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The order view's state and actions without a window: a real temp store, an immediate task runner. */
class OrderReviewViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    OrderReviewViewModel vm;
    final Actor reviewer = new Actor("reviewer01", Role.REVIEWER);
    static final RulesService RULES = RulesService.standard();

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("store"), null, Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        app.imports().importBundle(SmallBundles.write(dir.resolve("v1.zip"), SmallBundles.orders(3, 1, ""), "", 16), Actor.system(),
                Progress.NONE);
        vm = new OrderReviewViewModel(app.reviews(), app.orders(), () -> RULES, new ImmediateTaskRunner(), new Messages(Locale.ENGLISH),
                reviewer, app.clock());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void openingShowsMaterialsFieldsFindingsAndPromptsWithFieldsNotReadYetWithoutOcr() {
        vm.open("ICPT000002");
        assertThat(vm.orderProperty().get().id()).isEqualTo("ICPT000002");
        assertThat(vm.orderStatusProperty().get()).isEqualTo(OrderStatus.PENDING);
        assertThat(vm.materials()).extracting(m -> m.id()).containsExactly("m1", "m2");
        assertThat(vm.fields()).extracting(FieldComparison.Row::field).contains("subject.name", "principal.idNumber");
        assertThat(vm.fields()).filteredOn(r -> r.field().equals("subject.name")).singleElement()
                .extracting(FieldComparison.Row::status).isEqualTo(FieldComparison.Status.NOT_READ);
        assertThat(vm.isDecideDisabled()).isFalse();
        assertThat(vm.showingProperty().get()).isTrue();
    }

    @Test
    void ocrReadingsPlugInThroughRulesOcrReadings() {
        vm.setReadings(order -> OcrReadings.of(Map.of("m1", Map.of("name", new OcrValue("别的单位", 0.97)))));
        vm.open("ICPT000002");
        assertThat(vm.fields()).filteredOn(r -> r.field().equals("subject.name")).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(FieldComparison.Status.MISMATCH);
            assertThat(r.read()).isEqualTo("别的单位");
            assertThat(r.material()).isEqualTo("m1");
        });
    }

    @Test
    void decidingOpensTheNextPendingOrderAndUndoReopensIt() {
        vm.open("ICPT000001");
        vm.reject(List.of(ReasonInput.of("RSP-NAME-MISMATCH")), "internal");
        assertThat(app.reviews().decisions("ICPT000001")).singleElement().extracting(d -> d.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(vm.orderProperty().get().id()).isNotEqualTo("ICPT000001");
        String next = vm.orderProperty().get().id();
        vm.approve();
        assertThat(app.reviews().decisions(next)).singleElement().extracting(d -> d.outcome()).isEqualTo(Outcome.APPROVED);
        vm.undo();
        assertThat(vm.orderProperty().get().id()).isEqualTo(next);
        assertThat(vm.orderStatusProperty().get()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void aFailureShowsInTheStatusLine() {
        vm.open("ICPT000001");
        vm.reject(List.of(ReasonInput.of("NOT-A-CODE")), null);
        assertThat(vm.statusProperty().get()).contains("NOT-A-CODE");
        assertThat(vm.orderProperty().get().id()).isEqualTo("ICPT000001");
    }

    @Test
    void theLastDecisionLeavesTheViewForTheQueue() {
        app.reviews().approve(reviewer, "ICPT000002", 1);
        app.reviews().approve(reviewer, "ICPT000003", 1);
        boolean[] closed = {false};
        vm.setOnClosed(() -> closed[0] = true);
        vm.open("ICPT000001");
        vm.approve();
        assertThat(closed[0]).isTrue();
        assertThat(vm.showingProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).contains("ICPT000001");
    }

    @Test
    void exportWritesTheDecisionsAndSaysHowMany() throws Exception {
        vm.setExport(file -> app.decisionExporter().export(reviewer, file, null));
        app.reviews().approve(reviewer, "ICPT000002", 1);
        vm.exportDecisions(dir.resolve("out.zip"));
        assertThat(vm.statusProperty().get()).isEqualTo("1 decisions exported to out.zip.");
        assertThat(org.icpdesk.testing.DecisionBundles.read(dir.resolve("out.zip"))).containsOnlyKeys("ICPT000002");
    }

    private void conflictOnOrder1() {
        app.reviews().approve(reviewer, "ICPT000001", 1);
        app.imports().importBundle(SmallBundles.write(dir.resolve("v2.zip"), List.of(SmallBundles.order(1, 2, "b")), "b", 16),
                Actor.system(), Progress.NONE);
    }

    @Test
    void aConflictBlocksDecisionsUntilReopenedOnTheNewVersion() {
        conflictOnOrder1();
        vm.open("ICPT000001");
        assertThat(vm.inConflict()).isTrue();
        assertThat(vm.isDecideDisabled()).isTrue();
        vm.reopenOnNewVersion();
        assertThat(vm.orderProperty().get().version()).isEqualTo(2);
        assertThat(vm.orderStatusProperty().get()).isEqualTo(OrderStatus.PENDING);
        assertThat(vm.isDecideDisabled()).isFalse();
    }

    @Test
    void keepingTheDecisionEndsTheConflict() {
        conflictOnOrder1();
        vm.open("ICPT000001");
        vm.keepDecision();
        assertThat(app.orders().status("ICPT000001")).contains(OrderStatus.APPROVED);
        assertThat(app.reviews().conflicts()).isEmpty();
    }

    @Test
    void historyShowsVersionsDecisionsAndWhatChangedSinceTheRejection() {
        vm.open("ICPT000001");
        assertThat(vm.historyProperty().get().versions()).extracting(v -> v.version()).containsExactly(1);
        assertThat(vm.historyProperty().get().rejectedVersion()).isZero();

        app.reviews().reject(reviewer, "ICPT000001", 1, List.of(ReasonInput.of("RSP-NAME-MISMATCH")), "internal");
        app.imports().importBundle(SmallBundles.write(dir.resolve("v2.zip"), List.of(SmallBundles.order(1, 2, "b")), "b", 16),
                Actor.system(), Progress.NONE);
        if (app.reviews().conflicts().contains("ICPT000001")) {
            app.reviews().reopen(new Actor("supervisor01", Role.SUPERVISOR), "ICPT000001");
        }
        vm.open("ICPT000001");
        var history = vm.historyProperty().get();
        assertThat(history.versions()).extracting(v -> v.version()).containsExactly(1, 2);
        assertThat(history.decisions()).singleElement().satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.REJECTED);
            assertThat(d.orderVersion()).isEqualTo(1);
        });
        assertThat(history.rejectedVersion()).isEqualTo(1);
        assertThat(history.changedSinceRejection()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("subject.name");
            assertThat(c.before()).isEqualTo("测试单位1");
            assertThat(c.after()).isEqualTo("测试单位1b");
        });

        List<String> lines = new HistoryLines(new Messages(Locale.ENGLISH), ZoneId.of("Asia/Shanghai")).lines(history);
        assertThat(lines.get(0)).isEqualTo("Changed since the rejection of version 1: 1 fields");
        assertThat(lines.get(1)).isEqualTo("- Subject name: 测试单位1 \u2192 测试单位1b");
        assertThat(lines).anyMatch(l -> l.startsWith("Version 2 received "))
                .anyMatch(l -> l.startsWith("Version 1: Rejected by reviewer01 at "));
        List<String> zh = new HistoryLines(new Messages(Locale.SIMPLIFIED_CHINESE), ZoneId.of("Asia/Shanghai")).lines(history);
        assertThat(zh.get(1)).isEqualTo("- 主办单位名称：测试单位1 → 测试单位1b");
    }

    @Test
    void theNextOrderIsLoadedAheadAndShowsWithoutLoadingAfterTheDecision() {
        var deferred = new org.icpdesk.ui.task.DeferredTaskRunner();
        vm = new OrderReviewViewModel(app.reviews(), app.orders(), () -> RULES, deferred, new Messages(Locale.ENGLISH), reviewer, app.clock());
        vm.open("ICPT000001");
        deferred.runAll();
        // Oldest pending first: ICPT000003 was submitted first (SmallBundles: n hours before the bundle).
        assertThat(vm.prefetchedProperty().get()).extracting(o -> o.id()).isEqualTo("ICPT000003");
        vm.approve();
        deferred.runOne();   // the decision
        assertThat(vm.orderProperty().get().id()).isEqualTo("ICPT000001");
        deferred.runOne();   // which order is next: the prefetched one, shown at once without loading it
        assertThat(vm.orderProperty().get().id()).isEqualTo("ICPT000003");
        assertThat(vm.materials()).extracting(m -> m.id()).containsExactly("m1", "m2");
        assertThat(vm.fields()).isNotEmpty();
        deferred.runAll();
        assertThat(vm.prefetchedProperty().get()).extracting(o -> o.id()).isEqualTo("ICPT000002");
    }

    @Test
    void aPrefetchedOrderThatChangedMeanwhileIsLoadedAgain() {
        var deferred = new org.icpdesk.ui.task.DeferredTaskRunner();
        vm = new OrderReviewViewModel(app.reviews(), app.orders(), () -> RULES, deferred, new Messages(Locale.ENGLISH), reviewer, app.clock());
        vm.open("ICPT000001");
        deferred.runAll();
        app.imports().importBundle(SmallBundles.write(dir.resolve("v2.zip"), List.of(SmallBundles.order(3, 2, "x")), "x", 16),
                Actor.system(), Progress.NONE);
        vm.approve();
        deferred.runOne();
        deferred.runOne();
        // Version 2 arrived after the prefetch of version 1: not shown from the prefetch, loaded afresh.
        assertThat(vm.orderProperty().get().id()).isEqualTo("ICPT000001");
        deferred.runAll();
        assertThat(vm.orderProperty().get().id()).isEqualTo("ICPT000003");
        assertThat(vm.orderProperty().get().version()).isEqualTo(2);
    }

    @Test
    void brightnessAndContrastResetToTheStoredImage() {
        vm.brightnessProperty().set(0.4);
        vm.contrastProperty().set(-0.2);
        vm.resetAdjustments();
        assertThat(vm.brightnessProperty().get()).isZero();
        assertThat(vm.contrastProperty().get()).isZero();
    }
}
