package org.icpdesk.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.icpdesk.demo.OcrTestSet.Sample;
import org.icpdesk.demo.OcrTestSet.Tier;
import org.icpdesk.ocr.domain.CertificateKind;
import org.icpdesk.ocr.domain.CertificateReading;

/**
 * Scores OCR readings of the {@link OcrTestSet} against its truth: per configuration (engine), tier, kind and field the
 * exact-match rate, and for addresses and authorities the per-character accuracy (1 − edit distance / length, summed over
 * the images). Checks the thresholds of issue 4's acceptance and renders the table for the README. Not thread-safe:
 * collect from one thread.
 */
public final class OcrAccuracy {

    /** The field groups issue 4 sets thresholds for. */
    public enum Group {
        /** ID number and credit code: exact, ≥ 99.5 % on clean and normal, ≥ 98 % on hard. */
        ID_NUMBERS(false, 0.995, 0.995, 0.98),
        /** Names of people and companies: exact, ≥ 98 %. */
        NAMES(false, 0.98, 0.98, 0.98),
        /** Dates: exact, ≥ 99 %. */
        DATES(false, 0.99, 0.99, 0.99),
        /** Addresses: per-character accuracy ≥ 97 %. */
        ADDRESSES(true, 0.97, 0.97, 0.97),
        /** Scored and printed, no threshold: sex, ethnicity, authority, type, capital, domain. */
        OTHER(false, 0, 0, 0);

        private final boolean perCharacter;
        private final double[] minimum;

        Group(boolean perCharacter, double clean, double normal, double hard) {
            this.perCharacter = perCharacter;
            this.minimum = new double[] {clean, normal, hard};
        }

        public boolean perCharacter() {
            return perCharacter;
        }

        public double minimum(Tier tier) {
            return minimum[tier.ordinal()];
        }

        /** The group of a field of a kind. */
        public static Group of(CertificateKind kind, String field) {
            switch (field) {
                case "id_number", "credit_code":
                    return ID_NUMBERS;
                case "legal_representative", "registrant":
                    return NAMES;
                case "name":
                    return NAMES;
                case "birth_date", "valid_from", "valid_to", "established_date", "registered_date", "expiry_date":
                    return DATES;
                case "address":
                    return ADDRESSES;
                default:
                    return OTHER;
            }
        }
    }

    /** Running totals of one field: images, exact matches, characters, edit distance, unread values. */
    private static final class Tally {
        int images;
        int exact;
        long characters;
        long distance;
        int unread;

        double exactRate() {
            return images == 0 ? Double.NaN : exact / (double) images;
        }

        double characterRate() {
            return characters == 0 ? Double.NaN : 1 - distance / (double) characters;
        }
    }

