package dk.planspor.assessment;

import dk.planspor.assessment.ReportSnapshot.CommitmentEntry;
import dk.planspor.assessment.ReportSnapshot.MilestoneEntry;
import dk.planspor.plans.Completion;
import java.util.ArrayList;
import java.util.List;

/** An owner's submitted answer laid over the live data of a commitment when a round is frozen. */
record AnswerOverlay(Completion completion, Txt results, Txt nextSteps, List<String> milestoneStatuses) {

    CommitmentEntry applyTo(CommitmentEntry c) {
        List<MilestoneEntry> milestones = new ArrayList<>(c.milestones());
        for (int i = 0; i < milestones.size() && milestoneStatuses != null && i < milestoneStatuses.size(); i++) {
            MilestoneEntry m = milestones.get(i);
            String status = milestoneStatuses.get(i);
            milestones.set(i, new MilestoneEntry(m.title(), m.start(), m.end(),
                    status == null || status.isBlank() ? m.status() : status.strip()));
        }
        return new CommitmentEntry(c.number(), c.theme(), c.title(), c.period(), c.leadAgency(), c.problem(),
                c.description(), c.contribution(), c.relevance(), c.additionalInformation(),
                completion == null ? c.completion() : completion, c.completionNote(),
                results == null || results.blank() ? c.results() : results,
                nextSteps == null || nextSteps.blank() ? c.nextSteps() : nextSteps, List.copyOf(milestones),
                c.contact(), c.otherGovernmentActors(), c.otherNonGovernmentActors());
    }
}
