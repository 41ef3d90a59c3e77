package org.icpdesk.order.ui;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.domain.WorkingDays;
import org.icpdesk.order.service.DueFilter;
import org.icpdesk.order.service.FindingsFilter;
import org.icpdesk.order.service.OrderQueue;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.ui.controls.PagedList;
import org.icpdesk.ui.task.TaskRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review queue: filter, sort and the rows, read page by page from the store through {@link OrderQueue}.
 * Every change of filter or sort asks the store again (counted and sorted there, never in memory).
 */
public final class QueueViewModel {
    public static final int PAGE_SIZE = 200;
    /** A filter matching more orders is counted only this far before the rows show; the exact count follows. */
    public static final int COUNT_CAP = OrderQueue.COUNT_CAP;
    /** The age filter's choices, in working days since submission. */
    public static final List<Integer> AGE_CHOICES = List.of(1, 3, 5, 10, 20);
    private static final int PAGES_KEPT = 10;
    private static final Logger LOG = LoggerFactory.getLogger(QueueViewModel.class);

    private final OrderQueue queue;
    private final TaskRunner tasks;
    private final ObjectProperty<OrderStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<DueFilter> dueFilter = new SimpleObjectProperty<>(this, "dueFilter", DueFilter.ANY);
    private final StringProperty provinceFilter = new SimpleStringProperty(this, "provinceFilter");
    private final StringProperty typeFilter = new SimpleStringProperty(this, "typeFilter");
    private final StringProperty subjectKindFilter = new SimpleStringProperty(this, "subjectKindFilter");
    private final ObjectProperty<FindingsFilter> findingsFilter = new SimpleObjectProperty<>(this, "findingsFilter", FindingsFilter.ANY);
    private final ObjectProperty<Integer> minAgeFilter = new SimpleObjectProperty<>(this, "minAgeFilter");
    private final javafx.beans.property.ReadOnlyBooleanWrapper countCapped = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "countCapped");
    private final ReadOnlyObjectWrapper<QueueSort> sort = new ReadOnlyObjectWrapper<>(this, "sort", QueueSort.SUBMITTED);
    private final ReadOnlyObjectWrapper<Boolean> ascending = new ReadOnlyObjectWrapper<>(this, "ascending", true);
    private final PagedList<QueueRow> rows;
    private final ReadOnlyLongWrapper shown = new ReadOnlyLongWrapper(this, "shown", -1);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total", -1);
    private final ReadOnlyObjectWrapper<Exception> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final Clock clock;
    private final WorkingDays workingDays;
    private long generation;

    private java.util.function.Consumer<QueueRow> onOpen = row -> { };

    public QueueViewModel(OrderQueue queue, TaskRunner tasks) {
        this(queue, tasks, Clock.systemDefaultZone());
    }

    /** {@code clock} tells "now" for the deadline filter and the time left (its zone: where today ends). */
    public QueueViewModel(OrderQueue queue, TaskRunner tasks, Clock clock) {
        this(queue, tasks, PAGE_SIZE, clock);
    }

    QueueViewModel(OrderQueue queue, TaskRunner tasks, int pageSize) {
        this(queue, tasks, pageSize, Clock.systemDefaultZone());
    }

    QueueViewModel(OrderQueue queue, TaskRunner tasks, int pageSize, Clock clock) {
        this(queue, tasks, pageSize, clock, WorkingDays.WEEKDAYS);
    }

    /** {@code workingDays} counts the age filter's working days (the rules' calendar in the window). */
    public QueueViewModel(OrderQueue queue, TaskRunner tasks, Clock clock, WorkingDays workingDays) {
        this(queue, tasks, PAGE_SIZE, clock, workingDays);
    }

    QueueViewModel(OrderQueue queue, TaskRunner tasks, int pageSize, Clock clock, WorkingDays workingDays) {
        this.queue = queue;
        this.tasks = tasks;
        this.clock = clock;
        this.workingDays = workingDays;
        this.rows = new PagedList<>(pageSize, PAGES_KEPT, tasks, this::failed);
        statusFilter.addListener(o -> refresh());
        searchText.addListener(o -> refresh());
        provinceFilter.addListener(o -> refresh());
        dueFilter.addListener(o -> refresh());
        typeFilter.addListener(o -> refresh());
        subjectKindFilter.addListener(o -> refresh());
        findingsFilter.addListener(o -> refresh());
        minAgeFilter.addListener(o -> refresh());
    }

    /** What opening a row does (the review workspace plugs in here; the queue knows no feature above it). */
    public void setOnOpen(java.util.function.Consumer<QueueRow> action) {
        this.onOpen = action == null ? row -> { } : action;
    }

    /** Opens a row (Enter or double-click in the table). */
    public void open(QueueRow row) {
        if (row != null) {
            onOpen.accept(row);
        }
    }

    /** Only orders of this status; null for all. */
    public ObjectProperty<OrderStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** Pending orders past their initial-review deadline, or due by the end of today; ANY for all. */
    public ObjectProperty<DueFilter> dueFilterProperty() {
        return dueFilter;
    }

    /** The current time as the deadline filter and the time-left column measure it. */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** Only orders of this province (GB/T 2260 code, e.g. {@code 44}); null or blank for all. */
    public StringProperty provinceFilterProperty() {
        return provinceFilter;
    }

    /** Only orders of this type (e.g. {@code new-filing}); null or blank for all. */
    public StringProperty typeFilterProperty() {
        return typeFilter;
    }

    /** Only orders whose subject is of this kind ({@code unit}, {@code individual}); null or blank for all. */
    public StringProperty subjectKindFilterProperty() {
        return subjectKindFilter;
    }

    /** Orders whose stored findings summary has errors or warnings, or none; ANY for all. */
    public ObjectProperty<FindingsFilter> findingsFilterProperty() {
        return findingsFilter;
    }

    /** Only orders at least this many working days old (since submission); null for all. */
    public ObjectProperty<Integer> minAgeFilterProperty() {
        return minAgeFilter;
    }

    /** True while {@link #shownProperty()} is the count cap, not the exact count (that follows). */
    public javafx.beans.property.ReadOnlyBooleanProperty countCappedProperty() {
        return countCapped.getReadOnlyProperty();
    }

    /** Working days from the day of {@code submitted} to today (the age column). */
    public int ageInWorkingDays(OffsetDateTime submitted) {
        if (submitted == null) {
            return 0;
        }
        return workingDays.between(submitted.atZoneSameInstant(clock.getZone()).toLocalDate(), LocalDate.now(clock));
    }

    /**
     * The instant before which an order is at least {@code days} working days old: the start of the day after the
     * latest day {@code d} with {@code days} working days after {@code d} up to today.
     */
    OffsetDateTime submittedBefore(int days) {
        LocalDate today = LocalDate.now(clock);
        LocalDate d = today.minusDays(1);
        // Working days are at most a few weeks of holidays apart: stop after a year.
        for (int i = 0; i < 366 + days * 7 && workingDays.between(d, today) < days; i++) {
            d = d.minusDays(1);
        }
        return d.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
    }

    /** Text searched in order id, subject name and domains; blank for all. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyObjectProperty<QueueSort> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    public QueueSort getSort() {
        return sort.get();
    }

    public boolean isAscending() {
        return ascending.get();
    }

    /**
     * The rows of the current query, fetched page by page as they are read; one list for the life of the view
     * model, reset on every new query (a table clears its sort order when its items list is replaced).
     */
    public ObservableList<QueueRow> rows() {
        return rows;
    }

    /** Orders that match the filter; -1 while counting. */
    public ReadOnlyLongProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** All orders in the store; -1 while counting. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The last failure to read the queue, null after a successful read. */
    public ReadOnlyObjectProperty<Exception> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Sorts by {@code column} (re-querying the store); no-op when that is the current sort. */
    public void sortBy(QueueSort column, boolean up) {
        QueueSort next = column == null ? QueueSort.SUBMITTED : column;
        boolean nextUp = column == null || up;
        if (next == sort.get() && nextUp == ascending.get()) {
            return;
        }
        sort.set(next);
        ascending.set(nextUp);
        refresh();
    }

    public QueueQuery query() {
        String text = searchText.get() == null || searchText.get().isBlank() ? null : searchText.get().strip();
        DueFilter due = dueFilter.get() == null ? DueFilter.ANY : dueFilter.get();
        Set<OrderStatus> statuses = statusFilter.get() == null ? Set.of() : Set.of(statusFilter.get());
        Integer age = minAgeFilter.get();
        return new QueueQuery(statuses, blankToNull(provinceFilter.get()), blankToNull(typeFilter.get()),
                blankToNull(subjectKindFilter.get()), text, sort.get(), ascending.get(), due,
                due == DueFilter.ANY ? null : now(), findingsFilter.get(), age == null || age <= 0 ? null : submittedBefore(age));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * Counts and re-reads the queue for the current filter and sort. A filter matching more than {@link #COUNT_CAP}
     * orders shows its rows after counting that far; the exact count follows in the background.
     */
    public void refresh() {
        QueueQuery query = query();
        long current = ++generation;
        boolean filtered = query.filtered();
        tasks.run(() -> {
            long matching = queue.countUpTo(query, COUNT_CAP + 1L);
            return new long[] {matching, filtered ? queue.countUpTo(QueueQuery.all(), Long.MAX_VALUE) : matching};
        }, counts -> {
            if (current != generation) {
                return;
            }
            failure.set(null);
            boolean capped = counts[0] > COUNT_CAP;
            long matching = capped ? COUNT_CAP : counts[0];
            rows.reset((int) matching, (offset, limit) -> queue.page(query, offset, limit));
            shown.set(matching);
            total.set(counts[1]);
            countCapped.set(capped);
            if (capped) {
                tasks.run(() -> queue.count(query), exact -> {
                    if (current == generation) {
                        int size = (int) Math.min(Integer.MAX_VALUE, exact);
                        if (size >= rows.size()) {
                            rows.grow(size);
                        } else {
                            rows.reset(size, (offset, limit) -> queue.page(query, offset, limit));
                        }
                        shown.set(exact);
                        countCapped.set(false);
                    }
                }, this::failed);
            }
        }, this::failed);
    }

    private void failed(Exception e) {
        if (e instanceof UserFacingException expected) {
            LOG.warn("Cannot read the review queue: {}", expected.userMessage().key());
        } else {
            LOG.error("Cannot read the review queue", e);
        }
        failure.set(e);
    }
}
