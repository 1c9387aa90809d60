package dk.planspor.consultation;

import java.time.Instant;
import java.util.List;

/** The fields of a consultation as the coordinator (or the seed) sets them. */
public record ConsultationEdit(String slug, ConsultationKind kind, String titleDa, String titleEn, String descriptionDa,
        String descriptionEn, Instant opensAt, Instant deadline, String contactName, String contactEmail, String planSlug,
        String reportUrl, List<String> invitees, List<Consultation.Document> documents) {

    public ConsultationEdit {
        invitees = invitees == null ? List.of() : invitees.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
