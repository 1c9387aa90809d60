package dk.planspor.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A participant signs up, gets a verification mail through a real SMTP server (GreenMail), verifies, signs in. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "planspor.base-url=https://planspor.test"})
@AutoConfigureMockMvc
class SignupTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired
    MockMvc mvc;

    @Test
    void signUpVerifyAndSignIn() throws Exception {
        String sent = mvc.perform(post("/da/signup").with(csrf()).param("email", "Borger@Example.test")
                        .param("displayName", "Bo Borger").param("password", "Aaben-Forvaltning-2026").param("terms", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(sent).contains("Tjek din e-mail", "Borger@Example.test");

        String twice = mvc.perform(post("/da/signup").with(csrf()).param("email", "borger@example.test")
                        .param("displayName", "Bo Borger").param("password", "Aaben-Forvaltning-2026").param("terms", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(twice).as("a double submit does not create a second account").contains("findes allerede en bruger");

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("borger@example.test");
        assertThat(message.getSubject()).isEqualTo("Bekræft din e-mailadresse til Planspor");
        Matcher link = Pattern.compile("https://planspor\\.test(/da/signup/verify\\?token=[\\w-]+)")
                .matcher(message.getContent().toString());
        assertThat(link.find()).isTrue();

        mvc.perform(post("/da/login").with(csrf()).param("username", "borger@example.test")
                .param("password", "Aaben-Forvaltning-2026")).andExpect(redirectedUrl("/da/login?unverified"));

        assertThat(mvc.perform(get(link.group(1))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Din e-mailadresse er bekræftet");
        assertThat(mvc.perform(get(link.group(1))).andReturn().getResponse().getContentAsString())
                .as("a link works once").contains("Linket virker ikke");

        mvc.perform(post("/da/login").with(csrf()).param("username", "borger@example.test")
                .param("password", "Aaben-Forvaltning-2026")).andExpect(redirectedUrl("/da/"));
    }

    @Test
    void badInputIsShownInTheUsersLanguageAndKeepsWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/en/signup").with(csrf()).param("email", "not-an-address")
                        .param("displayName", "Ann").param("password", "short"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Give a valid email address", "at least 12 characters",
                "You must accept the rules of participation", "value=\"not-an-address\"", "value=\"Ann\"");
        assertThat(mail.getReceivedMessages()).isEmpty();
    }
}
