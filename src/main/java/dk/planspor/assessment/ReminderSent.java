package dk.planspor.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder mail that was sent: one per (round, recipient, kind), so none is sent twice. */
@Entity
@Table(name = "assessment_reminder")
class ReminderSent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long roundId;
    private String recipient;
    private String kind;
    private Instant sentAt;

    protected ReminderSent() {
    }

    ReminderSent(long roundId, String recipient, String kind, Instant sentAt) {
        this.roundId = roundId;
        this.recipient = recipient;
        this.kind = kind;
        this.sentAt = sentAt;
    }
}
