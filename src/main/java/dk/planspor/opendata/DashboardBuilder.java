package dk.planspor.opendata;

import dk.planspor.identity.Organisation;
import dk.planspor.opendata.Dashboards.Bar;
import dk.planspor.opendata.Dashboards.PlanDashboard;
import dk.planspor.opendata.Dashboards.RecordDashboard;
import dk.planspor.opendata.Dashboards.Row;
import dk.planspor.opendata.Dashboards.Tick;
import dk.planspor.opendata.Dashboards.Timeline;
import dk.planspor.opendata.Dashboards.TimelineRow;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.Completion;
import dk.planspor.plans.Milestone;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanCatalog.PlanOverview;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Computes the dashboard figures and chart geometry from the plans facade. */
@Component
class DashboardBuilder {

    private static final double CHART_WIDTH = Timeline.WIDTH - Timeline.LABEL_WIDTH;

    private final PlanCatalog catalog;

    DashboardBuilder(PlanCatalog catalog) {
        this.catalog = catalog;
    }

    PlanDashboard plan(String slug) {
        PlanOverview overview = catalog.overview(slug);
        LocalDate today = catalog.today();
        List<Commitment> commitments = overview.sorted();
        List<Bar> completion = bars(commitments, 100.0, false);
        Timeline timeline = timeline(overview, commitments, today);
        List<TimelineRow> late = timeline.rows().stream().filter(TimelineRow::late).toList();
        return new PlanDashboard(overview.plan(), commitments.size(), completion, timeline, late, today);
    }

    RecordDashboard record() {
        List<Row> plans = new ArrayList<>();
        Map<Long, List<Commitment>> byAgency = new LinkedHashMap<>();
        Map<Long, Organisation> agencies = new LinkedHashMap<>();
        List<PlanCatalog.PlanSummary> summaries = new ArrayList<>(catalog.plans());
        summaries.sort(Comparator.comparing(s -> s.plan().periodFrom()));
        for (var summary : summaries) {
            PlanOverview overview = catalog.overview(summary.plan().slug());
            List<Commitment> commitments = overview.sorted();
            plans.add(new Row(overview.plan(), null, commitments.size(), bars(commitments, 100.0, true)));
            for (Commitment c : commitments) {
                if (c.leadAgency() != null) {
                    agencies.putIfAbsent(c.leadAgency().id(), c.leadAgency());
                    byAgency.computeIfAbsent(c.leadAgency().id(), k -> new ArrayList<>()).add(c);
                }
            }
        }
        List<Row> perAgency = byAgency.entrySet().stream()
                .map(e -> new Row(null, agencies.get(e.getKey()), e.getValue().size(), bars(e.getValue(), 100.0, true)))
                .sorted(Comparator.comparingLong(Row::total).reversed()
                        .thenComparing(r -> r.agency().name().da()))
                .toList();
        return new RecordDashboard(plans, perAgency);
    }

    /**
     * Bars per completion level, plus "not assessed" when any commitment has none. Stacked bars share
     * {@code scale} between them; separate bars are scaled to the largest count.
     */
    private static List<Bar> bars(Collection<Commitment> commitments, double scale, boolean stacked) {
        Map<Completion, Long> counts = new LinkedHashMap<>();
        Arrays.stream(Completion.values()).forEach(c -> counts.put(c, 0L));
        long none = 0;
        for (Commitment c : commitments) {
            if (c.completion() == null) {
                none++;
            } else {
                counts.merge(c.completion(), 1L, Long::sum);
            }
        }
        long total = commitments.size();
        long max = Math.max(none, counts.values().stream().mapToLong(Long::longValue).max().orElse(0));
        List<Bar> bars = new ArrayList<>();
        for (var e : counts.entrySet()) {
            bars.add(bar(e.getKey(), e.getValue(), total, stacked ? total : max, scale));
        }
        if (none > 0) {
            bars.add(bar(null, none, total, stacked ? total : max, scale));
        }
        return bars;
    }

    private static Bar bar(Completion completion, long count, long total, long denominator, double scale) {
        int percent = total == 0 ? 0 : (int) Math.round(100.0 * count / total);
        double length = denominator == 0 ? 0 : scale * count / denominator;
        return new Bar(completion, count, percent, Math.round(length * 10) / 10.0);
    }

    private static Timeline timeline(PlanOverview overview, List<Commitment> commitments, LocalDate today) {
        List<Milestone> milestones = commitments.stream().flatMap(c -> c.milestones().stream()).toList();
        LocalDate from = Stream.concat(Stream.of(overview.plan().periodFrom()), milestones.stream().map(DashboardBuilder::first))
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(today);
        LocalDate to = Stream.concat(Stream.of(overview.plan().periodTo()), milestones.stream().map(DashboardBuilder::last))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(today);
        from = from.withDayOfMonth(1);
        to = to.plusMonths(1).withDayOfMonth(1);
        double days = Math.max(1, ChronoUnit.DAYS.between(from, to));
        List<TimelineRow> rows = new ArrayList<>();
        double y = Timeline.ROW_HEIGHT * 1.5;
        for (Commitment c : commitments) {
            for (Milestone m : c.milestones()) {
                LocalDate a = first(m);
                LocalDate b = last(m);
                Double x = null;
                Double width = null;
                if (a != null && b != null) {
                    x = round(Timeline.LABEL_WIDTH + CHART_WIDTH * ChronoUnit.DAYS.between(from, a) / days);
                    width = Math.max(3, round(CHART_WIDTH * (ChronoUnit.DAYS.between(a, b) + 1) / days));
                }
                rows.add(new TimelineRow(c.number(), m.position() + 1, m.title(), m.start(), m.end(), m.status(),
                        m.statusText(), m.isLate(today), x, width, y));
                y += Timeline.ROW_HEIGHT;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (LocalDate d = from.withDayOfYear(1).plusYears(from.getDayOfYear() == 1 ? 0 : 1); !d.isAfter(to);
                d = d.plusYears(1)) {
            ticks.add(new Tick(String.valueOf(d.getYear()),
                    round(Timeline.LABEL_WIDTH + CHART_WIDTH * ChronoUnit.DAYS.between(from, d) / days)));
        }
        Double todayX = today.isBefore(from) || today.isAfter(to) ? null
                : round(Timeline.LABEL_WIDTH + CHART_WIDTH * ChronoUnit.DAYS.between(from, today) / days);
        return new Timeline(from, to, ticks, rows, todayX, y + Timeline.ROW_HEIGHT / 2);
    }

    private static LocalDate first(Milestone m) {
        if (m.start() != null && m.start().from() != null) {
            return m.start().from();
        }
        return m.end() == null ? null : m.end().from();
    }

    private static LocalDate last(Milestone m) {
        if (m.end() != null && m.end().to() != null) {
            return m.end().to();
        }
        return m.start() == null ? null : m.start().to();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
