package org.icpdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowGeometryTest {
    static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1440, 870);
    static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1440, 0, 1920, 1050);

    @Test
    void aWindowOnAScreenStaysWhereItWas() {
        WindowGeometry saved = new WindowGeometry(1600, 100, 1200, 800, false);
        assertThat(saved.fitTo(List.of(LAPTOP, RIGHT_MONITOR))).isEqualTo(saved);
    }

    @Test
    void aWindowOnAnUnpluggedMonitorLosesItsPositionButKeepsAFittingSize() {
        WindowGeometry saved = new WindowGeometry(1600, 100, 1800, 1000, true);
        WindowGeometry fitted = saved.fitTo(List.of(LAPTOP));
        assertThat(fitted.hasPosition()).isFalse();
        assertThat(fitted.width()).isEqualTo(1440);
        assertThat(fitted.height()).isEqualTo(870);
        assertThat(fitted.maximized()).isTrue();
    }

    @Test
    void aTitleBarAboveTheScreenOrBarelyVisibleIsOffScreen() {
        assertThat(new WindowGeometry(100, -500, 800, 600, false).fitTo(List.of(LAPTOP)).hasPosition()).isFalse();
        assertThat(new WindowGeometry(1420, 10, 800, 600, false).fitTo(List.of(LAPTOP)).hasPosition()).isFalse();
        assertThat(new WindowGeometry(-700, 10, 800, 600, false).fitTo(List.of(LAPTOP)).hasPosition()).isTrue();
    }

    @Test
    void missingOrSillySizesBecomeTheDefaultOrTheMinimum() {
        WindowGeometry fitted = new WindowGeometry(Double.NaN, Double.NaN, Double.NaN, 10, false).fitTo(List.of(LAPTOP));
        assertThat(fitted.width()).isEqualTo(WindowGeometry.DEFAULT.width());
        assertThat(fitted.height()).isEqualTo(WindowGeometry.MIN_HEIGHT);
        assertThat(fitted.hasPosition()).isFalse();
    }
}
