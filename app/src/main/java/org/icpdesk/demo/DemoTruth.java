package org.icpdesk.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.icpdesk.bundle.service.BundleJson;

/**
 * The ground truth of a demo bundle, stored as its root entry {@code truth.json}: which orders are clean, the
 * defects planted in the others (rejection code, bundle field paths, material) and, for every certificate
 * image, the text printed on it under the field keys of the {@code ocr} command.
 */
public record DemoTruth(String format, int formatVersion, long seed, String bundleId, OffsetDateTime createdAt,
                        List<TruthOrder> orders) {

    /** Name of the bundle entry. */
    public static final String ENTRY = "truth.json";
    public static final String FORMAT = "icpdesk-demo-truth";
    public static final int FORMAT_VERSION = 1;

    public DemoTruth {
        orders = List.copyOf(orders);
    }

    /**
     * One order: {@code clean} is true when nothing was planted; {@code printed} maps material ids to what their
     * image shows (only the kinds the {@code ocr} command reads: ID card front and back, business licence,
     * domain certificate).
     */
    public record TruthOrder(String id, int version, String subjectKind, boolean clean, List<Defect> defects,
                             Map<String, Printed> printed) {
        public TruthOrder {
            defects = List.copyOf(defects);
            printed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(printed));
        }

        public boolean has(String code) {
            return defects.stream().anyMatch(d -> d.code().equals(code));
        }
    }

    /**
     * A planted defect: {@code code} from rejection-reasons.yaml, {@code fields} as bundle paths
     * ({@code principal.idNumber}, {@code sites[0].name}, {@code materials[2]}), {@code material} the id of the
     * image concerned or null, {@code detail} a note for developers.
     */
    public record Defect(String code, List<String> fields, String material, String detail) {
        public Defect {
            fields = List.copyOf(fields);
        }
    }

    /** What one certificate image shows: its material kind and field key to printed value (cli.md keys). */
    public record Printed(String kind, Map<String, String> fields) {
        public Printed {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    public Optional<TruthOrder> order(String id) {
        return orders.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /** Reads {@code truth.json} from a demo bundle. */
    public static DemoTruth read(Path bundle) throws IOException {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            ZipEntry entry = zip.getEntry(ENTRY);
            if (entry == null) {
                throw new NoSuchFileException(bundle.toString(), null, "no " + ENTRY + " entry: not a demo bundle");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return mapper().readValue(in, DemoTruth.class);
            }
        }
    }

    static ObjectMapper mapper() {
        return BundleJson.mapper();
    }
}
