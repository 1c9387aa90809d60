package dk.planspor.consultation;

import dk.planspor.platform.PublicContentChanged;
import java.util.UUID;

/**
 * Something public about a consultation changed (created, edited, opened, a response moderated or answered).
 * {@code responseId} names the one response concerned when only it changed (moderated, answered, deleted, arrived
 * late), so that listeners need not look at a consultation's other responses, which may number a million; it is null
 * when the change concerns the consultation itself.
 */
public record ConsultationChanged(String slug, String action, UUID responseId) implements PublicContentChanged {

    public ConsultationChanged(String slug, String action) {
        this(slug, action, null);
    }
}
