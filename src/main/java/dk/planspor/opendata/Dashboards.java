package dk.planspor.opendata;

import dk.planspor.identity.Organisation;
import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.Completion;
import dk.planspor.plans.FuzzyDate;
import dk.planspor.plans.MilestoneStatus;
import dk.planspor.plans.Plan;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures behind the dashboards. Every chart on a dashboard is drawn from one of these records, and the
 * same record fills the table next to it, so no chart is the only carrier of a number.
 */
public final class Dashboards {

    private Dashboards() {
    }

    /** One plan: completion distribution, milestone timeline and late milestones. */
    public record PlanDashboard(Plan plan, int commitmentCount, List<Bar> completion, Timeline timeline,
            List<TimelineRow> late, LocalDate today) {
    }

    /** A completion level (null: not yet assessed) with its count and share, and its bar length in chart units. */
    public record Bar(Completion completion, long count, int percent, double length) {
        public String cssClass() {
            return "planspor-fill--" + (completion == null ? "none" : completion.name().toLowerCase());
        }
    }

    /** The milestone timeline in a {@value #WIDTH} × {@code height} chart. */
    public record Timeline(LocalDate from, LocalDate to, List<Tick> ticks, List<TimelineRow> rows, Double todayX,
            double height) {
        public static final double WIDTH = 1000;
        public static final double LABEL_WIDTH = 110;
        public static final double ROW_HEIGHT = 18;
    }

    public record Tick(String label, double x) {
    }

    /** A milestone on the timeline; x and width are null when its dates give no interval. */
    public record TimelineRow(String commitment, int position, LocalizedText title, FuzzyDate start, FuzzyDate end,
            MilestoneStatus status, String statusText, boolean late, Double x, Double width, double y) {
        public String label() {
            return commitment + " #" + position;
        }

        public String cssClass() {
            return late ? "planspor-fill--late" : status.isDone() ? "planspor-fill--completed" : "planspor-fill--open";
        }
    }

    /** Across plans: completion per plan, 2012 onwards, and per lead agency. */
    public record RecordDashboard(List<Row> plans, List<Row> agencies) {
    }

    /**
     * One plan or one agency with its commitments per completion level. {@code segments} are the stacked bar's
     * parts in chart units (a total width of 100).
     */
    public record Row(Plan plan, Organisation agency, long total, List<Bar> segments) {
        /** Where segment {@code index} starts on the stacked bar. */
        public double offset(int index) {
            return Math.round(segments.subList(0, index).stream().mapToDouble(Bar::length).sum() * 10) / 10.0;
        }

        public long count(Completion completion) {
            return segments.stream().filter(b -> b.completion() == completion).mapToLong(Bar::count).sum();
        }
    }
}
