package dk.planspor.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A subscriber follows one plan, commitment, consultation or the OGP network. */
@Entity
@Table(name = "follow")
public class Follow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "subscriber_id")
    private Subscriber subscriber;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    private SubjectKind subjectKind;
    @Column(name = "subject_key")
    private String subjectKey;
    @Column(name = "created_at")
    private Instant createdAt;

    protected Follow() {
    }

    Follow(Subscriber subscriber, SubjectKind kind, String key, Instant now) {
        this.subscriber = subscriber;
        this.subjectKind = kind;
        this.subjectKey = key;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public Subscriber subscriber() {
        return subscriber;
    }

    public SubjectKind subjectKind() {
        return subjectKind;
    }

    public String subjectKey() {
        return subjectKey;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
