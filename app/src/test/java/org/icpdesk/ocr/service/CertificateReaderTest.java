package org.icpdesk.ocr.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.icpdesk.demo.DemoGenerator;
import org.icpdesk.demo.DemoTruth;
import org.icpdesk.ocr.domain.Box;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.domain.FieldReading;
import org.icpdesk.ocr.domain.QualityProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a few demo certificates (seed 7, two orders: an individual's and a unit's) against the
 * printed truth, with the default engine; one reader for the class.
 */
class CertificateReaderTest {

    @TempDir
    static Path dir;
    static Map<String, byte[]> entries;
    static DemoTruth truth;
    static CertificateReader reader;

    @BeforeAll
    static void setUp() throws Exception {
        Path bundle = dir.resolve("demo.zip");
        new DemoGenerator(7).write(bundle, 2);
        entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(java.nio.file.Files.newInputStream(bundle))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        truth = DemoTruth.read(bundle);
        reader = CertificateReaders.create(Engines.DEFAULT, 1);
    }

    @AfterAll
    static void tearDown() {
        reader.close();
    }

    /** The bytes and printed fields of the first material of the kind. */
    private static Map.Entry<byte[], Map<String, String>> material(CertificateKind kind) throws IOException {
        for (DemoTruth.TruthOrder o : truth.orders()) {
            for (Map.Entry<String, DemoTruth.Printed> p : o.printed().entrySet()) {
                if (p.getValue().kind().equals(kind.name())) {
                    return Map.entry(entries.get(file(o.id(), p.getKey())), p.getValue().fields());
                }
            }
        }
        throw new IllegalStateException("no " + kind + " in the demo bundle");
    }

    private static String file(String orderId, String materialId) throws IOException {
        JsonNode order = new ObjectMapper().readTree(entries.get("orders/" + orderId + ".json"));
        for (JsonNode m : order.get("materials")) {
            if (m.get("id").asText().equals(materialId)) {
                return m.get("file").asText();
            }
        }
        throw new IllegalStateException("no material " + materialId);
    }

    private static void assertReads(CertificateReading r, CertificateKind kind, Map<String, String> printed, BufferedImage img) {
        assertThat(r.error()).isNull();
        assertThat(r.kind()).isEqualTo(kind);
        assertThat(r.quality().problems()).isEmpty();
        for (Map.Entry<String, String> f : printed.entrySet()) {
            FieldReading got = r.field(f.getKey());
            assertThat(got.value()).as(f.getKey()).isEqualTo(f.getValue());
            assertThat(got.confidence()).as(f.getKey()).isBetween(0.5, 1.0);
            Box b = got.box();
            assertThat(b.width() * b.height()).as(f.getKey()).isPositive();
            assertThat(b.right()).isLessThanOrEqualTo(img.getWidth());
            assertThat(b.bottom()).isLessThanOrEqualTo(img.getHeight());
        }
        assertThat(r.fields().keySet()).containsExactlyElementsOf(kind.fieldKeys());
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
    }

    @Test
    void readsEachKindAsPrinted() throws IOException {
        for (CertificateKind kind : CertificateKind.values()) {
            Map.Entry<byte[], Map<String, String>> m = material(kind);
            assertReads(reader.read(m.getKey(), kind), kind, m.getValue(), decode(m.getKey()));
        }
    }

    @Test
    void classifiesWhenAskedForAuto() throws IOException {
        for (CertificateKind kind : new CertificateKind[] {CertificateKind.ID_CARD_BACK, CertificateKind.DOMAIN_CERTIFICATE}) {
            Map.Entry<byte[], Map<String, String>> m = material(kind);
            assertReads(reader.read(m.getKey(), null), kind, m.getValue(), decode(m.getKey()));
        }
    }

    @Test
    void readsAnUpsideDownCardWithBoxesOnTheTurnedImage() throws IOException {
        Map.Entry<byte[], Map<String, String>> m = material(CertificateKind.ID_CARD_FRONT);
        BufferedImage img = decode(m.getKey());
        Box upright = reader.read(m.getKey(), CertificateKind.ID_CARD_FRONT).field("id_number").box();
        BufferedImage turned = Preprocessor.turn(img, 2);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(turned, "png", png);

        CertificateReading r = reader.read(png.toByteArray(), CertificateKind.ID_CARD_FRONT);

        assertReads(r, CertificateKind.ID_CARD_FRONT, m.getValue(), turned);
        Box box = r.field("id_number").box();
        assertThat(Math.abs(box.x() - (img.getWidth() - upright.right()))).isLessThanOrEqualTo(6);
        assertThat(Math.abs(box.y() - (img.getHeight() - upright.bottom()))).isLessThanOrEqualTo(6);
    }

    @Test
    void readsAPageLyingAQuarterTurnOff() throws IOException {
        Map.Entry<byte[], Map<String, String>> m = material(CertificateKind.DOMAIN_CERTIFICATE);
        BufferedImage turned = Preprocessor.turn(decode(m.getKey()), 1);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(turned, "png", png);
        assertReads(reader.read(png.toByteArray(), CertificateKind.DOMAIN_CERTIFICATE), CertificateKind.DOMAIN_CERTIFICATE,
                m.getValue(), turned);
    }

    @Test
    void aPhotoIsNotACertificate() {
        byte[] photo = entries.entrySet().stream().filter(e -> e.getKey().endsWith("photo.jpg")).findFirst().orElseThrow().getValue();
        CertificateReading asked = reader.read(photo, CertificateKind.ID_CARD_FRONT);
        assertThat(asked.quality().problems()).contains(QualityProblem.NOT_THIS_KIND);
        assertThat(asked.kind()).isEqualTo(CertificateKind.ID_CARD_FRONT);
        assertThat(asked.fields().values()).noneMatch(FieldReading::isRead);
        CertificateReading auto = reader.read(photo, null);
        assertThat(auto.kind()).isNull();
        assertThat(auto.quality().problems()).contains(QualityProblem.NOT_THIS_KIND);
    }

    @Test
    void anUndecodableFileGivesAnErrorNotAnException() {
        CertificateReading r = reader.read("not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8), CertificateKind.ID_CARD_BACK);
        assertThat(r.error()).isEqualTo(CertificateReader.ERROR_UNDECODABLE);
        assertThat(r.fields().values()).noneMatch(FieldReading::isRead);
    }

    @Test
    void idNamesTheEnginesAndThePipeline() {
        assertThat(reader.id()).startsWith(PipelineReader.PIPELINE_VERSION).contains("rapidocr");
    }

    @Test
    void combinedReadsAsWellWithTesseractAtHand() throws Exception {
        Map.Entry<byte[], Map<String, String>> m = material(CertificateKind.ID_CARD_BACK);
        try (CertificateReader combined = CertificateReaders.create(Engines.COMBINED, 1)) {
            assertThat(combined.id()).contains("rapidocr").contains("tesseract");
            assertReads(combined.read(m.getKey(), CertificateKind.ID_CARD_BACK), CertificateKind.ID_CARD_BACK, m.getValue(),
                    decode(m.getKey()));
        }
    }
}
