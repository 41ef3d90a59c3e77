package org.icpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.icpdesk.ui.FxWait.onFx;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.icpdesk.common.Progress;
import org.icpdesk.demo.DemoGenerator;
import org.icpdesk.demo.DemoTruth;
import org.icpdesk.review.domain.FieldComparison;
import org.icpdesk.security.domain.Actor;
import org.icpdesk.security.domain.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Real OCR in the real window: an order whose entered ID number differs from its ID card (planted by the demo) opens
 * with the card's reading in the field table, the row marked as a mismatch with the differing digits highlighted, and
 * the field's box drawn over the certificate; selecting the row highlights its box.
 */
@ExtendWith(ApplicationExtension.class)
class OcrInTheWindowUiTest {
    @TempDir
    static Path dir;
    static String orderId;
    static String printed;
    DeskWindowFixture window;

    /** Off the FX thread and outside TestFX's setup timeout: demo, import, OCR of the chosen order's certificates. */
    @BeforeAll
    static void store() throws Exception {
        Path store = dir.resolve("store");
        Path bundle = dir.resolve("demo.zip");
        new DemoGenerator(2026).write(bundle, 30);
        DemoTruth truth = DemoTruth.read(bundle);
        DemoTruth.TruthOrder planted = truth.orders().stream().filter(o -> o.has("RSP-ID-NUMBER-MISMATCH")).findFirst().orElseThrow();
        orderId = planted.id();
        String material = planted.defects().stream().filter(d -> d.code().equals("RSP-ID-NUMBER-MISMATCH")).findFirst().orElseThrow().material();
        printed = planted.printed().get(material).fields().get("id_number");
        try (AppContext app = AppContext.open(store, null, Clock.systemUTC())) {
            app.imports().importBundle(bundle, Actor.system(), Progress.NONE);
            app.ocr().unreadOf(orderId).forEach(app.ocr()::readNow);
        }
    }

    @Start
    void start(Stage primary) throws Exception {
        window = DeskWindowFixture.open(dir, Locale.ENGLISH, new Actor("reviewer01", Role.REVIEWER), orderId);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMismatchShowsWithItsBoxOverTheCertificate(FxRobot robot) throws Exception {
        TableView<FieldComparison.Row> fields = robot.lookup("#fieldTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> onFx(() -> fields.getItems().stream()
                .anyMatch(r -> r.read() != null)));
        List<FieldComparison.Row> rows = onFx(() -> List.copyOf(fields.getItems()));
        FieldComparison.Row mismatch = rows.stream().filter(r -> r.field().equals("principal.idNumber")).findFirst().orElseThrow();
        assertThat(mismatch.status()).as(rows.toString()).isEqualTo(FieldComparison.Status.MISMATCH);
        assertThat(mismatch.read()).isEqualTo(printed);
        assertThat(mismatch.field()).endsWith("idNumber");
        assertThat(mismatch.area()).isNotNull();
        assertThat(mismatch.diff()).anySatisfy(s -> assertThat(s.same()).isFalse());
        assertThat(onFx(() -> robot.lookup(".diff-changed").tryQuery().isPresent())).as("differing digits highlighted").isTrue();

        onFx(() -> {
            fields.getSelectionModel().select(mismatch);
            return null;
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".ocr-box-selected").tryQuery().isPresent()));
        List<Rectangle> selected = onFx(() -> robot.lookup(".ocr-box-selected").queryAllAs(Rectangle.class).stream().toList());
        assertThat(selected).hasSize(1);
        assertThat(selected.get(0).getStyleClass()).contains("ocr-box-mismatch");
        assertThat(selected.get(0).getWidth()).isPositive();
    }
}
