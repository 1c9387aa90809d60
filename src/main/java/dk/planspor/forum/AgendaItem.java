package dk.planspor.forum;

import java.time.Instant;

/** An item proposed for a meeting's agenda, and the chair's decision on it. */
public record AgendaItem(long id, long meetingId, String title, String description, String proposerName,
        Instant proposedAt, AgendaStatus status, String decisionReason, String decidedBy, Instant decidedAt) {
}
