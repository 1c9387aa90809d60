package dk.planspor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Password login at /{lang}/login: staff pages send anonymous users to it, CSRF is required, the session
 * id changes on login, failures are audited and lock the account after five in a row, security headers.
 */
@SpringBootTest(properties = {"planspor.admin.email=koordinator@digst.dk", "planspor.admin.password=Korrekt-Hest-Batteri-42"})
@AutoConfigureMockMvc
class LoginSecurityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @BeforeEach
    void editor() {
        if (accounts.byUsername("redaktoer@sa.dk").isEmpty()) {
            accounts.create("redaktoer@sa.dk", "Rigsarkivets redaktør", "rigsarkivet", EnumSet.of(Role.AGENCY_EDITOR),
                    "Arkiv-Data-Aaben-2018", "test");
        }
        if (accounts.byUsername("laas@sa.dk").isEmpty()) {
            accounts.create("laas@sa.dk", "Låsetest", "rigsarkivet", EnumSet.of(Role.AGENCY_EDITOR),
                    "Noegle-Test-Konto-2018", "test");
        }
    }

    @Test
    void firstCoordinatorIsCreatedFromTheEnvironment() {
        assertThat(accounts.byUsername("koordinator@digst.dk")).get().satisfies(u -> {
            assertThat(u.has(Role.COORDINATOR)).isTrue();
            assertThat(u.organisation().slug()).isEqualTo("digitaliseringsstyrelsen");
        });
    }

    @Test
    void staffPagesSendAnonymousUsersToTheLoginFormInTheirLanguage() throws Exception {
        mvc.perform(get("/da/admin/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/da/login"));
        mvc.perform(get("/en/admin/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/en/login"));
        String form = mvc.perform(get("/en/login")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"username\"", "name=\"password\"", "name=\"_csrf\"", "action=\"/en/login\"");
    }

    @Test
    void loginNeedsTheCsrfTokenAndChangesTheSessionId() throws Exception {
        mvc.perform(post("/da/login").param("username", "redaktoer@sa.dk").param("password", "Arkiv-Data-Aaben-2018"))
                .andExpect(status().isForbidden());
        // A real browser flow: the form's page opens a session (cookie) and carries the CSRF token.
        MvcResult form = mvc.perform(get("/en/login")).andExpect(status().isOk()).andReturn();
        jakarta.servlet.http.Cookie before = form.getResponse().getCookie("SESSION");
        assertThat(before).as("the login form opens a session for its CSRF token").isNotNull();
        String html = form.getResponse().getContentAsString();
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(token.find()).isTrue();
        MvcResult result = mvc.perform(post("/en/login").cookie(before).param("_csrf", token.group(1))
                        .param("username", "Redaktoer@SA.dk").param("password", "Arkiv-Data-Aaben-2018"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/en/admin/")).andReturn();
        jakarta.servlet.http.Cookie after = result.getResponse().getCookie("SESSION");
        assertThat(after).as("a new session cookie after login").isNotNull();
        assertThat(after.getValue()).as("session fixation protection").isNotEqualTo(before.getValue());
        mvc.perform(get("/en/admin/").cookie(after)).andExpect(status().isOk());
        mvc.perform(get("/en/admin/").cookie(before)).andExpect(status().is3xxRedirection());
        assertThat(accounts.eventsOf("redaktoer@sa.dk")).extracting(SecurityEvent::type).contains(SecurityEvent.Type.LOGIN_SUCCESS);
    }

    @Test
    void failedLoginsAreAuditedAndTheFifthLocksTheAccount() throws Exception {
        for (int i = 0; i < UserAccount.MAX_FAILURES; i++) {
            mvc.perform(post("/da/login").with(csrf()).param("username", "laas@sa.dk").param("password", "forkert-" + i))
                    .andExpect(redirectedUrl("/da/login?error"));
        }
        mvc.perform(post("/da/login").with(csrf()).param("username", "laas@sa.dk").param("password", "Noegle-Test-Konto-2018"))
                .andExpect(redirectedUrl("/da/login?locked"));
        List<SecurityEvent.Type> events = accounts.eventsOf("laas@sa.dk").stream().map(SecurityEvent::type).toList();
        assertThat(events).filteredOn(t -> t == SecurityEvent.Type.LOGIN_FAILURE).hasSizeGreaterThanOrEqualTo(6);
        assertThat(events).contains(SecurityEvent.Type.ACCOUNT_LOCKED).doesNotContain(SecurityEvent.Type.LOGIN_SUCCESS);
        String page = mvc.perform(get("/da/login?locked")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("midlertidigt låst");
    }

    @Test
    void passwordPolicyIsEnforced() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.create("kort@sa.dk", "Kort", "rigsarkivet",
                        EnumSet.of(Role.AGENCY_EDITOR), "kort", "test"))
                .isInstanceOf(Accounts.InvalidPasswordException.class).hasMessageContaining("password.tooShort");
        assertThat(PasswordPolicy.check("password1234", "x@y.dk")).contains("password.common");
        assertThat(PasswordPolicy.check("mette.hansen-er-sej", "mette.hansen@kl.dk")).contains("password.containsEmail");
        assertThat(PasswordPolicy.check("Korrekt-Hest-Batteri-42", "koordinator@digst.dk")).isEmpty();
    }

    @Test
    void everyPageCarriesSecurityHeadersAndPersonalPagesAreNotStored() throws Exception {
        mvc.perform(get("/da/plans"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
        assertThat(SecurityConfiguration.CSP).doesNotContain("unsafe-inline");
        mvc.perform(get("/da/login")).andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void logoutNeedsPostWithCsrf() throws Exception {
        mvc.perform(post("/da/logout")).andExpect(status().isForbidden());
        mvc.perform(post("/da/logout").with(csrf())).andExpect(redirectedUrl("/da/?loggedOut"));
    }
}
