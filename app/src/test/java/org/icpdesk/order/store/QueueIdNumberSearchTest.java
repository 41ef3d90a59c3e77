package org.icpdesk.order.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.icpdesk.AppContext;
import org.icpdesk.common.Progress;
import org.icpdesk.demo.DemoGenerator;
import org.icpdesk.order.domain.Masking;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.security.domain.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue's text search finds orders by a resident ID number, whole or masked as the desk shows it
 * ({@code 4403**********1234}): every order whose subject principal, website principal or individual subject holds a
 * matching number, and no other.
 */
class QueueIdNumberSearchTest {
    @TempDir
    static Path dir;
    static AppContext app;
    static List<Order> orders = new ArrayList<>();

    @BeforeAll
    static void store() throws Exception {
        new DemoGenerator(41).write(dir.resolve("demo.zip"), 16);
        app = AppContext.open(dir.resolve("store"), null, Clock.systemUTC());
        app.imports().importBundle(dir.resolve("demo.zip"), Actor.system(), Progress.NONE);
        app.orders().allIds().forEach(id -> orders.add(app.orders().find(id).orElseThrow()));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    static Stream<String> numbers(Order o) {
        Stream<String> people = Stream.concat(Stream.of(o.principal()), o.sites().stream().map(Site::principal))
                .filter(p -> p != null).map(Principal::idNumber);
        return Stream.concat(people, o.subject().isUnit() ? Stream.empty() : Stream.of(o.subject().certificateNumber()));
    }

    static List<String> search(String text) {
        QueueQuery q = QueueQuery.all().withText(text);
        List<String> page = app.orders().page(q, 0, 200).stream().map(QueueRow::orderId).toList();
        assertThat(app.orders().count(q)).as("count of %s", text).isEqualTo(page.size());
        return page;
    }

    @Test
    void findsOrdersByAWholeOrMaskedIdNumber() {
        int searched = 0;
        for (Order o : orders) {
            String id = o.principal().idNumber();
            if (id == null || !id.matches("\\d{17}[\\dX]")) {
                continue;
            }
            searched++;
            Set<String> holders = orders.stream().filter(x -> numbers(x).anyMatch(id::equals)).map(Order::id).collect(Collectors.toSet());
            assertThat(holders).contains(o.id());
            assertThat(search(id)).as("whole %s", id).containsExactlyInAnyOrderElementsOf(holders);
            assertThat(search(id.toLowerCase(Locale.ROOT))).as("lower-case x").containsExactlyInAnyOrderElementsOf(holders);

            String masked = Masking.idNumber(id);
            Pattern mask = Pattern.compile(masked.replace("*", "\\d"));
            Set<String> alike = orders.stream().filter(x -> numbers(x).anyMatch(n -> n != null && mask.matcher(n).matches()))
                    .map(Order::id).collect(Collectors.toSet());
            assertThat(alike).containsAll(holders);
            assertThat(search(masked)).as("masked %s", masked).containsExactlyInAnyOrderElementsOf(alike);
            assertThat(search("  " + masked + " ")).as("with spaces around").containsExactlyInAnyOrderElementsOf(alike);
        }
        assertThat(searched).as("orders with a resident ID number").isGreaterThan(5);
        assertThat(search("9999**********0000")).isEmpty();
        assertThat(search("999999999999999990")).isEmpty();
    }
}
