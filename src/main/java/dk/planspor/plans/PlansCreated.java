package dk.planspor.plans;

import dk.planspor.platform.PublicContentChanged;
import java.util.List;

/**
 * An import created these plans; each element is the plan's first adjustment ("plan" created, its OGP action plan ID),
 * recorded by the tracking module in the same transaction, as a {@link PlanAdjusted} is. Published once per chunk of
 * an import of OGP's sheet instead of one {@link PlanAdjusted} per new plan: nobody can follow a plan before it exists
 * and its commitments reach the search index with {@link CommitmentsImported}, so only synchronous listeners take it
 * and the event registry stores nothing for it.
 */
public record PlansCreated(List<PlanAdjusted> creations) implements PublicContentChanged {

    public PlansCreated {
        creations = List.copyOf(creations);
    }
}
