package dk.planspor.consultation;

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
 * Sends the e-mail receipt with the submission id and the deletion link. It runs after the response is committed;
 * if the mail server is down, the event stays incomplete in the publication registry and is sent again on restart,
 * and the response itself is never lost. Without a mail server (development), the receipt is logged.
 */
@Component
class ReceiptMailer {

    private static final Logger log = LoggerFactory.getLogger(ReceiptMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final String baseUrl;
    private final String from;

    ReceiptMailer(ObjectProvider<JavaMailSender> mail, MessageSource messages,
            @Value("${planspor.base-url:http://localhost:8080}") String baseUrl,
            @Value("${planspor.mail.from:ogp@planspor.local}") String from) {
        this.mail = mail;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
    }

    @ApplicationModuleListener
    void on(ResponseReceived event) {
        if (event.email() == null || event.email().isBlank()) {
            return;
        }
        Locale locale = Locale.forLanguageTag("en".equals(event.lang()) ? "en" : "da");
        String lang = locale.getLanguage();
        String title = "en".equals(lang) && event.titleEn() != null ? event.titleEn() : event.titleDa();
        String page = baseUrl + "/" + lang + "/consultations/" + event.consultationSlug();
        String delete = baseUrl + "/" + lang + "/consultations/delete?token=" + event.deletionToken();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.debug("No mail server configured (spring.mail.host); receipt {} for {} not sent", event.id(), page);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(event.email());
        message.setSubject(messages.getMessage("consultation.mail.subject", new Object[] {event.id()}, locale));
        message.setText(messages.getMessage("consultation.mail.body",
                new Object[] {event.name(), title, event.id(), page, delete}, locale));
        sender.send(message);
    }
}
