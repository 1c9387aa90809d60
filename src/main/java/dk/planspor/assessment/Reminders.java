package dk.planspor.assessment;

import dk.planspor.identity.Accounts;
import dk.planspor.identity.Role;
import dk.planspor.identity.UserAccount;
import dk.planspor.platform.Mail;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder mails to commitment owners (the lead agency's editors) who have not submitted: 14, 7 and 1
 * days before the deadline and the day after it. Each (round, recipient, kind) is recorded before the
 * mail goes out, in the same transaction, so it is sent exactly once; a mail that fails is tried again
 * on the next run.
 */
@Service
class Reminders {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    /** The reminders, latest first: which one is due depends on the days left. */
    enum Kind { AFTER, D1, D7, D14 }

    private final AssessmentRoundRepository rounds;
    private final ReminderSentRepository sent;
    private final RoundWork work;
    private final Accounts accounts;
    private final Mail mail;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Clock clock;

    Reminders(AssessmentRoundRepository rounds, ReminderSentRepository sent, RoundWork work, Accounts accounts,
            Mail mail, MessageSource messages, TransactionTemplate tx, Clock clock) {
        this.rounds = rounds;
        this.sent = sent;
        this.work = work;
        this.accounts = accounts;
        this.mail = mail;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
    }

    /** Which reminder is due with {@code daysLeft} days to the deadline (negative: after it). */
    static Optional<Kind> due(long daysLeft) {
        if (daysLeft < -7 || daysLeft == 0) {
            return Optional.empty();
        }
        if (daysLeft < 0) {
            return Optional.of(Kind.AFTER);
        }
        if (daysLeft <= 1) {
            return Optional.of(Kind.D1);
        }
        if (daysLeft <= 7) {
            return Optional.of(Kind.D7);
        }
        return daysLeft <= 14 ? Optional.of(Kind.D14) : Optional.empty();
    }

    /** Sends every reminder that is due and not sent yet; returns how many mails went out. */
    int sendDue() {
        LocalDate today = LocalDate.now(clock.withZone(DENMARK));
        int count = 0;
        for (AssessmentRound round : rounds.findByStateOrderByDeadline(AssessmentRound.State.OPEN)) {
            if (round.deadline() == null) {
                continue;
            }
            Optional<Kind> kind = due(ChronoUnit.DAYS.between(today, round.deadline()));
            if (kind.isPresent()) {
                count += remind(round, kind.get());
            }
        }
        return count;
    }

    private int remind(AssessmentRound round, Kind kind) {
        Map<String, List<Progress>> outstanding = tx.execute(s -> outstandingByOwner(round));
        int count = 0;
        for (var e : outstanding.entrySet()) {
            Boolean mailed = tx.execute(s -> {
                if (sent.existsByRoundIdAndRecipientAndKind(round.id(), e.getKey(), kind.name())) {
                    return false;
                }
                sent.saveAndFlush(new ReminderSent(round.id(), e.getKey(), kind.name(), clock.instant()));
                send(round, kind, e.getKey(), e.getValue());
                return true;
            });
            if (Boolean.TRUE.equals(mailed)) {
                count++;
            }
        }
        return count;
    }

    /** Commitments not submitted yet, by the e-mail of each editor of their lead agency. */
    private Map<String, List<Progress>> outstandingByOwner(AssessmentRound round) {
        Map<String, List<Progress>> byOwner = new TreeMap<>();
        List<UserAccount> editors = accounts.all().stream()
                .filter(a -> a.enabled() && a.has(Role.AGENCY_EDITOR) && a.organisation() != null).toList();
        for (Progress p : work.progress(round)) {
            if (p.status() == Progress.Status.SUBMITTED || p.leadAgencyId() == null) {
                continue;
            }
            for (UserAccount a : editors) {
                if (p.leadAgencyId().equals(a.organisation().id())) {
                    byOwner.computeIfAbsent(a.username(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        return byOwner;
    }

    private void send(AssessmentRound round, Kind kind, String to, List<Progress> commitments) {
        Locale da = Locale.forLanguageTag("da");
        String link = mail.url("/da/admin/assessments/" + round.planSlug() + "/" + round.kind().slug());
        StringBuilder list = new StringBuilder();
        commitments.forEach(p -> list.append("- ").append(p.number()).append(' ').append(p.title().da() == null
                ? p.title().en() : p.title().da()).append('\n'));
        String roundName = messages.getMessage(round.kind().messageKey(), null, da) + " " + round.planSlug();
        Object[] args = {roundName, round.deadline().toString(), list.toString(), link};
        String subject = messages.getMessage("assessment.mail." + kind.name() + ".subject", args, da);
        String body = messages.getMessage("assessment.mail.body", args, da);
        mail.send(to, subject, body);
    }
}
