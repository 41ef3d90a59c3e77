package org.icpdesk.order.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.icpdesk.AppContext;
import org.icpdesk.common.Progress;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pair counts and candidate lists the DAO keeps between searches are forgotten when pairs are written: a search
 * repeated after an import (new orders, and a new version whose name no longer holds the text) sees the new store.
 */
class SearchCandidatesAfterWriteTest {
    @TempDir
    Path dir;

    @Test
    void aSearchAfterAnImportSeesItsOrders() {
        try (AppContext app = AppContext.open(dir.resolve("store"), null, Clock.systemUTC())) {
            app.imports().importBundle(SmallBundles.write(dir.resolve("a.zip"), SmallBundles.orders(30, 1, ""), "", 8),
                    Actor.system(), Progress.NONE);
            // Two characters (exact pair count), a longer text (intersection of pairs), the same with a page.
            assertThat(app.orders().count(QueueQuery.all().withText("单位"))).isEqualTo(30);
            assertThat(app.orders().count(QueueQuery.all().withText("测试单位3"))).isEqualTo(2);   // 3, 30
            assertThat(ids(app, "测试单位3")).containsExactlyInAnyOrder("ICPT000003", "ICPT000030");

            List<org.icpdesk.order.domain.Order> more = new java.util.ArrayList<>(SmallBundles.orders(35, 1, ""));
            more.set(2, SmallBundles.order(3, 2, "改"));   // order 3, version 2: "测试单位3改"
            app.imports().importBundle(SmallBundles.write(dir.resolve("b.zip"), more, "", 8), Actor.system(), Progress.NONE);

            assertThat(app.orders().count(QueueQuery.all().withText("单位"))).isEqualTo(35);
            assertThat(app.orders().countUpTo(QueueQuery.all().withText("单位"), 32)).isEqualTo(32);
            assertThat(ids(app, "测试单位3")).containsExactlyInAnyOrder("ICPT000003", "ICPT000030", "ICPT000031", "ICPT000032",
                    "ICPT000033", "ICPT000034", "ICPT000035");
            assertThat(ids(app, "位3改")).containsExactly("ICPT000003");
            assertThat(app.orders().count(QueueQuery.all().withText("3改"))).isEqualTo(1);
        }
    }

    private static List<String> ids(AppContext app, String text) {
        return app.orders().page(QueueQuery.all().withText(text), 0, 100).stream().map(QueueRow::orderId).toList();
    }
}
