package org.icpdesk.review.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.service.OrderQueryService;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.review.domain.Decision;
import org.icpdesk.review.domain.EditableFields;
import org.icpdesk.review.domain.FieldComparison;
import org.icpdesk.review.domain.OrderHistory;
import org.icpdesk.review.service.DecisionExporter;
import org.icpdesk.review.service.EditRequest;
import org.icpdesk.review.service.ReasonInput;
import org.icpdesk.review.service.ReviewService;
import org.icpdesk.rules.domain.ChecklistItem;
import org.icpdesk.rules.domain.Finding;
import org.icpdesk.rules.domain.OcrReadings;
import org.icpdesk.rules.domain.Reason;
import org.icpdesk.rules.domain.Severity;
import org.icpdesk.rules.service.RulesService;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.ui.task.TaskRunner;

/**
 * The order view's state and actions (STYLE P2): the open order, its materials, the field table, the rules' findings
 * and the province prompts; approve, reject, assisted edit, undo; then the next pending order. No nodes, no store.
 * OCR plugs in through {@link #setReadings}: until then every compared field reads "not read yet".
 */
public final class OrderReviewViewModel {
    /** A province prompt the reviewer ticks. */
    public record Prompt(ChecklistItem item, BooleanProperty ticked) {
    }

    /** A reason offered in the reject dialog; suggested ones come from the findings and start selected. */
    public record ReasonChoice(Reason reason, boolean suggested, List<String> fields, String note) {
    }

    private record Loaded(Order order, OrderStatus status, List<Finding> findings, List<ChecklistItem> checklist, OcrReadings readings) {
    }

    private final ReviewService reviews;
    private final OrderQueryService orders;
    private final Supplier<RulesService> rules;
    private final TaskRunner tasks;
    private Messages messages;
    private final Actor actor;
    private final Clock clock;
    private Function<Order, OcrReadings> readings = order -> OcrReadings.none();
    private Function<Order, Boolean> readMissing = order -> false;
    private Function<java.nio.file.Path, DecisionExporter.ExportResult> export;

    private final ReadOnlyObjectWrapper<Order> order = new ReadOnlyObjectWrapper<>(this, "order");
    private final ReadOnlyObjectWrapper<OrderStatus> orderStatus = new ReadOnlyObjectWrapper<>(this, "orderStatus");
    private final ObservableList<Material> materials = FXCollections.observableArrayList();
    private final ObservableList<FieldComparison.Row> fields = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<Finding> openErrors = FXCollections.observableArrayList();
    private final ObservableList<Prompt> prompts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<OrderHistory> history = new ReadOnlyObjectWrapper<>(this, "history", OrderHistory.empty());
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    /** Viewer brightness and contrast, -1..1 (0: as stored): drawn over the image, never written to it. */
    private final javafx.beans.property.DoubleProperty brightness = new javafx.beans.property.SimpleDoubleProperty(this, "brightness");
    private final javafx.beans.property.DoubleProperty contrast = new javafx.beans.property.SimpleDoubleProperty(this, "contrast");
    /** The order "next" will most likely open, loaded in the background while the reviewer reads the open one. */
    private final ReadOnlyObjectWrapper<Order> prefetched = new ReadOnlyObjectWrapper<>(this, "prefetched");
    private Loaded prefetchedLoad;
    private long prefetchGeneration;
    private final BooleanBinding decideDisabled;
    private Runnable onClosed = () -> { };

    public OrderReviewViewModel(ReviewService reviews, OrderQueryService orders, Supplier<RulesService> rules, TaskRunner tasks,
                                Messages messages, Actor actor, Clock clock) {
        this.reviews = reviews;
        this.orders = orders;
        this.rules = rules;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.clock = clock;
        this.decideDisabled = order.isNull().or(busy).or(orderStatus.isNotEqualTo(OrderStatus.PENDING));
    }

    /** Where OCR readings come from (the OCR feature plugs in here). */
    public void setReadings(Function<Order, OcrReadings> source) {
        this.readings = source == null ? o -> OcrReadings.none() : source;
    }

