package dk.planspor.notifications;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.UserAccount;
import dk.planspor.platform.Lang;
import dk.planspor.plans.Commitment;
import dk.planspor.plans.Milestone;
import dk.planspor.plans.PlanCatalog;
import dk.planspor.plans.PlanState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail jobs, each under a ShedLock row lock so it runs on one node at a time; {@link NotificationSchedule} times
 * them (immediate notifications every minute, the daily digest at 07:00 and owner reminders at 06:30 Copenhagen time). A notification is marked sent
 * in the same transaction that sends it, so a failed send is retried on the next run.
 */
@Component
public class NotificationJobs {

    static final int ENDING_SOON_DAYS = 30;

    private final Outbox outbox;
    private final SubscriberRepository subscribers;
    private final Notifications notifications;
    private final Mailer mailer;
    private final PlanCatalog catalog;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final Clock clock;

    NotificationJobs(Outbox outbox, SubscriberRepository subscribers, Notifications notifications, Mailer mailer,
            PlanCatalog catalog, Accounts accounts, TransactionTemplate tx, Clock clock) {
        this.outbox = outbox;
        this.subscribers = subscribers;
        this.notifications = notifications;
        this.mailer = mailer;
        this.catalog = catalog;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    /** Sends each pending notification of an immediate subscriber as its own mail. Returns the number sent. */
    @SchedulerLock(name = "notifications-immediate", lockAtMostFor = "PT10M")
    public void sendImmediate() {
        while (true) {
            Integer n = tx.execute(status -> {
                List<Outbox.Pending> batch = outbox.pending(Delivery.IMMEDIATE, 50);
                for (Outbox.Pending p : batch) {
                    Subscriber s = subscribers.findById(p.subscriberId()).orElseThrow();
                    mailer.send(s, p.headline(), p.body() + "\n\n" + mailer.url(p.link()));
                    outbox.markSent(List.of(p.id()), clock.instant());
                }
                return batch.size();
            });
            if (n == null || n < 50) {
                return;
            }
        }
    }

    /** Sends every daily subscriber one mail with all their pending notifications. */
    @SchedulerLock(name = "notifications-digest", lockAtMostFor = "PT30M")
    public void sendDigests() {
        tx.executeWithoutResult(status -> {
            Map<Long, List<Outbox.Pending>> bySubscriber = outbox.pending(Delivery.DAILY, 100_000).stream()
                    .collect(Collectors.groupingBy(Outbox.Pending::subscriberId, LinkedHashMap::new, Collectors.toList()));
            bySubscriber.forEach((id, items) -> {
                Subscriber s = subscribers.findById(id).orElseThrow();
                String text = items.stream().map(p -> "• " + p.headline() + "\n  " + p.body() + "\n  " + mailer.url(p.link()))
                        .collect(Collectors.joining("\n\n"));
                mailer.send(s, mailer.msg(s, "notifications.digest.subject", items.size()),
                        mailer.msg(s, "notifications.digest.lead") + "\n\n" + text);
                outbox.markSent(items.stream().map(Outbox.Pending::id).toList(), clock.instant());
            });
        });
    }

    /** One reminder of a milestone to the editors of its commitment's lead agency. */
    record Reminder(long milestoneId, String kind, LocalDate endTo, long organisationId, String planSlug, String number,
            String commitmentTitle, String milestoneTitle, String end) {
    }

    /**
     * Reminds owners of milestones in running plans that became late or end within 30 days. Each reminder is sent
     * once per milestone, kind and end date.
     */
    @SchedulerLock(name = "owner-reminders", lockAtMostFor = "PT30M")
    public void remindOwners() {
        LocalDate today = LocalDate.now(clock);
        List<Reminder> due = tx.execute(status -> dueReminders(today));
        for (Reminder r : due) {
            List<UserAccount> owners = accounts.editorsOf(r.organisationId());
            if (owners.isEmpty()) {
                continue;
            }
            tx.executeWithoutResult(status -> {
                List<Subscriber> to = owners.stream().map(o -> notifications.subscriberOf(o.id(), Lang.DA))
                        .filter(Subscriber::active).toList();
                String recipients = to.stream().map(Subscriber::email).collect(Collectors.joining(","));
                if (to.isEmpty() || !outbox.remindOnce(r.milestoneId(), r.kind(), r.endTo(), recipients, clock.instant())) {
                    return;
                }
                for (Subscriber s : to) {
                    String path = "/" + s.lang() + "/plans/" + r.planSlug() + "/commitments/" + r.number();
                    mailer.send(s, mailer.msg(s, "notifications.reminder." + r.kind() + ".subject", r.number(), r.planSlug()),
                            mailer.msg(s, "notifications.reminder." + r.kind() + ".body", r.milestoneTitle(),
                                    r.number(), r.commitmentTitle(), r.end()) + "\n\n" + mailer.url(path));
                }
            });
        }
    }

    private List<Reminder> dueReminders(LocalDate today) {
        List<Reminder> due = new ArrayList<>();
        for (var summary : catalog.plans()) {
            if (summary.plan().state() != PlanState.ADOPTED && summary.plan().state() != PlanState.IN_IMPLEMENTATION) {
                continue;
            }
            for (Commitment c : catalog.overview(summary.plan().slug()).commitments()) {
                if (c.leadAgency() == null) {
                    continue;
                }
                for (Milestone m : c.milestones()) {
                    if (m.status().isDone() || m.end() == null || m.end().to() == null) {
                        continue;
                    }
                    LocalDate endTo = m.end().to();
                    String kind = m.isLate(today) ? "LATE"
                            : !endTo.isBefore(today) && !endTo.isAfter(today.plusDays(ENDING_SOON_DAYS)) ? "ENDING_SOON" : null;
                    if (kind != null) {
                        due.add(new Reminder(m.id(), kind, endTo, c.leadAgency().id(), summary.plan().slug(), c.number(),
                                c.title().da(), m.title().da(), m.end().text()));
                    }
                }
            }
        }
        return due;
    }
}
