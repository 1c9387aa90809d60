package dk.planspor.consultation;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Staff users and open or closed consultations for the consultation tests. */
final class ConsultationFixture {

    static final String PASSWORD = "Test-Adgang-Planspor-2026";
    static final String COORDINATOR = "hoering-koordinator@test.dk";
    static final String MODERATOR = "hoering-moderator@test.dk";
    static final String EDITOR = "hoering-editor@test.dk";

    private ConsultationFixture() {
    }

    static PlansporUser coordinator(Accounts accounts) {
        users(accounts);
        return accounts.loadUserByUsername(COORDINATOR);
    }

    static PlansporUser user(Accounts accounts, String email) {
        users(accounts);
        return accounts.loadUserByUsername(email);
    }

    private static void users(Accounts accounts) {
        user(accounts, COORDINATOR, "digitaliseringsstyrelsen", EnumSet.of(Role.COORDINATOR));
        user(accounts, MODERATOR, null, EnumSet.of(Role.MODERATOR));
        user(accounts, EDITOR, "rigsarkivet", EnumSet.of(Role.AGENCY_EDITOR));
    }

    private static void user(Accounts accounts, String email, String org, Set<Role> roles) {
        if (accounts.byUsername(email).isEmpty()) {
            accounts.create(email, email.substring(0, email.indexOf('@')), org, roles, PASSWORD, "test");
        }
    }

    /** An open consultation (kind OTHER, so no notice rule) with the given slug, created once. */
    static Consultation open(ConsultationDesk desk, Accounts accounts, String slug) {
        return desk.find(slug).orElseGet(() -> {
            PlansporUser who = coordinator(accounts);
            Instant now = desk.now();
            desk.create(new ConsultationEdit(slug, ConsultationKind.OTHER, "Testhøring " + slug, "Test consultation " + slug,
                    "Beskrivelse.", "Description.", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)),
                    "Kontakt", "kontakt@test.dk", "2017-2019", null, List.of("Øresund Forening", "Aarhus Kommune", "Borger.dk"),
                    List.of()), who, "Test");
            desk.open(slug, null, who, "Test");
            return desk.consultation(slug);
        });
    }

    /** A published consultation whose deadline passed yesterday. */
    static Consultation closed(ConsultationDesk desk, Accounts accounts, String slug) {
        return desk.find(slug).orElseGet(() -> {
            PlansporUser who = coordinator(accounts);
            Instant now = desk.now();
            desk.create(new ConsultationEdit(slug, ConsultationKind.OTHER, "Lukket høring " + slug, "Closed consultation",
                    null, null, now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(1)), null, null, null, null,
                    List.of(), List.of()), who, "Test");
            desk.open(slug, null, who, "Test");
            return desk.consultation(slug);
        });
    }
}
