package org.icpdesk.ocr.service;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.ocr.domain.CertificateReading;
import org.icpdesk.ocr.domain.Quality;
import org.icpdesk.ocr.engine.OcrEngine;
import org.icpdesk.ocr.engine.OcrException;
import org.icpdesk.ocr.engine.RapidOcrEngine;

/** Stand-in until the full pipeline lands: decode, PP-OCR, no extraction. */
final class InterimReader implements CertificateReader {
    private final OcrEngine engine;

    InterimReader() {
        try {
            engine = new RapidOcrEngine(1);
        } catch (OcrException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    static CertificateReader create() {
        return new InterimReader();
    }

    @Override
    public CertificateReading read(byte[] image, CertificateKind kind) {
        CertificateKind k = kind == null ? CertificateKind.ID_CARD_FRONT : kind;
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(image));
            if (img == null) {
                return CertificateReading.failed(k, id(), "not an image");
            }
            engine.read(img);
            return new CertificateReading(k, Quality.good(), Map.of(), id(), null);
        } catch (IOException | OcrException e) {
            return CertificateReading.failed(k, id(), e.getMessage());
        }
    }

    @Override
    public String id() {
        return Engines.DEFAULT.cacheKey();
    }

    @Override
    public void close() {
        engine.close();
    }
}
