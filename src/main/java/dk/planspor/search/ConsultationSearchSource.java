package dk.planspor.search;

import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.consultation.Response;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
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
        return desk.published().stream().mapToLong(c -> 1 + desk.publishedResponseCount(c)).sum();
    }

    /** Streams the responses from the database: call inside a transaction (a rebuild is one). */
    @Override
    public void all(Consumer<SearchEntry> sink) {
        desk.published().forEach(c -> entries(c, sink));
    }

    /**
     * A consultation and its published responses, handed to {@code sink} as they are read (a consultation may have
     * a million responses); false, and nothing handed over, when it is not (or no longer) published. Call inside a
     * transaction.
     */
    boolean consultation(String slug, Consumer<SearchEntry> sink) {
        return desk.find(slug).filter(Consultation::published).map(c -> {
            entries(c, sink);
            return true;
        }).orElse(false);
    }

    /**
     * One response's entry, handed to {@code sink}; false, and nothing handed over, when the response is not (or no
     * longer) public, so that its entry must go.
     */
    boolean response(String slug, UUID id, Consumer<SearchEntry> sink) {
        return desk.find(slug).filter(Consultation::published)
                .flatMap(c -> desk.publishedResponse(c, id).map(r -> {
                    sink.accept(response(c, "/consultations/" + c.slug(), r));
                    return true;
                }))
                .orElse(false);
    }

    /** The index reference of a response. */
    static String ref(String slug, UUID id) {
        return slug + "/" + id;
    }

    private void entries(Consultation c, Consumer<SearchEntry> sink) {
        String path = "/consultations/" + c.slug();
        int year = c.deadline().atZone(COPENHAGEN).getYear();
        sink.accept(new SearchEntry(CONSULTATION, c.slug(), c.planSlug(), null, null, year, c.title().da(), c.title().en(),
                c.description().da(), c.description().en(), path));
        try (java.util.stream.Stream<Response> responses = desk.streamPublishedResponses(c)) {
            responses.forEach(r -> sink.accept(response(c, path, r)));
        }
    }

    private static SearchEntry response(Consultation c, String path, Response r) {
        String sender = r.publicSender();
        String text = r.publicBody() + (r.summary() == null ? "" : "\n\n" + r.summary())
                + (r.dispositionReason() == null ? "" : "\n\n" + r.dispositionReason());
        boolean en = "en".equals(r.lang());
        String titleDa = "Høringssvar til " + c.title().da() + (sender == null ? "" : " fra " + sender);
        String titleEn = "Response to " + (c.title().en() == null ? c.title().da() : c.title().en())
                + (sender == null ? "" : " from " + sender);
        return new SearchEntry(RESPONSE, ref(c.slug(), r.id()), c.planSlug(), null, null,
                r.receivedAt().atZone(COPENHAGEN).getYear(), titleDa, titleEn, en ? null : text, en ? text : null,
                c.title().da(), c.title().en(), path + "#response-" + r.shortId(), r.receivedAt());
    }
}
