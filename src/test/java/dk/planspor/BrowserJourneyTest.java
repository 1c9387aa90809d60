package dk.planspor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader's journey in a real browser (Debian's Chromium, driven by Playwright): front page → plan 2017-2019 →
 * commitment 1.1, in Danish and English, with axe-core (WCAG 2.1 A/AA) on every page, the language switch and the
 * skip link. The test fails, rather than skips, without Chromium: CI installs it, so its absence is a broken build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTest {

    /** The link text a reader looks for on the front page, and the plan page's heading. */
    private static final Map<String, String> PLAN_TITLE = Map.of(
            "da", "Danmarks handlingsplan for Open Government 2017-2019",
            "en", "Denmark's Open Government National Action Plan 2017-2019");

    private static final Map<String, String> SKIP_LINK = Map.of("da", "Gå til sidens indhold", "en", "Skip to main content");

    /** The language switch is named in the language it switches to. */
    private static final Map<String, String> LANGUAGE_SWITCH = Map.of("da", "English", "en", "Dansk");

    @LocalServerPort
    int port;

    private Browsers browsers;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    void launchBrowser() {
        browsers = Browsers.launch();
    }

    @AfterAll
    void closeBrowser() {
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

    @ParameterizedTest(name = "[{0}] front page → plan 2017-2019 → commitment 1.1")
    @ValueSource(strings = {"da", "en"})
    void readerFollowsLinksFromFrontPageToCommitment(String lang) {
        String front = "/" + lang + "/";
        String plan = "/" + lang + "/plans/2017-2019";
        String commitment = plan + "/commitments/1.1";

        page.navigate(front);
        checkPage(lang, front);

        // The timeline lists every plan; the reader clicks the one named after 2017-2019.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(PLAN_TITLE.get(lang)).setExact(true)).click();
        assertThat(page).hasURL(url(plan));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(PLAN_TITLE.get(lang));
        checkPage(lang, plan);

        // In the commitments table, the row numbered 1.1 links to the commitment.
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("1.1").setExact(true))));
        assertThat(row).hasCount(1);
        row.getByRole(AriaRole.LINK).click();
        assertThat(page).hasURL(url(commitment));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("1.1");
        checkPage(lang, commitment);
    }

    @ParameterizedTest(name = "[{0}] first Tab focuses the skip link")
    @ValueSource(strings = {"da", "en"})
    void firstTabFocusesTheSkipLinkToMainContent(String lang) {
        page.navigate("/" + lang + "/plans/2017-2019");
        page.keyboard().press("Tab");
        Locator focused = page.locator(":focus");
        assertThat(focused).hasAttribute("href", "#main-content");
        assertThat(focused).hasText(SKIP_LINK.get(lang));
        assertThat(focused).isInViewport();

        page.keyboard().press("Enter");
        assertThat(page.locator("main#main-content")).isFocused();
    }

    /** Language, accessibility and the way to the same page in the other language. */
    private void checkPage(String lang, String path) {
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        Browsers.assertAccessible(page, path);

        String other = "da".equals(lang) ? "en" : "da";
        String otherPath = "/" + other + path.substring(3);
        Locator languageSwitch = page.getByRole(AriaRole.BANNER).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(LANGUAGE_SWITCH.get(lang)).setExact(true));
        assertThat(languageSwitch).hasAttribute("hreflang", other);
        assertThat(languageSwitch).hasAttribute("lang", other);
        languageSwitch.click();
        assertThat(page).hasURL(url(otherPath));
        assertThat(page.locator("html")).hasAttribute("lang", other);
        page.goBack();
        assertThat(page).hasURL(url(path));
        assertThat(page.locator("html")).hasAttribute("lang", lang);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
