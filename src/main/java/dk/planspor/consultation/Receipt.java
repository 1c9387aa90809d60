package dk.planspor.consultation;

import java.util.UUID;

/** The answer to a submission: its id, and whether it repeated an earlier submission with the same key. */
public record Receipt(UUID id, boolean repeated, boolean late) {
}
