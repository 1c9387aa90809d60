package dk.planspor.plans;

import dk.planspor.platform.LocalizedText;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** A national action plan for a period, e.g. {@code 2017-2019}. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_id")
    // the table's sequence, stepping 50 (migrations V2_5, V3_3): ids in blocks, inserts in JDBC batches
    @jakarta.persistence.SequenceGenerator(name = "plan_id", sequenceName = "plan_id_seq", allocationSize = 50)
    private Long id;

    private String slug;

    private int ordinal;

    /** OGP's action plan ID (AP_DNK01), when known. */
    private String ogpActionPlanId;

    @Embedded
    private LocalizedText title;

    @Embedded
    private LocalizedText summary;

    private LocalDate periodFrom;

    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    private PlanState state;

    @Version
    private long version;

    protected Plan() {
    }

    public Plan(String slug, int ordinal, LocalizedText title, LocalDate periodFrom, LocalDate periodTo, PlanState state) {
        this.slug = Objects.requireNonNull(slug);
        this.ordinal = ordinal;
        this.title = Objects.requireNonNull(title);
        this.summary = LocalizedText.of(null, null);
        this.state = Objects.requireNonNull(state);
        setPeriod(periodFrom, periodTo);
    }

    public void describe(LocalizedText newTitle, LocalizedText newSummary) {
        this.title = Objects.requireNonNull(newTitle);
        this.summary = newSummary == null ? LocalizedText.of(null, null) : newSummary;
    }

    public void setPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A plan period needs a start and an end after it");
        }
        this.periodFrom = from;
        this.periodTo = to;
    }

    public void moveTo(PlanState newState) {
        this.state = Objects.requireNonNull(newState);
    }

    /** Applies a coordinator's edit; reports each changed field. */
    java.util.List<FieldChange> edit(PlanEdit e) {
        java.util.List<FieldChange> changes = new java.util.ArrayList<>();
        for (dk.planspor.platform.Lang lang : dk.planspor.platform.Lang.values()) {
            diff(changes, "title." + lang.code(), title().get(lang), e.title().get(lang));
            diff(changes, "summary." + lang.code(), summary().get(lang), e.summary().get(lang));
        }
        diff(changes, "periodFrom", String.valueOf(periodFrom), String.valueOf(e.periodFrom()));
        diff(changes, "periodTo", String.valueOf(periodTo), String.valueOf(e.periodTo()));
        diff(changes, "state", state.name(), e.state().name());
        describe(e.title(), e.summary());
        setPeriod(e.periodFrom(), e.periodTo());
        moveTo(e.state());
        return changes;
    }

    private static void diff(java.util.List<FieldChange> changes, String field, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    /** Whether the plan is in force on the given day. */
    public boolean runsOn(LocalDate day) {
        return !day.isBefore(periodFrom) && !day.isAfter(periodTo);
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public int ordinal() {
        return ordinal;
    }

    /** OGP's action plan ID (for example AP_DNK01), or null when not known. */
    public String ogpActionPlanId() {
        return ogpActionPlanId;
    }

    void identifyInOgp(String actionPlanId) {
        this.ogpActionPlanId = actionPlanId == null || actionPlanId.isBlank() ? null : actionPlanId.strip();
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public LocalizedText summary() {
        return LocalizedText.orEmpty(summary);
    }

    public LocalDate periodFrom() {
        return periodFrom;
    }

    public LocalDate periodTo() {
        return periodTo;
    }

    public PlanState state() {
        return state;
    }

    public long version() {
        return version;
    }
}
