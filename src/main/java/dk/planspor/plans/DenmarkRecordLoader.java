package dk.planspor.plans;

import dk.planspor.identity.Organisation;
import dk.planspor.identity.OrganisationDirectory;
import dk.planspor.identity.OrganisationKind;
import dk.planspor.platform.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads Denmark's record (plans 2012 → 2023-2025, their themes and the commitments the sources name)
 * from {@code seed/denmark.json} on first start, when the database holds no plan yet. It runs before
 * the web server starts, so the platform never answers with an empty record.
 */
@Component
class DenmarkRecordLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DenmarkRecordLoader.class);
    static final String RESOURCE = "seed/denmark.json";

    private final PlanRepository plans;
    private final ThemeRepository themes;
    private final CommitmentRepository commitments;
    private final OrganisationDirectory organisations;
    private final JsonMapper json;
    private final TransactionTemplate tx;
    private final IrmRecord irm;

    DenmarkRecordLoader(PlanRepository plans, ThemeRepository themes, CommitmentRepository commitments,
            OrganisationDirectory organisations, JsonMapper json, TransactionTemplate tx, IrmRecord irm) {
        this.tx = tx;
        this.irm = irm;
        this.plans = plans;
        this.themes = themes;
        this.commitments = commitments;
        this.organisations = organisations;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        ensureLoaded();
    }

    /** Off ({@code PLANSPOR_BUNDLED_RECORD=false}) on a platform set up for another OGP member. */
    @org.springframework.beans.factory.annotation.Value("${planspor.bundled-record:true}")
    private boolean bundledRecord = true;

    /** Loads the record unless a plan exists already; safe to call more than once. */
    synchronized void ensureLoaded() {
        if (!bundledRecord) {
            return;
        }
        tx.executeWithoutResult(status -> load());
    }

    void load() {
        if (plans.count() > 0) {
            topUp();
            return;
        }
        SeedFile seed = seed();
        Map<String, Organisation> orgs = organisations(seed);
        for (SeedPlan p : seed.plans()) {
            Plan plan = new Plan(p.slug(), p.ordinal(), LocalizedText.of(p.titleDa(), p.titleEn()),
                    p.periodFrom(), p.periodTo(), PlanState.valueOf(p.state()));
            plan.describe(plan.title(), LocalizedText.of(p.summaryDa(), p.summaryEn()));
            plan.identifyInOgp(p.ogpActionPlanId());
            plans.save(plan);
            for (SeedTheme t : nullSafe(p.themes())) {
                Theme theme = themes.save(new Theme(plan, t.number(), LocalizedText.of(t.titleDa(), t.titleEn())));
                nullSafe(t.commitments()).forEach(c -> addCommitment(plan, theme, c, orgs));
            }
            nullSafe(p.commitments()).forEach(c -> addCommitment(plan, null, c, orgs));
            addIrmReports(plan, p);
        }
        log.info("Loaded Denmark's record: {} plans, {} commitments", plans.count(), commitments.count());
    }

    private SeedFile seed() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, SeedFile.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    private Map<String, Organisation> organisations(SeedFile seed) {
        Map<String, Organisation> orgs = new HashMap<>();
        for (SeedOrganisation o : seed.organisations()) {
            orgs.put(o.slug(), organisations.register(o.slug(), LocalizedText.of(o.nameDa(), o.nameEn()),
                    OrganisationKind.valueOf(o.kind())));
        }
        return orgs;
    }

    /**
     * An installation made before the bundled record named a plan's commitments (2019-2022 had none) gets them, once:
     * only a plan that still has no commitment at all is filled in, so nothing a coordinator entered is touched.
     */
    private void topUp() {
        SeedFile seed = seed();
        Map<Long, Long> counts = new HashMap<>();
        plans.countCommitmentsPerPlan().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        Map<String, Organisation> orgs = null;
        for (SeedPlan p : seed.plans()) {
            plans.findBySlug(p.slug()).filter(plan -> !irm.hasReports(plan) && !nullSafe(p.irmReports()).isEmpty())
                    .ifPresent(plan -> {
                        commitments.flush();
                        addIrmReports(plan, p);
                        log.info("Added the bundled record's IRM reports to plan {}", plan.slug());
                    });
            boolean seeded = nullSafe(p.commitments()).size() + nullSafe(p.themes()).stream()
                    .mapToInt(t -> nullSafe(t.commitments()).size()).sum() > 0;
            Plan plan = plans.findBySlug(p.slug()).orElse(null);
            if (!seeded || plan == null || counts.getOrDefault(plan.id(), 0L) > 0) {
                continue;
            }
            if (orgs == null) {
                orgs = organisations(seed);
            }
            Map<Integer, Theme> byNumber = new HashMap<>();
            themes.findByPlanOrderByNumber(plan).forEach(t -> byNumber.put(t.number(), t));
            for (SeedTheme t : nullSafe(p.themes())) {
                Theme theme = byNumber.get(t.number());
                for (SeedCommitment c : nullSafe(t.commitments())) {
                    addCommitment(plan, theme, c, orgs);
                }
            }
            for (SeedCommitment c : nullSafe(p.commitments())) {
                addCommitment(plan, null, c, orgs);
            }
            log.info("Added the bundled record's commitments to plan {}", plan.slug());
        }
    }

    private void addCommitment(Plan plan, Theme theme, SeedCommitment c, Map<String, Organisation> orgs) {
        Organisation agency = c.leadAgency() == null ? null : orgs.get(c.leadAgency());
        if (c.leadAgency() != null && agency == null) {
            throw new IllegalStateException("Unknown lead agency " + c.leadAgency() + " for " + plan.slug() + " " + c.number());
        }
        Commitment commitment = new Commitment(plan, theme, c.number(), LocalizedText.of(c.titleDa(), c.titleEn()), agency);
        commitment.setPeriod(FuzzyDate.tryParse(c.period()).orElse(new FuzzyDate(c.period() == null ? "" : c.period(), null, null)));
        commitment.identifyInOgp(c.ogpId());
        commitments.save(commitment);
    }

    /** The IRM's reports on the plan and their codings per commitment, as the public sources state them. */
    private void addIrmReports(Plan plan, SeedPlan p) {
        commitments.flush();
        for (SeedIrmReport r : nullSafe(p.irmReports())) {
            IrmReport report = irm.report(plan, IrmReportKind.valueOf(r.kind()), r.name(), r.year(), r.publishedOn(), r.url());
            irm.state(report, new IrmReport.Figures(r.commitmentsAssessed(), r.complete(), r.substantialOrComplete(),
                    r.starred(), r.relevant(), r.transformative(), r.publicInfluence()), r.source());
            if (r.findings() == null) {
                continue;
            }
            r.findings().forEach((number, codings) -> {
                Commitment c = commitments.findFull(plan.slug(), number).orElseThrow(
                        () -> new IllegalStateException("IRM finding for unknown commitment " + plan.slug() + " " + number));
                codings.forEach((indicator, value) -> irm.record(report, c, IrmIndicator.valueOf(indicator), value));
            });
        }
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    record SeedFile(List<SeedOrganisation> organisations, List<SeedPlan> plans) {
    }

    record SeedOrganisation(String slug, String nameDa, String nameEn, String kind) {
    }

    record SeedPlan(String slug, int ordinal, String titleDa, String titleEn, LocalDate periodFrom, LocalDate periodTo,
            String state, String summaryDa, String summaryEn, String source, List<SeedTheme> themes,
            List<SeedCommitment> commitments, String ogpActionPlanId, List<SeedIrmReport> irmReports) {
    }

    record SeedIrmReport(String kind, String name, Integer year, LocalDate publishedOn, String url,
            Integer commitmentsAssessed, Integer complete, Integer substantialOrComplete, Integer starred,
            Integer relevant, Integer transformative, String publicInfluence, String source,
            Map<String, Map<String, String>> findings) {
    }

    record SeedTheme(int number, String titleDa, String titleEn, List<SeedCommitment> commitments) {
    }

    record SeedCommitment(String number, String titleDa, String titleEn, String leadAgency, String period, String ogpId) {
    }
}
