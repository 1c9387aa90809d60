package dk.planspor.plans.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.plans.Plan;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator edits a plan (titles, summary, period, state, theme titles) with a reason; it is audited publicly. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanEditingTest {

    static final String SLUG = "9401-9402";

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    Accounts accounts;

    @Test
    void coordinatorEditsThePlanWithAReason() throws Exception {
        AdminFixture.ensure(catalog, accounts, SLUG);
        PlansporUser coordinator = AdminFixture.principal(accounts, "koordinator@test.dk");
        String form = mvc.perform(get("/da/admin/plans/" + SLUG + "/edit").with(user(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"2017-07-01\"", "name=\"reason\"");
        long version = catalog.findPlan(SLUG).orElseThrow().version();

        String bad = mvc.perform(post("/da/admin/plans/" + SLUG + "/edit").with(csrf()).with(user(coordinator))
                        .param("version", String.valueOf(version)).param("titleDa", "Ny titel").param("periodFrom", "2017-07-01")
                        .param("periodTo", "30/6 2019").param("state", "CLOSED").param("reason", "Rettelse"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Datoen kan ikke læses. Skriv den som år-måned-dag");

        mvc.perform(post("/da/admin/plans/" + SLUG + "/edit").with(csrf()).with(user(coordinator))
                .param("version", String.valueOf(version)).param("titleDa", "Testplan, rettet titel")
                .param("titleEn", "Editing test plan").param("periodFrom", "2017-07-01").param("periodTo", "2019-12-31")
                .param("state", "CLOSED").param("reason", "Planen blev forlænget")).andExpect(status().is3xxRedirection());
        Plan p = catalog.findPlan(SLUG).orElseThrow();
        assertThat(p.title().da()).isEqualTo("Testplan, rettet titel");
        assertThat(p.periodTo()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(p.state()).isEqualTo(PlanState.CLOSED);
        String adjustments = mvc.perform(get("/da/plans/" + SLUG + "/adjustments")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(adjustments).contains("Handlingsplanen", "Planen blev forlænget", "<ins>2019-12-31</ins>", "Periodens slutning");

        PlansporUser editor = AdminFixture.principal(accounts, "editor@sa.test");
        mvc.perform(get("/da/admin/plans/" + SLUG + "/edit").with(user(editor))).andExpect(status().isForbidden());
    }
}
