package org.icpdesk.order.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icpdesk.common.Json;
import org.icpdesk.order.domain.FindingsRule;
import org.icpdesk.order.domain.FindingsSummary;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.OrderHead;
import org.icpdesk.order.domain.OrderStatus;
import org.icpdesk.order.domain.OrderVersionInfo;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.ReviewDueRule;
import org.icpdesk.order.domain.Site;
import org.icpdesk.order.domain.StoredBlob;
import org.icpdesk.order.domain.Subject;
import org.icpdesk.order.service.DueFilter;
import org.icpdesk.order.service.FindingsFilter;
import org.icpdesk.order.service.QueueQuery;
import org.icpdesk.order.service.QueueRow;
import org.icpdesk.order.service.QueueSort;
import org.icpdesk.store.JdbiTx;
import org.icpdesk.store.Tx;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/** {@link OrderDao} on the H2 schema of {@code db/migration}. */
public final class JdbiOrderDao implements OrderDao {
    private static final String BOM = "\uFEFF";
    private final ObjectMapper json = Json.mapper();
    /** A text search with at most this many candidates reads its page from them; with more it scans in sort order. */
    static final int SELECTIVE_GRAM = 4000;
    /** Character pairs of a searched text probed for the rarest (a long text needs only a few). */
    private static final int MAX_PROBED_GRAMS = 8;
    /** Orders per pair are counted up to this (beyond it a pair is just common). */
    static final int PAIR_COUNT_CAP = 50_000;
    /**
     * Pair entries read at most to intersect the orders of a searched text's rarest pairs (about a microsecond each, a
     * tenth of what checking an order costs); a text whose rarest pair is in more orders scans instead.
     */
    static final int PAIR_READ_BUDGET = 40_000;
    /** Intersecting stops once this few candidates are left (checking them costs less than reading another pair). */
    static final int FEW_CANDIDATES = 200;
    /** A text shaped like an order id (or its start) searches order ids by prefix, on the primary key. */
    private static final java.util.regex.Pattern ORDER_ID_PREFIX = java.util.regex.Pattern.compile("icp\\d{4,}");
    /** A resident ID number (lower case), whole or masked as the desk shows it: {@code 4403**********123x}. */
    private static final java.util.regex.Pattern ID_NUMBER = java.util.regex.Pattern.compile("\\d{4}[\\d*]{10}\\d{3}[\\dx]");
    private final ReviewDueRule reviewDue;
    private final FindingsRule findingsRule;
    private final int selectiveGram;
    private final int largeMatch;
    /**
     * Orders per character pair (counted up to {@link #PAIR_COUNT_CAP}), as last counted: statistics for choosing the
     * pairs to intersect, never for results. Emptied whenever pairs are written.
     */
    private final Map<String, Long> pairCounts = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The candidates of recently searched texts (the count and the page of one search read them once). Emptied whenever
     * pairs are written; a candidate list is a superset of the matches only as long as the pairs do not change.
     */
    private final Map<String, Candidates> candidates = new java.util.concurrent.ConcurrentHashMap<>();

    /** Without deadlines: {@code review_due_at} is written as null (unknown). */
    public JdbiOrderDao() {
        this(ReviewDueRule.NONE);
    }

    /** Writes each current order's initial-review deadline as {@code reviewDue} tells. */
    public JdbiOrderDao(ReviewDueRule reviewDue) {
        this(reviewDue, FindingsRule.NONE);
    }

    /** Also writes the findings summary of each current order version as {@code findingsRule} computes it. */
    public JdbiOrderDao(ReviewDueRule reviewDue, FindingsRule findingsRule) {
        this(reviewDue, findingsRule, SELECTIVE_GRAM);
    }

    /** Tests: text searches with more than {@code selectiveGram} candidates read their page by a scan instead. */
    JdbiOrderDao(ReviewDueRule reviewDue, FindingsRule findingsRule, int selectiveGram) {
        this(reviewDue, findingsRule, selectiveGram, LARGE_MATCH);
    }

    /** Tests: also a filter matching at least {@code largeMatch} orders reads its page through the sort index. */
    JdbiOrderDao(ReviewDueRule reviewDue, FindingsRule findingsRule, int selectiveGram, int largeMatch) {
        this.reviewDue = reviewDue;
        this.findingsRule = findingsRule;
        this.selectiveGram = selectiveGram;
        this.largeMatch = largeMatch;
    }

    @Override
    public Optional<OrderHead> head(Tx tx, String orderId) {
        return JdbiTx.handle(tx).createQuery("SELECT id, version, status, content_sha256 FROM orders WHERE id = :id")
                .bind("id", orderId)
                .map((rs, ctx) -> new OrderHead(rs.getString(1), rs.getInt(2), OrderStatus.valueOf(rs.getString(3)), rs.getString(4)))
                .findFirst();
    }

    @Override
    public Optional<String> versionHash(Tx tx, String orderId, int version) {
        return JdbiTx.handle(tx).createQuery("SELECT content_sha256 FROM order_version WHERE order_id = :id AND version = :v")
                .bind("id", orderId).bind("v", version).mapTo(String.class).findFirst();
    }

