package dk.planspor.consultation;

/** Where a consultation stands: not yet published, published but not open yet, open, or past its deadline. */
public enum ConsultationState {
    DRAFT, UPCOMING, OPEN, CLOSED
}
