package org.icpdesk.store;

/**
 * When closing the store rewrites its file ({@code SHUTDOWN COMPACT}). H2 appends every commit to the file and frees
 * old chunks only slowly: a 100,000-order import grew the file to 5.8 GB with 335 MB live. Compacting at close when
 * the file is big and mostly dead gives the space back; a small or well-filled file is left alone (compacting costs
 * time proportional to the live data, a few seconds per 100 MB).
 *
 * @param minFileBytes   files smaller than this are never compacted
 * @param maxFillPercent compact when the live chunks fill at most this share of the file
 */
public record CompactionPolicy(long minFileBytes, int maxFillPercent) {
    /** 64 MB, half dead. */
    public static final CompactionPolicy STANDARD = new CompactionPolicy(64L << 20, 50);
    /** Never compacts. */
    public static final CompactionPolicy NEVER = new CompactionPolicy(Long.MAX_VALUE, 0);

    /** True when a file of {@code fileBytes} whose chunks are {@code fillPercent} live should be compacted at close. */
    public boolean compactAtClose(long fileBytes, int fillPercent) {
        return fileBytes >= minFileBytes && fillPercent <= maxFillPercent;
    }
}
