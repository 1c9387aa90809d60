package dk.planspor.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dk.planspor.identity.Accounts;
import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Public pages, the seeded 2017 consultation, the form and the API with idempotency, receipts through real SMTP. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025", "planspor.base-url=https://planspor.test",
        "planspor.consultation.rate-limit=1000"})
@AutoConfigureMockMvc
class ConsultationPagesTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static final String SEED = "ogp-handlingsplan-2017-2019";

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsultationDesk desk;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReceiptMailer receipts;

    @Test
    void theSeeded2017CallIsClosedWithItsReasonedResponses() throws Exception {
        String json = mvc.perform(get("/api/v1/consultations")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains("\"slug\":\"" + SEED + "\"", "\"kind\":\"CO_CREATION\"", "\"state\":\"CLOSED\"",
                "\"deadline\":\"2017-08-20T23:59:59+02:00\"", "midtvejsevaluering-2017-2019", "DRAFT_SELF_ASSESSMENT");
        assertThat(mvc.perform(get("/da/consultations")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Høring: input til OGP-handlingsplan 2017-2019", "Afsluttet", "20/8 2017 23:59");
        String page = mvc.perform(get("/da/consultations/" + SEED)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Rune Møller Thomsen", "rumth@digst.dk", "Open Data DK", "Rigsarkivet", "OS2", "Medtaget",
                "Ikke medtaget", "/da/plans/2017-2019/commitments/1.5", "Høringsliste", "Høringen er afsluttet");
        assertThat(mvc.perform(get("/en/consultations/" + SEED)).andReturn().getResponse().getContentAsString())
                .contains("Consultation: input to the OGP action plan 2017-2019", "Not included");
        // Loading again on a restart adds nothing
        assertThat(jdbc.sql("select count(*) from consultation where slug = ?").param(SEED).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void responsesAreShownFiftyToAPageForThePublicAndForStaff() throws Exception {
        Consultation c = ConsultationFixture.open(desk, accounts, "test-sider");
        for (int i = 1; i <= 53; i++) {
            String body = String.format("Svarnr-%02d-slut", i);
            desk.submit("test-sider", new Submission("sider-" + i, ResponseKind.IDEA, "Afsender " + i, null,
                    "sider" + i + "@example.test", body, null, false, "da", java.util.List.of()));
        }
        desk.edit("test-sider", c.version(), new ConsultationEdit("test-sider", c.kind(), c.title().da(), c.title().en(),
                null, null, c.opensAt(), desk.now().minusSeconds(5), null, null, null, null, java.util.List.of(),
                java.util.List.of()), ConsultationFixture.coordinator(accounts), "Luk");

        String first = mvc.perform(get("/da/consultations/test-sider")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(first.split("Svarnr-", -1)).hasSize(51);
        assertThat(first).contains("Svarnr-01-slut", "Svarnr-50-slut", "Side 1 af 2 (53 høringssvar)",
                "/da/consultations/test-sider?page=2").doesNotContain("Svarnr-51-slut");
        String second = mvc.perform(get("/da/consultations/test-sider").param("page", "2")).andReturn().getResponse()
                .getContentAsString();
        assertThat(second.split("Svarnr-", -1)).hasSize(4);
        assertThat(second).contains("Svarnr-53-slut", "Forrige side", "/da/consultations/test-sider?page=1");
        // a page beyond the last shows the last
        assertThat(mvc.perform(get("/en/consultations/test-sider").param("page", "99")).andReturn().getResponse()
                .getContentAsString()).contains("Page 2 of 2 (53 responses)");

        String staff = mvc.perform(get("/da/admin/consultations/test-sider")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user(ConsultationFixture.coordinator(accounts))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(staff).contains("Høringssvar (53)", "Side 1 af 2 (53 høringssvar)").doesNotContain("Svarnr-51-slut");
    }

    @Test
    void theReportOfAVeryLargeConsultationShowsTheFirstThousandAndMarksEveryInviteeThatResponded() throws Exception {
        String slug = "test-stort-notat";
        Consultation c = ConsultationFixture.open(desk, accounts, slug);
        UUID template = desk.submit(slug, new Submission("stor-0", ResponseKind.IDEA, "Skabelon", null, null,
                "Skabelonsvar", null, false, "da", java.util.List.of())).id();
        // 1,001 earlier responses, written directly: the report must not need them all in memory
        jdbc.sql("""
                insert into consultation_response (id, consultation_id, idempotency_key, kind, name, organisation, email, body,
                    consent_name, lang, received_at, late, deletion_token)
                select gen_random_uuid(), consultation_id, 'stor-bulk-' || g, kind, 'Afsender ' || g, null, null,
                    'Masseindlæg ' || g, false, lang, received_at - interval '2 hours' + g * interval '1 second', false,
                    md5(random()::text || g)
                from consultation_response, generate_series(1, 1001) g where id = ?""").param(template).update();
        // an invitee that responded last (beyond the first thousand), written differently, and one hidden by a moderator
        desk.submit(slug, new Submission("stor-aarhus", ResponseKind.COMMENT, null, " aarhus kommune ", null,
                "Kommunens svar", null, false, "da", java.util.List.of()));
        UUID hidden = desk.submit(slug, new Submission("stor-borger", ResponseKind.COMMENT, null, "Borger.dk", null,
                "Skjult svar", null, false, "da", java.util.List.of())).id();
        desk.hide(hidden, "Test", ConsultationFixture.coordinator(accounts));
        desk.edit(slug, desk.consultation(slug).version(), new ConsultationEdit(slug, c.kind(), c.title().da(), c.title().en(),
                null, null, c.opensAt(), desk.now().minusSeconds(5), null, null, null, null, c.invitees(),
                java.util.List.of()), ConsultationFixture.coordinator(accounts), "Luk");

        String report = mvc.perform(get("/da/consultations/" + slug + "/summary")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(report.split("<section>", -1)).hasSize(ReportContent.RESPONSES + 1);
        assertThat(report).contains("Der kom 1.003 offentliggjorte høringssvar",
                "de første 1.000 af de 1.003 offentliggjorte høringssvar", "/api/v1/consultations/" + slug + "/responses.csv",
                "<td>Aarhus Kommune</td><td class=\"mark\">X svarede", "<td>Borger.dk</td><td class=\"mark\"></td>",
                "Masseindlæg 1<").doesNotContain("Kommunens svar", "Skjult svar");
        assertThat(mvc.perform(get("/en/consultations/" + slug + "/summary")).andReturn().getResponse().getContentAsString())
                .contains("the first 1,000 of the 1,003 published responses");
    }

    @Test
    void aClosedConsultationRefusesWithAReason() throws Exception {
        var refused = mvc.perform(post("/api/v1/consultations/" + SEED + "/responses").header("Idempotency-Key", "k1")
                        .contentType(MediaType.APPLICATION_JSON).content(body("Sen", "IDEA")))
                .andExpect(status().isConflict()).andReturn().getResponse();
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("afsluttet", "CLOSED");
        String page = mvc.perform(multipart("/en/consultations/" + SEED + "/respond").with(csrf())
                        .param("idempotencyKey", "late-1").param("name", "Late Sender").param("email", "late@example.test")
                        .param("kind", "IDEA").param("body", "Too late"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The consultation is closed and its deadline has passed");
        assertThat(mvc.perform(get("/da/consultations/" + SEED + "/respond")).andReturn().getResponse().getContentAsString())
                .contains("Høringen er afsluttet, og fristen er udløbet").doesNotContain("name=\"body\"");
    }

    @Test
    void formSubmissionIsStoredOnceAndAcknowledgedWithAReceiptMail() throws Exception {
        Consultation c = ConsultationFixture.open(desk, accounts, "test-formular");
        String form = mvc.perform(get("/da/consultations/test-formular/respond")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher key = Pattern.compile("name=\"idempotencyKey\" value=\"([-\\w]+)\"").matcher(form);
        assertThat(key.find()).isTrue();
        String[] redirects = new String[2];
        for (int i = 0; i < 2; i++) {
            redirects[i] = mvc.perform(multipart("/da/consultations/test-formular/respond").with(csrf())
                            .param("idempotencyKey", key.group(1)).param("name", "Bo Borger").param("organisation", "")
                            .param("email", "bo@example.test").param("kind", "IDEA").param("body", "Mere åbenhed.\nTak."))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        }
        assertThat(redirects[1]).as("a double submit gives the same response").isEqualTo(redirects[0]);
        String id = redirects[0].substring(redirects[0].lastIndexOf('/') + 1);
        assertThat(jdbc.sql("select count(*) from consultation_response where consultation_id = ?").param(c.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get(redirects[0])).andReturn().getResponse().getContentAsString()).contains(id, "Tak for dit høringssvar");

        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage m = mail.getReceivedMessages()[0];
        assertThat(m.getSubject()).contains(id);
        Matcher link = Pattern.compile("https://planspor\\.test/da/consultations/delete\\?token=(\\w+)").matcher(m.getContent().toString());
        assertThat(link.find()).isTrue();
        mvc.perform(post("/da/consultations/delete").with(csrf()).param("token", link.group(1))).andExpect(status().isOk());
        Response r = desk.response(UUID.fromString(id));
        assertThat(r.name()).isNull();
        assertThat(r.email()).isNull();
        assertThat(r.body()).contains("Slettet efter afsenderens ønske");
    }

    @Test
    void apiSubmissionReturnsTheSameIdForARepeatedKey() throws Exception {
        ConsultationFixture.open(desk, accounts, "test-api");
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(post("/api/v1/consultations/test-api/responses").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body("Ide", "IDEA"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String again = mvc.perform(post("/api/v1/consultations/test-api/responses").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body("Ide", "IDEA"))).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(first).matches("\\{\"id\":\"[-0-9a-f]{36}\"}").isEqualTo(again);
        mvc.perform(post("/api/v1/consultations/test-api/responses").contentType(MediaType.APPLICATION_JSON)
                .content(body("Uden nøgle", "IDEA"))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/consultations/test-api/responses").header("Idempotency-Key", "p1")
                .contentType(MediaType.APPLICATION_JSON).content(body("Forslag uden felter", "PROPOSAL"))).andExpect(status().isBadRequest());
    }

    @Test
    void aReceiptTheMailServerDidNotTakeStaysInTheOutboxAndIsSentLater() throws Exception {
        ConsultationFixture.open(desk, accounts, "test-outbox");
        mail.stop();
        String json = mvc.perform(post("/api/v1/consultations/test-outbox/responses").header("Idempotency-Key", "outbox-1")
                .contentType(MediaType.APPLICATION_JSON).content(body("Kvittering senere", "IDEA")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(json.replaceAll(".*\"id\":\"([-0-9a-f]{36})\".*", "$1"));
        // the sender was woken by the commit, could not reach the mail server, and kept the receipt for later
        long deadline = System.currentTimeMillis() + 10_000;
        while (attempts(id) < 1 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(attempts(id)).isEqualTo(1);
        assertThat(jdbc.sql("select due_at > now() from consultation_receipt where response_id = ?").param(id)
                .query(Boolean.class).single()).as("tried again later, not at once").isTrue();

        mail.start();
        jdbc.sql("update consultation_receipt set due_at = now() where response_id = ?").param(id).update();
        receipts.poll(); // what the timer does
        assertThat(mail.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(mail.getReceivedMessages()).anySatisfy(m -> assertThat(m.getSubject()).contains(id.toString()));
        deadline = System.currentTimeMillis() + 10_000;
        while (attempts(id) >= 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(attempts(id)).as("sent receipts leave the outbox").isEqualTo(-1);
    }

    private int attempts(UUID response) {
        return jdbc.sql("select attempts from consultation_receipt where response_id = ?").param(response)
                .query(Integer.class).optional().orElse(-1);
    }

    static String body(String text, String kind) {
        return "{\"name\":\"Api Borger\",\"email\":\"api@example.test\",\"kind\":\"" + kind + "\",\"text\":\"" + text + "\"}";
    }
}
