package dk.planspor.library;

import dk.planspor.platform.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On start, files Denmark's documents, news and the IRM recommendations named in {@code seed/library.json}. Every
 * entry has a key, so each is filed once.
 */
@Component
class LibrarySeed implements SmartInitializingSingleton {

    private final DocumentBank bank;
    private final NewsDesk news;
    private final JsonMapper json;
    private final TransactionTemplate tx;

    LibrarySeed(DocumentBank bank, NewsDesk news, JsonMapper json, TransactionTemplate tx) {
        this.bank = bank;
        this.news = news;
        this.json = json;
        this.tx = tx;
    }

    /** Off ({@code PLANSPOR_BUNDLED_RECORD=false}) on a platform set up for another OGP member. */
    @org.springframework.beans.factory.annotation.Value("${planspor.bundled-record:true}")
    private boolean bundledRecord = true;

    @Override
    public void afterSingletonsInstantiated() {
        if (!bundledRecord) {
            return;
        }
        JsonNode root = json.readTree(new String(read("seed/library.json"), StandardCharsets.UTF_8));
        tx.executeWithoutResult(s -> {
            for (JsonNode d : root.get("documents")) {
                String file = d.get("file").asString();
                bank.seed(new DocumentUpload(DocumentType.valueOf(d.get("type").asString()), d.get("title").asString(),
                        LocalDate.parse(d.get("date").asString()), d.get("lang").asString(), d.path("plan").asString(null),
                        file.substring(file.lastIndexOf('/') + 1), "text/plain;charset=UTF-8", read(file)), d.get("key").asString());
            }
            for (JsonNode n : root.get("news")) {
                if (news.newsSeeded(n.get("key").asString())) {
                    continue;
                }
                String body = new String(read(n.get("file").asString()), StandardCharsets.UTF_8).strip();
                if (n.path("skipFirstLine").asBoolean(false)) {
                    body = body.substring(body.indexOf('\n') + 1).strip();
                }
                body = body.replaceFirst("^\\d\\d-\\d\\d-\\d{4}\\s*", "");
                news.insert(text(n.get("title")), LocalizedText.of(body, null), OffsetDateTime.parse(n.get("date").asString()).toInstant(),
                        "Digitaliseringsstyrelsen", n.get("key").asString());
            }
            for (JsonNode r : root.get("irm")) {
                List<String> commitments = new ArrayList<>();
                r.path("commitments").forEach(c -> commitments.add(c.asString()));
                news.seedRecommendation(r.get("plan").asString(), r.path("sourcePlan").asString(null), r.get("number").asInt(),
                        text(r.get("text")), text(r.get("response")), IrmRecommendation.Status.valueOf(r.get("status").asString()),
                        commitments);
            }
        });
    }

    private static LocalizedText text(JsonNode n) {
        return LocalizedText.of(n.path("da").asString(null), n.path("en").asString(null));
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
