package dk.planspor.plans;

import dk.planspor.platform.Lang;
import dk.planspor.platform.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plans module's facade: read Denmark's action plans, their themes, commitments and milestones. */
@Service
@Transactional(readOnly = true)
public class PlanCatalog {

    private final PlanRepository plans;
    private final ThemeRepository themes;
    private final CommitmentRepository commitments;
    private final Clock clock;
    private final PlanImports imports;
    private final DenmarkRecordLoader record;
    private final CommitmentEditor editor;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final OgpSheetImport ogpSheet;

    PlanCatalog(PlanRepository plans, ThemeRepository themes, CommitmentRepository commitments, Clock clock,
            PlanImports imports, DenmarkRecordLoader record, CommitmentEditor editor,
            org.springframework.context.ApplicationEventPublisher events, OgpSheetImport ogpSheet) {
        this.events = events;
        this.ogpSheet = ogpSheet;
        this.editor = editor;
        this.record = record;
        this.plans = plans;
        this.themes = themes;
        this.commitments = commitments;
        this.clock = clock;
        this.imports = imports;
    }

    /**
     * Makes sure Denmark's record (plans, themes, commitments named by the sources) is loaded; it is
     * loaded on first start anyway. Modules that build on it at start-up call this first.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void ensureDenmarkRecord() {
        record.ensureLoaded();
    }

    /** Creates a plan, or returns the existing plan with that slug unchanged. */
    @Transactional
    public Plan definePlan(String slug, dk.planspor.platform.LocalizedText title, LocalDate from, LocalDate to,
            PlanState state) {
        return plans.findBySlug(slug).orElseGet(() -> plans.save(new Plan(slug, 0, title, from, to, state)));
    }

    /**
     * Fills or updates a plan's commitments from what a published document states in {@code lang}.
     * Empty fields are filled; each changed field is published as a {@link CommitmentAdjusted} with the
     * reason (for imports: the source document). Applying the same content twice changes nothing.
     *
     * @throws IllegalArgumentException when the plan does not exist
     */
    @Transactional
    public ImportApplied applyImport(String planSlug, Lang lang, List<CommitmentContent> contents, String reason,
            String source, String author) {
        return imports.apply(planSlug, lang, contents, reason, source, author);
    }

    /**
     * What {@link #applyImport} would change, computed by applying it in a transaction that is rolled
     * back: nothing is written, nothing is published outside that transaction.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public ImportApplied previewImport(String planSlug, Lang lang, List<CommitmentContent> contents, String reason,
            String source, String author) {
        ImportApplied result = imports.apply(planSlug, lang, contents, reason, source, author);
        org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return result;
    }

    /**
     * Creates or updates plans and commitments from rows of OGP's commitments data sheet; each change is published as
     * an adjustment with {@code reason} (naming the file). Rows that cannot be taken are skipped with a warning.
     */
    @Transactional
    public OgpSheetApplied applyOgpSheet(List<OgpSheetRow> rows, String reason, String source, String author) {
        return ogpSheet.apply(rows, reason, source, author);
    }

    /** What {@link #applyOgpSheet} would do, in a transaction that is rolled back: nothing is written. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public OgpSheetApplied previewOgpSheet(List<OgpSheetRow> rows, String reason, String source, String author) {
        OgpSheetApplied result = ogpSheet.apply(rows, reason, source, author);
        org.springframework.transaction.interceptor.TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return result;
    }

    /** What an import of OGP's sheet did (or would do). */
    public record OgpSheetApplied(int plansCreated, int created, int updated, int unchanged, int skipped,
            int changedFields, List<String> warnings) {
    }

    /** What an import did: commitments created, and the adjustments published. */
    public record ImportApplied(String planSlug, int created, List<CommitmentAdjusted> adjustments) {
        public int changedFields() {
            return adjustments.stream().mapToInt(a -> a.changes().size()).sum();
        }
    }

