package org.icpdesk.bundle.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Valid order JSON as mutable maps, and a setter by bundle path ({@code sites[0].domains}). */
final class TestOrders {
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    private TestOrders() {
    }

    static String license(String id) {
        return "materials/" + id + "/license.png";
    }

    static String idFront(String id) {
        return "materials/" + id + "/id-front.jpg";
    }

    /** A complete order whose materials are {@link #license} (PNG) and {@link #idFront} (JPEG). */
    static Map<String, Object> valid(String id) {
        Map<String, Object> order = map(
                "id", id, "version", 3, "type", "new-filing", "provider", "example-cloud", "province", "44",
                "submittedAt", "2026-11-22T08:12:00+08:00", "assistedEditConsent", true,
                "subject", map("kind", "unit", "name", "深圳市示例科技有限公司", "certificateType", "BUSINESS_LICENSE",
                        "certificateNumber", "91440300MA5XXXXXXX", "legalRepresentative", "张三", "province", "44",
                        "city", "深圳市", "district", "南山区", "address", "深圳市南山区科技园南区一路8号3栋501",
                        "residenceAddress", null),
                "principal", map("name", "张三", "idType", "ID_CARD", "idNumber", "440305199001011234",
                        "idValidTo", "2035-05-01", "mobile", "13800000000", "landline", "086-0755-12345678",
                        "email", "ops@example.cn", "emergencyPhone", "13900000000"),
                "sites", list(map("name", "示例科技官网", "domains", list("example.cn"), "homepageUrl", "www.example.cn",
                        "contentType", "unit-portal", "languages", list("zh-CN"), "ips", list("203.0.113.10"),
                        "remark", "", "principal", map("name", "李四", "idType", "ID_CARD", "idNumber", "440305199001015678",
                                "idValidTo", "长期", "mobile", "13700000000", "email", "li@example.cn"),
                        "preApprovals", list(map("category", "news", "documentNumber", "X-1")))),
                "materials", list(
                        map("id", "m1", "kind", "BUSINESS_LICENSE", "owner", "subject", "file", license(id)),
                        map("id", "m2", "kind", "ID_CARD_FRONT", "owner", "principal", "file", idFront(id))));
        return order;
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }

    /** Sets the value at {@code path}; the parents must exist. */
    static void set(Map<String, Object> root, String path, Object value) {
        edit(root, path, value, false);
    }

    /** Removes the property at {@code path}. */
    static void remove(Map<String, Object> root, String path) {
        edit(root, path, null, true);
    }

    @SuppressWarnings("unchecked")
    private static void edit(Map<String, Object> root, String path, Object value, boolean remove) {
        List<Object> keys = new ArrayList<>();
        for (String part : path.split("\\.")) {
            Matcher p = SEGMENT.matcher(part);
            while (p.find()) {
                keys.add(p.group(1) != null ? p.group(1) : (Object) Integer.valueOf(p.group(2)));
            }
        }
        Object current = root;
        for (int i = 0; i < keys.size() - 1; i++) {
            Object key = keys.get(i);
            current = key instanceof Integer ? ((List<Object>) current).get((Integer) key) : ((Map<String, Object>) current).get(key);
        }
        Object last = keys.get(keys.size() - 1);
        if (last instanceof Integer) {
            List<Object> list = (List<Object>) current;
            if ((Integer) last == list.size()) {
                list.add(value);                       // one past the end appends
            } else {
                list.set((Integer) last, value);
            }
        } else if (remove) {
            ((Map<String, Object>) current).remove(last);
        } else {
            ((Map<String, Object>) current).put((String) last, value);
        }
    }
}
