package dk.planspor.search;

import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.consultation.Response;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Published consultations and their published responses (after the deadline, not hidden, as redacted, sender only
 * with consent), from the consultation facade.
 */
@Component
class ConsultationSearchSource implements SearchSource {

    static final String CONSULTATION = "consultation";
    static final String RESPONSE = "response";
    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private final ConsultationDesk desk;

    ConsultationSearchSource(ConsultationDesk desk) {
        this.desk = desk;
    }

    @Override
    public List<String> kinds() {
        return List.of(CONSULTATION, RESPONSE);
    }

    @Override
    public long count() {
        return desk.published().stream().mapToLong(c -> 1 + desk.publishedResponses(c).size()).sum();
    }

    @Override
    public void all(Consumer<SearchEntry> sink) {
        desk.published().forEach(c -> entries(c).forEach(sink));
    }

    /** A consultation and its published responses; empty when it is not (or no longer) published. */
    List<SearchEntry> consultation(String slug) {
        return desk.find(slug).filter(Consultation::published).map(this::entries).orElse(List.of());
    }

    private List<SearchEntry> entries(Consultation c) {
        List<SearchEntry> entries = new ArrayList<>();
        String path = "/consultations/" + c.slug();
        int year = c.deadline().atZone(COPENHAGEN).getYear();
        entries.add(new SearchEntry(CONSULTATION, c.slug(), c.planSlug(), null, null, year, c.title().da(), c.title().en(),
                c.description().da(), c.description().en(), path));
        for (Response r : desk.publishedResponses(c)) {
            String sender = r.publicSender();
            String text = r.publicBody() + (r.summary() == null ? "" : "\n\n" + r.summary())
                    + (r.dispositionReason() == null ? "" : "\n\n" + r.dispositionReason());
            boolean en = "en".equals(r.lang());
            String titleDa = "Høringssvar til " + c.title().da() + (sender == null ? "" : " fra " + sender);
            String titleEn = "Response to " + (c.title().en() == null ? c.title().da() : c.title().en())
                    + (sender == null ? "" : " from " + sender);
            entries.add(new SearchEntry(RESPONSE, c.slug() + "/" + r.id(), c.planSlug(), null, null,
                    r.receivedAt().atZone(COPENHAGEN).getYear(), titleDa, titleEn, en ? null : text, en ? text : null,
                    c.title().da(), c.title().en(), path + "#response-" + r.shortId(), r.receivedAt()));
        }
        return entries;
    }
}
