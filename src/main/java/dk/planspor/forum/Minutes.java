package dk.planspor.forum;

import dk.planspor.platform.LocalizedText;
import java.time.Instant;
import java.util.List;

/** A meeting's published minutes: a summary, the decisions, and action items (each may name a commitment). */
public record Minutes(long meetingId, LocalizedText summary, Instant publishedAt, List<Item> decisions, List<Item> actions) {

    /** A decision or an action item; {@code planSlug}/{@code commitmentNumber} link an action to a commitment. */
    public record Item(LocalizedText text, String planSlug, String commitmentNumber, Long commitmentId) {
        public boolean linked() {
            return planSlug != null && commitmentNumber != null;
        }
    }
}
