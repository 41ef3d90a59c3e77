package org.icpdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.rules.domain.CreditCodes;
import org.icpdesk.rules.domain.IdNumbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defect mix of a 200-order bundle: every code appears, each planted defect is really there (checked
 * against the order and, for images, the pixels), and the clean orders pass the same checks.
 */
class DemoDefectMixTest {
    private static final int ORDERS = 200;
    private static final LocalDate TODAY = DemoGenerator.CREATED_AT.toLocalDate();

    @TempDir
    static Path dir;
    static DemoBundles bundle;
    static DemoSummary summary;

    @BeforeAll
    static void writeBundle() throws IOException {
        Path file = dir.resolve("demo-200.zip");
        summary = new DemoGenerator(42).write(file, ORDERS);
        bundle = DemoBundles.read(file);
    }

    @Test
    void everyDefectCodeAppearsAndAboutFortyPercentAreClean() {
        Set<String> codes = bundle.truth.orders().stream().flatMap(o -> o.defects().stream())
                .map(DemoTruth.Defect::code).collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(DefectKind.values()).map(DefectKind::code).toList());
        long clean = bundle.truth.orders().stream().filter(DemoTruth.TruthOrder::clean).count();
        assertThat(clean).isBetween(60L, 100L);
        assertThat(summary.cleanOrders()).isEqualTo((int) clean);
        assertThat(summary.orders()).isEqualTo(ORDERS);
        assertThat(bundle.truth.orders()).allMatch(o -> o.defects().size() <= 2);
        long units = bundle.orders.stream().filter(o -> o.subject().isUnit()).count();
        assertThat(units).isBetween(90L, 140L);
        assertThat(bundle.orders.stream().map(Order::province).distinct().count()).isGreaterThan(20);
    }

    @Test
    void twoDefectsOfOneOrderNeverMaskEachOther() {
        Map<String, DefectKind> byCode = Arrays.stream(DefectKind.values())
                .collect(Collectors.toMap(DefectKind::code, k -> k));
        for (DemoTruth.TruthOrder o : bundle.truth.orders()) {
            Set<DefectKind.Group> groups = new HashSet<>();
            for (DemoTruth.Defect d : o.defects()) {
                assertThat(groups.add(byCode.get(d.code()).group())).as(o.id()).isTrue();
                assertThat(d.fields()).isNotEmpty();
                assertThat(d.detail()).isNotBlank();
                if (d.material() != null) {
                    assertThat(bundle.order(o.id()).materials()).extracting(Material::id).contains(d.material());
                }
                if (d.code().equals(DefectKind.IMAGE_UNCLEAR.code())) {
                    assertThat(o.defects()).as("an unreadable image is the only defect about that image")
                            .filteredOn(other -> d.material().equals(other.material())).hasSize(1);
                }
            }
        }
    }

    @Test
    void eachPlantedDefectIsInTheOrder() {
        Map<DefectKind, Integer> seen = new EnumMap<>(DefectKind.class);
        for (DemoTruth.TruthOrder t : bundle.truth.orders()) {
            Order o = bundle.order(t.id());
            for (DemoTruth.Defect d : t.defects()) {
                DefectKind kind = Arrays.stream(DefectKind.values()).filter(k -> k.code().equals(d.code())).findFirst().orElseThrow();
                seen.merge(kind, 1, Integer::sum);
                String field = d.fields().get(0);
                String value = d.fields().get(0).startsWith("materials[") ? null : DemoBundles.valueAt(o, field);
                switch (kind) {
                    case ID_CHECK_DIGIT -> {
                        assertThat(o.subject().isUnit()).isTrue();
                        for (String f : d.fields()) {
                            assertThat(IdNumbers.validate(DemoBundles.valueAt(o, f))).contains(IdNumbers.Problem.CHECK_DIGIT);
                        }
                    }
                    case CREDIT_CODE_CHECK_CHAR -> assertThat(CreditCodes.validate(value)).contains(CreditCodes.Problem.CHECK_CHAR);
                    case NAME_MISMATCH -> assertThat(value).isNotEqualTo(printed(t, d.material(), "name"));
                    case ID_NUMBER_MISMATCH -> {
                        assertThat(IdNumbers.isValid(value)).isTrue();
                        assertThat(value).isNotEqualTo(printed(t, d.material(), "id_number"));
                    }
                    case SUBJECT_NAME_MISMATCH -> assertThat(value).isNotEqualTo(printed(t, d.material(), "name"));
                    case UNDERAGE -> assertThat(IdNumbers.ageOn(value, TODAY).orElseThrow()).isLessThan(16);
                    case ID_EXPIRING -> {
                        for (String f : d.fields()) {
                            LocalDate to = LocalDate.parse(DemoBundles.valueAt(o, f));
                            assertThat(to).isAfter(TODAY).isBefore(TODAY.plusMonths(3));
                        }
                        assertThat(printed(t, d.material(), "valid_to")).isEqualTo(value);
                    }
                    case PERSONAL_GENERIC_WORD -> assertThat(value).containsAnyOf("工作室", "网站", "平台", "资讯", "作品展示");
                    case INTERACTIVE_WORD -> assertThat(value).containsAnyOf("交流", "在线");
                    case NATIONAL_WORD -> assertThat(value).matches("(中国|中华|国家).{3,}");
                    case SITE_NAME_TOO_SHORT -> assertThat(value).hasSize(2);
                    case HOMEPAGE_WITHOUT_DOMAIN -> {
                        int s = siteIndex(field);
                        assertThat(value).doesNotContain(o.sites().get(s).domains().get(0));
                    }
                    case TLD_NOT_APPROVED -> assertThat(value).matches(".+\\.(io|me)");
                    case LANDLINE_FORMAT -> assertThat(value).doesNotMatch("086-0\\d{2,3}-[2-8]\\d{6,7}");
                    case EMAIL_FORMAT -> assertThat(value).doesNotMatch("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");
                    case IMAGE_UNCLEAR -> {
                        Material m = o.materials().get(siteIndex(field));
                        assertThat(m.id()).isEqualTo(d.material());
                        double[] q = DemoBundles.brightnessAndEdges(bundle.image(m.file()));
                        assertThat(q[0] < 80 || q[1] < 20).as("%s mean %.0f edges %.1f", m.file(), q[0], q[1]).isTrue();
                    }
                    case ADDRESS_NOT_DETAILED -> assertThat(value).doesNotContain("号");
                    default -> throw new AssertionError(kind);
                }
                if (kind.scope() == DefectKind.Scope.INDIVIDUAL) {
                    assertThat(o.subject().isUnit()).isFalse();
                }
            }
        }
        assertThat(seen).hasSize(DefectKind.values().length).allSatisfy((k, n) -> assertThat(n).as(k.name()).isGreaterThan(3));
    }

    @Test
    void cleanOrdersPassAndTheirImagesAreClear() {
        int images = 0;
        for (DemoTruth.TruthOrder t : bundle.truth.orders()) {
            if (!t.clean()) {
                continue;
            }
            Order o = bundle.order(t.id());
            DemoGeneratorTest.assertCleanOrder(o);
            if (images < 40) {
                for (Material m : o.materials()) {
                    if (t.printed().containsKey(m.id())) {
                        BufferedImage img = bundle.image(m.file());
                        double[] q = DemoBundles.brightnessAndEdges(img);
                        assertThat(q[0]).as(m.file()).isGreaterThan(150);
                        assertThat(q[1]).as(m.file()).isGreaterThan(50);
                        images++;
                    }
                }
            }
        }
        assertThat(images).isGreaterThanOrEqualTo(40);
    }

    @Test
    void generatesTwoHundredOrdersQuickly() {
        assertThat(summary.millis()).isLessThan(60_000);
        assertThat(summary.materials()).isEqualTo(bundle.orders.stream().mapToInt(o -> o.materials().size()).sum());
        assertThat(summary.bytes()).isEqualTo(bundle.file.toFile().length());
    }

    private static String printed(DemoTruth.TruthOrder t, String material, String key) {
        assertThat(material).isNotNull();
        return t.printed().get(material).fields().get(key);
    }

    private static int siteIndex(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }
}
