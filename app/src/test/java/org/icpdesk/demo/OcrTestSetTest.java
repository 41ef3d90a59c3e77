package org.icpdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.icpdesk.demo.OcrTestSet.Sample;
import org.icpdesk.demo.OcrTestSet.Tier;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.domain.FieldReading;
import org.icpdesk.ocr.domain.Quality;
import org.icpdesk.rules.domain.CreditCodes;
import org.icpdesk.rules.domain.IdNumbers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OcrTestSetTest {
    static OcrTestSet set;

    @BeforeAll
    static void plan() {
        set = OcrTestSet.create(5, OcrTestSet.PER_KIND_PER_TIER);
    }

    @Test
    void hasFiftyImagesPerKindAndTierInTableOrder() {
        assertThat(set.size()).isEqualTo(600);
        Sample first = set.sample(0);
        Sample last = set.sample(599);
        assertThat(first.id()).isEqualTo("clean-id-card-front-000");
        assertThat(last.id()).isEqualTo("hard-domain-certificate-049");
        assertThat(set.sample(250).tier()).isEqualTo(Tier.NORMAL);
        assertThat(set.sample(250).kind()).isEqualTo(CertificateKind.ID_CARD_BACK);
    }

    @Test
    void sameSeedSameBytesAndTheTiersDiffer() {
        OcrTestSet again = OcrTestSet.create(5, OcrTestSet.PER_KIND_PER_TIER);
        Sample a = set.sample(CertificateKind.BUSINESS_LICENSE, Tier.HARD, 7);
        Sample b = again.sample(CertificateKind.BUSINESS_LICENSE, Tier.HARD, 7);
        assertThat(b.image()).isEqualTo(a.image());
        assertThat(b.truth()).isEqualTo(a.truth());
        assertThat(b.variation()).isEqualTo(a.variation()).contains("cover=", "keystone=", "jpeg=");
        Sample other = OcrTestSet.create(6, 1).sample(CertificateKind.BUSINESS_LICENSE, Tier.HARD, 0);
        assertThat(other.truth()).isNotEqualTo(a.truth());
        assertThat(set.sample(CertificateKind.ID_CARD_FRONT, Tier.CLEAN, 3).truth())
                .isNotEqualTo(set.sample(CertificateKind.ID_CARD_FRONT, Tier.NORMAL, 3).truth());
    }

    @Test
    void truthUsesTheCliKeysAndFormatsWithValidCheckCharacters() {
        Set<String> distinctIds = new HashSet<>();
        for (Tier tier : Tier.values()) {
            for (CertificateKind kind : OcrTestSet.KINDS) {
                for (int i = 0; i < 3; i++) {
                    Map<String, String> truth = set.sample(kind, tier, i).truth();
                    assertThat(truth.keySet()).containsExactlyElementsOf(kind.fieldKeys());
                    assertThat(truth.values()).allSatisfy(v -> assertThat(v).isNotBlank());
                    truth.forEach((key, value) -> {
                        if (key.endsWith("_date") || key.equals("valid_from")) {
                            assertThat(value).matches("\\d{4}-\\d{2}-\\d{2}");
                        }
                    });
                    if (kind == CertificateKind.ID_CARD_FRONT) {
                        assertThat(IdNumbers.isValid(truth.get("id_number"))).isTrue();
                        assertThat(truth.get("ethnicity")).doesNotEndWith("族");
                        assertThat(truth.get("sex")).isIn("男", "女");
                        distinctIds.add(truth.get("id_number"));
                    } else if (kind == CertificateKind.ID_CARD_BACK) {
                        assertThat(truth.get("valid_to")).matches("\\d{4}-\\d{2}-\\d{2}|长期");
                    } else if (kind == CertificateKind.BUSINESS_LICENSE) {
                        assertThat(CreditCodes.isValid(truth.get("credit_code"))).isTrue();
                    }
                }
            }
        }
        assertThat(distinctIds).hasSize(9);
    }

    @Test
    void hardImagesAreDeskPhotosSomeTurnedAndNormalOnesAreRotatedScans() throws Exception {
        int turned = 0;
        for (int i = 0; i < 12; i++) {
            Sample s = set.sample(CertificateKind.ID_CARD_FRONT, Tier.HARD, i);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(s.image()));
            assertThat(s.extension()).isEqualTo("jpg");
            assertThat(Math.max(img.getWidth(), img.getHeight())).isIn(1440, 1600);
            if (!s.variation().contains("turns=0")) {
                turned++;
                assertThat(img.getHeight()).isGreaterThanOrEqualTo(img.getWidth() * 3 / 4);
            }
        }
        assertThat(turned).isBetween(1, 9);
        Sample normal = set.sample(CertificateKind.ID_CARD_BACK, Tier.NORMAL, 0);
        assertThat(normal.variation()).containsPattern("angle=-?\\d\\.\\d").contains("blur=", "noise=", "jpeg=");
        Sample clean = set.sample(CertificateKind.DOMAIN_CERTIFICATE, Tier.CLEAN, 0);
        assertThat(clean.extension()).isEqualTo("png");
        assertThat(clean.variation()).startsWith("font=");
    }

    @Test
    void writesTheImagesAndATruthLinePerImage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        OcrTestSet tiny = OcrTestSet.create(3, 1);
        tiny.write(dir);
        java.util.List<String> lines = java.nio.file.Files.readAllLines(dir.resolve("truth.jsonl"));
        assertThat(lines).hasSize(12);
        var first = DemoTruth.mapper().readTree(lines.get(0));
        assertThat(first.get("file").asText()).isEqualTo("clean-id-card-front-000.jpg");
        assertThat(first.at("/truth/id_number").asText()).isEqualTo(tiny.sample(0).truth().get("id_number"));
        assertThat(java.nio.file.Files.readAllBytes(dir.resolve("hard-domain-certificate-000.jpg")))
                .isEqualTo(tiny.sample(11).image());
    }

    @Test
    void accuracyCountsExactMatchesAndCharactersAndFindsShortfalls() {
        OcrTestSet small = OcrTestSet.create(9, 2);
        OcrAccuracy accuracy = new OcrAccuracy();
        Sample s0 = small.sample(CertificateKind.ID_CARD_FRONT, Tier.CLEAN, 0);
        Sample s1 = small.sample(CertificateKind.ID_CARD_FRONT, Tier.CLEAN, 1);
        accuracy.add("X", s0, reading(s0, Map.of()), 2_000_000);
        String address = s1.truth().get("address");
        accuracy.add("X", s1, reading(s1, Map.of("address", address.substring(10), "name", "错")), 4_000_000);

        assertThat(accuracy.exact("X", Tier.CLEAN, CertificateKind.ID_CARD_FRONT, "id_number")).isEqualTo(1.0);
        assertThat(accuracy.exact("X", Tier.CLEAN, CertificateKind.ID_CARD_FRONT, "name")).isEqualTo(0.5);
        int chars = s0.truth().get("address").length() + address.length();
        assertThat(accuracy.characters("X", Tier.CLEAN, CertificateKind.ID_CARD_FRONT, "address"))
                .isCloseTo(1 - 10.0 / chars, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(accuracy.shortfalls("X")).extracting(OcrAccuracy.Shortfall::field).containsExactly("name", "address");
        assertThat(accuracy.millis("X")).containsExactly(2.0, 4.0);
        assertThat(accuracy.markdown("t")).contains("| id_card_front.name | **50.0** |", "≥ 99.5 % (hard 98 %)", "| X | 2 | 0 | 2 | 4 | – |");
        assertThat(OcrBenchmark.childCpuNanos("0m0.01s 0m0.00s\n0m1.250000s 0m0.5s\n")).isEqualTo(1_750_000_000L);
        assertThat(OcrAccuracy.editDistance("上海市静安区", "上海市静按区X")).isEqualTo(2);
    }

    /** The truth, with some fields replaced. */
    private static CertificateReading reading(Sample s, Map<String, String> wrong) {
        Map<String, FieldReading> fields = new java.util.LinkedHashMap<>();
        s.truth().forEach((k, v) -> fields.put(k, new FieldReading(wrong.getOrDefault(k, v), 0.9, null, false)));
        return new CertificateReading(s.kind(), Quality.good(), fields, "test", null);
    }
}
