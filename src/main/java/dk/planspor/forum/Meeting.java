package dk.planspor.forum;

import dk.planspor.platform.LocalizedText;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A meeting of the OGP network. Times are instants; pages and calendars show them in Europe/Copenhagen. */
public record Meeting(long id, LocalizedText title, LocalizedText description, Instant startsAt, Instant endsAt,
        String place, String onlineUrl, int capacity, Instant proposalCutoff, int registered) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

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

    public boolean acceptsProposals(Instant now) {
        return now.isBefore(proposalCutoff);
    }
}
