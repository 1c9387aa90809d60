package dk.planspor.assessment;

import dk.planspor.platform.PublicContentChanged;
import java.time.Instant;
import java.time.LocalDate;

/** The coordinator opened a round; the plan's public list of rounds shows it. */
public record RoundOpened(String planSlug, RoundKind kind, LocalDate deadline, Instant at) implements PublicContentChanged {
}