    /**
     * Reads the open order's certificates that have no OCR reading yet (blocking, on a worker thread; true when it read
     * any). Called once after an order is shown with incomplete readings; the view then refreshes its comparison.
     */
    public void setReadMissing(Function<Order, Boolean> reader) {
        this.readMissing = reader == null ? o -> false : reader;
    }

    /** How decisions are exported (the composition root plugs the exporter in). */
    public void setExport(Function<java.nio.file.Path, DecisionExporter.ExportResult> export) {
        this.export = export;
    }

    /** Writes a decisions bundle with every decision not yet exported; the status line says how many. */
    public void exportDecisions(java.nio.file.Path file) {
        if (export == null) {
            return;
        }
        busy.set(true);
        tasks.run(() -> export.apply(file), result -> {
            busy.set(false);
            status.set(messages.get("ui.review.exported", result.decisions(), file.getFileName().toString()));
        }, this::failed);
    }

    /** Called when the view closes (back to the queue). */
    public void setOnClosed(Runnable action) {
        this.onClosed = action == null ? () -> { } : action;
    }

    /** Opens an order in the background; the view shows it when loaded. */
    public void open(String orderId) {
        busy.set(true);
        showing.set(true);
        tasks.run(() -> load(orderId), this::show, this::failed);
        history.set(OrderHistory.empty());
        tasks.run(() -> reviews.history(orderId), loaded -> {
            Order shown = order.get();
            if (shown == null || shown.id().equals(orderId)) {
                history.set(loaded);
            }
        }, this::failed);
    }

    /** The open order's versions, decisions and changes since its last rejection; empty while loading. */
    public ReadOnlyObjectProperty<OrderHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    private Loaded load(String orderId) {
        Order o = orders.find(orderId).orElseThrow(() -> new IllegalStateException("No order " + orderId));
        RulesService r = rules.get();
        OcrReadings read = readings.apply(o);
        List<Finding> found = r.check(o, LocalDate.now(clock), read);
        List<ChecklistItem> checklist = r.checklist(o.province(), o.subject() == null ? null : o.subject().kind(), o.provider());
        return new Loaded(o, orders.status(orderId).orElse(OrderStatus.PENDING), found, checklist, read);
    }

    private void show(Loaded loaded) {
        showLoaded(loaded);
        Order shown = loaded.order();
        tasks.run(() -> readMissing.apply(shown), readAny -> {
            Order now = order.get();
            if (Boolean.TRUE.equals(readAny) && now != null && now.id().equals(shown.id()) && now.version() == shown.version()) {
                tasks.run(() -> load(shown.id()), this::refreshReadings, this::failed);
            }
        }, this::failed);
    }