    /** All plans, newest first, each with its number of commitments. */
    public List<PlanSummary> plans() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : plans.countCommitmentsPerPlan()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return plans.findAllByOrderByPeriodFromDesc().stream()
                .map(p -> new PlanSummary(p, counts.getOrDefault(p.id(), 0L)))
                .toList();
    }

    /** The plan in force today, otherwise the most recent one. */
    public Optional<Plan> currentPlan() {
        LocalDate today = today();
        List<Plan> all = plans.findAllByOrderByPeriodFromDesc();
        return all.stream().filter(p -> p.runsOn(today)).findFirst()
                .or(() -> all.stream().filter(p -> !p.periodFrom().isAfter(today)).findFirst())
                .or(() -> all.stream().findFirst());
    }

    public Optional<Plan> findPlan(String slug) {
        return plans.findBySlug(slug);
    }

    public PlanOverview overview(String slug) {
        Plan plan = plans.findBySlug(slug).orElseThrow(() -> new NotFoundException("error.planNotFound", slug));
        return new PlanOverview(plan, themes.findByPlanOrderByNumber(plan), commitments.findForPlan(plan));
    }

    /**
     * The overviews of these plans, in the order given, read with one query for all their commitments and one for
     * their themes (milestones load in batches when used): an export of the whole record reads plans in chunks.
     */
    public List<PlanOverview> overviews(List<Plan> chunk) {
        Map<Long, List<Commitment>> byPlan = new HashMap<>();
        commitments.findForPlans(chunk).forEach(c -> byPlan.computeIfAbsent(c.plan().id(), k -> new java.util.ArrayList<>()).add(c));
        Map<Long, List<Theme>> themesByPlan = new HashMap<>();
        themes.findForPlans(chunk).forEach(t -> themesByPlan.computeIfAbsent(t.plan().id(), k -> new java.util.ArrayList<>()).add(t));
        return chunk.stream().map(p -> new PlanOverview(p, themesByPlan.getOrDefault(p.id(), List.of()),
                byPlan.getOrDefault(p.id(), List.of()))).toList();
    }

    /** A commitment with its plan, theme, lead agency and milestones loaded. */
    public Commitment commitment(String slug, String number) {
        return commitments.findFull(slug, number)
                .orElseThrow(() -> plans.findBySlug(slug).isPresent()
                        ? new NotFoundException("error.commitmentNotFound", number, slug)
                        : new NotFoundException("error.planNotFound", slug));
    }

    /**
     * A commitment loaded for editing by {@code user}.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the user may not edit it
     */
    public Commitment commitmentForEditing(String slug, String number, dk.planspor.identity.PlansporUser user) {
        return editor.forEditing(slug, number, user);
    }

    /**
     * Saves a staff edit of a commitment with its reason. Each changed field becomes part of one
     * adjustment. {@code expectedVersion} is the version the form was loaded with.
     *
     * @throws ConcurrentEditException when someone saved the commitment in between
     * @throws org.springframework.security.access.AccessDeniedException when the user may not edit it
     * @throws UnreadableDateException when a date cannot be read
     */
    @Transactional
    public List<FieldChange> editCommitment(String slug, String number, long expectedVersion, CommitmentEdit edit,
            String reason, dk.planspor.identity.PlansporUser user) {
        return editor.change(slug, number, expectedVersion, reason, user, c -> c.edit(edit));
    }

    @Transactional
    public List<FieldChange> addMilestone(String slug, String number, long expectedVersion, MilestoneEdit edit,
            String reason, dk.planspor.identity.PlansporUser user) {
        return editor.change(slug, number, expectedVersion, reason, user, c -> List.of(c.addMilestone(edit)));
    }

    @Transactional
    public List<FieldChange> editMilestone(String slug, String number, long expectedVersion, long milestoneId,
            MilestoneEdit edit, String reason, dk.planspor.identity.PlansporUser user) {
        return editor.change(slug, number, expectedVersion, reason, user, c -> c.editMilestone(milestone(c, milestoneId), edit));
    }

    @Transactional
    public List<FieldChange> moveMilestone(String slug, String number, long expectedVersion, long milestoneId,
            int direction, String reason, dk.planspor.identity.PlansporUser user) {
        return editor.change(slug, number, expectedVersion, reason, user,
                c -> c.moveMilestone(milestone(c, milestoneId), direction).map(List::of).orElse(List.of()));
    }

    @Transactional
    public List<FieldChange> removeMilestone(String slug, String number, long expectedVersion, long milestoneId,
            String reason, dk.planspor.identity.PlansporUser user) {
        return editor.change(slug, number, expectedVersion, reason, user, c -> List.of(c.dropMilestone(milestone(c, milestoneId))));
    }

    private static Milestone milestone(Commitment c, long id) {
        return c.milestones().stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new dk.planspor.platform.NotFoundException("error.milestoneNotFound", id));
    }

    /**
     * The coordinator edits a plan and its theme titles, with a reason; the change is published as a
     * {@link PlanAdjusted} and recorded with the plan's adjustments.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the user is the coordinator
     * @throws ConcurrentEditException when someone saved the plan in between
     */
    @Transactional
    public List<FieldChange> editPlan(String slug, long expectedVersion, PlanEdit edit, String reason,
            dk.planspor.identity.PlansporUser user) {
        if (user == null || !user.isCoordinator()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the coordinator edits plans");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A change needs a reason");
        }
        Plan plan = plans.findBySlug(slug).orElseThrow(() -> new NotFoundException("error.planNotFound", slug));
        if (plan.version() != expectedVersion) {
            throw new ConcurrentEditException(plan.version());
        }
        List<FieldChange> changes = new java.util.ArrayList<>(plan.edit(edit));
        for (Theme theme : themes.findByPlanOrderByNumber(plan)) {
            var title = edit.themeTitles().get(theme.id());
            if (title == null) {
                continue;
            }
            for (Lang lang : Lang.values()) {
                if (!java.util.Objects.equals(theme.title().get(lang), title.get(lang))) {
                    changes.add(new FieldChange("theme[" + theme.number() + "].title." + lang.code(),
                            theme.title().get(lang), title.get(lang)));
                }
            }
            theme.retitle(title);
        }
        if (!changes.isEmpty()) {
            plans.saveAndFlush(plan);
            events.publishEvent(new PlanAdjusted(slug, List.copyOf(changes), reason.strip(),
                    user.displayName(), user.organisationName(), clock.instant(), user.getUsername()));
        }
        return changes;
    }

    /**
     * Classifies a commitment by OGP (its OGP ID, policy areas and values), as a staff edit with a reason.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the user may edit the commitment
     * @throws ConcurrentEditException when someone saved the commitment in between
     */
    @Transactional
    public List<FieldChange> classifyCommitment(String slug, String number, long expectedVersion, String ogpId,
            java.util.Collection<String> policyAreas, java.util.Set<OgpValue> values, String reason,
            dk.planspor.identity.PlansporUser user) {
        return editor.change(slug, number, expectedVersion, reason, user, c -> {
            List<FieldChange> changes = new java.util.ArrayList<>();
            c.identifyInOgpReported(ogpId == null || ogpId.isBlank() ? null : ogpId.strip().toUpperCase(java.util.Locale.ROOT))
                    .ifPresent(changes::add);
            changes.addAll(c.classify(policyAreas, values));
            return changes;
        });
    }

    /** The themes of a plan, in order. */
    public List<Theme> themesOf(Plan plan) {
        return themes.findByPlanOrderByNumber(plan);
    }

    /** The id of a commitment, if the plan has one with that number. */
    public Optional<Long> findCommitmentId(String slug, String number) {
        return commitments.findIdByPlanSlugAndNumber(slug, number);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A plan in the plans list. */
    public record PlanSummary(Plan plan, long commitmentCount) {
    }

    /** A plan with its themes and all its commitments (theme and lead agency loaded). */
    public record PlanOverview(Plan plan, List<Theme> themes, List<Commitment> commitments) {

        public List<Commitment> commitmentsOf(Theme theme) {
            return commitments.stream().filter(c -> c.theme() != null && Objects.equals(c.theme().id(), theme.id())).toList();
        }

        /** Commitments that the sources do not place under a theme. */
        public List<Commitment> withoutTheme() {
            return commitments.stream().filter(c -> c.theme() == null).toList();
        }

        /** How many commitments have each completion; commitments with none are counted under {@code null}-free key absent. */
        public Map<Completion, Long> completionCounts() {
            Map<Completion, Long> counts = new EnumMap<>(Completion.class);
            for (Completion c : Completion.SCALE) {
                counts.put(c, 0L);
            }
            // "No evidence available" is counted only where some commitment has it.
            commitments.stream().map(Commitment::completion).filter(Objects::nonNull)
                    .forEach(c -> counts.merge(c, 1L, Long::sum));
            return counts;
        }

        /** How many of the plan's commitments OGP's sheet (or the coordinator) tags with each policy area; only areas in use. */
        public Map<PolicyArea, Long> policyAreaCounts() {
            Map<PolicyArea, Long> counts = new java.util.LinkedHashMap<>();
            for (PolicyArea area : PolicyArea.all()) {
                long n = commitments.stream().filter(c -> c.policyAreas().contains(area)).count();
                if (n > 0) {
                    counts.put(area, n);
                }
            }
            return counts;
        }

        /** How many commitments serve each OGP value. */
        public Map<OgpValue, Long> ogpValueCounts() {
            Map<OgpValue, Long> counts = new EnumMap<>(OgpValue.class);
            for (OgpValue v : OgpValue.values()) {
                counts.put(v, commitments.stream().filter(c -> c.ogpValues().contains(v)).count());
            }
            return counts;
        }

        public long withoutCompletion() {
            return commitments.stream().filter(c -> c.completion() == null).count();
        }

        public List<Commitment> sorted() {
            return commitments.stream().sorted(Comparator.comparingInt(Commitment::sortKey)).toList();
        }
    }
}
