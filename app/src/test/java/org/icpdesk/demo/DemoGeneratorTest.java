package org.icpdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.icpdesk.bundle.domain.Manifest;
import org.icpdesk.bundle.domain.ManifestEntry;
import org.icpdesk.bundle.service.BundleWriter;
import org.icpdesk.i18n.Messages;
import org.icpdesk.i18n.UserFacingException;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;
import org.icpdesk.rules.domain.CreditCodes;
import org.icpdesk.rules.domain.IdNumbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes real demo bundles into a temp dir (20 orders; 200 for the defect mix) and reads them back. */
class DemoGeneratorTest {
    private static final long SEED = 7;
    private static final int SMALL = 20;
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("086-0\\d{2,3}-[2-8]\\d{6,7}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
    private static final Set<String> TYPES = Set.of("new-filing", "new-access", "add-site");
    private static final Set<String> CERTIFICATE_KINDS = Set.of("ID_CARD_FRONT", "ID_CARD_BACK", "BUSINESS_LICENSE",
            "DOMAIN_CERTIFICATE");
    private static final Map<String, List<String>> PRINTED_KEYS = Map.of(
            "ID_CARD_FRONT", List.of("name", "sex", "ethnicity", "birth_date", "address", "id_number"),
            "ID_CARD_BACK", List.of("issuing_authority", "valid_from", "valid_to"),
            "BUSINESS_LICENSE", List.of("credit_code", "name", "type", "legal_representative", "address",
                    "registered_capital", "established_date"),
            "DOMAIN_CERTIFICATE", List.of("domain", "registrant", "registered_date", "expiry_date"));
    private static final LocalDate TODAY = DemoGenerator.CREATED_AT.toLocalDate();

    @TempDir
    static Path dir;
    static DemoBundles small;

    @BeforeAll
    static void writeSmallBundle() throws IOException {
        small = DemoBundles.write(dir.resolve("demo-20.zip"), SEED, SMALL);
    }

    @Test
    void manifestListsEveryOtherEntryWithSizeAndHashAndComesLast() {
        Manifest m = small.manifest;
        assertThat(m.format()).isEqualTo(Manifest.FORMAT);
        assertThat(m.formatVersion()).isEqualTo(1);
        assertThat(m.kind()).isEqualTo(Manifest.KIND_ORDERS);
        assertThat(m.bundleId()).isEqualTo(DemoGenerator.bundleId(SEED, SMALL));
        assertThat(m.createdAt()).isEqualTo(DemoGenerator.CREATED_AT);

        List<String> names = new ArrayList<>(small.entries.keySet());
        assertThat(names.get(names.size() - 1)).isEqualTo("manifest.json");
        names.remove("manifest.json");
        assertThat(m.entries()).extracting(ManifestEntry::path).containsExactlyInAnyOrderElementsOf(names);
        for (ManifestEntry e : m.entries()) {
            byte[] data = small.entries.get(e.path());
            assertThat(e.size()).as(e.path()).isEqualTo(data.length);
            assertThat(e.sha256()).as(e.path()).isEqualTo(BundleWriter.sha256(data));
            assertThat(e.path()).doesNotContain("..", "\\").doesNotStartWith("/").doesNotEndWith("/");
        }
        assertThat(names).contains(DemoTruth.ENTRY)
                .allMatch(n -> n.equals(DemoTruth.ENTRY) || n.startsWith("orders/") || n.startsWith("materials/"));
    }

    /** The first start's demo is dated now: a queue like today's, with certificates valid today. */
    @Test
    void aDemoDatedNowHasTodaysQueue() throws IOException {
        OffsetDateTime now = OffsetDateTime.parse("2027-03-10T15:20:00+08:00");    // a Wednesday
        DemoBundles live = DemoBundles.write(dir.resolve("demo-now.zip"), new DemoGenerator(SEED, now), 40);
        assertThat(live.manifest.createdAt()).isEqualTo(now);
        assertThat(live.manifest.bundleId()).isNotEqualTo(DemoGenerator.bundleId(SEED, 40));
        assertThat(live.orders).allSatisfy(o -> assertThat(o.submittedAt()).isBefore(now).isAfter(now.minusDays(16)));
        long lastDay = live.orders.stream().filter(o -> o.submittedAt().isAfter(now.minusHours(24))).count();
        long older = live.orders.stream().filter(o -> o.submittedAt().isBefore(now.minusDays(3))).count();
        assertThat(lastDay).as("submitted in the last day").isBetween(10L, 30L);
        assertThat(older).as("submitted days ago (overdue)").isBetween(1L, 20L);
        // The same certificates as the reproducible demo, dated from the new day: principals' IDs still valid.
        assertThat(live.orders).filteredOn(o -> o.principal().idValidTo().matches("\\d{4}-\\d{2}-\\d{2}"))
                .isNotEmpty().allSatisfy(o -> assertThat(LocalDate.parse(o.principal().idValidTo())).isAfter(now.toLocalDate()));
        assertThat(live.orders.get(0).subject().name()).isEqualTo(DemoBundles.write(dir.resolve("demo-1.zip"), SEED, 1)
                .orders.get(0).subject().name());
    }

    @Test
    void everyOrderParsesWithTheRequiredFields() throws IOException {
        assertThat(small.orders).hasSize(SMALL);
        assertThat(small.orders).extracting(Order::id).doesNotHaveDuplicates();
        for (Order o : small.orders) {
            String entry = "orders/" + o.id() + ".json";
            assertThat(small.entries).containsKey(entry);
            assertThat(o.id()).matches(ORDER_ID).startsWith("ICP");
            assertThat(o.version()).isBetween(1, 3);
            assertThat(o.type()).isIn(TYPES);
            assertThat(o.filingNumber() == null).isEqualTo("new-filing".equals(o.type()));
            assertThat(o.province()).matches("\\d{2}").isEqualTo(o.subject().province());
            assertThat(o.assistedEditConsent()).isNotNull();
            assertThat(o.submittedAt()).isBefore(DemoGenerator.CREATED_AT);
            assertThat(o.submittedAt().toLocalDate()).isAfter(TODAY.minusDays(16));
            assertThat(o.id()).startsWith("ICP" + o.submittedAt().toLocalDate().format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
            assertThat(o.subject().kind()).isIn("unit", "individual");
            assertThat(o.subject().name()).isNotBlank();
            assertThat(o.subject().certificateType()).isEqualTo(o.subject().isUnit() ? "BUSINESS_LICENSE" : "ID_CARD");
            assertThat(o.subject().city()).isNotBlank();
            assertThat(o.subject().district()).isNotBlank();
            assertThat(o.sites()).hasSizeBetween(1, 3);
            for (Site s : o.sites()) {
                assertThat(s.name()).isNotBlank();
                assertThat(s.domains()).hasSize(1);
                assertThat(s.contentType()).isIn("portal", "unit-portal", "blog-personal-space", "other");
                assertThat(s.principal()).isNotNull();
                assertThat(s.principal().idType()).isEqualTo("ID_CARD");
            }
            for (Principal p : principals(o)) {
                assertThat(p.name()).isNotBlank();
                assertThat(p.mobile()).matches(MOBILE);
                assertThat(p.emergencyPhone()).matches(MOBILE).isNotEqualTo(p.mobile());
                assertThat(p.idValidTo()).matches("长期|\\d{4}-\\d{2}-\\d{2}");
            }
            assertThat(o.materials()).isNotEmpty();
            Set<String> ids = new HashSet<>();
            for (Material m : o.materials()) {
                assertThat(ids.add(m.id())).as("unique material id").isTrue();
                assertThat(m.kind()).isNotBlank();
                assertThat(m.owner()).matches("subject|principal|site:\\d");
                if (m.owner().startsWith("site:")) {
                    assertThat(Integer.parseInt(m.owner().substring(5))).isLessThan(o.sites().size());
                }
                assertThat(m.file()).startsWith("materials/" + o.id() + "/");
                assertThat(small.entries).containsKey(m.file());
            }
            JsonNode raw = DemoBundles.JSON.readTree(small.entries.get(entry));
            assertThat(raw.get("subject").has("unit")).as("no derived getters in the JSON").isFalse();
        }
    }

    @Test
    void materialsFollowTheSubjectKind() {
        for (Order o : small.orders) {
            List<String> kinds = o.materials().stream().map(m -> m.owner() + "/" + m.kind()).toList();
            assertThat(kinds).contains("principal/ID_CARD_FRONT", "principal/ID_CARD_BACK");
            for (int s = 0; s < o.sites().size(); s++) {
                assertThat(kinds).contains("site:" + s + "/BACKDROP_PHOTO", "site:" + s + "/DOMAIN_CERTIFICATE");
            }
            if (o.subject().isUnit()) {
                assertThat(kinds).contains("subject/BUSINESS_LICENSE");
                for (int s = 0; s < o.sites().size(); s++) {
                    assertThat(kinds).contains("site:" + s + "/ID_CARD_FRONT");
                }
            } else {
                assertThat(kinds).noneMatch(k -> k.startsWith("subject/") || k.endsWith("/BUSINESS_LICENSE"));
            }
        }
    }

    @Test
    void everyImageDecodesAtScanSize() {
        for (Order o : small.orders) {
            for (Material m : o.materials()) {
                byte[] data = small.entries.get(m.file());
                BufferedImage img = small.image(m.file());
                assertThat(img).as(m.file()).isNotNull();
                if (m.file().endsWith(".png")) {
                    assertThat(data).startsWith(0x89, 'P', 'N', 'G');
                } else {
                    assertThat(m.file()).endsWith(".jpg");
                    assertThat(data).startsWith(0xFF, 0xD8);
                }
                switch (m.kind()) {
                    case "ID_CARD_FRONT", "ID_CARD_BACK" -> {
                        assertThat(img.getWidth()).isEqualTo(1024);
                        assertThat(img.getHeight()).isEqualTo(648);
                        assertThat(data.length).isLessThan(300 * 1024);
                    }
                    case "BUSINESS_LICENSE" -> assertThat(new int[] {img.getWidth(), img.getHeight()}).containsExactly(1400, 1000);
                    case "DOMAIN_CERTIFICATE" -> assertThat(new int[] {img.getWidth(), img.getHeight()}).containsExactly(1200, 850);
                    case "BACKDROP_PHOTO" -> assertThat(new int[] {img.getWidth(), img.getHeight()}).containsExactly(480, 640);
                    default -> assertThat(m.kind()).isEqualTo("AUTHORIZATION_LETTER");
                }
            }
        }
    }

    @Test
    void printedValuesAgreeWithTheEnteredValuesOfCleanOrders() {
        int checked = 0;
        for (Order o : small.orders) {
            DemoTruth.TruthOrder t = small.truth(o.id());
            for (Material m : o.materials()) {
                assertThat(t.printed().containsKey(m.id())).as(m.kind()).isEqualTo(CERTIFICATE_KINDS.contains(m.kind()));
                if (t.printed().containsKey(m.id())) {
                    DemoTruth.Printed p = t.printed().get(m.id());
                    assertThat(p.kind()).isEqualTo(m.kind());
                    assertThat(p.fields().keySet()).containsExactlyElementsOf(PRINTED_KEYS.get(m.kind()));
                    assertThat(p.fields().values()).allMatch(v -> v != null && !v.isBlank());
                }
            }
            if (!t.clean()) {
                continue;
            }
            for (Material m : o.materials()) {
                DemoTruth.Printed p = t.printed().get(m.id());
                if (p == null) {
                    continue;
                }
                Map<String, String> f = p.fields();
                Principal who = DemoBundles.ownerOf(o, m.owner());
                switch (m.kind()) {
                    case "ID_CARD_FRONT" -> {
                        assertThat(f.get("name")).isEqualTo(who.name());
                        assertThat(f.get("id_number")).isEqualTo(who.idNumber());
                        assertThat(f.get("birth_date")).isEqualTo(IdNumbers.birthDate(who.idNumber()).orElseThrow().toString());
                        assertThat(f.get("sex")).isEqualTo(IdNumbers.sex(who.idNumber()).orElseThrow() == IdNumbers.Sex.MALE ? "男" : "女");
                        assertThat(f.get("address").length()).isLessThanOrEqualTo(33);
                        if (!o.subject().isUnit()) {
                            assertThat(f.get("address")).isEqualTo(o.subject().residenceAddress());
                            assertThat(f.get("id_number")).isEqualTo(o.subject().certificateNumber());
                        }
                    }
                    case "ID_CARD_BACK" -> {
                        assertThat(f.get("valid_to")).isEqualTo(who.idValidTo());
                        assertThat(f.get("issuing_authority")).endsWith("分局").contains("公安局");
                    }
                    case "BUSINESS_LICENSE" -> {
                        assertThat(f.get("credit_code")).isEqualTo(o.subject().certificateNumber());
                        assertThat(f.get("name")).isEqualTo(o.subject().name());
                        assertThat(f.get("legal_representative")).isEqualTo(o.subject().legalRepresentative())
                                .isEqualTo(o.principal().name());
                        assertThat(f.get("address")).isEqualTo(o.subject().residenceAddress());
                    }
                    case "DOMAIN_CERTIFICATE" -> {
                        Site site = o.sites().get(Integer.parseInt(m.owner().substring(5)));
                        assertThat(f.get("domain")).isEqualTo(site.domains().get(0));
                        assertThat(f.get("registrant")).isEqualTo(o.subject().name());
                        assertThat(LocalDate.parse(f.get("expiry_date"))).isAfter(TODAY);
                    }
                    default -> throw new AssertionError(m.kind());
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    @Test
    void cleanOrdersPassTheChecksTheirDefectsWouldFail() {
        int clean = 0;
        for (Order o : small.orders) {
            if (!small.truth(o.id()).clean()) {
                continue;
            }
            clean++;
            assertCleanOrder(o);
        }
        assertThat(clean).isPositive();
    }

    @Test
    void sameSeedGivesIdenticalEntriesAndAPrefixOfTheSameOrders() throws IOException {
        Map<String, byte[]> again = DemoBundles.readEntries(write(SEED, SMALL, "again.zip"));
        assertThat(again.keySet()).containsExactlyElementsOf(small.entries.keySet());
        for (Map.Entry<String, byte[]> e : small.entries.entrySet()) {
            assertThat(again.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }

        Map<String, byte[]> five = DemoBundles.readEntries(write(SEED, 5, "five.zip"));
        List<String> firstFive = small.orders.subList(0, 5).stream().map(o -> "orders/" + o.id() + ".json").toList();
        assertThat(five.keySet().stream().filter(k -> k.startsWith("orders/"))).containsExactlyElementsOf(firstFive);
        for (Map.Entry<String, byte[]> e : five.entrySet()) {
            if (e.getKey().startsWith("orders/") || e.getKey().startsWith("materials/")) {
                assertThat(e.getValue()).as(e.getKey()).isEqualTo(small.entries.get(e.getKey()));
            }
        }
        assertThat(DemoGenerator.bundleId(SEED, 5)).isNotEqualTo(DemoGenerator.bundleId(SEED, SMALL));

        Map<String, byte[]> other = DemoBundles.readEntries(write(SEED + 1, 5, "other.zip"));
        assertThat(other.keySet().stream().filter(k -> k.startsWith("orders/"))).doesNotContainAnyElementsOf(firstFive);
    }

    @Test
    void truthMatchesTheBundle() {
        DemoTruth t = small.truth;
        assertThat(t.format()).isEqualTo(DemoTruth.FORMAT);
        assertThat(t.seed()).isEqualTo(SEED);
        assertThat(t.bundleId()).isEqualTo(small.manifest.bundleId());
        assertThat(t.createdAt()).isEqualTo(DemoGenerator.CREATED_AT);
        assertThat(t.orders()).extracting(DemoTruth.TruthOrder::id).containsExactlyElementsOf(
                small.orders.stream().map(Order::id).toList());
        for (DemoTruth.TruthOrder o : t.orders()) {
            assertThat(o.clean()).isEqualTo(o.defects().isEmpty());
            assertThat(o.version()).isEqualTo(small.order(o.id()).version());
            assertThat(o.subjectKind()).isEqualTo(small.order(o.id()).subject().kind());
        }
    }

    @Test
    void refusesOrderCountsOutsideTheFormatLimits() {
        for (int n : new int[] {0, -1, DemoGenerator.MAX_ORDERS + 1}) {
            assertThatThrownBy(() -> new DemoGenerator(1).write(dir.resolve("bad.zip"), n))
                    .isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).userMessage().key())
                    .isEqualTo(DemoGenerator.ORDER_COUNT_KEY);
        }
        assertThat(dir.resolve("bad.zip")).doesNotExist();
    }

    @Test
    void messagesExistInBothLanguages() {
        for (Locale locale : Messages.SUPPORTED) {
            Messages messages = new Messages(locale);
            assertThat(messages.get(CjkFonts.MISSING_KEY, CjkFonts.FAMILY, CjkFonts.PACKAGE))
                    .contains(CjkFonts.FAMILY, CjkFonts.PACKAGE);
            assertThat(messages.get(DemoGenerator.ORDER_COUNT_KEY, 1, DemoGenerator.MAX_ORDERS, 0)).contains("0");
            assertThat(messages.get(DemoGenerator.PROGRESS_KEY)).isNotBlank();
        }
    }

    // ---- shared checks ----------------------------------------------------------------------------------------

    static void assertCleanOrder(Order o) {
        for (Principal p : principals(o)) {
            assertThat(IdNumbers.validate(p.idNumber())).as(p.idNumber()).isEmpty();
            assertThat(p.idNumber()).startsWith(o.province());
            int age = IdNumbers.ageOn(p.idNumber(), TODAY).orElseThrow();
            assertThat(age).isGreaterThanOrEqualTo(o.subject().isUnit() ? 22 : 18);
            if (!"长期".equals(p.idValidTo())) {
                assertThat(LocalDate.parse(p.idValidTo())).isAfter(TODAY.plusMonths(3));
            }
            if (p.landline() != null) {
                assertThat(p.landline()).matches(LANDLINE);
            }
            assertThat(p.email()).matches(EMAIL);
        }
        if (o.subject().isUnit()) {
            assertThat(CreditCodes.validate(o.subject().certificateNumber())).isEmpty();
            assertThat(CreditCodes.regionCode(o.subject().certificateNumber()).orElseThrow()).startsWith(o.province());
            assertThat(o.principal().landline()).isNotNull();
            assertThat(o.principal().name()).isEqualTo(o.subject().legalRepresentative());
        } else {
            assertThat(o.subject().certificateNumber()).isEqualTo(o.principal().idNumber());
            assertThat(o.sites()).allMatch(s -> s.principal().equals(o.principal()));
        }
        assertThat(o.subject().address()).contains("号").startsWith(o.subject().city());
        for (Site s : o.sites()) {
            String domain = s.domains().get(0);
            assertThat(s.homepageUrl()).isEqualTo("www." + domain);
            assertThat(domain).matches("[a-z0-9-]+\\.(com|cn|net|com\\.cn|xyz|top|net\\.cn|vip|cc)");
            assertThat(s.name().codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count())
                    .isGreaterThanOrEqualTo(3);
            assertThat(s.name()).doesNotStartWith("中国").doesNotStartWith("中华").doesNotStartWith("国家");
            if (!o.subject().isUnit()) {
                assertThat(s.name()).doesNotContain("工作室", "网站", "平台", "资讯", "作品展示", "交流", "在线", "论坛", "社区", "博客");
                assertThat(s.remark()).isNotBlank();
            }
        }
    }

    static List<Principal> principals(Order o) {
        List<Principal> all = new ArrayList<>();
        all.add(o.principal());
        o.sites().forEach(s -> all.add(s.principal()));
        return all;
    }

    private static Path write(long seed, int orders, String name) throws IOException {
        Path file = dir.resolve(name);
        new DemoGenerator(seed).write(file, orders);
        return file;
    }
}
