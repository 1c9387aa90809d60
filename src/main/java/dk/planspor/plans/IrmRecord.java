package dk.planspor.plans;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The IRM's record of a plan: its reports, the figures they state and their codings per commitment, read beside
 * (never instead of) the government's own self-assessment.
 */
@Component
public class IrmRecord {

    private final IrmRepository reports;
    private final IrmFindingRepository findings;

    IrmRecord(IrmRepository reports, IrmFindingRepository findings) {
        this.reports = reports;
        this.findings = findings;
    }

    /** The IRM's findings on one commitment, report by report. */
    @Transactional(readOnly = true)
    public CommitmentIrm ofCommitment(Commitment commitment) {
        return CommitmentIrm.of(commitment.completion(), findings.findingsOf(commitment));
    }

    /** The IRM's reports on a plan with the figures each states, or, where it states none, counts from its codings. */
    @Transactional(readOnly = true)
    public List<ReportSummary> ofPlan(Plan plan) {
        List<IrmReport> list = reports.findForPlan(plan);
        boolean counting = list.stream().anyMatch(r -> r.figures().equals(IrmReport.Figures.NONE));
        Map<Long, List<IrmFinding>> byReport = !counting ? Map.of() : findings.findingsOfPlan(plan).stream()
                .collect(Collectors.groupingBy(f -> f.report().id()));
        return list.stream()
                .map(r -> ReportSummary.of(r, byReport.getOrDefault(r.id(), List.of())))
                .toList();
    }

    /** Every finding of the given commitments, by commitment id (exports). */
    @Transactional(readOnly = true)
    public Map<Long, List<IrmFinding>> ofCommitments(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return findings.findingsOfCommitments(ids).stream().collect(Collectors.groupingBy(f -> f.commitment().id()));
    }

    /**
     * The IRM's codings of these commitments by commitment id, without entities: for exports of thousands of
     * commitments (OGP's sheet), where the findings as entities were half the time.
     */
    public Map<Long, List<Coding>> codingsOf(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<Coding>> byCommitment = new java.util.HashMap<>();
        for (Object[] r : findings.codingsOfCommitments(ids)) {
            byCommitment.computeIfAbsent((Long) r[0], k -> new java.util.ArrayList<>())
                    .add(new Coding((IrmIndicator) r[1], (String) r[2], (IrmReportKind) r[3], (Integer) r[4]));
        }
        return byCommitment;
    }

    /** One coded finding as a value: the indicator, OGP's value, and the kind and year of the report it is from. */
    public record Coding(IrmIndicator indicator, String value, IrmReportKind reportKind, Integer reportYear) {
    }

    /** The report of that kind and name on the plan, created when it is new; date and link are updated when given. */
    IrmReport report(Plan plan, IrmReportKind kind, String name, Integer year, java.time.LocalDate on, String url) {
        IrmReport report = reports.find(plan, kind, name).orElseGet(() -> reports.save(new IrmReport(plan, kind, name)));
        if (on != null || year != null || url != null) {
            report.publish(on != null ? on : report.publishedOn(), year != null ? year : report.publicationYear(),
                    url != null ? url : report.url());
        }
        return report;
    }

    /** A report of a plan this import created (nothing to look up): one insert. */
    IrmReport newReport(Plan plan, IrmReportKind kind, String name, Integer year) {
        IrmReport report = new IrmReport(plan, kind, name);
        if (year != null) {
            report.publish(null, year, null);
        }
        return reports.save(report);
    }

    /** The commitment's findings in every report, by report id and indicator: one query for a whole row of the sheet. */
    Map<String, IrmFinding> findingsByReportOf(Commitment commitment) {
        Map<String, IrmFinding> byKey = new java.util.HashMap<>();
        findings.findingsOf(commitment).forEach(f -> byKey.put(f.report().id() + "/" + f.indicator(), f));
        return byKey;
    }

    void state(IrmReport report, IrmReport.Figures figures, String source) {
        report.state(figures, source);
    }

    /** Records one coded finding; reported as a change ({@code irm.<report>.<indicator>}) when new or different. */
    Optional<FieldChange> record(IrmReport report, Commitment commitment, IrmIndicator indicator, String value) {
        return record(report, commitment, indicator, value, false);
    }

    /** As {@link #record(IrmReport, Commitment, IrmIndicator, String)}; {@code fresh}: the commitment is new, no lookup. */
    Optional<FieldChange> record(IrmReport report, Commitment commitment, IrmIndicator indicator, String value,
            boolean fresh) {
        return record(report, commitment, indicator, value, fresh || report.id() == null || commitment.id() == null
                ? Optional.empty() : findings.find(report, commitment, indicator));
    }

