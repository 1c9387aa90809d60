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
            List<ThemeItem> themes, List<CommitmentSummary> commitments) {
        static PlanDetail of(PlanOverview o) {
            var p = o.plan();
            List<ThemeItem> themes = o.themes().stream()
                    .map(t -> new ThemeItem(t.number(), t.title().da(), t.title().en(),
                            o.commitmentsOf(t).stream().map(CommitmentSummary::of).toList()))
                    .toList();
            return new PlanDetail(p.slug(), p.title().da(), p.title().en(), p.summary().da(), p.summary().en(),
                    p.periodFrom(), p.periodTo(), p.state(), o.commitments().size(), themes,
                    o.sorted().stream().map(CommitmentSummary::of).toList());
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

    record CommitmentDetail(String plan, Integer theme, String number,
            @io.swagger.v3.oas.annotations.media.Schema(description = "OGP's commitment ID, for example DK0054; null when OGP has none")
            String ogpId, String title, String period,
            Interval periodInterval, String leadAgency, String leadAgencySlug, String problem, String description,
            String contribution, String relevance, String additionalInformation, Completion completion,
            String completionNote, String results, String nextSteps, List<MilestoneItem> milestones,
            ContactItem contact, String otherGovernmentActors, String otherNonGovernmentActors, EnglishTexts en) {
        static CommitmentDetail of(Commitment c) {
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
                            c.otherGovernmentActors().en(), c.otherNonGovernmentActors().en()));
        }
    }

    private static String agencyName(Organisation o) {
        return o == null ? null : o.name().da();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

}
