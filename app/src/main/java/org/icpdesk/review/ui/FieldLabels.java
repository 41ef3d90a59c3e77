package org.icpdesk.review.ui;

import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpdesk.i18n.Messages;

/**
 * How a field path of an order reads in the user's language: {@code subject.name} reads 主办单位名称 / Subject name,
 * {@code sites[0].domains[1]} reads 网站1 域名2 / Site 1 domain 2. Unknown paths show as they are.
 */
public final class FieldLabels {
    private static final Pattern SITE = Pattern.compile("sites\\[(\\d+)]\\.(.+)");
    private static final Pattern DOMAIN = Pattern.compile("domains\\[(\\d+)]");

    private final Messages messages;
    private final ResourceBundle bundle;

    public FieldLabels(Messages messages) {
        this.messages = messages;
        this.bundle = messages.bundle();
    }

    /** A material as the reviewer sees it: its id and its kind, {@code m1 营业执照} / {@code m1 Business licence}. */
    public String material(String id, String kind) {
        String key = "ui.review.kind." + kind;
        return id + " " + (bundle.containsKey(key) ? bundle.getString(key) : kind);
    }

    public String label(String path) {
        if (path == null || path.isBlank()) {
            return "";
        }
        Matcher site = SITE.matcher(path);
        if (site.matches()) {
            String prefix = messages.get("field.site", Integer.parseInt(site.group(1)) + 1);
            String rest = siteField(site.group(2));
            return rest == null ? path : prefix + " " + rest;
        }
        String key = path.startsWith("subject.") || path.startsWith("principal.") ? "field." + path : "field.order." + path;
        return bundle.containsKey(key) ? bundle.getString(key) : path;
    }

    private String siteField(String rest) {
        Matcher domain = DOMAIN.matcher(rest);
        if (domain.matches()) {
            int n = Integer.parseInt(domain.group(1));
            return n == 0 ? bundle.getString("field.sites.domain") : messages.get("field.domain-number", n + 1);
        }
        String key = rest.startsWith("principal.") ? "field.site-principal." + rest.substring("principal.".length()) : "field.sites." + rest;
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }
}
