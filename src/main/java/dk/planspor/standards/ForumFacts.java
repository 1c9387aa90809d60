package dk.planspor.standards;

import dk.planspor.forum.Meeting;
import dk.planspor.forum.OgpForum;
import dk.planspor.plans.Plan;
import org.springframework.stereotype.Component;

/**
 * Requirements 1.1 and 5.1 from the forum: its meetings and its public rules page. A meeting held during a plan's
 * period counts as a meeting on that plan's implementation; a cancelled meeting does not count.
 */
@Component
class ForumFacts implements FactSource {

    private final OgpForum forum;

    ForumFacts(OgpForum forum) {
        this.forum = forum;
    }

    @Override
    public void contribute(Plan plan, CycleFactsBuilder facts) {
        facts.rulesPage(new CycleFacts.Link("OGP-netværkets deltagerregler / rules of participation", "/forum/rules"));
        for (Meeting m : forum.meetings()) {
            if (m.cancelled()) {
                continue; // a cancelled meeting was not held and does not count for 1.1 or 5.1
            }
            java.time.LocalDate day = m.start().toLocalDate();
            boolean implementation = !day.isBefore(plan.periodFrom()) && !day.isAfter(plan.periodTo());
            facts.meeting(new CycleFacts.Meeting(day, implementation,
                    new CycleFacts.Link(m.title().da() + " (" + day + ")", "/forum/meetings/" + m.id())));
        }
    }
}
