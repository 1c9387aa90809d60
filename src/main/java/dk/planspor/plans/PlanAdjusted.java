package dk.planspor.plans;

import dk.planspor.platform.PublicContentChanged;
import java.time.Instant;
import java.util.List;

/** A plan itself (title, summary, period, state or a theme) was changed, with its reason, author and time. */
public record PlanAdjusted(String planSlug, List<FieldChange> changes, String reason, String author, String organisation,
        Instant at, String authorAccount) implements PublicContentChanged {
}