    @Override
    public void insertVersion(Tx tx, NewVersion v) {
        JdbiTx.handle(tx).createUpdate("INSERT INTO order_version (order_id, version, content_sha256, json, bundle_id, received_at) "
                        + "VALUES (:id, :v, :sha, :json, :bundle, :at)")
                .bind("id", v.order().id()).bind("v", v.order().version()).bind("sha", v.contentSha256())
                .bind("json", jsonText(v.json())).bind("bundle", v.bundleId()).bind("at", v.receivedAt())
                .execute();
        // Which bytes each material of this version has: a kept-aside version can become current later (conflict reopened).
        PreparedBatch materials = JdbiTx.handle(tx).prepareBatch("INSERT INTO order_version_material (order_id, version, material_id, "
                + "media_type, sha256) VALUES (:id, :v, :mid, :media, :sha)");
        for (Material m : v.order().materials()) {
            StoredBlob blob = v.materialBlobs().get(m.id());
            if (blob != null) {
                materials.bind("id", v.order().id()).bind("v", v.order().version()).bind("mid", m.id())
                        .bind("media", blob.mediaType()).bind("sha", blob.sha256()).add();
            }
        }
        execute(materials);
    }

    @Override
    public void insertCurrent(Tx tx, NewVersion v, OrderStatus status) {
        Handle h = JdbiTx.handle(tx);
        bindHead(h.createUpdate("INSERT INTO orders (id, version, status, order_type, provider, province, subject_kind, subject_name, "
                + "submitted_at, assisted_edit_consent, filing_number, content_sha256, bundle_id, imported_at, search_text, review_due_at) "
                + "VALUES (:id, :version, :status, :type, :provider, :province, :kind, :name, :submitted, :consent, :filing, :sha, :bundle, "
                + ":at, :search, :due)"), v, status)
                .execute();
        insertParts(h, v);
        pairsWritten();
        writeGrams(h, v.order().id(), Set.of(), grams(searchText(v.order())));
        writeFindings(h, v.order());
    }

    @Override
    public void replaceCurrent(Tx tx, NewVersion v, OrderStatus status) {
        Handle h = JdbiTx.handle(tx);
        String id = v.order().id();
        Set<String> before = h.createQuery("SELECT search_text FROM orders WHERE id = :id").bind("id", id).mapTo(String.class)
                .findFirst().map(JdbiOrderDao::grams).orElse(Set.of());
        for (String table : List.of("subject", "principal", "site_domain", "site", "material")) {
            h.createUpdate("DELETE FROM " + table + " WHERE order_id = :id").bind("id", id).execute();
        }
        bindHead(h.createUpdate("UPDATE orders SET version = :version, status = :status, order_type = :type, provider = :provider, "
                + "province = :province, subject_kind = :kind, subject_name = :name, submitted_at = :submitted, "
                + "assisted_edit_consent = :consent, filing_number = :filing, content_sha256 = :sha, bundle_id = :bundle, "
                + "imported_at = :at, search_text = :search, review_due_at = :due, row_version = row_version + 1 WHERE id = :id"), v, status)
                .execute();
        insertParts(h, v);
        pairsWritten();
        writeGrams(h, id, before, grams(searchText(v.order())));
        writeFindings(h, v.order());
    }

