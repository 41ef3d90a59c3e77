package org.icpdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MainAppTest {
    @Test
    void javafxCannotCreateTheAppWithoutServicesFromLaunch() {
        assertThatThrownBy(MainApp::new).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MainApp.launch(services)");
    }
}
