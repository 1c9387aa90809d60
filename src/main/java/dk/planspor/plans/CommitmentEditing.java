package dk.planspor.plans;

import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The rules of {@link Commitment#edit}: compare every field, both languages, and change what differs. */
final class CommitmentEditing {

    private CommitmentEditing() {
    }

    static List<FieldChange> apply(Commitment c, CommitmentEdit e) {
        List<FieldChange> changes = new ArrayList<>();
        c.setTitle(text(changes, "title", c.title(), e.title()));
        CommitmentTemplate t = c.template();
        LocalizedText problem = text(changes, "problem", t.problem(), e.problem());
        LocalizedText description = text(changes, "description", t.description(), e.description());
        LocalizedText contribution = text(changes, "contribution", t.contribution(), e.contribution());
        LocalizedText relevance = text(changes, "relevance", t.relevance(), e.relevance());
        LocalizedText additional = text(changes, "additionalInformation", t.additionalInformation(), e.additionalInformation());
        c.describe(new CommitmentTemplate(problem, description, contribution, relevance, additional));
        c.setResults(text(changes, "results", c.results(), e.results()));
        c.setNextSteps(text(changes, "nextSteps", c.nextSteps(), e.nextSteps()));
        c.setOtherGovernmentActors(text(changes, "otherGovernmentActors", c.otherGovernmentActors(), e.otherGovernmentActors()));
        c.setOtherNonGovernmentActors(text(changes, "otherNonGovernmentActors", c.otherNonGovernmentActors(),
                e.otherNonGovernmentActors()));
        String period = blankToNull(e.period());
        String periodBefore = blankToNull(c.period().text());
        if (!Objects.equals(period, periodBefore)) {
            changes.add(new FieldChange("period", periodBefore, period));
            c.setPeriod(period == null ? null : FuzzyDate.parse(period));
        }
        if (e.completion() != c.completion()) {
            changes.add(new FieldChange("completion", name(c.completion()), name(e.completion())));
        }
        if (!Objects.equals(blankToNull(e.completionNote()), c.completionNote())) {
            changes.add(new FieldChange("completionNote", c.completionNote(), blankToNull(e.completionNote())));
        }
        c.recordCompletion(e.completion(), e.completionNote());
        contact(changes, c, e.contact());
        return changes;
    }

    private static LocalizedText text(List<FieldChange> changes, String field, LocalizedText before, LocalizedText after) {
        LocalizedText a = after == null ? LocalizedText.of(null, null) : LocalizedText.of(after.da(), after.en());
        for (Lang lang : Lang.values()) {
            if (!Objects.equals(before.get(lang), a.get(lang))) {
                changes.add(new FieldChange(field + "." + lang.code(), before.get(lang), a.get(lang)));
            }
        }
        return a;
    }

    private static void contact(List<FieldChange> changes, Commitment c, Contact in) {
        Contact before = c.contact() == null ? new Contact(null, null, null, null, null) : c.contact();
        Contact after = in == null ? new Contact(null, null, null, null, null)
                : new Contact(blankToNull(in.agency()), blankToNull(in.name()), blankToNull(in.title()),
                        blankToNull(in.email()), blankToNull(in.phone()));
        List<FieldChange> contactChanges = before.changesTo(after);
        if (!contactChanges.isEmpty()) {
            changes.addAll(contactChanges);
            c.setContact(after.isEmpty() ? null : after);
        }
    }

    private static String name(Completion c) {
        return c == null ? null : c.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
