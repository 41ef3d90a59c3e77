package org.icpdesk.rules.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.icpdesk.order.domain.Site;

/** Counts per order, site and subject; order types; service content; remarks; IP addresses. */
final class SiteChecks implements RulesEngine.Check {
    /** Fewer letters and digits than this is no description of the planned content. */
    private static final int MIN_DESCRIPTION = 4;

    @Override
    public void run(CheckContext ctx) {
        sitesPerOrder(ctx);
        domainsPerSite(ctx);
        domainsPerOrder(ctx);
        sitesPerSubject(ctx);
        orderType(ctx);
        contentType(ctx);
        remarks(ctx);
        ips(ctx);
    }

    private static boolean forOrderType(Rule r, String type) {
        List<String> types = r.params().strings("order_types");
        return types.isEmpty() || types.contains(type);
    }

    /** The smallest {@code max} of the effective rules for this order type; empty when none limits. */
    private static Rule tightest(List<Rule> rules, String key) {
        Rule best = null;
        for (Rule r : rules) {
            OptionalInt max = r.params().integer(key);
            if (max.isPresent() && (best == null || max.getAsInt() < best.params().integer(key).getAsInt())) {
                best = r;
            }
        }
        return best;
    }

    private static void sitesPerOrder(CheckContext ctx) {
        String type = ctx.order.type();
        List<Rule> rules = ctx.effectiveRules("max-sites-per-order").stream().filter(r -> forOrderType(r, type))
                .filter(r -> !("new-access".equals(type) && r.params().bool("access_unlimited").orElse(false))).toList();
        Rule rule = tightest(rules, "max");
        int count = ctx.sites().size();
        if (rule != null && count > rule.params().integer("max").getAsInt()) {
            ctx.report(rule).fields("sites").entered(String.valueOf(count))
                    .detail(scoped("rules.detail.sites-per-order", rule), count, rule.params().integer("max").getAsInt(), ctx.provinceName());
        }
    }

    /** The detail key for a national rule ({@code <key>-national}) or a province rule ({@code <key>-province}). */
    static String scoped(String key, Rule rule) {
        return key + (rule.isNational() ? "-national" : "-province");
    }

    /** Effective limit of domains per site: max-domains-per-site, or {@code domains_per_site} of a province's sites-per-order rule. */
    static Rule domainsPerSiteRule(CheckContext ctx) {
        List<Rule> perOrder = ctx.effectiveRules("max-sites-per-order").stream()
                .filter(r -> !r.isNational() && r.params().has("domains_per_site") && forOrderType(r, ctx.order.type())).toList();
        Rule fromOrder = tightest(perOrder, "domains_per_site");
        Rule fromSite = tightest(ctx.effectiveRules("max-domains-per-site"), "max");
        if (fromOrder == null) {
            return fromSite;
        }
        if (fromSite == null) {
            return fromOrder;
        }
        return fromOrder.params().integer("domains_per_site").getAsInt() < fromSite.params().integer("max").getAsInt() ? fromOrder : fromSite;
    }

    static int domainsPerSiteLimit(CheckContext ctx) {
        Rule r = domainsPerSiteRule(ctx);
        if (r == null) {
            return Integer.MAX_VALUE;
        }
        return "max-domains-per-site".equals(r.type()) ? r.params().integer("max").getAsInt() : r.params().integer("domains_per_site").getAsInt();
    }

    private static void domainsPerSite(CheckContext ctx) {
        Rule rule = domainsPerSiteRule(ctx);
        int max = domainsPerSiteLimit(ctx);
        for (int i = 0; i < ctx.sites().size(); i++) {
            int n = ctx.sites().get(i).domains().size();
            if (rule != null && n > max) {
                ctx.report(rule, "DOM-TOO-MANY-PER-SITE").fields(CheckContext.sitePath(i) + ".domains").entered(String.valueOf(n))
                        .detail("rules.detail.domains-per-site", i + 1, n, max);
            }
        }
    }

    private static void domainsPerOrder(CheckContext ctx) {
        Rule rule = tightest(ctx.effectiveRules("max-domains-per-order"), "max");
        int total = ctx.sites().stream().mapToInt(s -> s.domains().size()).sum();
        if (rule != null && total > rule.params().integer("max").getAsInt()) {
            ctx.report(rule).fields("sites").entered(String.valueOf(total))
                    .detail(scoped("rules.detail.domains-per-order", rule), total, rule.params().integer("max").getAsInt(), ctx.provinceName());
        }
    }

    /** Jiangxi 7/4 sites per subject: the sites of this order alone already exceed it (the filed ones need MIIT records). */
    private static void sitesPerSubject(CheckContext ctx) {
        Rule rule = tightest(ctx.effectiveRules("max-sites-per-subject"), "max");
        int count = ctx.sites().size();
        if (rule != null && count > rule.params().integer("max").getAsInt()) {
            FindingDraft d = ctx.report(rule).fields("sites").entered(String.valueOf(count))
                    .detail("rules.detail.sites-per-subject", count, rule.params().integer("max").getAsInt(), ctx.provinceName());
            if (rule.params().has("unless")) {
                d.severity(Severity.WARNING);
            }
        }
    }

