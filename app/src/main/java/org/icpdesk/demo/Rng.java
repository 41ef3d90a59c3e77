package org.icpdesk.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic randomness. {@link Random} is specified bit for bit by its Javadoc, so the same seed gives the
 * same demo data on every JDK; seeds for independent streams are mixed with SplitMix64.
 */
final class Rng {
    private final Random random;

    Rng(long seed) {
        this.random = new Random(seed);
    }

    /** A stream for one part of the output (an order, an image), independent of every other part. */
    static Rng of(long seed, long... path) {
        return new Rng(seedOf(seed, path));
    }

    static long seedOf(long seed, long... path) {
        long s = mix(seed);
        for (long p : path) {
            s = mix(s ^ mix(p + 0x632be59bd9b4e019L));
        }
        return s;
    }

    static long mix(long value) {
        long z = value + 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** Uniform in {@code [from, to]}. */
    int between(int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    double nextDouble() {
        return random.nextDouble();
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks with a bias towards the head of the list (common surnames first). */
    <T> T pickHeadBiased(List<T> items) {
        double u = random.nextDouble();
        return items.get((int) (u * u * items.size()));
    }

    /** Picks a key with probability proportional to its weight; the map must iterate in a fixed order. */
    <K> K weighted(Map<K, Integer> weights) {
        int total = 0;
        for (int w : weights.values()) {
            total += w;
        }
        int x = random.nextInt(total);
        for (Map.Entry<K, Integer> e : weights.entrySet()) {
            x -= e.getValue();
            if (x < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("empty weights");
    }

    String digits(int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }
}
