package dk.planspor.assessment;

import dk.planspor.platform.PublicContentChanged;
import java.time.Instant;

/** A round was frozen: its report now comes from an immutable snapshot. */
public record RoundFrozen(String planSlug, RoundKind kind, long roundId, Instant at) implements PublicContentChanged {
}
