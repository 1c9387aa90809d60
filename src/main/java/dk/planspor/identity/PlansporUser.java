package dk.planspor.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The signed-in user as the rest of the platform sees it, however they signed in (password or OIDC):
 * id, e-mail, name, organisation and roles. Kept in the HTTP session, so it is serialisable.
 */
public final class PlansporUser implements UserDetails, OidcUser, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final Long organisationId;
    private final String organisationSlug;
    private final String organisationName;
    private final Set<Role> roles;
    private final boolean enabled;
    private final boolean locked;
    private final OidcIdToken idToken;

    PlansporUser(UserAccount account, boolean locked, OidcIdToken idToken) {
        this.id = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.passwordHash = account.passwordHash();
        this.organisationId = account.organisation() == null ? null : account.organisation().id();
        this.organisationSlug = account.organisation() == null ? null : account.organisation().slug();
        this.organisationName = account.organisation() == null ? null : account.organisation().name().da();
        this.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
        // a participant signs in only after verifying the e-mail address
        this.enabled = account.enabled() && (account.emailVerified() || account.isStaff());
        this.locked = locked;
        this.idToken = idToken;
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String organisationSlug() {
        return organisationSlug;
    }

    public String organisationName() {
        return organisationName;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isCoordinator() {
        return roles.contains(Role.COORDINATOR);
    }

    /** Whether the user may edit a commitment whose lead agency is {@code leadAgencyId}. */
    public boolean mayEditCommitmentOf(Long leadAgencyId) {
        return isCoordinator()
                || roles.contains(Role.AGENCY_EDITOR) && organisationId != null && organisationId.equals(leadAgencyId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken == null ? Map.of("sub", username, "email", username) : idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return null;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public String toString() {
        return "PlansporUser[" + username + ", " + roles + ", " + organisationSlug + "]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlansporUser other && username.equals(other.username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    static List<String> authoritiesOf(Set<Role> roles) {
        return roles.stream().map(Role::authority).toList();
    }
}
