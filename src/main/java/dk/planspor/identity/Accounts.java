package dk.planspor.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity module's facade for people: users, their roles and organisation, passwords under the
 * {@link PasswordPolicy}, lock-out after repeated failures, and the audit log of sign-ins.
 */
@Service
@Transactional(readOnly = true)
public class Accounts implements UserDetailsService {

    private final UserAccountRepository users;
    private final SecurityEventRepository log;
    private final OrganisationDirectory organisations;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final EmailVerificationRepository verifications;
    private final org.springframework.context.ApplicationEventPublisher events;

    Accounts(UserAccountRepository users, SecurityEventRepository log, OrganisationDirectory organisations,
            PasswordEncoder passwords, Clock clock, EmailVerificationRepository verifications,
            org.springframework.context.ApplicationEventPublisher events) {
        this.verifications = verifications;
        this.events = events;
        this.users = users;
        this.log = log;
        this.organisations = organisations;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public PlansporUser loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(UserAccount.normalise(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return new PlansporUser(account, account.isLocked(clock.instant()), null);
    }

    public Optional<UserAccount> byId(long id) {
        return users.findById(id);
    }

    public Optional<UserAccount> byUsername(String username) {
        return users.findByUsername(UserAccount.normalise(username));
    }

    /** The enabled agency editors of an organisation: the people who own its commitments. */
    public List<UserAccount> editorsOf(long organisationId) {
        return users.editorsOf(organisationId);
    }

    public List<UserAccount> all() {
        return users.findAllByOrderByUsername();
    }

    public boolean coordinatorExists() {
        return users.existsCoordinator();
    }

    /**
     * Creates a user with a password. {@code organisationSlug} may be null for participants.
     *
     * @throws InvalidPasswordException when the password breaks the policy
     * @throws IllegalArgumentException when the e-mail address is taken or the organisation unknown
     */
    @Transactional
    public UserAccount create(String email, String displayName, String organisationSlug, Set<Role> roles,
            String password, String actor) {
        List<String> broken = PasswordPolicy.check(password, email);
        if (!broken.isEmpty()) {
            throw new InvalidPasswordException(broken);
        }
        if (users.findByUsername(UserAccount.normalise(email)).isPresent()) {
            throw new IllegalArgumentException("user.exists");
        }
        Organisation org = organisationSlug == null || organisationSlug.isBlank() ? null
                : organisations.bySlug(organisationSlug).orElseThrow(() -> new IllegalArgumentException("organisation.unknown"));
        UserAccount account = new UserAccount(email, displayName, org, roles, clock.instant());
        account.setPasswordHash(passwords.encode(password));
        account.markEmailVerified();
        users.save(account);
        audit(SecurityEvent.Type.USER_CREATED, account.username(), null, "roles=" + roles, actor);
        return account;
    }

    /**
     * A citizen or NGO signs up as a participant. The account can sign in once the e-mail address is
     * verified through the link in the mail that {@link ParticipantSignedUp} sends.
     *
     * @throws InvalidPasswordException when the password breaks the policy
     * @throws IllegalArgumentException ("user.exists") when the address is registered already
     */
    @Transactional
    public UserAccount signUp(String email, String displayName, String password, String lang) {
        List<String> broken = PasswordPolicy.check(password, email);
        if (!broken.isEmpty()) {
            throw new InvalidPasswordException(broken);
        }
        if (users.findByUsername(UserAccount.normalise(email)).isPresent()) {
            throw new IllegalArgumentException("user.exists");
        }
        UserAccount account = new UserAccount(email, displayName, null, Set.of(Role.PARTICIPANT), clock.instant());
        account.setPasswordHash(passwords.encode(password));
        users.save(account);
        String token = java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID();
        verifications.save(new EmailVerification(account.id(), sha256(token), clock.instant().plus(java.time.Duration.ofDays(2))));
        audit(SecurityEvent.Type.USER_CREATED, account.username(), null, "participant sign-up", account.username());
        events.publishEvent(new ParticipantSignedUp(account.id(), account.username(), account.displayName(), lang, token));
        return account;
    }

    /** Verifies an e-mail address from the link in the mail. @return false when the link is unknown, used or expired */
    @Transactional
    public boolean verifyEmail(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return verifications.findByTokenHash(sha256(token))
                .filter(v -> v.usableAt(clock.instant()))
                .flatMap(v -> {
                    v.use(clock.instant());
                    return users.findById(v.userId());
                })
                .map(u -> {
                    u.markEmailVerified();
                    return true;
                })
                .orElse(false);
    }

    static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes a user's roles and organisation (staff management). */
    @Transactional
    public UserAccount changeRoles(String username, Set<Role> roles, String organisationSlug, boolean enabled, String actor) {
        UserAccount account = byUsername(username).orElseThrow(() -> new IllegalArgumentException("user.unknown"));
        Organisation org = organisationSlug == null || organisationSlug.isBlank() ? null
                : organisations.bySlug(organisationSlug).orElseThrow(() -> new IllegalArgumentException("organisation.unknown"));
        account.grant(roles, org);
        account.setEnabled(enabled);
        audit(SecurityEvent.Type.USER_CHANGED, account.username(), null,
                "roles=" + roles + " organisation=" + organisationSlug + " enabled=" + enabled, actor);
        return account;
    }

    @Transactional
    public void loginSucceeded(String username, String remoteAddress) {
        byUsername(username).ifPresent(UserAccount::recordSuccess);
        audit(SecurityEvent.Type.LOGIN_SUCCESS, UserAccount.normalise(username), remoteAddress, null, null);
    }

    @Transactional
    public void loginFailed(String username, String remoteAddress, String why) {
        String name = username == null ? "" : UserAccount.normalise(username);
        audit(SecurityEvent.Type.LOGIN_FAILURE, name, remoteAddress, why, null);
        byUsername(name).ifPresent(account -> {
            if (account.recordFailure(clock.instant())) {
                audit(SecurityEvent.Type.ACCOUNT_LOCKED, name, remoteAddress, "until " + account.lockedUntil(), null);
            }
        });
    }

    @Transactional
    public void loggedOut(String username, String remoteAddress) {
        audit(SecurityEvent.Type.LOGOUT, username, remoteAddress, null, null);
    }

    public List<SecurityEvent> recentEvents() {
        return log.findTop100ByOrderByOccurredAtDesc();
    }

    public List<SecurityEvent> eventsOf(String username) {
        return log.findByUsernameOrderByOccurredAtAsc(UserAccount.normalise(username));
    }

    /** The user behind an OIDC login: the account with that subject, or with that e-mail (then linked). */
    @Transactional
    public Optional<UserAccount> forOidc(String issuerSubject, String email) {
        Optional<UserAccount> bySubject = users.findByOidcSubject(issuerSubject);
        if (bySubject.isPresent()) {
            return bySubject;
        }
        if (email == null) {
            return Optional.empty();
        }
        Optional<UserAccount> byEmail = users.findByUsername(UserAccount.normalise(email));
        byEmail.ifPresent(a -> a.linkOidc(issuerSubject));
        return byEmail;
    }

    PlansporUser principalOf(UserAccount account, org.springframework.security.oauth2.core.oidc.OidcIdToken token) {
        return new PlansporUser(account, account.isLocked(clock.instant()), token);
    }

    private void audit(SecurityEvent.Type type, String username, String remoteAddress, String detail, String actor) {
        Instant now = clock.instant();
        log.save(new SecurityEvent(type, username, remoteAddress, detail, actor, now));
    }

    /** The password breaks the policy; the message keys say which rules. */
    public static class InvalidPasswordException extends IllegalArgumentException {
        private final List<String> keys;

        public InvalidPasswordException(List<String> keys) {
            super(String.join(",", keys));
            this.keys = List.copyOf(keys);
        }

        public List<String> keys() {
            return keys;
        }
    }
}
