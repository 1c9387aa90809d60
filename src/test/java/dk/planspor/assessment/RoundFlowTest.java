package dk.planspor.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.identity.Accounts;
import dk.planspor.plans.PlanCatalog;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * A round from opening to publishing: the owner answers (pre-filled, draft, submit), the dashboard
 * shows progress, the coordinator freezes; the report then comes from the snapshot and later edits of
 * the commitment do not change it; publishing lists the missing English fields and needs confirmation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class RoundFlowTest {

    static final String SLUG = "9501-9502";

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void fixture() {
        RoundFixture.plan(catalog, SLUG);
        RoundFixture.users(accounts);
    }

    @Test
    void openAnswerFreezePublish() throws Exception {
        var coordinator = user(RoundFixture.principal(accounts, RoundFixture.COORDINATOR));
        var owner = user(RoundFixture.principal(accounts, RoundFixture.OWNER));
        String admin = "/da/admin/assessments/" + SLUG + "/final";

        mvc.perform(post("/da/admin/assessments").param("plan", SLUG).param("kind", "FINAL")
                .param("deadline", catalog.today().plusDays(20).toString()).with(csrf()).with(coordinator))
                .andExpect(status().is3xxRedirection()).andExpect(MockMvcResultMatchers.redirectedUrl(admin));
        mvc.perform(get("/da/plans/" + SLUG + "/assessments/final")).andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("Kladde")));

        // Pre-filled from the current data
        mvc.perform(get(admin + "/1.1").with(owner)).andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("Gamle resultater 1.1.")));
        mvc.perform(get(admin + "/1.2").with(owner)).andExpect(status().isForbidden());

        mvc.perform(post(admin + "/1.1").with(csrf()).with(owner).param("completion", "SUBSTANTIAL")
                .param("resultsDa", "Nye resultater.").param("resultsEn", "New results.").param("nextStepsDa", "Videre.")
                .param("milestoneStatuses[0]", "Afsluttet").param("milestoneStatuses[1]", "I gang").param("action", "draft"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf("1.1")).isEqualTo(Progress.Status.IN_PROGRESS);
        assertThat(statusOf("1.2")).isEqualTo(Progress.Status.MISSING);
        mvc.perform(post(admin + "/1.1").with(csrf()).with(owner).param("resultsDa", "Uden status.").param("action", "submit"))
                .andExpect(status().isOk()).andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("form-error")));
        mvc.perform(post(admin + "/1.1").with(csrf()).with(owner).param("completion", "SUBSTANTIAL")
                .param("resultsDa", "Nye resultater.").param("resultsEn", "New results.").param("nextStepsDa", "Videre.")
                .param("milestoneStatuses[0]", "Afsluttet").param("milestoneStatuses[1]", "I gang").param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf("1.1")).isEqualTo(Progress.Status.SUBMITTED);
        mvc.perform(get(admin).with(coordinator)).andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(Matchers.containsString("1 indsendt, 0 i gang, 1 mangler.")));

        mvc.perform(get(admin + "/texts").with(coordinator)).andExpect(status().isOk());
        mvc.perform(get(admin + "/texts").with(owner)).andExpect(status().isForbidden());
        mvc.perform(post(admin + "/texts").with(csrf()).with(coordinator).param("backgroundDa", "Vores baggrund.")
                .param("backgroundEn", "Our background.")).andExpect(status().is3xxRedirection());

        mvc.perform(post(admin + "/freeze").with(csrf()).with(coordinator)).andExpect(status().is3xxRedirection());
        AssessmentRound round = assessments.round(SLUG, RoundKind.FINAL).orElseThrow();
        assertThat(round.isFrozen()).isTrue();
        var entry = assessments.snapshotOf(round).commitments().get(0);
        assertThat(entry.results().da()).isEqualTo("Nye resultater.");
        assertThat(assessments.snapshotOf(round).text("background")).isEqualTo(new Txt("Vores baggrund.", "Our background."));
        assertThat(entry.completion()).isEqualTo(dk.planspor.plans.Completion.SUBSTANTIAL);
        assertThat(entry.milestones().get(0).status()).isEqualTo("Afsluttet");
        assertThat(assessments.snapshotOf(round).commitments().get(1).results().da()).isEqualTo("Gamle resultater 1.2.");
        mvc.perform(post(admin + "/1.1").with(csrf()).with(owner).param("completion", "LIMITED").param("action", "submit"))
                .andExpect(MockMvcResultMatchers.redirectedUrl(admin))
                .andExpect(MockMvcResultMatchers.flash().attribute("notNow", "assessment.error.frozen"));
        assertThat(assessments.snapshotOf(assessments.round(SLUG, RoundKind.FINAL).orElseThrow()).commitments().get(0)
                .completion()).isEqualTo(dk.planspor.plans.Completion.SUBSTANTIAL);

        // Publishing: English fields are missing, so it needs an explicit confirmation
        assertThat(assessments.missingEnglish(SLUG, RoundKind.FINAL)).isNotEmpty()
                .contains(new EnglishCheck.Missing("1.2", "results"));
        mvc.perform(post(admin + "/publish").with(csrf()).with(coordinator)).andExpect(status().is3xxRedirection());
        assertThat(assessments.round(SLUG, RoundKind.FINAL).orElseThrow().isPublished()).isFalse();
        assertThat(events.stream(ReportPublished.class)).isEmpty();
        mvc.perform(post(admin + "/publish").param("confirmMissingEnglish", "true").with(csrf()).with(coordinator))
                .andExpect(status().is3xxRedirection());
        assertThat(assessments.round(SLUG, RoundKind.FINAL).orElseThrow().isPublished()).isTrue();
        ReportPublished published = events.stream(ReportPublished.class).findFirst().orElseThrow();
        assertThat(published.planSlug()).isEqualTo(SLUG);
        assertThat(published.pdfDa()).isEqualTo("/da/plans/" + SLUG + "/assessments/final.pdf");
        assertThat(published.pdfEn()).isEqualTo("/en/plans/" + SLUG + "/assessments/final.pdf");
        assertThat(published).isInstanceOf(dk.planspor.platform.PublicContentChanged.class);
    }

    @Test
    void laterEditsDoNotChangeTheSnapshotOrItsReport() throws Exception {
        String slug = "9503-9504";
        RoundFixture.plan(catalog, slug);
        var coordinator = RoundFixture.principal(accounts, RoundFixture.COORDINATOR);
        assessments.open(slug, RoundKind.MIDTERM, catalog.today().plusDays(10), coordinator);
        assessments.freeze(slug, RoundKind.MIDTERM, coordinator);
        String json = snapshotJson(slug);
        String html = page(slug);
        assertThat(html).contains("Gamle resultater 1.1.");

        catalog.applyImport(slug, dk.planspor.platform.Lang.DA, List.of(new dk.planspor.plans.CommitmentContent("1.1",
                "Ny titel", "2025 – 2027", "Rigsarkivet", null, null, null, null, null, dk.planspor.plans.Completion.COMPLETED,
                null, "Helt nye resultater.", null, List.of(), null, null, null)), "Senere ændring", "test", "test");
        assertThat(catalog.commitment(slug, "1.1").results().da()).isEqualTo("Helt nye resultater.");

        assertThat(snapshotJson(slug)).isEqualTo(json);
        assertThat(page(slug)).contains("Gamle resultater 1.1.").doesNotContain("Helt nye resultater.").doesNotContain("Ny titel");
        assertThatThrownBy(() -> jdbc.update("update assessment_round set snapshot = '{}'::jsonb where plan_slug = ?", slug))
                .hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> assessments.freeze(slug, RoundKind.MIDTERM, coordinator)).isInstanceOf(IllegalStateException.class);
    }

    private String page(String slug) throws Exception {
        return mvc.perform(get("/da/plans/" + slug + "/assessments/midterm")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private String snapshotJson(String slug) {
        return jdbc.queryForObject("select snapshot::text from assessment_round where plan_slug = ? and kind = 'MIDTERM'",
                String.class, slug);
    }

    private Progress.Status statusOf(String number) {
        return assessments.progress(SLUG, RoundKind.FINAL).stream().filter(p -> p.number().equals(number)).findFirst()
                .orElseThrow().status();
    }
}
