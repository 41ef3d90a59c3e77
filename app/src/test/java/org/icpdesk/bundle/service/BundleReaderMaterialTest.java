package org.icpdesk.bundle.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.bundle.service.Rejections.assertRejected;
import static org.icpdesk.bundle.service.TestOrders.set;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.icpdesk.bundle.domain.MediaType;
import org.icpdesk.bundle.domain.ValidatedBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Materials: references from the order, file types by name and magic bytes, full decoding. */
class BundleReaderMaterialTest {
    private static final String ENTRY = "orders/A1.json";
    private static final String FRONT = TestOrders.idFront("A1");
    private static final String LICENSE = TestOrders.license("A1");
    @TempDir
    Path dir;
    final BundleReader reader = new BundleReader();

    Path write(TestBundle test) {
        return test.write(dir.resolve("orders-bundle.zip"));
    }

    @Test
    void materialNamingAFileNotInTheBundleIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1", o -> set(o, "materials[1].file", "materials/A1/back.jpg")));
        assertRejected(() -> reader.read(bundle), BundleError.MATERIAL_FILE_MISSING, bundle.toString(), ENTRY,
                "materials[1].file", "materials/A1/back.jpg");
    }

    @Test
    void materialNamingAFileOutsideMaterialsIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1", o -> set(o, "materials[1].file", "truth.json")).put("truth.json", "{}"));
        assertRejected(() -> reader.read(bundle), BundleError.MATERIAL_FILE_LOCATION, bundle.toString(), ENTRY,
                "materials[1].file", "truth.json");
    }

    @Test
    void materialIdTwiceInAnOrderIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1", o -> set(o, "materials[1].id", "m1")));
        assertRejected(() -> reader.read(bundle), BundleError.MATERIAL_DUPLICATE_ID, bundle.toString(), ENTRY, "materials[1].id", "m1");
    }

    @Test
    void ownerMustBeSubjectPrincipalOrAnExistingSite() {
        Path noSuchSite = write(TestBundle.withOrder("A1", o -> set(o, "materials[1].owner", "site:1")));
        assertRejected(() -> reader.read(noSuchSite), BundleError.MATERIAL_OWNER, noSuchSite.toString(), ENTRY, "materials[1].owner", "site:1");
        Path other = write(TestBundle.withOrder("A1", o -> set(o, "materials[1].owner", "applicant")));
        assertRejected(() -> reader.read(other), BundleError.MATERIAL_OWNER, other.toString(), ENTRY, "materials[1].owner", "applicant");
        Path site = write(TestBundle.withOrder("A1", o -> set(o, "materials[1].owner", "site:0")));
        assertThat(reader.read(site).orders()).hasSize(1);
    }

    @Test
    void truncatedJpegIsRejected() {
        byte[] cut = Arrays.copyOf(TestImages.JPEG, TestImages.JPEG.length * 2 / 3);
        Path bundle = write(TestBundle.withOrder("A1").replaceAndRelist(FRONT, cut));
        assertRejected(() -> reader.read(bundle), BundleError.MATERIAL_UNDECODABLE, bundle.toString(), FRONT, "JPEG");
    }

    @Test
    void jpegWithoutItsEndMarkerIsRejected() {
        byte[] cut = Arrays.copyOf(TestImages.JPEG, TestImages.JPEG.length - 2);
        Path bundle = write(TestBundle.withOrder("A1").replaceAndRelist(FRONT, cut));
        assertRejected(() -> reader.read(bundle), BundleError.MATERIAL_UNDECODABLE, bundle.toString(), FRONT, "JPEG");
    }

    @Test
    void truncatedPngIsRejected() {
        byte[] cut = Arrays.copyOf(TestImages.PNG, TestImages.PNG.length - 12);     // without IEND the decoder says nothing
        Path bundle = write(TestBundle.withOrder("A1").replaceAndRelist(LICENSE, cut));
        assertRejected(() -> reader.read(bundle), BundleError.MATERIAL_UNDECODABLE, bundle.toString(), LICENSE, "PNG");
        byte[] half = Arrays.copyOf(TestImages.PNG, TestImages.PNG.length / 2);
        Path halfBundle = write(TestBundle.withOrder("A1").replaceAndRelist(LICENSE, half));
        assertRejected(() -> reader.read(halfBundle), BundleError.MATERIAL_UNDECODABLE, halfBundle.toString(), LICENSE, "PNG");
    }

    @Test
    void pngNamedJpgIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").replaceAndRelist(FRONT, TestImages.PNG));
        assertRejected(() -> reader.read(bundle), BundleError.MATERIAL_TYPE_MISMATCH, bundle.toString(), FRONT, "JPEG", "PNG");
    }

    @Test
    void textNamedJpgIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").replaceAndRelist(FRONT, "not a photo".getBytes(StandardCharsets.US_ASCII)));
        assertRejected(() -> reader.read(bundle), BundleError.MATERIAL_NOT_MEDIA, bundle.toString(), FRONT, "JPEG");
    }

    @Test
    void materialFileWithAnotherExtensionIsRejected() {
        Path bundle = write(TestBundle.withOrder("A1").put("materials/A1/video.mp4", new byte[] {0, 0, 0, 24}));
        assertRejected(() -> reader.read(bundle), BundleError.MATERIAL_EXTENSION, bundle.toString(), "materials/A1/video.mp4");
    }

    @Test
    void pdfIsAllowedForLetterKindsOnly() {
        String letter = "materials/A1/commitment.pdf";
        Path ok = write(TestBundle.withOrder("A1", o -> set(o, "materials[2]",
                TestOrders.map("id", "m3", "kind", "COMMITMENT_LETTER", "owner", "subject", "file", letter))).put(letter, TestImages.PDF));
        ValidatedBundle valid = reader.read(ok);
        assertThat(valid.mediaType(valid.orders().get(0).materials().get(2))).isEqualTo(MediaType.PDF);

        String front = "materials/A1/id-front.pdf";
        Path bad = write(TestBundle.withOrder("A1", o -> set(o, "materials[1].file", front)).put(front, TestImages.PDF));
        assertRejected(() -> reader.read(bad), BundleError.MATERIAL_PDF_KIND, bad.toString(), ENTRY, front, "ID_CARD_FRONT");
    }

    @Test
    void pdfWithoutHeaderOrEndIsRejected() {
        String letter = "materials/A1/plan.pdf";
        Path noHeader = write(TestBundle.withOrder("A1").put(letter, "1 0 obj\n%%EOF\n"));
        assertRejected(() -> reader.read(noHeader), BundleError.MATERIAL_NOT_MEDIA, noHeader.toString(), letter, "PDF");
        Path cut = write(TestBundle.withOrder("A1").put(letter, Arrays.copyOf(TestImages.PDF, 30)));
        assertRejected(() -> reader.read(cut), BundleError.MATERIAL_PDF_TRUNCATED, cut.toString(), letter);
    }

    @Test
    void firstBadImageInFileOrderIsReported() {
        TestBundle test = TestBundle.withOrder("A1");
        for (int i = 0; i < 12; i++) {
            test.put("materials/A1/extra-" + i + ".jpg", i == 3 || i == 9 ? Arrays.copyOf(TestImages.JPEG, 200) : TestImages.JPEG);
        }
        Path bundle = write(test);
        for (int run = 0; run < 3; run++) {
            assertRejected(() -> reader.read(bundle), BundleError.MATERIAL_UNDECODABLE, bundle.toString(), "materials/A1/extra-3.jpg");
        }
    }
}
