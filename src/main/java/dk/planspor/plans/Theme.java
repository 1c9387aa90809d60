package dk.planspor.plans;

import dk.planspor.platform.LocalizedText;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/** A theme of a plan; it groups commitments numbered {@code <theme>.<n>}. */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "theme_id")
    // the table's sequence, stepping 50 (migrations V2_5, V3_3): ids in blocks, inserts in JDBC batches
    @jakarta.persistence.SequenceGenerator(name = "theme_id", sequenceName = "theme_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    private int number;

    @Embedded
    private LocalizedText title;

    protected Theme() {
    }

    public Theme(Plan plan, int number, LocalizedText title) {
        this.plan = Objects.requireNonNull(plan);
        this.number = number;
        this.title = Objects.requireNonNull(title);
    }

    public void retitle(LocalizedText newTitle) {
        this.title = Objects.requireNonNull(newTitle);
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public int number() {
        return number;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }
}
