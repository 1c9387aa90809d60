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

    /** The fields this edit changes in {@code c}, comma-separated, for the consultation's log. */
    String changesFrom(Consultation c) {
        List<String> changed = new java.util.ArrayList<>();
        if (c.kind() != kind) changed.add("kind");
        if (!java.util.Objects.equals(c.title().da(), titleDa) || !java.util.Objects.equals(c.title().en(), titleEn)) changed.add("title");
        if (!java.util.Objects.equals(c.description().da(), descriptionDa)
                || !java.util.Objects.equals(c.description().en(), descriptionEn)) changed.add("description");
        if (!c.opensAt().equals(opensAt)) changed.add("opensAt");
        if (!c.deadline().equals(deadline)) changed.add("deadline");
        if (!c.invitees().equals(invitees)) changed.add("invitees");
        if (!c.documents().equals(documents)) changed.add("documents");
        if (!java.util.Objects.equals(c.contactName(), contactName) || !java.util.Objects.equals(c.contactEmail(), contactEmail)) changed.add("contact");
        if (!java.util.Objects.equals(c.planSlug(), planSlug) || !java.util.Objects.equals(c.reportUrl(), reportUrl)) changed.add("link");
        return String.join(", ", changed);
    }
}
