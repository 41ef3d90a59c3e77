package org.icpdesk.rules.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.icpdesk.order.domain.Site;

/** Site names (网站名称): length, script, symbols, the domain, forbidden words by rule and province, templates, repeats. */
final class SiteNameChecks implements RulesEngine.Check {
    /**
     * National word codes, most specific first: a word on both national lists (论坛, 社区) is reported once, as an
     * interactive service. A word a province also bans is reported under the province code as well: the national
     * rule says what would make it acceptable (a pre-approval), the province that it is not accepted there.
     */
    private static final List<String> WORD_PRECEDENCE = List.of("NAME-INTERACTIVE-SERVICE", "NAME-PERSONAL-GENERIC-WORDS");

    @Override
    public void run(CheckContext ctx) {
        List<Rule> templates = ctx.rules("site-name-rule", "template");
        for (int i = 0; i < ctx.sites().size(); i++) {
            Site site = ctx.sites().get(i);
            if (Texts.isBlank(site.name())) {
                continue;
            }
            String field = CheckContext.sitePath(i) + ".name";
            boolean templated = !templates.isEmpty();
            for (Rule t : templates) {
                template(ctx, t, site, field);
            }
            boolean isDomain = structure(ctx, site, field);
            words(ctx, site, i, field, templated);
            if (!isDomain) {
                symbols(ctx, site, field);
            }
        }
        for (Rule r : ctx.rules("site-name-rule", "unique-within-subject")) {
            unique(ctx, r);
        }
    }

    /** Length, digits or Latin only, the domain as name. Returns whether the name is a domain name. */
    private static boolean structure(CheckContext ctx, Site site, String field) {
        String name = site.name();
        String folded = Texts.fold(name);
        boolean isDomain = looksLikeDomain(folded, site);
        for (Rule r : ctx.rules("site-name-rule")) {
            switch (r.variant()) {
                case "min-han-chars": {
                    int min = r.params().integer("min").orElse(3);
                    int han = Texts.hanCount(name);
                    if (han < min) {
                        ctx.report(r).fields(field).entered(name).detail("rules.detail.name-too-short", name, han, min);
                    }
                    break;
                }
                case "no-digits-or-latin-only":
                    if (Texts.hanCount(name) == 0 && folded.codePoints().allMatch(c -> c < 0x80) && !isDomain) {
                        ctx.report(r).fields(field).entered(name).detail("rules.detail.name-digits-latin", name);
                    }
                    break;
                case "not-domain":
                    if (isDomain) {
                        ctx.report(r).fields(field, CheckContext.sitePath(ctx.sites().indexOf(site)) + ".domains").entered(name)
                                .detail("rules.detail.name-is-domain", name);
                    }
                    break;
                default:
                    break;
            }
        }
        return isDomain;
    }

    /** The name is a filed domain, its first label, the homepage, or has the shape of a host name. */
    static boolean looksLikeDomain(String folded, Site site) {
        String n = folded.toLowerCase(java.util.Locale.ROOT);
        for (String d : site.domains()) {
            String host = Domains.host(d);
            String label = host.contains(".") ? host.substring(0, host.indexOf('.')) : host;
            if (n.equals(host) || n.equals("www." + host) || !label.isEmpty() && n.equals(label)) {
                return true;
            }
        }
        String host = Domains.host(n);
        return host.contains(".") && Domains.isWellFormed(host) && Texts.hanCount(Domains.topLevel(host)) == 0
                && !Domains.topLevel(host).chars().allMatch(Character::isDigit);
    }

    private static void symbols(CheckContext ctx, Site site, String field) {
        Set<String> symbols = new LinkedHashSet<>();
        Texts.fold(site.name()).codePoints()
                .filter(c -> !Character.isLetterOrDigit(c) && !Character.isWhitespace(c))
                .forEach(c -> symbols.add(new String(Character.toChars(c))));
        if (symbols.isEmpty()) {
            return;
        }
        for (Rule r : ctx.rules("site-name-rule", "no-special-symbols")) {
            ctx.report(r).fields(field).entered(site.name()).detail("rules.detail.name-symbols", String.join(" ", symbols));
        }
    }

