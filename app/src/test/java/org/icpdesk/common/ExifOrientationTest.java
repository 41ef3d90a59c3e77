package org.icpdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.icpdesk.testing.PhonePhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EXIF orientation read from real JPEG bytes (ImageIO's encoding with an APP1 block spliced in, as a phone writes it). */
class ExifOrientationTest {

    static byte[] jpeg(String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), format, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"1,0,false", "2,0,true", "3,180,false", "4,180,true", "5,270,true", "6,90,false", "7,90,true", "8,270,false"})
    void readsEveryOrientationInBothByteOrders(int value, int degrees, boolean mirrored) throws IOException {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            byte[] photo = PhonePhotos.withOrientation(jpeg("jpg"), value, order);
            assertThat(ImageIO.read(new java.io.ByteArrayInputStream(photo))).as("still a JPEG ImageIO reads").isNotNull();
            assertThat(ExifOrientation.read(photo)).as("%s %s", value, order).isEqualTo(new ExifOrientation(degrees, mirrored));
        }
    }

    @Test
    void imagesWithoutExifAreUpright() throws IOException {
        assertThat(ExifOrientation.read(jpeg("jpg"))).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.read(jpeg("png"))).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.read(new byte[0])).isEqualTo(ExifOrientation.UPRIGHT);
        assertThat(ExifOrientation.read(null)).isEqualTo(ExifOrientation.UPRIGHT);
    }

    @Test
    void aDamagedHeaderIsUprightNeverAnError() throws IOException {
        byte[] photo = PhonePhotos.withOrientation(jpeg("jpg"), 6, ByteOrder.BIG_ENDIAN);
        int exifStart = 2 + 2 + (((photo[4] & 0xFF) << 8) | (photo[5] & 0xFF));
        for (int cut = 0; cut < exifStart + 60; cut++) {
            byte[] truncated = Arrays.copyOf(photo, cut);
            assertThat(ExifOrientation.read(truncated).degrees()).as("cut at %d", cut).isIn(0, 90);
        }
        byte[] badOrder = photo.clone();
        badOrder[exifStart + 10] = 'X';    // neither II nor MM
        assertThat(ExifOrientation.read(badOrder)).isEqualTo(ExifOrientation.UPRIGHT);
        byte[] wrongValue = PhonePhotos.withOrientation(jpeg("jpg"), 9, ByteOrder.LITTLE_ENDIAN);
        assertThat(ExifOrientation.read(wrongValue)).isEqualTo(ExifOrientation.UPRIGHT);
    }
}
