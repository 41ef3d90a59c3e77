package org.icpdesk.review.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.icpdesk.AppContext;
import org.icpdesk.bundle.domain.ImportSummary;
import org.icpdesk.common.Progress;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.review.domain.AssistedEdit;
import org.icpdesk.review.domain.Decision;
import org.icpdesk.review.domain.DecisionState;
import org.icpdesk.review.domain.Outcome;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.security.domain.Role;
import org.icpdesk.store.JdbiTx;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review use cases on a real temp store with three imported orders (ICPT000003 consents to assisted edits). */
class ReviewServiceTest {
    static final String PLAIN = "ICPT000001";
    static final String UNIT = "ICPT000002";
    static final String CONSENTING = "ICPT000003";

    @TempDir
    Path dir;
    AppContext app;
    ReviewService reviews;
    final Actor reviewer = new Actor("reviewer01", Role.REVIEWER);

    @BeforeEach
    void open() {
        app = AppContext.open(dir.resolve("store"), null, Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        app.imports().importBundle(SmallBundles.write(dir.resolve("v1.zip"), SmallBundles.orders(3, 1, ""), "", 16), Actor.system(),
                Progress.NONE);
        reviews = app.reviews();
    }

    @AfterEach
    void close() {
        app.close();
    }

    OrderStatus status(String id) {
        return app.store().read(tx -> JdbiTx.handle(tx).createQuery("SELECT status FROM orders WHERE id = :id").bind("id", id)
                .mapTo(String.class).one()).transform(OrderStatus::valueOf);
    }

    List<String> auditActions(String orderId) {
        return app.store().read(tx -> JdbiTx.handle(tx).createQuery("SELECT action FROM audit_event WHERE order_id = :id ORDER BY seq")
                .bind("id", orderId).mapTo(String.class).list());
    }

    @Test
    void approveWritesDecisionStatusAndAuditRecordWithActorAndRole() {
        Decision d = reviews.approve(reviewer, PLAIN, 1);
        assertThat(d.outcome()).isEqualTo(Outcome.APPROVED);
        assertThat(d.actor()).isEqualTo("reviewer01");
        assertThat(d.actorRole()).isEqualTo("REVIEWER");
        assertThat(d.state()).isEqualTo(DecisionState.ACTIVE);
        assertThat(status(PLAIN)).isEqualTo(OrderStatus.APPROVED);
        assertThat(auditActions(PLAIN)).containsExactly("order.added", "decision.approved");
        String head = app.store().read(tx -> JdbiTx.handle(tx).createQuery("SELECT hash FROM audit_event WHERE order_id = :id "
                + "ORDER BY seq DESC LIMIT 1").bind("id", PLAIN).mapTo(String.class).one());
        assertThat(d.auditHash()).isEqualTo(head);
        assertThat(app.audit().verify(app.store()).intact()).isTrue();
    }

    @Test
    void theVersionTheReviewerSawMustStillBeTheStoredOneAndPending() {
        assertThatThrownBy(() -> reviews.approve(reviewer, PLAIN, 2))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.STALE));
        reviews.approve(reviewer, PLAIN, 1);
        assertThatThrownBy(() -> reviews.approve(reviewer, PLAIN, 1))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.NOT_PENDING));
        assertThatThrownBy(() -> reviews.approve(reviewer, "ICPNOPE", 1))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.ORDER_NOT_FOUND));
        assertThat(reviews.decisions(PLAIN)).hasSize(1);
    }

    @Test
    void onlyReviewersAndSupervisorsDecide() {
        assertThatThrownBy(() -> reviews.approve(new Actor("clerk", Role.CLERK), PLAIN, 1))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.NOT_ALLOWED));
        assertThat(status(PLAIN)).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void rejectTakesCatalogueCodesWithTheCatalogueTextAsDefaultNoteAndAnInternalNote() {
        Decision d = reviews.reject(reviewer, PLAIN, 1, List.of(
                new ReasonInput("RSP-ID-NUMBER-MISMATCH", List.of("principal.idNumber"), null),
                new ReasonInput("RSP-NAME-MISMATCH", List.of(), "姓名请按证件填写")), "called the applicant");
        assertThat(d.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(d.reasons()).hasSize(2);
        assertThat(d.reasons().get(0).note()).isEqualTo("负责人证件号码与证件照片不一致，请核对后重新填写。");
        assertThat(d.reasons().get(0).fields()).containsExactly("principal.idNumber");
        assertThat(d.reasons().get(1).note()).isEqualTo("姓名请按证件填写");
        assertThat(d.internalNote()).isEqualTo("called the applicant");
        assertThat(status(PLAIN)).isEqualTo(OrderStatus.REJECTED);
        assertThat(auditActions(PLAIN)).endsWith("decision.rejected");
        assertThat(reviews.defaultNote("RSP-ID-NUMBER-MISMATCH", Locale.ENGLISH)).isEqualTo("Principal ID number differs from the ID image.");
    }

    @Test
    void rejectRefusesUnknownCodesAndNoReasonWithoutChangingAnything() {
        assertThatThrownBy(() -> reviews.reject(reviewer, PLAIN, 1, List.of(ReasonInput.of("NOT-A-CODE")), null))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.UNKNOWN_REASON));
        assertThatThrownBy(() -> reviews.reject(reviewer, PLAIN, 1, List.of(), null))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.NO_REASON));
        assertThat(status(PLAIN)).isEqualTo(OrderStatus.PENDING);
        assertThat(reviews.decisions(PLAIN)).isEmpty();
        assertThat(auditActions(PLAIN)).containsExactly("order.added");
    }

    @Test
    void assistedEditRecordsBeforeAfterAndBasisThenApproves() {
        Order order = app.orders().find(CONSENTING).orElseThrow();
        Decision d = reviews.approveWithEdits(reviewer, CONSENTING, 1, List.of(new EditRequest("subject.address", "深圳市南山区科技园南区一路3号院", null)));
        assertThat(d.outcome()).isEqualTo(Outcome.APPROVED);
        AssistedEdit e = d.edits().get(0);
        assertThat(e.field()).isEqualTo("subject.address");
        assertThat(e.before()).isEqualTo(order.subject().address());
        assertThat(e.after()).isEqualTo("深圳市南山区科技园南区一路3号院");
        assertThat(e.materialId()).isEqualTo("m2"); // an individual: the ID card shows the address
        assertThat(e.basis()).contains("m2");
        assertThat(e.consent()).isTrue();
        assertThat(status(CONSENTING)).isEqualTo(OrderStatus.APPROVED);
        assertThat(app.orders().find(CONSENTING).orElseThrow().subject().address()).isEqualTo(order.subject().address());
    }

    @Test
    void assistedEditIsRefusedWithoutConsentOrForFieldsNoMaterialShows() {
        assertThatThrownBy(() -> reviews.approveWithEdits(reviewer, PLAIN, 1, List.of(new EditRequest("subject.address", "x路1号", null))))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.NO_CONSENT));
        assertThatThrownBy(() -> reviews.approveWithEdits(reviewer, CONSENTING, 1, List.of(new EditRequest("principal.mobile", "13900000001", null))))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.FIELD_NOT_EDITABLE));
        assertThatThrownBy(() -> reviews.approveWithEdits(reviewer, CONSENTING, 1, List.of(new EditRequest("principal.idValidTo", "2036-01-01", null))))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.FIELD_NOT_EDITABLE));
        assertThatThrownBy(() -> reviews.approveWithEdits(reviewer, CONSENTING, 1, List.of(new EditRequest("principal.name", "张三丰", "m1"))))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.BASIS_NOT_BACKING));
        assertThat(status(PLAIN)).isEqualTo(OrderStatus.PENDING);
        assertThat(status(CONSENTING)).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void editableFieldsOfAUnitComeFromTheLicence() {
        Order unit = app.orders().find(UNIT).orElseThrow();
        assertThat(reviews.editableFields(unit)).extracting(f -> f.field())
                .contains("subject.name", "subject.certificateNumber", "subject.address", "subject.legalRepresentative", "principal.name",
                        "principal.idNumber")
                .doesNotContain("principal.idValidTo", "principal.mobile");
        assertThat(reviews.editableFields(unit).get(0).basis()).extracting(m -> m.id()).containsExactly("m1");
    }

    @Test
    void undoTakesBackTheLastDecisionUntilItIsExported() {
        reviews.reject(reviewer, PLAIN, 1, List.of(ReasonInput.of("RSP-ID-NUMBER-MISMATCH")), null);
        assertThat(reviews.lastUndoable(reviewer)).map(Decision::orderId).contains(PLAIN);
        Decision undone = reviews.undo(reviewer, PLAIN);
        assertThat(undone.state()).isEqualTo(DecisionState.UNDONE);
        assertThat(status(PLAIN)).isEqualTo(OrderStatus.PENDING);
        assertThat(auditActions(PLAIN)).endsWith("decision.rejected", "decision.undone");
        assertThatThrownBy(() -> reviews.undo(reviewer, PLAIN))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.NOTHING_TO_UNDO));

        reviews.approve(reviewer, PLAIN, 1);
        app.decisionExporter().export(reviewer, dir.resolve("d.zip"), null);
        assertThatThrownBy(() -> reviews.undo(reviewer, PLAIN))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.ALREADY_EXPORTED));
        assertThat(reviews.lastUndoable(reviewer)).isEmpty();
        assertThat(status(PLAIN)).isEqualTo(OrderStatus.APPROVED);
    }

    private ImportSummary importVersion2() {
        return app.imports().importBundle(SmallBundles.write(dir.resolve("v2.zip"), List.of(SmallBundles.order(1, 2, "b")), "b", 16),
                Actor.system(), Progress.NONE);
    }

    @Test
    void keepMyDecisionEndsTheConflictWithTheDecisionInForce() {
        reviews.approve(reviewer, PLAIN, 1);
        assertThat(importVersion2().conflicts()).hasSize(1);
        assertThat(status(PLAIN)).isEqualTo(OrderStatus.CONFLICT);
        assertThat(reviews.conflicts()).containsExactly(PLAIN);
        assertThatThrownBy(() -> reviews.undo(reviewer, PLAIN))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.IN_CONFLICT));

        Decision kept = reviews.keepDecision(reviewer, PLAIN);
        assertThat(kept.state()).isEqualTo(DecisionState.ACTIVE);
        assertThat(status(PLAIN)).isEqualTo(OrderStatus.APPROVED);
        assertThat(reviews.conflicts()).isEmpty();
        assertThat(app.orders().find(PLAIN).orElseThrow().version()).isEqualTo(1);
        assertThat(auditActions(PLAIN)).endsWith("conflict.kept");
    }

    @Test
    void reopenDiscardsTheDecisionAndMakesTheNewVersionPending() {
        reviews.reject(reviewer, PLAIN, 1, List.of(ReasonInput.of("RSP-ID-NUMBER-MISMATCH")), null);
        importVersion2();
        Order reopened = reviews.reopen(reviewer, PLAIN);
        assertThat(reopened.version()).isEqualTo(2);
        Order current = app.orders().find(PLAIN).orElseThrow();
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.subject().name()).endsWith("b");
        assertThat(status(PLAIN)).isEqualTo(OrderStatus.PENDING);
        assertThat(reviews.decisions(PLAIN)).singleElement().extracting(Decision::state).isEqualTo(DecisionState.DISCARDED);
        assertThat(app.orders().materialBytes(PLAIN, "m1")).isPresent();
        assertThatThrownBy(() -> reviews.reopen(reviewer, PLAIN))
                .isInstanceOfSatisfying(ReviewException.class, e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.NO_CONFLICT));
        reviews.approve(reviewer, PLAIN, 2);
        assertThat(app.audit().verify(app.store()).intact()).isTrue();
    }
}
