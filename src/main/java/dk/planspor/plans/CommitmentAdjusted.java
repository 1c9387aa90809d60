package dk.planspor.plans;

import dk.planspor.platform.PublicContentChanged;
import java.time.Instant;
import java.util.List;

/**
 * A commitment was changed: which fields, before and after, why, by whom and when. The tracking module
 * turns it into an adjustment; caches of public pages are emptied.
 *
 * @param author the name shown publicly (a person's display name, or the importer)
 * @param source for imports, the source document's file name and checksum; null for edits
 * @param authorAccount the signed-in account (e-mail) behind the change, kept for the audit, never shown publicly
 */
public record CommitmentAdjusted(String planSlug, Long commitmentId, String commitmentNumber,
        List<FieldChange> changes, String reason, String author, String organisation, Instant at, String source,
        String authorAccount)
        implements PublicContentChanged {
}
