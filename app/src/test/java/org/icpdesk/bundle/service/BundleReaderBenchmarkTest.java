package org.icpdesk.bundle.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.icpdesk.bundle.domain.ValidatedBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Time to validate 200 orders with 7 JPEGs of about 100 KB (1000 x 630) each; target well under 10 s on 2 cores.
 * Builds a 140 MB bundle, so it runs only on request: {@code mvn -o test -Dtest=BundleReaderBenchmarkTest -Dbundle.bench=true}.
 */
@EnabledIfSystemProperty(named = "bundle.bench", matches = "true")
class BundleReaderBenchmarkTest {
    private static final Logger LOG = LoggerFactory.getLogger(BundleReaderBenchmarkTest.class);
    private static final int ORDERS = 200;
    private static final int IMAGES_PER_ORDER = 7;
    @TempDir
    Path dir;

    @Test
    void twoHundredOrdersWithSevenPhotosEachValidateWellUnderTenSeconds() throws IOException {
        List<byte[]> photos = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            photos.add(photo(i));
        }
        Path file = dir.resolve("bench.zip");
        try (BundleWriter writer = new BundleWriter(file, "orders", "bench", OffsetDateTime.parse("2026-11-22T09:30:00+08:00"), "bench")) {
            for (int o = 0; o < ORDERS; o++) {
                String id = String.format("ICP2026112200%04d", o);
                Map<String, Object> order = TestOrders.valid(id);
                List<Object> materials = new ArrayList<>();
                for (int m = 0; m < IMAGES_PER_ORDER; m++) {
                    String path = "materials/" + id + "/photo-" + m + ".jpg";
                    materials.add(TestOrders.map("id", "m" + m, "kind", "ID_CARD_FRONT", "owner", "principal", "file", path));
                    writer.add(path, photos.get((o * IMAGES_PER_ORDER + m) % photos.size()));
                }
                order.put("materials", materials);
                writer.addJson("orders/" + id + ".json", order);
            }
            writer.finish();
        }
        long average = photos.stream().mapToLong(p -> p.length).sum() / photos.size();
        BundleReader reader = new BundleReader();
        long[] millis = new long[3];
        ValidatedBundle bundle = null;
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            bundle = reader.read(file);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        long start = System.nanoTime();
        long bytes = 0;
        for (var order : bundle.orders()) {
            for (var material : order.materials()) {
                bytes += reader.readEntry(bundle, material).length;          // as ImportService does, one call per material
            }
        }
        long reReadMillis = (System.nanoTime() - start) / 1_000_000;
        String result = String.format("Validated %d orders, %d JPEGs (average %d bytes, 1000x630), bundle %d MB: %d ms, %d ms, %d ms;"
                        + " re-reading all %d MB of materials with readEntry: %d ms",
                bundle.orders().size(), bundle.mediaTypes().size(), average, Files.size(file) >> 20, millis[0], millis[1], millis[2],
                bytes >> 20, reReadMillis);
        LOG.info(result);
        Files.writeString(Path.of(System.getProperty("java.io.tmpdir"), "bundle-reader-bench.txt"), result + "\n");
        assertThat(bundle.orders()).hasSize(ORDERS);
        assertThat(millis[0]).isLessThan(10_000);
    }

    /** A noisy ID-card-sized photo with text lines, about 100 KB as JPEG. */
    private static byte[] photo(long seed) throws IOException {
        BufferedImage img = new BufferedImage(1000, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        Random random = new Random(seed);
        g.setColor(new Color(0xE8F0F8));
        g.fillRect(0, 0, 1000, 630);
        for (int i = 0; i < 300; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            g.fillOval(random.nextInt(1000), random.nextInt(630), 4 + random.nextInt(30), 4 + random.nextInt(20));
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        for (int y = 40; y < 630; y += 68) {
            g.drawString("ICP 44030519900101" + seed + " SAMPLE ADDRESS LINE " + y, 30, y);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }
}
