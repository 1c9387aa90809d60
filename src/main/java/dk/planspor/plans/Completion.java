package dk.planspor.plans;

import java.util.Locale;
import java.util.Optional;

/**
 * OGP completion levels (Gennemførelsesstatus): Ikke påbegyndt / Begrænset / Væsentligt / Afsluttet, and OGP's
 * "No evidence available" (Ingen dokumentation tilgængelig) for a commitment whose progress nobody can show.
 */
public enum Completion {
    NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETED, NO_EVIDENCE;

    /** The four levels of the self-assessment template's scale (the tick boxes), without "no evidence". */
    public static final java.util.List<Completion> SCALE = java.util.List.of(NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETED);

    /** The label OGP's commitments data sheet uses. */
    public String ogpLabel() {
        return switch (this) {
            case NOT_STARTED -> "Not Started";
            case LIMITED -> "Limited";
            case SUBSTANTIAL -> "Substantial";
            case COMPLETED -> "Complete";
            case NO_EVIDENCE -> "No Evidence Available";
        };
    }

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
        if (s.startsWith("no evidence") || s.startsWith("ingen dokumentation")) {
            return Optional.of(NO_EVIDENCE);
        }
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
