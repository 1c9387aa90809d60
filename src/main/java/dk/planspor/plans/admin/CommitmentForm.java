package dk.planspor.plans.admin;

import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.CommitmentEdit;
import dk.planspor.plans.Completion;
import dk.planspor.plans.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The commitment edit form: every field in Danish and English side by side, and the reason for the change. */
record CommitmentForm(
        long version,
        @NotBlank(message = "{validation.titleDa}") @Size(max = 500) String titleDa,
        @Size(max = 500) String titleEn,
        @Size(max = 20000) String problemDa, @Size(max = 20000) String problemEn,
        @Size(max = 20000) String descriptionDa, @Size(max = 20000) String descriptionEn,
        @Size(max = 20000) String contributionDa, @Size(max = 20000) String contributionEn,
        @Size(max = 20000) String relevanceDa, @Size(max = 20000) String relevanceEn,
        @Size(max = 20000) String additionalInformationDa, @Size(max = 20000) String additionalInformationEn,
        @Size(max = 20000) String resultsDa, @Size(max = 20000) String resultsEn,
        @Size(max = 20000) String nextStepsDa, @Size(max = 20000) String nextStepsEn,
        @Size(max = 5000) String otherGovernmentActorsDa, @Size(max = 5000) String otherGovernmentActorsEn,
        @Size(max = 5000) String otherNonGovernmentActorsDa, @Size(max = 5000) String otherNonGovernmentActorsEn,
        @Size(max = 200) String period,
        Completion completion,
        @Size(max = 2000) String completionNote,
        @Size(max = 300) String contactAgency, @Size(max = 300) String contactName, @Size(max = 300) String contactTitle,
        @Email(message = "{validation.email}") @Size(max = 254) String contactEmail, @Size(max = 60) String contactPhone,
        @NotBlank(message = "{validation.reason}") @Size(max = 4000) String reason) {

    static CommitmentForm of(CommitmentEdit e, long version) {
        Contact k = e.contact();
        return new CommitmentForm(version, e.title().da(), e.title().en(), e.problem().da(), e.problem().en(),
                e.description().da(), e.description().en(), e.contribution().da(), e.contribution().en(),
                e.relevance().da(), e.relevance().en(), e.additionalInformation().da(), e.additionalInformation().en(),
                e.results().da(), e.results().en(), e.nextSteps().da(), e.nextSteps().en(),
                e.otherGovernmentActors().da(), e.otherGovernmentActors().en(), e.otherNonGovernmentActors().da(),
                e.otherNonGovernmentActors().en(), e.period(), e.completion(), e.completionNote(), k.agency(), k.name(),
                k.title(), k.email(), k.phone(), null);
    }

    CommitmentEdit toEdit() {
        return new CommitmentEdit(t(titleDa, titleEn), t(problemDa, problemEn), t(descriptionDa, descriptionEn),
                t(contributionDa, contributionEn), t(relevanceDa, relevanceEn),
                t(additionalInformationDa, additionalInformationEn), t(resultsDa, resultsEn), t(nextStepsDa, nextStepsEn),
                t(otherGovernmentActorsDa, otherGovernmentActorsEn), t(otherNonGovernmentActorsDa, otherNonGovernmentActorsEn),
                period, completion, completionNote, new Contact(contactAgency, contactName, contactTitle, contactEmail, contactPhone));
    }

    /** The same form, pointed at another version (after a conflict the user decides to save over it). */
    CommitmentForm atVersion(long newVersion) {
        return new CommitmentForm(newVersion, titleDa, titleEn, problemDa, problemEn, descriptionDa, descriptionEn,
                contributionDa, contributionEn, relevanceDa, relevanceEn, additionalInformationDa, additionalInformationEn,
                resultsDa, resultsEn, nextStepsDa, nextStepsEn, otherGovernmentActorsDa, otherGovernmentActorsEn,
                otherNonGovernmentActorsDa, otherNonGovernmentActorsEn, period, completion, completionNote, contactAgency,
                contactName, contactTitle, contactEmail, contactPhone, reason);
    }

    private static LocalizedText t(String da, String en) {
        return LocalizedText.of(normalise(da), normalise(en));
    }

    /** Browsers send CRLF line breaks; the record keeps LF. */
    private static String normalise(String s) {
        return s == null ? null : s.replace("\r\n", "\n");
    }
}
