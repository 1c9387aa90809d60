package dk.planspor.platform;

import java.util.List;

/**
 * A module declares here the few write endpoints that anyone may call without signing in, such as a public
 * consultation form. The security configuration collects every bean of this type, so a module opens its own
 * endpoints without editing the identity module. Everything not listed needs a signed-in user.
 */
public interface PublicWrites {

    /** Path patterns (Spring {@code PathPattern} syntax) of POST endpoints open to anonymous callers. */
    List<String> anonymousPosts();

    /**
     * Path patterns of machine endpoints (JSON API) that take no CSRF token. Only list endpoints that grant
     * nothing a signed-in session would add, because a browser sends the session cookie along.
     */
    default List<String> csrfExempt() {
        return List.of();
    }
}
