package org.icpdesk.ocr.service;

import org.icpdesk.ocr.domain.Box;

/**
 * Where the image the engine read lies in the original: the original turned clockwise by {@code quarterTurns}
 * quarter turns, cropped to {@code (cropX, cropY, cropWidth, cropHeight)} of the turned image, the crop turned by
 * {@code -skew} radians about its centre onto a canvas of {@code canvasWidth x canvasHeight} (deskew), then scaled by
 * {@code scale}. Maps the engine's boxes back to pixels of the original image.
 */
record Placement(int originalWidth, int originalHeight, int quarterTurns, int cropX, int cropY, int cropWidth,
                 int cropHeight, double skew, int canvasWidth, int canvasHeight, double scale) {

    /** Without deskew. */
    Placement(int originalWidth, int originalHeight, int quarterTurns, int cropX, int cropY, double scale) {
        this(originalWidth, originalHeight, quarterTurns, cropX, cropY, 0, 0, 0, 0, 0, scale);
    }

    /** The engine image's box in pixels of the original image, clipped to it. */
    Box toOriginal(Box b) {
        if (b == null) {
            return null;
        }
        Box t = b.scaled(1 / scale, 0, 0);    // on the canvas
        if (skew != 0) {
            t = unskew(t);
        }
        t = new Box(t.x() + cropX, t.y() + cropY, t.width(), t.height());    // in the turned image
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

    /** A box on the deskewed canvas as the bounding box of its corners in the crop. */
    private Box unskew(Box b) {
        double cos = Math.cos(skew);
        double sin = Math.sin(skew);
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (int corner = 0; corner < 4; corner++) {
            double dx = (corner % 2 == 0 ? b.x() : b.right()) - canvasWidth / 2.0;
            double dy = (corner < 2 ? b.y() : b.bottom()) - canvasHeight / 2.0;
            double x = cos * dx - sin * dy + cropWidth / 2.0;
            double y = sin * dx + cos * dy + cropHeight / 2.0;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }
        int x0 = (int) Math.round(minX);
        int y0 = (int) Math.round(minY);
        return new Box(x0, y0, (int) Math.round(maxX) - x0, (int) Math.round(maxY) - y0);
    }
}
