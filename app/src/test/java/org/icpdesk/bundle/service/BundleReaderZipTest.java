package org.icpdesk.bundle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.bundle.service.Rejections.assertRejected;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.icpdesk.bundle.domain.ValidatedBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ZIP-level rules: readable at all, entry names, duplicates, local headers, hidden data, encryption, methods. */
class BundleReaderZipTest {
    @TempDir
    Path dir;
    final BundleReader reader = new BundleReader();

    @Test
    void missingFileIsNamed() {
        Path bundle = dir.resolve("absent.zip");
        assertRejected(() -> reader.read(bundle), BundleError.NOT_FOUND, bundle.toString());
    }

    @Test
    void emptyFileIsRejected() throws IOException {
        Path bundle = Files.write(dir.resolve("empty.zip"), new byte[0]);
        assertRejected(() -> reader.read(bundle), BundleError.EMPTY, bundle.toString());
    }

    @Test
    void textFileIsNotAZip() throws IOException {
        Path bundle = Files.writeString(dir.resolve("notes.zip"), "these are not the orders you are looking for\n".repeat(20));
        assertRejected(() -> reader.read(bundle), BundleError.NOT_ZIP, bundle.toString());
    }

    @Test
    void zipCutInHalfIsTruncated() throws IOException {
        byte[] whole = TestBundle.withOrder("A1").bytes();
        Path bundle = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(whole, whole.length / 2));
        assertRejected(() -> reader.read(bundle), BundleError.TRUNCATED, bundle.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "../x.json       | ENTRY_NAME_DOTDOT",
        "materials/../../x | ENTRY_NAME_DOTDOT",
        "/etc/passwd      | ENTRY_NAME_ABSOLUTE",
        "C:/x             | ENTRY_NAME_DRIVE",
        "c:x              | ENTRY_NAME_DRIVE",
        "a\\b             | ENTRY_NAME_BACKSLASH",
        "a//b             | ENTRY_NAME_INVALID",
        "./a              | ENTRY_NAME_INVALID",
    })
    void unsafeEntryNamesAreRejected(String name, BundleError error) {
        Path bundle = TestBundle.withOrder("A1").put(name, "x").write(dir.resolve("names.zip"));
        assertRejected(() -> reader.read(bundle), error, bundle.toString(), name);
    }

    @Test
    void controlCharacterInNameIsRejectedAndShownEscaped() {
        Path bundle = TestBundle.withOrder("A1").put("a\u202Eb.txt", "x").write(dir.resolve("bidi.zip"));
        assertRejected(() -> reader.read(bundle), BundleError.ENTRY_NAME_INVALID, bundle.toString(), "a\\u202Eb.txt");
    }

    @Test
    void directoryEntriesAreIgnored() {
        TestBundle test = TestBundle.withOrder("A1");
        test.entry("orders/", new byte[0]).deflate = false;
        test.entry("materials/A1/", new byte[0]).deflate = false;
        ValidatedBundle bundle = reader.read(test.write(dir.resolve("dirs.zip")));
        assertThat(bundle.orders()).hasSize(1);
    }

    @Test
    void directoryEntryWithDataIsRejected() {
        TestBundle test = TestBundle.withOrder("A1");
        test.entry("extra/", "hidden".getBytes()).deflate = false;
        Path bundle = test.write(dir.resolve("dirdata.zip"));
        assertRejected(() -> reader.read(bundle), BundleError.DIRECTORY_WITH_DATA, bundle.toString(), "extra/");
    }

    @Test
    void twoEntriesWithTheSameNameAreRejected() {
        TestBundle test = TestBundle.withOrder("A1");
        test.entry(TestOrders.idFront("A1"), TestImages.PNG);       // the second copy, as java.util.zip.ZipFile would hide it
        Path bundle = test.write(dir.resolve("dup.zip"));
        assertRejected(() -> reader.read(bundle), BundleError.DUPLICATE_ENTRY, bundle.toString(), TestOrders.idFront("A1"), 2);
    }

    @Test
    void localHeaderNamingAnotherFileIsRejected() {
        TestBundle test = TestBundle.withOrder("A1");
        test.entry("truth.json", "{}".getBytes()).localName = "trust.json";
        test.listed("truth.json", "{}".getBytes());
        Path bundle = test.write(dir.resolve("local.zip"));
        assertRejected(() -> reader.read(bundle), BundleError.LOCAL_HEADER_MISMATCH, bundle.toString(), "truth.json", "trust.json");
    }

    @Test
    void entryHiddenFromTheDirectoryIsRejected() {
        TestBundle test = TestBundle.withOrder("A1");
        test.entry("orders/B2.json", "{}".getBytes()).inDirectory = false;    // a streaming reader would see it
        Path bundle = test.write(dir.resolve("hidden.zip"));
        assertRejected(() -> reader.read(bundle), BundleError.ZIP_HIDDEN_DATA, bundle.toString());
    }

    @Test
    void entriesSharingDataAreRejected() {
        TestBundle test = TestBundle.empty();
        test.entry("truth.json", new byte[100]).deflate = false;
        RawZip.Entry second = test.entry("notes.txt", new byte[10]);
        second.directoryOffset = 40;                                           // inside the first entry's data
        Path bundle = test.write(dir.resolve("overlap.zip"));
        assertRejected(() -> reader.read(bundle), BundleError.ENTRIES_OVERLAP, bundle.toString(), "notes.txt", "truth.json");
    }

    @Test
    void encryptedEntryIsRejected() {
        TestBundle test = TestBundle.withOrder("A1");
        test.entry("secret.txt", "x".getBytes()).flags = 0x0801;
        Path bundle = test.write(dir.resolve("crypt.zip"));
        assertRejected(() -> reader.read(bundle), BundleError.ENTRY_ENCRYPTED, bundle.toString(), "secret.txt");
    }

    @Test
    void unknownCompressionMethodIsRejected() {
        TestBundle test = TestBundle.withOrder("A1");
        test.entry("data.bin", "x".getBytes()).method = 12;                   // bzip2
        Path bundle = test.write(dir.resolve("bzip.zip"));
        assertRejected(() -> reader.read(bundle), BundleError.ENTRY_METHOD, bundle.toString(), "data.bin", 12);
    }

    @Test
    void damagedDeflateDataIsRejected() throws IOException {
        byte[] zip = TestBundle.withOrder("A1").put("truth.json", "{\"a\": \"" + "b".repeat(3000) + "\"}").bytes();
        Path bundle = dir.resolve("damaged.zip");
        int at = indexOf(zip, "truth.json".getBytes()) + "truth.json".length() + 5;   // inside its compressed data
        zip[at] ^= 0x55;
        zip[at + 1] ^= 0x55;
        Files.write(bundle, zip);
        assertRejected(() -> reader.read(bundle), BundleError.ENTRY_CORRUPT, bundle.toString(), "truth.json");
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i <= data.length - pattern.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (data[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
