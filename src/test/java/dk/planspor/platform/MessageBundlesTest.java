package dk.planspor.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every text exists in Danish and English: each bundle has the same keys in both languages; placeholders work. */
class MessageBundlesTest {

    static Stream<String> bundles() {
        return Stream.of("messages", "i18n/assessment", "i18n/consultation", "i18n/forum", "i18n/library",
                "i18n/search", "i18n/opendata", "i18n/notifications", "i18n/standards");
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void danishAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties da = load(bundle + "_da.properties");
        Properties en = load(bundle + "_en.properties");
        assertThat(en.stringPropertyNames()).as("keys in %s_en missing from _da", bundle)
                .containsExactlyInAnyOrderElementsOf(da.stringPropertyNames());
        da.forEach((k, v) -> assertThat(v.toString()).as("%s_da %s", bundle, k).isNotBlank());
        en.forEach((k, v) -> assertThat(v.toString()).as("%s_en %s", bundle, k).isNotBlank());
    }

    /**
     * A text with a placeholder goes through {@link java.text.MessageFormat}, where a lone apostrophe starts a quote:
     * "Denmark's … {1}" loses the apostrophe and prints "{1}" instead of the link. Such apostrophes must be doubled.
     */
    @ParameterizedTest
    @MethodSource("bundles")
    void aTextWithAPlaceholderDoublesItsApostrophes(String bundle) throws IOException {
        for (String lang : new String[] {"_da", "_en"}) {
            load(bundle + lang + ".properties").forEach((k, v) -> {
                String text = v.toString();
                if (text.matches("(?s).*\\{\\d+[^}]*}.*")) {
                    assertThat(text.replace("''", "")).as("%s%s %s", bundle, lang, k).doesNotContain("'");
                }
            });
        }
    }

    @Test
    void theDefaultBundleIsTheDanishOne() throws IOException {
        assertThat(load("messages.properties")).isEqualTo(load("messages_da.properties"));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
