package org.icpdesk.ocr.domain;

/** Image quality problems, as spec/cli.md names them in {@code quality.problems}. */
public enum QualityProblem {
    TOO_SMALL, BLURRED, TOO_DARK, GLARE, CROPPED, NOT_THIS_KIND
}
