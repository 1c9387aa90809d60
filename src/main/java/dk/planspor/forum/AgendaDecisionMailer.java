package dk.planspor.forum;

import dk.planspor.platform.Mail;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the proposer of an agenda item what the chair decided, and why. Runs after the decision is committed; when
 * the mail server is down the event stays incomplete in the publication registry and is sent again on restart.
 * Without a mail server (development) the mail is written to the log.
 */
@Component
class AgendaDecisionMailer {

    private final Mail mail;
    private final MessageSource messages;

    AgendaDecisionMailer(Mail mail, MessageSource messages) {
        this.mail = mail;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(AgendaItemDecided event) {
        if (event.proposerEmail() == null) {
            return; // seeded items have no proposer account
        }
        Locale locale = Locale.forLanguageTag("en".equals(event.lang()) ? "en" : "da");
        String link = mail.url("/" + locale.getLanguage() + "/forum/meetings/" + event.meetingId());
        String status = messages.getMessage(event.status().messageKey(), null, locale);
        String subject = messages.getMessage("forum.mail.subject", new Object[] {status, event.itemTitle()}, locale);
        String body = messages.getMessage("forum.mail.body", new Object[] {event.proposerName(), event.itemTitle(),
                event.meetingTitle(), status, event.reason(), link}, locale);
        mail.send(event.proposerEmail(), subject, body);
    }
}