    private static void orderType(CheckContext ctx) {
        for (Rule r : ctx.rules("unsupported-order-type")) {
            if (r.params().strings("order_types").contains(ctx.order.type())) {
                ctx.report(r).fields("type").entered(ctx.order.type()).detail("rules.detail.order-type", ctx.reference.name("order_types", ctx.order.type()), ctx.provinceName());
            }
        }
    }

    private static void contentType(CheckContext ctx) {
        List<Rule> rules = ctx.effectiveRules("content-type-rule");
        for (int i = 0; i < ctx.sites().size(); i++) {
            String value = ctx.sites().get(i).contentType();
            String field = CheckContext.sitePath(i) + ".contentType";
            if (Texts.isBlank(value)) {
                continue;
            }
            if (!ctx.catalogue.contentTypes().contains(value)) {
                ReferenceData.FieldRule unknown = ctx.reference.fieldRule("content-type-known");
                if (ctx.enabled(unknown)) {
                    ctx.report(unknown).fields(field).entered(value).detail("rules.detail.content-type-unknown", value);
                }
                continue;
            }
            for (Rule r : rules) {
                List<String> allowed = r.params().strings("allowed");
                List<String> forbidden = r.params().strings("forbidden");
                if (!allowed.isEmpty() && !allowed.contains(value) || forbidden.contains(value)) {
                    ctx.report(r, "SITE-CONTENT-TYPE-INVALID").fields(field).entered(value)
                            .detail(scoped("rules.detail.content-type", r), ctx.reference.name("content_types", value),
                                    allowed.isEmpty() ? ctx.names("content_types", ctx.catalogue.contentTypes().stream().sorted()
                                            .filter(c -> !forbidden.contains(c)).toList()) : ctx.names("content_types", allowed),
                                    ctx.provinceName());
                }
            }
        }
    }

    private static void remarks(CheckContext ctx) {
        for (Rule r : ctx.rules("remark-required")) {
            if (!Coverage.implemented(r) || !"site".equals(r.params().string("target").orElse("site"))) {
                continue;
            }
            String content = r.params().string("content").orElse("");
            String condition = r.params().string("condition").orElse("always");
            for (int i = 0; i < ctx.sites().size(); i++) {
                Site site = ctx.sites().get(i);
                String field = CheckContext.sitePath(i) + ".remark";
                if ("individual-or-content-type-other".equals(condition) && ctx.isUnit() && !"other".equals(site.contentType())) {
                    continue;
                }
                if ("different-prefix-domains-same-site".equals(condition) && !differentPrefixes(ctx, site)) {
                    continue;
                }
                if ("site-content-description".equals(content)) {
                    String remark = Texts.normalize(site.remark());
                    if (remark.codePointCount(0, remark.length()) < MIN_DESCRIPTION) {
                        ctx.report(r).fields(field).entered(site.remark()).detail("rules.detail.remark-content", i + 1);
                    }
                    continue;
                }
                String text = r.params().string("text").orElse(null);
                if (text != null && !Texts.followsTemplate(site.remark(), text)) {
                    String key = "fixed-text".equals(content) ? "rules.detail.remark-fixed-text" : "rules.detail.remark-template";
                    ctx.report(r).fields(field).entered(site.remark()).detail(key, text, ctx.provinceName());
                }
            }
        }
    }

    /** Several domains of one site with different prefixes, where a site may have several domains at all. */
    private static boolean differentPrefixes(CheckContext ctx, Site site) {
        if (site.domains().size() < 2 || domainsPerSiteLimit(ctx) < 2) {
            return false;
        }
        Set<String> prefixes = new LinkedHashSet<>();
        for (String d : site.domains()) {
            String host = ctx.suffixes.registrableDomain(Domains.host(d)).orElse(Domains.host(d));
            prefixes.add(host.contains(".") ? host.substring(0, host.indexOf('.')) : host);
        }
        return prefixes.size() > 1;
    }

    private static void ips(CheckContext ctx) {
        for (Rule r : ctx.rules("resource-rule")) {
            OptionalInt max = r.params().integer("ips_per_site_max");
            if (max.isEmpty()) {
                continue;
            }
            for (int i = 0; i < ctx.sites().size(); i++) {
                List<String> ips = ctx.sites().get(i).ips();
                String field = CheckContext.sitePath(i) + ".ips";
                if (ips.size() > max.getAsInt()) {
                    ctx.report(r).fields(field).entered(String.valueOf(ips.size())).detail("rules.detail.ips-per-site", i + 1, ips.size(), max.getAsInt());
                }
                for (String ip : ips) {
                    if (!validIpv4OrV6(ip)) {
                        ctx.report(r).fields(field).entered(ip).detail("rules.detail.ip-invalid", ip);
                    }
                }
            }
        }
    }

    static boolean validIpv4OrV6(String ip) {
        String s = ip.strip();
        if (s.indexOf(':') >= 0) {
            return s.matches("[0-9A-Fa-f:.]+");
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit) || Integer.parseInt(p) > 255) {
                return false;
            }
        }
        return true;
    }
}
