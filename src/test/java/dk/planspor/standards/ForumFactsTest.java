package dk.planspor.standards;

import static org.assertj.core.api.Assertions.assertThat;

import dk.planspor.forum.ForumUsers;
import dk.planspor.forum.MeetingDraft;
import dk.planspor.forum.OgpForum;
import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import dk.planspor.plans.Plan;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.platform.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The forum's facts for requirements 1.1 and 5.1 leave out a cancelled meeting: it was never held. */
@SpringBootTest
class ForumFactsTest {

    @Autowired
    ForumFacts facts;
    @Autowired
    OgpForum forum;
    @Autowired
    Accounts accounts;
    @Autowired
    PlanCatalog catalog;

    @Test
    void aCancelledMeetingIsNoEvidenceOfMeetings() {
        PlansporUser chair = ForumUsers.user(accounts, "formand@forum.test", Role.FORUM_CHAIR);
        Instant start = forum.now().plus(Duration.ofDays(20));
        long id = forum.schedule(new MeetingDraft(LocalizedText.of("Møde der aflyses", null), null, start,
                start.plus(Duration.ofHours(2)), "Landgreven 4", null, 40, start.minus(Duration.ofDays(2))), chair);
        String link = "/forum/meetings/" + id;
        assertThat(meetingLinks()).contains(link);

        forum.cancel(id, "Ingen punkter på dagsordenen", chair);
        assertThat(meetingLinks()).doesNotContain(link);
    }

    private java.util.List<String> meetingLinks() {
        Plan plan = catalog.findPlan("2017-2019").orElseThrow();
        CycleFactsBuilder builder = new CycleFactsBuilder(plan.slug(), plan.periodFrom(), plan.periodTo(), plan.periodTo());
        facts.contribute(plan, builder);
        return builder.build().meetings().stream().map(m -> m.link().path()).toList();
    }
}
