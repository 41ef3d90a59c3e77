package org.icpdesk.ui.shell;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.icpdesk.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's settings file: geometry and the language chosen in the menu, as {@link Properties} (UTF-8).
 * A missing or unreadable file gives the defaults; the file is replaced atomically on save.
 */
public final class ShellSettings {
    private static final Logger LOG = LoggerFactory.getLogger(ShellSettings.class);
    static final String X = "window.x";
    static final String Y = "window.y";
    static final String WIDTH = "window.width";
    static final String HEIGHT = "window.height";
    static final String MAXIMIZED = "window.maximized";
    static final String LANGUAGE = "language";

    private final Path file;
    private final Properties values;

    private ShellSettings(Path file, Properties values) {
        this.file = file;
        this.values = values;
    }

    public static ShellSettings load(Path file) {
        Properties values = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            values.load(in);
        } catch (NoSuchFileException e) {
            LOG.info("No window settings in {} yet: using defaults", file);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read window settings {}: using defaults", file, e);
            values.clear();
        }
        return new ShellSettings(file, values);
    }

    public Path file() {
        return file;
    }

    public synchronized WindowGeometry geometry() {
        return new WindowGeometry(number(X), number(Y), number(WIDTH), number(HEIGHT),
                Boolean.parseBoolean(values.getProperty(MAXIMIZED)));
    }

    public synchronized void setGeometry(WindowGeometry geometry) {
        put(X, geometry.x());
        put(Y, geometry.y());
        put(WIDTH, geometry.width());
        put(HEIGHT, geometry.height());
        values.setProperty(MAXIMIZED, Boolean.toString(geometry.maximized()));
    }

    /** The language chosen in the menu, if the user ever chose one. */
    public synchronized Optional<Locale> language() {
        return Optional.ofNullable(Messages.parseLanguage(values.getProperty(LANGUAGE)));
    }

    public synchronized void setLanguage(Locale language) {
        values.setProperty(LANGUAGE, Messages.supported(language).getLanguage());
    }

    public synchronized void save() throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                values.store(out, "ICP Desk window settings");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private double number(String key) {
        String text = values.getProperty(key);
        if (text == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            LOG.warn("Ignoring {}={} in {}: not a number", key, text, file);
            return Double.NaN;
        }
    }

    private void put(String key, double value) {
        if (Double.isNaN(value)) {
            values.remove(key);
        } else {
            values.setProperty(key, Long.toString(Math.round(value)));
        }
    }
}
