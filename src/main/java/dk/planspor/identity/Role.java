package dk.planspor.identity;

/**
 * What a user may do. Staff roles: the coordinator (everything), agency editors (commitments whose lead
 * agency is their own organisation), the forum chair and moderators. Participants are citizens and NGOs
 * with a verified e-mail address.
 */
public enum Role {
    COORDINATOR, AGENCY_EDITOR, FORUM_CHAIR, MODERATOR, PARTICIPANT;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != PARTICIPANT;
    }

    public String messageKey() {
        return "role." + name();
    }
}
