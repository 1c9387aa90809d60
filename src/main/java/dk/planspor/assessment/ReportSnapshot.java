package dk.planspor.assessment;

import dk.planspor.plans.Completion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a self-assessment report shows, copied out of the live data when a round is frozen and
 * stored as JSON: the plan, the introduction texts, every commitment with every template field, its
 * completion, results, next steps, milestones, contact and other actors, and the adjustments up to
 * the snapshot, grouped by commitment. Later edits of the live data do not touch it.
 */
public record ReportSnapshot(String planSlug, Txt planTitle, LocalDate periodFrom, LocalDate periodTo, RoundKind kind,
        Instant takenAt, String source, Map<String, Txt> texts, List<ThemeEntry> themes, List<CommitmentEntry> commitments,
        List<AdjustmentGroup> adjustments) {

    /** The editable texts of a report, in report order: 1.1-1.4, and the closing "next steps" of chapter 3. */
    public static final List<String> TEXT_KEYS = List.of("background", "participation", "recommendations", "exchange",
            "nextSteps");

    /** The day the snapshot was taken, in Denmark. */
    public LocalDate takenOn() {
        return takenAt.atZone(java.time.ZoneId.of("Europe/Copenhagen")).toLocalDate();
    }

    public Txt text(String key) {
        return texts == null ? Txt.EMPTY : texts.getOrDefault(key, Txt.EMPTY);
    }

    public Map<Completion, Long> completionCounts() {
        Map<Completion, Long> counts = new EnumMap<>(Completion.class);
        for (Completion c : Completion.values()) {
            counts.put(c, commitments.stream().filter(e -> e.completion() == c).count());
        }
        return counts;
    }

    public List<CommitmentEntry> commitmentsOf(ThemeEntry theme) {
        return commitments.stream().filter(c -> Objects.equals(c.theme(), theme.number())).toList();
    }

    public Txt titleOf(String number) {
        return commitments.stream().filter(c -> c.number().equals(number)).map(CommitmentEntry::title).findFirst()
                .orElse(Txt.EMPTY);
    }

    public record ThemeEntry(int number, Txt title) {
    }

    public record CommitmentEntry(String number, Integer theme, Txt title, String period, Txt leadAgency, Txt problem,
            Txt description, Txt contribution, Txt relevance, Txt additionalInformation, Completion completion,
            String completionNote, Txt results, Txt nextSteps, List<MilestoneEntry> milestones, ContactEntry contact,
            Txt otherGovernmentActors, Txt otherNonGovernmentActors) {

        /** The template fields in report order: message key suffix and text. */
        public List<Map.Entry<String, Txt>> templateFields() {
            return List.of(Map.entry("problem", problem), Map.entry("description", description),
                    Map.entry("contribution", contribution), Map.entry("relevance", relevance),
                    Map.entry("additionalInformation", additionalInformation));
        }
    }

    public record MilestoneEntry(Txt title, String start, String end, String status) {
    }

    public record ContactEntry(String agency, String name, String title, String email, String phone) {
    }

    /** One adjustment as the report words it: the item text (DA, and EN when known). */
    public record AdjustmentGroup(String commitment, List<Txt> items) {
    }
}
