package dk.planspor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.consultation.ConsultationKind;
import dk.planspor.consultation.ConsultationState;
import dk.planspor.consultation.ResponseKind;
import dk.planspor.consultation.Submission;
import dk.planspor.identity.Accounts;
import dk.planspor.plans.PlanCatalog;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A draft report put to a two-week public comment period through the consultation module. */
@SpringBootTest
@AutoConfigureMockMvc
class CommentPeriodTest {

    static final String SLUG = "9601-9602";

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    ConsultationDesk consultations;

    @Test
    void theCoordinatorPutsTheDraftToCommentsForTwoWeeksOnce() throws Exception {
        RoundFixture.plan(catalog, SLUG);
        RoundFixture.users(accounts);
        var coordinator = RoundFixture.principal(accounts, RoundFixture.COORDINATOR);
        assessments.open(SLUG, RoundKind.MIDTERM, catalog.today().plusDays(20), coordinator);

        mvc.perform(post("/da/admin/assessments/" + SLUG + "/midterm/comment").with(csrf())
                        .with(user(RoundFixture.principal(accounts, RoundFixture.OWNER))))
                .andExpect(status().isForbidden());
        assertThat(consultations.find(CommentPeriods.slugOf(SLUG, RoundKind.MIDTERM))).isEmpty();

        mvc.perform(post("/da/admin/assessments/" + SLUG + "/midterm/comment").with(csrf()).with(user(coordinator)))
                .andExpect(redirectedUrl("/da/admin/assessments/" + SLUG + "/midterm"));
        Consultation c = consultations.consultation(CommentPeriods.slugOf(SLUG, RoundKind.MIDTERM));
        assertThat(c.kind()).isEqualTo(ConsultationKind.DRAFT_SELF_ASSESSMENT);
        assertThat(c.state(consultations.now())).isEqualTo(ConsultationState.OPEN);
        assertThat(Duration.between(c.opensAt(), c.deadline())).isEqualTo(Duration.ofDays(14));
        assertThat(c.planSlug()).isEqualTo(SLUG);
        assertThat(c.reportUrl()).endsWith("/da/plans/" + SLUG + "/assessments/midterm");
        assertThat(c.documents()).extracting(Consultation.Document::url)
                .anySatisfy(u -> assertThat(u).endsWith("/en/plans/" + SLUG + "/assessments/midterm.pdf"));

        // a second click changes nothing; the round page links the running comment period
        mvc.perform(post("/da/admin/assessments/" + SLUG + "/midterm/comment").with(csrf()).with(user(coordinator)))
                .andExpect(redirectedUrl("/da/admin/assessments/" + SLUG + "/midterm"));
        assertThat(consultations.all().stream().filter(x -> SLUG.equals(x.planSlug())).toList()).hasSize(1);
        String page = mvc.perform(get("/da/admin/assessments/" + SLUG + "/midterm").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/da/consultations/" + c.slug(), "Høringen over udkastet kører til");

        // the public comments through the consultation's form
        var receipt = consultations.submit(c.slug(), new Submission("comment-test-1", ResponseKind.COMMENT, "Borger",
                null, "borger@example.test", "Afsnit 2.1 mangler en justering.", null, false, "da", List.of()));
        assertThat(consultations.responseCount(consultations.consultation(c.slug()))).isEqualTo(1);
        assertThat(receipt).isNotNull();
    }
}
