package dk.planspor.notifications;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.PlansporUser;
import dk.planspor.identity.UserAccount;
import dk.planspor.platform.Lang;
import dk.planspor.plans.PlanCatalog;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications module's facade: follow and unfollow, delivery choice, one-click unsubscribe, and queuing a
 * notification for everyone who follows a subject.
 */
@Service
@Transactional
public class Notifications {

    private final SubscriberRepository subscribers;
    private final FollowRepository follows;
    private final Outbox outbox;
    private final Accounts accounts;
    private final PlanCatalog catalog;
    private final Clock clock;
    private final dk.planspor.consultation.ConsultationDesk consultations;

    Notifications(SubscriberRepository subscribers, FollowRepository follows, Outbox outbox, Accounts accounts,
            PlanCatalog catalog, Clock clock, dk.planspor.consultation.ConsultationDesk consultations) {
        this.consultations = consultations;
        this.subscribers = subscribers;
        this.follows = follows;
        this.outbox = outbox;
        this.accounts = accounts;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** Thrown when the thing to follow does not exist. */
    public static class UnknownSubjectException extends IllegalArgumentException {
        public UnknownSubjectException(SubjectKind kind, String key) {
            super(kind + " " + key);
        }
    }

    /** Follows a subject; following it again changes nothing. Following turns mail back on after an unsubscribe. */
    public Follow follow(PlansporUser user, SubjectKind kind, String key, Lang lang) {
        if (!exists(kind, key)) {
            throw new UnknownSubjectException(kind, key);
        }
        Subscriber s = subscriberOf(user.id(), lang);
        s.resume(user.getUsername(), lang.code());
        return follows.findBySubscriberOrderByCreatedAtDesc(s).stream()
                .filter(f -> f.subjectKind() == kind && f.subjectKey().equals(key)).findFirst()
                .orElseGet(() -> follows.save(new Follow(s, kind, key, clock.instant())));
    }

    /** Stops following; only the follower may do that. */
    public void unfollow(PlansporUser user, long followId) {
        Follow f = follows.findById(followId)
                .orElseThrow(() -> new dk.planspor.platform.NotFoundException("notifications.follow.unknown"));
        if (f.subscriber().accountId() != user.id()) {
            throw new AccessDeniedException("not your follow");
        }
        follows.delete(f);
    }

    @Transactional(readOnly = true)
    public List<Follow> follows(PlansporUser user) {
        return subscribers.findByAccountId(user.id()).map(follows::findBySubscriberOrderByCreatedAtDesc).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<Subscriber> settings(PlansporUser user) {
        return subscribers.findByAccountId(user.id());
    }

    public void deliver(PlansporUser user, Delivery delivery, Lang lang) {
        subscriberOf(user.id(), lang).deliver(delivery);
    }

    /** One-click unsubscribe from every mail; the pending ones are dropped. False for an unknown token. */
    public boolean unsubscribe(String token) {
        if (token == null || token.isBlank()) {
            return false;
        }
        return subscribers.findByUnsubscribeToken(token.strip()).map(s -> {
            s.unsubscribe(clock.instant());
            outbox.dropPending(s.id());
            return true;
        }).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<Subscriber> byToken(String token) {
        return token == null ? Optional.empty() : subscribers.findByUnsubscribeToken(token.strip());
    }

    /**
     * Queues a notification for every active follower of {@code kind} with one of {@code keys}, or of {@code also}
     * with {@code alsoKey} (e.g. a commitment and its plan). {@code text} renders headline and body in a subscriber's
     * language. Returns how many were queued.
     */
    public int notifyFollowers(SubjectKind kind, Collection<String> keys, SubjectKind also, String alsoKey,
            String dedupeKey, java.util.function.Function<Subscriber, String[]> text, String path) {
        int queued = 0;
        for (Subscriber s : follows.followersOf(kind, keys, also, alsoKey)) {
            String[] headlineAndBody = text.apply(s);
            if (outbox.add(s.id(), dedupeKey, headlineAndBody[0], headlineAndBody[1], "/" + s.lang() + path,
                    clock.instant())) {
                queued++;
            }
        }
        return queued;
    }

    /** The subscriber record of an account, created on first use (owners get one for their reminders). */
    Subscriber subscriberOf(long accountId, Lang lang) {
        return subscribers.findByAccountId(accountId).orElseGet(() -> {
            UserAccount a = accounts.byId(accountId).orElseThrow();
            return subscribers.save(new Subscriber(accountId, a.username(), lang.code(), clock.instant()));
        });
    }

    private boolean exists(SubjectKind kind, String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return false;
        }
        return switch (kind) {
            case PLAN -> catalog.findPlan(key).isPresent();
            case COMMITMENT -> {
                int slash = key.indexOf('/');
                yield slash > 0 && catalog.findCommitmentId(key.substring(0, slash), key.substring(slash + 1)).isPresent();
            }
            case FORUM -> "ogp".equals(key);
            case CONSULTATION -> consultations.find(key).isPresent();
        };
    }
}
