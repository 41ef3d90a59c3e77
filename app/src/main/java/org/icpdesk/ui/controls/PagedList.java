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
 * A read-only list of {@code size} items that fetches them a page at a time, on demand, through the
 * {@link TaskRunner}. Until its page has arrived an item reads as {@code null}; when it arrives the list fires a
 * replace change for the page, so a {@code TableView} shows it. At most {@code maxPages} pages are kept (least
 * recently used go first), so a queue of 100,000 orders never sits in memory. Use on the FX thread.
 *
 * <p>Searching methods ({@link #indexOf}, {@link #contains}) look at loaded items only: they never fetch.
 */
public final class PagedList<T> extends ObservableListBase<T> {
    /** Where pages come from; called on a worker thread. */
    @FunctionalInterface
    public interface PageSource<T> {
        List<T> page(int offset, int limit) throws Exception;
    }

    private final int size;
    private final int pageSize;
    private final int maxPages;
    private final PageSource<T> source;
    private final TaskRunner tasks;
    private final Consumer<? super Exception> onFailure;
    private final Map<Integer, List<T>> pages;
    private final Set<Integer> loading = new HashSet<>();
    private volatile int lastWantedPage;
    private boolean inGet;

    public PagedList(int size, int pageSize, int maxPages, PageSource<T> source, TaskRunner tasks,
                     Consumer<? super Exception> onFailure) {
        if (size < 0 || pageSize < 1 || maxPages < 2) {
            throw new IllegalArgumentException("size " + size + ", page size " + pageSize + ", pages " + maxPages);
        }
        this.size = size;
        this.pageSize = pageSize;
        this.maxPages = maxPages;
        this.source = source;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.pages = new LinkedHashMap<>(16, 0.75f, true);
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
        int offset = page * pageSize;
        int limit = Math.min(pageSize, size - offset);
        tasks.run(() -> stillWanted(page) ? source.page(offset, limit) : null,
                rows -> arrived(page, rows),
                failure -> {
                    loading.remove(page);
                    onFailure.accept(failure);
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
            Integer eldest = pages.keySet().iterator().next();
            pages.remove(eldest);
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
