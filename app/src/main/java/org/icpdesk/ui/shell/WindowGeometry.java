package org.icpdesk.ui.shell;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the main window stands: position (NaN = let the window centre itself), size and whether it is maximized.
 */
public record WindowGeometry(double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 400;
    public static final WindowGeometry DEFAULT = new WindowGeometry(Double.NaN, Double.NaN, 1200, 760, false);

    /** The part of the window one grabs to move it: if none of it is on a screen, the position is unusable. */
    private static final double GRIP_HEIGHT = 32;
    private static final double GRIP_MIN_VISIBLE = 48;

    public boolean hasPosition() {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }

    /**
     * This geometry made usable on the given screens (their visual bounds; the first is the primary): the size
     * no smaller than the minimum and no larger than the largest screen, the position dropped when the title
     * bar would not be on any screen (a monitor unplugged since the last run).
     */
    public WindowGeometry fitTo(List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            return this;
        }
        double maxWidth = screens.stream().mapToDouble(Rectangle2D::getWidth).max().orElse(width);
        double maxHeight = screens.stream().mapToDouble(Rectangle2D::getHeight).max().orElse(height);
        double w = clamp(valid(width) ? width : DEFAULT.width(), MIN_WIDTH, Math.max(MIN_WIDTH, maxWidth));
        double h = clamp(valid(height) ? height : DEFAULT.height(), MIN_HEIGHT, Math.max(MIN_HEIGHT, maxHeight));
        boolean onScreen = hasPosition() && screens.stream().anyMatch(screen -> gripVisible(screen, w));
        return new WindowGeometry(onScreen ? x : Double.NaN, onScreen ? y : Double.NaN, w, h, maximized);
    }

    private boolean gripVisible(Rectangle2D screen, double w) {
        double left = Math.max(x, screen.getMinX());
        double right = Math.min(x + w, screen.getMaxX());
        double top = Math.max(y, screen.getMinY());
        double bottom = Math.min(y + GRIP_HEIGHT, screen.getMaxY());
        return right - left >= GRIP_MIN_VISIBLE && bottom - top >= GRIP_HEIGHT / 2;
    }

    private static boolean valid(double v) {
        return !Double.isNaN(v) && !Double.isInfinite(v) && v > 0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
