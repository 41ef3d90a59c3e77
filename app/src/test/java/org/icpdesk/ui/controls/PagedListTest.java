package org.icpdesk.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.icpdesk.ui.task.DeferredTaskRunner;
import org.icpdesk.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;

class PagedListTest {
    final List<String> asked = new ArrayList<>();
    final List<Exception> failures = new ArrayList<>();
    final List<String> changes = new ArrayList<>();

    PagedList.PageSource<String> numbers(String prefix) {
        return (offset, limit) -> {
            asked.add(offset + "+" + limit);
            return IntStream.range(offset, offset + limit).mapToObj(i -> prefix + i).toList();
        };
    }

    PagedList<String> list(DeferredTaskRunner tasks, int size) {
        PagedList<String> list = new PagedList<>(200, 4, tasks, failures::add);
        list.reset(size, numbers("row"));
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replace " : c.wasAdded() ? "add " : "remove ") + c.getFrom() + "-" + c.getTo()
                        + (c.wasRemoved() ? " removing " + c.getRemovedSize() : ""));
            }
        });
        return list;
    }

    @Test
    void fetchesOnlyThePageThatIsReadAndAnnouncesItsArrival() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        PagedList<String> list = list(tasks, 100_000);

        assertThat(list.size()).isEqualTo(100_000);
        assertThat(list.get(450)).isNull();
        assertThat(list.get(451)).isNull();
        assertThat(tasks.queued()).as("one fetch for the page").isEqualTo(1);

        tasks.runAll();

        assertThat(asked).containsExactly("400+200");
        assertThat(changes).containsExactly("replace 400-600 removing 200");
        assertThat(list.get(450)).isEqualTo("row450");
        assertThat(list.isLoaded(399)).isFalse();
    }

    @Test
    void anImmediateRunnerDeliversWithinGetWithoutAChangeEvent() {
        PagedList<String> list = new PagedList<>(200, 4, new ImmediateTaskRunner(), failures::add);
        list.reset(1_000, numbers("row"));
        list.addListener((ListChangeListener<String>) c -> changes.add("change"));
        assertThat(list.get(0)).isEqualTo("row0");
        assertThat(list.get(999)).isEqualTo("row999");
        assertThat(asked).containsExactly("0+200", "800+200");
        assertThat(changes).isEmpty();
    }

    @Test
    void keepsOnlyTheRecentlyUsedPages() {
        PagedList<String> list = new PagedList<>(10, 3, new ImmediateTaskRunner(), failures::add);
        list.reset(100, numbers("row"));
        for (int page = 0; page < 6; page++) {
            list.get(page * 10);
        }
        assertThat(list.loadedPages()).isEqualTo(3);
        assertThat(list.isLoaded(0)).isFalse();
        assertThat(list.isLoaded(50)).isTrue();
    }

    @Test
    void theLastPageAsksOnlyForWhatIsLeft() {
        PagedList<String> list = new PagedList<>(200, 4, new ImmediateTaskRunner(), failures::add);
        list.reset(450, numbers("row"));
        assertThat(list.get(449)).isEqualTo("row449");
        assertThat(asked).containsExactly("400+50");
    }

    @Test
    void resetAnnouncesTheNewSizeAndDropsPagesOfTheOldQuery() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        PagedList<String> list = list(tasks, 1_000);
        list.get(0);

        list.reset(30, numbers("new"));
        tasks.runAll();

        assertThat(changes).containsExactly("replace 0-30 removing 1000");
        assertThat(list.isLoaded(0)).as("the old query's page arrived late").isFalse();
        list.get(0);
        tasks.runAll();
        assertThat(list.get(0)).isEqualTo("new0");
    }

    @Test
    void skipsPagesScrolledFarAwayFromBeforeAWorkerGotToThem() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        PagedList<String> list = list(tasks, 100_000);
        list.get(0);
        list.get(50_000);
        tasks.runAll();
        assertThat(asked).containsExactly("50000+200");
        assertThat(list.isLoaded(0)).isFalse();
    }

    @Test
    void aFailedFetchIsReportedAndTriedAgainOnTheNextRead() {
        ImmediateTaskRunner tasks = new ImmediateTaskRunner();
        PagedList<String> list = new PagedList<>(200, 4, tasks, failures::add);
        boolean[] fail = {true};
        list.reset(10, (offset, limit) -> {
            if (fail[0]) {
                throw new IllegalStateException("store closed");
            }
            return List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        });
        assertThat(list.get(3)).isNull();
        assertThat(failures).hasSize(1);
        fail[0] = false;
        assertThat(list.get(3)).isEqualTo("d");
    }

    @Test
    void searchingNeverFetches() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        PagedList<String> list = list(tasks, 100_000);
        assertThat(list.indexOf("row5")).isEqualTo(-1);
        assertThat(tasks.queued()).isZero();
        list.get(5);
        tasks.runAll();
        assertThat(list.indexOf("row5")).isEqualTo(5);
        assertThat(list.contains("row199")).isTrue();
    }
}