    /** The distinct character pairs of {@code searchText} and a trailing space: what {@code order_search_gram} holds. */
    static Set<String> grams(String searchText) {
        String s = searchText + ' ';
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static void writeGrams(Handle h, String orderId, Set<String> before, Set<String> after) {
        PreparedBatch gone = h.prepareBatch("DELETE FROM order_search_gram WHERE gram = :gram AND order_id = :id");
        for (String g : before) {
            if (!after.contains(g)) {
                gone.bind("gram", g).bind("id", orderId).add();
            }
        }
        execute(gone);
        PreparedBatch added = h.prepareBatch("INSERT INTO order_search_gram (gram, order_id) VALUES (:gram, :id)");
        for (String g : after) {
            if (!before.contains(g)) {
                added.bind("gram", g).bind("id", orderId).add();
            }
        }
        execute(added);
    }

    private void writeFindings(Handle h, Order o) {
        FindingsSummary summary = findingsRule.summarize(o);
        if (summary != null) {
            updateFindings(h, o.id(), o.version(), summary);
        } else {
            h.createUpdate("UPDATE orders SET findings_errors = NULL, findings_warnings = NULL, findings_count = NULL, "
                    + "has_findings = NULL, findings_rules = NULL, findings_of_version = NULL WHERE id = :id").bind("id", o.id()).execute();
        }
    }

    private static boolean updateFindings(Handle h, String orderId, int version, FindingsSummary s) {
        return h.createUpdate("UPDATE orders SET findings_errors = :errors, findings_warnings = :warnings, findings_count = :count, "
                        + "has_findings = :has, findings_rules = :rules, findings_of_version = :version WHERE id = :id AND version = :version")
                .bind("errors", s.errors()).bind("warnings", s.warnings()).bind("count", s.count()).bind("has", !s.clean())
                .bind("rules", s.rulesVersion()).bind("version", version).bind("id", orderId).execute() > 0;
    }

    @Override
    public boolean setFindings(Tx tx, String orderId, int version, FindingsSummary summary) {
        return updateFindings(JdbiTx.handle(tx), orderId, version, summary);
    }

    @Override
    public Optional<FindingsSummary> findings(Tx tx, String orderId) {
        return JdbiTx.handle(tx).createQuery("SELECT findings_errors, findings_warnings, findings_rules FROM orders "
                        + "WHERE id = :id AND findings_count IS NOT NULL")
                .bind("id", orderId)
                .map((rs, ctx) -> new FindingsSummary(rs.getInt(1), rs.getInt(2), rs.getString(3))).findFirst();
    }

    @Override
    public boolean anyWithoutFindings(Tx tx, String rulesVersion) {
        Handle h = JdbiTx.handle(tx);
        // Three index lookups (IS NULL, below, above) instead of one "<>" that H2 answers by reading every row.
        for (String condition : List.of("findings_count IS NULL", "findings_rules < :rules", "findings_rules > :rules")) {
            var q = h.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM orders WHERE " + condition + " LIMIT 1)");
            if (condition.contains(":rules")) {
                q.bind("rules", rulesVersion);
            }
            if (q.mapTo(Long.class).one() > 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<String> idsWithoutFindings(Tx tx, String rulesVersion, String afterId, int limit) {
        return JdbiTx.handle(tx).createQuery("SELECT id FROM orders WHERE id > :after AND (findings_count IS NULL "
                        + "OR findings_rules <> :rules OR findings_of_version <> version) ORDER BY id LIMIT :limit")
                .bind("after", afterId == null ? "" : afterId).bind("rules", rulesVersion).bind("limit", limit)
                .mapTo(String.class).list();
    }

    private <S extends SqlStatement<S>> S bindHead(S statement, NewVersion v, OrderStatus status) {
        Order o = v.order();
        statement.bind("due", reviewDue.dueAt(o.provider(), o.province(), o.submittedAt()));
        return statement.bind("id", o.id()).bind("version", o.version()).bind("status", status.name())
                .bind("type", o.type()).bind("provider", o.provider()).bind("province", o.province())
                .bind("kind", o.subject().kind()).bind("name", o.subject().name()).bind("submitted", o.submittedAt())
                .bind("consent", o.consentsToAssistedEdit()).bind("filing", o.filingNumber()).bind("sha", v.contentSha256())
                .bind("bundle", v.bundleId()).bind("at", v.receivedAt()).bind("search", searchText(o));
    }

    /** What the queue's text search matches: order id, subject name and every domain, lower case. */
    static String searchText(Order o) {
        StringBuilder text = new StringBuilder(o.id()).append(' ').append(o.subject().name());
        for (Site site : o.sites()) {
            for (String domain : site.domains()) {
                text.append(' ').append(domain);
            }
        }
        String lower = text.toString().toLowerCase(Locale.ROOT);
        return lower.length() > 8000 ? lower.substring(0, 8000) : lower;
    }

    private void insertParts(Handle h, NewVersion v) {
        Order o = v.order();
        Subject s = o.subject();
        h.createUpdate("INSERT INTO subject (order_id, kind, name, certificate_type, certificate_number, legal_representative, "
                        + "province, city, district, address, residence_address, investor, remark) VALUES (:id, :kind, :name, :ct, :cn, "
                        + ":lr, :province, :city, :district, :address, :residence, :investor, :remark)")
                .bind("id", o.id()).bind("kind", s.kind()).bind("name", s.name()).bind("ct", s.certificateType())
                .bind("cn", s.certificateNumber()).bind("lr", s.legalRepresentative()).bind("province", s.province())
                .bind("city", s.city()).bind("district", s.district()).bind("address", s.address())
                .bind("residence", s.residenceAddress()).bind("investor", s.investor()).bind("remark", s.remark())
                .execute();

        PreparedBatch principals = h.prepareBatch("INSERT INTO principal (order_id, role, name, id_type, id_number, id_valid_to, "
                + "mobile, landline, email, emergency_phone) VALUES (:id, :role, :name, :type, :number, :validTo, :mobile, :landline, "
                + ":email, :emergency)");
        addPrincipal(principals, o.id(), "subject", o.principal());
        PreparedBatch sites = h.prepareBatch("INSERT INTO site (order_id, idx, name, homepage_url, content_type, languages, ips, "
                + "remark, access_method, server_location, pre_approvals) VALUES (:id, :idx, :name, :url, :content, :languages, :ips, "
                + ":remark, :access, :location, :pre)");
        PreparedBatch domains = h.prepareBatch("INSERT INTO site_domain (order_id, site_idx, pos, domain) VALUES (:id, :idx, :pos, :domain)");
        for (int i = 0; i < o.sites().size(); i++) {
            Site site = o.sites().get(i);
            sites.bind("id", o.id()).bind("idx", i).bind("name", site.name()).bind("url", site.homepageUrl())
                    .bind("content", site.contentType()).bind("languages", String.join(",", site.languages()))
                    .bind("ips", String.join(",", site.ips())).bind("remark", site.remark())
                    .bind("access", site.accessMethod()).bind("location", site.serverLocation())
                    .bind("pre", site.preApprovals().isEmpty() ? null : write(site.preApprovals()))
                    .add();
            for (int d = 0; d < site.domains().size(); d++) {
                domains.bind("id", o.id()).bind("idx", i).bind("pos", d)
                        .bind("domain", site.domains().get(d).toLowerCase(Locale.ROOT)).add();
            }
            addPrincipal(principals, o.id(), "site:" + i, site.principal());
        }
        execute(principals);
        execute(sites);
        execute(domains);

        PreparedBatch materials = h.prepareBatch("INSERT INTO material (order_id, material_id, kind, owner, file_path, media_type, sha256) "
                + "VALUES (:id, :mid, :kind, :owner, :file, :media, :sha)");
        for (Material m : o.materials()) {
            StoredBlob blob = v.materialBlobs().get(m.id());
            if (blob == null) {
                throw new IllegalArgumentException("No stored bytes for material " + m.id() + " of order " + o.id());
            }
            materials.bind("id", o.id()).bind("mid", m.id()).bind("kind", m.kind()).bind("owner", m.owner()).bind("file", m.file())
                    .bind("media", blob.mediaType()).bind("sha", blob.sha256()).add();
        }
        execute(materials);
    }

    private static void addPrincipal(PreparedBatch batch, String orderId, String role, Principal p) {
        if (p == null) {
            return;
        }
        batch.bind("id", orderId).bind("role", role).bind("name", p.name()).bind("type", p.idType()).bind("number", p.idNumber())
                .bind("validTo", p.idValidTo()).bind("mobile", p.mobile()).bind("landline", p.landline()).bind("email", p.email())
                .bind("emergency", p.emergencyPhone()).add();
    }

    private static void execute(PreparedBatch batch) {
        if (batch.size() > 0) {
            batch.execute();
        }
    }

    @Override
    public void setStatus(Tx tx, String orderId, OrderStatus status) {
        JdbiTx.handle(tx).createUpdate("UPDATE orders SET status = :status, row_version = row_version + 1 WHERE id = :id")
                .bind("status", status.name()).bind("id", orderId).execute();
    }

    @Override
    public boolean blobExists(Tx tx, String sha256) {
        return JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM blob WHERE sha256 = :sha").bind("sha", sha256)
                .mapTo(Integer.class).one() > 0;
    }

    @Override
    public void insertBlob(Tx tx, StoredBlob blob, byte[] data) {
        JdbiTx.handle(tx).createUpdate("INSERT INTO blob (sha256, size, media_type, data) VALUES (:sha, :size, :media, :data)")
                .bind("sha", blob.sha256()).bind("size", blob.size()).bind("media", blob.mediaType()).bind("data", data)
                .execute();
    }

    @Override
    public Optional<byte[]> blob(Tx tx, String sha256) {
        return JdbiTx.handle(tx).createQuery("SELECT data FROM blob WHERE sha256 = :sha").bind("sha", sha256)
                .mapTo(byte[].class).findFirst();
    }

    @Override
    public Optional<byte[]> materialBytes(Tx tx, String orderId, String materialId) {
        return JdbiTx.handle(tx).createQuery("SELECT b.data FROM material m JOIN blob b ON b.sha256 = m.sha256 "
                        + "WHERE m.order_id = :id AND m.material_id = :mid")
                .bind("id", orderId).bind("mid", materialId).mapTo(byte[].class).findFirst();
    }

    @Override
    public Optional<Order> find(Tx tx, String orderId) {
        return JdbiTx.handle(tx).createQuery("SELECT v.json FROM order_version v JOIN orders o ON o.id = v.order_id "
                        + "AND o.version = v.version WHERE o.id = :id")
                .bind("id", orderId).mapTo(String.class).findFirst().map(this::parse);
    }

    @Override
    public List<OrderVersionInfo> versions(Tx tx, String orderId) {
        return JdbiTx.handle(tx).createQuery("SELECT version, received_at, bundle_id FROM order_version WHERE order_id = :id ORDER BY version")
                .bind("id", orderId)
                .map((rs, ctx) -> new OrderVersionInfo(rs.getInt(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3)))
                .list();
    }

    @Override
    public Optional<Order> findVersion(Tx tx, String orderId, int version) {
        return JdbiTx.handle(tx).createQuery("SELECT json FROM order_version WHERE order_id = :id AND version = :v")
                .bind("id", orderId).bind("v", version).mapTo(String.class).findFirst().map(this::parse);
    }

    /**
     * Counting reads candidates from the rarest pair whatever its size: a scan in no order (there is no page to fill)
     * costs a lookup per order of that pair, far less than LIKE over every order.
     */
    private static final int COUNT_PROBE = 20_000;

    @Override
    public long count(Tx tx, QueueQuery query) {
        Handle h = JdbiTx.handle(tx);
        Long exact = exactTextCount(h, query);
        if (exact != null) {
            return exact;
        }
        Filter f = Filter.of(h, query, COUNT_PROBE, this);
        return f.bind(h.createQuery("SELECT COUNT(*) FROM orders o" + f.where)).mapTo(Long.class).one();
    }

    /**
     * The matches of a search for one or two characters, alone or with province, type and subject kind: the orders
     * of its pair (of the pairs its character starts) are exactly the orders whose text holds it (the pairs are written with the text, in its transaction), and the
     * filters' orders are read from their indexes, so the intersection needs no check; null otherwise.
     */
    private Long exactTextCount(Handle h, QueueQuery q) {
        if (q.text() == null || !q.statuses().isEmpty() || q.due() != DueFilter.ANY || q.findings() != FindingsFilter.ANY
                || q.submittedBefore() != null) {
            return null;
        }
        String searched = q.text().strip().toLowerCase(Locale.ROOT);
        if (searched.length() > 2 || ORDER_ID_PREFIX.matcher(searched).matches()) {
            return null;
        }
        boolean filtered = Filter.notBlank(q.province()) || Filter.notBlank(q.type()) || Filter.notBlank(q.subjectKind());
        Candidates c = candidates(h, searched, q);
        if (c == null || (filtered && !(c.narrowed() && c.allFiltersApplied()))) {
            return null;
        }
        return (long) c.ids().size();
    }

    /** Pairs were written: the counts and candidates read before may be wrong now. */
    private void pairsWritten() {
        pairCounts.clear();
        candidates.clear();
    }

    /**
     * Candidates of a text search: order ids, sorted, holding every one of {@code pairs} (a superset of the matches),
     * {@code narrowed} to the orders of the query's province, type and subject kind.
     */
    record Candidates(List<String> ids, List<String> pairs, boolean narrowed, boolean allFiltersApplied) {
    }

    /** Columns of the equality filters whose orders' ids an index holds in its entries: (column, ..., id). */
    private static final List<String[]> NARROWING = List.of(new String[] {"province", "province"},
            new String[] {"order_type", "type"}, new String[] {"subject_kind", "kind"});

    /**
     * {@link #candidates(Handle, String)} of the query's text, narrowed by the query's province, type and subject kind
     * when they hold more than {@link #FEW_CANDIDATES}: each filter's order ids are read from its index (up to
     * {@link #PAIR_READ_BUDGET}, a microsecond each) and intersected here, instead of looking up every candidate's row.
     */
    Candidates candidates(Handle h, String searched, QueueQuery q) {
        Candidates c = candidates(h, searched);
        if (c == null || c.ids().size() <= FEW_CANDIDATES) {
            return c;
        }
        String[] values = {q.province(), q.type(), q.subjectKind()};
        StringBuilder key = new StringBuilder(searched);
        for (String v : values) {
            key.append('\u0000').append(Filter.notBlank(v) ? v : "");
        }
        if (key.length() == searched.length() + values.length) {
            return c;
        }
        Candidates cached = candidates.get(key.toString());
        if (cached != null) {
            return cached;
        }
        java.util.Set<String> ids = new java.util.HashSet<>(c.ids());
        boolean narrowed = false;
        boolean all = true;
        for (int i = 0; i < values.length; i++) {
            if (!Filter.notBlank(values[i])) {
                continue;
            }
            List<String> of = h.createQuery("SELECT id FROM orders WHERE " + NARROWING.get(i)[0] + " = :v LIMIT :cap")
                    .bind("v", values[i]).bind("cap", PAIR_READ_BUDGET + 1).mapTo(String.class).list();
            if (of.size() <= PAIR_READ_BUDGET) {
                ids.retainAll(new java.util.HashSet<>(of));
                narrowed = true;
            } else {
                all = false;
            }
        }
        if (!narrowed) {
            return c;
        }
        List<String> sorted = new ArrayList<>(ids);
        java.util.Collections.sort(sorted);
        Candidates found = new Candidates(List.copyOf(sorted), c.pairs(), true, all);
        remember(key.toString(), found);
        return found;
    }

    private void remember(String key, Candidates found) {
        if (candidates.size() >= 16) {
            candidates.clear();
        }
        candidates.put(key, found);
    }

    /**
     * The orders holding the rarest pairs of {@code searched} (two characters or more), read from the pair table and
     * intersected here: the rarest pair's orders first, then the next rarest while the pairs read stay within
     * {@link #PAIR_READ_BUDGET} and more than {@link #FEW_CANDIDATES} are left. Null when even the rarest pair is too
     * common to read (then a scan in sort order finds a page soon).
     */
    Candidates candidates(Handle h, String searched) {
        Candidates cached = candidates.get(searched);
        if (cached != null) {
            return cached;
        }
        if (searched.length() == 1) {
            // One character: the pairs it starts hold exactly the orders whose text has it (every character starts one).
            long n = pairCounts.computeIfAbsent("\u0000" + searched, k -> h.createQuery(
                            "SELECT COUNT(*) FROM (SELECT 1 FROM order_search_gram WHERE gram >= :lo AND gram < :hi LIMIT :cap)")
                    .bind("lo", searched).bind("hi", Filter.next(searched)).bind("cap", PAIR_READ_BUDGET + 1).mapTo(Long.class).one());
            if (n > PAIR_READ_BUDGET) {
                return null;
            }
            List<String> sorted = new ArrayList<>(new java.util.HashSet<>(h.createQuery(
                            "SELECT order_id FROM order_search_gram WHERE gram >= :lo AND gram < :hi")
                    .bind("lo", searched).bind("hi", Filter.next(searched)).mapTo(String.class).list()));
            java.util.Collections.sort(sorted);
            Candidates found = new Candidates(List.copyOf(sorted), List.of(), false, true);
            remember(searched, found);
            return found;
        }
        List<String> probe = new ArrayList<>();
        for (int i = 0; i + 2 <= searched.length(); i++) {
            String pair = searched.substring(i, i + 2);
            if (!probe.contains(pair)) {
                probe.add(pair);
            }
        }
        if (probe.size() > MAX_PROBED_GRAMS) {
            // The first and the last pairs of a long text, and some between.
            List<String> spread = new ArrayList<>();
            for (int i = 0; i < MAX_PROBED_GRAMS; i++) {
                String pair = probe.get(i * (probe.size() - 1) / (MAX_PROBED_GRAMS - 1));
                if (!spread.contains(pair)) {
                    spread.add(pair);
                }
            }
            probe = spread;
        }
        Map<String, Long> counts = new java.util.HashMap<>();
        for (String g : probe) {
            counts.put(g, pairCounts.computeIfAbsent(g, k -> h.createQuery(
                            "SELECT COUNT(*) FROM (SELECT 1 FROM order_search_gram WHERE gram = :gram LIMIT :cap)")
                    .bind("gram", k).bind("cap", PAIR_COUNT_CAP).mapTo(Long.class).one()));
        }
        probe.sort(java.util.Comparator.comparing(counts::get));
        if (counts.get(probe.get(0)) > PAIR_READ_BUDGET) {
            return null;
        }
        java.util.Set<String> ids = null;
        List<String> used = new ArrayList<>();
        long read = 0;
        for (String g : probe) {
            long n = counts.get(g);
            if (ids != null && (ids.size() <= FEW_CANDIDATES || read + n > PAIR_READ_BUDGET)) {
                break;
            }
            List<String> orders = h.createQuery("SELECT order_id FROM order_search_gram WHERE gram = :gram").bind("gram", g)
                    .mapTo(String.class).list();
            read += orders.size();
            used.add(g);
            if (ids == null) {
                ids = new java.util.HashSet<>(orders);
            } else {
                ids.retainAll(new java.util.HashSet<>(orders));
            }
        }
        List<String> sorted = new ArrayList<>(ids);
        java.util.Collections.sort(sorted);
        Candidates found = new Candidates(List.copyOf(sorted), List.copyOf(used), false, true);
        remember(searched, found);
        return found;
    }

    @Override
    public long countUpTo(Tx tx, QueueQuery query, long limit) {
        Handle h = JdbiTx.handle(tx);
        if (!query.filtered()) {
            return Math.min(limit, h.createQuery("SELECT COUNT(*) FROM orders").mapTo(Long.class).one());
        }
        Long exact = exactTextCount(h, query);
        if (exact != null) {
            return Math.min(limit, exact);
        }
        Filter f = Filter.of(h, query, COUNT_PROBE, this);
        return f.bind(h.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM orders o" + f.where + " LIMIT :cap)"))
                .bind("cap", limit).mapTo(Long.class).one();
    }

    @Override
    public List<QueueRow> page(Tx tx, QueueQuery query, int offset, int limit) {
        Handle h = JdbiTx.handle(tx);
        Filter f = Filter.of(h, query, selectiveGram, this);
        String direction = query.ascending() ? " ASC" : " DESC";
        String prefix = sortedIndexPrefix(query, direction);
        String order = prefix + orderBy(query.sort(), direction) + (query.sort() == QueueSort.ORDER_ID ? "" : ", o.id" + direction);
        String hint = "";
        boolean dueToday = query.due() == DueFilter.DUE_TODAY && query.sort() != QueueSort.DUE;
        if (dueToday) {
            // Orders due today were submitted on a few days deep in the queue: reading pending orders in submission
            // order until 200 match reads most of them; the deadline index finds them all at once, then they are sorted.
            prefix = "";
            order = orderBy(query.sort(), direction) + (query.sort() == QueueSort.ORDER_ID ? "" : ", o.id" + direction);
        }
        // A text search (not an order-id prefix) decides its own way (candidates of a rare pair, or a scan in sort order when every pair is common).
        if (prefix.isEmpty() && !dueToday && f.text == null && query.filtered()
                && countUpTo(tx, query, largeMatch) >= largeMatch) {
            // Many matches: read them in sort order and stop after the page, rather than sort them all.
            hint = " USE INDEX (" + sortIndex(h, query.sort()) + ")";
        }
        if (f.candidates != null) {
            // A list of candidate ids: read them by the primary key and sort them (H2 otherwise may walk a filter's or
            // the sort column's index over many more orders, testing each against the list).
            hint = " USE INDEX (" + sortIndex(h, QueueSort.ORDER_ID) + ")";
        }
        return f.bind(h.createQuery("SELECT o.id, o.version, o.subject_name, o.subject_kind, o.province, o.order_type, "
                        + "o.submitted_at, o.status, o.review_due_at, o.findings_errors, o.findings_warnings FROM orders o" + hint + f.where
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset"))
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new QueueRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class), OrderStatus.valueOf(rs.getString(8)),
                        rs.getObject(9, OffsetDateTime.class), (Integer) rs.getObject(10), (Integer) rs.getObject(11)))
                .list();
    }

    @Override
    public int fillReviewDue(Tx tx) {
        Handle h = JdbiTx.handle(tx);
        List<Object[]> unknown = h.createQuery("SELECT id, provider, province, submitted_at FROM orders "
                        + "WHERE review_due_at IS NULL AND submitted_at IS NOT NULL")
                .map((rs, ctx) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class)})
                .list();
        PreparedBatch updates = h.prepareBatch("UPDATE orders SET review_due_at = :due WHERE id = :id");
        for (Object[] row : unknown) {
            OffsetDateTime due = reviewDue.dueAt((String) row[1], (String) row[2], (OffsetDateTime) row[3]);
            if (due != null) {
                updates.bind("due", due).bind("id", (String) row[0]).add();
            }
        }
        int filled = updates.size();
        execute(updates);
        return filled;
    }

