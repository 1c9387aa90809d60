package dk.planspor.plans.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.identity.Accounts;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.OgpValue;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PolicyArea;
import dk.planspor.tracking.AdjustmentLedger;
import java.util.EnumSet;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Staff classify a commitment by OGP: CSRF, authorization by organisation, errors in the user's language, the audit. */
@SpringBootTest
@AutoConfigureMockMvc
class OgpClassificationTest {

    static final String SLUG = "9861-9862";

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    Accounts accounts;
    @Autowired
    AdjustmentLedger ledger;

    @Test
    void theCoordinatorClassifiesACommitmentWithAReasonAndOthersCannot() throws Exception {
        AdminFixture.ensure(catalog, accounts, SLUG);
        String path = "/da/admin/plans/" + SLUG + "/commitments/1.1/ogp";
        var coordinator = user(AdminFixture.principal(accounts, "koordinator@test.dk"));
        // an editor of another agency than the lead agency (Rigsarkivet) of 1.1
        var stranger = user(AdminFixture.principal(accounts, "editor@digst.test"));
        Commitment c = catalog.commitment(SLUG, "1.1");

        assertThat(mvc.perform(get(path).with(coordinator)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("OGP-klassifikation af initiativ 1.1", "Beskyttelse af whistleblowere");
        mvc.perform(post(path).with(stranger).with(csrf()).param("version", String.valueOf(c.version()))
                .param("policyAreas", "open-data").param("reason", "Forsøg")).andExpect(status().isForbidden());
        mvc.perform(post(path).with(coordinator).param("version", String.valueOf(c.version()))
                .param("policyAreas", "open-data").param("reason", "Uden CSRF")).andExpect(status().isForbidden());

        String errors = mvc.perform(post(path).with(coordinator).with(csrf()).param("version", String.valueOf(c.version()))
                .param("ogpId", "DK-54").param("policyAreas", "open-data", "no-such-area").param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("Et OGP-ID er to til fire bogstaver og et tal", "Politikområdet no-such-area findes ikke",
                "checked", "value=\"DK-54\"");

        mvc.perform(post(path).with(coordinator).with(csrf()).param("version", String.valueOf(c.version()))
                .param("ogpId", "zz9861").param("policyAreas", "right-to-information", "open-data")
                .param("ogpValues", "ACCESS_TO_INFORMATION").param("reason", "OGP's klassifikation fra IRM-rapporten"))
                .andExpect(status().is3xxRedirection());
        Commitment after = catalog.commitment(SLUG, "1.1");
        assertThat(after.ogpId()).isEqualTo("ZZ9861");
        assertThat(after.policyAreas()).extracting(PolicyArea::code).containsExactly("right-to-information", "open-data");
        assertThat(after.ogpValues()).isEqualTo(EnumSet.of(OgpValue.ACCESS_TO_INFORMATION));
        Awaitility.await().untilAsserted(() -> assertThat(ledger.forPlan(SLUG).values().stream().flatMap(List::stream))
                .anySatisfy(a -> {
                    assertThat(a.reason()).isEqualTo("OGP's klassifikation fra IRM-rapporten");
                    assertThat(a.changes()).extracting(ch -> ch.field()).contains("ogp_id", "policy_areas", "ogp_values");
                }));
        assertThat(mvc.perform(get("/en/plans/" + SLUG + "/commitments/1.1")).andReturn().getResponse().getContentAsString())
                .contains("ZZ9861", "Right To Information", "Access to information");
    }
}
