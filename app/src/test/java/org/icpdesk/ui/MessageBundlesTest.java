package org.icpdesk.ui;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** STYLE P9: both languages have the same keys and placeholders; FXML only uses keys that exist. */
class MessageBundlesTest {
    private static final String EN = "/i18n/messages.properties";
    private static final String ZH = "/i18n/messages_zh.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+");
    private static final Pattern FXML_KEY = Pattern.compile("=\"%([^\"]+)\"");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Test
    void zhAndEnHaveTheSameKeysAndPlaceholders() throws IOException {
        Properties en = load(EN);
        Properties zh = load(ZH);
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertThat(args(zh.getProperty(key))).as(key).isEqualTo(args(en.getProperty(key)));
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String bundle : List.of(EN, ZH)) {
            List<String> keys = new ArrayList<>();
            for (String line : lines(bundle)) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("!")) {
                    keys.add(trimmed.split("[=:]", 2)[0].strip());
                }
            }
            Set<String> seen = new HashSet<>();
            assertThat(keys.stream().filter(k -> !seen.add(k)).toList()).as("keys defined twice in " + bundle).isEmpty();
        }
    }

    /** Messages with arguments go through MessageFormat (a quote is written ''); others are shown as written. */
    @Test
    void apostrophesSuitHowTheMessageIsRendered() throws IOException {
        for (String bundle : List.of(EN, ZH)) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (args(text).isEmpty()) {
                    assertThat(text).as(key + " in " + bundle + " has no arguments: write ' once").doesNotContain("''");
                } else {
                    assertThat(text.replace("''", "")).as(key + " in " + bundle + ": write '' for '").doesNotContain("'");
                }
            }
        }
    }

    @Test
    void everyFxmlKeyExistsInBothLanguages() throws IOException {
        Properties en = load(EN);
        Properties zh = load(ZH);
        List<Path> fxml;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            fxml = files.filter(f -> f.toString().endsWith(".fxml")).toList();
        }
        assertThat(fxml).isNotEmpty();
        for (Path file : fxml) {
            Matcher keys = FXML_KEY.matcher(Files.readString(file, UTF_8));
            while (keys.find()) {
                String key = keys.group(1);
                assertThat(en.getProperty(key)).as(key + " in " + file + " (en)").isNotNull();
                assertThat(zh.getProperty(key)).as(key + " in " + file + " (zh)").isNotNull();
            }
        }
    }

    @Test
    void theWindowsJavaCodeHasNoChineseText() throws IOException {
        for (String dir : List.of("src/main/java/org/icpdesk/ui", "src/main/java/org/icpdesk/order/ui")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    assertThat(HAN.matcher(Files.readString(file, UTF_8)).find()).as(file.toString()).isFalse();
                }
            }
        }
    }

    static Properties load(String name) throws IOException {
        try (Reader in = new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(name), UTF_8)) {
            Properties p = new Properties();
            p.load(in);
            return p;
        }
    }

    private static List<String> lines(String name) throws IOException {
        try (var in = MessageBundlesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), UTF_8).lines().toList();
        }
    }

    static Set<String> args(String text) {
        return PLACEHOLDER.matcher(text).results().map(MatchResult::group).collect(Collectors.toSet());
    }
}
