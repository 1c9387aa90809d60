package dk.planspor.forum;

import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.PlanCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * On start, schedules the meetings named in {@code seed/forum.json} (the first OGP forum meeting of 22 August 2018,
 * seed 004 commitment 3.3) with their agenda and minutes. Each meeting has a seed key, so this runs once.
 */
@Component
class ForumSeed implements SmartInitializingSingleton {

    static final String SEED = "seed/forum.json";

    private final OgpForum forum;
    private final PlanCatalog plans;
    private final JsonMapper json;

    ForumSeed(OgpForum forum, PlanCatalog plans, JsonMapper json) {
        this.forum = forum;
        this.plans = plans;
        this.json = json;
    }

    /** Off ({@code PLANSPOR_BUNDLED_RECORD=false}) on a platform set up for another OGP member. */
    @org.springframework.beans.factory.annotation.Value("${planspor.bundled-record:true}")
    private boolean bundledRecord = true;

    @Override
    public void afterSingletonsInstantiated() {
        if (!bundledRecord) {
            return;
        }
        plans.ensureDenmarkRecord();
        JsonNode root;
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            root = json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (JsonNode m : root.get("meetings")) {
            LocalDateTime start = LocalDateTime.parse(m.get("start").asString());
            LocalDateTime end = LocalDateTime.parse(m.get("end").asString());
            LocalDateTime cutoff = LocalDateTime.parse(m.get("proposalCutoff").asString());
            long id = forum.seedMeeting(m.get("key").asString(), new MeetingDraft(text(m.get("title")),
                    text(m.get("description")), start.atZone(Meeting.ZONE).toInstant(), end.atZone(Meeting.ZONE).toInstant(),
                    m.path("place").asString(null), m.path("onlineUrl").asString(null), m.get("capacity").asInt(),
                    cutoff.atZone(Meeting.ZONE).toInstant()));
            for (JsonNode item : m.path("agenda")) {
                forum.seedAgendaItem(id, item.asString(), AgendaStatus.ACCEPTED);
            }
            JsonNode minutes = m.get("minutes");
            if (minutes != null) {
                forum.seedMinutes(id, new OgpForum.MinutesDraft(text(minutes.get("summary")), items(minutes.path("decisions")),
                        items(minutes.path("actions"))));
            }
        }
    }

    private static List<Minutes.Item> items(JsonNode array) {
        List<Minutes.Item> out = new ArrayList<>();
        for (JsonNode n : array) {
            String[] commitment = n.has("commitment") ? n.get("commitment").asString().split("/") : null;
            out.add(new Minutes.Item(text(n), commitment == null ? null : commitment[0],
                    commitment == null ? null : commitment[1], null));
        }
        return out;
    }

    private static LocalizedText text(JsonNode n) {
        return n == null ? LocalizedText.of(null, null) : LocalizedText.of(n.path("da").asString(null), n.path("en").asString(null));
    }
}
