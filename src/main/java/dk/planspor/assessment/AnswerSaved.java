package dk.planspor.assessment;

import dk.planspor.platform.PublicContentChanged;
import java.time.Instant;

/** An owner saved or submitted an answer in an open round; the public draft report changes with it. */
public record AnswerSaved(String planSlug, RoundKind kind, String commitmentNumber, boolean submitted, Instant at)
        implements PublicContentChanged {
}
