package dk.planspor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The browser tests' shared setup: Debian's Chromium driven by Playwright (which never downloads a browser of its own),
 * and axe-core's WCAG 2.1 A/AA check with a failure message that lists every offending node. A missing Chromium fails
 * the test rather than skipping it: CI installs it, so its absence is a broken build.
 */
final class Browsers implements AutoCloseable {

    /** Headless Chromium as root in a closed network: no sandbox, no GPU, nothing that phones home. */
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final Playwright playwright;
    private final Browser browser;

    private Browsers(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts headless Chromium (system property planspor.chromium, default /usr/bin/chromium). */
    static Browsers launch() {
        Path chromium = Paths.get(System.getProperty("planspor.chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            fail("Chromium was not found at " + chromium + ". The browser tests drive the system Chromium "
                    + "(Playwright never downloads one): install it (Debian: apt-get install chromium) or point at it "
                    + "with mvn -Dchromium.path=/path/to/chromium (system property planspor.chromium).");
        }
        // Also set here, not only in Surefire, so an IDE run never tries to download browsers either.
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Browsers(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium).setHeadless(true).setArgs(CHROMIUM_ARGS)));
        } catch (PlaywrightException e) {
            playwright.close();
            throw new AssertionError("Chromium at " + chromium + " did not start: " + e.getMessage(), e);
        }
    }

    /** A fresh browser context (no cookies) against the application on {@code port}, 1280×900. */
    BrowserContext newContext(int port) {
        return newContext(port, true);
    }

    /** As {@link #newContext(int)}, optionally with JavaScript off: pages must work without it. */
    BrowserContext newContext(int port, boolean javaScript) {
        return browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setViewportSize(1280, 900).setJavaScriptEnabled(javaScript));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }

    /**
     * Ids that the page repeats, and references by id (label for, aria-describedby and the like) to nothing. axe-core
     * 4.11 checks neither as a violation: it dropped duplicate-id, and an aria-describedby whose ids are all missing is
     * only "needs review".
     */
    private static final String BROKEN_ID_REFERENCES = """
            () => {
              const problems = [];
              const counts = new Map();
              document.querySelectorAll('[id]').forEach(e => counts.set(e.id, (counts.get(e.id) || 0) + 1));
              counts.forEach((n, id) => { if (n > 1) problems.push(`id="${id}" is used ${n} times`); });
              const describe = e => `<${e.tagName.toLowerCase()}${e.name ? ` name="${e.name}"` : ''}>`;
              for (const attr of ['aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-errormessage', 'aria-owns']) {
                document.querySelectorAll(`[${attr}]`).forEach(e => e.getAttribute(attr).split(/\\s+/).filter(Boolean)
                    .filter(ref => !document.getElementById(ref))
                    .forEach(ref => problems.push(`${attr}="${ref}" on ${describe(e)} points to no element`)));
              }
              document.querySelectorAll('label[for]').forEach(l => {
                const target = document.getElementById(l.htmlFor);
                if (!target || !target.matches('input, select, textarea, button, meter, output, progress')) {
                  problems.push(`<label for="${l.htmlFor}"> points to no form field`);
                }
              });
              return problems;
            }""";

    /** axe-core with the WCAG 2.0/2.1 A and AA rules on the page as it is now; {@code what} names it in the message. */
    static void assertNoAxeViolations(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        assertTrue(!results.isErrored(), () -> "axe-core failed on " + what + ": " + results.getErrorMessage());
        assertTrue(!results.getPasses().isEmpty(), () -> "axe-core checked nothing on " + what);
        List<Rule> violations = results.getViolations();
        assertEquals(0, violations.size(), () -> describe(what, violations));
    }

    /** axe-core's WCAG 2.1 A/AA rules, and every id unique and every reference by id pointing to something. */
    static void assertAccessible(Page page, String what) {
        List<String> problems = new ArrayList<>();
        try {
            assertNoAxeViolations(page, what);
        } catch (AssertionError e) {
            problems.add(e.getMessage());
        }
        List<?> broken = (List<?>) page.evaluate(BROKEN_ID_REFERENCES);
        if (!broken.isEmpty()) {
            problems.add(broken.size() + " broken id(s) on " + what + ":\n  - "
                    + String.join("\n  - ", broken.stream().map(String::valueOf).toList()));
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    static String describe(String what, List<Rule> violations) {
        StringBuilder out = new StringBuilder(violations.size() + " axe-core violation(s) on " + what + ":\n");
        for (Rule rule : violations) {
            out.append("\n• ").append(rule.getId()).append(" [").append(rule.getImpact()).append("] ")
                    .append(rule.getHelp()).append("\n  ").append(rule.getHelpUrl()).append('\n');
            for (CheckedNode node : rule.getNodes()) {
                out.append("  - target ").append(node.getTarget()).append("\n    html   ").append(node.getHtml())
                        .append("\n    ").append(String.valueOf(node.getFailureSummary()).replace("\n", "\n    "))
                        .append('\n');
            }
        }
        return out.toString();
    }
}