    @Override
    public int fillSearchGrams(Tx tx, int batch) {
        Handle h = JdbiTx.handle(tx);
        Optional<String> after = h.createQuery("SELECT after_id FROM order_search_gram_fill").mapTo(String.class).findFirst();
        if (after.isEmpty()) {
            return 0;
        }
        List<String[]> rows = h.createQuery("SELECT id, search_text FROM orders WHERE id > :after ORDER BY id LIMIT :limit")
                .bind("after", after.get()).bind("limit", batch)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        PreparedBatch added = h.prepareBatch("MERGE INTO order_search_gram (gram, order_id) KEY (gram, order_id) VALUES (:gram, :id)");
        pairsWritten();
        for (String[] row : rows) {
            for (String g : grams(row[1])) {
                added.bind("gram", g).bind("id", row[0]).add();
            }
        }
        execute(added);
        if (rows.size() < batch) {
            h.execute("DELETE FROM order_search_gram_fill");
        } else {
            h.createUpdate("UPDATE order_search_gram_fill SET after_id = :id").bind("id", rows.get(rows.size() - 1)[0]).execute();
        }
        return rows.size();
    }

    @Override
    public long countAll(Tx tx) {
        return JdbiTx.handle(tx).createQuery("SELECT COUNT(*) FROM orders").mapTo(Long.class).one();
    }

