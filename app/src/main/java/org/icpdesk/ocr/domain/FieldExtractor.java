package org.icpdesk.ocr.domain;

import java.util.Map;

/**
 * Turns the lines an engine read from one certificate into its fields (keys of {@link CertificateKind#fieldKeys()}),
 * using the layout (labels, relative positions) and domain knowledge (check digits, dates, the 56 ethnicities,
 * confusable characters). Pure: boxes stay in the coordinates of the page.
 */
public interface FieldExtractor {

    Map<String, FieldReading> extract(CertificateKind kind, OcrPage page);
}
