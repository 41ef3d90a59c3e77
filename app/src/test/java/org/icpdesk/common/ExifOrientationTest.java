package org.icpdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import javax.imageio.ImageIO;
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

    /** An APP1 Exif segment whose IFD0 holds a make entry, then the orientation (as cameras order their tags). */
    static byte[] app1(int orientation, ByteOrder order) {
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4).order(order);
        tiff.put(order == ByteOrder.LITTLE_ENDIAN ? new byte[] {'I', 'I'} : new byte[] {'M', 'M'});
        tiff.putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(4).put(new byte[] {'A', 'C', 'M', 0});   // Make, ASCII
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] body = tiff.array();
        ByteBuffer seg = ByteBuffer.allocate(4 + 6 + body.length).order(ByteOrder.BIG_ENDIAN);
        seg.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length));
        seg.put(new byte[] {'E', 'x', 'i', 'f', 0, 0}).put(body);
        return seg.array();
    }

    /** {@code jpeg} with {@code segment} after its JFIF segment (SOI, APP0, APP1, …). */
    static byte[] withSegment(byte[] jpeg, byte[] segment) {
        int app0 = 2 + 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, app0);
        System.arraycopy(segment, 0, out, app0, segment.length);
        System.arraycopy(jpeg, app0, out, app0 + segment.length, jpeg.length - app0);
        return out;
    }

    @ParameterizedTest
    @CsvSource({"1,0,false", "2,0,true", "3,180,false", "4,180,true", "5,270,true", "6,90,false", "7,90,true", "8,270,false"})
    void readsEveryOrientationInBothByteOrders(int value, int degrees, boolean mirrored) throws IOException {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            byte[] photo = withSegment(jpeg("jpg"), app1(value, order));
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
        byte[] photo = withSegment(jpeg("jpg"), app1(6, ByteOrder.BIG_ENDIAN));
        int exifStart = 2 + 2 + (((photo[4] & 0xFF) << 8) | (photo[5] & 0xFF));
        for (int cut = 0; cut < exifStart + 60; cut++) {
            byte[] truncated = Arrays.copyOf(photo, cut);
            assertThat(ExifOrientation.read(truncated).degrees()).as("cut at %d", cut).isIn(0, 90);
        }
        byte[] badOrder = photo.clone();
        badOrder[exifStart + 10] = 'X';    // neither II nor MM
        assertThat(ExifOrientation.read(badOrder)).isEqualTo(ExifOrientation.UPRIGHT);
        byte[] wrongValue = withSegment(jpeg("jpg"), app1(9, ByteOrder.LITTLE_ENDIAN));
        assertThat(ExifOrientation.read(wrongValue)).isEqualTo(ExifOrientation.UPRIGHT);
    }
}
