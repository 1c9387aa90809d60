package dk.planspor.forum;

import dk.planspor.platform.LocalizedText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A meeting of the OGP network. Times are instants; pages and calendars show them in Europe/Copenhagen. {@code sequence}
 * counts the chair's changes (iCalendar's SEQUENCE); a cancelled meeting keeps its page, with the reason.
 */
public record Meeting(long id, LocalizedText title, LocalizedText description, Instant startsAt, Instant endsAt,
        String place, String onlineUrl, int capacity, Instant proposalCutoff, int registered, int sequence,
        Instant cancelledAt, String cancelReason) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** What a change can touch, as named in the audit, the mails and the message keys {@code forum.meeting.field.*}. */
    public enum Field {
        TITLE, DESCRIPTION, TIME, PLACE, ONLINE, CAPACITY, CUTOFF;

        public String messageKey() {
            return "forum.meeting.field." + name().toLowerCase();
        }
    }

    public ZonedDateTime start() {
        return startsAt.atZone(ZONE);
    }

    public ZonedDateTime end() {
        return endsAt.atZone(ZONE);
    }

    public ZonedDateTime cutoff() {
        return proposalCutoff.atZone(ZONE);
    }

    public int seatsLeft() {
        return Math.max(0, capacity - registered);
    }

    public boolean isFull() {
        return registered >= capacity;
    }

    public boolean isOver(Instant now) {
        return !endsAt.isAfter(now);
    }

    public boolean cancelled() {
        return cancelledAt != null;
    }

    /** Held: it has ended and was not cancelled. Only held meetings count for OGP's standards. */
    public boolean isHeld(Instant now) {
        return isOver(now) && !cancelled();
    }

    public boolean acceptsProposals(Instant now) {
        return !cancelled() && now.isBefore(proposalCutoff);
    }

    /**
     * Which fields {@code draft} changes. The chair may not cut the seats below the participants already registered:
     * someone would lose a seat they were given.
     *
     * @throws ForumRefusal when the meeting is cancelled, or the seats would not hold those registered
     */
    public List<Field> changesTo(MeetingDraft draft) {
        if (cancelled()) {
            throw new ForumRefusal("forum.meeting.refused.cancelled");
        }
        if (draft.capacity() < registered) {
            throw new ForumRefusal("forum.meeting.refused.belowRegistered");
        }
        List<Field> changed = new ArrayList<>();
        if (!same(title, draft.title())) {
            changed.add(Field.TITLE);
        }
        if (!same(description, draft.description())) {
            changed.add(Field.DESCRIPTION);
        }
        if (!startsAt.equals(draft.startsAt()) || !endsAt.equals(draft.endsAt())) {
            changed.add(Field.TIME);
        }
        if (!Objects.equals(place, draft.place())) {
            changed.add(Field.PLACE);
        }
        if (!Objects.equals(onlineUrl, draft.onlineUrl())) {
            changed.add(Field.ONLINE);
        }
        if (capacity != draft.capacity()) {
            changed.add(Field.CAPACITY);
        }
        if (!proposalCutoff.equals(draft.proposalCutoff())) {
            changed.add(Field.CUTOFF);
        }
        return changed;
    }

    /**
     * Whether the meeting may be cancelled now: not twice, and not once it has taken place (its record stays).
     *
     * @throws ForumRefusal when it has already ended
     * @return false when it is already cancelled (a second submit changes nothing)
     */
    public boolean mayCancel(Instant now) {
        if (cancelled()) {
            return false;
        }
        if (isOver(now)) {
            throw new ForumRefusal("forum.meeting.refused.cancelOver");
        }
        return true;
    }

    private static boolean same(LocalizedText a, LocalizedText b) {
        return Objects.equals(blank(a.da()), blank(b.da())) && Objects.equals(blank(a.en()), blank(b.en()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
