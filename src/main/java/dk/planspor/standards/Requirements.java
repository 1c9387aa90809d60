package dk.planspor.standards;

import dk.planspor.standards.CycleFacts.CoCreation;
import dk.planspor.standards.CycleFacts.Link;
import dk.planspor.standards.CycleFacts.Meeting;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The minimum requirements of OGP's Co-Creation and Participation Standards that the platform can show from its own
 * data, judged from {@link CycleFacts}. Pure functions: no database, no clock.
 */
final class Requirements {

    static final int FORUM_MONTHS = 6;
    static final int REPOSITORY_MONTHS = 6;
    static final int TIMELINE_DAYS = 14;
    static final int MEETINGS_PER_YEAR = 2;

    private Requirements() {
    }

    static List<Requirement> judge(CycleFacts f) {
        return List.of(forum(f), site(f), repository(f), timeline(f), online(f), dispositions(f), implementation(f));
    }

    /** 1.1: the forum has met within the last six months, and its rules of participation are public. */
    static Requirement forum(CycleFacts f) {
        Optional<Meeting> last = f.meetings().stream().filter(m -> !m.date().isAfter(f.reference()))
                .max(Comparator.comparing(Meeting::date));
        boolean recent = last.isPresent() && !last.get().date().isBefore(f.reference().minusMonths(FORUM_MONTHS));
        boolean rules = f.rulesPage() != null;
        List<Link> evidence = new ArrayList<>();
        last.ifPresent(m -> evidence.add(m.link()));
        if (rules) {
            evidence.add(f.rulesPage());
        }
        return new Requirement("1.1", recent && rules, last.isEmpty() ? "standards.detail.forum.never"
                : "standards.detail.forum", last.isEmpty() ? List.of(rules ? 1 : 0)
                : List.of(last.get().date(), rules ? 1 : 0), evidence);
    }

    /** 2.1: there is a national OGP website. */
    static Requirement site(CycleFacts f) {
        return new Requirement("2.1", f.site() != null, "standards.detail.site", List.of(),
                f.site() == null ? List.of() : List.of(f.site()));
    }

    /** 2.2: the repository has been updated within the last six months. */
    static Requirement repository(CycleFacts f) {
        LocalDate updated = f.repositoryUpdated();
        boolean met = updated != null && !updated.isAfter(f.reference())
                && !updated.isBefore(f.reference().minusMonths(REPOSITORY_MONTHS));
        return new Requirement("2.2", met, updated == null ? "standards.detail.repository.never" : "standards.detail.repository",
                updated == null ? List.of() : List.of(updated), f.repository() == null ? List.of() : List.of(f.repository()));
    }

    /**
     * 3.1: the timeline was published at least 14 days before co-creation opened. An override recorded when the
     * consultation was opened early does not make the requirement met; it is shown as the reason.
     */
    static Requirement timeline(CycleFacts f) {
        if (f.coCreations().isEmpty()) {
            return new Requirement("3.1", false, "standards.detail.noCoCreation", List.of(), List.of());
        }
        CoCreation first = f.coCreations().stream().min(Comparator.comparing(CoCreation::opened)).orElseThrow();
        if (first.timelinePublished() == null) {
            return new Requirement("3.1", false, "standards.detail.timeline.none", List.of(first.opened()),
                    List.of(first.link()));
        }
        long days = ChronoUnit.DAYS.between(first.timelinePublished(), first.opened());
        boolean met = days >= TIMELINE_DAYS;
        return new Requirement("3.1", met, met || first.overrideReason() == null ? "standards.detail.timeline"
                : "standards.detail.timeline.override", met || first.overrideReason() == null
                ? List.of(first.timelinePublished(), first.opened(), days)
                : List.of(first.timelinePublished(), first.opened(), days, first.overrideReason()), List.of(first.link()));
    }

    /** 3.3: there is an online way to give input to the co-creation. */
    static Requirement online(CycleFacts f) {
        List<Link> online = f.coCreations().stream().filter(CoCreation::onlineSubmission).map(CoCreation::link).toList();
        return new Requirement("3.3", !online.isEmpty(), online.isEmpty() ? "standards.detail.online.none"
                : "standards.detail.online", List.of(online.size()), online);
    }

    /** 4.1: every input has a reasoned response (disposition); shown as the share that has one. */
    static Requirement dispositions(CycleFacts f) {
        long inputs = f.coCreations().stream().mapToLong(CoCreation::inputs).sum();
        long answered = f.coCreations().stream().mapToLong(CoCreation::inputsWithDisposition).sum();
        if (inputs == 0) {
            return new Requirement("4.1", f.coCreations().isEmpty() ? false : null, "standards.detail.dispositions.none",
                    List.of(), f.coCreations().stream().map(CoCreation::link).toList());
        }
        long percent = Math.round(100.0 * answered / inputs);
        return new Requirement("4.1", answered == inputs, "standards.detail.dispositions",
                List.of(answered, inputs, percent), f.coCreations().stream().map(CoCreation::link).toList());
    }

    /**
     * 5.1: at least two meetings a year on implementation. Judged per plan year (from the plan's first day) that has
     * ended by the reference day; with no full year yet, the result is pending.
     */
    static Requirement implementation(CycleFacts f) {
        List<String> shortYears = new ArrayList<>();
        int years = 0;
        for (LocalDate start = f.periodFrom(); !start.plusYears(1).isAfter(f.reference().plusDays(1))
                && start.isBefore(f.periodTo()); start = start.plusYears(1)) {
            LocalDate end = start.plusYears(1);
            LocalDate from = start;
            long n = f.meetings().stream().filter(Meeting::implementation)
                    .filter(m -> !m.date().isBefore(from) && m.date().isBefore(end)).count();
            years++;
            if (n < MEETINGS_PER_YEAR) {
                shortYears.add(from + "–" + end.minusDays(1) + ": " + n);
            }
        }
        List<Link> evidence = f.meetings().stream().filter(Meeting::implementation).map(Meeting::link)
                .filter(Objects::nonNull).toList();
        if (years == 0) {
            return new Requirement("5.1", null, "standards.detail.implementation.pending", List.of(), evidence);
        }
        return new Requirement("5.1", shortYears.isEmpty(), shortYears.isEmpty() ? "standards.detail.implementation"
                : "standards.detail.implementation.short", shortYears.isEmpty() ? List.of(years)
                : List.of(years, String.join("; ", shortYears)), evidence);
    }
}
