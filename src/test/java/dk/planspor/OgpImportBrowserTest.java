package dk.planspor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import dk.planspor.identity.Accounts;
import dk.planspor.identity.Role;
import java.nio.charset.StandardCharsets;
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
 * The coordinator imports OGP's sheet in a real browser: the errors for a missing file and a bad member code, the
 * preview with its figures and the warning naming the bad row, the confirmation; then the imported commitment's page
 * with its OGP ID, policy areas and the IRM's findings beside the self-assessment. axe-core (WCAG 2.1 AA) on each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgpImportBrowserTest {

    private static final String COORDINATOR = "koordinator@ogp-browser.test";
    private static final String PASSWORD = "Browser-Adgang-Planspor-2026";
    private static final String SHEET = "Commitment Unique Identifier,Country/Locality,Action Plan Number,Commitment Number,Code,"
            + "Year Of Submission,Action Plan End Year,Commitment Title,Full Text,Lead Institution,Open Data,Right To Information,"
            + "OGP Value Access To Information,OGP Value Civic Participation,OGP Value Public Accountability,OGP Value Technology,"
            + "Verifiable,Completion (End Of Term),Action Plan ID\n"
            + "ZY0001,Zyland,1,1,ZZY,9851,9852,Open the archive,The archive will be opened.,Zyland Archives,1,1,1,0,0,0,Yes,Limited,AP_ZZY01\n"
            + "ZY0002,Zyland,1,2,ZZY,9851,9852,Broken codes,Text.,Zyland Archives,0,0,0,0,0,0,Maybe,ND,AP_ZZY01\n";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    private Browsers browsers;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    void launch() {
        accounts.create(COORDINATOR, "Kamma Koordinator", "digitaliseringsstyrelsen", EnumSet.of(Role.COORDINATOR), PASSWORD, "test");
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

    @Test
    void theCoordinatorPreviewsAndImportsOgpsSheet() {
        page.navigate("/da/login");
        page.getByLabel("E-mail", new Page.GetByLabelOptions().setExact(true)).fill(COORDINATOR);
        page.getByLabel("Adgangskode", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log ind")).click();
        page.navigate("/da/admin/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indlæs OGP's dataark over initiativer")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Indlæs OGP's dataark over initiativer");
        Browsers.assertAccessible(page, "OGP import form");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis ændringer")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Vælg en fil at indlæse.");
        Browsers.assertAccessible(page, "OGP import form with an error");

        FilePayload file = new FilePayload("zyland.csv", "text/csv", SHEET.getBytes(StandardCharsets.UTF_8));
        page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true)).setInputFiles(file);
        page.getByLabel("OGP-medlem (landekode)").fill("Z1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis ændringer")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Skriv medlemmets landekode med tre bogstaver");

        page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true)).setInputFiles(file);
        page.getByLabel("OGP-medlem (landekode)").fill("zzy");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vis ændringer")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Hvad dataarket ændrer");
        assertThat(page.locator("#ogp-import-summary tr:has(th:text-is('Nye initiativer')) td")).hasText("2");
        assertThat(page.locator("#ogp-import-summary tr:has(th:text-is('Nye handlingsplaner')) td")).hasText("1");
        assertThat(page.locator("#ogp-import-warnings")).containsText("row 3 (ZY0002): unknown code 'Maybe' in column 'Verifiable'");
        Browsers.assertAccessible(page, "OGP import preview");
        String previewUrl = page.url();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Indlæs og gem ændringerne")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Dataarket zyland.csv er indlæst.");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("1 nye handlingsplaner, 2 nye initiativer");
        Browsers.assertAccessible(page, "OGP import done");

        // the upload is forgotten once applied: its preview (and a second confirmation) finds nothing
        var again = page.navigate(previewUrl);
        org.assertj.core.api.Assertions.assertThat(again.status()).isEqualTo(404);

        page.navigate("/en/plans/9851-9852/commitments/1");
        assertThat(page.locator("main")).containsText("ZY0001");
        assertThat(page.locator("main")).containsText("Open Data");
        assertThat(page.locator("main")).containsText("Right To Information");
        assertThat(page.locator("#irm-completion")).containsText("Limited");
        Browsers.assertAccessible(page, "imported commitment (en)");
    }

    @ParameterizedTest(name = "[{0}] plan and commitment pages with the IRM's findings pass axe-core")
    @ValueSource(strings = {"da", "en"})
    void pagesWithTheIrmsFindingsAreAccessible(String lang) {
        for (String path : new String[] {"/plans/2017-2019", "/plans/2017-2019/commitments/1.5", "/plans/2019-2022",
                "/plans/2019-2022/commitments/3"}) {
            page.navigate("/" + lang + path);
            assertThat(page.locator("html")).hasAttribute("lang", lang);
            Browsers.assertAccessible(page, lang + path);
        }
    }
}
