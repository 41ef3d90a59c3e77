package org.icpdesk.ocr.domain;

import java.util.List;

/** The image quality gate's verdict on one image. */
public record Quality(List<QualityProblem> problems) {

    public Quality {
        problems = List.copyOf(problems);
    }

    public static Quality good() {
        return new Quality(List.of());
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
