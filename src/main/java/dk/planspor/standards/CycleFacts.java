package dk.planspor.standards;

import java.time.LocalDate;
import java.util.List;

/**
 * What the platform knows about one plan cycle, gathered from the other modules. The requirements are judged from
 * this alone, so crafted facts test every requirement both ways.
 *
 * @param reference the day the cycle is judged on: today, or the plan's last day for a finished plan
 */
public record CycleFacts(String planSlug, LocalDate periodFrom, LocalDate periodTo, LocalDate reference,
        List<Meeting> meetings, Link rulesPage, Link site, LocalDate repositoryUpdated, Link repository,
        List<CoCreation> coCreations) {

    /** A page or file that shows something, for the evidence list. */
    public record Link(String label, String path) {
    }

    /** A forum meeting that has taken place (or is planned), and whether it dealt with implementation. */
    public record Meeting(LocalDate date, boolean implementation, Link link) {
    }

    /**
     * A co-creation consultation of the plan: when its timeline was published, when it opened, whether the 14-day
     * rule was overridden (and why), whether it took input online, and how many inputs have a disposition.
     */
    public record CoCreation(Link link, LocalDate timelinePublished, LocalDate opened, String overrideReason,
            boolean onlineSubmission, long inputs, long inputsWithDisposition) {
    }
}
