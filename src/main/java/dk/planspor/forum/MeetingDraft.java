package dk.planspor.forum;

import dk.planspor.platform.LocalizedText;
import java.time.Instant;

/** What the chair (or the seed) gives to schedule a meeting. */
public record MeetingDraft(LocalizedText title, LocalizedText description, Instant startsAt, Instant endsAt, String place,
        String onlineUrl, int capacity, Instant proposalCutoff) {

    public MeetingDraft {
        if (title == null || title.da() == null) {
            throw new IllegalArgumentException("A meeting needs a Danish title");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new ForumRefusal("forum.meeting.refused.endBeforeStart");
        }
        if (capacity < 1) {
            throw new ForumRefusal("forum.meeting.refused.capacity");
        }
        if ((place == null || place.isBlank()) && (onlineUrl == null || onlineUrl.isBlank())) {
            throw new ForumRefusal("forum.meeting.refused.noPlace");
        }
        if (onlineUrl != null && !onlineUrl.isBlank() && !onlineUrl.matches("(?i)https?://\\S+")) {
            throw new ForumRefusal("forum.meeting.refused.badLink");
        }
        description = description == null ? LocalizedText.of(null, null) : description;
    }
}
