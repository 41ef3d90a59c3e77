package org.icpdesk.bundle.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every bundle message key exists in English and Chinese with the same placeholders, and none is left over. */
class BundleMessagesTest {
    @Test
    void everyBundleErrorHasBothLanguagesWithTheSamePlaceholders() throws IOException {
        Properties en = load("/i18n/messages.properties");
        Properties zh = load("/i18n/messages_zh.properties");
        for (BundleError error : BundleError.values()) {
            assertThat(en.getProperty(error.key())).as("en %s", error.key()).isNotBlank();
            assertThat(zh.getProperty(error.key())).as("zh %s", error.key()).isNotBlank();
            assertThat(args(zh.getProperty(error.key()))).as(error.key()).isEqualTo(args(en.getProperty(error.key())));
            assertThat(args(en.getProperty(error.key()))).as("%s names the bundle", error.key()).contains("{0");
        }
        assertThat(en.getProperty("bundle.progress.check")).isNotBlank();
        assertThat(args(zh.getProperty("bundle.progress.check"))).isEqualTo(args(en.getProperty("bundle.progress.check")));
        Set<String> enBundleKeys = en.stringPropertyNames().stream().filter(k -> k.startsWith("bundle.")).collect(Collectors.toSet());
        Set<String> zhBundleKeys = zh.stringPropertyNames().stream().filter(k -> k.startsWith("bundle.")).collect(Collectors.toSet());
        assertThat(zhBundleKeys).as("bundle keys in both files").isEqualTo(enBundleKeys);
        Set<String> used = Arrays.stream(BundleError.values()).map(BundleError::key).collect(Collectors.toSet());
        Set<String> leftOver = enBundleKeys.stream().filter(k -> k.startsWith("bundle.error.") && !used.contains(k))
                .collect(Collectors.toSet());
        assertThat(leftOver).as("bundle.error keys not raised by the reader (the importer's own are listed here)")
                .isSubsetOf("bundle.error.version-content-changed");
    }

    static Properties load(String name) throws IOException {
        try (var in = new InputStreamReader(BundleMessagesTest.class.getResourceAsStream(name), UTF_8)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        }
    }

    static Set<String> args(String text) {
        return Pattern.compile("\\{\\d+").matcher(text).results().map(MatchResult::group).collect(Collectors.toSet());
    }
}
