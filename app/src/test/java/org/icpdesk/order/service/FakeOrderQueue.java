package org.icpdesk.order.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.icpdesk.order.domain.OrderStatus;

/**
 * An in-memory {@link OrderQueue} for UI tests until they run on the real store: filters, sorts and pages like
 * the store would. Wrap it in a {@link RecordingOrderQueue} to see what was asked.
 */
public final class FakeOrderQueue implements OrderQueue {
    static final String[] PROVINCES = {"44", "11", "31", "33", "32", "51", "42", "37", "35", "50", "65"};
    static final String[] TYPES = {"new-filing", "new-access", "add-site", "change-subject", "change-site",
        "change-access", "change-filing", "cancel-subject", "cancel-site", "cancel-access"};
    static final String[] UNIT_NAMES = {"深圳市示例科技有限公司", "杭州云帆网络技术有限公司", "北京星辰信息服务有限公司",
        "上海蓝海数据科技有限公司", "成都天府软件开发有限公司", "广州南方电子商务有限公司", "苏州园林文化传播有限公司"};
    static final String[] PERSON_NAMES = {"张三", "李四", "王五", "赵六", "陈晓明", "刘芳"};
    static final OffsetDateTime FIRST = OffsetDateTime.of(2026, 11, 1, 8, 0, 0, 0, ZoneOffset.ofHours(8));

    private final List<QueueRow> rows = new CopyOnWriteArrayList<>();

    private FakeOrderQueue() {
    }

    /** {@code n} orders, submitted a few minutes apart, mostly pending. */
    public static FakeOrderQueue withOrders(int n) {
        FakeOrderQueue queue = new FakeOrderQueue();
        queue.add(n);
        return queue;
    }

    /** Adds {@code n} more generated orders (as an import would). */
    public void add(int n) {
        List<QueueRow> more = new ArrayList<>();
        for (int k = rows.size(), end = rows.size() + n; k < end; k++) {
            more.add(row(k));
        }
        rows.addAll(more);
    }

    static QueueRow row(int k) {
        boolean unit = k % 4 != 3;
        String name = unit ? UNIT_NAMES[k % UNIT_NAMES.length] : PERSON_NAMES[k % PERSON_NAMES.length];
        OrderStatus status = k % 10 == 7 ? OrderStatus.APPROVED : k % 10 == 8 ? OrderStatus.REJECTED : OrderStatus.PENDING;
        return new QueueRow(String.format(Locale.ROOT, "ICP20261101%06d", k + 1), 1 + k % 3, name,
                unit ? "unit" : "individual", PROVINCES[k % PROVINCES.length], TYPES[k % TYPES.length],
                FIRST.plusMinutes(7L * k), status);
    }

    @Override
    public long count(QueueQuery query) {
        return matching(query).size();
    }

    @Override
    public List<QueueRow> page(QueueQuery query, int offset, int limit) {
        List<QueueRow> all = matching(query);
        all.sort(order(query));
        return List.copyOf(all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size())));
    }

    /** The rows in the order the query asks for (what the table should show). */
    public List<QueueRow> expected(QueueQuery query) {
        List<QueueRow> all = matching(query);
        all.sort(order(query));
        return all;
    }

    private List<QueueRow> matching(QueueQuery query) {
        List<QueueRow> found = new ArrayList<>();
        String text = query.text() == null ? null : query.text().toLowerCase(Locale.ROOT);
        for (QueueRow row : rows) {
            if (!query.statuses().isEmpty() && !query.statuses().contains(row.status())) {
                continue;
            }
            if (query.province() != null && !query.province().equals(row.province())
                    || query.type() != null && !query.type().equals(row.type())
                    || query.subjectKind() != null && !query.subjectKind().equals(row.subjectKind())) {
                continue;
            }
            if (text != null && !row.orderId().toLowerCase(Locale.ROOT).contains(text)
                    && !row.subjectName().toLowerCase(Locale.ROOT).contains(text)) {
                continue;
            }
            found.add(row);
        }
        return found;
    }

    private static Comparator<QueueRow> order(QueueQuery query) {
        Comparator<QueueRow> column;
        switch (query.sort()) {
            case ORDER_ID: column = Comparator.comparing(QueueRow::orderId); break;
            case SUBJECT: column = Comparator.comparing(QueueRow::subjectName); break;
            case PROVINCE: column = Comparator.comparing(QueueRow::province); break;
            case TYPE: column = Comparator.comparing(QueueRow::type); break;
            case STATUS: column = Comparator.comparing(QueueRow::status); break;
            default: column = Comparator.comparing(QueueRow::submittedAt); break;
        }
        if (!query.ascending()) {
            column = column.reversed();
        }
        return column.thenComparing(QueueRow::orderId);
    }
}