    /** Forbidden words: national words, sensitive words, interactive services, generic personal words, province lists. */
    private static void words(CheckContext ctx, Site site, int index, String field, boolean templated) {
        Map<String, Object> origin = new LinkedHashMap<>();      // code -> the Rule or FieldRule reported
        Map<String, Set<String>> hits = new HashMap<>();
        Set<String> prefixHit = new HashSet<>();
        boolean approval = !site.preApprovals().isEmpty() || ctx.hasMaterialForSite("PRE_APPROVAL", index);
        boolean stateOrgan = ctx.subject.certificateType() != null
                && ctx.reference.certificateClass("state_organ").contains(ctx.subject.certificateType());
        for (Rule r : ctx.rules("forbidden-words-in-site-name")) {
            String unless = r.params().string("unless").orElse("");
            if (unless.startsWith("state organ") && stateOrgan
                    || unless.startsWith("pre-approval") && approval
                    || unless.startsWith("Jiangsu template") && templated
                    || templated && "NAME-INTERACTIVE-SERVICE".equals(r.reason())) {
                continue;
            }
            boolean prefix = "prefix".equals(r.params().string("match").orElse("substring"));
            List<String> found = prefix ? Texts.leading(site.name(), r.params().strings("words"))
                    : Texts.occurring(site.name(), r.params().strings("words"));
            if (found.isEmpty()) {
                continue;
            }
            hits.computeIfAbsent(r.reason(), k -> new LinkedHashSet<>()).addAll(found);
            if (prefix && prefixHit.add(r.reason()) || !origin.containsKey(r.reason())) {
                origin.put(r.reason(), r);              // a prefix hit is the one both seeds agree on
            }
        }
        ReferenceData.FieldRule unitWords = ctx.reference.fieldRule("personal-site-name-unit-words");
        if (!ctx.isUnit() && !templated && ctx.enabled(unitWords)) {
            List<String> found = Texts.occurring(site.name(), ctx.reference.words("personal_site_unit_words"));
            if (!found.isEmpty()) {
                hits.computeIfAbsent(unitWords.code(), k -> new LinkedHashSet<>()).addAll(found);
                origin.putIfAbsent(unitWords.code(), unitWords);
            }
        }
        // A word on both national lists is reported once, under the more specific code.
        Set<String> taken = new HashSet<>();
        for (String code : WORD_PRECEDENCE) {
            Set<String> words = hits.get(code);
            if (words != null) {
                words.removeAll(taken);
                taken.addAll(words);
            }
        }
        for (Map.Entry<String, Object> e : origin.entrySet()) {
            String code = e.getKey();
            Set<String> words = hits.get(code);
            if (words.isEmpty()) {
                continue;
            }
            FindingDraft d = e.getValue() instanceof Rule ? ctx.report((Rule) e.getValue())
                    : ctx.report((ReferenceData.FieldRule) e.getValue());
            d.fields(field).entered(site.name());
            String list = String.join("\u3001", words);
            switch (code) {
                case "NAME-PROVINCE-FORBIDDEN-WORDS":
                    d.detail("rules.detail.name-province-words", list, ctx.provinceName());
                    break;
                case "NAME-NATIONAL-WORDS":
                    d.detail(prefixHit.contains(code) ? "rules.detail.name-national-prefix" : "rules.detail.name-national-anywhere", list);
                    break;
                case "NAME-INTERACTIVE-SERVICE":
                    d.detail("rules.detail.name-interactive", list);
                    break;
                default:
                    d.detail("rules.detail.name-words", list);
                    break;
            }
        }
    }

    /** Jiangsu individuals: the name must follow 某某的个人博客 / 某某的个人主页 (001:467). */
    private static void template(CheckContext ctx, Rule rule, Site site, String field) {
        String pattern = rule.params().string("pattern").orElse(null);
        if (pattern == null) {
            return;
        }
        boolean matches;
        try {
            matches = Pattern.compile(pattern).matcher(Texts.fold(site.name())).matches();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("Rule " + rule.qualifiedId() + " has a bad pattern", e);
        }
        if (!matches) {
            ctx.report(rule).fields(field).entered(site.name()).detail("rules.detail.name-template", site.name(), ctx.provinceName());
        }
    }

    /** Jiangxi: names unique within the subject; checked within the order (other filed sites need the MIIT records). */
    private static void unique(CheckContext ctx, Rule rule) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < ctx.sites().size(); i++) {
            String n = Texts.normalize(ctx.sites().get(i).name());
            int first = seen.indexOf(n);
            if (!n.isEmpty() && first >= 0) {
                ctx.report(rule).fields(CheckContext.sitePath(i) + ".name").entered(ctx.sites().get(i).name()).severity(Severity.ERROR)
                        .detail("rules.detail.name-duplicate", first + 1, ctx.provinceName());
            }
            seen.add(n);
        }
    }
}
