package org.icpdesk.ui.shell;

import java.util.List;
import javafx.scene.text.Font;

/**
 * The window's font: the first installed family of a list that renders Simplified Chinese well on Linux,
 * Windows and macOS. JavaFX CSS takes one family per {@code -fx-font-family}, so the choice is made here.
 */
final class UiFonts {
    static final List<String> PREFERRED = List.of(
            "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC",
            "Source Han Sans SC");

    private UiFonts() {
    }

    /** The first of {@link #PREFERRED} that is installed, else {@code System}. */
    static String family() {
        return choose(Font.getFamilies());
    }

    static String choose(List<String> installed) {
        return PREFERRED.stream().filter(installed::contains).findFirst().orElse("System");
    }
}
