package dk.planspor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * "Forgot your password?" through a real mail server (GreenMail) and the real sign-in form: a link that works once,
 * for an hour, that never tells whether an address has an account, and a new password that ends the account's other
 * sessions; and "change your password" for a signed-in user.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3943", "planspor.base-url=https://planspor.test"})
@AutoConfigureMockMvc
class PasswordResetTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3943, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static final String OLD = "Gammel-Adgang-Planspor-2026";
    static final String NEW = "Ny-Adgangskode-Til-Planspor";
    private static final Pattern LINK = Pattern.compile("https://planspor\\.test(/(da|en)/login/reset\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    private String participant(String email) {
        accounts.create(email, "Rikke Reset", null, EnumSet.of(Role.PARTICIPANT), OLD, "test");
        return email;
    }

    private String forgot(String lang, String email) throws Exception {
        return mvc.perform(post("/" + lang + "/login/forgot").with(csrf()).param("email", email)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The reset path mailed to {@code email} (the newest). */
    private String link(String email) throws Exception {
        MimeMessage last = null;
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email)) {
                last = m;
            }
        }
        assertThat(last).as("a mail to " + email).isNotNull();
        Matcher link = LINK.matcher(last.getContent().toString());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    private String reset(String path, String password, String repeat) throws Exception {
        String token = path.substring(path.indexOf("token=") + 6);
        return mvc.perform(post(path.substring(0, path.indexOf('?'))).with(csrf()).param("token", token)
                .param("password", password).param("repeat", repeat)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** Signs in through the real form; the session cookie, or null when the sign-in failed. */
    private Cookie signIn(String email, String password) throws Exception {
        MvcResult form = mvc.perform(get("/en/login")).andReturn();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.getResponse().getContentAsString());
        assertThat(token.find()).isTrue();
        MvcResult result = mvc.perform(post("/en/login").cookie(form.getResponse().getCookie("SESSION"))
                .param("_csrf", token.group(1)).param("username", email).param("password", password)).andReturn();
        return result.getResponse().getRedirectedUrl().contains("error") ? null : result.getResponse().getCookie("SESSION");
    }

    private boolean signedIn(Cookie session) throws Exception {
        return mvc.perform(get("/en/account/password").cookie(session)).andReturn().getResponse().getStatus() == 200;
    }

    @Test
    void aForgottenPasswordIsResetThroughALinkThatWorksOnce() throws Exception {
        String email = participant("glemt@reset.test");
        Cookie before = signIn(email, OLD);
        assertThat(signedIn(before)).isTrue();

        assertThat(forgot("en", email)).contains("Check your e-mail", "If glemt@reset.test belongs to a profile on Planspor");
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("Choose a new password for Planspor");
        assertThat(message.getContent().toString()).contains("Hello Rikke Reset", "Denmark's OGP platform",
                "The link works for 60 minutes and can be used once.");
        String path = link(email);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("Choose a new password",
                "name=\"token\"");

        assertThat(reset(path, NEW, NEW + "x")).contains("The two passwords are not the same.");
        assertThat(reset(path, "kort", "kort")).contains("The password must have at least 12 characters.");
        assertThat(signIn(email, OLD)).as("nothing changed yet").isNotNull();

        assertThat(reset(path, NEW, NEW)).contains("Your password has been changed");
        assertThat(signIn(email, OLD)).isNull();
        assertThat(signIn(email, NEW)).isNotNull();
        assertThat(signedIn(before)).as("the session from before the reset has ended").isFalse();
        assertThat(reset(path, "Endnu-En-Adgangskode-2026", "Endnu-En-Adgangskode-2026"))
                .contains("The link is unknown, already used or expired.");
        assertThat(accounts.eventsOf(email)).extracting(SecurityEvent::type)
                .contains(SecurityEvent.Type.RESET_REQUESTED, SecurityEvent.Type.PASSWORD_RESET);
    }

    @Test
    void askingNeverTellsWhetherAnAddressHasAnAccountAndAnAccountGetsAtMostThreeLinksAnHour() throws Exception {
        String email = participant("mange@reset.test");
        String known = forgot("da", email);
        String unknown = forgot("da", "ukendt@reset.test");
        assertThat(unknown.replace("ukendt@reset.test", "X")).isEqualTo(known.replace(email, "X"));
        assertThat(unknown).contains("Tjek din e-mail");
        for (int i = 0; i < 3; i++) {
            forgot("da", email);
        }
        assertThat(mail.waitForIncomingEmail(10_000, 3)).isTrue();
        assertThat(mail.waitForIncomingEmail(1_500, 4)).as("three links an hour, then silence").isFalse();
        assertThat(mail.getReceivedMessages()).allSatisfy(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo(email));
        assertThat(mail.getReceivedMessages()[0].getSubject()).isEqualTo("Vælg en ny adgangskode til Planspor");
    }

    @Test
    void anExpiredLinkIsRefusedAndOneClientAddressCannotFloodTheForm() throws Exception {
        String email = participant("udloebet@reset.test");
        forgot("da", email);
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        String path = link(email);
        jdbc.sql("update password_reset set expires_at = now() - interval '1 minute' where user_id = ?")
                .param(accounts.byUsername(email).orElseThrow().id()).update();
        assertThat(mvc.perform(get(path.replace("/en/", "/da/"))).andReturn().getResponse().getContentAsString())
                .contains("Linket er ukendt, allerede brugt eller udløbet.").doesNotContain("name=\"token\"");
        assertThat(reset(path, NEW, NEW)).contains("Linket er ukendt, allerede brugt eller udløbet.");
        assertThat(signIn(email, OLD)).isNotNull();

        for (int i = 0; i < PasswordResets.PER_ADDRESS_PER_HOUR; i++) {
            mvc.perform(post("/da/login/forgot").with(csrf()).with(r -> {
                r.setRemoteAddr("10.9.9.9");
                return r;
            }).param("email", "flood" + i + "@reset.test")).andExpect(status().isOk());
        }
        assertThat(mvc.perform(post("/da/login/forgot").with(csrf()).with(r -> {
            r.setRemoteAddr("10.9.9.9");
            return r;
        }).param("email", email)).andReturn().getResponse().getContentAsString())
                .contains("Der er bedt om for mange links fra din forbindelse. Prøv igen om");
        mvc.perform(post("/da/login/forgot").param("email", email)).andExpect(status().isForbidden()); // no CSRF token
    }

    @Test
    void aSignedInUserChangesTheirPasswordGivingTheCurrentOneAndTheirOtherSessionsEnd() throws Exception {
        String email = participant("skift@reset.test");
        Cookie here = signIn(email, OLD);
        Cookie elsewhere = signIn(email, OLD);
        String wrong = mvc.perform(post("/en/account/password").cookie(here).with(csrf()).param("current", "forkert-forkert")
                .param("password", NEW).param("repeat", NEW)).andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("The current password is wrong.");
        assertThat(signedIn(elsewhere)).isTrue();

        String done = mvc.perform(post("/en/account/password").cookie(here).with(csrf()).param("current", OLD)
                .param("password", NEW).param("repeat", NEW)).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("Your password has been changed.");
        assertThat(signedIn(here)).as("this session stays").isTrue();
        assertThat(signedIn(elsewhere)).as("the other session has ended").isFalse();
        assertThat(signIn(email, NEW)).isNotNull();
        assertThat(accounts.eventsOf(email)).extracting(SecurityEvent::type).contains(SecurityEvent.Type.PASSWORD_CHANGED);
        mvc.perform(post("/en/account/password").with(csrf()).param("current", NEW).param("password", OLD).param("repeat", OLD))
                .andExpect(redirectedUrl("/en/login"));
        mvc.perform(get("/da/account/password")).andExpect(redirectedUrl("/da/login"));
    }
}
