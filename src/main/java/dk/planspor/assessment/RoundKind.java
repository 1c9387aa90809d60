package dk.planspor.assessment;

import java.util.Optional;

/** The two self-assessment rounds of a plan; {@link #slug()} is the URL segment. */
public enum RoundKind {
    MIDTERM("midterm"), FINAL("final");

    private final String slug;

    RoundKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "assessment.kind." + name();
    }

    public static Optional<RoundKind> fromSlug(String s) {
        for (RoundKind k : values()) {
            if (k.slug.equals(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** The kind of an imported document (MIDTERM_SELF_ASSESSMENT, END_OF_TERM_SELF_ASSESSMENT). */
    static Optional<RoundKind> ofImportKind(String kind) {
        if ("MIDTERM_SELF_ASSESSMENT".equals(kind)) {
            return Optional.of(MIDTERM);
        }
        if ("END_OF_TERM_SELF_ASSESSMENT".equals(kind)) {
            return Optional.of(FINAL);
        }
        return Optional.empty();
    }
}
