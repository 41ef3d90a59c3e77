package org.icpdesk.order.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.icpdesk.AppContext;
import org.icpdesk.common.Progress;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.testing.SmallBundles;
import org.icpdesk.ui.task.ImmediateTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue's filters on a real temporary store: province, type and subject kind reach the store's query (the
 * SmallBundles orders 1..12 lie in provinces 44/45/46 by n % 3 and are individuals for odd n, units for even n).
 */
class QueueFiltersStoreTest {
    @TempDir
    Path dir;
    AppContext app;
    QueueViewModel viewModel;

    @BeforeEach
    void open() throws Exception {
        app = AppContext.open(dir.resolve("store"), null, Clock.systemUTC());
        app.imports().importBundle(SmallBundles.write(dir.resolve("b.zip"), SmallBundles.orders(12, 1, ""), "", 16),
                Actor.system(), Progress.NONE);
        viewModel = new QueueViewModel(app.orders(), new ImmediateTaskRunner());
        viewModel.refresh();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void provinceFilterShowsOnlyThatProvinceAndKeepsTheTotal() {
        viewModel.provinceFilterProperty().set("44");
        assertThat(viewModel.shownProperty().get()).isEqualTo(4);
        assertThat(viewModel.totalProperty().get()).isEqualTo(12);
        assertThat(viewModel.rows()).hasSize(4).allSatisfy(row -> assertThat(row.province()).isEqualTo("44"));
    }

    @Test
    void subjectKindAndProvinceCombine() {
        viewModel.subjectKindFilterProperty().set("unit");
        assertThat(viewModel.rows()).hasSize(6).allSatisfy(row -> assertThat(row.subjectKind()).isEqualTo("unit"));
        viewModel.provinceFilterProperty().set("45");
        // n even and n % 3 == 1: 4, 10
        assertThat(viewModel.rows()).extracting(QueueRow::orderId).containsExactlyInAnyOrder("ICPT000004", "ICPT000010");
    }

    @Test
    void typeFilterAsksTheStoreAndBlankMeansAny() {
        viewModel.typeFilterProperty().set("add-site");
        assertThat(viewModel.shownProperty().get()).isZero();
        assertThat(viewModel.rows()).isEmpty();
        viewModel.typeFilterProperty().set("new-filing");
        assertThat(viewModel.rows()).hasSize(12);
        viewModel.typeFilterProperty().set(" ");
        assertThat(viewModel.query().type()).isNull();
        assertThat(viewModel.shownProperty().get()).isEqualTo(12);
    }

    @Test
    void everyFilterTogetherWithStatus() {
        viewModel.statusFilterProperty().set(OrderStatus.PENDING);
        viewModel.provinceFilterProperty().set("46");
        viewModel.subjectKindFilterProperty().set("individual");
        viewModel.typeFilterProperty().set("new-filing");
        // n odd and n % 3 == 2: 5, 11
        assertThat(viewModel.rows()).extracting(QueueRow::orderId).containsExactlyInAnyOrder("ICPT000005", "ICPT000011");
    }
}
