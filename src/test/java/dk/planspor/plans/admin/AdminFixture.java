package dk.planspor.plans.admin;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.Role;
import dk.planspor.platform.Lang;
import dk.planspor.platform.LocalizedText;
import dk.planspor.plans.CommitmentContent;
import dk.planspor.plans.CommitmentContent.MilestoneContent;
import dk.planspor.plans.Completion;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanState;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A test plan with one commitment per agency, and one user per role. */
final class AdminFixture {

    static final String SLUG = "9201-9202";
    static final String OWN = "1.1";      // lead agency: Rigsarkivet
    static final String OTHER = "1.2";    // lead agency: Digitaliseringsstyrelsen
    static final String PASSWORD = "Test-Adgang-Planspor-2026";

    private AdminFixture() {
    }

    static void ensure(PlanCatalog catalog, Accounts accounts) {
        ensure(catalog, accounts, SLUG);
    }

    /** The plan {@code slug} with commitments 1.1 (Rigsarkivet) and 1.2 (Digitaliseringsstyrelsen), and the users. */
    static void ensure(PlanCatalog catalog, Accounts accounts, String slug) {
        if (catalog.findPlan(slug).isEmpty()) {
            catalog.definePlan(slug, LocalizedText.of("Testplan for redigering", "Editing test plan"),
                    LocalDate.of(2017, 7, 1), LocalDate.of(2019, 6, 30), PlanState.IN_IMPLEMENTATION);
            catalog.applyImport(slug, Lang.DA, List.of(content(OWN, "Rigsarkivet"), content(OTHER, "Digitaliseringsstyrelsen")),
                    "Testdata", "test", "test");
        }
        user(accounts, "koordinator@test.dk", "digitaliseringsstyrelsen", EnumSet.of(Role.COORDINATOR));
        user(accounts, "editor@sa.test", "rigsarkivet", EnumSet.of(Role.AGENCY_EDITOR));
        user(accounts, "editor@digst.test", "digitaliseringsstyrelsen", EnumSet.of(Role.AGENCY_EDITOR));
        user(accounts, "chair@test.dk", null, EnumSet.of(Role.FORUM_CHAIR));
        user(accounts, "moderator@test.dk", null, EnumSet.of(Role.MODERATOR));
        user(accounts, "borger@test.dk", null, EnumSet.of(Role.PARTICIPANT));
    }

    private static CommitmentContent content(String number, String agency) {
        return new CommitmentContent(number, "Testinitiativ " + number, "2017 – medio 2019", agency, "Problemet.",
                "Beskrivelsen.", "Bidraget.", "Relevansen.", null, Completion.LIMITED, null, "Resultater.", "Næste skridt.",
                List.of(new MilestoneContent("Første milepæl", "1. august 2017", "2. kvartal 2018", "I gang"),
                        new MilestoneContent("Anden milepæl", "2018", "medio 2019", "Ikke påbegyndt")),
                null, null, null);
    }

    private static void user(Accounts accounts, String email, String org, Set<Role> roles) {
        if (accounts.byUsername(email).isEmpty()) {
            accounts.create(email, email.substring(0, email.indexOf('@')), org, roles, PASSWORD, "test");
        }
    }

    static PlansporUser principal(Accounts accounts, String email) {
        return accounts.loadUserByUsername(email);
    }
}
