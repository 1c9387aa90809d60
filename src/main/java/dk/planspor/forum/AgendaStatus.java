package dk.planspor.forum;

/** Where a proposed agenda item stands: waiting for the chair, or accepted, deferred or rejected with a reason. */
public enum AgendaStatus {
    PROPOSED, ACCEPTED, DEFERRED, REJECTED;

    public String messageKey() {
        return "forum.agenda.status." + name();
    }
}
