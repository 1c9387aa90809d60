package dk.planspor.consultation;

/** The reasoned answer to a response: how the input was used. */
public enum Disposition {
    INCLUDED, PARTLY_INCLUDED, MERGED, NOT_INCLUDED
}
