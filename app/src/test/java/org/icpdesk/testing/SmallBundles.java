package org.icpdesk.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.icpdesk.bundle.domain.Manifest;
import org.icpdesk.bundle.service.BundleWriter;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.order.domain.Principal;
import org.icpdesk.order.domain.Site;
import org.icpdesk.order.domain.Subject;

/** Small valid orders bundles for store and import tests, built with the production {@link BundleWriter}. */
public final class SmallBundles {
    private SmallBundles() {
    }

    public static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 22, 9, 30, 0, 0, ZoneOffset.ofHours(8));

    /** An order {@code ICPT<n>} at {@code version}; {@code variant} changes its content without changing id or version. */
    public static Order order(int n, int version, String variant) {
        String id = String.format("ICPT%06d", n);
        Subject subject = new Subject(n % 2 == 0 ? "unit" : "individual", "测试单位" + n + variant, "BUSINESS_LICENSE",
                "91440300MA5XXXXXXX", "张三", "44", "深圳市", "南山区", "深圳市南山区科技园南区一路" + n + "号", null, null, null);
        Principal principal = new Principal("张三", "ID_CARD", "11010519491231002X", "2035-05-01", "13800000000",
                "086-0755-12345678", "ops@example.cn", "13900000000");
        Site site = new Site("示例科技官网" + n, List.of("example" + n + ".cn"), "www.example" + n + ".cn", "unit-portal",
                List.of("zh-CN"), List.of("203.0.113.10"), "", principal, List.of(), null, null);
        List<Material> materials = List.of(
                new Material("m1", "BUSINESS_LICENSE", "subject", "materials/" + id + "/license.png"),
                new Material("m2", "ID_CARD_FRONT", "principal", "materials/" + id + "/id-front.png"));
        return new Order(id, version, "new-filing", "example-cloud", String.valueOf(44 + n % 3),
                CREATED.minusHours(n), n % 3 == 0, null, subject, principal, List.of(site), materials);
    }

    /** Writes a bundle of {@code orders} (each with its two images; image content depends on id, version and variant). */
    public static Path write(Path file, List<Order> orders, String variant, int imageSide) {
        try (BundleWriter w = new BundleWriter(file, Manifest.KIND_ORDERS, UUID.nameUUIDFromBytes((file.getFileName() + variant
                + orders.size() + orders.get(0).version()).getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(), CREATED, "test")) {
            for (Order o : orders) {
                w.addJson("orders/" + o.id() + ".json", o);
                for (Material m : o.materials()) {
                    w.add(m.file(), png(o.id() + o.version() + variant + m.id(), imageSide));
                }
            }
            w.finish();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Order> orders(int count, int version, String variant) {
        List<Order> list = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            list.add(order(i, version, variant));
        }
        return list;
    }

    /** A PNG of noise seeded by {@code key}: incompressible, so the bytes are as large as the image. */
    public static byte[] png(String key, int side) {
        BufferedImage img = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(key.hashCode());
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                img.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.drawString(key, 2, 12);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
