package dk.planspor.assessment;

import dk.planspor.assessment.ReportSnapshot.MilestoneEntry;
import dk.planspor.plans.Completion;
import java.time.LocalDate;
import java.util.List;

/**
 * What an owner sees for one commitment in an open round: the answer so far, or the current data of the
 * commitment as a pre-filled starting point, with DA and EN side by side.
 */
public record AnswerSheet(String planSlug, RoundKind kind, LocalDate deadline, String number, Txt title, Txt leadAgency,
        Completion completion, Txt results, Txt nextSteps, List<MilestoneEntry> milestones, RoundAnswer.State state,
        String updatedBy) {
}
