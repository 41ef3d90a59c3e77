package org.icpdesk.ocr.domain;

import java.util.Collection;

/** An axis-aligned rectangle in pixels of an image: {@code [x, y, width, height]} as spec/cli.md prints it. */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative box size");
        }
    }

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2.0;
    }

    public double centerY() {
        return y + height / 2.0;
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        int nx = Math.min(x, other.x);
        int ny = Math.min(y, other.y);
        return new Box(nx, ny, Math.max(right(), other.right()) - nx, Math.max(bottom(), other.bottom()) - ny);
    }

    /** The union of boxes; null for none. */
    public static Box union(Collection<Box> boxes) {
        Box u = null;
        for (Box b : boxes) {
            u = u == null ? b : u.union(b);
        }
        return u;
    }

    /** Overlap of the vertical extents as a share of the smaller height (0 none, 1 one inside the other). */
    public double verticalOverlap(Box other) {
        int top = Math.max(y, other.y);
        int bottom = Math.min(bottom(), other.bottom());
        int smaller = Math.min(height, other.height);
        return smaller <= 0 ? 0 : Math.max(0, bottom - top) / (double) smaller;
    }

    /** This box scaled by {@code factor} and moved by {@code (dx, dy)}: maps a box of a resized crop back to the original. */
    public Box scaled(double factor, int dx, int dy) {
        return new Box((int) Math.round(x * factor) + dx, (int) Math.round(y * factor) + dy,
                (int) Math.round(width * factor), (int) Math.round(height * factor));
    }

    /** The box clipped to an image of the given size. */
    public Box clip(int imageWidth, int imageHeight) {
        int nx = Math.max(0, Math.min(x, imageWidth));
        int ny = Math.max(0, Math.min(y, imageHeight));
        return new Box(nx, ny, Math.max(0, Math.min(right(), imageWidth) - nx), Math.max(0, Math.min(bottom(), imageHeight) - ny));
    }

    public int[] toArray() {
        return new int[] {x, y, width, height};
    }
}
