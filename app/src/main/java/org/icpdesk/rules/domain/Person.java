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

    /** Same person: same ID number when both have one, else the same name. */
    boolean samePersonAs(Principal other) {
        return samePerson(principal, other);
    }

    static boolean samePerson(Principal a, Principal b) {
        if (a == null || b == null) {
            return false;
        }
        if (!Texts.isBlank(a.idNumber()) && !Texts.isBlank(b.idNumber())) {
            return Texts.normalize(a.idNumber()).equals(Texts.normalize(b.idNumber()));
        }
        return !Texts.isBlank(a.name()) && Texts.normalize(a.name()).equals(Texts.normalize(b.name()));
    }
}
