package dk.planspor.assessment;

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

/** A plan with commitment 1.1 (Rigsarkivet) and 1.2 (Digitaliseringsstyrelsen), and staff users. */
public final class RoundFixture {

    public static final String PASSWORD = "Runde-Adgang-Planspor-2026";
    public static final String COORDINATOR = "koordinator@runde.test";
    public static final String OWNER = "ejer@sa.runde.test";
    public static final String OWNER2 = "ejer2@sa.runde.test";
    public static final String OTHER_OWNER = "ejer@digst.runde.test";

    private RoundFixture() {
    }

    public static void plan(PlanCatalog catalog, String slug) {
        if (catalog.findPlan(slug).isEmpty()) {
            catalog.definePlan(slug, LocalizedText.of("Runde-testplan " + slug, "Round test plan " + slug),
                    LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), PlanState.IN_IMPLEMENTATION);
            catalog.applyImport(slug, Lang.DA, List.of(content("1.1", "Rigsarkivet"), content("1.2", "Digitaliseringsstyrelsen")),
                    "Testdata", "test", "test");
        }
    }

    public static void users(Accounts accounts) {
        user(accounts, COORDINATOR, "digitaliseringsstyrelsen", EnumSet.of(Role.COORDINATOR));
        user(accounts, OWNER, "rigsarkivet", EnumSet.of(Role.AGENCY_EDITOR));
        user(accounts, OWNER2, "rigsarkivet", EnumSet.of(Role.AGENCY_EDITOR));
        user(accounts, OTHER_OWNER, "digitaliseringsstyrelsen", EnumSet.of(Role.AGENCY_EDITOR));
    }

    public static PlansporUser principal(Accounts accounts, String email) {
        return accounts.loadUserByUsername(email);
    }

    private static CommitmentContent content(String number, String agency) {
        return new CommitmentContent(number, "Runde-initiativ " + number, "2025 – 2027", agency, "Problemet.",
                "Beskrivelsen.", "Bidraget.", "Relevansen.", null, Completion.LIMITED, null, "Gamle resultater " + number + ".",
                "Gamle næste skridt.", List.of(new MilestoneContent("Første milepæl " + number, "1. august 2025", "2. kvartal 2026", "I gang"),
                        new MilestoneContent("Anden milepæl " + number, "2026", "medio 2027", "Ikke påbegyndt")),
                null, null, null);
    }

    private static void user(Accounts accounts, String email, String org, Set<Role> roles) {
        if (accounts.byUsername(email).isEmpty()) {
            accounts.create(email, email.substring(0, email.indexOf('@')).replace('.', ' '), org, roles, PASSWORD, "test");
        }
    }
}
