package org.icpdesk.bundle.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icpdesk.bundle.domain.ManifestEntry;
import org.icpdesk.bundle.domain.MediaType;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.PreApproval;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;
import org.icpdesk.order.domain.Subject;

/**
 * Reads one {@code orders/<id>.json} into an {@link Order}: required fields, strict JSON types, dates, and the
 * materials' references to files of the bundle. Closed-list values (type, kinds, certificate types) are kept
 * as they are, known or not: the rules report unknown ones, the import never refuses them.
 */
final class OrderParser {
    static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    /** {@code idValidTo} may say "long-term" instead of a date. */
    static final String LONG_TERM = "\u957f\u671f";
    /** Material kinds that are photos or scans and so must be JPEG or PNG; every other kind may also be a PDF. */
    static final Set<String> IMAGE_ONLY_KINDS = Set.of("ID_CARD_FRONT", "ID_CARD_BACK", "BUSINESS_LICENSE",
            "DOMAIN_CERTIFICATE", "BACKDROP_PHOTO", "FACE_CAPTURE", "RESIDENCE_PERMIT", "RESIDENCE_PERMIT_QUERY",
            "HANDHELD_ID_PHOTO", "HANDHELD_LICENSE_PHOTO", "OFFICE_VIDEO", "SOCIAL_SECURITY_OR_RESIDENCE_PROOF");
    private static final Pattern SITE_OWNER = Pattern.compile("site:(0|[1-9][0-9]{0,8})");

    /** A parsed order and the manifest entries of its materials, in material order. */
    record Parsed(Order order, List<ManifestEntry> materials) {
    }

    private OrderParser() {
    }

    /**
     * @param idFromName the file name of the entry without {@code orders/} and {@code .json}
     * @param listed     every entry of the manifest by path
     */
    static Parsed parse(String bundle, String entry, String idFromName, byte[] bytes, StrictJson json,
                        Map<String, ManifestEntry> listed) {
        JsonFields root = JsonFields.root(json.parse(bundle, entry, bytes), bundle, entry);
        String id = root.requiredString("id");
        if (!ORDER_ID.matcher(id).matches()) {
            throw root.reject(BundleError.ORDER_ID_INVALID, EntryNames.display(id));
        }
        if (!id.equals(idFromName)) {
            throw root.reject(BundleError.ORDER_ID_FILE, id);
        }
        int version = (int) root.requiredInteger("version", 1, Integer.MAX_VALUE);
        String type = root.requiredString("type");
        String provider = root.optionalString("provider");
        String province = root.requiredString("province");
        var submittedAt = root.optionalInstant("submittedAt");
        Boolean consent = root.optionalBoolean("assistedEditConsent");
        String filingNumber = root.optionalString("filingNumber");
        Subject subject = subject(root.requiredObject("subject"));
        Principal principal = root.optionalObject("principal").map(OrderParser::principal).orElse(null);
        List<Site> sites = new ArrayList<>();
        for (JsonFields site : root.objects("sites")) {
            sites.add(site(site));
        }
        List<Material> materials = new ArrayList<>();
        List<ManifestEntry> files = new ArrayList<>();
        Set<String> materialIds = new HashSet<>();
        for (JsonFields m : root.objects("materials")) {
            String materialId = m.requiredString("id");
            String kind = m.requiredString("kind");
            String owner = m.requiredString("owner");
            String file = m.requiredString("file");
            if (!materialIds.add(materialId)) {
                throw root.reject(BundleError.MATERIAL_DUPLICATE_ID, m.path("id").toString(), EntryNames.display(materialId));
            }
            checkOwner(root, m, owner, sites.size());
            ManifestEntry target = listed.get(file);
            if (target == null) {
                throw root.reject(BundleError.MATERIAL_FILE_MISSING, m.path("file").toString(), EntryNames.display(file));
            }
            if (!file.startsWith(BundleReader.MATERIALS)) {
                throw root.reject(BundleError.MATERIAL_FILE_LOCATION, m.path("file").toString(), EntryNames.display(file));
            }
            if (MediaType.forFileName(file).orElse(null) == MediaType.PDF && IMAGE_ONLY_KINDS.contains(kind)) {
                throw root.reject(BundleError.MATERIAL_PDF_KIND, m.path("file").toString(), EntryNames.display(file), kind);
            }
            materials.add(new Material(materialId, kind, owner, file));
            files.add(target);
        }
        Order order = new Order(id, version, type, provider, province, submittedAt, consent, filingNumber, subject,
                principal, sites, materials);
        return new Parsed(order, files);
    }

    private static void checkOwner(JsonFields root, JsonFields material, String owner, int siteCount) {
        if (owner.equals("subject") || owner.equals("principal")) {
            return;
        }
        Matcher site = SITE_OWNER.matcher(owner);
        if (!site.matches() || Integer.parseInt(site.group(1)) >= siteCount) {
            throw root.reject(BundleError.MATERIAL_OWNER, material.path("owner").toString(), EntryNames.display(owner));
        }
    }

    private static Subject subject(JsonFields s) {
        return new Subject(
                s.requiredString("kind"),
                s.requiredString("name"),
                s.optionalString("certificateType"),
                s.optionalString("certificateNumber"),
                s.optionalString("legalRepresentative"),
                s.optionalString("province"),
                s.optionalString("city"),
                s.optionalString("district"),
                s.optionalString("address"),
                s.optionalString("residenceAddress"),
                s.optionalString("investor"),
                s.optionalString("remark"));
    }

    private static Principal principal(JsonFields p) {
        return new Principal(
                p.optionalString("name"),
                p.optionalString("idType"),
                p.optionalString("idNumber"),
                idValidTo(p),
                p.optionalString("mobile"),
                p.optionalString("landline"),
                p.optionalString("email"),
                p.optionalString("emergencyPhone"));
    }

    /** A date ({@code 2035-05-01}) or "long-term"; kept as the text given. */
    private static String idValidTo(JsonFields p) {
        String value = p.optionalString("idValidTo");
        if (value == null || value.equals(LONG_TERM)) {
            return value;
        }
        try {
            LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
            return value;
        } catch (DateTimeParseException e) {
            throw p.reject(BundleError.ID_VALID_TO_INVALID, p.path("idValidTo").toString());
        }
    }

    private static Site site(JsonFields s) {
        List<PreApproval> preApprovals = new ArrayList<>();
        for (JsonFields pre : s.objects("preApprovals")) {
            preApprovals.add(new PreApproval(pre.optionalString("category"), pre.optionalString("documentNumber")));
        }
        return new Site(
                s.requiredString("name"),
                s.requiredStrings("domains"),
                s.optionalString("homepageUrl"),
                s.optionalString("contentType"),
                s.optionalStrings("languages"),
                s.optionalStrings("ips"),
                s.optionalString("remark"),
                s.optionalObject("principal").map(OrderParser::principal).orElse(null),
                preApprovals,
                s.optionalString("accessMethod"),
                s.optionalString("serverLocation"));
    }

    static Optional<String> idFromEntryName(String entry) {
        if (!entry.startsWith(BundleReader.ORDERS) || !entry.endsWith(".json")) {
            return Optional.empty();
        }
        String stem = entry.substring(BundleReader.ORDERS.length(), entry.length() - ".json".length());
        return stem.isEmpty() || stem.contains("/") ? Optional.empty() : Optional.of(stem);
    }
}
