package dk.planspor.consultation;

/** What a consultation is about: co-creation of an action plan, a draft self-assessment, or something else. */
public enum ConsultationKind {
    CO_CREATION, DRAFT_SELF_ASSESSMENT, OTHER
}
