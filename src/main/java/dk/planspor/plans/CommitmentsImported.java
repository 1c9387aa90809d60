package dk.planspor.plans;

import dk.planspor.platform.PublicContentChanged;
import java.util.List;

/**
 * An import wrote commitments of a plan: the ones it created and the ones it changed. A created commitment is not an
 * adjustment (there is nothing to adjust yet), so {@link CommitmentAdjusted} does not cover it; modules that mirror
 * commitments, such as the search index, listen to this.
 */
public record CommitmentsImported(String planSlug, List<String> numbers) implements PublicContentChanged {
}
