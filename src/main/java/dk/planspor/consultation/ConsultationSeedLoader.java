package dk.planspor.consultation;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the historical consultations ({@code seed/consultations.json}: the 2017 call for proposals from seed 002 and
 * the 2018 hearing of the midterm self-assessment named in seed 004) on start, each only if its slug is not there yet.
 */
@Component
class ConsultationSeedLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ConsultationSeedLoader.class);
    static final String RESOURCE = "seed/consultations.json";

    private final ConsultationStore consultations;
    private final ResponseStore responses;
    private final JsonMapper json;
    private final TransactionTemplate tx;

    ConsultationSeedLoader(ConsultationStore consultations, ResponseStore responses, JsonMapper json, TransactionTemplate tx) {
        this.consultations = consultations;
        this.responses = responses;
        this.json = json;
        this.tx = tx;
    }

    record SeedFile(List<SeedConsultation> consultations) {
    }

    record SeedConsultation(String slug, String kind, String titleDa, String titleEn, String descriptionDa,
            String descriptionEn, OffsetDateTime opensAt, OffsetDateTime deadline, String contactName, String contactEmail,
            String planSlug, List<String> invitees, List<Consultation.Document> documents, List<SeedResponse> responses) {
    }

    record SeedResponse(String key, String organisation, String kind, String body, String summary, String disposition,
            String reason, String commitments) {
    }

    /** Off ({@code PLANSPOR_BUNDLED_RECORD=false}) on a platform set up for another OGP member. */
    @org.springframework.beans.factory.annotation.Value("${planspor.bundled-record:true}")
    private boolean bundledRecord = true;

    @Override
    public void afterSingletonsInstantiated() {
        if (!bundledRecord) {
            return;
        }
        SeedFile seed;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            seed = json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        for (SeedConsultation s : seed.consultations()) {
            tx.executeWithoutResult(status -> load(s));
        }
    }

    private void load(SeedConsultation s) {
        if (consultations.find(s.slug()).isPresent()) {
            return;
        }
        long id = consultations.insert(new ConsultationEdit(s.slug(), ConsultationKind.valueOf(s.kind()), s.titleDa(),
                s.titleEn(), s.descriptionDa(), s.descriptionEn(), s.opensAt().toInstant(), s.deadline().toInstant(),
                s.contactName(), s.contactEmail(), s.planSlug(), null, s.invitees(), s.documents()));
        consultations.open(id, s.opensAt().toInstant(), null);
        consultations.audit(id, null, "seed", s.opensAt().toInstant(), "create", RESOURCE, "Historisk høring indlæst fra kilderne");
        // The sources give no receipt dates: the responses are dated the day before the deadline.
        var received = s.deadline().toInstant().minus(Duration.ofDays(1));
        for (SeedResponse r : s.responses() == null ? List.<SeedResponse>of() : s.responses()) {
            Submission sub = new Submission(r.key(), ResponseKind.valueOf(r.kind()), null, r.organisation(), null, r.body(),
                    null, false, "da", List.of());
            Receipt receipt = responses.insert(id, UUID.nameUUIDFromBytes(r.key().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    sub, received, false, UUID.randomUUID().toString().replace("-", ""));
            responses.dispose(receipt.id(), r.summary(), r.disposition() == null ? null : Disposition.valueOf(r.disposition()),
                    r.reason(), r.commitments());
        }
        log.info("Loaded consultation {} from {}", s.slug(), RESOURCE);
    }
}
