package org.icpdesk.bundle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.bundle.service.Rejections.assertRejected;

import java.nio.file.Path;
import org.icpdesk.bundle.service.BundleReader.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits of the format; those that would need huge files are tested with small custom limits. */
class BundleReaderLimitsTest {
    private static final long MIB = 1L << 20;
    @TempDir
    Path dir;

    Path write(TestBundle test) {
        return test.write(dir.resolve("orders-bundle.zip"));
    }

    @Test
    void defaultLimitsAreTheSpecNumbers() {
        Limits spec = new BundleReader().limits();
        assertThat(spec).isEqualTo(Limits.SPEC);
        assertThat(spec.maxTotalBytes()).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(spec.maxMaterialBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(spec.maxOrders()).isEqualTo(10_000);
        assertThat(spec.maxCompressionRatio()).isEqualTo(100);
        assertThat(spec.compressionRatioMinBytes()).isEqualTo(1024 * 1024);
        assertThat(spec.maxOrderJsonBytes()).isEqualTo(1024 * 1024);
        assertThat(spec.maxJsonStringBytes()).isEqualTo(64 * 1024);
        assertThat(spec.maxJsonDepth()).isEqualTo(32);
    }

    @Test
    void totalUncompressedSizeIsLimited() {
        BundleReader reader = new BundleReader(Limits.SPEC.withMaxTotalBytes(3000));
        Path bundle = write(TestBundle.withOrder("A1").put("truth.json", "x".repeat(2000)));
        assertRejected(() -> reader.read(bundle), BundleError.LIMIT_TOTAL, bundle.toString(), 3000L);
    }

    @Test
    void materialSizeIsLimited() {
        BundleReader reader = new BundleReader(Limits.SPEC.withMaxMaterialBytes(100));
        Path bundle = write(TestBundle.withOrder("A1"));
        assertRejected(() -> reader.read(bundle), BundleError.LIMIT_MATERIAL, bundle.toString(), TestOrders.license("A1"), 100L);
    }

    @Test
    void orderCountIsLimited() {
        BundleReader reader = new BundleReader(Limits.SPEC.withMaxOrders(1));
        Path bundle = write(TestBundle.withOrder("A1").put("orders/A2.json", "{}"));
        assertRejected(() -> reader.read(bundle), BundleError.LIMIT_ORDERS, bundle.toString(), 2, 1);
    }

    @Test
    void imagePixelsAreLimited() {
        BundleReader reader = new BundleReader(Limits.SPEC.withMaxImagePixels(100));
        Path bundle = write(TestBundle.withOrder("A1"));
        assertRejected(() -> reader.read(bundle), BundleError.MATERIAL_TOO_MANY_PIXELS, bundle.toString(),
                TestOrders.license("A1"), 24L, 16L, 100L);
    }

    @Test
    void manifestSizeIsLimited() {
        Limits s = Limits.SPEC;
        BundleReader reader = new BundleReader(new Limits(s.maxTotalBytes(), s.maxMaterialBytes(), s.maxOrders(),
                s.maxCompressionRatio(), s.compressionRatioMinBytes(), s.maxOrderJsonBytes(), s.maxJsonStringBytes(),
                s.maxJsonDepth(), 200, s.maxImagePixels()));
        Path bundle = write(TestBundle.withOrder("A1"));
        assertRejected(() -> reader.read(bundle), BundleError.LIMIT_MANIFEST, bundle.toString(), "manifest.json", 200L);
    }

    @Test
    void highlyCompressedEntryOverOneMibIsAZipBomb() {
        Path bundle = write(TestBundle.withOrder("A1").put("truth.json", new byte[(int) (2 * MIB)]));   // about 1000:1
        assertRejected(() -> new BundleReader().read(bundle), BundleError.LIMIT_RATIO, bundle.toString(), "truth.json", 100);
    }

    @Test
    void ratioRuleSparesEntriesUpToOneMib() {
        Path bundle = write(TestBundle.withOrder("A1").put("truth.json", new byte[(int) MIB]));
        assertThat(new BundleReader().read(bundle).orders()).hasSize(1);
    }

    @Test
    void sizeClaimedByZipHeadersIsNotTrusted() {
        TestBundle test = TestBundle.withOrder("A1");
        byte[] data = "y".repeat(5000).getBytes();
        test.entry("truth.json", data).claimedSize = 10;                 // both headers lie, consistently
        test.listed("truth.json", data);
        Path bundle = write(test);
        assertRejected(() -> new BundleReader().read(bundle), BundleError.ENTRY_CORRUPT, bundle.toString(), "truth.json");
    }
}
