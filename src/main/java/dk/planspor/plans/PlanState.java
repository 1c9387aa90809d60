package dk.planspor.plans;

/** Where a plan is in its life. */
public enum PlanState {
    DRAFT, ADOPTED, IN_IMPLEMENTATION, CLOSED
}
