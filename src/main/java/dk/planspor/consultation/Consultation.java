package dk.planspor.consultation;

import dk.planspor.platform.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A consultation (høring) with its høringsliste ({@code invitees}) and documents. Times are instants; pages show
 * them in Europe/Copenhagen. {@code timelinePublishedAt} is when the co-creation timeline was published;
 * {@code overrideReason} is set when it was opened with less than 14 days' notice.
 */
public record Consultation(long id, String slug, ConsultationKind kind, LocalizedText title, LocalizedText description,
        Instant opensAt, Instant deadline, boolean published, Instant timelinePublishedAt, Instant openedAt,
        String overrideReason, boolean acceptLate, String contactName, String contactEmail, String planSlug,
        String reportUrl, long version, List<String> invitees, List<Document> documents) {

    /** OGP Co-Creation Standards: the timeline is public at least two weeks before co-creation starts. */
    public static final Duration NOTICE = Duration.ofDays(14);

    public record Document(String title, String url) {
    }

    public ConsultationState state(Instant now) {
        if (!published) {
            return ConsultationState.DRAFT;
        }
        if (now.isBefore(opensAt)) {
            return ConsultationState.UPCOMING;
        }
        return now.isBefore(deadline) ? ConsultationState.OPEN : ConsultationState.CLOSED;
    }

    /** Whether a response sent at {@code now} is taken, and whether it is late. */
    public boolean accepts(Instant now) {
        ConsultationState s = state(now);
        return s == ConsultationState.OPEN || (s == ConsultationState.CLOSED && acceptLate);
    }

    /** Whether opening at {@code opensAt} keeps the 14-day notice (only co-creation consultations need it). */
    public boolean noticeKept() {
        if (kind != ConsultationKind.CO_CREATION) {
            return true;
        }
        return timelinePublishedAt != null && !opensAt.isBefore(timelinePublishedAt.plus(NOTICE));
    }

    /** Days between publication of the timeline and the opening, or null when no timeline was published. */
    public Long noticeDays() {
        return timelinePublishedAt == null ? null : Duration.between(timelinePublishedAt, opensAt).toDays();
    }
}
