package dk.planspor.plans;

import java.util.Arrays;
import java.util.Optional;

/**
 * A coded finding of the IRM on one commitment, as a column of OGP's commitments data sheet. Each belongs to the
 * report that makes it: design (progress) or results (end of term). Values are kept as OGP writes them, {@code ND}
 * (no data) and {@code NR} (not reviewed) included.
 */
public enum IrmIndicator {
    SPECIFICITY(IrmReportKind.DESIGN, "Specificity"),
    VERIFIABLE(IrmReportKind.DESIGN, "Verifiable"),
    RELEVANT(IrmReportKind.DESIGN, "_Relevant"),
    POTENTIAL_IMPACT(IrmReportKind.DESIGN, "Potential Impact"),
    COMPLETION_MIDTERM(IrmReportKind.DESIGN, "Completion (Progress Report)"),
    STARRED_MIDTERM(IrmReportKind.DESIGN, "Starred (Current Formula) Progress Report"),
    POTENTIAL_FOR_RESULTS(IrmReportKind.DESIGN, "Potential for Results"),
    COMPLETION_END(IrmReportKind.RESULTS, "Completion (End Of Term)"),
    CHANGE_IN_COMPLETION(IrmReportKind.RESULTS, "Change In Completion"),
    EARLY_RESULTS(IrmReportKind.RESULTS, "Early Results"),
    OPEN_GOVERNMENT(IrmReportKind.RESULTS, "Did It Open Government (Overall)"),
    OPEN_GOVERNMENT_ACCESS_TO_INFORMATION(IrmReportKind.RESULTS, "Did It Open Government (Access To Information)"),
    OPEN_GOVERNMENT_CIVIC_PARTICIPATION(IrmReportKind.RESULTS, "Did It Open Government (Civic Participation)"),
    OPEN_GOVERNMENT_PUBLIC_ACCOUNTABILITY(IrmReportKind.RESULTS, "Did It Open Government: Public Accountability"),
    STARRED_END(IrmReportKind.RESULTS, "Starred (Current Formula) End of Term"),
    CARRIED_FORWARD(IrmReportKind.RESULTS, "Carried Forward");

    /** OGP's codes for "no data" and "not reviewed": kept, shown, never read as a finding. */
    public static final String NO_DATA = "ND";
    public static final String NOT_REVIEWED = "NR";

    private final IrmReportKind report;
    private final String sheetColumn;

    IrmIndicator(IrmReportKind report, String sheetColumn) {
        this.report = report;
        this.sheetColumn = sheetColumn;
    }

    public IrmReportKind report() {
        return report;
    }

    /** The header of the indicator's column in OGP's sheet. */
    public String sheetColumn() {
        return sheetColumn;
    }

    public String messageKey() {
        return "irm.indicator." + name();
    }

    public boolean isCompletion() {
        return this == COMPLETION_MIDTERM || this == COMPLETION_END;
    }

    public static Optional<IrmIndicator> byName(String name) {
        return Arrays.stream(values()).filter(i -> i.name().equals(name)).findFirst();
    }

    /** The values OGP's sheet uses for an indicator; anything else is an unknown code. */
    public java.util.Set<String> knownValues() {
        return switch (this) {
            case SPECIFICITY -> java.util.Set.of("None", "Low", "Medium", "High");
            case VERIFIABLE -> java.util.Set.of("Yes", "No");
            case RELEVANT, STARRED_MIDTERM, STARRED_END, CARRIED_FORWARD -> java.util.Set.of("0", "1", "NA");
            case POTENTIAL_IMPACT -> java.util.Set.of("None", "Minor", "Moderate", "Transformative");
            case COMPLETION_MIDTERM, COMPLETION_END -> java.util.Set.of("Not Started", "Limited", "Substantial",
                    "Complete", "Withdrawn", "Unclear", "NA", "No Evidence Available");
            case POTENTIAL_FOR_RESULTS -> java.util.Set.of("Unclear", "Modest", "Substantial");
            case CHANGE_IN_COMPLETION -> java.util.Set.of("No Change", "Increase", "Decrease", "NA");
            case EARLY_RESULTS -> java.util.Set.of("No notable results", "Moderate", "Significant");
            case OPEN_GOVERNMENT, OPEN_GOVERNMENT_ACCESS_TO_INFORMATION, OPEN_GOVERNMENT_CIVIC_PARTICIPATION,
                    OPEN_GOVERNMENT_PUBLIC_ACCOUNTABILITY -> java.util.Set.of("Worsens", "Did Not Change", "Marginal",
                    "Major", "Outstanding", "Not Applicable", "No early results to report yet");
        };
    }

    /**
     * The value as OGP writes it when {@code value} is one OGP uses for this indicator (letter case aside), or ND /
     * NR; empty for an unknown code.
     */
    public Optional<String> canonical(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.equalsIgnoreCase(NO_DATA) || v.equalsIgnoreCase(NOT_REVIEWED)) {
            return Optional.of(v.toUpperCase(java.util.Locale.ROOT));
        }
        return knownValues().stream().filter(k -> k.equalsIgnoreCase(v)).findFirst();
    }
}
