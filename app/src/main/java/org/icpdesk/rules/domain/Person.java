package org.icpdesk.rules.domain;

import org.icpdesk.order.domain.Principal;

/** A principal of the order with the bundle path it lives at ({@code principal} or {@code sites[i].principal}). */
record Person(Principal principal, String path, int siteIndex) {
    boolean isSubjectPrincipal() {
        return siteIndex < 0;
    }

    String field(String name) {
        return path + "." + name;
    }
}
