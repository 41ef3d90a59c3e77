package org.icpdesk.order.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icpdesk.AppContext;
import org.icpdesk.common.Progress;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.store.JdbiTx;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Orders stored before V8 (here 2,504: more than one batch of 2,000) get their text-search pairs when the store opens, in batches, exactly as an import writes them. */
class SearchGramFillTest {
    @TempDir
    Path dir;

    private static Set<String> pairs(AppContext app) {
        return new HashSet<>(app.store().read(tx -> JdbiTx.handle(tx)
                .createQuery("SELECT order_id || '|' || gram FROM order_search_gram").mapTo(String.class).list()));
    }

    @Test
    void aStoreFromBeforeV8IsFilledAtOpenAndSearchesAsBefore() {
        Path store = dir.resolve("store");
        Set<String> written;
        List<String> found;
        try (AppContext app = AppContext.open(store, null, Clock.systemUTC())) {
            app.imports().importBundle(SmallBundles.write(dir.resolve("b.zip"), SmallBundles.orders(2504, 1, ""), "", 8),
                    Actor.system(), Progress.NONE);
            written = pairs(app);
            found = app.orders().page(QueueQuery.all().withText("单位25"), 0, 500).stream().map(r -> r.orderId()).toList();
            // As the store was before V8: no pairs, the fill marker set.
            app.store().inTransaction(tx -> {
                JdbiTx.handle(tx).execute("DELETE FROM order_search_gram");
                JdbiTx.handle(tx).execute("INSERT INTO order_search_gram_fill (after_id) VALUES ('')");
                return null;
            });
            assertThat(pairs(app)).isEmpty();
        }
        assertThat(written).isNotEmpty();
        assertThat(found).hasSizeGreaterThan(10);
        try (AppContext app = AppContext.open(store, null, Clock.systemUTC())) {
            assertThat(pairs(app)).isEqualTo(written);
            assertThat(app.store().<Long>read(tx -> JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM order_search_gram_fill")
                    .mapTo(Long.class).one())).isZero();
            assertThat(app.orders().page(QueueQuery.all().withText("单位25"), 0, 500)).extracting(r -> r.orderId())
                    .containsExactlyElementsOf(found);
        }
    }
}
