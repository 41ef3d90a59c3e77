package org.icpdesk.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.service.FakeOrderQueue;
import org.icpdesk.order.service.OrderQueue;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.order.service.RecordingOrderQueue;
import org.icpdesk.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.Test;

class QueueViewModelTest {
    final RecordingOrderQueue queue = new RecordingOrderQueue(FakeOrderQueue.withOrders(1_000));
    final QueueViewModel viewModel = new QueueViewModel(queue, new ImmediateTaskRunner(), 100);

    @Test
    void refreshCountsAndReadsOnlyWhatIsShown() {
        viewModel.refresh();
        assertThat(viewModel.rows()).hasSize(1_000);
        assertThat(viewModel.shownProperty().get()).isEqualTo(1_000);
        assertThat(viewModel.totalProperty().get()).isEqualTo(1_000);
        assertThat(queue.served()).isZero();
        assertThat(viewModel.rows().get(150).orderId()).isEqualTo(queue.delegate().page(QueueQuery.all(), 150, 1).get(0).orderId());
        assertThat(queue.served()).isEqualTo(100);
    }

    @Test
    void theStatusFilterAsksTheStoreAndKeepsTheTotal() {
        viewModel.refresh();
        viewModel.statusFilterProperty().set(OrderStatus.APPROVED);
        assertThat(viewModel.shownProperty().get()).isEqualTo(100);
        assertThat(viewModel.totalProperty().get()).isEqualTo(1_000);
        assertThat(viewModel.rows()).hasSize(100).allSatisfy(row -> assertThat(row.status()).isEqualTo(OrderStatus.APPROVED));
        assertThat(queue.lastQuery().statuses()).as("the page query").containsExactly(OrderStatus.APPROVED);
    }

    @Test
    void searchTextIsTrimmedAndBlankMeansAll() {
        viewModel.searchTextProperty().set("  示例  ");
        assertThat(viewModel.query().text()).isEqualTo("示例");
        viewModel.searchTextProperty().set("   ");
        assertThat(viewModel.query().text()).isNull();
    }

    @Test
    void sortingAsksTheStoreOnceAndOnlyOnChange() {
        viewModel.refresh();
        int asked = queue.queries().size();
        viewModel.sortBy(QueueSort.SUBMITTED, true);
        assertThat(queue.queries()).hasSize(asked);

        viewModel.sortBy(QueueSort.PROVINCE, false);
        assertThat(queue.lastQuery()).isEqualTo(new QueueQuery(Set.of(), null, null, null, null, QueueSort.PROVINCE, false));
        QueueRow first = viewModel.rows().get(0);
        assertThat(first.province()).isEqualTo("65");

        viewModel.sortBy(null, false);
        assertThat(viewModel.getSort()).isEqualTo(QueueSort.SUBMITTED);
        assertThat(viewModel.isAscending()).isTrue();
    }

    @Test
    void aFailedReadIsKeptForTheViewAndClearedByTheNextRead() {
        boolean[] broken = {true};
        OrderQueue flaky = new OrderQueue() {
            @Override
            public long count(QueueQuery query) {
                if (broken[0]) {
                    throw new IllegalStateException("store closed");
                }
                return 0;
            }

            @Override
            public List<QueueRow> page(QueueQuery query, int offset, int limit) {
                return List.of();
            }
        };
        QueueViewModel model = new QueueViewModel(flaky, new ImmediateTaskRunner());
        model.refresh();
        assertThat(model.failureProperty().get()).hasMessage("store closed");
        broken[0] = false;
        model.refresh();
        assertThat(model.failureProperty().get()).isNull();
        assertThat(model.shownProperty().get()).isZero();
    }
}
