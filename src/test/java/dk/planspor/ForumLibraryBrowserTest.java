package dk.planspor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.planspor.forum.MeetingDraft;
import dk.planspor.forum.OgpForum;
import dk.planspor.identity.Accounts;
import dk.planspor.identity.Role;
import dk.planspor.platform.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The OGP network, document bank and news in a real browser (Debian's Chromium via Playwright), with axe-core (WCAG 2.1
 * A/AA) on each page in Danish and English, and a participant who signs in and proposes an agenda item.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForumLibraryBrowserTest {

    private static final String PARTICIPANT = "deltager@browser.test";
    private static final String PASSWORD = "Aaben-Forvaltning-Browser-2026";

    @LocalServerPort
    int port;
    @Autowired
    OgpForum forum;
    @Autowired
    Accounts accounts;

    private Browsers browsers;
    private BrowserContext context;
    private Page page;
    private long upcoming;

    @BeforeAll
    void launch() {
        accounts.create(PARTICIPANT, "Dorte Deltager", null, EnumSet.of(Role.PARTICIPANT), PASSWORD, "test");
        accounts.create("formand@browser.test", "Frida Formand", null, EnumSet.of(Role.FORUM_CHAIR), PASSWORD, "test");
        accounts.create("koordinator@browser.test", "Karl Koordinator", "digitaliseringsstyrelsen", EnumSet.of(Role.COORDINATOR),
                PASSWORD, "test");
        Instant start = forum.now().plus(Duration.ofDays(30));
        upcoming = forum.schedule(new MeetingDraft(LocalizedText.of("Netværksmøde om den nye handlingsplan", "Network meeting on the new action plan"),
                LocalizedText.of("Vi drøfter forslagene.", "We discuss the proposals."), start, start.plus(Duration.ofHours(2)),
                "Digitaliseringsstyrelsen", "https://meet.example/ogp", 30, start.minus(Duration.ofDays(5))),
                accounts.loadUserByUsername("formand@browser.test"));
        browsers = Browsers.launch();
    }

    @AfterAll
    void close() {
        if (browsers != null) {
            browsers.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browsers.newContext(port);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
    }

    @ParameterizedTest(name = "[{0}] forum, meeting, rules, library, search, IRM and news pages pass axe-core")
    @ValueSource(strings = {"da", "en"})
    void publicPagesAreAccessible(String lang) {
        long seeded = forum.meetings().stream().filter(m -> "Første møde i OGP-netværket".equals(m.title().da())).findFirst()
                .orElseThrow().id();
        for (String path : new String[] {"/forum", "/forum/meetings/" + seeded, "/forum/meetings/" + upcoming, "/forum/rules",
                "/library", "/library?q=netværk", "/plans/2017-2019/irm", "/news", "/debate?subject=plan:2017-2019"}) {
            page.navigate("/" + lang + path);
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasCount(1);
            Browsers.assertAccessible(page, lang + path);
        }
        page.navigate("/" + lang + "/news");
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Ny Open Government Partnership handlingsplan 2023-2025")).click();
        Browsers.assertAccessible(page, lang + " news post");
    }

    @Test
    void aParticipantSignsInRegistersAndProposesAnAgendaItem() {
        logIn(PARTICIPANT);
        page.navigate("/da/forum");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Netværksmøde om den nye handlingsplan")).click();
        Browsers.assertAccessible(page, "meeting page, signed in");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tilmeld mig")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Du er nu tilmeldt mødet.");

        page.getByLabel("Punkt (overskrift)").fill("Åbne data om offentlige indkøb");
        page.getByLabel("Beskrivelse (valgfri)").fill("Hvordan kommer vi videre?");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send forslag")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tak for dit forslag");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Åbne data om offentlige indkøb");
        Browsers.assertAccessible(page, "meeting page after a proposal");
    }

    @Test
    void theChairDecidesOnAProposalAndTheCoordinatorsPagesAreAccessible() {
        forum.propose(upcoming, "Gennemsigtighed i kommunerne", "Forslag fra en borger", "da",
                accounts.loadUserByUsername(PARTICIPANT));
        logIn("formand@browser.test");
        assertThat(page).hasURL("http://localhost:" + port + "/da/admin/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("OGP-netværkets møder")).click();
        Browsers.assertAccessible(page, "admin forum");
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Netværksmøde om den nye handlingsplan")).click();
        Browsers.assertAccessible(page, "admin meeting");
        page.getByLabel("Udskudt til et senere møde").first().check();
        page.getByLabel("Begrundelse").first().fill("Hører bedre hjemme på efterårets møde");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gem beslutning")).first().click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Beslutningen er gemt");
        Browsers.assertAccessible(page, "admin meeting after a decision");

        context.clearCookies();
        logIn("koordinator@browser.test");
        for (String path : new String[] {"/da/admin/library", "/en/admin/library", "/da/admin/forum/moderation"}) {
            page.navigate(path);
            Browsers.assertAccessible(page, path);
        }
    }

    @Test
    void theChairMovesAMeetingAndThenCancelsItWithoutJavaScript() {
        // at 10:00 Copenhagen time: started late in the evening, the meeting would end the next day, which the change
        // form (one date, a start and an end time) cannot hold
        Instant start = java.time.LocalDate.ofInstant(forum.now(), java.time.ZoneId.of("Europe/Copenhagen")).plusDays(45)
                .atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Copenhagen")).toInstant();
        long id = forum.schedule(new MeetingDraft(LocalizedText.of("Møde der flyttes", "Meeting to be moved"), null, start,
                start.plus(Duration.ofHours(2)), "Landgreven 4", null, 30, start.minus(Duration.ofDays(5))),
                accounts.loadUserByUsername("formand@browser.test"));
        BrowserContext noScript = browsers.newContext(port, false);
        Page browsing = page;
        try {
            page = noScript.newPage();
            logIn("formand@browser.test");
            page.navigate("/en/admin/forum/meetings/" + id);
            page.getByLabel("Place", new Page.GetByLabelOptions().setExact(true)).fill("Stormgade 2");
            page.getByLabel("Reason for the change").fill("The room at Landgreven is taken");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the changes")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("The meeting has been changed.");
            assertThat(page.getByRole(AriaRole.MAIN)).containsText("meeting.changed place (The room at Landgreven is taken)");

            page.getByLabel("Reason for cancelling").fill("Too few agenda items");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the meeting")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("The meeting has been cancelled.");
        } finally {
            noScript.close();
            page = browsing;
        }
        // axe-core runs as a script, so the pages are checked in a browser with JavaScript on
        page.navigate("/en/forum/meetings/" + id);
        assertThat(page.locator("#cancelled")).containsText("Reason: Too few agenda items");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register"))).hasCount(0);
        Browsers.assertAccessible(page, "cancelled meeting");
        logIn("formand@browser.test");
        page.navigate("/en/admin/forum/meetings/" + upcoming);
        Browsers.assertAccessible(page, "admin meeting with its change and cancel forms");
        page.navigate("/en/admin/forum/meetings/" + id);
        Browsers.assertAccessible(page, "admin page of a cancelled meeting");
    }

    private void logIn(String email) {
        page.navigate("/da/login");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
    }
}
