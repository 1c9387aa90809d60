package dk.planspor.assessment;

import dk.planspor.platform.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editable texts of a plan's report. For 2017-2019's midterm report they are seeded from seed 004
 * ({@code seed/assessment-<plan>-<kind>.json}).
 */
@Component
class ReportTexts {

    private final ReportTextRepository texts;
    private final JsonMapper json;
    private final Clock clock;

    ReportTexts(ReportTextRepository texts, JsonMapper json, Clock clock) {
        this.texts = texts;
        this.json = json;
        this.clock = clock;
    }

    /** The texts of a plan's report by key, in report order (empty when not written). */
    @Transactional(readOnly = true)
    Map<String, LocalizedText> of(String slug, RoundKind kind) {
        Map<String, LocalizedText> all = new LinkedHashMap<>();
        ReportSnapshot.TEXT_KEYS.forEach(k -> all.put(k, LocalizedText.of(null, null)));
        texts.findByPlanSlugAndKind(slug, kind).forEach(t -> all.put(t.key(), t.text()));
        return all;
    }

    @Transactional
    void change(String slug, RoundKind kind, String key, LocalizedText text, String by) {
        if (!ReportSnapshot.TEXT_KEYS.contains(key)) {
            throw new IllegalArgumentException("No report text " + key);
        }
        texts.findByPlanSlugAndKindAndKey(slug, kind, key).ifPresentOrElse(t -> t.change(text, clock.instant(), by),
                () -> texts.save(new ReportText(slug, kind, key, text, clock.instant(), by)));
    }

    /** Stores the bundled texts of a plan's report, unless it has texts already. */
    @Transactional
    void seedIfMissing(String slug, RoundKind kind) {
        if (!texts.findByPlanSlugAndKind(slug, kind).isEmpty()) {
            return;
        }
        ClassPathResource file = new ClassPathResource("seed/assessment-" + slug + "-" + kind.slug() + ".json");
        if (!file.exists()) {
            return;
        }
        JsonNode root;
        try (InputStream in = file.getInputStream()) {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode all = root.get("texts");
        for (String key : ReportSnapshot.TEXT_KEYS) {
            JsonNode t = all.get(key);
            if (t != null) {
                texts.save(new ReportText(slug, kind, key, LocalizedText.of(str(t.get("da")), str(t.get("en"))),
                        clock.instant(), "Planspor (første start)"));
            }
        }
        texts.flush();
    }

    private static String str(JsonNode n) {
        return n == null || n.isNull() ? null : n.asString();
    }
}