    /** As {@link #record(IrmReport, Commitment, IrmIndicator, String)}, with the finding looked up already. */
    Optional<FieldChange> record(IrmReport report, Commitment commitment, IrmIndicator indicator, String value,
            Optional<IrmFinding> existing) {
        String field = "irm." + report.kind().name().toLowerCase(java.util.Locale.ROOT) + "." + indicator.name().toLowerCase(java.util.Locale.ROOT);
        if (existing.isPresent()) {
            String before = existing.get().value();
            if (before.equals(value)) {
                return Optional.empty();
            }
            existing.get().revise(value);
            return Optional.of(new FieldChange(field, before, value));
        }
        findings.save(new IrmFinding(report, commitment, indicator, value));
        return Optional.of(new FieldChange(field, null, value));
    }

    boolean hasReports(Plan plan) {
        return reports.anyForPlan(plan);
    }

    /** One report and the commitment's codings in it, in indicator order. */
    public record ReportFindings(IrmReport report, List<IrmFinding> findings) {
    }

    /** The IRM's findings on one commitment, with the government's completion to compare. */
    public record CommitmentIrm(Completion government, List<ReportFindings> reports) {

        /** The findings given, grouped by report. */
        public static CommitmentIrm of(Completion government, List<IrmFinding> all) {
            Map<Long, ReportFindings> grouped = new LinkedHashMap<>();
            for (IrmFinding f : all) {
                grouped.computeIfAbsent(f.report().id(), id -> new ReportFindings(f.report(), new ArrayList<>()))
                        .findings().add(f);
            }
            List<ReportFindings> list = grouped.values().stream()
                    .map(r -> new ReportFindings(r.report(), r.findings().stream()
                            .sorted(Comparator.comparing(IrmFinding::indicator)).toList()))
                    .sorted(Comparator.comparing((ReportFindings r) -> r.report().kind())
                            .thenComparing(r -> r.report().publicationYear(), Comparator.nullsFirst(Comparator.naturalOrder())))
                    .toList();
            return new CommitmentIrm(government, list);
        }

        public boolean isEmpty() {
            return reports.isEmpty();
        }

        /** The IRM's latest completion finding: end of term before midterm. */
        public Optional<IrmFinding> completionFinding() {
            for (IrmIndicator indicator : List.of(IrmIndicator.COMPLETION_END, IrmIndicator.COMPLETION_MIDTERM)) {
                Optional<IrmFinding> found = reports.stream().flatMap(r -> r.findings().stream())
                        .filter(f -> f.indicator() == indicator && f.completion().isPresent())
                        .reduce((a, b) -> b);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }

        /** True when the government and the IRM both judged completion and came to different levels. */
        public boolean disagrees() {
            return government != null && completionFinding().flatMap(IrmFinding::completion)
                    .filter(irm -> irm != government).isPresent();
        }
    }

    /** A report and its figures for the plan. */
    public record ReportSummary(IrmReport report, IrmReport.Figures figures, boolean counted) {

        static ReportSummary of(IrmReport report, List<IrmFinding> codings) {
            IrmReport.Figures stated = report.figures();
            if (!stated.equals(IrmReport.Figures.NONE) || codings.isEmpty()) {
                return new ReportSummary(report, stated, false);
            }
            IrmIndicator completion = report.kind() == IrmReportKind.RESULTS ? IrmIndicator.COMPLETION_END
                    : IrmIndicator.COMPLETION_MIDTERM;
            Set<Long> assessed = codings.stream().filter(IrmFinding::isFinding).map(f -> f.commitment().id())
                    .collect(Collectors.toSet());
            List<Completion> levels = codings.stream().filter(f -> f.indicator() == completion)
                    .flatMap(f -> f.completion().stream()).toList();
            Integer complete = levels.isEmpty() ? null : (int) levels.stream().filter(c -> c == Completion.COMPLETED).count();
            Integer substantial = levels.isEmpty() ? null : (int) levels.stream()
                    .filter(c -> c == Completion.COMPLETED || c == Completion.SUBSTANTIAL).count();
            Integer starredCount = count(codings, report.kind() == IrmReportKind.RESULTS ? IrmIndicator.STARRED_END
                    : IrmIndicator.STARRED_MIDTERM, "1");
            Integer relevantCount = count(codings, IrmIndicator.RELEVANT, "1");
            Integer transformativeCount = count(codings, IrmIndicator.POTENTIAL_IMPACT, "Transformative");
            return new ReportSummary(report, new IrmReport.Figures(assessed.size(), complete, substantial, starredCount,
                    relevantCount, transformativeCount, null), true);
        }

        private static Integer count(List<IrmFinding> codings, IrmIndicator indicator, String value) {
            List<IrmFinding> coded = codings.stream().filter(f -> f.indicator() == indicator && f.isFinding()).toList();
            return coded.isEmpty() ? null : (int) coded.stream().filter(f -> Objects.equals(f.value(), value)).count();
        }
    }
}
