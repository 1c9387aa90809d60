package dk.planspor.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A self-assessment round of a plan: open (owners answer until the deadline) or frozen (its snapshot is
 * written once and never changed; the database refuses an update of it).
 */
@Entity
@Table(name = "assessment_round")
public class AssessmentRound {

    public enum State { OPEN, FROZEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String planSlug;

    @Enumerated(EnumType.STRING)
    private RoundKind kind;

    @Enumerated(EnumType.STRING)
    private State state;

    private LocalDate deadline;
    private Instant openedAt;
    private String openedBy;
    private Instant frozenAt;
    private String frozenBy;
    private String source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String snapshot;

    private Instant publishedAt;
    private String publishedBy;
    private String publishedLanguages;

    @Version
    private long version;

    protected AssessmentRound() {
    }

    AssessmentRound(String planSlug, RoundKind kind, LocalDate deadline, Instant openedAt, String openedBy) {
        this.planSlug = Objects.requireNonNull(planSlug);
        this.kind = Objects.requireNonNull(kind);
        this.deadline = deadline;
        this.openedAt = Objects.requireNonNull(openedAt);
        this.openedBy = Objects.requireNonNull(openedBy);
        this.state = State.OPEN;
    }

    void freeze(String snapshotJson, Instant at, String by, String sourceNote) {
        if (state == State.FROZEN) {
            throw new IllegalStateException("The round is frozen already");
        }
        this.snapshot = Objects.requireNonNull(snapshotJson);
        this.frozenAt = at;
        this.frozenBy = by;
        this.source = sourceNote;
        this.state = State.FROZEN;
    }

    void publish(Instant at, String by, String languages) {
        if (state != State.FROZEN) {
            throw new IllegalStateException("Only a frozen round can be published");
        }
        this.publishedAt = at;
        this.publishedBy = by;
        this.publishedLanguages = languages;
    }

    void moveDeadline(LocalDate newDeadline) {
        this.deadline = newDeadline;
    }

    public Long id() {
        return id;
    }

    public String planSlug() {
        return planSlug;
    }

    public RoundKind kind() {
        return kind;
    }

    public State state() {
        return state;
    }

    public boolean isFrozen() {
        return state == State.FROZEN;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant frozenAt() {
        return frozenAt;
    }

    /** The day the round was frozen, in Denmark. */
    public LocalDate frozenOn() {
        return frozenAt == null ? null : frozenAt.atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate();
    }

    public String frozenBy() {
        return frozenBy;
    }

    public String source() {
        return source;
    }

    String snapshotJson() {
        return snapshot;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedLanguages() {
        return publishedLanguages;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public long version() {
        return version;
    }
}
