package org.icpdesk.order.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.icpdesk.AppContext;
import org.icpdesk.common.Progress;
import org.icpdesk.demo.LoadBundles;
import org.icpdesk.order.domain.FindingsRule;
import org.icpdesk.order.domain.FindingsSummary;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.domain.ReviewDueRule;
import org.icpdesk.order.service.FindingsFilter;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.store.Store;
import org.icpdesk.store.StoreFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queue's SQL (bigram candidates, LIKE scan, order-id prefix, capped count, findings and age filters) against a
 * brute-force filter and sort in Java over every order of a 400-order store, for many searched texts and filters, with
 * the bigram path forced on, off and mixed.
 */
class QueueQueryBruteForceTest {
    @TempDir
    static Path dir;
    static Store store;
    static Map<String, Order> orders;
    static Map<String, FindingsSummary> findings;
    static List<QueueRow> all;

    @BeforeAll
    static void fill() throws Exception {
        Path bundle = dir.resolve("load.zip");
        LoadBundles.write(bundle, 11, 0, 400);
        try (AppContext app = AppContext.open(dir.resolve("store"), null, Clock.systemUTC())) {
            app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
        }
        store = StoreFactory.open(dir.resolve("store"), null);
        JdbiOrderDao dao = new JdbiOrderDao();
        all = store.read(tx -> dao.page(tx, QueueQuery.all(), 0, 10_000));
        orders = store.read(tx -> all.stream().collect(Collectors.toMap(QueueRow::orderId, r -> dao.find(tx, r.orderId()).orElseThrow())));
        findings = store.read(tx -> all.stream().collect(Collectors.toMap(QueueRow::orderId, r -> dao.findings(tx, r.orderId()).orElseThrow())));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyOrderHasAFindingsSummaryAndBothFindingsFiltersAreUsed() {
        assertThat(all).hasSize(400);
        assertThat(findings.values()).anyMatch(FindingsSummary::clean).anyMatch(f -> !f.clean());
    }

    @Test
    void textSearchesMatchBruteForceOnEveryPath() {
        List<String> texts = searchedTexts();
        for (int selective : new int[] {0, 5, 4000}) {
            JdbiOrderDao dao = new JdbiOrderDao(ReviewDueRule.NONE, FindingsRule.NONE, selective);
            for (String text : texts) {
                for (QueueSort sort : List.of(QueueSort.SUBMITTED, QueueSort.SUBJECT, QueueSort.FINDINGS)) {
                    QueueQuery q = new QueueQuery(Set.of(), null, null, null, text, sort, sort != QueueSort.SUBJECT);
                    assertSame(dao, q, "selective " + selective + " text '" + text + "' " + sort);
                }
            }
        }
    }

    @Test
    void filtersAndTextTogetherMatchBruteForce() {
        JdbiOrderDao dao = new JdbiOrderDao();
        OffsetDateTime median = all.stream().map(QueueRow::submittedAt).sorted().toList().get(all.size() / 2);
        String province = all.get(0).province();
        String sample = subjectName(all.get(3)).substring(0, 2);
        for (QueueSort sort : List.of(QueueSort.ORDER_ID, QueueSort.SUBMITTED, QueueSort.DUE)) {
            for (FindingsFilter f : FindingsFilter.values()) {
                for (OffsetDateTime before : new OffsetDateTime[] {null, median}) {
                    for (String text : new String[] {null, sample, "icp2"}) {
                        for (String prov : new String[] {null, province}) {
                            for (Set<OrderStatus> statuses : List.of(Set.<OrderStatus>of(), Set.of(OrderStatus.PENDING))) {
                                QueueQuery q = new QueueQuery(statuses, prov, null, null, text, sort, sort != QueueSort.SUBMITTED)
                                        .withFindings(f).withSubmittedBefore(before);
                                assertSame(dao, q, sort + " " + f + " before " + before + " text " + text + " province " + prov
                                        + " " + statuses);
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void commonTextWithProvinceTypeAndKindMatchesBruteForce() {
        // More than 200 candidates: narrowed by the filters' ids read from their indexes; one or two characters count exactly.
        JdbiOrderDao dao = new JdbiOrderDao();
        String province = all.get(0).province();
        String type = all.get(5).type();
        String kind = all.get(5).subjectKind();
        for (String text : List.of("cp", "20", "com", ".c", "icp", "c", "2", "科")) {
            for (String[] f : List.of(new String[] {province, null, null}, new String[] {null, type, null},
                    new String[] {null, null, kind}, new String[] {province, type, kind}, new String[] {"99", null, null})) {
                for (QueueSort sort : List.of(QueueSort.SUBJECT, QueueSort.SUBMITTED)) {
                    for (Set<OrderStatus> statuses : List.of(Set.<OrderStatus>of(), Set.of(OrderStatus.PENDING))) {
                        QueueQuery q = new QueueQuery(statuses, f[0], f[1], f[2], text, sort, true);
                        assertSame(dao, q, "text " + text + " " + String.join("/", String.valueOf(f[0]), String.valueOf(f[1]),
                                String.valueOf(f[2])) + " " + sort + " " + statuses);
                    }
                }
            }
        }
    }

    @Test
    void largeMatchesReadThroughEverySortIndex() {
        // Every match counts as large: each page names its sort column's index.
        JdbiOrderDao dao = new JdbiOrderDao(ReviewDueRule.NONE, FindingsRule.NONE, 4000, 1);
        String type = all.get(5).type();
        for (QueueSort sort : QueueSort.values()) {
            for (boolean up : new boolean[] {true, false}) {
                assertSame(dao, new QueueQuery(Set.of(), null, type, null, null, sort, up), sort + " type " + up);
                assertSame(dao, QueueQuery.all().withText("com").sortedBy(sort, up), sort + " text " + up);
            }
        }
    }

    @Test
    void typeAndKindFiltersWithEverySortedIndexShape() {
        JdbiOrderDao dao = new JdbiOrderDao();
        String type = all.get(5).type();
        String kind = all.get(5).subjectKind();
        for (QueueSort sort : List.of(QueueSort.SUBMITTED, QueueSort.DUE, QueueSort.ORDER_ID)) {
            for (boolean up : new boolean[] {true, false}) {
                for (Set<OrderStatus> statuses : List.of(Set.<OrderStatus>of(), Set.of(OrderStatus.PENDING))) {
                    assertSame(dao, new QueueQuery(statuses, null, type, null, null, sort, up), sort + " type " + statuses);
                    assertSame(dao, new QueueQuery(statuses, null, null, kind, null, sort, up), sort + " kind " + statuses);
                    assertSame(dao, new QueueQuery(statuses, null, null, null, null, sort, up).withFindings(FindingsFilter.CLEAN),
                            sort + " clean " + statuses);
                }
            }
        }
        assertThat(JdbiOrderDao.sortedIndexPrefix(new QueueQuery(Set.of(OrderStatus.PENDING), "44", null, null, null,
                QueueSort.SUBMITTED, true), " ASC")).isEqualTo("o.province ASC, o.status ASC, ");
        assertThat(JdbiOrderDao.sortedIndexPrefix(QueueQuery.all().withFindings(FindingsFilter.CLEAN), " DESC"))
                .isEqualTo("o.has_findings DESC, ");
    }

    @Test
    void cappedCountIsTheCountUpToTheCap() {
        JdbiOrderDao dao = new JdbiOrderDao();
        QueueQuery common = QueueQuery.all().withFindings(FindingsFilter.WITH_FINDINGS);
        long exact = expected(common).size();
        assertThat(exact).isGreaterThan(20);
        assertThat(store.<Long>read(tx -> dao.countUpTo(tx, common, 20))).isEqualTo(20L);
        assertThat(store.<Long>read(tx -> dao.countUpTo(tx, common, exact + 5))).isEqualTo(exact);
        assertThat(store.<Long>read(tx -> dao.countUpTo(tx, QueueQuery.all(), 7))).isEqualTo(7L);
        assertThat(store.<Long>read(tx -> dao.countUpTo(tx, QueueQuery.all(), 10_000))).isEqualTo(400L);
    }

    private static void assertSame(JdbiOrderDao dao, QueueQuery q, String what) {
        List<String> want = expected(q).stream().map(QueueRow::orderId).toList();
        List<String> got = store.read(tx -> dao.page(tx, q, 0, 1000)).stream().map(QueueRow::orderId).toList();
        assertThat(got).as(what).containsExactlyElementsOf(want);
        assertThat(store.<Long>read(tx -> dao.count(tx, q))).as(what + " count").isEqualTo((long) want.size());
        assertThat(store.<Long>read(tx -> dao.countUpTo(tx, q, 3))).as(what + " capped").isEqualTo((long) Math.min(3, want.size()));
        if (want.size() > 4) {
            List<String> second = store.read(tx -> dao.page(tx, q, 2, 2)).stream().map(QueueRow::orderId).toList();
            assertThat(second).as(what + " page 2").containsExactlyElementsOf(want.subList(2, 4));
        }
    }

    /** Brute force: every order, filtered and sorted in Java. */
    private static List<QueueRow> expected(QueueQuery q) {
        Predicate<QueueRow> keep = r -> q.statuses().isEmpty() || q.statuses().contains(r.status());
        keep = keep.and(r -> q.province() == null || q.province().equals(r.province()));
        keep = keep.and(r -> q.type() == null || q.type().equals(r.type()));
        keep = keep.and(r -> q.subjectKind() == null || q.subjectKind().equals(r.subjectKind()));
        keep = keep.and(r -> q.findings() == FindingsFilter.ANY
                || (q.findings() == FindingsFilter.CLEAN) == findings.get(r.orderId()).clean());
        keep = keep.and(r -> q.submittedBefore() == null || r.submittedAt().isBefore(q.submittedBefore()));
        if (q.text() != null) {
            String t = q.text().strip().toLowerCase(Locale.ROOT);
            if (t.matches("icp\\d{4,}")) {
                keep = keep.and(r -> r.orderId().startsWith(t.toUpperCase(Locale.ROOT)));
            } else {
                keep = keep.and(r -> JdbiOrderDao.searchText(orders.get(r.orderId())).contains(t));
            }
        }
        Function<QueueRow, Comparable> key = switch0(q.sort());
        @SuppressWarnings("unchecked")
        Comparator<QueueRow> order = Comparator.comparing(r -> (Comparable<Object>) key.apply(r));
        order = order.thenComparing(QueueRow::orderId);
        if (!q.ascending()) {
            order = order.reversed();
        }
        return all.stream().filter(keep).sorted(order).toList();
    }

    @SuppressWarnings("rawtypes")
    private static Function<QueueRow, Comparable> switch0(QueueSort sort) {
        if (sort == QueueSort.SUBJECT) {
            return QueueRow::subjectName;
        }
        if (sort == QueueSort.FINDINGS) {
            return r -> findings.get(r.orderId()).count();
        }
        if (sort == QueueSort.ORDER_ID) {
            return QueueRow::orderId;
        }
        if (sort == QueueSort.DUE) {
            return QueueRow::reviewDueAt;
        }
        if (sort == QueueSort.PROVINCE) {
            return QueueRow::province;
        }
        if (sort == QueueSort.TYPE) {
            return QueueRow::type;
        }
        if (sort == QueueSort.STATUS) {
            return r -> r.status().name();
        }
        if (sort == QueueSort.KIND) {
            return r -> r.subjectKind() + "|" + String.format(Locale.ROOT, "%020d", r.submittedAt().toInstant().toEpochMilli());
        }
        return QueueRow::submittedAt;
    }

    private static String subjectName(QueueRow r) {
        return r.subjectName();
    }

    /**
     * Substrings of the stored texts (one to eight characters, from names, domains and ids), id prefixes, digits of
     * order serials and domain suffixes (every pair common: the intersection of pairs), misses.
     */
    private static List<String> searchedTexts() {
        Random random = new Random(5);
        Set<String> texts = new LinkedHashSet<>(List.of("科技", "有限公司", "com", ".cn", "a", "科", "x", "zzzz", "100%", "_", "!",
                "icp2", "icp2026", all.get(7).orderId(), all.get(7).orderId().toLowerCase(Locale.ROOT).substring(0, 9), "  科技  ",
                all.get(9).orderId().substring(6), all.get(11).orderId().substring(12, 17), all.get(13).orderId().substring(11, 15),
                ".net.cn", ".com", "net", "2026"));
        List<String> stored = new ArrayList<>(orders.values().stream().map(JdbiOrderDao::searchText).toList());
        while (texts.size() < 45) {
            String s = stored.get(random.nextInt(stored.size()));
            int len = 1 + random.nextInt(8);
            int from = random.nextInt(Math.max(1, s.length() - len));
            String t = s.substring(from, Math.min(s.length(), from + len)).strip();
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
        return List.copyOf(texts);
    }
}
