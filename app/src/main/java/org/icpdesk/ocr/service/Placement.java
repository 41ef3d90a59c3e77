package org.icpdesk.ocr.service;

import org.icpdesk.ocr.domain.Box;

/**
 * Where the image the engine read lies in the original: the original turned clockwise by {@code quarterTurns}
 * quarter turns, cropped at {@code (cropX, cropY)} of the turned image, then scaled by {@code scale}. Maps the
 * engine's boxes back to pixels of the original image.
 */
record Placement(int originalWidth, int originalHeight, int quarterTurns, int cropX, int cropY, double scale) {

    /** The engine image's box in pixels of the original image, clipped to it. */
    Box toOriginal(Box b) {
        if (b == null) {
            return null;
        }
        Box t = b.scaled(1 / scale, cropX, cropY);    // in the turned image
        int w = originalWidth;
        int h = originalHeight;
        Box o;
        switch (Math.floorMod(quarterTurns, 4)) {
            case 1:     // turned image (x', y') = (h - 1 - y, x)
                o = new Box(t.y(), h - t.right(), t.height(), t.width());
                break;
            case 2:
                o = new Box(w - t.right(), h - t.bottom(), t.width(), t.height());
                break;
            case 3:     // turned image (x', y') = (y, w - 1 - x)
                o = new Box(w - t.bottom(), t.x(), t.height(), t.width());
                break;
            default:
                o = t;
                break;
        }
        return o.clip(w, h);
    }
}
