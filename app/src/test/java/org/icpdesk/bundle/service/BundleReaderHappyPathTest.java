package org.icpdesk.bundle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.bundle.service.Rejections.assertRejected;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icpdesk.bundle.domain.IncomingOrder;
import org.icpdesk.bundle.domain.ManifestEntry;
import org.icpdesk.bundle.domain.MediaType;
import org.icpdesk.bundle.domain.ValidatedBundle;
import org.icpdesk.order.domain.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid bundles written by {@link BundleWriter}: parsed orders, media types, content hashes, re-reading entries. */
class BundleReaderHappyPathTest {
    private static final String A = "ICP20261122000123";
    private static final String B = "ICP20261122000124";
    private static final String LETTER = "materials/" + A + "/commitment.pdf";
    @TempDir
    Path dir;
    final BundleReader reader = new BundleReader();

    /** Two orders, PNG/JPEG/PDF materials and a truth.json; {@code frontOfA} is A's ID card photo. */
    Path write(String file, String bundleId, byte[] frontOfA) throws IOException {
        Path target = dir.resolve(file);
        try (BundleWriter writer = new BundleWriter(target, "orders", bundleId, OffsetDateTime.parse("2026-11-22T09:30:00+08:00"), "test")) {
            Map<String, Object> a = TestOrders.valid(A);
            TestOrders.set(a, "materials[2]", TestOrders.map("id", "m3", "kind", "COMMITMENT_LETTER", "owner", "site:0", "file", LETTER));
            writer.addJson("orders/" + A + ".json", a);
            writer.add(TestOrders.license(A), TestImages.PNG);
            writer.add(TestOrders.idFront(A), frontOfA);
            writer.add(LETTER, TestImages.PDF);
            writer.addJson("orders/" + B + ".json", TestOrders.valid(B));
            writer.add(TestOrders.license(B), TestImages.image("png", 40, 30, 7));
            writer.add(TestOrders.idFront(B), TestImages.image("jpg", 40, 30, 8));
            writer.addJson("truth.json", TestOrders.map("clean", TestOrders.list(A, B)));
            writer.finish();
        }
        return target;
    }

    @Test
    void validBundleIsParsedCompletely() throws IOException {
        Path file = write("orders.zip", "bundle-1", TestImages.JPEG);
        List<Long> progress = new ArrayList<>();
        ValidatedBundle bundle = reader.read(file, (phase, done, total) -> progress.add(done == total ? -done : done));

        assertThat(bundle.file()).isEqualTo(file);
        assertThat(bundle.sha256()).isEqualTo(BundleWriter.sha256(Files.readAllBytes(file)));
        assertThat(bundle.manifest().bundleId()).isEqualTo("bundle-1");
        assertThat(bundle.manifest().createdAt()).isEqualTo(OffsetDateTime.parse("2026-11-22T09:30:00+08:00"));
        assertThat(bundle.orders()).extracting(o -> o.order().id()).containsExactly(A, B);
        assertThat(progress).last().isEqualTo(-9L);                 // manifest + 8 entries, the last report says done

        IncomingOrder incoming = bundle.orders().get(0);
        Order order = incoming.order();
        assertThat(incoming.entryPath()).isEqualTo("orders/" + A + ".json");
        assertThat(order.version()).isEqualTo(3);
        assertThat(order.type()).isEqualTo("new-filing");
        assertThat(order.province()).isEqualTo("44");
        assertThat(order.submittedAt()).isEqualTo(OffsetDateTime.parse("2026-11-22T08:12:00+08:00"));
        assertThat(order.consentsToAssistedEdit()).isTrue();
        assertThat(order.subject().name()).isEqualTo("深圳市示例科技有限公司");
        assertThat(order.subject().residenceAddress()).isNull();
        assertThat(order.principal().idNumber()).isEqualTo("440305199001011234");
        assertThat(order.sites()).singleElement().satisfies(site -> {
            assertThat(site.domains()).containsExactly("example.cn");
            assertThat(site.principal().idValidTo()).isEqualTo("长期");
            assertThat(site.preApprovals()).singleElement().satisfies(p -> assertThat(p.category()).isEqualTo("news"));
        });
        assertThat(order.materials()).extracting(m -> m.id() + ":" + m.kind() + ":" + m.owner())
                .containsExactly("m1:BUSINESS_LICENSE:subject", "m2:ID_CARD_FRONT:principal", "m3:COMMITMENT_LETTER:site:0");
        assertThat(incoming.materials()).extracting(ManifestEntry::path)
                .containsExactly(TestOrders.license(A), TestOrders.idFront(A), LETTER);
        assertThat(incoming.materials()).extracting(bundle::mediaType).containsExactly(MediaType.PNG, MediaType.JPEG, MediaType.PDF);
        assertThat(bundle.mediaTypes()).hasSize(5).doesNotContainKey("truth.json");

        String expected = BundleWriter.sha256((BundleWriter.sha256(incoming.json()) + "\n" + BundleWriter.sha256(TestImages.PNG)
                + "\n" + BundleWriter.sha256(TestImages.JPEG) + "\n" + BundleWriter.sha256(TestImages.PDF)).getBytes());
        assertThat(incoming.contentHash()).isEqualTo(expected);
    }

