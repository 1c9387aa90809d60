package dk.planspor.plans;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** One coded indicator of one commitment in one IRM report, its value as OGP writes it. */
@Entity
@Table(name = "irm_finding")
public class IrmFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "irm_finding_seq")
    @jakarta.persistence.SequenceGenerator(name = "irm_finding_seq", sequenceName = "irm_finding_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private IrmReport report;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id")
    private Commitment commitment;

    @Enumerated(EnumType.STRING)
    private IrmIndicator indicator;

    private String value;

    protected IrmFinding() {
    }

    IrmFinding(IrmReport report, Commitment commitment, IrmIndicator indicator, String value) {
        this.report = Objects.requireNonNull(report);
        this.commitment = Objects.requireNonNull(commitment);
        this.indicator = Objects.requireNonNull(indicator);
        this.value = Objects.requireNonNull(value);
    }

    void revise(String newValue) {
        this.value = Objects.requireNonNull(newValue);
    }

    public IrmReport report() {
        return report;
    }

    public Commitment commitment() {
        return commitment;
    }

    public IrmIndicator indicator() {
        return indicator;
    }

    public String value() {
        return value;
    }

    /** The key of the value's label, {@code irm.value.<slug>} (the value itself is shown where no label exists). */
    public String valueKey() {
        return "irm.value." + value.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** False for ND (no data) and NR (not reviewed). */
    public boolean isFinding() {
        return !IrmIndicator.NO_DATA.equals(value) && !IrmIndicator.NOT_REVIEWED.equals(value);
    }

    /** The IRM's completion as the government's scale reads it, when this is a completion finding. */
    public java.util.Optional<Completion> completion() {
        if (!indicator.isCompletion()) {
            return java.util.Optional.empty();
        }
        return switch (value) {
            case "Not Started" -> java.util.Optional.of(Completion.NOT_STARTED);
            case "Limited" -> java.util.Optional.of(Completion.LIMITED);
            case "Substantial" -> java.util.Optional.of(Completion.SUBSTANTIAL);
            case "Complete" -> java.util.Optional.of(Completion.COMPLETED);
            case "No Evidence Available" -> java.util.Optional.of(Completion.NO_EVIDENCE);
            default -> java.util.Optional.empty();
        };
    }
}
