package dk.planspor.plans;

import dk.planspor.identity.Organisation;
import dk.planspor.identity.OrganisationDirectory;
import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The use case behind {@link PlanCatalog#applyOgpSheet}: create or update plans (by OGP action plan ID, else by
 * number) and commitments (by OGP ID, else by plan and number) from rows of OGP's commitments data sheet. Every
 * change is published with the reason (the file), so it becomes an adjustment; a row that changes nothing publishes
 * nothing, so importing the same file twice changes nothing the second time.
 */
@Component
class OgpSheetImport {

    private final PlanRepository plans;
    private final ThemeRepository themes;
    private final CommitmentRepository commitments;
    private final OrganisationDirectory organisations;
    private final IrmRecord irm;
    private final IrmRepository reports;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String ownMember;
    private final jakarta.persistence.EntityManager entities;

    /** Rows per flush of the persistence context. */
    static final int BATCH = 250;

    OgpSheetImport(PlanRepository plans, ThemeRepository themes, CommitmentRepository commitments,
            OrganisationDirectory organisations, IrmRecord irm, IrmRepository reports, ApplicationEventPublisher events,
            Clock clock, @org.springframework.beans.factory.annotation.Value("${planspor.ogp.member}") String ownMember,
            jakarta.persistence.EntityManager entities) {
        this.entities = entities;
        this.ownMember = ownMember.strip().toUpperCase(Locale.ROOT);
        this.plans = plans;
        this.themes = themes;
        this.commitments = commitments;
        this.organisations = organisations;
        this.irm = irm;
        this.reports = reports;
        this.events = events;
        this.clock = clock;
    }

