package dk.planspor.plans;

import java.util.Locale;

/**
 * The normalised status of a milestone. The printed status is kept as well: in the seed documents it
 * is often free text over several lines.
 */
public enum MilestoneStatus {
    NOT_STARTED, IN_PROGRESS, LIMITED, SUBSTANTIAL, COMPLETED, UNKNOWN;

    public String messageKey() {
        return "milestoneStatus." + name();
    }

    public boolean isDone() {
        return this == COMPLETED;
    }

    /** Normalises a printed status such as "Afsluttet", "I gang", "Væsentlig" or free text. */
    public static MilestoneStatus fromPrinted(String printed) {
        if (printed == null || printed.isBlank()) {
            return UNKNOWN;
        }
        String s = printed.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("ikke påbegyndt") || s.startsWith("ikke igangsat") || s.startsWith("not started")) {
            return NOT_STARTED;
        }
        if (s.startsWith("afsluttet") || s.startsWith("gennemført") || s.startsWith("færdig")
                || s.startsWith("completed") || s.startsWith("complete") || s.startsWith("done")) {
            return COMPLETED;
        }
        if (s.startsWith("væsentlig") || s.startsWith("substantial")) {
            return SUBSTANTIAL;
        }
        if (s.startsWith("begrænset") || s.startsWith("limited")) {
            return LIMITED;
        }
        if (s.startsWith("i gang") || s.startsWith("igangsat") || s.startsWith("påbegyndt")
                || s.startsWith("in progress") || s.startsWith("ongoing") || s.startsWith("løbende")) {
            return IN_PROGRESS;
        }
        return UNKNOWN;
    }
}
