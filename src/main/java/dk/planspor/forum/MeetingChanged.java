package dk.planspor.forum;

import dk.planspor.platform.LocalizedText;
import dk.planspor.platform.PublicContentChanged;
import java.time.Instant;
import java.util.List;

/**
 * The chair changed a meeting or cancelled it ({@code changed} is empty then), with a reason. Carries the meeting as it
 * now is and the participants registered at that moment, who are told by e-mail when the meeting is still ahead
 * ({@code upcoming}); followers of the network are told too.
 */
public record MeetingChanged(long meetingId, int sequence, LocalizedText title, boolean cancelled, List<Meeting.Field> changed,
        String reason, Instant startsAt, Instant endsAt, String place, String onlineUrl, boolean upcoming,
        List<Participant> participants) implements PublicContentChanged {

    /** A registered participant: the account's e-mail address, name, and the language they registered in. */
    public record Participant(String email, String name, String lang) {
    }

    static MeetingChanged of(Meeting m, List<Meeting.Field> changed, String reason, Instant now, List<Participant> participants) {
        return new MeetingChanged(m.id(), m.sequence(), m.title(), m.cancelled(), List.copyOf(changed), reason, m.startsAt(),
                m.endsAt(), m.place(), m.onlineUrl(), !m.isOver(now), List.copyOf(participants));
    }
}
