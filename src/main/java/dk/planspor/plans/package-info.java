/**
 * Action plans: plans, themes, commitments (initiatives), milestones and fuzzy dates.
 * The facade is {@link dk.planspor.plans.PlanCatalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package dk.planspor.plans;
