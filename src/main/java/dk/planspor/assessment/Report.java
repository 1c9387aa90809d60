package dk.planspor.assessment;

import dk.planspor.platform.Lang;

/**
 * A report to show: from the round's frozen snapshot, or (draft) from the live data of a round that is
 * still open.
 */
public record Report(AssessmentRound round, ReportSnapshot snapshot, boolean draft) {

    /** The summary sentence of chapter 3 in the seed's wording. */
    public String summary(Lang lang) {
        return SummaryWording.sentence(snapshot.completionCounts(), snapshot.commitments().size(), lang);
    }

    public String fileName(Lang lang, String extension) {
        return "planspor-" + snapshot.planSlug() + "-" + round.kind().slug() + "-" + lang.code() + "." + extension;
    }
}
