package dk.planspor.plans.admin;

import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.CommitmentEdit;
import dk.planspor.plans.Completion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields where the user's unsaved version and the version saved meanwhile by someone else differ. */
final class Conflicts {

    private Conflicts() {
    }

    /** One differing field: its label key, the language (or null), the user's value and the saved value. */
    record Row(String labelKey, String lang, String mine, String theirs) {
    }

    static List<Row> between(CommitmentEdit mine, CommitmentEdit theirs) {
        List<Row> rows = new ArrayList<>();
        text(rows, "field.title", mine.title(), theirs.title());
        text(rows, "field.problem", mine.problem(), theirs.problem());
        text(rows, "field.description", mine.description(), theirs.description());
        text(rows, "field.contribution", mine.contribution(), theirs.contribution());
        text(rows, "field.relevance", mine.relevance(), theirs.relevance());
        text(rows, "field.additionalInformation", mine.additionalInformation(), theirs.additionalInformation());
        text(rows, "field.results", mine.results(), theirs.results());
        text(rows, "field.nextSteps", mine.nextSteps(), theirs.nextSteps());
        text(rows, "field.otherGovernmentActors", mine.otherGovernmentActors(), theirs.otherGovernmentActors());
        text(rows, "field.otherNonGovernmentActors", mine.otherNonGovernmentActors(), theirs.otherNonGovernmentActors());
        plain(rows, "field.period", mine.period(), theirs.period());
        plain(rows, "field.completion", name(mine.completion()), name(theirs.completion()));
        plain(rows, "field.completionNote", mine.completionNote(), theirs.completionNote());
        plain(rows, "field.contact.name", mine.contact().name(), theirs.contact().name());
        plain(rows, "field.contact.email", mine.contact().email(), theirs.contact().email());
        plain(rows, "field.contact.phone", mine.contact().phone(), theirs.contact().phone());
        plain(rows, "field.contact.title", mine.contact().title(), theirs.contact().title());
        plain(rows, "field.contact.agency", mine.contact().agency(), theirs.contact().agency());
        return rows;
    }

    private static void text(List<Row> rows, String key, LocalizedText mine, LocalizedText theirs) {
        if (!Objects.equals(blank(mine.da()), blank(theirs.da()))) {
            rows.add(new Row(key, "da", mine.da(), theirs.da()));
        }
        if (!Objects.equals(blank(mine.en()), blank(theirs.en()))) {
            rows.add(new Row(key, "en", mine.en(), theirs.en()));
        }
    }

    private static void plain(List<Row> rows, String key, String mine, String theirs) {
        if (!Objects.equals(blank(mine), blank(theirs))) {
            rows.add(new Row(key, null, mine, theirs));
        }
    }

    private static String name(Completion c) {
        return c == null ? null : c.name();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
