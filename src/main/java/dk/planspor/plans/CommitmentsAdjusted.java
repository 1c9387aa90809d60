package dk.planspor.plans;

import dk.planspor.platform.PublicContentChanged;
import java.time.Instant;
import java.util.List;

/**
 * Several commitments of one plan were changed by one import, each with its own changes, reason, author and time.
 * Published instead of one {@link CommitmentAdjusted} per commitment: an import of OGP's sheet changes thousands of
 * commitments. The tracking module records one adjustment per element, synchronously in the same transaction, as for
 * {@link CommitmentAdjusted}. Only synchronous listeners take this event, so its changes (whole texts) are neither
 * stored in the event registry nor held until the import commits; asynchronous listeners (followers' notifications)
 * take the {@link Summary} published with it. Search re-indexes from {@link CommitmentsImported}.
 */
public record CommitmentsAdjusted(String planSlug, List<CommitmentAdjusted> adjustments) implements PublicContentChanged {

    public CommitmentsAdjusted {
        adjustments = List.copyOf(adjustments);
        if (adjustments.stream().anyMatch(a -> !a.planSlug().equals(planSlug))) {
            throw new IllegalArgumentException("every adjustment must be of plan " + planSlug);
        }
    }

    /** What followers are told: per commitment its number, how many fields changed, why, by whom and when. */
    public Summary summary() {
        return new Summary(planSlug, adjustments.stream().map(a -> new Summary.Item(a.commitmentNumber(),
                a.changes().size(), a.reason(), a.author(), a.at())).toList());
    }

    /** The commitments of a plan an import adjusted, without the changes themselves. */
    public record Summary(String planSlug, List<Item> commitments) {

        public record Item(String number, int changedFields, String reason, String author, Instant at) {
        }
    }
}
