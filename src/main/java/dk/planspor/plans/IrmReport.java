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
import java.time.LocalDate;
import java.util.Objects;

/**
 * One report of OGP's Independent Reporting Mechanism on a plan, with the figures it states for the whole plan.
 * Its per-commitment codings are {@link IrmFinding}s. What the IRM found stands beside the government's own
 * self-assessment and never changes it.
 */
@Entity
@Table(name = "irm_report")
public class IrmReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "irm_report_id")
    // the table's sequence, stepping 50 (migrations V2_5, V3_3): ids in blocks, inserts in JDBC batches
    @jakarta.persistence.SequenceGenerator(name = "irm_report_id", sequenceName = "irm_report_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Enumerated(EnumType.STRING)
    private IrmReportKind kind;

    private String name;
    private LocalDate publishedOn;
    private Integer publicationYear;
    private String url;
    private Integer commitmentsAssessed;
    private Integer complete;
    private Integer substantialOrComplete;
    private Integer starred;
    private Integer relevant;
    private Integer transformative;
    private String publicInfluence;
    private String source;

    protected IrmReport() {
    }

    public IrmReport(Plan plan, IrmReportKind kind, String name) {
        this.plan = Objects.requireNonNull(plan);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
    }

    /** What the report says of the plan as a whole; null where it says nothing (or we do not know it). */
    public record Figures(Integer commitmentsAssessed, Integer complete, Integer substantialOrComplete,
            Integer starred, Integer relevant, Integer transformative, String publicInfluence) {
        public static final Figures NONE = new Figures(null, null, null, null, null, null, null);
    }

    void publish(LocalDate on, Integer year, String address) {
        this.publishedOn = on;
        this.publicationYear = year != null ? year : on == null ? null : on.getYear();
        this.url = address == null || address.isBlank() ? null : address.strip();
    }

    void state(Figures f, String sourceNote) {
        this.commitmentsAssessed = f.commitmentsAssessed();
        this.complete = f.complete();
        this.substantialOrComplete = f.substantialOrComplete();
        this.starred = f.starred();
        this.relevant = f.relevant();
        this.transformative = f.transformative();
        this.publicInfluence = f.publicInfluence();
        this.source = sourceNote;
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public IrmReportKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Integer publicationYear() {
        return publicationYear;
    }

    public String url() {
        return url;
    }

    public String source() {
        return source;
    }

    public Figures figures() {
        return new Figures(commitmentsAssessed, complete, substantialOrComplete, starred, relevant, transformative,
                publicInfluence);
    }
}
