package dk.planspor;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dk.planspor.consultation.Consultation;
import dk.planspor.consultation.ConsultationDesk;
import dk.planspor.consultation.ConsultationEdit;
import dk.planspor.consultation.ConsultationKind;
import dk.planspor.consultation.Disposition;
import dk.planspor.consultation.Response;
import dk.planspor.consultation.ResponseKind;
import dk.planspor.consultation.Submission;
import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * Consultations in a real browser (Debian's Chromium via Playwright). An XSS corpus of more than 100 payloads is
 * submitted in every free-text field, published, and viewed on the consultation page and in the høringsnotat: no
 * dialog opens, no payload runs, no payload becomes an element, and each is shown as text. A sender fills in the
 * form (meeting the error summary first) and gets the acknowledgement; axe-core finds no WCAG 2.1 A/AA violation on
 * the list, the consultation page, the form and the acknowledgement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planspor.consultation.rate-limit=100000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsultationBrowserTest {

    static final String XSS = "xss-hoering";
    static final String FORM = "browser-hoering";

    @LocalServerPort
    int port;
    @Autowired
    ConsultationDesk desk;
    @Autowired
    Accounts accounts;

    private Browsers browsers;

    @BeforeAll
    void start() {
        browsers = Browsers.launch();
    }

    @AfterAll
    void stop() {
        if (browsers != null) {
            browsers.close();
        }
    }

    static List<String> payloads() throws IOException {
        String all = new ClassPathResource("dk/planspor/consultation/xss-payloads.txt").getContentAsString(StandardCharsets.UTF_8);
        return all.lines().filter(l -> !l.isBlank() && !l.startsWith("# ")).toList();
    }

    @Test
    void noPayloadOfTheXssCorpusExecutesAndEachIsShownAsText() throws Exception {
        List<String> payloads = payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(100);
        PlansporUser coordinator = coordinator();
        Consultation c = consultation(XSS, coordinator);
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            UUID id = desk.submit(XSS, new Submission("xss-" + i, ResponseKind.PROPOSAL, p, p, "x" + i + "@example.test",
                    "Svar " + i + ": " + p, new Response.Proposal(p, p, p, p), true, "da", List.of())).id();
            desk.dispose(id, p, Disposition.values()[i % 4], p, List.of(), coordinator);
        }
        desk.edit(XSS, c.version(), new ConsultationEdit(XSS, c.kind(), c.title().da(), c.title().en(), null, null, c.opensAt(),
                desk.now().minusSeconds(5), null, null, null, null, List.of("<script>alert(1)</script>"), List.of()), coordinator, "Luk");

        try (BrowserContext context = browsers.newContext(port)) {
            Page page = context.newPage();
            List<String> dialogs = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            // the consultation page shows the responses in pages; the summary shows them all
            int pages = (payloads.size() + dk.planspor.consultation.ResponsePage.SIZE - 1) / dk.planspor.consultation.ResponsePage.SIZE;
            for (String view : List.of("/da/consultations/" + XSS, "/en/consultations/" + XSS, "/da/consultations/" + XSS + "/summary")) {
                StringBuilder text = new StringBuilder();
                for (int n = 1; n <= (view.endsWith("/summary") ? 1 : pages); n++) {
                    String path = view.endsWith("/summary") ? view : view + "?page=" + n;
                    page.navigate(path);
                    page.waitForLoadState();
                    page.waitForTimeout(300);
                    assertThat(page.evaluate("() => window.__xss === undefined && document.title !== 'hacked' "
                            + "&& document.body.innerText.trim() !== 'hacked'"))
                            .as(path + ": no payload ran").isEqualTo(true);
                    assertThat(page.locator("main script, main img, main iframe, main svg, main object, main embed, main math, "
                            + "main video, main audio, main input, main select, main textarea, main marquee, main form, main style").count())
                            .as(path + ": no payload became an element").isZero();
                    text.append(page.locator("main").innerText());
                }
                for (String p : payloads) {
                    assertThat(text.toString()).as(view + " shows the payload as text").contains(p.strip().replaceAll("\\s+", " "));
                }
            }
            assertThat(dialogs).as("dialogs opened by payloads").isEmpty();
        }
    }

    @Test
    void aSenderRespondsThroughTheAccessibleForm() throws Exception {
        consultation(FORM, coordinator());
        try (BrowserContext context = browsers.newContext(port)) {
            Page page = context.newPage();
            page.navigate("/da/consultations");
            Browsers.assertAccessible(page, "consultation list (da)");
            page.navigate("/en/consultations/ogp-handlingsplan-2017-2019");
            Browsers.assertAccessible(page, "the 2017 consultation (en)");
            page.navigate("/da/consultations/" + FORM);
            Browsers.assertAccessible(page, "open consultation (da)");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Afgiv høringssvar")).click();
            assertThat(page.url()).endsWith("/da/consultations/" + FORM + "/respond");
            Browsers.assertAccessible(page, "form (da)");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send høringssvar")).click();
            assertThat(page.locator(".alert-error").innerText()).contains("Skriv dit navn.", "Skriv dit høringssvar.");
            Browsers.assertAccessible(page, "form with errors (da)");
            page.getByLabel("Navn", new Page.GetByLabelOptions().setExact(true)).fill("Bo <b>Borger</b>");
            page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill("bo@example.test");
            page.getByLabel("Initiativforslag", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Dit høringssvar").fill("<script>alert('x')</script> Åbne data i kommunerne.");
            page.getByLabel("Hvilket samfundsproblem adresserer initiativet?").fill("Data er svære at finde.");
            page.getByLabel("Hvad indeholder initiativet?").fill("En fælles dataportal.");
            page.getByLabel("Mit navn må offentliggøres sammen med mit høringssvar").check();
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send høringssvar")).click();
            assertThat(page.url()).contains("/da/consultations/" + FORM + "/receipt/");
            String id = page.locator(".planspor-receipt-id").innerText();
            assertThat(page.url()).endsWith(id);
            Browsers.assertAccessible(page, "acknowledgement (da)");
            Response stored = desk.response(UUID.fromString(id));
            assertThat(stored.body()).isEqualTo("<script>alert('x')</script> Åbne data i kommunerne.");
            assertThat(stored.kind()).isEqualTo(ResponseKind.PROPOSAL);
            assertThat(stored.proposal().what()).isEqualTo("En fælles dataportal.");
            page.navigate("/en/consultations/" + FORM + "/respond");
            Browsers.assertAccessible(page, "form (en)");
        }
    }

    private PlansporUser coordinator() {
        if (accounts.byUsername("browser-koordinator@test.dk").isEmpty()) {
            accounts.create("browser-koordinator@test.dk", "Browser Koordinator", "digitaliseringsstyrelsen",
                    EnumSet.of(Role.COORDINATOR), "Browser-Adgang-Planspor-2026", "test");
        }
        return accounts.loadUserByUsername("browser-koordinator@test.dk");
    }

    private Consultation consultation(String slug, PlansporUser coordinator) {
        if (desk.find(slug).isEmpty()) {
            Instant now = desk.now();
            desk.create(new ConsultationEdit(slug, ConsultationKind.OTHER, "Browserhøring " + slug, "Browser consultation " + slug,
                    "En høring til browsertesten.", "A consultation for the browser test.", now.minus(Duration.ofDays(1)),
                    now.plus(Duration.ofDays(10)), "Kontakt", "kontakt@test.dk", "2017-2019", null, List.of("Rigsarkivet"),
                    List.of(new Consultation.Document("Høringsbrev", "https://example.test/brev.pdf"))), coordinator, "Test");
            desk.open(slug, null, coordinator, "Test");
        }
        return desk.consultation(slug);
    }
}