    PlanCatalog.OgpSheetApplied apply(List<OgpSheetRow> rows, String reason, String source, String author) {
        Run run = new Run(reason, source, author, clock.instant(), organisations.registrar());
        plans.findAll().forEach(p -> {
            run.know(p, ownMember);
            run.slugs.add(p.slug());
        });
        List<String> ids = rows.stream().map(OgpSheetRow::ogpId).filter(Objects::nonNull).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            commitments.findKeysByOgpIdIn(ids.subList(i, Math.min(ids.size(), i + 1000))).forEach(k -> run.byOgpId
                    .put((String) k[0], new Known((Long) k[1], (String) k[2], (String) k[3])));
        }
        int n = 0;
        // No flush before each query: the import's queries read what is in the database already (or what an IDENTITY
        // insert wrote at once); a commitment a file names twice is flushed before its second row. Without this,
        // every lookup dirty-checked the whole persistence context and the import grew quadratic.
        jakarta.persistence.FlushModeType mode = entities.getFlushMode();
        entities.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        try {
        for (OgpSheetRow row : rows) {
            try {
                applyRow(run, row);
            } catch (IllegalArgumentException e) {
                run.warnings.add(row.label() + ": " + e.getMessage());
                run.skipped++;
            }
            if (++n % BATCH == 0) {
                // A sheet of thousands of rows: write what is done and let the persistence context go, so memory
                // stays flat. The entities in the run's maps are used as references only from here on.
                run.publishAdjustments();
                entities.flush();
                entities.clear();
                run.managed.clear();
            }
        }
        run.publishAdjustments();
        entities.flush();
        } finally {
            entities.setFlushMode(mode);
        }
        run.written.forEach((slug, numbers) -> events.publishEvent(new CommitmentsImported(slug, List.copyOf(numbers))));
        return new PlanCatalog.OgpSheetApplied(run.plansCreated, run.created, run.updated, run.unchanged, run.skipped,
                run.changedFields, List.copyOf(run.warnings));
    }

    private void applyRow(Run run, OgpSheetRow row) {
        String number = row.content().number();
        if (row.ogpId() == null && number == null) {
            throw new IllegalArgumentException("no OGP commitment ID and no commitment number: skipped");
        }
        Known known = row.ogpId() == null ? null : run.byOgpId.get(row.ogpId());
        Commitment commitment = null;
        if (known != null) {
            if (!run.touched.add(known.id())) {
                entities.flush(); // the file names this commitment a second time: its first row's findings are written
            }
            commitment = run.managed.get(row.ogpId());
            if (commitment == null || !entities.contains(commitment)) {
                commitment = commitments.findFull(known.planSlug(), known.number()).orElse(null);
            }
        }
        Plan plan = commitment != null ? commitment.plan() : plan(run, row);
        if (commitment == null && number != null
                && (!run.newPlans.contains(plan.slug()) || run.createdKeys.contains(plan.slug() + "/" + number))) {
            if (run.createdKeys.contains(plan.slug() + "/" + number)) {
                entities.flush();
            }
            commitment = commitments.findFull(plan.slug(), number).orElse(null);
            if (commitment != null && commitment.ogpId() != null && row.ogpId() != null
                    && !commitment.ogpId().equals(row.ogpId())) {
                // OGP's sheet gives two commitments of one plan the same number (Chile 2012-2014 has 2.1 twice): the
                // second is taken under the number with the next free letter, said in a warning; found by its OGP ID
                // from then on.
                String given = number;
                number = freeNumber(run, plan, number);
                run.warnings.add(row.label() + ": commitment " + given + " of plan " + plan.slug() + " is "
                        + commitment.ogpId() + " in Planspor; " + row.ogpId() + " is taken as " + number);
                commitment = null;
            }
        }
        if (number == null && commitment == null) {
            throw new IllegalArgumentException("no commitment number for a new commitment: skipped");
        }
        List<FieldChange> changes = new ArrayList<>();
        boolean isNew = commitment == null;
        if (isNew) {
            commitment = new Commitment(plan, theme(run, plan, row.theme()), number,
                    LocalizedText.of(null, row.content().title()), null);
            run.created++;
        } else if (row.theme() != null && commitment.theme() == null) {
            commitment.placeIn(theme(run, plan, row.theme()));
        }
        if (row.ogpId() != null) {
            commitment.identifyInOgpReported(row.ogpId()).ifPresent(changes::add);
        }
        Organisation agency = row.content().leadAgency() == null ? null : run.organisation(row.content().leadAgency());
        changes.addAll(commitment.apply(row.content(), Lang.EN, agency));
        if (row.policyAreas() != null && row.values() != null) {
            changes.addAll(commitment.classify(row.policyAreas(), row.values()));
        }
        commitment = commitments.save(commitment);
        run.touched.add(commitment.id());
        if (row.ogpId() != null) {
            run.byOgpId.put(row.ogpId(), new Known(commitment.id(), plan.slug(), commitment.number()));
            run.managed.put(row.ogpId(), commitment);
        }
        changes.addAll(findings(run, plan, commitment, row, isNew));
        if (isNew) {
            run.createdKeys.add(plan.slug() + "/" + commitment.number());
            run.write(plan.slug(), commitment.number());
        } else if (changes.isEmpty()) {
            run.unchanged++;
            return;
        } else {
            run.updated++;
            run.write(plan.slug(), commitment.number());
        }
        if (!changes.isEmpty()) {
            CommitmentAdjusted event = new CommitmentAdjusted(plan.slug(), commitment.id(), commitment.number(),
                    List.copyOf(changes), run.reason, run.author, null, run.at, run.source, run.author);
            run.adjust(event);
        }
    }

    /** {@code number} with the first letter b … z that no commitment of the plan has. */
    private String freeNumber(Run run, Plan plan, String number) {
        for (char letter = 'b'; letter <= 'z'; letter++) {
            String candidate = number + letter;
            if (candidate.length() > 10) {
                break;
            }
            if (!run.createdKeys.contains(plan.slug() + "/" + candidate) && (run.newPlans.contains(plan.slug())
                    || commitments.findIdByPlanSlugAndNumber(plan.slug(), candidate).isEmpty())) {
                return candidate;
            }
        }
        throw new IllegalArgumentException("commitment " + number + " of plan " + plan.slug()
                + " exists with another OGP ID and no free number is left: skipped");
    }

    /** The IRM's codings of the row, report by report; a report whose codings are all ND (no data) is not recorded. */
    private List<FieldChange> findings(Run run, Plan plan, Commitment commitment, OgpSheetRow row, boolean isNew) {
        if (row.findings() == null || row.findings().isEmpty()) {
            return List.of();
        }
        List<FieldChange> changes = new ArrayList<>();
        Map<String, IrmFinding> existing = isNew ? Map.of() : irm.findingsByReportOf(commitment);
        for (IrmReportKind kind : IrmReportKind.values()) {
            Map<IrmIndicator, String> codings = new EnumMap<>(IrmIndicator.class);
            row.findings().forEach((indicator, value) -> {
                if (indicator.report() == kind) {
                    codings.put(indicator, value);
                }
            });
            if (codings.values().stream().allMatch(IrmIndicator.NO_DATA::equals)) {
                continue;
            }
            IrmReport report = run.report(plan, kind, kind == IrmReportKind.DESIGN ? row.designReportYear() : row.resultsReportYear());
            codings.forEach((indicator, value) -> irm.record(report, commitment, indicator, value,
                    java.util.Optional.ofNullable(existing.get(report.id() + "/" + indicator))).ifPresent(changes::add));
        }
        return changes;
    }

    /** The plan of the row: by OGP's action plan ID, else by its number among the member's plans, else a new plan. */
    private Plan plan(Run run, OgpSheetRow row) {
        Plan plan = row.actionPlanId() == null ? null : run.byActionPlanId.get(row.actionPlanId());
        String member = row.member() == null ? ownMember : row.member();
        if (plan == null && row.actionPlanNumber() != null) {
            // By number only among the same member's plans: another member's third plan is not ours.
            Plan byNumber = run.byMemberAndNumber.get(member + "/" + row.actionPlanNumber());
            if (byNumber != null && (byNumber.ogpActionPlanId() == null || row.actionPlanId() == null)) {
                plan = byNumber;
                if (row.actionPlanId() != null) {
                    plan.identifyInOgp(row.actionPlanId());
                    plan = plans.save(plan);
                    run.byActionPlanId.put(row.actionPlanId(), plan);
                    events.publishEvent(new PlanAdjusted(plan.slug(),
                            List.of(new FieldChange("ogp_action_plan_id", null, row.actionPlanId())), run.reason,
                            run.author, null, run.at, run.author));
                }
            }
        }
        if (plan != null) {
            return plan;
        }
        if (row.submissionYear() == null) {
            throw new IllegalArgumentException("the plan " + (row.actionPlanId() == null ? "" : row.actionPlanId() + " ")
                    + "is new and the row has no year of submission: skipped");
        }
        int from = row.submissionYear();
        int to = row.endYear() == null || row.endYear() < from ? from : row.endYear();
        String slug = from == to ? String.valueOf(from) : from + "-" + to;
        if (run.slugs.contains(slug) && row.actionPlanId() != null) {
            slug = slug + "-" + row.actionPlanId().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        }
        if (run.slugs.contains(slug)) {
            throw new IllegalArgumentException("a plan " + slug + " exists with another OGP action plan ID: skipped");
        }
        String memberName = row.memberName() == null ? "" : row.memberName() + ": ";
        String years = from == to ? String.valueOf(from) : from + "-" + to;
        PlanState state = to < LocalDate.now(clock).getYear() ? PlanState.CLOSED : PlanState.IN_IMPLEMENTATION;
        plan = new Plan(slug, row.actionPlanNumber() == null ? 0 : row.actionPlanNumber(),
                LocalizedText.of(memberName + "handlingsplan " + years, memberName + "action plan " + years),
                LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31), state);
        plan.identifyInOgp(row.actionPlanId());
        plan = plans.save(plan);
        run.know(plan, member);
        run.slugs.add(slug);
        run.newPlans.add(slug);
        run.plansCreated++;
        run.createdPlans.add(new PlanAdjusted(slug, List.of(new FieldChange("plan", null, slug),
                new FieldChange("ogp_action_plan_id", null, row.actionPlanId())), run.reason, run.author, null, run.at,
                run.author));
        return plan;
    }

    /** The plan's theme of that title (Danish or English), or a new theme after the last. */
    private Theme theme(Run run, Plan plan, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        List<Theme> existing = run.themesByPlan.computeIfAbsent(plan.slug(), s -> run.newPlans.contains(s)
                ? new ArrayList<>() : new ArrayList<>(themes.findByPlanOrderByNumber(plan)));
        for (Theme t : existing) {
            if (title.equalsIgnoreCase(Objects.toString(t.title().en(), "")) || title.equalsIgnoreCase(Objects.toString(t.title().da(), ""))) {
                return t;
            }
        }
        int next = existing.stream().mapToInt(Theme::number).max().orElse(0) + 1;
        Theme theme = themes.save(new Theme(plan, next, LocalizedText.of(null, title.strip())));
        existing.add(theme);
        return theme;
    }

    /** A commitment the import has seen: its id, plan and number. */
    private record Known(Long id, String planSlug, String number) {
    }

    private final class Run {
        final String reason;
        final String source;
        final String author;
        final Instant at;
        final Map<String, Plan> byActionPlanId = new HashMap<>();
        final Map<String, Plan> byMemberAndNumber = new HashMap<>();
        /** Plans created by this run: they have no commitments to look up. */
        final java.util.Set<String> newPlans = new java.util.HashSet<>();
        /** "plan/number" of the commitments created by this run. */
        final java.util.Set<String> createdKeys = new java.util.HashSet<>();
        /** Ids of the commitments rows of this run have touched. */
        final java.util.Set<Long> touched = new java.util.HashSet<>();
        /** Every commitment of the file's OGP IDs known so far (no entities: a sheet has tens of thousands). */
        final Map<String, Known> byOgpId = new HashMap<>();
        /** The commitments of the current chunk of rows, managed until the next flush and clear. */
        final Map<String, Commitment> managed = new HashMap<>();
        final Map<String, Organisation> organisationsByName = new HashMap<>();
        final Map<String, IrmReport> reportsByKey = new HashMap<>();
        final Map<String, List<String>> written = new LinkedHashMap<>();
        /** Adjustments not published yet, by plan: published per plan at every flush, as one event. */
        final Map<String, List<CommitmentAdjusted>> pending = new LinkedHashMap<>();
        /** The first adjustment of each plan created and not published yet. */
        final List<PlanAdjusted> createdPlans = new ArrayList<>();
        final java.util.Set<String> slugs = new java.util.HashSet<>();
        final Map<String, List<Theme>> themesByPlan = new HashMap<>();
        int changedFields;
        final List<String> warnings = new ArrayList<>();
        int plansCreated;
        int created;
        int updated;
        int unchanged;
        int skipped;

        final java.util.function.Function<String, Organisation> registrar;

        Run(String reason, String source, String author, Instant at, java.util.function.Function<String, Organisation> registrar) {
            this.registrar = registrar;
            this.reason = reason;
            this.source = source;
            this.author = author;
            this.at = at;
        }

        /** A plan of {@code member}: found by its action plan ID, or by its number among that member's plans. */
        void know(Plan plan, String member) {
            if (plan.ogpActionPlanId() != null) {
                byActionPlanId.put(plan.ogpActionPlanId(), plan);
            }
            String apMember = plan.ogpActionPlanId() != null && plan.ogpActionPlanId().matches("AP_[A-Z]{3}\\d+")
                    ? plan.ogpActionPlanId().substring(3, 6) : member;
            if (plan.ordinal() > 0) {
                byMemberAndNumber.putIfAbsent(apMember + "/" + plan.ordinal(), plan);
            }
        }

        Organisation organisation(String name) {
            return organisationsByName.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT),
                    k -> registrar.apply(name));
        }

        void adjust(CommitmentAdjusted event) {
            pending.computeIfAbsent(event.planSlug(), s -> new ArrayList<>()).add(event);
            changedFields += event.changes().size();
        }

        /** The pending adjustments, one event per plan; the tracking module records them in this transaction. */
        void publishAdjustments() {
            if (!createdPlans.isEmpty()) {
                events.publishEvent(new PlansCreated(createdPlans));
                createdPlans.clear();
            }
            pending.forEach((slug, list) -> {
                CommitmentsAdjusted adjusted = new CommitmentsAdjusted(slug, list);
                events.publishEvent(adjusted);
                events.publishEvent(adjusted.summary());
            });
            pending.clear();
        }

        void write(String slug, String number) {
            written.computeIfAbsent(slug, s -> new ArrayList<>()).add(number);
        }

        /**
         * The plan's IRM report of that kind: the one report of that kind the plan has already (the bundled record,
         * an earlier import), else one named after OGP's sheet and the report's year.
         */
        IrmReport report(Plan plan, IrmReportKind kind, Integer year) {
            return reportsByKey.computeIfAbsent(plan.slug() + "/" + kind + "/" + year, k -> {
                List<IrmReport> ofKind = newPlans.contains(plan.slug()) ? List.of()
                        : reports.findForPlan(plan).stream().filter(r -> r.kind() == kind).toList();
                if (ofKind.size() == 1) {
                    return ofKind.get(0);
                }
                String name = (kind == IrmReportKind.DESIGN ? "IRM design report" : "IRM results report")
                        + (year == null ? "" : " " + year) + " (OGP data sheet)";
                return newPlans.contains(plan.slug()) ? irm.newReport(plan, kind, name, year)
                        : irm.report(plan, kind, name, year, null, null);
            });
        }
    }
}
