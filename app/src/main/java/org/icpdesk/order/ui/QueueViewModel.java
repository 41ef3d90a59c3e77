package org.icpdesk.order.ui;

import java.time.Clock;
import java.time.OffsetDateTime;
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
import org.icpdesk.order.service.DueFilter;
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
    private final ReadOnlyObjectWrapper<QueueSort> sort = new ReadOnlyObjectWrapper<>(this, "sort", QueueSort.SUBMITTED);
    private final ReadOnlyObjectWrapper<Boolean> ascending = new ReadOnlyObjectWrapper<>(this, "ascending", true);
    private final PagedList<QueueRow> rows;
    private final ReadOnlyLongWrapper shown = new ReadOnlyLongWrapper(this, "shown", -1);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total", -1);
    private final ReadOnlyObjectWrapper<Exception> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private final Clock clock;
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
        this.queue = queue;
        this.tasks = tasks;
        this.clock = clock;
        this.rows = new PagedList<>(pageSize, PAGES_KEPT, tasks, this::failed);
        statusFilter.addListener(o -> refresh());
        searchText.addListener(o -> refresh());
        provinceFilter.addListener(o -> refresh());
        dueFilter.addListener(o -> refresh());
        typeFilter.addListener(o -> refresh());
        subjectKindFilter.addListener(o -> refresh());
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
        return new QueueQuery(statuses, blankToNull(provinceFilter.get()), blankToNull(typeFilter.get()),
                blankToNull(subjectKindFilter.get()), text, sort.get(), ascending.get(), due,
                due == DueFilter.ANY ? null : now());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Counts and re-reads the queue for the current filter and sort. */
    public void refresh() {
        QueueQuery query = query();
        long current = ++generation;
        boolean filtered = !query.statuses().isEmpty() || query.text() != null || query.province() != null
                || query.type() != null || query.subjectKind() != null || query.due() != DueFilter.ANY;
        tasks.run(() -> {
            long matching = queue.count(query);
            return new long[] {matching, filtered ? queue.count(QueueQuery.all()) : matching};
        }, counts -> {
            if (current != generation) {
                return;
            }
            failure.set(null);
            int size = (int) Math.min(Integer.MAX_VALUE, counts[0]);
            rows.reset(size, (offset, limit) -> queue.page(query, offset, limit));
            shown.set(counts[0]);
            total.set(counts[1]);
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
