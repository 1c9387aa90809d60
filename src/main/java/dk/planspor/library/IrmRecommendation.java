package dk.planspor.library;

import dk.planspor.platform.LocalizedText;
import java.util.List;

/**
 * A recommendation of the IRM (OGP's Independent Reporting Mechanism) from the evaluation of {@code sourcePlan}, and
 * the government's response in {@code planSlug}'s documents, with a status and the commitments that take it up.
 */
public record IrmRecommendation(long id, String planSlug, String sourcePlan, int number, LocalizedText text,
        LocalizedText response, Status status, List<String> commitments) {

    public enum Status {
        ADDRESSED_IN_PLAN, ADDRESSED_OUTSIDE_PLAN, PLANNED, NOT_ADDRESSED;

        public String messageKey() {
            return "library.irm.status." + name();
        }
    }
}
