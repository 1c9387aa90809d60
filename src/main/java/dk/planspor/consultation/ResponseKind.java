package dk.planspor.consultation;

/** What a response is: an idea, a comment, or an initiative proposal with the commitment template's main fields. */
public enum ResponseKind {
    IDEA, COMMENT, PROPOSAL
}
