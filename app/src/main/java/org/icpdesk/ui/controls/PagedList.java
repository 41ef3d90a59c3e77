package org.icpdesk.ui.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;
import org.icpdesk.ui.task.TaskRunner;

/**
 * A read-only list that fetches its items a page at a time, on demand, through the {@link TaskRunner}. Until
 * its page has arrived an item reads as {@code null}; when it arrives the list fires a replace change for the
 * page, so a {@code TableView} shows it. At most {@code maxPages} pages are kept (least recently used go
 * first), so a queue of 100,000 orders never sits in memory. {@link #reset} points the same list at a new
 * query (a table clears its sort order when its items list is replaced, so the list stays). Use on the FX thread.
 *
 * <p>Searching methods ({@link #indexOf}, {@link #contains}) look at loaded items only: they never fetch.
 */
public final class PagedList<T> extends ObservableListBase<T> {
    /** Where pages come from; called on a worker thread. */
    @FunctionalInterface
    public interface PageSource<T> {
        List<T> page(int offset, int limit) throws Exception;
    }

    private final int pageSize;
    private final int maxPages;
    private final TaskRunner tasks;
    private final Consumer<? super Exception> onFailure;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(16, 0.75f, true);
    private final Set<Integer> loading = new HashSet<>();
    private int size;
    private PageSource<T> source = (offset, limit) -> List.of();
    private long generation;
    private volatile int lastWantedPage;
    private boolean inGet;

    /** An empty list; {@link #reset} gives it a size and a source. */
    public PagedList(int pageSize, int maxPages, TaskRunner tasks, Consumer<? super Exception> onFailure) {
        if (pageSize < 1 || maxPages < 2) {
            throw new IllegalArgumentException("page size " + pageSize + ", pages kept " + maxPages);
        }
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    /** Drops every item and page and becomes {@code newSize} items read from {@code newSource}. */
    public void reset(int newSize, PageSource<T> newSource) {
        if (newSize < 0) {
            throw new IllegalArgumentException("size " + newSize);
        }
        int oldSize = size;
        generation++;
        pages.clear();
        loading.clear();
        lastWantedPage = 0;
        size = newSize;
        source = newSource;
        if (oldSize == 0 && newSize == 0) {
            return;
        }
        beginChange();
        if (oldSize > 0) {
            nextRemove(0, Collections.nCopies(oldSize, null));
        }
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    /**
     * Grows the list to {@code newSize} items of the same source (an exact count arrived after a capped one): pages
     * already here stay, a partial last page is fetched again.
     */
    public void grow(int newSize) {
        if (newSize < size) {
            throw new IllegalArgumentException("size " + newSize + " < " + size);
        }
        if (newSize == size) {
            return;
        }
        int oldSize = size;
        if (!loading.isEmpty()) {
            // Pages in flight were asked with the old size: ignore them, they are asked again when read.
            generation++;
            loading.clear();
        }
        if (oldSize % pageSize != 0) {
            pages.remove(oldSize / pageSize);
        }
        size = newSize;
        beginChange();
        nextAdd(oldSize, newSize);
        endChange();
    }

    @Override
    public int size() {
        return size;
    }

    /** The item, or null while its page is being fetched (the fetch starts here). */
    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("Index " + index + ", size " + size);
        }
        int page = index / pageSize;
        lastWantedPage = page;
        List<T> rows = pages.get(page);
        if (rows == null) {
            inGet = true;
            try {
                request(page);
            } finally {
                inGet = false;
            }
            rows = pages.get(page);   // an immediate runner has already delivered it
        }
        int offset = index - page * pageSize;
        return rows != null && offset < rows.size() ? rows.get(offset) : null;
    }

    /** Whether the item at {@code index} has arrived (no fetch). */
    public boolean isLoaded(int index) {
        List<T> rows = pages.get(index / pageSize);
        return rows != null && index % pageSize < rows.size();
    }

    /** Pages held in memory now. */
    public int loadedPages() {
        return pages.size();
    }

    @Override
    public int indexOf(Object item) {
        for (Map.Entry<Integer, List<T>> page : new ArrayList<>(pages.entrySet())) {
            int at = page.getValue().indexOf(item);
            if (at >= 0) {
                return page.getKey() * pageSize + at;
            }
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object item) {
        return indexOf(item);
    }

    @Override
    public boolean contains(Object item) {
        return indexOf(item) >= 0;
    }

    private void request(int page) {
        if (!loading.add(page)) {
            return;
        }
        long requested = generation;
        PageSource<T> from = source;
        int offset = page * pageSize;
        int limit = Math.min(pageSize, size - offset);
        tasks.run(() -> stillWanted(page) ? from.page(offset, limit) : null,
                rows -> {
                    if (requested == generation) {
                        arrived(page, rows);
                    }
                },
                failure -> {
                    if (requested == generation) {
                        loading.remove(page);
                        onFailure.accept(failure);
                    }
                });
    }

    /** Skips pages the user scrolled far away from before a worker got to them. */
    private boolean stillWanted(int page) {
        return Math.abs(page - lastWantedPage) <= maxPages / 2;
    }

    private void arrived(int page, List<T> rows) {
        loading.remove(page);
        if (rows == null) {            // skipped on the worker; the user may have come back meanwhile
            if (stillWanted(page)) {
                request(page);
            }
            return;
        }
        pages.put(page, List.copyOf(rows));
        while (pages.size() > maxPages) {
            pages.remove(pages.keySet().iterator().next());
        }
        if (!inGet) {
            int from = page * pageSize;
            int to = Math.min(from + rows.size(), size);
            if (to > from) {
                beginChange();
                nextReplace(from, to, Collections.nCopies(to - from, null));
                endChange();
            }
        }
    }
}
