package dk.planspor.plans;

import dk.planspor.identity.Organisation;
import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The rules of {@link Commitment#apply}: how a document's statement of a commitment is merged into it.
 * Empty fields are filled silently (that is the first reading of the commitment); a different value is a
 * change, reported as a {@link FieldChange} so it becomes an adjustment. Fields the document does not
 * state (null) are left alone. Milestones are matched by title.
 */
final class ContentMerge {

    private final Commitment c;
    private final Lang lang;
    private final List<FieldChange> changes = new ArrayList<>();

    ContentMerge(Commitment commitment, Lang lang) {
        this.c = commitment;
        this.lang = lang;
    }

    List<FieldChange> apply(CommitmentContent in, Organisation agency) {
        text("title", c::title, c::setTitle, in.title());
        CommitmentTemplate t = c.template();
        LocalizedText[] tpl = {t.problem(), t.description(), t.contribution(), t.relevance(), t.additionalInformation()};
        String[] names = {"problem", "description", "contribution", "relevance", "additionalInformation"};
        String[] values = {in.problem(), in.description(), in.contribution(), in.relevance(), in.additionalInformation()};
        boolean templateChanged = false;
        for (int i = 0; i < names.length; i++) {
            final int k = i;
            templateChanged |= text(names[i], () -> tpl[k], v -> tpl[k] = v, values[i]);
        }
        if (templateChanged) {
            c.describe(new CommitmentTemplate(tpl[0], tpl[1], tpl[2], tpl[3], tpl[4]));
        }
        text("results", c::results, c::setResults, in.results());
        text("nextSteps", c::nextSteps, c::setNextSteps, in.nextSteps());
        text("otherGovernmentActors", c::otherGovernmentActors, c::setOtherGovernmentActors, in.otherGovernmentActors());
        text("otherNonGovernmentActors", c::otherNonGovernmentActors, c::setOtherNonGovernmentActors,
                in.otherNonGovernmentActors());
        period(in.period());
        leadAgency(agency);
        completion(in.completion(), in.completionNote());
        contact(in.contact());
        milestones(in.milestones());
        return changes;
    }

    private boolean text(String field, Supplier<LocalizedText> get, Consumer<LocalizedText> set, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        LocalizedText current = get.get();
        String before = current.get(lang);
        if (value.equals(before)) {
            return false;
        }
        set.accept(current.with(lang, value));
        if (before != null) {
            changes.add(new FieldChange(field + "." + lang.code(), before, value));
        }
        return true;
    }

    private void period(String printed) {
        if (printed == null || printed.isBlank()) {
            return;
        }
        String before = c.period().text();
        if (printed.equals(before)) {
            return;
        }
        c.setPeriod(FuzzyDate.tryParse(printed).orElse(new FuzzyDate(printed, null, null)));
        if (!before.isEmpty()) {
            changes.add(new FieldChange("period", before, printed));
        }
    }

    private void leadAgency(Organisation agency) {
        if (agency == null || c.leadAgency() != null && Objects.equals(c.leadAgency().id(), agency.id())) {
            return;
        }
        Organisation before = c.leadAgency();
        c.assignLeadAgency(agency);
        if (before != null) {
            changes.add(new FieldChange("leadAgency", before.name().da(), agency.name().da()));
        }
    }

    private void completion(Completion completion, String note) {
        if (completion == null) {
            return;
        }
        Completion before = c.completion();
        String noteBefore = c.completionNote();
        if (completion == before && Objects.equals(note, noteBefore)) {
            return;
        }
        c.recordCompletion(completion, note);
        if (before != null && completion != before) {
            changes.add(new FieldChange("completion", before.name(), completion.name()));
        }
        if (noteBefore != null && !Objects.equals(note, noteBefore)) {
            changes.add(new FieldChange("completionNote", noteBefore, note));
        }
    }

    private void contact(Contact in) {
        if (in == null || in.isEmpty()) {
            return;
        }
        Contact before = c.contact();
        if (before == null || before.isEmpty()) {
            c.setContact(in);
            return;
        }
        List<FieldChange> contactChanges = before.changesTo(in);
        if (!contactChanges.isEmpty()) {
            changes.addAll(contactChanges);
            c.setContact(in);
        }
    }

    private void milestones(List<CommitmentContent.MilestoneContent> in) {
        if (in == null || in.isEmpty()) {
            return;
        }
        List<Milestone> current = c.mutableMilestones();
        boolean firstReading = current.isEmpty();
        Map<String, Milestone> byTitle = new HashMap<>();
        current.forEach(m -> byTitle.put(key(m.title().get(lang)), m));
        List<Milestone> kept = new ArrayList<>();
        for (CommitmentContent.MilestoneContent m : in) {
            FuzzyDate start = read(m.start());
            FuzzyDate end = read(m.end());
            Milestone existing = byTitle.remove(key(m.title()));
            if (existing == null) {
                Milestone added = c.addMilestone(LocalizedText.of(null, null).with(lang, m.title()), start, end, m.status());
                kept.add(added);
                if (!firstReading) {
                    changes.add(new FieldChange("milestone", null, m.title()));
                }
                continue;
            }
            String label = "milestone[" + m.title() + "]";
            if (!Objects.equals(existing.start().text(), start.text()) || !Objects.equals(existing.end().text(), end.text())) {
                if (!Objects.equals(existing.start().text(), start.text())) {
                    changes.add(new FieldChange(label + ".start", existing.start().text(), start.text()));
                }
                if (!Objects.equals(existing.end().text(), end.text())) {
                    changes.add(new FieldChange(label + ".end", existing.end().text(), end.text()));
                }
                existing.reschedule(start, end);
            }
            if (m.status() != null && !Objects.equals(existing.statusText(), m.status())) {
                changes.add(new FieldChange(label + ".status", existing.statusText(), m.status()));
                existing.updateStatus(m.status());
            }
            kept.add(existing);
        }
        for (Milestone gone : byTitle.values()) {
            changes.add(new FieldChange("milestone", gone.title().get(lang), null));
        }
        current.clear();
        current.addAll(kept);
        for (int i = 0; i < current.size(); i++) {
            current.get(i).moveTo(i + 1);
        }
    }

    private static FuzzyDate read(String printed) {
        String p = printed == null ? "" : printed;
        return FuzzyDate.tryParse(p).orElse(new FuzzyDate(p, null, null));
    }

    private static String key(String title) {
        return title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
