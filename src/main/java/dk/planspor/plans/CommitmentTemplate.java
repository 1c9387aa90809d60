package dk.planspor.plans;

import dk.planspor.platform.LocalizedText;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * The free-text fields of the OGP commitment template, each in Danish and English:
 * the public problem, what the commitment is, how it contributes, its relevance to OGP values and
 * additional information.
 */
@Embeddable
public class CommitmentTemplate {

    static final CommitmentTemplate EMPTY = new CommitmentTemplate(
            LocalizedText.of(null, null), LocalizedText.of(null, null), LocalizedText.of(null, null),
            LocalizedText.of(null, null), LocalizedText.of(null, null));

    @Embedded
    private LocalizedText problem;
    @Embedded
    private LocalizedText description;
    @Embedded
    private LocalizedText contribution;
    @Embedded
    private LocalizedText relevance;
    @Embedded
    private LocalizedText additionalInformation;

    protected CommitmentTemplate() {
    }

    public CommitmentTemplate(LocalizedText problem, LocalizedText description, LocalizedText contribution,
            LocalizedText relevance, LocalizedText additionalInformation) {
        this.problem = nonNull(problem);
        this.description = nonNull(description);
        this.contribution = nonNull(contribution);
        this.relevance = nonNull(relevance);
        this.additionalInformation = nonNull(additionalInformation);
    }

    private static LocalizedText nonNull(LocalizedText t) {
        return LocalizedText.orEmpty(t);
    }

    public LocalizedText problem() {
        return nonNull(problem);
    }

    public LocalizedText description() {
        return nonNull(description);
    }

    public LocalizedText contribution() {
        return nonNull(contribution);
    }

    public LocalizedText relevance() {
        return nonNull(relevance);
    }

    public LocalizedText additionalInformation() {
        return nonNull(additionalInformation);
    }
}
