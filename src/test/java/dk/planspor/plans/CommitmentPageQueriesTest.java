package dk.planspor.plans;

import dk.planspor.StatementsOfThisThread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.identity.OrganisationDirectory;
import dk.planspor.platform.LocalizedText;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Milestones on the commitment page (printed dates, interval tooltip, late marker), and the number of
 * SQL statements per page: constant, whatever the number of commitments and milestones (no N+1).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommitmentPageQueriesTest {

    static final String SLUG = "9001-9002";

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanRepository plans;
    @Autowired
    ThemeRepository themes;
    @Autowired
    CommitmentRepository commitments;
    @Autowired
    OrganisationDirectory organisations;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void fixture() {
        tx.executeWithoutResult(s -> {
            if (plans.findBySlug(SLUG).isPresent()) {
                return;
            }
            Plan plan = plans.save(new Plan(SLUG, 99, LocalizedText.of("Testplan", "Test plan"),
                    LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31), PlanState.IN_IMPLEMENTATION));
            var agency = organisations.bySlug("rigsarkivet").orElseThrow();
            for (int t = 1; t <= 3; t++) {
                Theme theme = themes.save(new Theme(plan, t, LocalizedText.of("Tema " + t, null)));
                for (int n = 1; n <= 4; n++) {
                    Commitment c = new Commitment(plan, theme, t + "." + n, LocalizedText.of("Initiativ " + t + "." + n, null), agency);
                    c.addMilestone(LocalizedText.of("Sen milepæl", null), FuzzyDate.parse("1. august 2017"),
                            FuzzyDate.parse("2. kvartal 2018"), "I gang");
                    c.addMilestone(LocalizedText.of("Færdig milepæl", "Finished milestone"), FuzzyDate.parse("-"),
                            FuzzyDate.parse("2018"), "Afsluttet");
                    c.addMilestone(LocalizedText.of("Uafklaret milepæl", null), FuzzyDate.parse("2019"),
                            FuzzyDate.parse("Endnu ikke fastlagt"), "Ikke påbegyndt");
                    c.recordCompletion(n % 2 == 0 ? Completion.SUBSTANTIAL : Completion.LIMITED, null);
                    commitments.save(c);
                }
            }
        });
    }

    private long statementsFor(String url) throws Exception {
        // Only this thread's statements: MockMvc serves the request on the test thread, while module listeners and
        // jobs in the background run on others.
        StatementsOfThisThread.reset();
        mvc.perform(get(url)).andExpect(status().isOk());
        return StatementsOfThisThread.count();
    }

    @Test
    void milestoneTableShowsPrintedDatesIntervalTooltipStatusAndLateMarker() throws Exception {
        String html = mvc.perform(get("/da/plans/" + SLUG + "/commitments/1.1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("2. kvartal 2018", "title=\"Fortolket som 2018-04-01 – 2018-06-30\"",
                "Endnu ikke fastlagt", "I gang", "Afsluttet");
        assertThat(html.split("planspor-late-badge", -1)).as("only the unfinished, passed milestone is late").hasSize(2);
        String en = mvc.perform(get("/en/plans/" + SLUG + "/commitments/1.1")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Read as 2018-04-01 – 2018-06-30", ">Late<", "Finished milestone",
                "<span lang=\"da\">Sen milepæl</span>");
    }

    @Test
    void planPageCountsCommitmentsPerCompletion() throws Exception {
        String html = mvc.perform(get("/en/plans/" + SLUG)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("(?s)planspor-completion--limited\">Limited</span>\\s*<strong>6</strong>")
                .containsPattern("(?s)planspor-completion--substantial\">Substantial</span>\\s*<strong>6</strong>");
    }

    @Test
    void pagesUseAConstantNumberOfQueries() throws Exception {
        // plan, themes, commitments, and the plan's IRM reports (their codings only when a report states no figures)
        assertThat(statementsFor("/da/plans/" + SLUG)).as("plan page with 12 commitments").isLessThanOrEqualTo(4);
        assertThat(statementsFor("/da/plans/" + SLUG + "/commitments/2.3")).as("commitment page with 3 milestones")
                .isLessThanOrEqualTo(2);
        assertThat(statementsFor("/da/plans")).as("plans list").isLessThanOrEqualTo(2);
        assertThat(statementsFor("/api/v1/plans/" + SLUG)).as("plan API (with its IRM reports)").isLessThanOrEqualTo(4);
    }
}
