package dk.planspor.plans;

import dk.planspor.platform.LocalizedText;
import java.time.LocalDate;
import java.util.Map;

/** A coordinator's edit of a plan: title and summary in both languages, period, state, and theme titles by theme id. */
public record PlanEdit(LocalizedText title, LocalizedText summary, LocalDate periodFrom, LocalDate periodTo,
        PlanState state, Map<Long, LocalizedText> themeTitles) {
}
