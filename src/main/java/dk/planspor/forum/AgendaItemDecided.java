package dk.planspor.forum;

import dk.planspor.platform.PublicContentChanged;

/** The chair decided on a proposed agenda item; the proposer is told by e-mail. */
public record AgendaItemDecided(long itemId, long meetingId, String meetingTitle, String itemTitle, AgendaStatus status,
        String reason, String proposerEmail, String proposerName, String lang) implements PublicContentChanged {
}
