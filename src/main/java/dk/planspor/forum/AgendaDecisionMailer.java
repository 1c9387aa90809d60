package dk.planspor.forum;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the proposer of an agenda item what the chair decided, and why. Runs after the decision is committed; when
 * the mail server is down the event stays incomplete in the publication registry and is sent again on restart.
 * Without a mail server (development) the mail is written to the log.
 */
@Component
class AgendaDecisionMailer {

    private static final Logger log = LoggerFactory.getLogger(AgendaDecisionMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final String baseUrl;
    private final String from;

    AgendaDecisionMailer(ObjectProvider<JavaMailSender> mail, MessageSource messages,
            @Value("${planspor.base-url:http://localhost:8080}") String baseUrl,
            @Value("${planspor.mail.from:ogp@planspor.local}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    @ApplicationModuleListener
    void on(AgendaItemDecided event) {
        if (event.proposerEmail() == null) {
            return; // seeded items have no proposer account
        }
        Locale locale = Locale.forLanguageTag("en".equals(event.lang()) ? "en" : "da");
        String link = baseUrl + "/" + locale.getLanguage() + "/forum/meetings/" + event.meetingId();
        String status = messages.getMessage(event.status().messageKey(), null, locale);
        String subject = messages.getMessage("forum.mail.subject", new Object[] {status, event.itemTitle()}, locale);
        String body = messages.getMessage("forum.mail.body", new Object[] {event.proposerName(), event.itemTitle(),
                event.meetingTitle(), status, event.reason(), link}, locale);
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server configured (spring.mail.host); agenda decision for {}: {}", event.proposerEmail(), subject);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(event.proposerEmail());
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
    }
}
