package dk.planspor.assessment;

import dk.planspor.plans.Completion;
import dk.planspor.platform.LocalizedText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An owner's answer for one commitment in an open round: completion, results, next steps (DA and EN)
 * and milestone statuses. Kept in the round until the coordinator freezes it; who saved it and when is
 * kept for the audit.
 */
@Entity
@Table(name = "assessment_answer")
public class RoundAnswer {

    public enum State { DRAFT, SUBMITTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long roundId;
    private String commitmentNumber;
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private State state;

    @Enumerated(EnumType.STRING)
    private Completion completion;

    @Embedded
    private LocalizedText results;

    @Embedded
    private LocalizedText nextSteps;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String milestoneStatuses;

    private Instant updatedAt;
    private String updatedBy;
    private Instant submittedAt;

    @Version
    private long version;

    protected RoundAnswer() {
    }

    RoundAnswer(long roundId, String commitmentNumber, Long organisationId) {
        this.roundId = roundId;
        this.commitmentNumber = commitmentNumber;
        this.organisationId = organisationId;
        this.state = State.DRAFT;
    }

    void fill(Completion newCompletion, LocalizedText newResults, LocalizedText newNextSteps, String statusesJson,
            boolean submit, Instant at, String by) {
        this.completion = newCompletion;
        this.results = newResults;
        this.nextSteps = newNextSteps;
        this.milestoneStatuses = statusesJson;
        this.updatedAt = at;
        this.updatedBy = by;
        if (submit) {
            this.state = State.SUBMITTED;
            this.submittedAt = at;
        }
    }

    public String commitmentNumber() {
        return commitmentNumber;
    }

    public State state() {
        return state;
    }

    public Completion completion() {
        return completion;
    }

    public LocalizedText results() {
        return LocalizedText.orEmpty(results);
    }

    public LocalizedText nextSteps() {
        return LocalizedText.orEmpty(nextSteps);
    }

    String milestoneStatusesJson() {
        return milestoneStatuses;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
