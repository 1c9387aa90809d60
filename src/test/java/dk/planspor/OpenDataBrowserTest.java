package dk.planspor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The data page, the dashboards, the standards check and search in a real browser, Danish and English: axe-core (WCAG 2.1 A/AA) finds nothing, the
 * charts are named images, and the way from a plan to its dashboard is a link.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataBrowserTest {

    @LocalServerPort
    int port;

    private Browsers browsers;

    @BeforeAll
    void launch() {
        browsers = Browsers.launch();
    }

    @AfterAll
    void close() {
        if (browsers != null) {
            browsers.close();
        }
    }

    @ParameterizedTest(name = "[{0}] data page, record dashboard and the 2017-2019 dashboard")
    @ValueSource(strings = {"da", "en"})
    void openDataPagesAreAccessible(String lang) {
        try (BrowserContext context = browsers.newContext(port)) {
            Page page = context.newPage();
            page.navigate("/" + lang + "/data");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            Browsers.assertAccessible(page, "/" + lang + "/data");

            page.navigate("/" + lang + "/dashboards");
            assertThat(page.locator("table.planspor-record").first()).isVisible();
            Browsers.assertAccessible(page, "/" + lang + "/dashboards");

            page.navigate("/" + lang + "/plans/2017-2019");
            page.locator("a[href$='/plans/2017-2019/dashboard']").click();
            assertThat(page).hasURL("http://localhost:" + port + "/" + lang + "/plans/2017-2019/dashboard");
            assertThat(page.locator("svg[role=img]")).hasCount(2);
            Browsers.assertAccessible(page, "/" + lang + "/plans/2017-2019/dashboard");

            page.navigate("/" + lang + "/plans/2017-2019");
            page.locator("a[href$='/plans/2017-2019/standards']").click();
            assertThat(page.locator("table.planspor-standards tbody tr")).hasCount(7);
            Browsers.assertAccessible(page, "/" + lang + "/plans/2017-2019/standards");
        }
    }

    @ParameterizedTest(name = "[{0}] search from the menu, narrow by a facet")
    @ValueSource(strings = {"da", "en"})
    void searchWorksWithoutJavaScriptAndIsAccessible(String lang) {
        try (BrowserContext context = browsers.newContext(port)) {
            Page page = context.newPage();
            page.navigate("/" + lang + "/");
            page.locator("nav.planspor-nav a[href='/" + lang + "/search']").click();
            Browsers.assertAccessible(page, "/" + lang + "/search (empty)");
            page.locator("input#q").fill("da".equals(lang) ? "åbne data" : "open data");
            page.locator("form[role=search] button[type=submit]").click();
            assertThat(page.locator("ol.planspor-hits > li").first()).isVisible();
            assertThat(page.locator("ol.planspor-hits mark").first()).isVisible();
            Browsers.assertAccessible(page, "/" + lang + "/search?q=…");
            page.locator("nav.planspor-facets a[href*='type=milestone']").click();
            assertThat(page.locator("nav.planspor-facets a[aria-current=true]")).hasCount(1);
            assertThat(page.locator("ol.planspor-hits .planspor-hit__kind").first())
                    .hasText("da".equals(lang) ? "Milepæl" : "Milestone");
            Browsers.assertAccessible(page, "/" + lang + "/search?q=…&type=milestone");
        }
    }
}
