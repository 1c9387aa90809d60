package dk.planspor.consultation;

import dk.planspor.platform.PublicContentChanged;

/** Something public about a consultation changed (created, edited, opened, a response moderated or answered). */
public record ConsultationChanged(String slug, String action) implements PublicContentChanged {
}
