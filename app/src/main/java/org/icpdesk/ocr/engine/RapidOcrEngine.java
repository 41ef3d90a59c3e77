package org.icpdesk.ocr.engine;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.Point;
import com.benjaminwan.ocrlibrary.TextBlock;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.icpdesk.ocr.domain.Box;
import org.icpdesk.ocr.domain.OcrPage;
import org.icpdesk.ocr.domain.TextLine;

/**
 * PP-OCR (PaddleOCR's detection, angle and recognition networks in ONNX) through RapidOCR for Java. Models and native
 * libraries come from Maven Central inside the jar. The native engine is one per process and reads a file path, so
 * calls are serialised and the image goes through a private temporary file that is deleted at once; its ONNX runtime
 * uses {@code threads} threads per image.
 */
public final class RapidOcrEngine implements OcrEngine {

    public static final Model MODEL = Model.ONNX_PPOCR_V4;
    private static final Object NATIVE = new Object();
    /**
     * White border added around the image for detection. Measured on 20 demo certificates at 640 px: 8 and 20 read
     * all fields alike, 0 lost a line at the edge (1024 px); 8 costs least. The angle classifier stays off: the
     * pipeline turns the page (one line's angle is not worth its cost on every image), and the image is not resized
     * here ({@code maxSideLen} 0): the pipeline scales it to the size measured best.
     */
    static final int PADDING = 8;

    private final InferenceEngine engine;
    private final ParamConfig params;
    private final Path tempDir;

    public RapidOcrEngine(int threads) throws OcrException {
        try {
            HardwareConfig hw = HardwareConfig.getOnnxConfig();
            hw.setNumThread(Math.max(1, threads));
            this.engine = InferenceEngine.getInstance(MODEL, hw);
            this.tempDir = Files.createTempDirectory("icpdesk-ocr");
            tempDir.toFile().deleteOnExit();
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            throw new OcrException("the PP-OCR engine could not start: " + e.getMessage(), e);
        }
        this.params = ParamConfig.getDefaultConfig();
        params.setDoAngle(false);
        params.setMostAngle(true);
        params.setPadding(PADDING);
        params.setMaxSideLen(0);
    }

    @Override
    public String id() {
        return "rapidocr-0.0.7-" + MODEL.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public OcrPage read(BufferedImage image) throws OcrException {
        Path file;
        try {
            file = Files.createTempFile(tempDir, "img", ".bmp");
            writeBmp(image.getType() == BufferedImage.TYPE_3BYTE_BGR ? image : toBgr(image), file);
        } catch (IOException e) {
            throw new OcrException("could not hand the image to the PP-OCR engine: " + e.getMessage(), e);
        }
        try {
            OcrResult result;
            synchronized (NATIVE) {
                result = engine.runOcr(file.toString(), params);
            }
            List<TextLine> lines = new ArrayList<>();
            for (TextBlock block : result.getTextBlocks()) {
                String text = block.getText() == null ? "" : block.getText().strip();
                if (text.isEmpty()) {
                    continue;
                }
                lines.add(new TextLine(text, confidence(block), box(block.getBoxPoint())));
            }
            lines.sort(Comparator.comparingInt((TextLine l) -> l.box().y()).thenComparingInt(l -> l.box().x()));
            return new OcrPage(image.getWidth(), image.getHeight(), lines);
        } catch (RuntimeException e) {
            throw new OcrException("the PP-OCR engine failed on the image: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file in a private directory; deleteOnExit covers the directory
            }
        }
    }

    private static double confidence(TextBlock block) {
        float[] scores = block.getCharScores();
        if (scores == null || scores.length == 0) {
            return block.getBoxScore();
        }
        double min = 1;
        double sum = 0;
        for (float s : scores) {
            sum += s;
            min = Math.min(min, s);
        }
        // The weakest character decides whether the line can be trusted; the mean softens a single doubt.
        return Math.max(0, Math.min(1, 0.5 * min + 0.5 * sum / scores.length));
    }

    private static Box box(List<Point> points) {
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE;
        for (Point p : points) {
            minX = Math.min(minX, p.getX());
            minY = Math.min(minY, p.getY());
            maxX = Math.max(maxX, p.getX());
            maxY = Math.max(maxY, p.getY());
        }
        if (minX == Integer.MAX_VALUE) {
            return new Box(0, 0, 0, 0);
        }
        return new Box(Math.max(0, minX), Math.max(0, minY), maxX - Math.max(0, minX), maxY - Math.max(0, minY));
    }

    /**
     * Writes a BGR image as an uncompressed 24-bit BMP straight from its raster (ImageIO's BMP writer goes pixel by
     * pixel through the colour model: 5-7 ms for a 640 px page, this well under 1 ms).
     */
    static void writeBmp(BufferedImage bgr, Path file) throws IOException {
        int w = bgr.getWidth();
        int h = bgr.getHeight();
        java.awt.image.Raster raster = bgr.getRaster();
        java.awt.image.ComponentSampleModel sm = (java.awt.image.ComponentSampleModel) raster.getSampleModel();
        byte[] px = ((java.awt.image.DataBufferByte) raster.getDataBuffer()).getData();
        int stride = sm.getScanlineStride();
        int base = raster.getDataBuffer().getOffset();
        int x0 = -raster.getSampleModelTranslateX();
        int y0 = -raster.getSampleModelTranslateY();
        int rowBytes = w * 3;
        int padded = (rowBytes + 3) & ~3;
        int size = 54 + padded * h;
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(size).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buf.put((byte) 'B').put((byte) 'M').putInt(size).putInt(0).putInt(54);
        buf.putInt(40).putInt(w).putInt(h).putShort((short) 1).putShort((short) 24).putInt(0).putInt(padded * h)
                .putInt(2835).putInt(2835).putInt(0).putInt(0);
        byte[] pad = new byte[padded - rowBytes];
        for (int y = h - 1; y >= 0; y--) {    // bottom-up rows; TYPE_3BYTE_BGR stores B, G, R as BMP does
            buf.put(px, base + (y0 + y) * stride + x0 * 3, rowBytes).put(pad);
        }
        Files.write(file, buf.array());
    }

    private static BufferedImage toBgr(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    @Override
    public void close() {
        // The native engine lives as long as the process (RapidOCR keeps one instance).
    }
}
