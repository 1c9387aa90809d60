package dk.planspor.assessment.admin;

import dk.planspor.assessment.AnswerInput;
import dk.planspor.assessment.AnswerSheet;
import dk.planspor.plans.Completion;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** An owner's answer form: completion, results and next steps in DA and EN side by side, milestone statuses. */
record AnswerForm(Completion completion, @Size(max = 20000) String resultsDa, @Size(max = 20000) String resultsEn,
        @Size(max = 20000) String nextStepsDa, @Size(max = 20000) String nextStepsEn, List<@Size(max = 500) String> milestoneStatuses) {

    static AnswerForm of(AnswerSheet s) {
        List<String> statuses = new ArrayList<>();
        s.milestones().forEach(m -> statuses.add(m.status()));
        return new AnswerForm(s.completion(), s.results().da(), s.results().en(), s.nextSteps().da(), s.nextSteps().en(),
                statuses);
    }

    AnswerInput toInput() {
        return new AnswerInput(completion, resultsDa, resultsEn, nextStepsDa, nextStepsEn,
                milestoneStatuses == null ? List.of() : milestoneStatuses);
    }
}
