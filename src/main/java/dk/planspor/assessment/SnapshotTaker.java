package dk.planspor.assessment;

import dk.planspor.assessment.ReportSnapshot.AdjustmentGroup;
import dk.planspor.assessment.ReportSnapshot.CommitmentEntry;
import dk.planspor.assessment.ReportSnapshot.ContactEntry;
import dk.planspor.assessment.ReportSnapshot.MilestoneEntry;
import dk.planspor.assessment.ReportSnapshot.ThemeEntry;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.Contact;
import dk.planspor.plans.Milestone;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanCatalog.PlanOverview;
import dk.planspor.tracking.Adjustment;
import dk.planspor.tracking.AdjustmentLedger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Copies everything a report shows out of the live data: the plan, its commitments (via
 * {@link PlanCatalog}), the adjustments recorded up to now (via {@link AdjustmentLedger}), the report
 * texts and, for a round being frozen, the owners' submitted answers on top.
 */
@Component
class SnapshotTaker {

    private final PlanCatalog catalog;
    private final AdjustmentLedger ledger;
    private final ReportTextRepository texts;

    SnapshotTaker(PlanCatalog catalog, AdjustmentLedger ledger, ReportTextRepository texts) {
        this.catalog = catalog;
        this.ledger = ledger;
        this.texts = texts;
    }

    @Transactional(readOnly = true)
    ReportSnapshot take(String slug, RoundKind kind, Instant at, String source, Map<String, AnswerOverlay> answers) {
        PlanOverview overview = catalog.overview(slug);
        List<ThemeEntry> themes = overview.themes().stream().map(t -> new ThemeEntry(t.number(), Txt.of(t.title()))).toList();
        List<CommitmentEntry> commitments = new ArrayList<>();
        for (Commitment c : overview.sorted()) {
            CommitmentEntry entry = entry(c);
            AnswerOverlay answer = answers.get(c.number());
            commitments.add(answer == null ? entry : answer.applyTo(entry));
        }
        Map<String, Txt> reportTexts = new LinkedHashMap<>();
        for (ReportText t : texts.findByPlanSlugAndKind(slug, kind)) {
            reportTexts.put(t.key(), Txt.of(t.text()));
        }
        return new ReportSnapshot(slug, Txt.of(overview.plan().title()), overview.plan().periodFrom(),
                overview.plan().periodTo(), kind, at, source, reportTexts, themes, commitments, adjustments(slug, at));
    }

    /** The adjustments of the plan's commitments recorded up to {@code until}, grouped by commitment in plan order. */
    private List<AdjustmentGroup> adjustments(String slug, Instant until) {
        List<AdjustmentGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<Adjustment>> e : ledger.forPlan(slug).entrySet()) {
            if (AdjustmentLedger.PLAN_ITSELF.equals(e.getKey())) {
                continue;
            }
            List<Txt> items = e.getValue().stream().filter(a -> !a.recordedAt().isAfter(until))
                    .map(SnapshotTaker::wording).toList();
            if (!items.isEmpty()) {
                groups.add(new AdjustmentGroup(e.getKey(), items));
            }
        }
        return groups;
    }

    private static Txt wording(Adjustment a) {
        if (a.kind() == Adjustment.Kind.NOTE) {
            return new Txt(a.note(), null);
        }
        String changes = a.changes().stream()
                .map(c -> c.field() + ": " + orDash(c.before()) + " → " + orDash(c.after()))
                .collect(Collectors.joining("; "));
        String reason = a.reason() == null ? "" : " (" + a.reason() + ")";
        return new Txt(changes + reason, null);
    }

    private static String orDash(String s) {
        if (s == null || s.isBlank()) {
            return "–";
        }
        return s.length() > 160 ? s.substring(0, 157) + "…" : s;
    }

    static CommitmentEntry entry(Commitment c) {
        var t = c.template();
        List<MilestoneEntry> milestones = c.milestones().stream().map(SnapshotTaker::milestone).toList();
        Contact k = c.contact();
        ContactEntry contact = k == null || k.isEmpty() ? null
                : new ContactEntry(k.agency(), k.name(), k.title(), k.email(), k.phone());
        Txt agency = c.leadAgency() == null ? Txt.EMPTY : Txt.of(c.leadAgency().name());
        return new CommitmentEntry(c.number(), c.theme() == null ? null : c.theme().number(), Txt.of(c.title()),
                c.period().text(), agency, Txt.of(t.problem()), Txt.of(t.description()), Txt.of(t.contribution()),
                Txt.of(t.relevance()), Txt.of(t.additionalInformation()), c.completion(), c.completionNote(),
                Txt.of(c.results()), Txt.of(c.nextSteps()), milestones, contact, Txt.of(c.otherGovernmentActors()),
                Txt.of(c.otherNonGovernmentActors()));
    }

    private static MilestoneEntry milestone(Milestone m) {
        return new MilestoneEntry(Txt.of(m.title()), m.start().text(), m.end().text(), m.statusText());
    }
}
