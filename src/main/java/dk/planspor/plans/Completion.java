package dk.planspor.plans;

import java.util.Locale;
import java.util.Optional;

/**
 * OGP completion levels (Gennemførelsesstatus): Ikke påbegyndt / Begrænset / Væsentligt / Afsluttet.
 */
public enum Completion {
    NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETED;

    /** The message key of the label, e.g. {@code completion.LIMITED}. */
    public String messageKey() {
        return "completion." + name();
    }

    /** Reads the printed Danish or English label ("Begrænset", "Substantial", …). */
    public static Optional<Completion> fromPrinted(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String s = printed.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("ikke påbegyndt") || s.startsWith("not started")) {
            return Optional.of(NOT_STARTED);
        }
        if (s.startsWith("begrænset") || s.startsWith("limited")) {
            return Optional.of(LIMITED);
        }
        if (s.startsWith("væsentlig") || s.startsWith("substantial")) {
            return Optional.of(SUBSTANTIAL);
        }
        if (s.startsWith("afsluttet") || s.startsWith("completed") || s.startsWith("complete")
                || s.startsWith("gennemført")) {
            return Optional.of(COMPLETED);
        }
        return Optional.empty();
    }
}
