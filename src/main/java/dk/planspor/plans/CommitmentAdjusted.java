package dk.planspor.plans;

import dk.planspor.platform.PublicContentChanged;
import java.time.Instant;
import java.util.List;

/**
 * A commitment was changed: which fields, before and after, why, by whom and when. The tracking module
 * turns it into an adjustment; caches of public pages are emptied.
 *
 * @param source for imports, the source document's file name and checksum; null for edits
 */
public record CommitmentAdjusted(String planSlug, Long commitmentId, String commitmentNumber,
        List<FieldChange> changes, String reason, String author, String organisation, Instant at, String source)
        implements PublicContentChanged {
}
