package org.icpdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.icpdesk.bundle.service.BundleJson;
import org.icpdesk.demo.DemoGenerator;
import org.icpdesk.demo.DemoTruth;

/** Certificate images of a small demo bundle, extracted to files, with what each one prints (the demo's truth). */
public final class DemoImages {

    /** One extracted image: file, certificate kind, material id and printed field values (cli.md keys). */
    public record Image(Path file, String kind, String orderId, String materialId, Map<String, String> printed) {
    }

    private DemoImages() {
    }

    /** Writes a demo bundle of {@code orders} orders into {@code dir} and extracts its certificate images. */
    public static List<Image> extract(Path dir, int orders, long seed) {
        try {
            Path bundle = dir.resolve("demo-" + seed + ".zip");
            new DemoGenerator(seed).write(bundle, orders);
            DemoTruth truth = DemoTruth.read(bundle);
            List<Image> images = new ArrayList<>();
            try (ZipFile zip = new ZipFile(bundle.toFile())) {
                for (DemoTruth.TruthOrder truthOrder : truth.orders()) {
                    String id = truthOrder.id();
                    var order = BundleJson.mapper().readTree(zip.getInputStream(zip.getEntry("orders/" + id + ".json")));
                    DemoTruth.TruthOrder t = truth.order(id).orElseThrow();
                    for (var m : order.path("materials")) {
                        DemoTruth.Printed printed = t.printed().get(m.path("id").asText());
                        if (printed == null) {
                            continue;
                        }
                        String entry = m.path("file").asText();
                        Path file = dir.resolve(entry.replace('/', '_'));
                        ZipEntry ze = zip.getEntry(entry);
                        try (InputStream in = zip.getInputStream(ze)) {
                            Files.copy(in, file);
                        }
                        images.add(new Image(file, printed.kind(), id, m.path("id").asText(), printed.fields()));
                    }
                }
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
