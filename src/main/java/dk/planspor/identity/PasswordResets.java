package dk.planspor.identity;

import dk.planspor.platform.Lang;
import dk.planspor.platform.Mail;
import dk.planspor.platform.RateLimit;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot your password?" and "change your password". A reset link is mailed to the account's address, works once,
 * for {@link #VALID}, and only its SHA-256 is stored; the mail is sent by this facade after the link is committed,
 * so the token is never written to the event log, and apart from the request, whose page and time never tell
 * whether an address has an account (a lost mail: ask again). A new
 * password ends the account's other sessions, lifts a lock-out, and is in the security log. Requests are limited per
 * client address with the platform's {@link RateLimit}, as consultation submissions are.
 */
@Service
public class PasswordResets {

    static final Duration VALID = Duration.ofHours(1);
    /** Links mailed per account per hour: enough for a lost mail, too few to flood an inbox. */
    static final int PER_ACCOUNT_PER_HOUR = 3;
    /** Requests per client address per hour. */
    static final int PER_ADDRESS_PER_HOUR = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final SecurityEventRepository log;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final Mail mail;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final java.util.concurrent.Executor mailer;
    private final RateLimit perAddress = new RateLimit(PER_ADDRESS_PER_HOUR, Duration.ofHours(1));

    PasswordResets(JdbcClient jdbc, UserAccountRepository users, SecurityEventRepository log, PasswordEncoder passwords,
            Clock clock, Mail mail, MessageSource messages, TransactionTemplate tx,
            ObjectProvider<FindByIndexNameSessionRepository<?>> sessions,
            @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") java.util.concurrent.Executor mailer) {
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.users = users;
        this.log = log;
        this.passwords = passwords;
        this.clock = clock;
        this.mail = mail;
        this.messages = messages;
        this.tx = tx;
        this.sessions = sessions;
    }

    /** Too many requests from one client address; {@code seconds} to wait. */
    public static class TooManyRequests extends RuntimeException {
        private final long seconds;

        TooManyRequests(long seconds) {
            super("password.reset.tooMany");
            this.seconds = seconds;
        }

        public long seconds() {
            return seconds;
        }
    }

    /** A reset or change the rules refuse; the message key says why. */
    public static class Refused extends RuntimeException {
        Refused(String messageKey) {
            super(messageKey);
        }

        public String messageKey() {
            return getMessage();
        }
    }

    /**
     * Mails a reset link to {@code email} when it belongs to an enabled account with a password, and the account has
     * had fewer than {@link #PER_ACCOUNT_PER_HOUR} links this hour; otherwise does nothing, visibly the same.
     *
     * @throws TooManyRequests when the client address asked too often
     */
    public void request(String email, Lang lang, String remoteAddress) {
        limit(remoteAddress);
        String address = UserAccount.normalise(email == null ? "" : email);
        Link link = tx.execute(status -> users.findByUsername(address)
                .filter(u -> u.enabled() && u.passwordHash() != null)
                .filter(u -> jdbc.sql("select count(*) from password_reset where user_id = ? and requested_at > ?")
                        .params(u.id(), Timestamp.from(clock.instant().minus(Duration.ofHours(1)))).query(Integer.class)
                        .single() < PER_ACCOUNT_PER_HOUR)
                .map(u -> {
                    byte[] bytes = new byte[32];
                    RANDOM.nextBytes(bytes);
                    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                    Instant now = clock.instant();
                    jdbc.sql("insert into password_reset(user_id, token_hash, requested_at, expires_at) values (?,?,?,?)")
                            .params(u.id(), Accounts.sha256(token), Timestamp.from(now), Timestamp.from(now.plus(VALID))).update();
                    audit(SecurityEvent.Type.RESET_REQUESTED, u.username(), remoteAddress, null);
                    return new Link(u.username(), u.displayName(), token);
                }).orElse(null));
        if (link != null) {
            // sent apart from the request, so that its time does not tell that the address has an account
            String url = mail.url("/" + lang.code() + "/login/reset?token=" + link.token());
            String subject = messages.getMessage("password.reset.mail.subject", null, lang.locale());
            String body = messages.getMessage("password.reset.mail.body", new Object[] {link.name(), url, VALID.toMinutes()},
                    lang.locale());
            mailer.execute(() -> mail.send(link.email(), subject, body));
        }
    }

    /** A reset link made for an account, to be mailed. */
    private record Link(String email, String name, String token) {
    }

    /** Whether a reset link can still be used. */
    public boolean usable(String token) {
        return find(token).isPresent();
    }

    /**
     * Sets a new password through a reset link, which is then used up (and so are the account's other links).
     *
     * @throws Refused {@code password.reset.invalid} when the link is unknown, used or expired
     * @throws Accounts.InvalidPasswordException when the password breaks the policy
     */
    public void reset(String token, String newPassword, String remoteAddress) {
        String username = tx.execute(status -> {
            long userId = find(token).orElseThrow(() -> new Refused("password.reset.invalid"));
            UserAccount u = users.findById(userId).orElseThrow(() -> new Refused("password.reset.invalid"));
            setPassword(u, newPassword);
            jdbc.sql("update password_reset set used_at = ? where user_id = ? and used_at is null")
                    .params(Timestamp.from(clock.instant()), userId).update();
            u.recordSuccess(); // the lock-out after failed sign-ins is lifted: the owner of the address is back
            u.markEmailVerified(); // the link proved the address
            audit(SecurityEvent.Type.PASSWORD_RESET, u.username(), remoteAddress, null);
            return u.username();
        });
        endSessions(username, null);
    }

    /**
     * A signed-in user changes their password, giving the current one. Their other sessions end; this one stays.
     *
     * @throws Refused {@code password.current.wrong} when the current password is wrong
     * @throws Accounts.InvalidPasswordException when the new password breaks the policy
     */
    public void change(PlansporUser user, String current, String newPassword, String sessionId, String remoteAddress) {
        tx.executeWithoutResult(status -> {
            UserAccount u = users.findById(user.id()).orElseThrow();
            if (current == null || u.passwordHash() == null || !passwords.matches(current, u.passwordHash())) {
                throw new Refused("password.current.wrong");
            }
            setPassword(u, newPassword);
            audit(SecurityEvent.Type.PASSWORD_CHANGED, u.username(), remoteAddress, null);
        });
        endSessions(user.getUsername(), sessionId);
    }

    private void setPassword(UserAccount u, String password) {
        List<String> broken = PasswordPolicy.check(password, u.username());
        if (!broken.isEmpty()) {
            throw new Accounts.InvalidPasswordException(broken);
        }
        u.setPasswordHash(passwords.encode(password));
    }

    private Optional<Long> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id from password_reset where token_hash = ? and used_at is null and expires_at > ?")
                .params(Accounts.sha256(token), Timestamp.from(clock.instant())).query(Long.class).optional();
    }

    /** Ends the user's sessions (kept in the database by Spring Session), except {@code keep}. */
    private void endSessions(String username, String keep) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository == null) {
            return;
        }
        repository.findByPrincipalName(username).keySet().stream().filter(id -> !id.equals(keep))
                .forEach(repository::deleteById);
    }

    private void limit(String remoteAddress) {
        long seconds = perAddress.take(remoteAddress);
        if (seconds > 0) {
            throw new TooManyRequests(seconds);
        }
    }

    private void audit(SecurityEvent.Type type, String username, String remoteAddress, String detail) {
        log.save(new SecurityEvent(type, username, remoteAddress, detail, username, clock.instant()));
    }
}