    /** A field below its threshold. */
    public record Shortfall(String configuration, Tier tier, CertificateKind kind, String field, double rate, double minimum,
                            int images) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %s %s.%s: %.1f %% < %.1f %% (%d images)", configuration, tier.label(),
                    kind, field, 100 * rate, 100 * minimum, images);
        }
    }

    private final Map<String, Map<String, Tally>> tallies = new LinkedHashMap<>();
    private final Map<String, List<Long>> nanos = new LinkedHashMap<>();
    private final Map<String, List<Long>> cpuNanos = new LinkedHashMap<>();
    private final Map<String, Integer> failedImages = new LinkedHashMap<>();
    private final Map<String, List<String>> misses = new LinkedHashMap<>();

    /** Adds the reading of one image by {@code configuration}, which took {@code elapsedNanos}. */
    public void add(String configuration, Sample sample, CertificateReading reading, long elapsedNanos) {
        add(configuration, sample, reading, elapsedNanos, -1);
    }

    /**
     * Adds the reading of one image by {@code configuration}, which took {@code elapsedNanos} on the clock and
     * {@code cpuNanos} of the reading thread's CPU time (negative: not measured).
     */
    public void add(String configuration, Sample sample, CertificateReading reading, long elapsedNanos, long cpuNanos) {
        Map<String, Tally> byField = tallies.computeIfAbsent(configuration, c -> new LinkedHashMap<>());
        nanos.computeIfAbsent(configuration, c -> new ArrayList<>()).add(elapsedNanos);
        if (cpuNanos >= 0) {
            this.cpuNanos.computeIfAbsent(configuration, c -> new ArrayList<>()).add(cpuNanos);
        }
        if (reading.error() != null) {
            failedImages.merge(configuration, 1, Integer::sum);
        }
        for (Map.Entry<String, String> e : sample.truth().entrySet()) {
            String field = e.getKey();
            String truth = e.getValue();
            String read = reading.error() != null || reading.kind() != null && reading.kind() != sample.kind() ? null
                    : reading.field(field).value();
            Tally t = byField.computeIfAbsent(key(sample.tier(), sample.kind(), field), k -> new Tally());
            t.images++;
            if (read == null) {
                t.unread++;
            }
            if (Objects.equals(truth, read)) {
                t.exact++;
            } else {
                misses.computeIfAbsent(configuration, c -> new ArrayList<>()).add(sample.id() + " " + field + ": printed "
                        + truth + ", read " + read + (reading.error() != null ? " (" + reading.error() + ")" : "") + " ["
                        + sample.variation() + "]");
            }
            t.characters += truth.codePointCount(0, truth.length());
            t.distance += Math.min(truth.codePointCount(0, truth.length()), editDistance(truth, read == null ? "" : read));
        }
    }

    /** Exact-match rate (NaN when no image of the kind was scored). */
    public double exact(String configuration, Tier tier, CertificateKind kind, String field) {
        return tally(configuration, tier, kind, field).exactRate();
    }

    /** Per-character accuracy: 1 − edit distance / length, over all images of the kind in the tier. */
    public double characters(String configuration, Tier tier, CertificateKind kind, String field) {
        return tally(configuration, tier, kind, field).characterRate();
    }

    /** The rate its group is judged by: per character for addresses, exact otherwise. */
    public double rate(String configuration, Tier tier, CertificateKind kind, String field) {
        Tally t = tally(configuration, tier, kind, field);
        return Group.of(kind, field).perCharacter() ? t.characterRate() : t.exactRate();
    }

    /** Fields of {@code configuration} below issue 4's thresholds, in table order. */
    public List<Shortfall> shortfalls(String configuration) {
        List<Shortfall> out = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            for (CertificateKind kind : OcrTestSet.KINDS) {
                for (String field : kind.fieldKeys()) {
                    Tally t = tally(configuration, tier, kind, field);
                    double min = Group.of(kind, field).minimum(tier);
                    double rate = rate(configuration, tier, kind, field);
                    if (t.images > 0 && min > 0 && rate < min) {
                        out.add(new Shortfall(configuration, tier, kind, field, rate, min, t.images));
                    }
                }
            }
        }
        return out;
    }

    /** Milliseconds per image of a configuration: median and 95th percentile (nearest rank). */
    public double[] millis(String configuration) {
        return percentiles(nanos.getOrDefault(configuration, List.of()));
    }

    /** CPU milliseconds per image of the reading thread: median and 95th percentile; NaN when not measured. */
    public double[] cpuMillis(String configuration) {
        return percentiles(cpuNanos.getOrDefault(configuration, List.of()));
    }

    private static double[] percentiles(List<Long> list) {
        if (list.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        long[] sorted = list.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new double[] {percentile(sorted, 0.5) / 1e6, percentile(sorted, 0.95) / 1e6};
    }

    /**
     * Every field of {@code configuration} that did not match: sample id, field, printed and read value, the image's
     * variation. The test set's data are synthetic; never feed this real certificates.
     */
    public List<String> misses(String configuration) {
        return List.copyOf(misses.getOrDefault(configuration, List.of()));
    }

    public List<String> configurations() {
        return List.copyOf(tallies.keySet());
    }

    /**
     * The accuracy table in Markdown: one row per kind and field, one column per configuration and tier; exact-match
     * percentages, per-character ones (marked "ch") for addresses; shortfalls in bold; then ms per image.
     */
    public String markdown(String title) {
        List<String> configs = configurations();
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(title).append("\n\n");
        sb.append("| field |");
        for (String c : configs) {
            for (Tier tier : Tier.values()) {
                sb.append(' ').append(c).append(' ').append(tier.label()).append(" |");
            }
        }
        sb.append(" threshold |\n|---|");
        sb.append("---:|".repeat(configs.size() * Tier.values().length)).append("---|\n");
        for (CertificateKind kind : OcrTestSet.KINDS) {
            for (String field : kind.fieldKeys()) {
                Group group = Group.of(kind, field);
                sb.append("| ").append(kind.name().toLowerCase(Locale.ROOT)).append('.').append(field)
                        .append(group.perCharacter() ? " (ch)" : "").append(" |");
                for (String c : configs) {
                    for (Tier tier : Tier.values()) {
                        Tally t = tally(c, tier, kind, field);
                        double rate = rate(c, tier, kind, field);
                        String cell = t.images == 0 ? "–" : String.format(Locale.ROOT, "%.1f", 100 * rate);
                        boolean below = t.images > 0 && group.minimum(tier) > 0 && rate < group.minimum(tier);
                        sb.append(' ').append(below ? "**" + cell + "**" : cell).append(" |");
                    }
                }
                sb.append(' ').append(thresholdText(group)).append(" |\n");
            }
        }
        sb.append("\n| configuration | images | unreadable | median ms/image | p95 ms/image | median CPU ms/image |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (String c : configs) {
            double[] ms = millis(c);
            double[] cpu = cpuMillis(c);
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %s |%n", c, nanos.get(c).size(),
                    failedImages.getOrDefault(c, 0), ms[0], ms[1], Double.isNaN(cpu[0]) ? "–" : String.format(Locale.ROOT, "%.0f", cpu[0])));
        }
        return sb.toString();
    }

    private static String thresholdText(Group group) {
        if (group == Group.OTHER) {
            return "–";
        }
        if (group.minimum(Tier.CLEAN) == group.minimum(Tier.HARD)) {
            return String.format(Locale.ROOT, "≥ %s", pct(group.minimum(Tier.CLEAN)));
        }
        return String.format(Locale.ROOT, "≥ %s (hard %s)", pct(group.minimum(Tier.CLEAN)), pct(group.minimum(Tier.HARD)));
    }

    private static String pct(double v) {
        String s = String.format(Locale.ROOT, "%.1f", 100 * v);
        return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " %";
    }

    private Tally tally(String configuration, Tier tier, CertificateKind kind, String field) {
        return tallies.getOrDefault(configuration, Map.of()).getOrDefault(key(tier, kind, field), new Tally());
    }

    private static String key(Tier tier, CertificateKind kind, String field) {
        return tier.name() + "/" + kind.name() + "/" + field;
    }

    private static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Levenshtein distance between the code points of two strings. */
    static int editDistance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] prev = new int[y.length + 1];
        int[] cur = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int sub = prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length];
    }
}
