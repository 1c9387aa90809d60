package dk.planspor.plans;

/** Thrown by {@link FuzzyDate#parse(String)} when a non-blank text cannot be read as a date. */
public final class UnreadableDateException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String text;

    public UnreadableDateException(String text) {
        super("Unreadable date: '" + text + "'");
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
