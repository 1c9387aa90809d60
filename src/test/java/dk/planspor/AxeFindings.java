package dk.planspor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core violations collected over a browser journey, so that one run reports every page's, also when the journey
 * broke off half-way: {@link #check} after each step, {@link #assertNone} when the test's context closes.
 */
final class AxeFindings {

    private final List<String> failures = new ArrayList<>();

    /** axe-core (WCAG 2.1 AA) on the page as it is now. */
    void check(Page page, String what) {
        try {
            Browsers.assertAccessible(page, what + " (" + page.url() + ")");
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    void clear() {
        failures.clear();
    }

    void assertNone() {
        assertTrue(failures.isEmpty(), () -> String.join("\n\n", failures));
    }
}
