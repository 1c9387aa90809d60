package dk.planspor.identity;

import dk.planspor.platform.LocalizedText;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the first coordinator from {@code PLANSPOR_ADMIN_EMAIL} / {@code PLANSPOR_ADMIN_PASSWORD} on
 * start, if no coordinator exists yet. The coordinator belongs to Digitaliseringsstyrelsen.
 */
@Component
class AdminBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final OrganisationDirectory organisations;
    private final String email;
    private final String password;

    AdminBootstrap(Accounts accounts, OrganisationDirectory organisations,
            @Value("${planspor.admin.email:}") String email, @Value("${planspor.admin.password:}") String password) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.email = email;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (email.isBlank() || password.isBlank() || accounts.coordinatorExists()) {
            return;
        }
        organisations.register("digitaliseringsstyrelsen",
                LocalizedText.of("Digitaliseringsstyrelsen", "Danish Agency for Digitisation"), OrganisationKind.AGENCY);
        try {
            accounts.create(email, "Koordinator", "digitaliseringsstyrelsen", EnumSet.of(Role.COORDINATOR), password,
                    "PLANSPOR_ADMIN_EMAIL");
            log.info("Created the first coordinator {}", email);
        } catch (Accounts.InvalidPasswordException e) {
            throw new IllegalStateException("PLANSPOR_ADMIN_PASSWORD breaks the password policy (" + e.getMessage()
                    + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password, not the e-mail address");
        }
    }
}
