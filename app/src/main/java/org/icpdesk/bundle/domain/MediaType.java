package org.icpdesk.bundle.domain;

import java.util.Locale;
import java.util.Optional;

/** What a material file is, as its name says and its content proved: a JPEG or PNG image, or a PDF letter. */
public enum MediaType {
    JPEG("image/jpeg"),
    PNG("image/png"),
    PDF("application/pdf");

    private final String value;

    MediaType(String value) {
        this.value = value;
    }

    /** The MIME type, e.g. {@code image/jpeg}. */
    public String value() {
        return value;
    }

    public boolean isImage() {
        return this != PDF;
    }

    /** The type a material file name says: {@code .jpg}/{@code .jpeg}, {@code .png} or {@code .pdf}, any case. */
    public static Optional<MediaType> forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return Optional.of(JPEG);
        }
        if (lower.endsWith(".png")) {
            return Optional.of(PNG);
        }
        if (lower.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }
}
