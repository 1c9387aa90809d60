package dk.planspor.identity;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sign-in through an OpenID Connect provider (the route to MitID Erhverv / NemLog-in). The provider says
 * who the person is; Planspor's own account (matched by issuer + subject, or by e-mail address the first
 * time) says what they may do. A person without an account is refused.
 */
@Component
class OidcAccountService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final Accounts accounts;

    OidcAccountService(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidc = delegate.loadUser(request);
        String subject = oidc.getIssuer() + "|" + oidc.getSubject();
        UserAccount account = accounts.forOidc(subject, oidc.getEmail())
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("access_denied",
                        "No Planspor account for " + oidc.getEmail(), null)));
        return accounts.principalOf(account, oidc.getIdToken());
    }
}
