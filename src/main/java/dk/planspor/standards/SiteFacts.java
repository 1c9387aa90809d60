package dk.planspor.standards;

import dk.planspor.plans.Plan;
import org.springframework.stereotype.Component;

/** Requirement 2.1 is met by the platform itself: its front page and the plan's own page are the national OGP site. */
@Component
class SiteFacts implements FactSource {

    @Override
    public void contribute(Plan plan, CycleFactsBuilder facts) {
        facts.site(new CycleFacts.Link("Planspor", "/"));
    }
}
