package dk.planspor.notifications;

/** What can be followed. Keys: a plan's slug, {@code slug/number} for a commitment, a consultation's slug, or "ogp". */
public enum SubjectKind {
    PLAN, COMMITMENT, CONSULTATION, FORUM
}
