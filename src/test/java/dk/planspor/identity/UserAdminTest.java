package dk.planspor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The coordinator manages users and organisations in the UI; changes are audited. */
@SpringBootTest
@AutoConfigureMockMvc
class UserAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrganisationDirectory organisations;

    PlansporUser coordinator;

    @BeforeEach
    void coordinator() {
        if (accounts.byUsername("chef@digst.test").isEmpty()) {
            accounts.create("chef@digst.test", "Chefen", "digitaliseringsstyrelsen", EnumSet.of(Role.COORDINATOR),
                    "Styring-Af-Brugere-2026", "test");
        }
        coordinator = accounts.loadUserByUsername("chef@digst.test");
    }

    @Test
    void coordinatorCreatesAUserAndAnOrganisationAndChangesAccess() throws Exception {
        String weak = mvc.perform(post("/da/admin/users").with(csrf()).with(user(coordinator))
                        .param("email", "mette@kl.test").param("displayName", "Mette").param("organisation", "kl")
                        .param("roles", "AGENCY_EDITOR").param("password", "kort"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(weak).contains("Adgangskoden skal have mindst 12 tegn", "mette@kl.test");
        assertThat(accounts.byUsername("mette@kl.test")).isEmpty();

        mvc.perform(post("/da/admin/users").with(csrf()).with(user(coordinator)).param("email", "mette@kl.test")
                .param("displayName", "Mette").param("organisation", "kl").param("roles", "AGENCY_EDITOR")
                .param("password", "Kommunal-Data-Deling-9")).andExpect(status().is3xxRedirection());
        UserAccount mette = accounts.byUsername("mette@kl.test").orElseThrow();
        assertThat(mette.has(Role.AGENCY_EDITOR)).isTrue();
        assertThat(mette.organisation().slug()).isEqualTo("kl");

        mvc.perform(post("/da/admin/users/" + mette.id()).with(csrf()).with(user(coordinator))
                .param("roles", "MODERATOR").param("organisation", "kl")).andExpect(status().is3xxRedirection());
        UserAccount changed = accounts.byUsername("mette@kl.test").orElseThrow();
        assertThat(changed.roles()).containsExactly(Role.MODERATOR);
        assertThat(changed.enabled()).as("unchecked box = disabled").isFalse();

        mvc.perform(post("/en/admin/organisations").with(csrf()).with(user(coordinator))
                .param("nameDa", "Styrelsen for Åbenhed").param("nameEn", "Agency for Openness").param("kind", "AGENCY"))
                .andExpect(status().is3xxRedirection());
        assertThat(organisations.bySlug("styrelsen-for-aabenhed")).get()
                .extracting(o -> o.name().en()).isEqualTo("Agency for Openness");

        String page = mvc.perform(get("/en/admin/users").with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("mette@kl.test", "Agency for Openness", "Users and organisations");
        String log = mvc.perform(get("/da/admin/security-log").with(user(coordinator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(log).contains("Bruger oprettet", "Bruger ændret", "mette@kl.test");
    }

    @Test
    void agencyEditorsCannotManageUsers() throws Exception {
        if (accounts.byUsername("redaktion@sa.test").isEmpty()) {
            accounts.create("redaktion@sa.test", "Redaktør", "rigsarkivet", EnumSet.of(Role.AGENCY_EDITOR),
                    "Arkivets-Skrivebord-2026", "test");
        }
        PlansporUser editor = accounts.loadUserByUsername("redaktion@sa.test");
        mvc.perform(get("/da/admin/users").with(user(editor))).andExpect(status().isForbidden());
        mvc.perform(get("/da/admin/security-log").with(user(editor))).andExpect(status().isForbidden());
    }
}
