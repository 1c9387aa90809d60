package dk.planspor.plans;

import dk.planspor.platform.Lang;
import java.util.Map;
import java.util.Optional;

/**
 * Extension point for the commitment page: another module (e.g. consultation, "came from these inputs") adds a
 * panel without plans depending on it. The page renders {@code ~{template :: fragment(model)}} for each panel.
 */
public interface CommitmentPagePanel {

    /** The panel for this commitment, or empty when the module has nothing to show. */
    Optional<Panel> panelFor(String planSlug, String number, Lang lang);

    /** A Thymeleaf fragment ({@code template :: fragment}) and the one argument it takes. */
    record Panel(String template, String fragment, Object model) {
        public Panel {
            if (!template.matches("[\\w/-]+") || !fragment.matches("\\w+")) {
                throw new IllegalArgumentException("Panel template and fragment must be plain names");
            }
        }

        public static Panel of(String template, String fragment, Map<String, Object> model) {
            return new Panel(template, fragment, model);
        }
    }
}
