package dk.planspor.identity;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The OpenID Connect providers configured under {@code spring.security.oauth2.client.*} (README, "Signing in");
 * possibly none. Spring Boot registers its repository only when providers are configured, through a bean
 * condition; an ahead-of-time processed build fixes that condition when the jar is built, so providers set
 * only at run time would be ignored. This repository always exists and is read at run time instead.
 */
public class OidcClients implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    private final Map<String, ClientRegistration> registrations;

    OidcClients(OAuth2ClientProperties properties) {
        this.registrations = new LinkedHashMap<>(new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
    }

    /** Whether any provider is configured (the login page then offers it). */
    public boolean configured() {
        return !registrations.isEmpty();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return registrations.get(registrationId);
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return registrations.values().iterator();
    }
}
