package dk.planspor.consultation;

import dk.planspor.platform.Mail;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the e-mail receipts with the submission id and the deletion link, from the {@code consultation_receipt}
 * outbox: the row is written in the transaction that stores the response, so a committed response always gets its
 * receipt, and it is deleted once the mail is handed to the mail server. After each commit the sender is woken and
 * sends everything due in batches on its own thread; a send that fails stays in the outbox with a later due time
 * (1 min, doubling, at most 6 h), and a timer ({@code planspor.consultation.receipt-poll}, also at start-up) picks up
 * what a crashed or failed run left behind. Several nodes can drain the same outbox: rows are claimed with
 * {@code for update skip locked}. Without a mail server (development) the receipt is logged.
 */
@Component
class ReceiptMailer {

    private static final Logger log = LoggerFactory.getLogger(ReceiptMailer.class);
    static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Mail mail;
    private final MessageSource messages;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "receipt-mailer");
        t.setDaemon(true);
        return t;
    });
    /** 0 idle, 1 sending, 2 sending and woken again (one more pass is needed). */
    private final AtomicInteger state = new AtomicInteger();

    ReceiptMailer(JdbcClient jdbc, PlatformTransactionManager transactions, Mail mail, MessageSource messages) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.mail = mail;
        this.messages = messages;
    }

    /** Wakes the sender when the current transaction commits (a response with a receipt was stored in it). */
    void afterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    /** Receipts left by a failed send, another node or a crash; also runs shortly after start-up. */
    @Scheduled(initialDelayString = "PT10S", fixedDelayString = "${planspor.consultation.receipt-poll:PT1M}")
    void poll() {
        wake();
    }

    void wake() {
        if (state.getAndUpdate(s -> s == 0 ? 1 : 2) == 0) {
            try {
                sender.execute(this::drain);
            } catch (RejectedExecutionException e) {
                state.set(0); // shutting down; the outbox keeps the receipts
            }
        }
    }

    private void drain() {
        try {
            do {
                state.set(1);
                while (sendBatch() == BATCH) {
                    // more are waiting
                }
            } while (!state.compareAndSet(1, 0));
        } catch (RuntimeException e) {
            state.set(0);
            log.warn("Receipt mails not sent now, tried again later: {}", e.toString());
        }
    }

    /** Sends up to {@link #BATCH} due receipts in one transaction; returns how many were claimed. */
    int sendBatch() {
        Integer claimed = tx.execute(status -> {
            List<Pending> due = jdbc.sql("select o.response_id, r.email, r.name, r.lang, r.deletion_token, c.slug, "
                            + "c.title_da, c.title_en from consultation_receipt o "
                            + "join consultation_response r on r.id = o.response_id join consultation c on c.id = r.consultation_id "
                            + "where o.due_at <= now() limit ? for update of o skip locked")
                    .param(BATCH).query(ReceiptMailer::pending).list();
            List<UUID> done = new ArrayList<>(due.size());
            for (Pending p : due) {
                try {
                    if (p.email() != null && !p.email().isBlank()) { // erased on request in the meantime: nothing to send
                        send(p);
                    }
                    done.add(p.id());
                } catch (RuntimeException e) {
                    log.warn("Receipt for response {} not sent, tried again later: {}", p.id(), e.toString());
                    jdbc.sql("update consultation_receipt set attempts = attempts + 1, due_at = now() + "
                            + "least(interval '1 minute' * power(2, attempts), interval '6 hours') where response_id = ?")
                            .param(p.id()).update();
                }
            }
            if (!done.isEmpty()) {
                jdbc.sql("delete from consultation_receipt where response_id = any(?)")
                        .param(new SqlArrayValue("uuid", done.toArray())).update();
            }
            return due.size();
        });
        return claimed == null ? 0 : claimed;
    }

    private void send(Pending p) {
        Locale locale = Locale.forLanguageTag("en".equals(p.lang()) ? "en" : "da");
        String lang = locale.getLanguage();
        String title = "en".equals(lang) && p.titleEn() != null ? p.titleEn() : p.titleDa();
        String page = mail.url("/" + lang + "/consultations/" + p.slug());
        String delete = mail.url("/" + lang + "/consultations/delete?token=" + p.deletionToken());
        mail.send(p.email(), messages.getMessage("consultation.mail.subject", new Object[] {p.id()}, locale),
                messages.getMessage("consultation.mail.body", new Object[] {p.name(), title, p.id(), page, delete}, locale));
    }

    @jakarta.annotation.PreDestroy
    void shutdown() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    private record Pending(UUID id, String email, String name, String lang, String deletionToken, String slug,
            String titleDa, String titleEn) {
    }

    private static Pending pending(ResultSet rs, int i) throws SQLException {
        return new Pending((UUID) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
