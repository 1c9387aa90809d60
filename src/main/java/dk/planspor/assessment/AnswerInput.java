package dk.planspor.assessment;

import dk.planspor.plans.Completion;
import java.util.List;

/** An owner's answer as typed: completion, results and next steps in DA and EN, a status per milestone. */
public record AnswerInput(Completion completion, String resultsDa, String resultsEn, String nextStepsDa,
        String nextStepsEn, List<String> milestoneStatuses) {
}
