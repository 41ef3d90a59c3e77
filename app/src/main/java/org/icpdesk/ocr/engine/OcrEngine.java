package org.icpdesk.ocr.engine;

import java.awt.image.BufferedImage;
import org.icpdesk.ocr.domain.OcrPage;

/**
 * An OCR engine: reads the text lines of one (preprocessed) image with boxes and confidences. Implementations hold
 * native resources and are not required to be thread-safe; {@link EnginePool} gives each worker thread its own.
 */
public interface OcrEngine extends AutoCloseable {

    /** Engine name and model version, e.g. {@code tesseract-5.3.0-chi_sim}: part of the OCR cache key. */
    String id();

    /** Reads the lines of the image; boxes are in pixels of {@code image}. */
    OcrPage read(BufferedImage image) throws OcrException;

    @Override
    void close();
}
