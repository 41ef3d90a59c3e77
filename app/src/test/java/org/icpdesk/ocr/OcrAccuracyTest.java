package org.icpdesk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.icpdesk.demo.OcrAccuracy;
import org.icpdesk.demo.OcrTestSet;
import org.icpdesk.demo.OcrTestSet.Sample;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.service.CertificateReader;
import org.icpdesk.ocr.service.CertificateReaders;
import org.icpdesk.ocr.service.Engines;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's acceptance: every engine configuration reads the labelled test set ({@link OcrTestSet}: four kinds, clean,
 * normal and hard tiers); the per-field accuracy table is printed and written to {@code target/ocr-accuracy.md}; the
 * default configuration must meet the thresholds (ID number and credit code ≥ 99.5 %, hard ≥ 98 %; names ≥ 98 %;
 * dates ≥ 99 %; addresses ≥ 97 % per character).
 *
 * <p>Size: {@value #CI_PER_KIND_PER_TIER} images per kind and tier by default (120 images), so that {@code mvn verify}
 * stays within minutes: measured 2026-11-23 at about 0.57 s (PP-OCR), 0.34 s (Tesseract) and 0.64 s (COMBINED) of CPU
 * per image plus about 0.4 s to draw one, some 4 minutes of CPU in all (25 minutes of wall time on a two-core machine
 * shared by four builds). The full set, {@code -Docr.accuracy.perKind=50} (600 images, about 20 minutes of CPU), is for
 * the README's figures and a nightly run; {@code -Docr.accuracy.engines=RAPIDOCR} limits the configurations.
 */
class OcrAccuracyTest {
    static final long SEED = 20261123L;
    static final int CI_PER_KIND_PER_TIER = 10;
    static final Path REPORT = Path.of("target", "ocr-accuracy.md");
    /** Every field read wrong, with the image's variation (synthetic data). */
    static final Path MISSES = Path.of("target", "ocr-misses.txt");

    /**
     * Shortfalls of the default engine not solved yet, with the floor it must still reach; anything else below issue 4's
     * threshold, or these below their floor, fails. Empty since 2026-11-23: the licence names the detector joined with a
     * neighbouring cell or the type line (hard-business-license-006, -009) are split and stopped by the layout, and the
     * misread legal representative (仪 for 俊) is put right by PP-OCR's second looks at unsure names.
     */
    static final Map<String, Double> KNOWN_SHORTFALLS = Map.of();

    static boolean known(OcrAccuracy.Shortfall f) {
        Double floor = KNOWN_SHORTFALLS.get(f.tier() + "/" + f.kind() + "/" + f.field());
        return floor != null && f.rate() >= floor - 1e-9;
    }

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
        OcrAccuracy accuracy = new OcrAccuracy();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();   // CPU time: a busy shared machine inflates wall time
        for (Engines engines : configurations) {
            try (CertificateReader reader = CertificateReaders.create(engines, 1)) {
                reader.read(samples.get(0).image(), samples.get(0).kind());        // warm-up: models, JIT
                for (Sample s : samples) {
                    long c = cpu.getCurrentThreadCpuTime();
                    long t = System.nanoTime();
                    CertificateReading reading = reader.read(s.image(), s.kind());
                    accuracy.add(engines.name(), s, reading, System.nanoTime() - t, cpu.getCurrentThreadCpuTime() - c);
                }
            }
        }
        String title = String.format(Locale.ROOT, "OCR accuracy, %d images (%d per kind and tier, seed %d), one thread",
                set.size(), perKind, SEED);
        String table = accuracy.markdown(title);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, table, StandardCharsets.UTF_8);
        List<String> misses = new ArrayList<>();
        for (Engines e : configurations) {
            accuracy.misses(e.name()).forEach(m -> misses.add(e + " " + m));
        }
        Files.write(MISSES, misses, StandardCharsets.UTF_8);
        System.out.println(table);

        assertThat(accuracy.configurations()).containsExactlyElementsOf(configurations.stream().map(Enum::name).toList());
        for (Engines e : configurations) {
            assertThat(accuracy.millis(e.name())[0]).as("median ms of %s", e).isPositive();
        }
        if (configurations.contains(Engines.DEFAULT)) {
            List<OcrAccuracy.Shortfall> shortfalls = accuracy.shortfalls(Engines.DEFAULT.name());
            shortfalls.stream().filter(OcrAccuracyTest::known)
                    .forEach(f -> System.out.println("KNOWN SHORTFALL (issue 4 open): " + f));
            assertThat(shortfalls.stream().filter(f -> !known(f)).toList()).as("fields of the default engine %s below issue 4's"
                    + " thresholds (or below the floor of a known shortfall); table in %s, misses in %s", Engines.DEFAULT, REPORT,
                    MISSES).isEmpty();
        }
    }
}
