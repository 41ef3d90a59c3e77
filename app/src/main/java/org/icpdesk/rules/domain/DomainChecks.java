package org.icpdesk.rules.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpdesk.order.domain.Site;

/** Domains: IP-only sites, approved suffixes, the registered (root) domain, the homepage URL. */
final class DomainChecks implements RulesEngine.Check {
    @Override
    public void run(CheckContext ctx) {
        List<Rule> ipOnly = ctx.rules("resource-rule").stream().filter(r -> r.params().has("ip_only_sites")).toList();
        List<Rule> tld = ctx.rules("domain-rule", "approved-tld");
        boolean tldRequired = tld.stream().allMatch(r -> r.params().bool("required").orElse(true));
        List<Rule> root = ctx.rules("domain-rule", "root-domain-only");
        for (int i = 0; i < ctx.sites().size(); i++) {
            Site site = ctx.sites().get(i);
            String field = CheckContext.sitePath(i) + ".domains";
            List<String> homepageDomains = new ArrayList<>();
            String example = null;
            for (String entered : site.domains()) {
                String host = Domains.host(entered);
                if (host.isEmpty()) {
                    continue;
                }
                homepageDomains.add(host);
                if (Domains.isIpAddress(host)) {
                    ipOnly.forEach(r -> ctx.report(r).fields(field).entered(entered).detail("rules.detail.ip-only", entered));
                    continue;
                }
                if (!Domains.isWellFormed(host)) {
                    root.forEach(r -> ctx.report(r).fields(field).entered(entered).detail("rules.detail.domain-malformed", entered));
                    continue;
                }
                if (tldRequired) {
                    for (Rule r : tld) {
                        if (!r.params().bool("required").orElse(true)) {
                            continue;
                        }
                        suffixProblem(ctx, r, host, entered, field);
                    }
                }
                Optional<String> registrable = ctx.suffixes.registrableDomain(host);
                registrable.ifPresent(homepageDomains::add);
                if (example == null) {
                    example = registrable.orElse(host);
                }
                for (Rule r : root) {
                    if (registrable.isEmpty()) {
                        ctx.report(r).fields(field).entered(entered).detail("rules.detail.domain-is-suffix", entered);
                    } else if (!registrable.get().equals(host)) {
                        ctx.report(r).fields(field).entered(entered).detail("rules.detail.domain-not-root", entered, registrable.get());
                    }
                }
            }
            for (Rule r : ctx.rules("domain-rule", "homepage-url")) {
                homepage(ctx, r, site, i, homepageDomains, example);
            }
        }
    }

    private static void suffixProblem(CheckContext ctx, Rule rule, String host, String entered, String field) {
        if (Domains.suffix(host, ctx.reference.approvedSuffixes()).isPresent()) {
            return;
        }
        String suffix = Domains.suffix(host, ctx.reference.refusedSuffixes()).map(ReferenceData.Suffix::suffix)
                .orElse(Domains.topLevel(host));
        ctx.report(rule).fields(field).entered(entered).detail("rules.detail.tld-not-approved", "." + suffix);
    }

    private static void homepage(CheckContext ctx, Rule rule, Site site, int i, List<String> domains, String registered) {
        String field = CheckContext.sitePath(i) + ".homepageUrl";
        String url = site.homepageUrl();
        String prefix = rule.params().string("must_start_with").orElse("www.");
        if (Texts.isBlank(url)) {
            ctx.report(rule).fields(field).detail("rules.detail.homepage-missing", prefix);
        } else if (!Domains.homepageMatches(url, domains)) {
            String example = registered == null ? prefix : prefix + registered;
            ctx.report(rule).fields(field, CheckContext.sitePath(i) + ".domains").entered(url)
                    .detail("rules.detail.homepage-invalid", url, example);
        }
    }
}
