package org.icpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.ui.FxWait.onFx;
import static org.icpdesk.ui.FxWait.until;

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.icpdesk.bundle.domain.Manifest;
import org.icpdesk.bundle.service.BundleWriter;
import org.icpdesk.common.Progress;
import org.icpdesk.order.domain.Material;
import org.icpdesk.order.domain.Order;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.security.domain.Role;
import org.icpdesk.testing.PhonePhotos;
import org.icpdesk.testing.SmallBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A business licence photographed upright on a phone is stored landscape with "turn 90°" in its EXIF block: the viewer
 * shows it upright (and its thumbnail), R turns on from there, and the stored bytes are what was uploaded.
 */
@ExtendWith(ApplicationExtension.class)
class PhonePhotoUiTest {
    @TempDir
    static Path dir;
    static byte[] photo;
    static String orderId;
    DeskWindowFixture window;

    @BeforeAll
    static void store() throws Exception {
        Order plain = SmallBundles.order(1, 1, "");
        orderId = plain.id();
        Material licence = new Material("m1", "BUSINESS_LICENSE", "subject", "materials/" + orderId + "/license.jpg");
        Order order = new Order(plain.id(), plain.version(), plain.type(), plain.provider(), plain.province(), plain.submittedAt(),
                plain.assistedEditConsent(), plain.filingNumber(), plain.subject(), plain.principal(), plain.sites(), List.of(licence));
        photo = PhonePhotos.withOrientation(PhonePhotos.jpeg(300, 200), 6, ByteOrder.LITTLE_ENDIAN);
        Path bundle = dir.resolve("photo.zip");
        try (BundleWriter w = new BundleWriter(bundle, Manifest.KIND_ORDERS, "5f0e0c57-6a35-4a8e-9f57-0c1d2e3f4a5b", SmallBundles.CREATED,
                "test")) {
            w.addJson("orders/" + orderId + ".json", order);
            w.add(licence.file(), photo);
            w.finish();
        }
        try (AppContext app = AppContext.open(DeskWindowFixture.store(dir), null, Clock.systemUTC())) {
            app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
        }
    }

    @Start
    void start(Stage primary) {
        window = DeskWindowFixture.open(dir, Locale.ENGLISH, new Actor("reviewer01", Role.REVIEWER), orderId);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void aPhotoStoredOnItsSideShowsUpright(FxRobot robot) {
        until("the licence is shown", () -> robot.lookup("#imageView").tryQuery()
                .map(n -> ((ImageView) n).getImage() != null).orElse(false));
        Node layer = robot.lookup("#imageLayer").query();
        assertThat(onFx(layer::getRotate)).as("turned as the camera said").isEqualTo(90.0);
        assertThat(onFx(layer::getScaleX)).isEqualTo(1.0);
        // Upright it is taller than wide: the turned layer's bounds in the scroll pane say so.
        assertThat(onFx(() -> layer.getBoundsInParent().getHeight() > layer.getBoundsInParent().getWidth())).isTrue();
        until("the thumbnail is turned too", () -> robot.lookup(".list-cell ImageView").queryAllAs(ImageView.class).stream()
                .anyMatch(v -> v.getImage() != null && v.getRotate() == 90.0));

        robot.clickOn(robot.lookup("#imageScroll").queryAs(Node.class));
        robot.type(KeyCode.R);
        until("R turns on from upright", () -> layer.getRotate() == 180.0);
        assertThat(window.services.context().orders().materialBytes(orderId, "m1").orElseThrow()).isEqualTo(photo);
    }
}
