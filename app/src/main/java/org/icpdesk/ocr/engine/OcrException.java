package org.icpdesk.ocr.engine;

/** An engine failed to start or to read an image; the message says which and why, without image content. */
public class OcrException extends Exception {
    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
