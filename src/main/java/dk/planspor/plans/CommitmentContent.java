package dk.planspor.plans;

import java.util.List;

/**
 * The content of one commitment as a published document states it, in one language. Used to fill or
 * update commitments from an import. Null fields are "not stated" and leave the current value alone.
 */
public record CommitmentContent(String number, String title, String period, String leadAgency, String problem,
        String description, String contribution, String relevance, String additionalInformation,
        Completion completion, String completionNote, String results, String nextSteps,
        List<MilestoneContent> milestones, Contact contact, String otherGovernmentActors,
        String otherNonGovernmentActors) {

    public record MilestoneContent(String title, String start, String end, String status) {
    }
}
