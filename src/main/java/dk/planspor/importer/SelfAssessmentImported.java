package dk.planspor.importer;

import java.time.Instant;

/**
 * A self-assessment (midterm or end-of-term evaluation) was stored. {@code kind} is the import
 * document's kind: MIDTERM_SELF_ASSESSMENT or END_OF_TERM_SELF_ASSESSMENT. The assessment module
 * records it as a completed, frozen round.
 */
public record SelfAssessmentImported(String planSlug, String kind, String file, String sha256, String language,
        Instant at) {

    /** Whether the document is a self-assessment (and not an action plan). */
    public static boolean isSelfAssessment(String kind) {
        return "MIDTERM_SELF_ASSESSMENT".equals(kind) || "END_OF_TERM_SELF_ASSESSMENT".equals(kind);
    }
}
