package org.icpdesk.order.domain;

import java.util.List;

/** One website of an order. */
public record Site(
        String name,
        List<String> domains,
        String homepageUrl,
        String contentType,
        List<String> languages,
        List<String> ips,
        String remark,
        Principal principal,
        List<PreApproval> preApprovals,
        String accessMethod,
        String serverLocation) {

    public Site {
        domains = domains == null ? List.of() : List.copyOf(domains);
        languages = languages == null ? List.of() : List.copyOf(languages);
        ips = ips == null ? List.of() : List.copyOf(ips);
        preApprovals = preApprovals == null ? List.of() : List.copyOf(preApprovals);
    }
}
