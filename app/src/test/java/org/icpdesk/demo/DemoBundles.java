package org.icpdesk.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.icpdesk.bundle.domain.Manifest;
import org.icpdesk.bundle.service.BundleJson;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.Principal;

/** A demo bundle read back for assertions: every entry in zip order, parsed manifest, orders and truth. */
final class DemoBundles {
    static final ObjectMapper JSON = BundleJson.mapper();

    final Path file;
    final Map<String, byte[]> entries;
    final Manifest manifest;
    final List<Order> orders;
    final DemoTruth truth;

    private DemoBundles(Path file) throws IOException {
        this.file = file;
        this.entries = readEntries(file);
        this.manifest = JSON.readValue(entries.get("manifest.json"), Manifest.class);
        List<Order> list = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            if (e.getKey().startsWith("orders/")) {
                list.add(JSON.readValue(e.getValue(), Order.class));
            }
        }
        this.orders = List.copyOf(list);
        this.truth = DemoTruth.read(file);
    }

    static DemoBundles write(Path file, long seed, int orders) throws IOException {
        return write(file, new DemoGenerator(seed), orders);
    }

    static DemoBundles write(Path file, DemoGenerator generator, int orders) throws IOException {
        generator.write(file, orders);
        return read(file);
    }

    static DemoBundles read(Path file) throws IOException {
        return new DemoBundles(file);
    }

    static Map<String, byte[]> readEntries(Path file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(java.nio.file.Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (out.put(e.getName(), zip.readAllBytes()) != null) {
                    throw new IllegalStateException("duplicate entry " + e.getName());
                }
            }
        }
        return out;
    }

    Order order(String id) {
        return orders.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    DemoTruth.TruthOrder truth(String id) {
        return truth.order(id).orElseThrow();
    }

    BufferedImage image(String entry) {
        try (InputStream in = new ByteArrayInputStream(entries.get(entry))) {
            return ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entered principal a material belongs to ({@code principal} or {@code site:<i>}), else null. */
    static Principal ownerOf(Order order, String owner) {
        if ("principal".equals(owner)) {
            return order.principal();
        }
        if (owner.startsWith("site:")) {
            return order.sites().get(Integer.parseInt(owner.substring(5))).principal();
        }
        return null;
    }

    /** The value at a bundle field path such as {@code principal.idNumber} or {@code sites[1].principal.name}. */
    static String valueAt(Order order, String path) {
        Object node = order;
        for (String part : path.split("\\.")) {
            String name = part;
            int index = -1;
            if (part.endsWith("]")) {
                name = part.substring(0, part.indexOf('['));
                index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
            }
            node = property(node, name);
            if (index >= 0) {
                node = ((List<?>) node).get(index);
            }
        }
        if (node instanceof List<?> list) {
            return String.valueOf(list.get(0));
        }
        return node == null ? null : node.toString();
    }

    private static Object property(Object target, String name) {
        try {
            return target.getClass().getMethod(name).invoke(target);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("No property " + name + " on " + target.getClass().getSimpleName(), e);
        }
    }

    /** Mean luminance (0-255) and strong horizontal edges per 10,000 pixels, on every second row. */
    static double[] brightnessAndEdges(BufferedImage img) {
        long sum = 0;
        long edges = 0;
        long n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            int prev = -1;
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int l = (((rgb >> 16) & 255) * 299 + ((rgb >> 8) & 255) * 587 + (rgb & 255) * 114) / 1000;
                sum += l;
                if (prev >= 0 && Math.abs(l - prev) > 48) {
                    edges++;
                }
                prev = l;
                n++;
            }
        }
        return new double[] {sum / (double) n, edges * 10_000.0 / n};
    }
}