    /** New OCR readings for the open order: the field table and the findings change, the reviewer's ticks stay. */
    private void refreshReadings(Loaded loaded) {
        Order now = order.get();
        if (now == null || !now.id().equals(loaded.order().id())) {
            return;
        }
        fields.setAll(FieldComparison.rows(loaded.order(), loaded.readings()));
        findings.setAll(loaded.findings());
        openErrors.setAll(loaded.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
    }

    private void showLoaded(Loaded loaded) {
        busy.set(false);
        prefetchNext(loaded.order().id());
        orderStatus.set(loaded.status());
        order.set(loaded.order());
        materials.setAll(loaded.order().materials());
        fields.setAll(FieldComparison.rows(loaded.order(), loaded.readings()));
        findings.setAll(loaded.findings());
        openErrors.setAll(loaded.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList());
        List<Prompt> list = new ArrayList<>();
        for (ChecklistItem item : loaded.checklist()) {
            list.add(new Prompt(item, new SimpleBooleanProperty(false)));
        }
        prompts.setAll(list);
        status.set(messages.get("ui.review.opened", loaded.order().id(), loaded.order().version()));
    }

    private void failed(Exception e) {
        busy.set(false);
        status.set(messages.describe(e));
    }

    /** Back to the queue. */
    public void close() {
        showing.set(false);
        order.set(null);
        prefetchGeneration++;
        prefetchedLoad = null;
        prefetched.set(null);
        onClosed.run();
    }

    public ReadOnlyObjectProperty<OrderStatus> orderStatusProperty() {
        return orderStatus.getReadOnlyProperty();
    }

    /** True when approving needs the reviewer to confirm: errors are open. */
    public boolean approveNeedsConfirm() {
        return !openErrors.isEmpty();
    }

    public void approve() {
        Order current = order.get();
        decide(() -> reviews.approve(actor, current.id(), current.version()), "ui.review.approved");
    }

    public void reject(List<ReasonInput> reasons, String internalNote) {
        Order current = order.get();
        decide(() -> reviews.reject(actor, current.id(), current.version(), reasons, internalNote), "ui.review.rejected");
    }

    public void approveWithEdits(List<EditRequest> edits) {
        Order current = order.get();
        decide(() -> reviews.approveWithEdits(actor, current.id(), current.version(), edits), "ui.review.edited");
    }

    /** True when a newer version of the open order waits while the decision on this one is not exported. */
    public boolean inConflict() {
        return orderStatus.get() == OrderStatus.CONFLICT;
    }

    /** Conflict: keeps the decision on the open version; the newer version stays in the history. */
    public void keepDecision() {
        Order current = order.get();
        busy.set(true);
        tasks.run(() -> reviews.keepDecision(actor, current.id()), kept -> {
            busy.set(false);
            status.set(messages.get("ui.review.conflict.kept", current.id()));
            openNext();
        }, this::failed);
    }

    /** Conflict: discards the decision and opens the newer version for review. */
    public void reopenOnNewVersion() {
        Order current = order.get();
        busy.set(true);
        tasks.run(() -> reviews.reopen(actor, current.id()), reopened -> {
            busy.set(false);
            open(reopened.id());
        }, this::failed);
    }

    /** Undoes the reviewer's last decision (while not exported) and reopens that order. */
    public void undo() {
        busy.set(true);
        tasks.run(() -> {
            Decision last = reviews.lastUndoable(actor).orElseThrow(() ->
                    new org.icpdesk.i18n.UserFacingException(org.icpdesk.i18n.UserMessage.of("ui.review.nothing-to-undo")));
            return reviews.undo(actor, last.orderId());
        }, undone -> {
            busy.set(false);
            status.set(messages.get("ui.review.undone", undone.orderId()));
            open(undone.orderId());
        }, this::failed);
    }

    private void decide(java.util.concurrent.Callable<Decision> work, String doneKey) {
        if (order.get() == null) {
            return;
        }
        busy.set(true);
        tasks.run(work, decision -> {
            busy.set(false);
            status.set(messages.get(doneKey, decision.orderId()));
            openNext();
        }, this::failed);
    }

    private static QueueQuery pendingOldestFirst() {
        return new QueueQuery(Set.of(OrderStatus.PENDING), null, null, null, null, QueueSort.SUBMITTED, true);
    }

    /**
     * Loads, in the background, the order {@link #openNext} would open after {@code shownId} (the oldest pending other
     * than it): its version, findings, prompts and OCR readings; the view decodes its images on seeing
     * {@link #prefetchedProperty()}. "Next" then shows it without waiting.
     */
    private void prefetchNext(String shownId) {
        long generation = ++prefetchGeneration;
        Loaded previous = prefetchedLoad;
        tasks.run(() -> {
            for (QueueRow row : orders.page(pendingOldestFirst(), 0, 2)) {
                if (!row.orderId().equals(shownId)) {
                    if (previous != null && previous.order().id().equals(row.orderId()) && previous.order().version() == row.version()) {
                        return previous;
                    }
                    return load(row.orderId());
                }
            }
            return null;
        }, next -> {
            if (generation == prefetchGeneration) {
                prefetchedLoad = next;
                prefetched.set(next == null ? null : next.order());
            }
        }, failure -> {
            // Only a head start: "next" loads the order itself when this failed.
            if (generation == prefetchGeneration) {
                prefetchedLoad = null;
                prefetched.set(null);
            }
        });
    }

    /** The order loaded ahead for "next" (its images can be decoded ahead too); null when none. */
    public ReadOnlyObjectProperty<Order> prefetchedProperty() {
        return prefetched.getReadOnlyProperty();
    }

    /** Opens the oldest pending order (at once when it was prefetched), or goes back to the queue when there is none. */
    public void openNext() {
        busy.set(true);
        tasks.run(() -> orders.page(pendingOldestFirst(), 0, 1),
                page -> {
                    busy.set(false);
                    if (page.isEmpty()) {
                        String done = status.get();
                        close();
                        status.set(done);
                        return;
                    }
                    QueueRow next = page.get(0);
                    Loaded ready = prefetchedLoad;
                    if (ready != null && ready.order().id().equals(next.orderId()) && ready.order().version() == next.version()) {
                        showPrefetched(ready);
                    } else {
                        open(next.orderId());
                    }
                }, this::failed);
    }

    private void showPrefetched(Loaded ready) {
        String orderId = ready.order().id();
        showing.set(true);
        history.set(OrderHistory.empty());
        show(new Loaded(ready.order(), OrderStatus.PENDING, ready.findings(), ready.checklist(), ready.readings()));
        tasks.run(() -> reviews.history(orderId), loaded -> {
            Order shown = order.get();
            if (shown == null || shown.id().equals(orderId)) {
                history.set(loaded);
            }
        }, this::failed);
    }

    /** Reasons for the reject dialog: those suggested by findings (errors and warnings) first, then the whole catalogue. */
    public List<ReasonChoice> reasonChoices() {
        Map<String, ReasonChoice> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO || out.containsKey(f.code())) {
                continue;
            }
            reviews.reasons().stream().filter(r -> r.code().equals(f.code())).findFirst().ifPresent(r ->
                    out.put(r.code(), new ReasonChoice(r, true, f.fields(), f.message() != null && f.message().zh() != null
                            ? f.message().zh() : r.zh())));
        }
        for (Reason r : reviews.reasons()) {
            out.putIfAbsent(r.code(), new ReasonChoice(r, false, List.of(), r.zh()));
        }
        return List.copyOf(out.values());
    }

    /** The fields an assisted edit may change on the open order. */
    public List<EditableFields.Editable> editableFields() {
        Order o = order.get();
        return o == null ? List.of() : reviews.editableFields(o);
    }

    public boolean consentsToAssistedEdit() {
        return order.get() != null && order.get().consentsToAssistedEdit();
    }

    /** The bytes of a material of the open order; call it from background work. */
    public byte[] materialBytes(String orderId, String materialId) {
        return orders.materialBytes(orderId, materialId).orElseThrow(() -> new IllegalStateException("No bytes for " + materialId));
    }

    public void setStatus(String text) {
        status.set(text);
    }

    public ReadOnlyObjectProperty<Order> orderProperty() {
        return order.getReadOnlyProperty();
    }

    public ObservableList<Material> materials() {
        return materials;
    }

    public ObservableList<FieldComparison.Row> fields() {
        return fields;
    }

    public ObservableList<Finding> findings() {
        return findings;
    }

    public ObservableList<Finding> openErrors() {
        return openErrors;
    }

    public ObservableList<Prompt> prompts() {
        return prompts;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The viewer's brightness, -1..1; 0 shows the image as stored. View only. */
    public javafx.beans.property.DoubleProperty brightnessProperty() {
        return brightness;
    }

    /** The viewer's contrast, -1..1; 0 shows the image as stored. View only. */
    public javafx.beans.property.DoubleProperty contrastProperty() {
        return contrast;
    }

    /** Shows the image as stored again (brightness and contrast 0). */
    public void resetAdjustments() {
        brightness.set(0);
        contrast.set(0);
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding decideDisabledProperty() {
        return decideDisabled;
    }

    public boolean isDecideDisabled() {
        return decideDisabled.get();
    }

    public Messages messages() {
        return messages;
    }

    /** The language of the view's texts (set again when the window switches language). */
    public void setMessages(Messages messages) {
        this.messages = messages;
    }
}
