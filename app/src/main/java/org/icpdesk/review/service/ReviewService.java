package org.icpdesk.review.service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.icpdesk.audit.domain.AuditEvent;
import org.icpdesk.audit.service.AuditLog;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.OrderHead;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.domain.OrderVersionInfo;
import org.icpdesk.order.store.OrderDao;
import org.icpdesk.review.domain.AssistedEdit;
import org.icpdesk.review.domain.Decision;
import org.icpdesk.review.domain.OrderDiff;
import org.icpdesk.review.domain.OrderHistory;
import org.icpdesk.review.domain.DecisionReason;
import org.icpdesk.review.domain.DecisionState;
import org.icpdesk.review.domain.EditableFields;
import org.icpdesk.review.domain.Outcome;
import org.icpdesk.review.store.ReviewDao;
import org.icpdesk.rules.domain.Reason;
import org.icpdesk.rules.domain.RuleCatalogue;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.security.domain.Role;
import org.icpdesk.store.Store;
import org.icpdesk.store.Tx;

/**
 * The reviewer's use cases: approve, reject with reasons, approve with assisted edits, undo, and resolve conflicts
 * with newer order versions. Each is one transaction holding the decision rows, the order status and the audit
 * record (STYLE P5), checks the order version the reviewer saw, and records who decided in which role. The window
 * and the {@code decide} command call the same methods.
 */
public final class ReviewService {
    /** Conflict resolutions as stored in {@code order_conflict.resolution}. */
    public static final String KEEP_DECISION = "KEEP_DECISION";
    public static final String REOPENED = "REOPENED";
    private static final Set<Role> DECIDERS = Set.of(Role.REVIEWER, Role.SUPERVISOR);

    private final Store store;
    private final OrderDao orders;
    private final ReviewDao reviews;
    private final AuditLog audit;
    private final Supplier<RuleCatalogue> catalogue;
    private final Clock clock;

