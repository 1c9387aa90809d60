package dk.planspor.plans.api;

import dk.planspor.identity.Organisation;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.CommitmentTemplate;
import dk.planspor.plans.Completion;
import dk.planspor.plans.Contact;
import dk.planspor.plans.FuzzyDate;
import dk.planspor.plans.Milestone;
import dk.planspor.plans.PlanCatalog.PlanOverview;
import dk.planspor.plans.PlanCatalog.PlanSummary;
import dk.planspor.plans.PlanState;
import java.time.LocalDate;
import java.util.List;

/**
 * JSON shapes of API v1. Commitment fields carry the names of the import document (DESIGN.md §4);
 * the main fields are Danish, the language of record, and {@code en} holds the English versions.
 */
final class PlanDtos {

    private PlanDtos() {
    }

    record PlanListItem(String slug, String title, String titleEn, LocalDate periodFrom, LocalDate periodTo,
            PlanState state, long commitmentCount) {
        static PlanListItem of(PlanSummary s) {
            return new PlanListItem(s.plan().slug(), s.plan().title().da(), s.plan().title().en(),
                    s.plan().periodFrom(), s.plan().periodTo(), s.plan().state(), s.commitmentCount());
        }
    }

    record PlanDetail(String slug, String title, String titleEn, String summary, String summaryEn,
            LocalDate periodFrom, LocalDate periodTo, PlanState state, int commitmentCount,
            List<ThemeItem> themes, List<CommitmentSummary> commitments, String ogpActionPlanId,
            @io.swagger.v3.oas.annotations.media.Schema(description = "Commitments per OGP policy area (codes), only areas in use")
            java.util.Map<String, Long> policyAreas, List<IrmReportItem> irmReports) {
        static PlanDetail of(PlanOverview o, List<dk.planspor.plans.IrmRecord.ReportSummary> irm) {
            var p = o.plan();
            List<ThemeItem> themes = o.themes().stream()
                    .map(t -> new ThemeItem(t.number(), t.title().da(), t.title().en(),
                            o.commitmentsOf(t).stream().map(CommitmentSummary::of).toList()))
                    .toList();
            return new PlanDetail(p.slug(), p.title().da(), p.title().en(), p.summary().da(), p.summary().en(),
                    p.periodFrom(), p.periodTo(), p.state(), o.commitments().size(), themes,
                    o.sorted().stream().map(CommitmentSummary::of).toList(), p.ogpActionPlanId(),
                    o.policyAreaCounts().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                            e -> e.getKey().code(), java.util.Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)),
                    irm.stream().map(IrmReportItem::of).toList());
        }
    }

    record ThemeItem(int number, String title, String titleEn, List<CommitmentSummary> commitments) {
    }

    record CommitmentSummary(String number, String title, String titleEn, String leadAgency, Completion completion) {
        static CommitmentSummary of(Commitment c) {
            return new CommitmentSummary(c.number(), c.title().da(), c.title().en(), agencyName(c.leadAgency()),
                    c.completion());
        }
    }

    record Interval(LocalDate from, LocalDate to) {
        static Interval of(FuzzyDate d) {
            return d.hasInterval() ? new Interval(d.from(), d.to()) : null;
        }
    }

    record MilestoneItem(String title, String titleEn, String start, String end, String status, String statusValue,
            Interval startInterval, Interval endInterval) {
        static MilestoneItem of(Milestone m) {
            return new MilestoneItem(m.title().da(), m.title().en(), emptyToNull(m.start().text()),
                    emptyToNull(m.end().text()), m.statusText(), m.status().name(), Interval.of(m.start()),
                    Interval.of(m.end()));
        }
    }

    record ContactItem(String agency, String name, String title, String email, String phone) {
        static ContactItem of(Contact c) {
            return c == null || c.isEmpty() ? null : new ContactItem(c.agency(), c.name(), c.title(), c.email(), c.phone());
        }
    }

    /** The English versions of a commitment's texts; null where no English text exists yet. */
    record EnglishTexts(String title, String problem, String description, String contribution, String relevance,
            String additionalInformation, String results, String nextSteps, String otherGovernmentActors,
            String otherNonGovernmentActors) {
    }

    /** One IRM report with the commitment's codings in it, values as OGP writes them (ND, NR included). */
    record IrmFindings(String report, dk.planspor.plans.IrmReportKind kind, Integer year, String url,
            java.util.Map<dk.planspor.plans.IrmIndicator, String> findings) {
        static List<IrmFindings> of(dk.planspor.plans.IrmRecord.CommitmentIrm irm) {
            return irm.reports().stream().map(r -> {
                java.util.Map<dk.planspor.plans.IrmIndicator, String> m = new java.util.EnumMap<>(dk.planspor.plans.IrmIndicator.class);
                r.findings().forEach(f -> m.put(f.indicator(), f.value()));
                return new IrmFindings(r.report().name(), r.report().kind(), r.report().publicationYear(),
                        r.report().url(), m);
            }).toList();
        }
    }

    /** An IRM report on the plan and the figures it states (or that are counted from its codings). */
    record IrmReportItem(String name, dk.planspor.plans.IrmReportKind kind, Integer year, LocalDate publishedOn,
            String url, Integer commitmentsAssessed, Integer complete, Integer substantialOrComplete, Integer starred,
            Integer relevant, Integer transformative, String publicInfluence, boolean countedFromFindings) {
        static IrmReportItem of(dk.planspor.plans.IrmRecord.ReportSummary s) {
            var r = s.report();
            var f = s.figures();
            return new IrmReportItem(r.name(), r.kind(), r.publicationYear(), r.publishedOn(), r.url(),
                    f.commitmentsAssessed(), f.complete(), f.substantialOrComplete(), f.starred(), f.relevant(),
                    f.transformative(), f.publicInfluence(), s.counted());
        }
    }

    record CommitmentDetail(String plan, Integer theme, String number,
            @io.swagger.v3.oas.annotations.media.Schema(description = "OGP's commitment ID, for example DK0054; null when OGP has none")
            String ogpId, String title, String period,
            Interval periodInterval, String leadAgency, String leadAgencySlug, String problem, String description,
            String contribution, String relevance, String additionalInformation, Completion completion,
            String completionNote, String results, String nextSteps, List<MilestoneItem> milestones,
            ContactItem contact, String otherGovernmentActors, String otherNonGovernmentActors, EnglishTexts en,
            @io.swagger.v3.oas.annotations.media.Schema(description = "OGP's policy areas (codes; see /api/v1/ogp/policy-areas)")
            List<String> policyAreas, List<dk.planspor.plans.OgpValue> ogpValues,
            @io.swagger.v3.oas.annotations.media.Schema(description = "The IRM's findings, report by report; they never change the government's completion")
            List<IrmFindings> irm,
            @io.swagger.v3.oas.annotations.media.Schema(description = "True when the IRM's completion differs from the government's")
            boolean irmDisagrees) {
        static CommitmentDetail of(Commitment c, dk.planspor.plans.IrmRecord.CommitmentIrm irm) {
            CommitmentTemplate t = c.template();
            return new CommitmentDetail(c.plan().slug(), c.theme() == null ? null : c.theme().number(), c.number(),
                    c.ogpId(), c.title().da(), emptyToNull(c.period().text()), Interval.of(c.period()),
                    agencyName(c.leadAgency()), c.leadAgency() == null ? null : c.leadAgency().slug(),
                    t.problem().da(), t.description().da(), t.contribution().da(), t.relevance().da(),
                    t.additionalInformation().da(), c.completion(), c.completionNote(), c.results().da(),
                    c.nextSteps().da(), c.milestones().stream().map(MilestoneItem::of).toList(),
                    ContactItem.of(c.contact()), c.otherGovernmentActors().da(), c.otherNonGovernmentActors().da(),
                    new EnglishTexts(c.title().en(), t.problem().en(), t.description().en(), t.contribution().en(),
                            t.relevance().en(), t.additionalInformation().en(), c.results().en(), c.nextSteps().en(),
                            c.otherGovernmentActors().en(), c.otherNonGovernmentActors().en()),
                    c.policyAreas().stream().map(dk.planspor.plans.PolicyArea::code).toList(),
                    List.copyOf(c.ogpValues()), IrmFindings.of(irm), irm.disagrees());
        }
    }

    private static String agencyName(Organisation o) {
        return o == null ? null : o.name().da();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

}
