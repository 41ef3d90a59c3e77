package org.icpdesk.bundle.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStreamImpl;
import org.icpdesk.bundle.domain.MediaType;

/**
 * Checks that a material file is what its name says: the magic bytes, then for images a full ImageIO decode that
 * fails on truncated or damaged data (libjpeg only warns about those, so its warnings count as failures), and
 * for PDFs the {@code %PDF-} header and the {@code %%EOF} trailer.
 */
final class MaterialCheck {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_IEND = {'I', 'E', 'N', 'D', (byte) 0xAE, 'B', 0x60, (byte) 0x82};
    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** libjpeg warns so about many phone photos that display correctly; not a sign of damage. */
    private static final String BENIGN_JPEG_WARNING = "extraneous bytes before marker";

    private MaterialCheck() {
    }

    /** What the bytes are by their magic number, or null. */
    static MediaType sniff(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
            return MediaType.JPEG;
        }
        if (startsWith(data, PNG_SIGNATURE)) {
            return MediaType.PNG;
        }
        if (startsWith(data, PDF_HEADER)) {
            return MediaType.PDF;
        }
        return null;
    }

    /** Cheap: the content starts like the type the name says. */
    static void checkType(String bundle, String entry, MediaType named, byte[] data) {
        MediaType actual = sniff(data);
        if (actual == null) {
            throw BundleError.MATERIAL_NOT_MEDIA.rejected(bundle, entry, named.name());
        }
        if (actual != named) {
            throw BundleError.MATERIAL_TYPE_MISMATCH.rejected(bundle, entry, named.name(), actual.name());
        }
    }

    /** Expensive: decodes an image completely; checks a PDF's trailer. Runs on the decode pool. */
    static void decode(String bundle, String entry, MediaType type, byte[] data, long maxPixels) {
        if (type == MediaType.PDF) {
            if (lastIndexOf(data, PDF_EOF, 1024) < 0) {
                throw BundleError.MATERIAL_PDF_TRUNCATED.rejected(bundle, entry);
            }
            return;
        }
        if (type == MediaType.PNG && lastIndexOf(data, PNG_IEND, 64 * 1024) < 0) {
            throw BundleError.MATERIAL_UNDECODABLE.rejected(new IIOException("no IEND chunk"), bundle, entry, type.name());
        }
        try {
            decodeImage(type, data, false, bundle, entry, maxPixels);
        } catch (IIOException e) {
            if (type == MediaType.JPEG && String.valueOf(e.getMessage()).contains("Unsupported Image Type")) {
                decodeRasterOrReject(data, bundle, entry, maxPixels);   // CMYK/YCCK scans: ImageIO reads them as rasters
                return;
            }
            throw BundleError.MATERIAL_UNDECODABLE.rejected(e, bundle, entry, type.name());
        } catch (IOException | RuntimeException e) {
            if (e instanceof BundleRejected) {
                throw (BundleRejected) e;
            }
            throw BundleError.MATERIAL_UNDECODABLE.rejected(e, bundle, entry, type.name());
        }
    }

    private static void decodeRasterOrReject(byte[] data, String bundle, String entry, long maxPixels) {
        try {
            decodeImage(MediaType.JPEG, data, true, bundle, entry, maxPixels);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BundleRejected) {
                throw (BundleRejected) e;
            }
            throw BundleError.MATERIAL_UNDECODABLE.rejected(e, bundle, entry, MediaType.JPEG.name());
        }
    }

    private static void decodeImage(MediaType type, byte[] data, boolean raster, String bundle, String entry,
                                    long maxPixels) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == MediaType.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type);
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (BytesImageInputStream in = new BytesImageInputStream(data)) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > maxPixels) {
                throw BundleError.MATERIAL_TOO_MANY_PIXELS.rejected(bundle, entry, width, height, maxPixels);
            }
            if (raster) {
                reader.readRaster(0, null);
            } else {
                reader.read(0);
            }
        } finally {
            reader.dispose();
        }
        warnings.removeIf(w -> w != null && w.contains(BENIGN_JPEG_WARNING));
        if (!warnings.isEmpty()) {
            throw BundleError.MATERIAL_UNDECODABLE.rejected(new IIOException(String.join("; ", warnings)),
                    bundle, entry, type.name());
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where {@code pattern} last occurs within the last {@code window} bytes of {@code data}, or -1. */
    private static int lastIndexOf(byte[] data, byte[] pattern, int window) {
        int from = Math.max(0, data.length - window);
        for (int i = data.length - pattern.length; i >= from; i--) {
            int k = 0;
            while (k < pattern.length && data[i + k] == pattern[k]) {
                k++;
            }
            if (k == pattern.length) {
                return i;
            }
        }
        return -1;
    }

    /** An image input stream over bytes already in memory (ImageIO's own would copy them into a cache). */
    private static final class BytesImageInputStream extends ImageInputStreamImpl {
        private final byte[] data;

        BytesImageInputStream(byte[] data) {
            this.data = data;
        }

        @Override
        public int read() throws IOException {
            checkClosed();
            bitOffset = 0;
            return streamPos < data.length ? data[(int) streamPos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            checkClosed();
            bitOffset = 0;
            if (len == 0) {
                return 0;
            }
            if (streamPos >= data.length) {
                return -1;
            }
            int n = (int) Math.min(len, data.length - streamPos);
            System.arraycopy(data, (int) streamPos, b, off, n);
            streamPos += n;
            return n;
        }

        @Override
        public long length() {
            return data.length;
        }
    }
}
