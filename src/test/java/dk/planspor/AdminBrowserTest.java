package dk.planspor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dk.planspor.identity.Accounts;
import dk.planspor.identity.Role;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.EnumSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The staff flow in a real browser (Debian's Chromium, driven by Playwright): an agency editor of Rigsarkivet logs in,
 * clicks through to the milestones of 2017-2019 commitment 1.1, moves the first milestone's end date with a reason
 * (after meeting the inline errors for an unreadable date and a missing reason), logs out, and, as an anonymous
 * visitor, finds the change and the reason in the commitment's public history. axe-core (WCAG 2.1 A/AA) runs on every
 * page on the way, in both languages for the login page and the edit form. Screenshots go to /tmp/shots-admin.
 *
 * <p>The test changes the seed data that other tests read, so its Spring context (and database) is thrown away after it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminBrowserTest {

    private static final String EDITOR = "redaktoer@sa.test";
    private static final String PASSWORD = "Browser-Adgang-Planspor-2026";
    private static final String PLAN_TITLE_DA = "Danmarks handlingsplan for Open Government 2017-2019";
    private static final String NEW_END = "ultimo 2018";
    private static final String REASON = "Forsinket af leverandør (browsertest)";
    private static final Path SHOTS = Paths.get("/tmp/shots-admin");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    private Browsers browsers;
    private BrowserContext context;
    private Page page;
    private final AxeFindings axe = new AxeFindings();

    @BeforeAll
    void launchBrowserAndCreateEditor() {
        accounts.create(EDITOR, "Rita Redaktør", "rigsarkivet", EnumSet.of(Role.AGENCY_EDITOR), PASSWORD, "test");
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
        axe.clear();
        context = browsers.newContext(port);
        page = context.newPage();
    }

    /** Every page's axe-core violations, also when the journey broke off half-way. */
    @AfterEach
    void closeContextAndReportAxeViolations() {
        if (context != null) {
            context.close();
        }
        axe.assertNone();
    }

    @Test
    void editorMovesAMilestoneDateWithAReasonAndThePublicSeesItInTheHistory() {
        long started = System.nanoTime();
        logIn("da", "E-mail", "Adgangskode", "Log ind");
        assertThat(page).hasURL(url("/da/admin/"));
        check("admin start page");

        click(AriaRole.LINK, "Handlingsplaner og initiativer");
        assertThat(page).hasURL(url("/da/admin/plans"));
        check("admin plans list");

        click(AriaRole.LINK, PLAN_TITLE_DA);
        assertThat(page).hasURL(url("/da/admin/plans/2017-2019"));
        check("admin plan page");

        Locator row = commitmentRow("1.1");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Rediger").setExact(true)).click();
        assertThat(page).hasURL(url("/da/admin/plans/2017-2019/commitments/1.1"));
        assertThat(heading()).hasText("Rediger initiativ 1.1");
        check("commitment edit form");
        shot("commitment-edit");

        // Nothing is saved while the form has errors; the inline errors are tied to their fields.
        Locator period = page.getByLabel("Periode", new Page.GetByLabelOptions().setExact(true));
        period.fill("13. kvartal 2018");
        save("Gem ændringer");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Formularen indeholder fejl");
        assertThat(period).hasValue("13. kvartal 2018");
        assertThat(period).hasAccessibleDescription(Pattern.compile("„13. kvartal 2018“ kan ikke læses"));
        assertThat(reasonField()).hasAccessibleDescription(Pattern.compile("Skriv en begrundelse"));
        check("commitment edit form with errors");
        shot("commitment-edit-errors");

        click(AriaRole.LINK, "Milepæle");
        assertThat(page).hasURL(url("/da/admin/plans/2017-2019/commitments/1.1/milestones"));
        assertThat(heading()).hasText("Milepæle for initiativ 1.1");
        check("milestones page");
        shot("milestones");

        // Moving or removing a milestone needs a reason too; the error stands at that milestone.
        Locator first = page.locator(".planspor-milestone-admin > li").first();
        String title = first.locator("strong").innerText().strip();
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Flyt ned")).click();
        Locator moveReason = page.locator(".planspor-milestone-admin > li").first()
                .getByLabel("Begrundelse for at flytte eller fjerne milepælen");
        assertThat(moveReason).hasAccessibleDescription(title + " Skriv en begrundelse for ændringen. Den vises offentligt.");
        assertThat(page.locator(".planspor-milestone-admin > li").first().locator("strong")).hasText(title);
        check("milestones page with a reason missing");
        shot("milestones-errors");

        first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("^Rediger"))).click();
        assertThat(page).hasURL(Pattern.compile("/da/admin/plans/2017-2019/commitments/1\\.1/milestones/\\d+$"));
        assertThat(heading()).hasText("Rediger milepæl");
        check("milestone edit page");
        shot("milestone-edit");

        Locator end = page.getByLabel("Slutdato", new Page.GetByLabelOptions().setExact(true));
        String oldEnd = end.inputValue();
        end.fill("13. kvartal 2018");
        reasonField().fill(REASON);
        save("Gem ændringer");
        assertThat(end).hasValue("13. kvartal 2018");
        assertThat(end).hasAccessibleDescription(Pattern.compile("„13. kvartal 2018“ kan ikke læses"));
        assertThat(page.locator("#end-error")).isVisible();
        assertThat(reasonField()).hasValue(REASON);
        check("milestone edit page with a date error");
        shot("milestone-edit-errors");

        end.fill(NEW_END);
        reasonField().fill("");
        save("Gem ændringer");
        assertThat(end).hasValue(NEW_END);
        assertThat(page.locator("#reason-error")).isVisible();
        assertThat(reasonField()).hasAccessibleDescription(Pattern.compile("Skriv en begrundelse for ændringen"));

        reasonField().fill(REASON);
        save("Gem ændringer");
        assertThat(page).hasURL(url("/da/admin/plans/2017-2019/commitments/1.1/milestones"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Ændringerne er gemt");
        assertThat(page.locator(".planspor-milestone-admin > li").first()).containsText(NEW_END);
        check("milestones page after saving");

        page.getByRole(AriaRole.BANNER).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Log ud")).click();
        assertThat(page).hasURL(url("/da/?loggedOut"));
        assertThat(page.getByRole(AriaRole.BANNER).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Log ind").setExact(true))).isVisible();

        // An anonymous visitor reads why the milestone moved.
        page.navigate("/da/plans/2017-2019/commitments/1.1/history");
        Locator adjustment = page.locator("article.planspor-adjustment").filter(new Locator.FilterOptions().setHasText(REASON));
        assertThat(adjustment).hasCount(1);
        assertThat(adjustment.locator(".planspor-adjustment__reason")).hasText("Begrundelse: " + REASON);
        Locator change = adjustment.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("slutdato"));
        assertThat(change).hasCount(1);
        assertThat(change).containsText(title);
        assertThat(change.locator("del")).hasText(oldEnd);
        assertThat(change.locator("ins")).hasText(NEW_END);
        check("public history page");
        shot("history");
        System.out.printf("AdminBrowserTest: staff journey took %.1f s (old end date: %s)%n",
                (System.nanoTime() - started) / 1e9, oldEnd);
    }

    @Test
    void englishLoginPageAndEditFormPassAxe() {
        logIn("en", "Email", "Password", "Log in");
        assertThat(page).hasURL(url("/en/admin/"));
        page.navigate("/en/admin/plans/2017-2019/commitments/1.1");
        assertThat(heading()).hasText("Edit commitment 1.1");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        check("English commitment edit form");
        shot("en-commitment-edit");
    }

    @Test
    void passwordPagesPassAxeWithTheirErrors() {
        page.navigate("/en/login");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Forgot your password?")).click();
        assertThat(heading()).hasText("Forgot your password");
        save("Send link");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Give a valid email address");
        check("forgot password page with an error");
        page.navigate("/en/login/reset?token=unknown");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("The link is unknown, already used or expired.");
        check("reset page with an unknown link");

        logIn("en", "Email", "Password", "Log in");
        page.navigate("/en/account/password");
        page.getByLabel("Current password").fill("not-the-password");
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("Ny-Adgangskode-Til-Planspor");
        page.getByLabel("Repeat the new password").fill("Ny-Adgangskode-Til-Planspor");
        save("Change password");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("The current password is wrong.");
        check("change password page with an error");
    }

    private void logIn(String lang, String userLabel, String passwordLabel, String submit) {
        page.navigate("/" + lang + "/login");
        assertThat(page.locator("html")).hasAttribute("lang", lang);
        check(lang + " login page");
        shot(lang + "-login");
        page.getByLabel(userLabel, new Page.GetByLabelOptions().setExact(true)).fill(EDITOR);
        page.getByLabel(passwordLabel, new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        save(submit);
    }

    private Locator commitmentRow(String number) {
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(number).setExact(true))));
        assertThat(row).hasCount(1);
        return row;
    }

    private void click(AriaRole role, String name) {
        page.getByRole(AriaRole.MAIN).getByRole(role, new Locator.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private void save(String button) {
        click(AriaRole.BUTTON, button);
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private Locator reasonField() {
        return page.getByLabel("Begrundelse for ændringen", new Page.GetByLabelOptions().setExact(true));
    }

    /** axe-core on the page as it is now; violations are collected so that one run reports every page's. */
    private void check(String what) {
        axe.check(page, what);
    }


    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
