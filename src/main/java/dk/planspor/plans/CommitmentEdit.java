package dk.planspor.plans;

import dk.planspor.platform.LocalizedText;

/**
 * A staff edit of a commitment: every field as the edit form holds it, both languages side by side.
 * Unlike an import, an edit may also empty a field.
 */
public record CommitmentEdit(LocalizedText title, LocalizedText problem, LocalizedText description,
        LocalizedText contribution, LocalizedText relevance, LocalizedText additionalInformation,
        LocalizedText results, LocalizedText nextSteps, LocalizedText otherGovernmentActors,
        LocalizedText otherNonGovernmentActors, String period, Completion completion, String completionNote,
        Contact contact) {

    /** The edit form pre-filled with the commitment as it is. */
    public static CommitmentEdit of(Commitment c) {
        CommitmentTemplate t = c.template();
        return new CommitmentEdit(c.title(), t.problem(), t.description(), t.contribution(), t.relevance(),
                t.additionalInformation(), c.results(), c.nextSteps(), c.otherGovernmentActors(),
                c.otherNonGovernmentActors(), c.period().text(), c.completion(), c.completionNote(),
                c.contact() == null ? new Contact(null, null, null, null, null) : c.contact());
    }
}