    public ReviewService(Store store, OrderDao orders, ReviewDao reviews, AuditLog audit, Supplier<RuleCatalogue> catalogue, Clock clock) {
        this.store = store;
        this.orders = orders;
        this.reviews = reviews;
        this.audit = audit;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Approves the version the reviewer saw. */
    public Decision approve(Actor actor, String orderId, int seenVersion) {
        requireDecider(actor);
        return store.inTransaction(tx -> {
            Order order = pendingOrder(tx, orderId, seenVersion);
            return decide(tx, actor, order, Outcome.APPROVED, List.of(), List.of(), null);
        });
    }

    /**
     * Returns the order to the applicant. Each reason code must be in the catalogue (or added locally); a reason
     * without a note gets the catalogue's text in Chinese, the applicant's language.
     */
    public Decision reject(Actor actor, String orderId, int seenVersion, List<ReasonInput> reasons, String internalNote) {
        requireDecider(actor);
        if (reasons == null || reasons.isEmpty()) {
            throw new ReviewException(ReviewException.Kind.NO_REASON, "review.error.no-reason", orderId);
        }
        return store.inTransaction(tx -> {
            List<DecisionReason> chosen = new ArrayList<>();
            Set<String> local = null;
            for (ReasonInput r : reasons) {
                Optional<Reason> known = catalogue.get().reason(r.code());
                if (known.isEmpty()) {
                    if (local == null) {
                        local = reviews.localReasonCodes(tx);
                    }
                    if (!local.contains(r.code())) {
                        throw new ReviewException(ReviewException.Kind.UNKNOWN_REASON, "review.error.unknown-reason", r.code());
                    }
                }
                String note = r.note() == null || r.note().isBlank() ? known.map(Reason::zh).orElse(r.code()) : r.note().strip();
                // Bundle paths come from the findings the reviewer chose (the catalogue names fields in its own words).
                chosen.add(new DecisionReason(r.code(), r.fields(), note));
            }
            Order order = pendingOrder(tx, orderId, seenVersion);
            return decide(tx, actor, order, Outcome.REJECTED, chosen, List.of(), blankToNull(internalNote));
        });
    }

    /**
     * Approves with values changed on the applicant's behalf: refused unless the order carries the applicant's consent,
     * and only for fields printed on a material of the order (DOMAIN.md section 11). Before, after and the material are
     * recorded with each edit; the stored order stays as the applicant sent it.
     */
    public Decision approveWithEdits(Actor actor, String orderId, int seenVersion, List<EditRequest> edits) {
        requireDecider(actor);
        if (edits == null || edits.isEmpty()) {
            throw new ReviewException(ReviewException.Kind.NO_EDIT, "review.error.no-edit", orderId);
        }
        return store.inTransaction(tx -> {
            Order order = pendingOrder(tx, orderId, seenVersion);
            if (!order.consentsToAssistedEdit()) {
                throw new ReviewException(ReviewException.Kind.NO_CONSENT, "review.error.no-consent", orderId);
            }
            List<AssistedEdit> made = new ArrayList<>();
            for (EditRequest e : edits) {
                EditableFields.Editable field = EditableFields.find(order, e.field()).orElseThrow(() ->
                        new ReviewException(ReviewException.Kind.FIELD_NOT_EDITABLE, "review.error.field-not-editable", e.field(), orderId));
                Material basis = field.basis().stream()
                        .filter(m -> e.materialId() == null || m.id().equals(e.materialId()))
                        .findFirst()
                        .orElseThrow(() -> new ReviewException(ReviewException.Kind.BASIS_NOT_BACKING, "review.error.basis-not-backing",
                                e.materialId(), e.field()));
                String after = e.after() == null ? "" : e.after().strip();
                if (after.isEmpty() || after.equals(field.current())) {
                    throw new ReviewException(ReviewException.Kind.NO_EDIT, "review.error.no-edit", orderId);
                }
                made.add(new AssistedEdit(e.field(), field.current(), after, basisText(basis), basis.id(), true));
            }
            return decide(tx, actor, order, Outcome.APPROVED, List.of(), made, null);
        });
    }

    /** Undoes the newest decision on the order while it is not exported; the order is pending again. */
    public Decision undo(Actor actor, String orderId) {
        requireDecider(actor);
        return store.inTransaction(tx -> {
            Decision last = reviews.lastActive(tx, orderId).orElseThrow(() ->
                    new ReviewException(ReviewException.Kind.NOTHING_TO_UNDO, "review.error.nothing-to-undo", orderId));
            if (last.exported()) {
                throw new ReviewException(ReviewException.Kind.ALREADY_EXPORTED, "review.error.exported", orderId);
            }
            OrderHead head = orders.head(tx, orderId).orElseThrow();
            OrderStatus decided = status(last.outcome());
            if (!reviews.moveOrder(tx, orderId, last.orderVersion(), decided, OrderStatus.PENDING)) {
                throw head.status() == OrderStatus.CONFLICT
                        ? new ReviewException(ReviewException.Kind.IN_CONFLICT, "review.error.in-conflict", orderId)
                        : new ReviewException(ReviewException.Kind.STALE, "review.error.stale", orderId, last.orderVersion(), head.version());
            }
            reviews.setState(tx, last.id(), DecisionState.UNDONE);
            audit.append(tx, actor, "decision.undone", "decision", String.valueOf(last.id()), orderId,
                    Map.of("version", last.orderVersion(), "outcome", last.outcome().json()));
            return reviews.find(tx, last.id()).orElseThrow();
        });
    }

    /** The newest decision of {@code actor} that undo could still take back (active, not exported), if any. */
    public Optional<Decision> lastUndoable(Actor actor) {
        return store.read(tx -> reviews.lastActiveBy(tx, actor.login())).filter(d -> !d.exported());
    }

    /** Every decision on an order, oldest first (history). */
    public List<Decision> decisions(String orderId) {
        return store.read(tx -> reviews.forOrder(tx, orderId));
    }

    /**
     * The order's past: its versions, its decisions and, when the current version follows a rejected one, the fields
     * changed since the last rejection.
     */
    public OrderHistory history(String orderId) {
        return store.read(tx -> {
            List<OrderVersionInfo> versions = orders.versions(tx, orderId);
            List<Decision> decisions = reviews.forOrder(tx, orderId);
            Optional<Order> current = orders.find(tx, orderId);
            if (current.isEmpty()) {
                return new OrderHistory(versions, decisions, 0, List.of());
            }
            int now = current.get().version();
            Optional<Decision> rejection = decisions.stream()
                    .filter(d -> d.outcome() == Outcome.REJECTED && d.orderVersion() < now)
                    .reduce((first, second) -> second);
            if (rejection.isEmpty()) {
                return new OrderHistory(versions, decisions, 0, List.of());
            }
            int rejected = rejection.get().orderVersion();
            List<OrderDiff.Change> changes = orders.findVersion(tx, orderId, rejected)
                    .map(before -> OrderDiff.between(before, current.get())).orElse(List.of());
            return new OrderHistory(versions, decisions, rejected, changes);
        });
    }

    /** The reason catalogue, by code. */
    public List<Reason> reasons() {
        return catalogue.get().reasons().values().stream().sorted(Comparator.comparing(Reason::code)).toList();
    }

    /** The catalogue text of a reason in {@code language} (Chinese unless English is asked for), or the code. */
    public String defaultNote(String code, Locale language) {
        boolean english = language != null && "en".equals(language.getLanguage());
        return catalogue.get().reason(code).map(r -> english ? r.en() : r.zh()).orElse(code);
    }

    /** The fields an assisted edit may change on this order, each with its backing materials. */
    public List<EditableFields.Editable> editableFields(Order order) {
        return EditableFields.of(order);
    }

    /** Orders whose newer version waits for the reviewer, by id. */
    public List<String> conflicts() {
        return store.read(reviews::ordersInConflict);
    }

    /**
     * Keeps the decision on the stored version; the newer version stays in the history (it comes back with the next
     * import after the export, when the back office has the decision).
     */
    public Decision keepDecision(Actor actor, String orderId) {
        requireDecider(actor);
        return store.inTransaction(tx -> {
            List<ReviewDao.Conflict> open = openConflicts(tx, orderId);
            Decision decision = reviews.find(tx, open.get(0).decisionId()).orElseThrow();
            OrderHead head = orders.head(tx, orderId).orElseThrow();
            if (!reviews.moveOrder(tx, orderId, head.version(), OrderStatus.CONFLICT, status(decision.outcome()))) {
                throw new ReviewException(ReviewException.Kind.STALE, "review.error.stale", orderId, head.version(), head.version());
            }
            reviews.resolveConflicts(tx, orderId, KEEP_DECISION, actor.login(), now());
            audit.append(tx, actor, "conflict.kept", "order", orderId, orderId, Map.of("decisionId", decision.id(),
                    "version", decision.orderVersion(), "incomingVersions", open.stream().map(ReviewDao.Conflict::incomingVersion).toList()));
            return decision;
        });
    }

    /**
     * Discards the decision on the stored version and makes the newest waiting version current and pending.
     *
     * @return the order as it now stands
     */
    public Order reopen(Actor actor, String orderId) {
        requireDecider(actor);
        return store.inTransaction(tx -> {
            List<ReviewDao.Conflict> open = openConflicts(tx, orderId);
            int newest = open.get(open.size() - 1).incomingVersion();
            ReviewDao.VersionSource source = reviews.versionSource(tx, orderId, newest).orElseThrow(() ->
                    new ReviewException(ReviewException.Kind.VERSION_MISSING, "review.error.version-missing", orderId, newest));
            Order incoming = orders.findVersion(tx, orderId, newest).orElseThrow();
            boolean complete = incoming.materials().stream().allMatch(m -> source.materialBlobs().containsKey(m.id()));
            if (!complete) {
                throw new ReviewException(ReviewException.Kind.VERSION_MISSING, "review.error.version-missing", orderId, newest);
            }
            for (ReviewDao.Conflict c : open) {
                reviews.setState(tx, c.decisionId(), DecisionState.DISCARDED);
            }
            orders.replaceCurrent(tx, new OrderDao.NewVersion(incoming, source.contentSha256(), source.json(), source.bundleId(), now(),
                    source.materialBlobs()), OrderStatus.PENDING);
            reviews.resolveConflicts(tx, orderId, REOPENED, actor.login(), now());
            audit.append(tx, actor, "conflict.reopened", "order", orderId, orderId, Map.of("fromVersion", open.get(0).storedVersion(),
                    "version", newest, "discardedDecisions", open.stream().map(ReviewDao.Conflict::decisionId).distinct().toList()));
            return incoming;
        });
    }

    private List<ReviewDao.Conflict> openConflicts(Tx tx, String orderId) {
        List<ReviewDao.Conflict> open = reviews.openConflicts(tx, orderId);
        if (open.isEmpty()) {
            throw new ReviewException(ReviewException.Kind.NO_CONFLICT, "review.error.no-conflict", orderId);
        }
        return open;
    }

    private Order pendingOrder(Tx tx, String orderId, int seenVersion) {
        OrderHead head = orders.head(tx, orderId).orElseThrow(() ->
                new ReviewException(ReviewException.Kind.ORDER_NOT_FOUND, "review.error.order-not-found", orderId));
        if (head.status() == OrderStatus.CONFLICT) {
            throw new ReviewException(ReviewException.Kind.IN_CONFLICT, "review.error.in-conflict", orderId);
        }
        if (head.version() != seenVersion) {
            throw new ReviewException(ReviewException.Kind.STALE, "review.error.stale", orderId, seenVersion, head.version());
        }
        if (head.status() != OrderStatus.PENDING) {
            throw new ReviewException(ReviewException.Kind.NOT_PENDING, head.status() == OrderStatus.APPROVED
                    ? "review.error.already-approved" : "review.error.already-rejected", orderId);
        }
        return orders.find(tx, orderId).orElseThrow();
    }

    private Decision decide(Tx tx, Actor actor, Order order, Outcome outcome, List<DecisionReason> reasons, List<AssistedEdit> edits,
                            String internalNote) {
        Decision draft = new Decision(0, order.id(), order.version(), outcome, actor.login(), actor.role().name(), now(), internalNote,
                DecisionState.ACTIVE, null, null, reasons, edits);
        if (!reviews.moveOrder(tx, order.id(), order.version(), OrderStatus.PENDING, status(outcome))) {
            throw new ReviewException(ReviewException.Kind.STALE, "review.error.stale", order.id(), order.version(), order.version());
        }
        long id = reviews.insert(tx, draft);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", order.version());
        payload.put("outcome", outcome.json());
        payload.put("reasons", reasons.stream().map(DecisionReason::code).toList());
        // Field paths and materials only: the values may be ID numbers.
        payload.put("edits", edits.stream().map(e -> Map.of("field", e.field(), "material", e.materialId())).toList());
        payload.put("internalNote", internalNote != null);
        AuditEvent event = audit.append(tx, actor, outcome == Outcome.APPROVED ? "decision.approved" : "decision.rejected", "decision",
                String.valueOf(id), order.id(), payload);
        reviews.setAuditHash(tx, id, event.hash());
        return reviews.find(tx, id).orElseThrow();
    }

    private static OrderStatus status(Outcome outcome) {
        return outcome == Outcome.APPROVED ? OrderStatus.APPROVED : OrderStatus.REJECTED;
    }

    private static void requireDecider(Actor actor) {
        if (!DECIDERS.contains(actor.role())) {
            throw new ReviewException(ReviewException.Kind.NOT_ALLOWED, "review.error.not-allowed", actor.login(), actor.role().name());
        }
    }

    private static String basisText(Material m) {
        return m.kind() + " " + m.id();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
