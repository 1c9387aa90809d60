package dk.planspor.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * The import document (DESIGN.md §4): what the importer read from one published plan or
 * self-assessment. Free-text fields hold the text with line-break hyphenation joined and whitespace
 * collapsed; paragraph breaks are kept as {@code \n\n}. Every source line ends up in a field or in
 * {@link #skipped()} with its reason; lines not understood are also listed in {@link #warnings()}.
 */
public record ImportDocument(Source source, PlanRef plan, List<Commitment> commitments,
        List<AdjustmentGroup> adjustments, List<String> warnings, List<SkippedLine> skipped) {

    /** The document that was read. {@code kind}: MIDTERM_SELF_ASSESSMENT, END_OF_TERM_SELF_ASSESSMENT or ACTION_PLAN. */
    public record Source(String file, String sha256, String kind, String language) {
    }

    public record PlanRef(String slug) {
    }

    /** One commitment with every field of the OGP template. {@code completion} is a Completion name or null. */
    public record Commitment(String number, String title, String period, String leadAgency, String problem,
            String description, String contribution, String relevance, String additionalInformation,
            String completion, String completionNote, String results, String nextSteps, List<Milestone> milestones,
            Contact contact, String otherGovernmentActors, String otherNonGovernmentActors) {
    }

    /** A milestone row: printed dates and status, plus the intervals read by FuzzyDate (null when no date). */
    public record Milestone(String title, String start, String end, String status, Interval startInterval,
            Interval endInterval) {
    }

    public record Interval(LocalDate from, LocalDate to) {
    }

    public record Contact(String agency, String name, String title, String email, String phone) {
    }

    /** The items of §2.1 "Justeringer af initiativer" for one commitment, one item per bullet. */
    public record AdjustmentGroup(String commitment, List<String> items) {
    }

    /**
     * A source line that is in no field, with why: PAGE_HEADER, LINK_ARTIFACT, FOOTER, LABEL, NARRATIVE (text
     * outside the commitments and the adjustments, such as the introduction) or NOT_UNDERSTOOD. Blank lines
     * are not listed.
     */
    public record SkippedLine(int line, String text, String reason) {
    }
}
