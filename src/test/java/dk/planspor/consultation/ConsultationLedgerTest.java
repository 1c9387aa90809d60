package dk.planspor.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Moderation, publication after the deadline, the reasoned-response ledger, the reports and the 14-day rule. */
@SpringBootTest(properties = "planspor.consultation.rate-limit=1000")
@AutoConfigureMockMvc
class ConsultationLedgerTest {

    static final String SEED = "ogp-handlingsplan-2017-2019";

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsultationDesk desk;
    @Autowired
    Accounts accounts;

    @Test
    void commitmentPagesShowTheInputsTheyCameFrom() throws Exception {
        assertThat(get("/da/plans/2017-2019/commitments/1.5")).contains("Kom fra disse høringssvar", "Open Data DK", "Medtaget",
                "/da/consultations/" + SEED + "#svar-");
        assertThat(get("/en/plans/2017-2019/commitments/1.1")).contains("Came from these inputs", "Rigsarkivet", "Included");
        assertThat(get("/da/plans/2017-2019/commitments/2.1")).doesNotContain("Kom fra disse høringssvar");
    }

    @Test
    void theReportsListTheConsulteesAlphabeticallyAndAnswerEveryResponse() throws Exception {
        String da = get("/da/consultations/" + SEED + "/summary");
        assertThat(da).contains("Høringsnotat: Høring: input til OGP-handlingsplan 2017-2019", "Open Data DK", "Resumé",
                "Ikke medtaget", "2017-2019/1.1");
        assertThat(consultees(da)).containsExactly("Center for Offentlig Innovation", "Open Data DK", "Open Knowledge Danmark",
                "OS2", "Rigsarkivet", "Transparency International Danmark", "Aarhus Kommune");
        assertThat(da).containsPattern("Open Data DK</td><td class=\"mark\">X svarede")
                .containsPattern("Aarhus Kommune</td><td class=\"mark\"></td>");
        String en = get("/en/consultations/" + SEED + "/summary");
        assertThat(en).contains("Reasoned response: Consultation: input", "Not included");
        assertThat(consultees(en)).startsWith("Aarhus Kommune", "Center for Offentlig Innovation");
        byte[] pdf = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/da/consultations/" + SEED + "/summary.pdf"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Høringsnotat", "Open Data DK", "Rigsarkivet", "Ikke medtaget", "Høringsliste");
        }
        // not before the deadline
        ConsultationFixture.open(desk, accounts, "ledger-open");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/da/consultations/ledger-open/summary"))
                .andExpect(status().isNotFound());
    }

    @Test
    void moderatedResponsesArePublishedAfterTheDeadlineWithTheirAnswers() throws Exception {
        Consultation c = ConsultationFixture.open(desk, accounts, "ledger-moderation");
        UUID named = desk.submit(c.slug(), submission("k1", "Karen Hansen", true, "Ring til mig på 12345678. Mere åbne data.")).id();
        UUID anon = desk.submit(c.slug(), submission("k2", "Peter Privat", false, "Et anonymt forslag om åbne budgetter.")).id();
        UUID abusive = desk.submit(c.slug(), submission("k3", "Trold", true, "Grimt indhold her.")).id();
        PlansporUser moderator = ConsultationFixture.user(accounts, ConsultationFixture.MODERATOR);
        PlansporUser coordinator = ConsultationFixture.coordinator(accounts);

        mvc.perform(post("/da/admin/consultations/" + c.slug() + "/responses/" + named + "/redact").with(csrf()).with(user(moderator))
                .param("text", "Ring til mig på [fjernet]. Mere åbne data.").param("reason", "Telefonnummer")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/da/admin/consultations/" + c.slug() + "/responses/" + abusive + "/hide").with(csrf()).with(user(moderator))
                .param("reason", "Krænkende indhold")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/da/admin/consultations/" + c.slug() + "/responses/" + named + "/disposition").with(csrf()).with(user(moderator))
                .param("disposition", "INCLUDED").param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/da/admin/consultations/" + c.slug() + "/responses/" + named + "/disposition").with(csrf()).with(user(coordinator))
                .param("summary", "Ønsker flere åbne data.").param("disposition", "PARTLY_INCLUDED")
                .param("reason", "Indgår delvist i initiativ 1.2.").param("commitments", "2017-2019/1.2")).andExpect(status().is3xxRedirection());

        assertThat(get("/da/consultations/" + c.slug())).contains("offentliggøres, når fristen er udløbet").doesNotContain("Karen Hansen");
        String coordinatorView = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/da/admin/consultations/" + c.slug()).with(user(coordinator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(coordinatorView).contains("12345678", "karen@example.test", "Krænkende indhold", "Telefonnummer");
        String moderatorView = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .get("/da/admin/consultations/" + c.slug()).with(user(moderator))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(moderatorView).contains("[fjernet]").doesNotContain("12345678").doesNotContain("karen@example.test");

        // the deadline passes: the coordinator moves it to the past
        Consultation now = desk.consultation(c.slug());
        desk.edit(c.slug(), now.version(), new ConsultationEdit(c.slug(), c.kind(), c.title().da(), c.title().en(), null, null,
                c.opensAt(), desk.now().minusSeconds(60), null, null, c.planSlug(), null, c.invitees(), List.of()), coordinator, "Fristen er udløbet");
        String published = get("/da/consultations/" + c.slug());
        assertThat(published).contains("Karen Hansen", "Ring til mig på [fjernet]", "Delvist medtaget", "Indgår delvist i initiativ 1.2.",
                "Anonym afsender", "Et anonymt forslag om åbne budgetter.")
                .doesNotContain("12345678").doesNotContain("Peter Privat").doesNotContain("Grimt indhold").doesNotContain("@example.test");
        assertThat(get("/da/plans/2017-2019/commitments/1.2")).contains("Karen Hansen", "Ønsker flere åbne data.");
        assertThat(desk.auditOf(c)).extracting(ConsultationStore.AuditEntry::action).contains("redact", "hide", "disposition", "edit");
        assertThat(anon).isNotNull();
    }

    @Test
    void coCreationNeedsFourteenDaysNoticeOrARecordedOverride() {
        PlansporUser coordinator = ConsultationFixture.coordinator(accounts);
        Instant now = desk.now();
        desk.create(new ConsultationEdit("ledger-cocreation", ConsultationKind.CO_CREATION, "Samskabelse", null, null, null,
                now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(40)), null, null, null, null, List.of(), List.of()), coordinator, "Ny");
        desk.publishTimeline("ledger-cocreation", coordinator, "Tidsplan");
        assertThat(desk.consultation("ledger-cocreation").noticeKept()).isFalse();
        assertThatThrownBy(() -> desk.open("ledger-cocreation", null, coordinator, "Åbn"))
                .isInstanceOf(ConsultationException.class).hasMessage("consultation.admin.noticeNeeded");
        assertThat(desk.consultation("ledger-cocreation").published()).isFalse();
        desk.open("ledger-cocreation", "Ministerens frist kræver hurtig høring", coordinator, "Åbn");
        Consultation c = desk.consultation("ledger-cocreation");
        assertThat(c.published()).isTrue();
        assertThat(c.overrideReason()).isEqualTo("Ministerens frist kræver hurtig høring");
        assertThat(desk.auditOf(c)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("open-override");
            assertThat(a.actor()).contains(ConsultationFixture.COORDINATOR);
        });
    }

    @Test
    void theCoordinatorCanAcceptLateResponsesWhichAreFlagged() throws Exception {
        Consultation c = ConsultationFixture.closed(desk, accounts, "ledger-late");
        String json = ConsultationPagesTest.body("Sent svar", "COMMENT");
        mvc.perform(post("/api/v1/consultations/" + c.slug() + "/responses").header("Idempotency-Key", "late")
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isConflict());
        desk.acceptLate(c.slug(), true, ConsultationFixture.coordinator(accounts), "Forsinket post");
        String id = mvc.perform(post("/api/v1/consultations/" + c.slug() + "/responses").header("Idempotency-Key", "late")
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(desk.response(UUID.fromString(id)).late()).isTrue();
        assertThat(get("/da/consultations/" + c.slug())).contains("Modtaget efter fristen", "Sent svar");
    }

    @Test
    void retentionErasesPersonalDataOfClosedConsultationsOnly() throws Exception {
        Consultation open = ConsultationFixture.open(desk, accounts, "ledger-retention-open");
        UUID kept = desk.submit(open.slug(), submission("ret-1", "Åben Person", true, "Svar i en åben høring.")).id();
        PlansporUser coordinator = ConsultationFixture.coordinator(accounts);
        Instant now = desk.now();
        desk.create(new ConsultationEdit("ledger-retention", ConsultationKind.OTHER, "Gammel høring", null, null, null,
                now.minus(Duration.ofDays(60)), now.minus(Duration.ofDays(30)), null, null, null, null, List.of(), List.of()), coordinator, "Test");
        desk.open("ledger-retention", null, coordinator, "Test");
        desk.acceptLate("ledger-retention", true, coordinator, "Test");
        UUID erased = desk.submit("ledger-retention", submission("ret-2", "Lukket Person", true, "Svar i en lukket høring.")).id();
        // the sender consented to their name being shown: it is in the search index until it is erased
        String search = "/api/v1/search?type=response&q=Person";
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> get(search).contains("Lukket Person"));
        assertThat(desk.erasePersonalData(Duration.ofDays(365))).as("closed 30 days ago, retention a year: kept").isZero();
        // 20 days: only this consultation (closed 30 days ago) is past it; the other tests' ones closed within a day
        assertThat(desk.erasePersonalData(Duration.ofDays(20))).isEqualTo(1);
        Response r = desk.response(erased);
        assertThat(r.name()).isNull();
        assertThat(r.email()).isNull();
        assertThat(r.anonymisedAt()).isNotNull();
        assertThat(r.body()).as("the text stays for the ledger").isEqualTo("Svar i en lukket høring.");
        assertThat(desk.response(kept).email()).isEqualTo("åben@example.test");
        assertThat(desk.auditOf(desk.consultation("ledger-retention"))).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("retention");
            assertThat(a.detail()).isEqualTo("1 responses");
            assertThat(a.actor()).isEqualTo("system");
        });
        assertThat(desk.erasePersonalData(Duration.ofDays(20))).as("nothing left to erase").isZero();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !get(search).contains("Lukket Person"));
    }

    @Test
    void staffPagesRender() throws Exception {
        ConsultationFixture.open(desk, accounts, "ledger-pages");
        PlansporUser coordinator = ConsultationFixture.coordinator(accounts);
        for (String path : List.of("/da/admin/consultations", "/en/admin/consultations/new", "/da/admin/consultations/ledger-pages",
                "/da/admin/consultations/ledger-pages/edit", "/da/admin/consultations/" + SEED)) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(user(coordinator)))
                    .andExpect(status().isOk());
        }
        PlansporUser moderator = ConsultationFixture.user(accounts, ConsultationFixture.MODERATOR);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/da/admin/consultations/new")
                .with(user(moderator))).andExpect(status().isForbidden());
        mvc.perform(post("/da/admin/consultations/new").with(csrf()).with(user(coordinator)).param("slug", "ledger-ny")
                .param("kind", "OTHER").param("titleDa", "Ny høring").param("opensAt", "2030-01-01T10:00")
                .param("deadline", "2029-01-01T10:00").param("documents", "Ondt | javascript:alert(1)").param("reason", "Ny"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/da/admin/consultations/new").with(csrf()).with(user(coordinator)).param("slug", "ledger-ny2")
                .param("kind", "OTHER").param("titleDa", "Ny høring").param("opensAt", "2030-01-01T10:00")
                .param("deadline", "2030-02-01T10:00").param("reportUrl", "javascript:alert(1)").param("reason", "Ny"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/da/admin/consultations/new").with(csrf()).with(user(coordinator)).param("slug", "ledger-ny3")
                .param("kind", "CO_CREATION").param("titleDa", "Ny høring").param("opensAt", "2030-01-01T10:00")
                .param("deadline", "2030-02-01T10:00").param("reportUrl", "https://example.test/rapport.pdf")
                .param("invitees", "Rigsarkivet\nOS2").param("documents", "Tidsplan | https://example.test/tidsplan.pdf")
                .param("reason", "Ny")).andExpect(status().is3xxRedirection());
        Consultation created = desk.consultation("ledger-ny3");
        assertThat(created.invitees()).containsExactly("Rigsarkivet", "OS2");
        assertThat(created.documents()).containsExactly(new Consultation.Document("Tidsplan", "https://example.test/tidsplan.pdf"));
        assertThat(created.published()).as("a new consultation is a draft until opened").isFalse();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/da/consultations/ledger-ny3"))
                .andExpect(status().isNotFound());
    }

    /** The names in the høringsliste table, in the order shown. */
    private static List<String> consultees(String html) {
        String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        return java.util.regex.Pattern.compile("<tr><td>([^<]+)</td>").matcher(table).results().map(m -> m.group(1)).toList();
    }

    @Test
    void aModeratorWithholdsAnAttachmentFromThePublicWithAReasonAndCanReleaseIt() throws Exception {
        Consultation c = ConsultationFixture.closed(desk, accounts, "ledger-attachment");
        PlansporUser moderator = ConsultationFixture.user(accounts, ConsultationFixture.MODERATOR);
        desk.acceptLate(c.slug(), true, ConsultationFixture.coordinator(accounts), "Bilaget kom med posten");
        UUID id = desk.submit(c.slug(), new Submission("attachment-1", ResponseKind.COMMENT, "Bo Bilag", null,
                "bo@example.test", "Se bilag.", null, false, "da",
                List.of(new Submission.Upload("personoplysninger.pdf", SubmissionSecurityTest.pdf())))).id();
        long attachment = desk.response(id).attachments().get(0).id();
        String file = "/da/consultations/" + c.slug() + "/attachments/" + attachment;
        String action = "/da/admin/consultations/" + c.slug() + "/responses/" + id + "/attachments/" + attachment + "/withhold";
        mvc.perform(request(file)).andExpect(status().isOk());
        assertThat(get("/da/consultations/" + c.slug())).contains("personoplysninger.pdf");

        // only moderators and the coordinator, and only with the form's CSRF token
        PlansporUser editor = ConsultationFixture.user(accounts, ConsultationFixture.EDITOR);
        mvc.perform(post(action).with(csrf()).with(user(editor)).param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post(action).with(user(moderator)).param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(request(file)).andExpect(status().isOk());

        mvc.perform(post(action).with(csrf()).with(user(moderator)).param("reason", "Bilaget indeholder et CPR-nummer"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(request(file)).andExpect(status().isNotFound());
        assertThat(get("/da/consultations/" + c.slug())).doesNotContain("personoplysninger.pdf");
        // staff still have the file, and see why it is withheld
        mvc.perform(request("/da/admin/consultations/" + c.slug() + "/responses/" + id + "/attachments/" + attachment)
                .with(user(moderator))).andExpect(status().isOk());
        assertThat(mvc.perform(request("/da/admin/consultations/" + c.slug()).with(user(moderator))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("Tilbageholdt fra offentligheden: Bilaget indeholder et CPR-nummer", "Frigiv personoplysninger.pdf");
        assertThat(desk.auditOf(c)).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("withhold-attachment");
            assertThat(a.detail()).isEqualTo("personoplysninger.pdf");
            assertThat(a.reason()).isEqualTo("Bilaget indeholder et CPR-nummer");
            assertThat(a.actor()).startsWith(moderator.displayName());
            assertThat(a.responseId()).isEqualTo(id);
        });

        // a blank reason releases it again
        mvc.perform(post(action).with(csrf()).with(user(moderator)).param("reason", " ")).andExpect(status().is3xxRedirection());
        mvc.perform(request(file)).andExpect(status().isOk());
        assertThat(desk.auditOf(c)).extracting(ConsultationStore.AuditEntry::action).contains("release-attachment");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request(String path) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path);
    }

    private String get(String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static Submission submission(String key, String name, boolean consent, String text) {
        return new Submission(key, ResponseKind.IDEA, name, null, name.split(" ")[0].toLowerCase() + "@example.test", text, null,
                consent, "da", List.of());
    }
}
