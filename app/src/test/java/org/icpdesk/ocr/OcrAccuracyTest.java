package org.icpdesk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpdesk.demo.OcrAccuracy;
import org.icpdesk.demo.OcrTestSet;
import org.icpdesk.demo.OcrTestSet.Sample;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.domain.FieldReading;
import org.icpdesk.ocr.engine.OcrException;
import org.icpdesk.ocr.engine.RapidOcrEngine;
import org.icpdesk.ocr.engine.TesseractEngine;
import org.icpdesk.ocr.service.CertificateReader;
import org.icpdesk.ocr.service.Engines;
import org.icpdesk.rules.domain.CreditCodes;
import org.icpdesk.rules.domain.IdNumbers;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's acceptance: every engine configuration reads the labelled test set ({@link OcrTestSet}: four kinds, clean,
 * normal and hard tiers); the per-field accuracy table is printed and written to {@code target/ocr-accuracy.md}; the
 * default configuration must meet the thresholds (ID number and credit code ≥ 99.5 %, hard ≥ 98 %; names ≥ 98 %;
 * dates ≥ 99 %; addresses ≥ 97 % per character).
 *
 * <p>Size: {@value #CI_PER_KIND_PER_TIER} images per kind and tier by default, so that {@code mvn verify} stays within
 * minutes on a two-core machine; {@code -Docr.accuracy.perKind=50} scores the full set (600 images) and
 * {@code -Docr.accuracy.engines=RAPIDOCR} limits the configurations. Until {@code CertificateReaders} exists the
 * readers are the naive {@link StandInReader}s: the table says so and the thresholds are not applied to them.
 */
class OcrAccuracyTest {
    static final long SEED = 20261123L;
    static final int CI_PER_KIND_PER_TIER = 10;
    static final Path REPORT = Path.of("target", "ocr-accuracy.md");

    @Test
    void readsTheTestSetWithEveryEngineAndTheDefaultMeetsIssue4() throws Exception {
        int perKind = Integer.getInteger("ocr.accuracy.perKind", CI_PER_KIND_PER_TIER);
        List<Engines> configurations = new ArrayList<>();
        for (String e : System.getProperty("ocr.accuracy.engines", "RAPIDOCR,TESSERACT,COMBINED").split(",")) {
            configurations.add(Engines.parse(e));
        }
        OcrTestSet set = OcrTestSet.create(SEED, perKind);
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            samples.add(set.sample(i));
        }
        Readers readers = Readers.find();
        OcrAccuracy accuracy = new OcrAccuracy();
        for (Engines engines : configurations) {
            try (CertificateReader reader = readers.create(engines)) {
                reader.read(samples.get(0).image(), samples.get(0).kind());        // warm-up: models, JIT
                for (Sample s : samples) {
                    long t = System.nanoTime();
                    CertificateReading reading = reader.read(s.image(), s.kind());
                    accuracy.add(engines.name(), s, reading, System.nanoTime() - t);
                }
            }
        }
        String title = String.format(Locale.ROOT, "OCR accuracy, %d images (%d per kind and tier), seed %d, %s", set.size(),
                perKind, SEED, readers.real() ? "CertificateReaders" : "STAND-IN readers (not the product)");
        String table = accuracy.markdown(title);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, table, StandardCharsets.UTF_8);
        System.out.println(table);

        assertThat(accuracy.configurations()).containsExactlyElementsOf(configurations.stream().map(Enum::name).toList());
        for (Engines e : configurations) {
            assertThat(accuracy.millis(e.name())[0]).as("median ms of %s", e).isPositive();
        }
        if (readers.real() && configurations.contains(Engines.DEFAULT)) {
            assertThat(accuracy.shortfalls(Engines.DEFAULT.name())).as("fields of the default engine %s below issue 4's"
                    + " thresholds; table in %s", Engines.DEFAULT, REPORT).isEmpty();
        } else {
            // The stand-in reads the clean tier's ID numbers: proves the harness, decoder and engines are wired.
            assertThat(accuracy.exact(Engines.RAPIDOCR.name(), OcrTestSet.Tier.CLEAN, CertificateKind.ID_CARD_FRONT,
                    "id_number")).isGreaterThan(0.5);
        }
    }

    /** The readers under test: the product's factory when present, else the stand-ins. */
    interface Readers {
        CertificateReader create(Engines engines) throws Exception;

        boolean real();

        static Readers find() throws NoSuchMethodException {
            Class<?> factory;
            try {
                factory = Class.forName("org.icpdesk.ocr.service.CertificateReaders");
            } catch (ClassNotFoundException absent) {
                return new StandIns();
            }
            Method create = factory.getMethod("create", Engines.class, int.class);   // present but changed: fail loudly
            return new Readers() {
                @Override
                public CertificateReader create(Engines engines) throws Exception {
                    try {
                        return (CertificateReader) create.invoke(null, engines, 1);
                    } catch (InvocationTargetException e) {
                        throw e.getCause() instanceof Exception ex ? ex : e;
                    }
                }

                @Override
                public boolean real() {
                    return true;
                }
            };
        }
    }

    /** {@link StandInReader} per engine; COMBINED takes Tesseract's ID number or credit code where PP-OCR's fails its check. */
    static final class StandIns implements Readers {
        @Override
        public CertificateReader create(Engines engines) throws OcrException {
            if (engines == Engines.RAPIDOCR) {
                return new StandInReader(new RapidOcrEngine(1));
            }
            if (engines == Engines.TESSERACT) {
                return new StandInReader(new TesseractEngine());
            }
            StandInReader rapid = new StandInReader(new RapidOcrEngine(1));
            StandInReader tesseract = new StandInReader(new TesseractEngine());
            return new CertificateReader() {
                @Override
                public CertificateReading read(byte[] image, CertificateKind kind) {
                    CertificateReading first = rapid.read(image, kind);
                    Map<String, FieldReading> fields = new LinkedHashMap<>(first.fields());
                    String key = kind == CertificateKind.ID_CARD_FRONT ? "id_number"
                            : kind == CertificateKind.BUSINESS_LICENSE ? "credit_code" : null;
                    if (key != null && !valid(key, first.field(key).value())) {
                        FieldReading other = tesseract.read(image, kind).field(key);
                        if (valid(key, other.value())) {
                            fields.put(key, other);
                        }
                    }
                    return new CertificateReading(kind, first.quality(), fields, id(), first.error());
                }

                @Override
                public String id() {
                    return "stand-in/combined";
                }

                @Override
                public void close() {
                    rapid.close();
                    tesseract.close();
                }
            };
        }

        private static boolean valid(String key, String value) {
            return value != null && ("id_number".equals(key) ? IdNumbers.isValid(value) : CreditCodes.isValid(value));
        }

        @Override
        public boolean real() {
            return false;
        }
    }
}
