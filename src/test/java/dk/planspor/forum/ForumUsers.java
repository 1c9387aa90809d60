package dk.planspor.forum;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import java.util.EnumSet;

/** Users for the forum and library tests: participants, the forum chair, a moderator and a coordinator. */
public final class ForumUsers {

    public static final String PASSWORD = "Test-Adgang-Planspor-2026";

    private ForumUsers() {
    }

    public static PlansporUser user(Accounts accounts, String email, Role role) {
        if (accounts.byUsername(email).isEmpty()) {
            accounts.create(email, "Navn " + email.substring(0, email.indexOf('@')), role == Role.COORDINATOR
                    || role == Role.AGENCY_EDITOR ? "digitaliseringsstyrelsen" : null, EnumSet.of(role), PASSWORD, "test");
        }
        return accounts.loadUserByUsername(email);
    }
}