    @Test
    void contentHashFollowsTheContent() throws IOException {
        ValidatedBundle first = reader.read(write("first.zip", "bundle-1", TestImages.JPEG));
        ValidatedBundle again = reader.read(write("again.zip", "bundle-2", TestImages.JPEG));
        byte[] oneByteOff = TestImages.JPEG.clone();
        oneByteOff[15] ^= 0x01;                                           // JFIF horizontal density: still a valid JPEG
        ValidatedBundle changed = reader.read(write("changed.zip", "bundle-3", oneByteOff));

        assertThat(hashes(again)).isEqualTo(hashes(first));
        assertThat(hashes(changed).get(0)).isNotEqualTo(hashes(first).get(0));
        assertThat(hashes(changed).get(1)).isEqualTo(hashes(first).get(1));
    }

    private static List<String> hashes(ValidatedBundle bundle) {
        return bundle.orders().stream().map(IncomingOrder::contentHash).toList();
    }

    @Test
    void entriesAreReadAgainExactly() throws IOException {
        ValidatedBundle bundle = reader.read(write("orders.zip", "bundle-1", TestImages.JPEG));
        IncomingOrder a = bundle.orders().get(0);
        assertThat(reader.readEntry(bundle, a.materials().get(1))).isEqualTo(TestImages.JPEG);
        try (BundleReader.EntryReader entries = reader.openEntries(bundle)) {
            assertThat(entries.read(a.materials().get(0))).isEqualTo(TestImages.PNG);
            assertThat(entries.read(a.materials().get(2))).isEqualTo(TestImages.PDF);
            assertThat(entries.mediaType(a.materials().get(2))).isEqualTo(MediaType.PDF);
        }
    }

    @Test
    void anotherReaderReadsEntriesAfterCheckingTheStructureAgain() throws IOException {
        ValidatedBundle bundle = reader.read(write("orders.zip", "bundle-1", TestImages.JPEG));
        BundleReader other = new BundleReader();
        assertThat(other.readEntry(bundle, bundle.orders().get(1).materials().get(1))).isEqualTo(TestImages.image("jpg", 40, 30, 8));
    }

    @Test
    void entryChangedAfterValidationIsRejectedOnReRead() throws IOException {
        Path file = write("orders.zip", "bundle-1", TestImages.JPEG);
        ValidatedBundle bundle = reader.read(file);
        byte[] other = TestImages.JPEG.clone();
        other[15] ^= 0x01;
        Files.move(write("other.zip", "bundle-1", other), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ManifestEntry front = bundle.orders().get(0).materials().get(1);
        assertRejected(() -> reader.readEntry(bundle, front), BundleError.ENTRY_CHANGED, file.toString(), front.path());
        assertThat(reader.readEntry(bundle, bundle.orders().get(0).materials().get(0))).isEqualTo(TestImages.PNG);
    }

    @Test
    void storedEntriesAndZip64EndRecordsAreRead() {
        Path stored = TestBundle.withOrder("A1").stored().write(dir.resolve("stored.zip"));
        assertThat(reader.read(stored).orders()).hasSize(1);
        Path zip64 = TestBundle.withOrder("A1").zip(zip -> zip.zip64End = true).write(dir.resolve("zip64.zip"));
        assertThat(reader.read(zip64).orders()).hasSize(1);
    }

    @Test
    void bundleWithoutOrdersIsValid() {
        ValidatedBundle bundle = reader.read(TestBundle.empty().write(dir.resolve("nothing.zip")));
        assertThat(bundle.orders()).isEmpty();
    }
}
