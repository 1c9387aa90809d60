package dk.planspor.plans;

import java.util.Map;
import java.util.Set;

/**
 * One commitment as a row of OGP's commitments data sheet states it, read and checked by the importer. Texts are
 * English (OGP's sheet is OGP's English record). Null is "not stated" and leaves Planspor's value alone.
 *
 * @param row the row's line in the file (the header is row 1), named in every warning
 * @param member the member's code (OGP's "Code" column, ISO 3166 alpha-3)
 * @param content the commitment's texts, dates and milestones, in English
 * @param findings the IRM's codings present in the row, as OGP writes them
 */
public record OgpSheetRow(int row, String member, String ogpId, String actionPlanId, Integer actionPlanNumber, Integer submissionYear,
        Integer endYear, String memberName, String theme, CommitmentContent content, Set<String> policyAreas,
        Set<OgpValue> values, Map<IrmIndicator, String> findings, Integer designReportYear, Integer resultsReportYear) {

    /** "row 17 (DK0018)", as warnings name a row. */
    public String label() {
        return "row " + row + (ogpId == null ? "" : " (" + ogpId + ")");
    }
}
