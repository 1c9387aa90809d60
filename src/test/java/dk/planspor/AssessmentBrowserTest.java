package dk.planspor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.planspor.assessment.RoundFixture;
import dk.planspor.assessment.RoundKind;
import dk.planspor.assessment.SelfAssessments;
import dk.planspor.identity.Accounts;
import dk.planspor.plans.PlanCatalog;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A self-assessment round in a real browser: the owner (an editor of Rigsarkivet) signs in, finds the
 * round, opens commitment 1.1 (pre-filled), meets the error for submitting without a completion, saves a
 * draft and submits. axe-core (WCAG 2.1 A/AA) runs on every page state, and on the public report pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentBrowserTest {

    static final String SLUG = "9701-9702";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    SelfAssessments assessments;

    private Browsers browsers;
    private BrowserContext context;
    private Page page;
    private final AxeFindings axe = new AxeFindings();

    @BeforeAll
    void setUp() {
        RoundFixture.plan(catalog, SLUG);
        RoundFixture.users(accounts);
        assessments.open(SLUG, RoundKind.MIDTERM, catalog.today().plusDays(14),
                RoundFixture.principal(accounts, RoundFixture.COORDINATOR));
        browsers = Browsers.launch();
    }

    @AfterAll
    void tearDown() {
        if (browsers != null) {
            browsers.close();
        }
    }

    @BeforeEach
    void openContext() {
        axe.clear();
        context = browsers.newContext(port);
        page = context.newPage();
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
        }
        axe.assertNone();
    }

    @Test
    void ownerAnswersForTheirCommitment() {
        page.navigate("/da/login");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(RoundFixture.OWNER);
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(RoundFixture.PASSWORD);
        click(AriaRole.BUTTON, "Log ind");
        click(AriaRole.LINK, "Selvevalueringsrunder");
        assertThat(page).hasURL(url("/da/admin/assessments"));
        check("rounds list");

        click(AriaRole.LINK, "Midtvejsevaluering " + SLUG);
        assertThat(page).hasURL(url("/da/admin/assessments/" + SLUG + "/midterm"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("0 indsendt, 0 i gang, 2 mangler.");
        assertThat(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("1.2 Runde-initiativ 1.2"))).hasCount(0);
        check("round dashboard");

        click(AriaRole.LINK, "1.1 Runde-initiativ 1.1");
        assertThat(page).hasURL(url("/da/admin/assessments/" + SLUG + "/midterm/1.1"));
        Locator resultsDa = page.locator("#resultsDa");
        assertThat(resultsDa).hasValue("Gamle resultater 1.1.");
        assertThat(resultsDa).hasAttribute("lang", "da");
        assertThat(page.locator("#resultsEn")).hasAttribute("lang", "en");
        check("answer form, pre-filled");

        page.getByLabel("Væsentligt").uncheck(new Locator.UncheckOptions().setForce(true));
        page.evaluate("() => document.querySelectorAll('input[name=completion]').forEach(r => r.checked = false)");
        click(AriaRole.BUTTON, "Indsend");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Formularen indeholder fejl");
        assertThat(page.locator("#completion-error")).isVisible();
        check("answer form with an error");

        page.getByLabel("Væsentligt").check();
        resultsDa.fill("Datasættene er udvalgt og offentliggjort.");
        page.locator("#resultsEn").fill("The data sets are chosen and published.");
        click(AriaRole.BUTTON, "Gem som kladde");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Kladden er gemt");
        assertThat(resultsDa).hasValue("Datasættene er udvalgt og offentliggjort.");
        check("answer form, draft saved");

        click(AriaRole.BUTTON, "Indsend");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Besvarelsen er indsendt");
        check("answer form, submitted");

        page.navigate("/da/admin/assessments/" + SLUG + "/midterm");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("1 indsendt, 0 i gang, 1 mangler.");
        check("round dashboard after submitting");
    }

    @Test
    void publicReportPagesPassAxe() {
        for (String lang : List.of("da", "en")) {
            page.navigate("/" + lang + "/plans/2017-2019/assessments");
            check(lang + " list of rounds");
            page.navigate("/" + lang + "/plans/2017-2019/assessments/midterm");
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            check(lang + " midterm report 2017-2019");
        }
        page.navigate("/da/plans/" + SLUG + "/assessments/midterm");
        check("draft report of an open round");
    }

    private void click(AriaRole role, String name) {
        page.getByRole(AriaRole.MAIN).getByRole(role, new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void check(String what) {
        axe.check(page, what);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
