package org.icpdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.icpdesk.bundle.domain.Manifest;
import org.icpdesk.bundle.service.BundleWriter;
import org.icpdesk.cli.Cli;
import org.icpdesk.cli.CliEnvironment;
import org.icpdesk.i18n.Messages;
import org.icpdesk.order.domain.Material;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5: {@code check --all --json} over 1,000 stored demo orders within 5 s on the 2-core machine. The orders are
 * the demo generator's; the images are tiny stand-ins (the check reads no pixels), so the bundle builds in seconds.
 * Runs in every build, so a slow check path fails the build; the figure is printed for the README.
 */
class CheckBenchmarkTest {
    private static final int ORDERS = 1000;
    @TempDir
    Path dir;

    @Test
    void checkAllJsonOverAThousandOrdersTakesUnderFiveSeconds() throws IOException {
        Path bundle = dir.resolve("bench.zip");
        OrderPlanner planner = new OrderPlanner(11, DemoData.load());
        Map<String, byte[]> images = new HashMap<>();
        try (BundleWriter w = new BundleWriter(bundle, Manifest.KIND_ORDERS, "bench-check", DemoGenerator.CREATED_AT, "benchmark")) {
            for (int i = 0; i < ORDERS; i++) {
                PlannedOrder plan = planner.plan(i);
                w.addJson("orders/" + plan.order().id() + ".json", plan.order());
                for (Material m : plan.order().materials()) {
                    String format = m.file().endsWith(".png") ? "png" : "jpg";
                    w.add(m.file(), images.computeIfAbsent(format, CheckBenchmarkTest::image));
                }
            }
            w.finish();
        }
        String store = dir.resolve("store").toString();
        assertThat(run("import", "--no-ocr", "--store", store, bundle.toString())[0]).isEqualTo("0");
        long started = System.nanoTime();
        String[] r = run("check", "--all", "--json", "--today", "2026-11-22", "--store", store);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("check --all --json over " + ORDERS + " orders: " + millis + " ms");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].lines().count()).isEqualTo(ORDERS);
        assertThat(millis).isLessThan(5000);
    }

    private static String[] run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Cli.run(args, new CliEnvironment(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), Clock.systemUTC(), Path.of("unused"),
                new Messages(Locale.ENGLISH)));
        return new String[] {String.valueOf(exit), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
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
