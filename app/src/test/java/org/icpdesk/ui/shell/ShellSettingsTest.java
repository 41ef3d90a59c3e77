package org.icpdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellSettingsTest {
    @TempDir Path dir;

    @Test
    void aMissingFileGivesDefaults() {
        ShellSettings settings = ShellSettings.load(dir.resolve("none.properties"));
        assertThat(settings.language()).isEmpty();
        assertThat(settings.geometry().hasPosition()).isFalse();
    }

    @Test
    void geometryAndLanguageSurviveASave() throws IOException {
        Path file = dir.resolve("sub/window.properties");
        ShellSettings settings = ShellSettings.load(file);
        settings.setGeometry(new WindowGeometry(12, 34, 1000, 700, true));
        settings.setLanguage(Locale.TRADITIONAL_CHINESE);
        settings.save();

        ShellSettings again = ShellSettings.load(file);
        assertThat(again.geometry()).isEqualTo(new WindowGeometry(12, 34, 1000, 700, true));
        assertThat(again.language()).contains(Locale.SIMPLIFIED_CHINESE);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("window.properties");
        }
    }

    @Test
    void garbageIsIgnored() throws IOException {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, "window.x=left\nwindow.width=900\nlanguage=fr\n");
        ShellSettings settings = ShellSettings.load(file);
        assertThat(settings.geometry().hasPosition()).isFalse();
        assertThat(settings.geometry().width()).isEqualTo(900);
        assertThat(settings.language()).isEmpty();
    }

    @Test
    void theCommandLineBeatsTheSavedChoiceWhichBeatsTheSystem() {
        ShellSettings settings = ShellSettings.load(dir.resolve("window.properties"));
        assertThat(MainWindowViewModel.startLanguage(Optional.empty(), settings, Locale.TAIWAN)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(MainWindowViewModel.startLanguage(Optional.empty(), settings, Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        settings.setLanguage(Locale.ENGLISH);
        assertThat(MainWindowViewModel.startLanguage(Optional.empty(), settings, Locale.CHINA)).isEqualTo(Locale.ENGLISH);
        assertThat(MainWindowViewModel.startLanguage(Optional.of(Locale.CHINESE), settings, Locale.US))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
