package org.icpdesk.review.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;
import org.icpdesk.order.domain.Subject;

/**
 * The fields that differ between two versions of an order, field by field (paths as in the field table:
 * {@code subject.name}, {@code sites[0].domains}, {@code sites[0].principal.mobile}). Materials are not compared.
 */
public final class OrderDiff {
    /** One changed field; a null side means the field (or its site) was absent. */
    public record Change(String field, String before, String after) {
        @Override
        public String toString() {
            return "Change[" + field + "]";   // values may be personal data
        }
    }

    private OrderDiff() {
    }

    public static List<Change> between(Order before, Order after) {
        List<Change> changes = new ArrayList<>();
        for (String f : List.of("type", "provider", "province", "filingNumber", "assistedEditConsent")) {
            compare(changes, f, component(before, f), component(after, f));
        }
        fields(changes, "subject.", Subject.class, before.subject(), after.subject(), Set.of());
        fields(changes, "principal.", Principal.class, before.principal(), after.principal(), Set.of());
        int sites = Math.max(before.sites().size(), after.sites().size());
        for (int i = 0; i < sites; i++) {
            Site b = i < before.sites().size() ? before.sites().get(i) : null;
            Site a = i < after.sites().size() ? after.sites().get(i) : null;
            String prefix = "sites[" + i + "].";
            fields(changes, prefix, Site.class, b, a, Set.of("principal"));
            fields(changes, prefix + "principal.", Principal.class, b == null ? null : b.principal(), a == null ? null : a.principal(), Set.of());
        }
        return changes;
    }

    private static <R extends Record> void fields(List<Change> changes, String prefix, Class<R> type, R before, R after, Set<String> skip) {
        if (before == null && after == null) {
            return;
        }
        for (RecordComponent c : type.getRecordComponents()) {
            if (!skip.contains(c.getName())) {
                compare(changes, prefix + c.getName(), before == null ? null : value(c, before), after == null ? null : value(c, after));
            }
        }
    }

    private static void compare(List<Change> changes, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change(field, before, after));
        }
    }

    private static String component(Order order, String name) {
        for (RecordComponent c : Order.class.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return value(c, order);
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static String value(RecordComponent c, Record r) {
        try {
            Object v = c.getAccessor().invoke(r);
            if (v == null) {
                return null;
            }
            if (v instanceof List<?> list) {
                List<String> parts = new ArrayList<>();
                for (Object item : list) {
                    parts.add(String.valueOf(item));
                }
                return String.join(", ", parts);
            }
            return String.valueOf(v);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + c.getName(), e);
        }
    }
}
