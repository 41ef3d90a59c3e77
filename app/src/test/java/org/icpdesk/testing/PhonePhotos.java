package org.icpdesk.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;

/** JPEGs as phone cameras write them: the pixels as the sensor saw them, the turn to show them in an EXIF block. */
public final class PhonePhotos {
    private PhonePhotos() {
    }

    /** A {@code width}×{@code height} JPEG, dark on its left edge (to see which way it is turned), without EXIF. */
    public static byte[] jpeg(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, Math.max(1, width / 8), height);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jpeg} with an EXIF block (after its JFIF segment) whose IFD0 holds a make, then the orientation. */
    public static byte[] withOrientation(byte[] jpeg, int orientation, ByteOrder order) {
        return withSegment(jpeg, app1(orientation, order));
    }

    /** An APP1 Exif segment whose IFD0 holds a make entry, then the orientation (as cameras order their tags). */
    public static byte[] app1(int orientation, ByteOrder order) {
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
    public static byte[] withSegment(byte[] jpeg, byte[] segment) {
        int app0 = 2 + 2 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, app0);
        System.arraycopy(segment, 0, out, app0, segment.length);
        System.arraycopy(jpeg, app0, out, app0 + segment.length, jpeg.length - app0);
        return out;
    }
}
