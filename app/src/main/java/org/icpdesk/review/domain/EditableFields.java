package org.icpdesk.review.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;
import org.icpdesk.order.domain.Subject;

/**
 * The fields an assisted edit may change (DOMAIN.md section 11): values printed on an uploaded certificate image —
 * subject name, certificate number and address, legal representative, principal name, ID number and validity. Contact
 * data, subject kind, site names, domains and the like are never editable.
 */
public final class EditableFields {
    private static final Pattern SITE_PRINCIPAL = Pattern.compile("sites\\[(\\d+)]\\.principal\\.(name|idNumber|idValidTo)");
    private static final Set<String> SUBJECT_FIELDS = Set.of("subject.name", "subject.certificateNumber", "subject.address",
            "subject.legalRepresentative");
    private static final Set<String> PRINCIPAL_FIELDS = Set.of("principal.name", "principal.idNumber", "principal.idValidTo");

    private EditableFields() {
    }

    /** One editable field of an order: its path, current value and the materials that may prove a new value. */
    public record Editable(String field, String current, List<Material> basis) {
        public Editable {
            basis = List.copyOf(basis);
        }
    }

    /** Every field of {@code order} an assisted edit may change, each with at least one backing material. */
    public static List<Editable> of(Order order) {
        List<String> paths = new ArrayList<>(List.of("subject.name", "subject.certificateNumber", "subject.address"));
        if (order.subject() != null && order.subject().isUnit()) {
            paths.add("subject.legalRepresentative");
        }
        paths.addAll(List.of("principal.name", "principal.idNumber", "principal.idValidTo"));
        for (int i = 0; i < order.sites().size(); i++) {
            if (order.sites().get(i).principal() != null) {
                for (String f : List.of("name", "idNumber", "idValidTo")) {
                    paths.add("sites[" + i + "].principal." + f);
                }
            }
        }
        List<Editable> out = new ArrayList<>();
        for (String p : paths) {
            find(order, p).ifPresent(out::add);
        }
        return out;
    }

    /** The field at {@code path} when an assisted edit may change it on this order (it has a backing material). */
    public static Optional<Editable> find(Order order, String path) {
        if (path == null) {
            return Optional.empty();
        }
        List<Material> basis;
        String current;
        if (SUBJECT_FIELDS.contains(path)) {
            Subject s = order.subject();
            if (s == null) {
                return Optional.empty();
            }
            boolean unit = s.isUnit();
            if (path.equals("subject.legalRepresentative") && !unit) {
                return Optional.empty();
            }
            basis = unit ? materials(order, Set.of("subject"), Set.of("BUSINESS_LICENSE", "INSTITUTION_CERTIFICATE", "OTHER"))
                    : materials(order, Set.of("subject", "principal"), Set.of("ID_CARD_FRONT"));
            current = switchSubject(s, path);
        } else if (PRINCIPAL_FIELDS.contains(path)) {
            Principal p = order.principal();
            if (p == null) {
                return Optional.empty();
            }
            basis = materials(order, Set.of("principal"), Set.of(path.endsWith("idValidTo") ? "ID_CARD_BACK" : "ID_CARD_FRONT"));
            current = principalValue(p, path.substring("principal.".length()));
        } else {
            Matcher m = SITE_PRINCIPAL.matcher(path);
            if (!m.matches()) {
                return Optional.empty();
            }
            int index = Integer.parseInt(m.group(1));
            if (index >= order.sites().size()) {
                return Optional.empty();
            }
            Site site = order.sites().get(index);
            if (site.principal() == null) {
                return Optional.empty();
            }
            basis = materials(order, Set.of("site:" + index), Set.of(m.group(2).equals("idValidTo") ? "ID_CARD_BACK" : "ID_CARD_FRONT"));
            current = principalValue(site.principal(), m.group(2));
        }
        if (basis.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Editable(path, current, basis));
    }

    private static String switchSubject(Subject s, String path) {
        if (path.equals("subject.name")) {
            return s.name();
        }
        if (path.equals("subject.certificateNumber")) {
            return s.certificateNumber();
        }
        if (path.equals("subject.address")) {
            return s.address();
        }
        return s.legalRepresentative();
    }

    private static String principalValue(Principal p, String field) {
        if (field.equals("name")) {
            return p.name();
        }
        if (field.equals("idNumber")) {
            return p.idNumber();
        }
        return p.idValidTo();
    }

    private static List<Material> materials(Order order, Set<String> owners, Set<String> kinds) {
        return order.materials().stream().filter(m -> owners.contains(m.owner()) && kinds.contains(m.kind())).toList();
    }
}
