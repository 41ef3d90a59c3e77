package org.icpdesk.bundle.service;

import static org.icpdesk.bundle.service.Rejections.assertRejected;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** manifest.json and its agreement with the ZIP: every entry listed with its size and SHA-256, nothing more. */
class BundleReaderManifestTest {
    private static final String MANIFEST = "manifest.json";
    @TempDir
    Path dir;
    final BundleReader reader = new BundleReader();

    Path write(TestBundle test) {
        return test.write(dir.resolve("orders-bundle.zip"));
    }

    @Test
    void bundleWithoutManifestIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").withoutManifest());
        assertRejected(() -> reader.read(bundle), BundleError.MANIFEST_MISSING, bundle.toString());
    }

    @Test
    void manifestInASubfolderDoesNotCount() {
        TestBundle test = TestBundle.withOrder("A1").withoutManifest();
        test.put("docs/manifest.json", "{}");
        Path bundle = write(test);
        assertRejected(() -> reader.read(bundle), BundleError.MANIFEST_MISSING, bundle.toString());
    }

    @Test
    void manifestThatIsNotJsonIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").rawManifest("{\"format\": ".getBytes(StandardCharsets.UTF_8)));
        assertRejected(() -> reader.read(bundle), BundleError.JSON_INVALID, bundle.toString(), MANIFEST);
    }

    @Test
    void otherFormatIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").manifest("format", "zip-of-things"));
        assertRejected(() -> reader.read(bundle), BundleError.MANIFEST_FORMAT, bundle.toString(), MANIFEST, "zip-of-things");
    }

    @Test
    void missingFormatVersionIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").manifestWithout("formatVersion"));
        assertRejected(() -> reader.read(bundle), BundleError.FORMAT_VERSION_MISSING, bundle.toString(), MANIFEST);
    }

    @Test
    void formatVersionBelowOneIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").manifest("formatVersion", 0));
        assertRejected(() -> reader.read(bundle), BundleError.FORMAT_VERSION_INVALID, bundle.toString(), MANIFEST);
    }

    @Test
    void newerFormatVersionIsRejectedNamingBothVersions() {
        Path bundle = write(TestBundle.withOrder("A1").manifest("formatVersion", 2));
        BundleRejected rejected = assertRejected(() -> reader.read(bundle), BundleError.FORMAT_VERSION_NEWER, bundle.toString(), MANIFEST);
        org.assertj.core.api.Assertions.assertThat(new org.icpdesk.i18n.Messages(java.util.Locale.ENGLISH).format(rejected.userMessage()))
                .contains("version 2", "up to 1");
    }

    @Test
    void formatVersionAsTextIsATypeError() {
        Path bundle = write(TestBundle.withOrder("A1").manifest("formatVersion", "1"));
        assertRejected(() -> reader.read(bundle), BundleError.JSON_TYPE_INTEGER, bundle.toString(), MANIFEST, "formatVersion", "string");
    }

    @Test
    void decisionsBundleIsRejectedByTheOrdersReader() {
        Path bundle = write(TestBundle.withOrder("A1").manifest("kind", "decisions"));
        assertRejected(() -> reader.read(bundle), BundleError.MANIFEST_KIND, bundle.toString(), MANIFEST, "decisions", "orders");
    }

    @Test
    void missingBundleIdIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").manifestWithout("bundleId"));
        assertRejected(() -> reader.read(bundle), BundleError.FIELD_MISSING, bundle.toString(), MANIFEST, "bundleId");
    }

    @Test
    void blankBundleIdIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").manifest("bundleId", " "));
        assertRejected(() -> reader.read(bundle), BundleError.FIELD_EMPTY, bundle.toString(), MANIFEST, "bundleId");
    }

    @Test
    void createdAtWithoutOffsetIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").manifest("createdAt", "2026-11-22T09:30:00"));
        assertRejected(() -> reader.read(bundle), BundleError.INSTANT_INVALID, bundle.toString(), MANIFEST, "createdAt");
    }

    @Test
    void missingEntryListIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").manifestWithout("entries"));
        assertRejected(() -> reader.read(bundle), BundleError.FIELD_MISSING, bundle.toString(), MANIFEST, "entries");
    }

    @Test
    void entryLineWithoutSizeIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").manifest("entries", List.of(Map.of("path", "orders/A1.json", "sha256", "0".repeat(64)))));
        assertRejected(() -> reader.read(bundle), BundleError.FIELD_MISSING, bundle.toString(), MANIFEST, "entries[0].size");
    }

    @Test
    void malformedSha256IsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").line("orders/A1.json", "sha256", "abc"));
        assertRejected(() -> reader.read(bundle), BundleError.MANIFEST_SHA256, bundle.toString(), MANIFEST, "entries[0].sha256");
    }

    @Test
    void pathListedTwiceIsRejected() {
        TestBundle test = TestBundle.withOrder("A1");
        List<Object> twice = TestOrders.list(
                Map.of("path", "orders/A1.json", "size", 1, "sha256", "0".repeat(64)),
                Map.of("path", "orders/A1.json", "size", 1, "sha256", "0".repeat(64)));
        Path bundle = write(test.manifest("entries", twice));
        assertRejected(() -> reader.read(bundle), BundleError.MANIFEST_PATH_DUPLICATE, bundle.toString(), MANIFEST, "orders/A1.json");
    }

    @Test
    void manifestListingItselfIsRejected() {
        TestBundle test = TestBundle.withOrder("A1");
        Path bundle = write(test.manifest("entries", List.of(Map.of("path", MANIFEST, "size", 1, "sha256", "0".repeat(64)))));
        assertRejected(() -> reader.read(bundle), BundleError.MANIFEST_LISTS_ITSELF, bundle.toString(), MANIFEST);
    }

    @Test
    void unlistedEntryIsRejected() {
        TestBundle test = TestBundle.withOrder("A1");
        test.entry("materials/A1/extra.jpg", TestImages.JPEG);
        Path bundle = write(test);
        assertRejected(() -> reader.read(bundle), BundleError.ENTRY_UNLISTED, bundle.toString(), "materials/A1/extra.jpg");
    }

    @Test
    void listedEntryMissingFromTheZipIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").listed("materials/A1/back.jpg", TestImages.JPEG));
        assertRejected(() -> reader.read(bundle), BundleError.ENTRY_MISSING, bundle.toString(), "materials/A1/back.jpg");
    }

    @Test
    void entrySmallerThanListedIsRejected() {
        String path = TestOrders.idFront("A1");
        Path bundle = write(TestBundle.withOrder("A1").line(path, "size", TestImages.JPEG.length + 10));
        assertRejected(() -> reader.read(bundle), BundleError.ENTRY_SIZE, bundle.toString(), path,
                (long) TestImages.JPEG.length, (long) TestImages.JPEG.length + 10);
    }

    @Test
    void entryLargerThanListedIsStoppedAtTheListedSize() {
        String path = TestOrders.idFront("A1");
        Path bundle = write(TestBundle.withOrder("A1").line(path, "size", 100));
        assertRejected(() -> reader.read(bundle), BundleError.ENTRY_SIZE_EXCEEDS, bundle.toString(), path, 100L);
    }

    @Test
    void entryWithAnotherHashIsRejected() {
        String path = TestOrders.license("A1");
        String wrong = "ab".repeat(32);
        Path bundle = write(TestBundle.withOrder("A1").line(path, "sha256", wrong));
        assertRejected(() -> reader.read(bundle), BundleError.ENTRY_HASH, bundle.toString(), path,
                BundleWriter.sha256(TestImages.PNG), wrong);
    }

    @Test
    void ignoredRootEntryIsStillVerified() {
        TestBundle test = TestBundle.withOrder("A1").put("truth.json", "{\"clean\": [\"A1\"]}");
        Path bundle = write(test.line("truth.json", "sha256", "0".repeat(64)));
        assertRejected(() -> reader.read(bundle), BundleError.ENTRY_HASH, bundle.toString(), "truth.json");
    }
}
