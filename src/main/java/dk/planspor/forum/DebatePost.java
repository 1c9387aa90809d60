package dk.planspor.forum;

import java.time.Instant;

/**
 * A debate thread (with {@code title}) or a comment (title {@code null}). {@code bodyHtml} is already sanitised.
 * {@code reports} counts the reports since the last review.
 */
public record DebatePost(long id, Long threadId, String subject, String title, String bodyHtml, String authorName,
        Instant createdAt, boolean hidden, String reviewed, String reviewReason, int reports) {

    public java.time.ZonedDateTime created() {
        return createdAt.atZone(Meeting.ZONE);
    }

    public String kind() {
        return threadId == null ? "thread" : "comment";
    }
}
