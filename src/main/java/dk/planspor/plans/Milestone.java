package dk.planspor.plans;

import dk.planspor.platform.LocalizedText;
import jakarta.persistence.Embedded;
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
 * A milestone with a verifiable deliverable. Dates keep the printed text (e.g. {@code 2. kvartal 2018})
 * and the interval derived from it by {@link FuzzyDate}; the status keeps its printed text and a
 * normalised value.
 */
@Entity
@Table(name = "milestone")
public class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "milestone_id")
    // the table's sequence, stepping 50 (migrations V2_5, V3_3): ids in blocks, inserts in JDBC batches
    @jakarta.persistence.SequenceGenerator(name = "milestone_id", sequenceName = "milestone_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id")
    private Commitment commitment;

    private int position;

    @Embedded
    private LocalizedText title;

    private String startText;
    private LocalDate startFrom;
    private LocalDate startTo;

    private String endText;
    private LocalDate endFrom;
    private LocalDate endTo;

    private String statusText;

    @Enumerated(EnumType.STRING)
    private MilestoneStatus status;

    protected Milestone() {
    }

    Milestone(Commitment commitment, int position, LocalizedText title, FuzzyDate start, FuzzyDate end, String statusText) {
        this.commitment = Objects.requireNonNull(commitment);
        this.position = position;
        this.title = Objects.requireNonNull(title);
        reschedule(start, end);
        updateStatus(statusText);
    }

    public void retitle(LocalizedText newTitle) {
        this.title = Objects.requireNonNull(newTitle);
    }

    public void reschedule(FuzzyDate start, FuzzyDate end) {
        FuzzyDate s = start == null ? FuzzyDate.parse("") : start;
        FuzzyDate e = end == null ? FuzzyDate.parse("") : end;
        this.startText = s.text();
        this.startFrom = s.from();
        this.startTo = s.to();
        this.endText = e.text();
        this.endFrom = e.from();
        this.endTo = e.to();
    }

    public void updateStatus(String printed) {
        this.statusText = printed == null || printed.isBlank() ? null : printed.strip();
        this.status = MilestoneStatus.fromPrinted(printed);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** Late: the end interval has passed and the milestone is not completed. */
    public boolean isLate(LocalDate today) {
        return endTo != null && endTo.isBefore(today) && !status.isDone();
    }

    public Long id() {
        return id;
    }

    public Commitment commitment() {
        return commitment;
    }

    public int position() {
        return position;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public FuzzyDate start() {
        return new FuzzyDate(startText == null ? "" : startText, startFrom, startTo);
    }

    public FuzzyDate end() {
        return new FuzzyDate(endText == null ? "" : endText, endFrom, endTo);
    }

    public String statusText() {
        return statusText;
    }

    public MilestoneStatus status() {
        return status;
    }
}
