package org.icpdesk.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.icpdesk.bundle.domain.Manifest;
import org.icpdesk.bundle.service.BundleWriter;
import org.icpdesk.order.domain.Material;

/**
 * Orders bundles for load tests and benchmarks: the demo generator's orders (same planner, same data) with tiny
 * stand-in images instead of drawn certificates, so that 100,000 orders build in seconds. Not for OCR.
 */
public final class LoadBundles {
    private LoadBundles() {
    }

    /** Writes orders {@code first .. first+count-1} of the plan for {@code seed}. */
    public static void write(Path out, long seed, int first, int count) throws IOException {
        OrderPlanner planner = new OrderPlanner(seed, DemoData.load());
        Map<String, byte[]> images = new HashMap<>();
        String bundleId = UUID.nameUUIDFromBytes(("load:" + seed + ":" + first + ":" + count)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
        try (BundleWriter w = new BundleWriter(out, Manifest.KIND_ORDERS, bundleId, DemoGenerator.CREATED_AT, "load test")) {
            for (int i = first; i < first + count; i++) {
                PlannedOrder plan = planner.plan(i);
                w.addJson("orders/" + plan.order().id() + ".json", plan.order());
                for (Material m : plan.order().materials()) {
                    w.add(m.file(), images.computeIfAbsent(m.file().endsWith(".png") ? "png" : "jpg", LoadBundles::image));
                }
            }
            w.finish();
        }
    }

    private static byte[] image(String format) {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
