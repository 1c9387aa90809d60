package dk.planspor.plans;

import dk.planspor.platform.LocalizedText;

/** A staff edit of a milestone: title in both languages, printed start and end, printed status. */
public record MilestoneEdit(LocalizedText title, String start, String end, String status) {
}