    @Override
    public List<String> ids(Tx tx) {
        return JdbiTx.handle(tx).createQuery("SELECT id FROM orders ORDER BY id").mapTo(String.class).list();
    }

    /** A filter matching at least this many orders reads its page through the sort column's index. */
    static final int LARGE_MATCH = 2_000;
    private volatile String primaryKeyIndex;

    /** The index that holds the orders in {@code sort}'s order (constant names; the primary key's is H2's own). */
    private String sortIndex(Handle h, QueueSort sort) {
        switch (sort) {
            case SUBJECT: return "orders_subject_name_id";
            case PROVINCE: return "orders_province_id";
            case TYPE: return "orders_type_id";
            case KIND: return "orders_kind_submitted";
            case STATUS: return "orders_status_id";
            case DUE: return "orders_review_due";
            case FINDINGS: return "orders_findings_count";
            case SUBMITTED: return "orders_submitted";
            case ORDER_ID:
            default:
                if (primaryKeyIndex == null) {
                    primaryKeyIndex = h.createQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC' "
                            + "AND TABLE_NAME = 'ORDERS' AND INDEX_TYPE_NAME = 'PRIMARY KEY'").mapTo(String.class).one();
                    if (!primaryKeyIndex.matches("[A-Z0-9_]+")) {
                        throw new IllegalStateException("Unexpected primary key index name " + primaryKeyIndex);
                    }
                }
                return primaryKeyIndex;
        }
    }

    /** Index shapes (equality columns before the sort column) that let H2 read a page in order, longest first. */
    private static final List<List<String>> SUBMITTED_PREFIXES = List.of(
            List.of("o.province", "o.status"), List.of("o.order_type", "o.status"), List.of("o.subject_kind", "o.status"),
            List.of("o.province"), List.of("o.order_type"), List.of("o.subject_kind"), List.of("o.has_findings"), List.of("o.status"));
    private static final List<List<String>> DUE_PREFIXES = List.of(List.of("o.has_findings", "o.status"), List.of("o.status"));

    /**
     * The filter's equality columns an index has in front of the sort column, as ORDER BY terms (constant under the
     * filter, so the rows come in the same order; H2 then reads the page from that index instead of sorting all matches).
     */
    static String sortedIndexPrefix(QueueQuery q, String direction) {
        java.util.Set<String> equal = new java.util.HashSet<>();
        if (q.province() != null && !q.province().isBlank()) {
            equal.add("o.province");
        }
        if (q.type() != null && !q.type().isBlank()) {
            equal.add("o.order_type");
        }
        if (q.subjectKind() != null && !q.subjectKind().isBlank()) {
            equal.add("o.subject_kind");
        }
        if (q.findings() != FindingsFilter.ANY) {
            equal.add("o.has_findings");
        }
        boolean pendingOnly = q.due() != DueFilter.ANY;
        if ((q.statuses().size() == 1 && (!pendingOnly || q.statuses().contains(OrderStatus.PENDING)))
                || (q.statuses().isEmpty() && pendingOnly)) {
            equal.add("o.status");
        }
        List<List<String>> shapes = q.sort() == QueueSort.SUBMITTED ? SUBMITTED_PREFIXES
                : q.sort() == QueueSort.DUE ? DUE_PREFIXES : List.of();
        for (List<String> shape : shapes) {
            if (equal.containsAll(shape)) {
                StringBuilder out = new StringBuilder();
                for (String column : shape) {
                    out.append(column).append(direction).append(", ");
                }
                return out.toString();
            }
        }
        return "";
    }

    /** Sort columns are constants chosen by the enum, never text from outside. */
    private static String orderBy(QueueSort sort, String direction) {
        switch (sort) {
            case ORDER_ID: return "o.id" + direction;
            case SUBJECT: return "o.subject_name" + direction;
            case PROVINCE: return "o.province" + direction;
            case TYPE: return "o.order_type" + direction;
            case KIND: return "o.subject_kind" + direction + ", o.submitted_at" + direction;
            case STATUS: return "o.status" + direction;
            case DUE: return "o.review_due_at" + direction;
            case FINDINGS: return "o.findings_count" + direction;
            case SUBMITTED:
            default: return "o.submitted_at" + direction;
        }
    }

    /** The WHERE clause of a queue query: fixed SQL fragments, values bound. */
    private static final class Filter {
        final String where;
        final QueueQuery query;
        final String text;
        final String idLow;
        /** The candidate order ids of a text search (see {@link JdbiOrderDao#candidates}); null when the text scans. */
        final List<String> candidates;
        /** The one pair whose orders are the candidates, when one pair is all it took. */
        final String gram;
        final String gramLow;

        private Filter(String where, QueueQuery query, String text, String idLow, List<String> candidates, String gram,
                       String gramLow) {
            this.where = where;
            this.query = query;
            this.text = text;
            this.idLow = idLow;
            this.candidates = candidates;
            this.gram = gram;
            this.gramLow = gramLow;
        }

        static Filter of(Handle h, QueueQuery q, int selective, JdbiOrderDao search) {
            List<String> parts = new ArrayList<>();
            if (!q.statuses().isEmpty()) {
                parts.add("o.status IN (<statuses>)");
            }
            if (notBlank(q.province())) {
                parts.add("o.province = :province");
            }
            if (notBlank(q.type())) {
                parts.add("o.order_type = :type");
            }
            if (notBlank(q.subjectKind())) {
                parts.add("o.subject_kind = :kind");
            }
            if (q.due() == DueFilter.OVERDUE) {
                parts.add("o.status = 'PENDING' AND o.review_due_at <= :now");
            } else if (q.due() == DueFilter.DUE_TODAY) {
                parts.add("o.status = 'PENDING' AND o.review_due_at > :now AND o.review_due_at <= :endOfToday");
            }
            if (q.findings() == FindingsFilter.WITH_FINDINGS) {
                parts.add("o.has_findings = TRUE");
            } else if (q.findings() == FindingsFilter.CLEAN) {
                parts.add("o.has_findings = FALSE");
            }
            if (q.submittedBefore() != null) {
                parts.add("o.submitted_at < :submittedBefore");
            }
            String searched = notBlank(q.text()) ? q.text().strip().toLowerCase(Locale.ROOT) : null;
            String like = null;
            String idLow = null;
            List<String> candidates = null;
            String gram = null;
            String gramLow = null;
            if (searched != null && ORDER_ID_PREFIX.matcher(searched).matches()) {
                // An order id or its start: a range of the primary key (ids are stored in upper case).
                idLow = searched.toUpperCase(Locale.ROOT);
                parts.add("o.id >= :idLow AND o.id < :idHigh");
            } else if (searched != null && ID_NUMBER.matcher(searched).matches()) {
                // A resident ID number, whole or masked (4403**********1234): the principals' and individual subjects'
                // numbers through their indexes (the number is in no search text; H2 reads the 4-digit prefix's range).
                // Read first, then matched by key: as a subquery H2 ran it once per order (1.4 s at 100,000 orders).
                String pattern = searched.toUpperCase(Locale.ROOT).replace('*', '_');
                String head = pattern.substring(0, 4);
                candidates = h.createQuery("SELECT order_id FROM principal WHERE id_number >= :lo AND id_number < :hi"
                                + " AND id_number LIKE :pattern UNION SELECT order_id FROM subject WHERE certificate_number >= :lo"
                                + " AND certificate_number < :hi AND certificate_number LIKE :pattern")
                        .bind("lo", head).bind("hi", next(head)).bind("pattern", pattern).mapTo(String.class).list();
                parts.add(candidates.isEmpty() ? "FALSE" : "o.id = ANY(:candidates)");
            } else if (searched != null) {
                like = "%" + escapeLike(searched) + "%";
                Candidates one = searched.length() == 1 ? search.candidates(h, searched, q) : null;
                if (one != null) {
                    // One character in few enough orders: their ids, read once (see JdbiOrderDao#candidates).
                    if (selective == COUNT_PROBE || one.ids().size() <= selective) {
                        candidates = one.ids();
                        parts.add(candidates.isEmpty() ? "FALSE" : "o.id = ANY(:candidates)");
                    }
                } else if (searched.length() == 1) {
                    gramLow = searched;
                    if (selective == COUNT_PROBE || rangeCount(h, searched, selective) <= selective) {
                        parts.add("o.id IN (SELECT g.order_id FROM order_search_gram g WHERE g.gram >= :gramLow AND g.gram < :gramHigh)");
                    }
                } else {
                    // Counting reads the candidates however many (a lookup each, far less than LIKE over every order);
                    // a page reads them when they are few, else it scans in sort order (many matches: a page comes soon).
                    Candidates c = search.candidates(h, searched, q);
                    if (c != null && (selective == COUNT_PROBE || c.ids().size() <= selective)) {
                        if (c.ids().isEmpty()) {
                            parts.add("FALSE");
                        } else if (c.pairs().size() == 1 && !c.narrowed()) {
                            // One pair's orders: H2 reads them from the pair table itself (cheaper than a long array).
                            gram = c.pairs().get(0);
                            parts.add("o.id IN (SELECT g.order_id FROM order_search_gram g WHERE g.gram = :gram)");
                        } else {
                            candidates = c.ids();
                            parts.add("o.id = ANY(:candidates)");
                        }
                    }
                }
                parts.add("o.search_text LIKE :text ESCAPE '!'");
            }
            return new Filter(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), q, like, idLow, candidates, gram, gramLow);
        }

        private static long rangeCount(Handle h, String c, int selective) {
            return h.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM order_search_gram WHERE gram >= :lo AND gram < :hi LIMIT :cap)")
                    .bind("lo", c).bind("hi", next(c)).bind("cap", selective + 1).mapTo(Long.class).one();
        }

        /** The smallest string above every string that starts with {@code s} (s is one char, or an id prefix). */
        private static String next(String s) {
            char last = s.charAt(s.length() - 1);
            return last == Character.MAX_VALUE ? s + last : s.substring(0, s.length() - 1) + (char) (last + 1);
        }

        <S extends SqlStatement<S>> S bind(S s) {
            if (!query.statuses().isEmpty()) {
                s.bindList("statuses", query.statuses().stream().map(Enum::name).sorted().collect(Collectors.toList()));
            }
            if (notBlank(query.province())) {
                s.bind("province", query.province());
            }
            if (notBlank(query.type())) {
                s.bind("type", query.type());
            }
            if (notBlank(query.subjectKind())) {
                s.bind("kind", query.subjectKind());
            }
            if (text != null) {
                s.bind("text", text);
            }
            if (idLow != null) {
                s.bind("idLow", idLow).bind("idHigh", idLow + Character.MAX_VALUE);
            }
            if (candidates != null && !candidates.isEmpty()) {
                s.bind("candidates", candidates.toArray(new String[0]));
            }
            if (gram != null) {
                s.bind("gram", gram);
            }
            if (gramLow != null && where.contains(":gramLow")) {
                s.bind("gramLow", gramLow).bind("gramHigh", next(gramLow));
            }
            if (query.submittedBefore() != null) {
                s.bind("submittedBefore", query.submittedBefore());
            }
            if (query.due() != DueFilter.ANY) {
                s.bind("now", query.now());
            }
            if (query.due() == DueFilter.DUE_TODAY) {
                OffsetDateTime now = query.now();
                s.bind("endOfToday", now.toLocalDate().plusDays(1).atStartOfDay().atOffset(now.getOffset()));
            }
            return s;
        }

        static boolean notBlank(String s) {
            return s != null && !s.isBlank();
        }

        private static String escapeLike(String s) {
            return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        }
    }

    private Order parse(String text) {
        try {
            return json.readValue(text, Order.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Stored order JSON does not parse", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jsonText(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith(BOM) ? text.substring(1) : text;
    }

}
