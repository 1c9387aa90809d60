package dk.planspor.plans;

import dk.planspor.identity.Organisation;
import dk.planspor.platform.LocalizedText;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A commitment (initiativ) of a plan, with every field of the OGP commitment template in Danish and
 * English, its milestones, contact and other actors.
 */
@Entity
@Table(name = "commitment")
public class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commitment_id")
    // the table's sequence, stepping 50 (migrations V2_5, V3_3): ids in blocks, inserts in JDBC batches
    @jakarta.persistence.SequenceGenerator(name = "commitment_id", sequenceName = "commitment_id_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "theme_id")
    private Theme theme;

    private String number;

    /** OGP's commitment ID (DK0054), when OGP has given one. */
    private String ogpId;

    private int sortKey;

    @Embedded
    private LocalizedText title;

    @Embedded
    private CommitmentTemplate template;

    private String periodText;
    private LocalDate periodFrom;
    private LocalDate periodTo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_agency_id")
    private Organisation leadAgency;

    @Enumerated(EnumType.STRING)
    private Completion completion;

    private String completionNote;

    @Embedded
    private LocalizedText results;

    @Embedded
    private LocalizedText nextSteps;

    @Embedded
    private Contact contact;

    @Embedded
    private LocalizedText otherGovernmentActors;

    @Embedded
    private LocalizedText otherNonGovernmentActors;

    @OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Milestone> milestones = new ArrayList<>();

    private java.time.Instant lastChangedAt;

    /** OGP's policy areas (codes of {@link PolicyArea}), in OGP's order. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @jakarta.persistence.Column(name = "policy_areas", columnDefinition = "text[]")
    private List<String> policyAreas = new ArrayList<>();

    /** OGP's values the commitment serves (names of {@link OgpValue}). */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
    @jakarta.persistence.Column(name = "ogp_values", columnDefinition = "text[]")
    private List<String> ogpValues = new ArrayList<>();

    @Version
    private long version;

    protected Commitment() {
    }

    public Commitment(Plan plan, Theme theme, String number, LocalizedText title, Organisation leadAgency) {
        this.plan = Objects.requireNonNull(plan);
        this.theme = theme;
        this.number = Objects.requireNonNull(number);
        this.sortKey = CommitmentNumber.sortKey(number);
        this.title = Objects.requireNonNull(title);
        this.leadAgency = leadAgency;
        this.template = CommitmentTemplate.EMPTY;
        this.results = LocalizedText.of(null, null);
        this.nextSteps = LocalizedText.of(null, null);
        this.otherGovernmentActors = LocalizedText.of(null, null);
        this.otherNonGovernmentActors = LocalizedText.of(null, null);
    }

    /** Places a commitment that has no theme in one (OGP's sheet names it). */
    void placeIn(Theme newTheme) {
        if (this.theme == null) {
            this.theme = newTheme;
        }
    }

    public void retitle(LocalizedText newTitle) {
        this.title = Objects.requireNonNull(newTitle);
    }

    public void describe(CommitmentTemplate newTemplate) {
        this.template = Objects.requireNonNull(newTemplate);
    }

    public void setPeriod(FuzzyDate period) {
        this.periodText = period == null || period.text().isEmpty() ? null : period.text();
        this.periodFrom = period == null ? null : period.from();
        this.periodTo = period == null ? null : period.to();
    }

    public void assignLeadAgency(Organisation agency) {
        this.leadAgency = agency;
    }

    public void recordCompletion(Completion newCompletion, String note) {
        this.completion = newCompletion;
        this.completionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public void report(LocalizedText newResults, LocalizedText newNextSteps) {
        this.results = Objects.requireNonNull(newResults);
        this.nextSteps = Objects.requireNonNull(newNextSteps);
    }

    public void setContact(Contact newContact) {
        this.contact = newContact;
    }

    public void setOtherActors(LocalizedText government, LocalizedText nonGovernment) {
        this.otherGovernmentActors = Objects.requireNonNull(government);
        this.otherNonGovernmentActors = Objects.requireNonNull(nonGovernment);
    }

    public Milestone addMilestone(LocalizedText milestoneTitle, FuzzyDate start, FuzzyDate end, String statusText) {
        Milestone m = new Milestone(this, milestones.size() + 1, milestoneTitle, start, end, statusText);
        milestones.add(m);
        return m;
    }

    public void removeMilestone(Milestone milestone) {
        milestones.remove(milestone);
        for (int i = 0; i < milestones.size(); i++) {
            milestones.get(i).moveTo(i + 1);
        }
    }

    /**
     * Takes in what a published document states about this commitment, in {@code lang}. A field that
     * was empty is filled without further ado; a field whose value differs is changed and reported,
     * so the caller can record the change as an adjustment with its reason.
     */
    public List<FieldChange> apply(CommitmentContent content, dk.planspor.platform.Lang lang, Organisation agency) {
        return new ContentMerge(this, lang).apply(content, agency);
    }

    /**
     * A staff edit: every field that differs is changed (also emptied) and reported, so the caller can
     * record the change as an adjustment with its reason.
     *
     * @throws UnreadableDateException when the period cannot be read
     */
    public List<FieldChange> edit(CommitmentEdit edit) {
        return CommitmentEditing.apply(this, edit);
    }

    /** Adds a milestone at the end; reported as a change. */
    public FieldChange addMilestone(MilestoneEdit e) {
        addMilestone(e.title(), FuzzyDate.parse(e.start()), FuzzyDate.parse(e.end()), e.status());
        return new FieldChange("milestone", null, label(e.title()));
    }

    /** Changes a milestone; reports each changed part. */
    public List<FieldChange> editMilestone(Milestone m, MilestoneEdit e) {
        List<FieldChange> changes = new java.util.ArrayList<>();
        String subject = "milestone[" + label(m.title()) + "]";
        for (dk.planspor.platform.Lang lang : dk.planspor.platform.Lang.values()) {
            String before = m.title().get(lang);
            String after = e.title() == null ? null : e.title().get(lang);
            if (!java.util.Objects.equals(before, after)) {
                changes.add(new FieldChange(subject + ".title." + lang.code(), before, after));
            }
        }
        FuzzyDate start = FuzzyDate.parse(e.start());
        FuzzyDate end = FuzzyDate.parse(e.end());
        if (!m.start().text().equals(start.text())) {
            changes.add(new FieldChange(subject + ".start", m.start().text(), start.text()));
        }
        if (!m.end().text().equals(end.text())) {
            changes.add(new FieldChange(subject + ".end", m.end().text(), end.text()));
        }
        String status = e.status() == null || e.status().isBlank() ? null : e.status().strip();
        if (!java.util.Objects.equals(m.statusText(), status)) {
            changes.add(new FieldChange(subject + ".status", m.statusText(), status));
        }
        m.retitle(e.title());
        m.reschedule(start, end);
        m.updateStatus(status);
        return changes;
    }

    /** Moves a milestone one place up (-1) or down (+1); reported as a change of its position. */
    public java.util.Optional<FieldChange> moveMilestone(Milestone m, int direction) {
        int from = milestones.indexOf(m);
        int to = from + Integer.signum(direction);
        if (from < 0 || to < 0 || to >= milestones.size()) {
            return java.util.Optional.empty();
        }
        java.util.Collections.swap(milestones, from, to);
        for (int i = 0; i < milestones.size(); i++) {
            milestones.get(i).moveTo(i + 1);
        }
        return java.util.Optional.of(new FieldChange("milestone[" + label(m.title()) + "].position",
                String.valueOf(from + 1), String.valueOf(to + 1)));
    }

    /** Removes a milestone; reported as a change. */
    public FieldChange dropMilestone(Milestone m) {
        removeMilestone(m);
        return new FieldChange("milestone", label(m.title()), null);
    }

    private static String label(LocalizedText t) {
        return t.da() != null ? t.da() : t.en();
    }

    /** Marks the commitment as changed, so its version moves on even when only milestones changed. */
    void touch() {
        this.lastChangedAt = java.time.Instant.now();
    }

    void setTitle(LocalizedText t) {
        this.title = t;
    }

    void setResults(LocalizedText r) {
        this.results = r;
    }

    void setNextSteps(LocalizedText n) {
        this.nextSteps = n;
    }

    void setOtherGovernmentActors(LocalizedText a) {
        this.otherGovernmentActors = a;
    }

    void setOtherNonGovernmentActors(LocalizedText a) {
        this.otherNonGovernmentActors = a;
    }

    List<Milestone> mutableMilestones() {
        return milestones;
    }

    /** Milestones that should have ended before {@code today} but are not completed. */
    public List<Milestone> lateMilestones(LocalDate today) {
        return milestones.stream().filter(m -> m.isLate(today)).toList();
    }

    public Long id() {
        return id;
    }

    public Plan plan() {
        return plan;
    }

    public Theme theme() {
        return theme;
    }

    public String number() {
        return number;
    }

    /** OGP's commitment ID (for example DK0054), or null when OGP has none for it (yet). */
    public String ogpId() {
        return ogpId;
    }

    /** Records the ID OGP gives the commitment (the bundled record, OGP's data sheet). */
    void identifyInOgp(String ogpId) {
        this.ogpId = ogpId == null || ogpId.isBlank() ? null : ogpId.strip();
    }

    /** OGP's policy areas of the commitment, in OGP's order. */
    public List<PolicyArea> policyAreas() {
        return PolicyArea.ordered(policyAreas).stream().map(c -> PolicyArea.byCode(c).orElseThrow()).toList();
    }

    /** The OGP values the commitment serves, in OGP's order. */
    public java.util.Set<OgpValue> ogpValues() {
        java.util.EnumSet<OgpValue> set = java.util.EnumSet.noneOf(OgpValue.class);
        ogpValues.forEach(v -> OgpValue.byName(v).ifPresent(set::add));
        return set;
    }

    /**
     * Classifies the commitment by OGP's policy areas and values (OGP's sheet, the bundled record). Codes that are
     * not OGP's are left out. Reports the change of each list, so the caller can record it with its reason.
     */
    public List<FieldChange> classify(java.util.Collection<String> areaCodes, java.util.Set<OgpValue> values) {
        List<FieldChange> changes = new ArrayList<>();
        List<String> areas = PolicyArea.ordered(new java.util.HashSet<>(areaCodes));
        List<String> before = PolicyArea.ordered(policyAreas);
        if (!areas.equals(before)) {
            changes.add(new FieldChange("policy_areas", before.isEmpty() ? null : String.join(", ", before),
                    areas.isEmpty() ? null : String.join(", ", areas)));
            this.policyAreas = new ArrayList<>(areas);
        }
        List<String> vs = values.stream().sorted().map(Enum::name).toList();
        List<String> vsBefore = ogpValues().stream().map(Enum::name).toList();
        if (!vs.equals(vsBefore)) {
            changes.add(new FieldChange("ogp_values", vsBefore.isEmpty() ? null : String.join(", ", vsBefore),
                    vs.isEmpty() ? null : String.join(", ", vs)));
            this.ogpValues = new ArrayList<>(vs);
        }
        if (!changes.isEmpty()) {
            touch();
        }
        return changes;
    }

    /** Gives the commitment OGP's ID; reported as a change when it differs. */
    java.util.Optional<FieldChange> identifyInOgpReported(String newId) {
        String before = ogpId;
        identifyInOgp(newId);
        return java.util.Objects.equals(before, ogpId) ? java.util.Optional.empty()
                : java.util.Optional.of(new FieldChange("ogp_id", before, ogpId));
    }

    public int sortKey() {
        return sortKey;
    }

    public LocalizedText title() {
        return LocalizedText.orEmpty(title);
    }

    public CommitmentTemplate template() {
        return template == null ? CommitmentTemplate.EMPTY : template;
    }

    public FuzzyDate period() {
        return new FuzzyDate(periodText == null ? "" : periodText, periodFrom, periodTo);
    }

    public Organisation leadAgency() {
        return leadAgency;
    }

    public Completion completion() {
        return completion;
    }

    public String completionNote() {
        return completionNote;
    }

    public LocalizedText results() {
        return LocalizedText.orEmpty(results);
    }

    public LocalizedText nextSteps() {
        return LocalizedText.orEmpty(nextSteps);
    }

    public Contact contact() {
        return contact;
    }

    public LocalizedText otherGovernmentActors() {
        return LocalizedText.orEmpty(otherGovernmentActors);
    }

    public LocalizedText otherNonGovernmentActors() {
        return LocalizedText.orEmpty(otherNonGovernmentActors);
    }

    public List<Milestone> milestones() {
        return Collections.unmodifiableList(milestones);
    }

    public long version() {
        return version;
    }
}
